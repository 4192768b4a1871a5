"""The HR office starts a year for more pegawai than a batch part, in chromium from
the login page, lands on the batch, and finds it done once the queue ran (issue 14)."""

from odoo.tests import HttpCase, tagged

from . import antrian
from .test_penilaian import PenilaianCase


@tagged("post_install", "-at_install")
class TestProsesTour(HttpCase, PenilaianCase):
    def test_start_a_year_and_follow_it(self):
        self.env["ir.config_parameter"].sudo().set_param("hr_kinerja_asn.ukuran_bagian", "2")
        self.user_admin.company_id = self.company
        periode = self.env["hr.kinerja.periode"].create(
            {"tahun": 2027, "company_id": self.company.id}
        )
        self.start_tour("/web/login", "hr_kinerja_asn_proses_mulai_tour")
        proses = self.env["hr.kinerja.proses"].search([("periode_id", "=", periode.id)])
        self.assertEqual((proses.state, proses.user_id), ("berjalan", self.user_admin))
        self.assertGreater(proses.jumlah_bagian, 1)
        self.assertEqual(
            set(antrian.jalankan_antrian(self.env, self.registry, "root.kinerja")), {"done"}
        )
        self.assertEqual(proses.state, "selesai")
        self.start_tour("/web/login", "hr_kinerja_asn_proses_selesai_tour")
        self.assertEqual(
            self.env["hr.kinerja.skp"].search_count([("periode_id", "=", periode.id)]),
            proses.jumlah_hasil,
        )

    def test_print_every_units_report_in_the_background(self):
        self.user_admin.company_id = self.company
        units = self.generate().unit_id
        self.start_tour("/web/login", "hr_kinerja_asn_proses_cetak_tour")
        proses = self.env["hr.kinerja.proses"].search(
            [("jenis", "=", "cetak_unit"), ("user_id", "=", self.user_admin.id)]
        )
        self.assertEqual((proses.state, proses.user_id), ("berjalan", self.user_admin))
        self.assertEqual(proses.jumlah_bagian, len(units))
        # the tour's server is idle: the parts render here, wkhtmltopdf calling it back
        self.assertEqual(set(antrian.jalankan_di_transaksi_uji(self.env, "root.kinerja")), {"done"})
        self.assertEqual((proses.state, len(proses.dokumen_ids)), ("selesai", len(units)))
        self.start_tour("/web/login", "hr_kinerja_asn_proses_dokumen_tour")
