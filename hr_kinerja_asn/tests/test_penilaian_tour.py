"""Penilaian in chromium: the PPK rates five in one screen, the atasan calibrates one,
the PPK finalises with the justification the breach needs."""

from odoo.tests import HttpCase, tagged

from .test_penilaian import OCT, PenilaianCase


@tagged("post_install", "-at_install")
class TestPenilaianTour(HttpCase, PenilaianCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        for user in (cls.user_penilai, cls.user_atasan):
            user.company_id = cls.company
        cls.anggota = (
            cls.env["hr.employee"]
            .with_company(cls.company)
            .create(
                {
                    "name": "Anggota Baru",
                    "jenis_jabatan": "pelaksana",
                    "nip": "199901012022011001",
                    "department_id": cls.dept.id,
                }
            )
        )
        cls.anggota.parent_id = cls.kabid
        cls.make_skp_cls(cls.anggota, None)

    def test_rate_calibrate_finalise(self):
        self.capaian("baik", user=self.user_admin)
        generated = self.generate()
        head = generated.filtered("is_kepala_unit")
        team = evaluations = generated - head
        unit = team.unit_id
        self.assertEqual(len(team), 5)
        self.assertNotEqual(head.unit_id, unit, "the kabid is rated in her PPK's unit")

        self.start_tour(
            "/odoo/action-hr_kinerja_asn.hr_kinerja_evaluasi_unit_action",
            "hr_kinerja_asn_penilaian_rate_tour",
            login="uji_penilai",
        )
        self.assertEqual(set(team.mapped("state")), {"dinilai"})
        staf = team.filtered(lambda e: e.employee_id == self.staf)
        self.assertEqual(staf.predikat, "sangat_baik")
        self.assertFalse(unit.melanggar)

        self.start_tour(
            "/odoo/action-hr_kinerja_asn.hr_kinerja_evaluasi_unit_action",
            "hr_kinerja_asn_penilaian_kalibrasi_tour",
            login="uji_atasan",
        )
        self.assertEqual(staf.predikat, "baik")
        self.assertEqual(staf.kalibrasi_ids.user_id, self.user_atasan)
        self.assertTrue(unit.melanggar, "four baik of five: more than 70 %")

        self.start_tour(
            "/odoo/action-hr_kinerja_asn.hr_kinerja_evaluasi_unit_action",
            "hr_kinerja_asn_penilaian_finalkan_tour",
            login="uji_penilai",
        )
        self.assertEqual(set(evaluations.mapped("state")), {"final"})
        self.assertIn("migrasi layanan", unit.justifikasi)
        self.assertIn("migrasi layanan", staf.justifikasi)

    def test_ppk_signs_the_unit_the_hr_office_finalised(self):
        """The HR office finalised: the PPK opens the unit from the menu and signs the
        evaluations she appraises with one button; her to-do on the unit closes."""
        self.capaian("baik", user=self.user_admin)
        team = self.generate().filtered(lambda e: e.penilai_id == self.kabid)
        self.rate(team, "sesuai", "sesuai")
        team.unit_id.with_user(self.user_admin).action_finalkan(justifikasi="Tim merata")
        self.assertFalse(any(team.mapped("ditandatangani_penilai")))
        self.start_tour(
            "/odoo/action-hr_kinerja_asn.hr_kinerja_evaluasi_unit_action",
            "hr_kinerja_asn_penilaian_tandatangani_tour",
            login="uji_penilai",
        )
        self.assertTrue(all(team.mapped("ditandatangani_penilai")))
        self.assertEqual(team._kinerja_tanda_tangan().user_id, self.user_penilai)


@tagged("post_install", "-at_install")
class TestBuatEvaluasiTour(HttpCase, PenilaianCase):
    def test_hr_office_creates_a_months_evaluations_from_the_menu(self):
        self.user_admin.company_id = self.company
        self.start_tour(
            "/odoo/action-hr_kinerja_asn.hr_kinerja_periode_action",
            "hr_kinerja_asn_buat_evaluasi_tour",
            login="uji_admin",
        )
        october = self.Evaluasi.search([("periode_label", "=", "Oktober 2026")])
        self.assertIn(self.staf, october.employee_id)
        self.assertEqual(set(october.mapped("date_start")), {OCT[0]})
