"""Opening the year, deadlines, reminders and escalation, the qualitative variant."""

from odoo import Command
from odoo.exceptions import AccessError, ValidationError

from .common import SkpCase


class TestSkpPlanning(SkpCase):
    def test_opening_the_year_creates_draft_skps(self):
        periode = self.env["hr.kinerja.periode"].create(
            {"tahun": 2027, "company_id": self.company.id}
        )
        periode.with_user(self.user_admin).action_mulai()
        skps = self.env["hr.kinerja.skp"].search([("periode_id", "=", periode.id)])
        asn = (
            self.kadis
            | self.kabid
            | self.ketua_tim
            | self.staf
            | self.kasi
            | self.operator
            | self.employee_admin
        )
        self.assertEqual(skps.employee_id, asn, "every ASN, never the pejabat negara")
        todo = skps.filtered(lambda s: s.employee_id == self.staf).activity_ids
        self.assertEqual(todo.user_id, self.user_pegawai)
        self.assertEqual(str(todo.date_deadline), "2027-01-31")
        self.assertEqual(skps.filtered(lambda s: s.employee_id == self.kadis).jenis_skp, "jpt")
        # again: nothing duplicated
        self.assertFalse(self.env["hr.kinerja.skp"]._ensure_for_periode(periode))

    def test_late_filter_and_escalation(self):
        skp = self.make_skp(self.staf, user=self.user_pegawai)
        on_time = self.make_skp(self.operator)
        self.set_skp(on_time)
        late = self.env["hr.kinerja.skp"].search(
            [("terlambat", "=", True), ("periode_id", "=", self.periode.id)]
        )
        self.assertEqual(late, skp)
        self.assertIn(on_time, self.env["hr.kinerja.skp"].search([("terlambat", "=", False)]))
        count = self.env["hr.kinerja.skp"]._cron_eskalasi()
        self.assertGreaterEqual(count, 1)
        escalation = skp.activity_ids.filtered(
            lambda a: a.activity_type_id == self.env.ref("hr_kinerja_asn.mail_act_skp_eskalasi")
        )
        self.assertEqual(escalation.user_id, self.user_atasan, "to the atasan PPK")
        self.assertFalse(
            self.env["hr.kinerja.skp"].search(
                [("id", "=", skp.id), ("eskalasi_terkirim", "=", False)]
            )
        )
        # the pegawai sees it on their SKP but it is not theirs to close (no buttons)
        mine = escalation.with_user(self.user_pegawai)
        self.assertFalse(mine.can_write)
        with self.assertRaisesMsg(AccessError, "Only the person"):
            mine.action_feedback("sudah")
        with self.assertRaises(AccessError):
            mine.unlink()
        self.assertTrue(escalation.with_user(self.user_atasan).can_write)
        # it closes when the thing is done: the SKP set
        self.set_skp(skp)
        self.assertFalse(escalation.exists(), "no escalation left on a set SKP")

    def test_qualitative_indicator_needs_narrative(self):
        skp = self.make_skp(self.staf, user=self.user_pegawai, rhk=None, pendekatan="kualitatif")
        rhk = skp.rhk_ids.create({"skp_id": skp.id, "name": "Kebijakan disusun"})
        with self.assertRaisesMsg(ValidationError, "narrative"):
            rhk.write({"indikator_ids": [Command.create({"aspek": "kualitas", "name": "Mutu"})]})
        rhk.write(
            {
                "indikator_ids": [
                    Command.create(
                        {
                            "aspek": "kualitas",
                            "name": "Mutu",
                            "target_uraian": "Naskah kebijakan disetujui pimpinan tanpa revisi mayor",
                        }
                    )
                ]
            }
        )
        self.assertEqual(
            self.env["hr.kinerja.indikator"].search_count([("rhk_id", "=", rhk.id)]), 1
        )

    def test_quantitative_targets(self):
        skp = self.make_skp(self.staf, user=self.user_pegawai, rhk=None)
        rhk = skp.rhk_ids.create({"skp_id": skp.id, "name": "Laporan"})
        for bad in (
            {"target_min": 5, "target_max": 3, "satuan": "x"},
            {"target_min": 1, "target_max": 3, "satuan": ""},
            {"target_min": -1, "target_max": 3, "satuan": "x"},
        ):
            with self.assertRaises(ValidationError):
                rhk.write(
                    {
                        "indikator_ids": [
                            Command.create({"aspek": "kuantitas", "name": "Jumlah", **bad})
                        ]
                    }
                )
        self.assertFalse(self.env["hr.kinerja.indikator"].search_count([("rhk_id", "=", rhk.id)]))

    def test_dialogue_recorded_by_parties(self):
        skp = self.make_skp(self.staf, user=self.user_pegawai)
        dialog = skp.dialog_ids.with_user(self.user_pegawai).create(
            {
                "skp_id": skp.id,
                "peserta_ids": [Command.set((self.staf | self.kabid).ids)],
                "ekspektasi": "Modul perizinan selesai Juni",
            }
        )
        self.assertEqual(dialog.skp_id, skp)
        self.set_skp(skp)
        from odoo.exceptions import UserError

        with self.assertRaises(UserError):
            dialog.with_user(self.user_pegawai).write({"catatan": "terlambat"})
