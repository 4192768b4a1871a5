"""The SKP flows in chromium: the pegawai drafts and submits, the PPK sets it."""

from odoo.tests import HttpCase, tagged

from .common import SkpCase


@tagged("post_install", "-at_install")
class TestSkpTour(HttpCase, SkpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        for user in (cls.user_pegawai, cls.user_penilai):
            user.company_id = cls.company

    def test_pegawai_drafts_and_submits(self):
        skp = self.make_skp(self.staf, user=self.user_pegawai, rhk=None)
        self.start_tour(
            "/odoo/action-hr_kinerja_asn.hr_kinerja_skp_action_mine",
            "hr_kinerja_asn_skp_pegawai_tour",
            login="uji_pegawai",
        )
        self.assertEqual(skp.state, "diajukan")
        self.assertEqual(skp.rhk_ids.indikator_ids.satuan, "modul")
        self.assertEqual(skp.pejabat_penilai_id, self.kabid)

    def test_penilai_sets_from_team_screen(self):
        skp = self.make_skp(self.staf, user=self.user_pegawai)
        skp.with_user(self.user_pegawai).action_ajukan()
        self.start_tour(
            "/odoo/action-hr_kinerja_asn.hr_kinerja_skp_action_team",
            "hr_kinerja_asn_skp_penilai_tour",
            login="uji_penilai",
        )
        self.assertEqual(skp.state, "ditetapkan")
        self.assertEqual(skp.ditetapkan_oleh_id, self.user_penilai)
