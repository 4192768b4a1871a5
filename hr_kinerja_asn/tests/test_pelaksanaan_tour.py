"""Pelaksanaan in chromium: report with a file, the PPK's feedback, a peer's feedback."""

from odoo.tests import HttpCase, tagged

from .test_pelaksanaan import PelaksanaanCase


@tagged("post_install", "-at_install")
class TestPelaksanaanTour(HttpCase, PelaksanaanCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        for user in (cls.user_pegawai, cls.user_penilai, cls.user_kasi):
            user.company_id = cls.company
        cls.realisasi = cls.env["hr.kinerja.realisasi"].create(
            {
                "skp_id": cls.skp_staf.id,
                "rhk_id": cls.rhk.id,
                "indikator_id": cls.rhk.indikator_ids.id,
                "date_start": "2026-10-01",
                "date_end": "2026-10-31",
                "realisasi": "12 tiket dukungan diselesaikan",
            }
        )

    def test_report_feedback_and_peer(self):
        self.start_tour(
            "/odoo/action-hr_kinerja_asn.hr_kinerja_realisasi_action_mine",
            "hr_kinerja_asn_realisasi_pegawai_tour",
            login="uji_pegawai",
        )
        self.assertEqual(self.realisasi.state, "dilaporkan")
        self.assertEqual(self.realisasi.nilai, 11)
        self.assertEqual(self.realisasi.bukti_ids.name, "bukti-oktober.pdf")
        self.assertTrue(self.realisasi.bukti_ids.datas)

        self.start_tour(
            "/odoo/action-hr_kinerja_asn.hr_kinerja_realisasi_action_team",
            "hr_kinerja_asn_realisasi_penilai_tour",
            login="uji_penilai",
        )
        feedback = self.realisasi.umpan_balik_ids
        self.assertEqual(feedback.pemberi_id, self.kabid)
        self.assertEqual(feedback.sumber, "pimpinan")
        self.assertEqual(feedback.rhk_id, self.rhk)

        self.start_tour(
            "/odoo/action-hr_kinerja_asn.hr_kinerja_umpan_balik_action",
            "hr_kinerja_asn_umpan_balik_rekan_tour",
            login="uji_kasi",
        )
        peer = self.skp_staf.umpan_balik_ids.filtered(lambda f: f.sumber == "rekan")
        self.assertEqual(peer.pemberi_id, self.kasi)
        self.assertEqual(
            peer.perilaku_id.core_value_id, self.env.ref("hr_kinerja_asn.core_value_kolaboratif")
        )


@tagged("post_install", "-at_install")
class TestRealisasiDialogTour(HttpCase, PelaksanaanCase):
    def test_pegawai_opens_a_period_from_the_skp(self):
        """From the menu and the SKP's button, as the web client calls them: the period
        list is not empty (it used to depend on a context key the client never sends)."""
        self.user_pegawai.company_id = self.company
        self.start_tour(
            "/odoo/action-hr_kinerja_asn.hr_kinerja_skp_action_mine",
            "hr_kinerja_asn_realisasi_buka_tour",
            login="uji_pegawai",
        )
        opened = self.env["hr.kinerja.realisasi"].search([("skp_id", "=", self.skp_staf.id)])
        self.assertEqual(opened.mapped("periode_label"), ["Oktober 2026"])
        self.assertEqual(opened.indikator_id, self.rhk.indikator_ids)
