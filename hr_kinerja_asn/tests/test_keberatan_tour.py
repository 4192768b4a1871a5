"""Keberatan in chromium, every party from the login page (issue 12 item 7), then the
reissued Dokumen Evaluasi as a real PDF over HTTP, as the pegawai prints it."""

import shutil
import subprocess

from odoo.tests import HttpCase, tagged

from .test_keberatan import KeberatanCase


@tagged("post_install", "-at_install")
class TestKeberatanTour(HttpCase, KeberatanCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        for user in (cls.user_pegawai, cls.user_penilai, cls.user_atasan):
            user.company_id = cls.company

    def test_object_explain_accept_acknowledge_print(self):
        self.start_tour("/web/login", "hr_kinerja_asn_keberatan_pegawai_tour")
        objection = self.Keberatan.search([("evaluasi_id", "=", self.staf_ev.id)])
        self.assertEqual(objection.state, "diajukan")
        self.assertIn("Sepuluh tiket", objection.alasan)
        self.assertEqual(objection.lampiran_ids.mapped("name"), ["bukti-keberatan.pdf"])

        self.start_tour("/web/login", "hr_kinerja_asn_keberatan_atasan_minta_tour")
        self.assertTrue(objection.penjelasan_diminta)
        self.start_tour("/web/login", "hr_kinerja_asn_keberatan_ppk_tour")
        self.assertIn("Dua tiket", objection.penjelasan_penilai)
        self.assertTrue(objection.tanggal_penjelasan)

        self.start_tour("/web/login", "hr_kinerja_asn_keberatan_atasan_putus_tour")
        self.assertEqual((objection.state, objection.keputusan), ("diputus", "diterima"))
        self.assertEqual(self.staf_ev.predikat, "baik")
        self.assertEqual(self.staf_ev.hasil_keberatan_id, objection)

        self.start_tour("/web/login", "hr_kinerja_asn_keberatan_terima_tour")
        self.assertTrue(self.staf_ev.tanggal_diterima)

        # the pegawai prints the reissued document: a real PDF through the print route
        self.authenticate("uji_pegawai", "uji_pegawai")
        response = self.url_open(
            f"/report/pdf/hr_kinerja_asn.report_dokumen_evaluasi/{self.staf_ev.id}"
        )
        self.assertEqual(response.status_code, 200)
        # (Odoo's test mode answers the route with the report's HTML, not wkhtmltopdf's
        # PDF; the PDF itself is checked in test_dokumen_http)
        text = (
            subprocess.run(
                [shutil.which("pdftotext"), "-layout", "-", "-"],
                input=response.content,
                capture_output=True,
                check=True,
            ).stdout.decode()
            if response.content.startswith(b"%PDF")
            else response.text
        )
        self.assertIn("HASIL KEBERATAN", text)
        self.assertIn("Atasan Pejabat Penilai Kinerja", text)
