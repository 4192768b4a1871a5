"""Revisions, cascading links that follow them, mid-year changes and overlaps."""

import datetime

from odoo import Command
from odoo.exceptions import AccessError, UserError, ValidationError

from .common import SkpCase


class TestSkpVersions(SkpCase):
    def test_revision_and_links_follow(self):
        leader = self.set_skp(self.make_skp(self.kabid, rhk="Transformasi digital layanan"))
        leader_rhk = leader.rhk_ids
        staf = self.make_skp(self.staf, user=self.user_pegawai)
        staf.rhk_ids.with_user(self.user_pegawai).write(
            {"rhk_atasan_ids": [Command.link(leader_rhk.id)]}
        )
        self.set_skp(staf)

        revision = leader.with_user(self.user_penilai).action_revisi()
        new = self.env["hr.kinerja.skp"].browse(revision["res_id"])
        self.assertEqual(new.revisi_dari_id, leader)
        self.assertEqual(new.versi, 2)
        self.assertEqual(new.name, leader.name)
        self.assertEqual(new.rhk_ids.asal_id, leader_rhk)
        self.assertEqual(new.rhk_ids.indikator_ids.satuan, "modul")
        self.assertTrue(leader.aktif, "the set version stays current")
        self.assertFalse(new.aktif)
        with self.assertRaisesMsg(UserError, "revision in progress"):
            leader.with_user(self.user_penilai).action_revisi()
        self.assertEqual(staf.rhk_ids.rhk_atasan_ids, leader_rhk, "links wait for the new version")

        new.rhk_ids.with_user(self.user_penilai).write({"name": "Transformasi digital (revisi)"})
        new.with_user(self.user_penilai).action_ajukan()
        new.with_user(self.user_atasan).action_tetapkan()
        self.assertFalse(leader.aktif)
        self.assertTrue(new.aktif)
        self.assertEqual(
            staf.rhk_ids.rhk_atasan_ids, new.rhk_ids, "links follow the current version"
        )
        self.assertEqual(leader_rhk.name, "Transformasi digital layanan", "history is kept")
        with self.assertRaisesMsg(UserError, "replaced"):
            leader.with_user(self.user_penilai).action_revisi()

    def test_revision_may_not(self):
        skp = self.set_skp(self.make_skp(self.staf))
        with self.assertRaises(AccessError):
            skp.with_user(self.user_rekan).action_revisi()
        with self.assertRaises(UserError):
            self.make_skp(self.operator).action_revisi()

    def test_cascading_rules(self):
        leader = self.make_skp(self.kabid, rhk="RHK Kabid")  # still a draft: may be linked
        other = self.make_skp(self.kasi, rhk="RHK Kasi")
        staf = self.make_skp(self.staf, user=self.user_pegawai)
        rhk = staf.rhk_ids.with_user(self.user_pegawai)
        # the pegawai reads the leaders' RHK (their PPK and superiors), not a non-leader's
        self.assertEqual(
            leader.rhk_ids.with_user(self.user_pegawai).read(["name"])[0]["name"], "RHK Kabid"
        )
        with self.assertRaises(AccessError):
            other.rhk_ids.with_user(self.user_pegawai).read(["name"])
        rhk.write({"rhk_atasan_ids": [Command.link(leader.rhk_ids.id)]})
        with self.assertRaisesMsg(ValidationError, "neither the appraiser"):
            rhk.sudo().write({"rhk_atasan_ids": [Command.link(other.rhk_ids.id)]})
        # the kasi leads a team the staf works in: now allowed, and readable
        staf.with_user(self.user_pegawai).write({"pimpinan_ids": [Command.link(self.kasi.id)]})
        self.assertEqual(
            other.rhk_ids.with_user(self.user_pegawai).read(["name"])[0]["name"], "RHK Kasi"
        )
        rhk.write({"rhk_atasan_ids": [Command.link(other.rhk_ids.id)]})
        self.assertEqual(len(rhk.rhk_atasan_ids), 2)
        # another year's RHK is refused
        periode_2027 = self.env["hr.kinerja.periode"].create(
            {"tahun": 2027, "company_id": self.company.id}
        )
        old = self.Skp.create({"employee_id": self.kabid.id, "periode_id": periode_2027.id})
        old_rhk = old.rhk_ids.create({"skp_id": old.id, "name": "RHK 2027"})
        with self.assertRaisesMsg(ValidationError, "another performance year"):
            rhk.sudo().write({"rhk_atasan_ids": [Command.link(old_rhk.id)]})
        # own RHK refused
        with self.assertRaises(ValidationError):
            rhk.sudo().write({"rhk_atasan_ids": [Command.link(rhk.id)]})
        # the matrix from the leader's side
        self.assertEqual(leader.rhk_ids.rhk_bawahan_ids, rhk)
        self.assertEqual(leader.rhk_ids.rhk_bawahan_count, 1)

    def test_mutasi_mid_year(self):
        skp = self.set_skp(self.make_skp(self.staf))
        self.staf.write({"parent_id": self.kasi.id, "job_title": "Operator Media"})
        wizard = (
            self.env["hr.kinerja.skp.akhiri.wizard"]
            .with_user(self.user_admin)
            .create(
                {
                    "skp_id": skp.id,
                    "date_end": datetime.date(2026, 6, 30),
                    "alasan": "mutasi",
                }
            )
        )
        self.assertTrue(wizard.buat_baru)
        action = wizard.action_confirm()
        new = self.env["hr.kinerja.skp"].browse(action["res_id"])
        self.assertEqual(skp.date_end, datetime.date(2026, 6, 30))
        self.assertEqual(skp.state, "ditetapkan")
        self.assertEqual(skp.pejabat_penilai_id, self.kabid, "the old SKP keeps its snapshot")
        self.assertEqual(new.date_start, datetime.date(2026, 7, 1))
        self.assertEqual(new.date_end, datetime.date(2026, 12, 31))
        self.assertEqual(new.pejabat_penilai_id, self.kasi)
        self.assertEqual(new.jabatan, "Operator Media")
        self.assertEqual(new.state, "draft")
        # current SKPs never overlap
        with self.assertRaisesMsg(ValidationError, "may not overlap"):
            self.Skp.create(
                {
                    "employee_id": self.staf.id,
                    "periode_id": self.periode.id,
                    "date_start": "2026-06-01",
                    "date_end": "2026-07-15",
                }
            )
        # only the HR office or the appraiser ends an SKP
        with self.assertRaises(UserError):  # AccessError is a UserError
            self.env["hr.kinerja.skp.akhiri.wizard"].with_user(self.user_pegawai).create(
                {
                    "skp_id": new.id,
                    "date_end": datetime.date(2026, 8, 31),
                }
            ).action_confirm()

    def test_retirement_ends_without_successor(self):
        skp = self.set_skp(self.make_skp(self.operator))
        wizard = self.env["hr.kinerja.skp.akhiri.wizard"].create(
            {
                "skp_id": skp.id,
                "date_end": datetime.date(2026, 3, 31),
                "alasan": "pensiun",
            }
        )
        self.assertFalse(wizard.buat_baru)
        wizard.action_confirm()
        self.assertEqual(skp.date_end, datetime.date(2026, 3, 31))
        self.assertEqual(self.Skp.search_count([("employee_id", "=", self.operator.id)]), 1)

    def test_dates_inside_periode(self):
        with self.assertRaisesMsg(ValidationError, "must lie inside"):
            self.Skp.create(
                {
                    "employee_id": self.staf.id,
                    "periode_id": self.periode.id,
                    "date_start": "2025-12-01",
                    "date_end": "2026-12-31",
                }
            )

    def test_copy_last_year_rhk(self):
        periode_2025 = self.env["hr.kinerja.periode"].create(
            {"tahun": 2025, "company_id": self.company.id}
        )
        last = self.Skp.create({"employee_id": self.staf.id, "periode_id": periode_2025.id})
        last.rhk_ids.create(
            {
                "skp_id": last.id,
                "name": "RHK 2025",
                "indikator_ids": [
                    Command.create(
                        {
                            "aspek": "waktu",
                            "name": "Tepat waktu",
                            "target_min": 12,
                            "target_max": 12,
                            "satuan": "bulan",
                        }
                    )
                ],
            }
        )
        self.set_skp(last)
        skp = self.make_skp(self.staf, user=self.user_pegawai, rhk=None)
        skp.with_user(self.user_pegawai).action_salin_rhk_tahun_lalu()
        self.assertEqual(skp.rhk_ids.name, "RHK 2025")
        self.assertEqual(skp.rhk_ids.indikator_ids.aspek, "waktu")
        self.assertFalse(skp.rhk_ids.asal_id)

    def test_superior_above_the_ppk_can_be_intervened(self):
        """A regression: the walk up the hierarchy went on past the PPK."""
        kadis_skp = self.make_skp(self.kadis, rhk="RHK Kadis")
        operator_skp = self.make_skp(self.operator)
        operator_skp.rhk_ids.write({"rhk_atasan_ids": [Command.link(kadis_skp.rhk_ids.id)]})
        self.assertEqual(operator_skp.rhk_ids.rhk_atasan_ids, kadis_skp.rhk_ids)
