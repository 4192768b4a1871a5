"""Realisation with evidence, daily log, action plans, reminders and take-over, as each role."""

import base64
import datetime

from freezegun import freeze_time

from odoo import Command
from odoo.exceptions import UserError, ValidationError

from .common import SkpCase


class PelaksanaanCase(SkpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.skp_staf = cls.make_skp_cls(cls.staf, cls.user_pegawai)
        cls.skp_ketua = cls.make_skp_cls(cls.ketua_tim, cls.user_rekan)
        cls.rhk = cls.skp_staf.rhk_ids

    @classmethod
    def make_skp_cls(cls, employee, user):
        skp = cls.Skp.create({"employee_id": employee.id, "periode_id": cls.periode.id})
        cls.env["hr.kinerja.rhk"].create(
            {
                "skp_id": skp.id,
                "name": f"RHK {employee.name}",
                "indikator_ids": [
                    Command.create(
                        {
                            "aspek": "kuantitas",
                            "name": "Tiket selesai",
                            "target_min": 10,
                            "target_max": 12,
                            "satuan": "tiket",
                        }
                    )
                ],
            }
        )
        skp.with_user(cls.user_admin).action_ajukan()
        skp.with_user(skp.pejabat_penilai_id.user_id or cls.user_admin).action_tetapkan()
        return skp

    def realisasi_staf(self, start, end, text):
        """A draft realisation of the staf's RHK, written by the staf."""
        return (
            self.env["hr.kinerja.realisasi"]
            .with_user(self.user_pegawai)
            .create(
                {
                    "skp_id": self.skp_staf.id,
                    "rhk_id": self.rhk.id,
                    "date_start": start,
                    "date_end": end,
                    "realisasi": text,
                }
            )
        )

    def upload(self, user, name="bukti.pdf"):
        return (
            self.env["ir.attachment"]
            .with_user(user)
            .create(
                {
                    "name": name,
                    "datas": base64.b64encode(b"%PDF-1.4 bukti dukung"),
                    "res_model": "hr.kinerja.skp",
                    "res_id": self.skp_staf.id,
                }
            )
        )


class TestRealisasi(PelaksanaanCase):
    def test_period_opened_from_daily_log_and_reported_with_evidence(self):
        Log = self.env["hr.kinerja.log.harian"].with_user(self.user_pegawai)
        bukti_log = self.upload(self.user_pegawai, "foto-kegiatan.jpg")
        Log.create(
            {
                "tanggal": "2026-10-02",
                "rhk_id": self.rhk.id,
                "name": "Tiket #12 selesai",
                "bukti_ids": [Command.set(bukti_log.ids)],
            }
        )
        Log.create({"tanggal": "2026-10-20", "rhk_id": self.rhk.id, "name": "Tiket #15 selesai"})
        Log.create({"tanggal": "2026-11-02", "rhk_id": self.rhk.id, "name": "bulan lain"})
        wizard = (
            self.env["hr.kinerja.realisasi.wizard"]
            .with_user(self.user_pegawai)
            .create({"skp_id": self.skp_staf.id})
        )
        # the periods are records of the year, offered whatever context opens the dialog
        october = self.periode.periode_evaluasi_ids.filtered(lambda p: p.name == "Oktober 2026")
        self.assertEqual(len(self.periode.periode_evaluasi_ids), 12)
        self.assertTrue(october)
        wizard.periode_evaluasi_id = october
        action = wizard.action_confirm()
        realisasi = (
            self.env["hr.kinerja.realisasi"].with_user(self.user_pegawai).search(action["domain"])
        )
        self.assertEqual(len(realisasi), 1)
        self.assertEqual(realisasi.periode_label, "Oktober 2026")
        self.assertEqual(
            (realisasi.date_start, realisasi.date_end),
            (datetime.date(2026, 10, 1), datetime.date(2026, 10, 31)),
        )
        self.assertIn("02/10: Tiket #12 selesai", realisasi.realisasi)
        self.assertIn("20/10: Tiket #15 selesai", realisasi.realisasi)
        self.assertNotIn("bulan lain", realisasi.realisasi)
        self.assertEqual(realisasi.bukti_ids, bukti_log, "evidence of the log comes along")
        self.assertEqual(realisasi.batas_lapor, datetime.date(2026, 11, 10))

        # one uploaded file supports two realisations
        bukti = self.upload(self.user_pegawai)
        other = self.realisasi_staf("2026-09-01", "2026-09-30", "September")
        (realisasi | other).write({"bukti_ids": [Command.link(bukti.id)]})
        self.assertIn(bukti, realisasi.bukti_ids)
        self.assertIn(bukti, other.bukti_ids)
        self.assertEqual(base64.b64decode(bukti.datas), b"%PDF-1.4 bukti dukung")

        realisasi.write({"nilai": 11})
        realisasi.action_laporkan()
        self.assertEqual(realisasi.state, "dilaporkan")
        with self.assertRaisesMsg(UserError, "has been reported"):
            realisasi.write({"nilai": 12})
        # the PPK reads it and can send it back
        as_ppk = realisasi.with_user(self.user_penilai)
        self.assertEqual(as_ppk.nilai, 11)
        with self.assertRaises(UserError):
            as_ppk.write({"nilai": 5})
        as_ppk.action_kembalikan()
        self.assertEqual(realisasi.state, "draft")

    def test_report_needs_content(self):
        empty = (
            self.env["hr.kinerja.realisasi"]
            .with_user(self.user_pegawai)
            .create(
                {
                    "skp_id": self.skp_staf.id,
                    "rhk_id": self.rhk.id,
                    "date_start": "2026-09-01",
                    "date_end": "2026-09-30",
                }
            )
        )
        with self.assertRaisesMsg(UserError, "describe what was achieved"):
            empty.action_laporkan()
        self.assertEqual(empty.state, "draft")

    def test_may_not(self):
        Realisasi = self.env["hr.kinerja.realisasi"]
        vals = {
            "skp_id": self.skp_staf.id,
            "rhk_id": self.rhk.id,
            "date_start": "2026-09-01",
            "date_end": "2026-09-30",
            "realisasi": "x",
        }
        # a colleague cannot even read the SKP; the PPK may not document for the pegawai
        with self.assertRaises(UserError):
            Realisasi.with_user(self.user_kasi).create(vals)
        with self.assertRaisesMsg(UserError, "documents their own realisation"):
            Realisasi.with_user(self.user_penilai).create(vals)
        # not on a draft SKP
        draft = self.make_skp(self.operator)
        with self.assertRaisesMsg(UserError, "not the current set SKP"):
            Realisasi.create({**vals, "skp_id": draft.id, "rhk_id": draft.rhk_ids.id})
        # outside the SKP's period, another SKP's RHK, a negative value
        with self.assertRaises(ValidationError):
            Realisasi.with_user(self.user_pegawai).create(
                {**vals, "date_start": "2027-01-01", "date_end": "2027-01-31"}
            )
        with self.assertRaises(ValidationError):
            Realisasi.with_user(self.user_pegawai).create(
                {**vals, "rhk_id": self.skp_ketua.rhk_ids.id}
            )
        with self.assertRaises(ValidationError):
            Realisasi.with_user(self.user_pegawai).create({**vals, "nilai": -1})
        self.assertFalse(Realisasi.search([("skp_id", "=", self.skp_staf.id)]))
        # the colleague does not see it once it exists
        mine = Realisasi.with_user(self.user_pegawai).create(vals)
        with self.assertRaises(UserError):
            mine.with_user(self.user_kasi).read(["realisasi"])
        mine.action_laporkan()
        with self.assertRaises(UserError):
            mine.with_user(self.user_pegawai).unlink()

    def test_reminder_and_escalation(self):
        Realisasi = self.env["hr.kinerja.realisasi"].with_user(self.user_pegawai)
        late = Realisasi.create(
            {
                "skp_id": self.skp_staf.id,
                "rhk_id": self.rhk.id,
                "date_start": "2026-09-01",
                "date_end": "2026-09-30",
            }
        )
        due = Realisasi.create(
            {
                "skp_id": self.skp_staf.id,
                "rhk_id": self.rhk.id,
                "date_start": "2026-11-01",
                "date_end": "2026-11-30",
            }
        )
        future = Realisasi.create(
            {
                "skp_id": self.skp_staf.id,
                "rhk_id": self.rhk.id,
                "date_start": "2026-12-01",
                "date_end": "2026-12-31",
            }
        )
        self.assertEqual(due.batas_lapor, datetime.date(2026, 12, 10))
        with freeze_time("2026-12-08"):
            self.env["hr.kinerja.realisasi"]._cron_pengingat()
            self.env["hr.kinerja.realisasi"]._cron_pengingat()  # once, not every day
        self.assertEqual(due.activity_ids.user_id, self.user_pegawai, "reminder before D1")
        self.assertEqual(
            due.activity_ids.activity_type_id,
            self.env.ref("hr_kinerja_asn.mail_act_realisasi_lapor"),
        )
        self.assertEqual(late.activity_ids.user_id, self.user_penilai, "escalation after D1")
        self.assertEqual(
            late.activity_ids.activity_type_id,
            self.env.ref("hr_kinerja_asn.mail_act_realisasi_terlambat"),
        )
        self.assertFalse(future.activity_ids)
        due.write({"realisasi": "November"})
        due.action_laporkan()
        self.assertFalse(due.activity_ids, "reporting clears the reminder")

    def test_action_plans(self):
        Aksi = self.env["hr.kinerja.rencana.aksi"].with_user(self.user_pegawai)
        aksi = Aksi.create(
            {
                "rhk_id": self.rhk.id,
                "date_start": "2026-10-01",
                "date_end": "2026-10-31",
                "name": "Selesaikan 12 tiket",
                "target": "12",
            }
        )
        self.assertEqual(self.rhk.rencana_aksi_ids, aksi)
        with self.assertRaises(ValidationError):
            Aksi.create(
                {
                    "rhk_id": self.rhk.id,
                    "date_start": "2027-02-01",
                    "date_end": "2027-02-28",
                    "name": "Di luar periode",
                }
            )
        with self.assertRaises(UserError):
            aksi.with_user(self.user_kasi).write({"name": "bukan miliknya"})

    def test_take_over(self):
        wizard = self.env["hr.kinerja.ambil.alih.wizard"]
        with self.assertRaisesMsg(UserError, "Only the appraiser"):
            wizard.with_user(self.user_pegawai).create(
                {"rhk_id": self.rhk.id, "catatan": "ambil sendiri"}
            ).action_confirm()
        with self.assertRaisesMsg(UserError, "take-over note"):
            self.rhk.with_user(self.user_penilai)._ambil_alih("  ")
        wizard.with_user(self.user_penilai).create(
            {
                "rhk_id": self.rhk.id,
                "catatan": "Tidak ada kemajuan setelah dua kali bimbingan",
            }
        ).action_confirm()
        self.assertTrue(self.rhk.diambil_alih)
        self.assertEqual(
            self.rhk.catatan_pengambilalihan, "Tidak ada kemajuan setelah dua kali bimbingan"
        )
        message = self.skp_staf.message_ids[:1]
        self.assertIn(self.user_pegawai.partner_id, message.partner_ids)
        with self.assertRaisesMsg(UserError, "already"):
            self.rhk.with_user(self.user_penilai)._ambil_alih("lagi")

    def test_revision_takes_realisation_along(self):
        realisasi = (
            self.env["hr.kinerja.realisasi"]
            .with_user(self.user_pegawai)
            .create(
                {
                    "skp_id": self.skp_staf.id,
                    "rhk_id": self.rhk.id,
                    "date_start": "2026-09-01",
                    "date_end": "2026-09-30",
                    "realisasi": "September",
                }
            )
        )
        revision = self.skp_staf.browse(
            self.skp_staf.with_user(self.user_penilai).action_revisi()["res_id"]
        )
        revision.with_user(self.user_admin).action_ajukan()
        revision.with_user(self.user_penilai).action_tetapkan()
        self.assertEqual(realisasi.skp_id, revision)
        self.assertEqual(realisasi.rhk_id, revision.rhk_ids)
        self.assertEqual(realisasi.rhk_id.asal_id, self.rhk)
