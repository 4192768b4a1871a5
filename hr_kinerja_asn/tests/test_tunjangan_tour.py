"""Tunjangan kinerja / TPP in chromium, from the login page (issue 13): the HR office
computes, verifies and locks a month; the pegawai reads his own."""

from odoo.tests import HttpCase, tagged

from .test_penilaian import OCT
from .test_tunjangan import TunjanganCase


@tagged("post_install", "-at_install")
class TestTunjanganTour(HttpCase, TunjanganCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        for user in (cls.user_pegawai, cls.user_admin):
            user.company_id = cls.company

    def test_hr_computes_and_locks_the_pegawai_reads(self):
        self.start_tour("/web/login", "hr_kinerja_asn_tunjangan_hr_tour")
        rec = self.staf_month(OCT[0])
        self.assertEqual((rec.state, rec.dikunci_oleh_id), ("dikunci", self.user_admin))
        self.assertEqual(rec.jumlah, 4109626)
        self.start_tour("/web/login", "hr_kinerja_asn_tunjangan_pegawai_tour")
