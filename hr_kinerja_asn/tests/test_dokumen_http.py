"""Official documents over HTTP and in chromium: real PDFs from wkhtmltopdf, the print
route refusing what the user cannot read, the public verification page as an anonymous
visitor (found, tampered, unknown), and the pegawai's acknowledgement in the browser."""

import io
import shutil
import subprocess

from odoo.tests import HttpCase, tagged
from odoo.tools.pdf import PdfFileReader

from .test_dokumen import REPORT, DokumenCase


def pdf_text(pdf):
    """The text wkhtmltopdf put on the pages (poppler's pdftotext)."""
    return subprocess.run(
        [shutil.which("pdftotext"), "-layout", "-", "-"],
        input=pdf,
        capture_output=True,
        check=True,
    ).stdout.decode()


@tagged("post_install", "-at_install")
class TestDokumenHttp(HttpCase, DokumenCase):
    def pdf(self, report, records):
        Report = self.env["ir.actions.report"].with_context(force_report_rendering=True)
        content, kind = Report._render_qweb_pdf(REPORT % report, records.ids)
        self.assertEqual(kind, "pdf")
        self.assertTrue(content.startswith(b"%PDF"), report)
        return content, len(PdfFileReader(io.BytesIO(content)).pages)

    def test_every_document_renders_as_pdf(self):
        evaluations, staf, _head = self.final_unit()
        cases = [
            ("report_skp", self.skp_staf, "SASARAN KINERJA PEGAWAI"),
            ("report_lampiran_skp", self.skp_staf, "LAMPIRAN SASARAN KINERJA PEGAWAI"),
            ("report_evaluasi", staf, "EVALUASI KINERJA PEGAWAI"),
            ("report_dokumen_evaluasi", staf, "DOKUMEN EVALUASI KINERJA PEGAWAI"),
        ]
        for report, record, title in cases:
            content, pages = self.pdf(report, record)
            self.assertGreaterEqual(pages, 1)
            text = pdf_text(content)
            self.assertIn(title, text, report)
            self.assertIn("Ditandatangani secara elektronik", text, report)
        # the unit: one page per pegawai, in one PDF
        content, pages = self.pdf("report_evaluasi_unit", evaluations.unit_id)
        self.assertEqual(pages, len(evaluations))
        text = pdf_text(content)
        for ev in evaluations:
            self.assertIn(ev.employee_id.name, text)
        # several SKPs printed from the list: one PDF holding both
        content, pages = self.pdf("report_skp", self.skp_staf | self.skp_ketua)
        self.assertGreaterEqual(pages, 2)
        text = pdf_text(content)
        self.assertIn(self.skp_staf.name, text)
        self.assertIn(self.skp_ketua.name, text)

    def test_print_route_refuses_what_the_user_cannot_read(self):
        self.authenticate("uji_rekan", "uji_rekan")
        own = self.url_open(f"/report/pdf/{REPORT % 'report_skp'}/{self.skp_ketua.id}")
        self.assertEqual(own.status_code, 200)
        self.assertEqual(own.headers["Content-Type"], "application/pdf")
        for ids in (f"{self.skp_staf.id}", f"{self.skp_ketua.id},{self.skp_staf.id}"):
            with self.assertLogs("odoo.http", "WARNING"):
                other = self.url_open(f"/report/pdf/{REPORT % 'report_skp'}/{ids}")
            self.assertNotEqual(other.status_code, 200)
            self.assertNotIn(b"%PDF", other.content)

    def test_verification_page_as_anonymous_visitor(self):
        skp = self.make_skp(self.kadis, self.user_atasan, rhk="Aplikasi perizinan tersedia")
        skp.with_user(self.user_atasan).action_ajukan()
        skp.with_user(self.user_admin).action_tetapkan()
        signature = self.signatures(skp).filtered(lambda s: s.peran == "penilai")
        url = f"/kinerja/verifikasi/{signature.token}"
        page = self.url_open(url)
        self.assertEqual(page.status_code, 200)
        for text in (
            "DOKUMEN SAH",
            "DITETAPKAN dan berlaku",
            # the HR office set it for the Bupati, who has no account
            f"Ditandatangani oleh unit kepegawaian atas nama {self.bupati.name}",
            f"Kode verifikasi: <code>{signature.document_hash[:16].upper()}</code>",
            skp.name,
            self.kadis.name,
            "PEMERINTAH KABUPATEN UJI".title(),
            signature.document_hash,
            "Pejabat Penilai Kinerja",
        ):
            self.assertIn(text, page.text)
        # nothing beyond the printed identity: no NIP, no content, no other records
        for secret in (self.kadis.nip, "Aplikasi perizinan tersedia", "Jumlah modul selesai"):
            self.assertNotIn(secret, page.text)
        self.browser_js(
            url,
            """
            const status = document.getElementById('kinerja_status').innerText;
            if (status.includes('DOKUMEN SAH')) { console.log('test successful'); }
            else { console.error('unexpected status: ' + status); }
            """,
        )

        # someone changes the stored SKP behind the workflow: the page says so
        self.env.cr.execute(
            "UPDATE hr_kinerja_indikator SET target_max = 99 WHERE id = %s",
            [skp.rhk_ids.indikator_ids.id],
        )
        self.env.invalidate_all()
        page = self.url_open(url)
        self.assertEqual(page.status_code, 200)
        self.assertIn("ISI DOKUMEN TELAH BERUBAH", page.text)
        self.assertIn("Dokumen berubah sejak tanda tangan ini", page.text)
        self.browser_js(
            url,
            """
            const status = document.getElementById('kinerja_status').innerText;
            if (status.includes('TELAH BERUBAH')) { console.log('test successful'); }
            else { console.error('tampering not shown: ' + status); }
            """,
        )

        # an unknown (or mistyped) token: 404, the same page, nothing about anything else
        for token in ("x" * 32, signature.token[:-1] + "?", "abc"):
            page = self.url_open(f"/kinerja/verifikasi/{token}")
            self.assertEqual(page.status_code, 404)
            self.assertIn("DOKUMEN TIDAK DITEMUKAN", page.text)

    def test_verification_page_shows_a_returned_or_revised_skp_is_not_in_force(self):
        # returned after the pegawai signed it: the signature matches, the SKP is not in force
        user, employee = self.new_pegawai(
            "uji_dok", "Pegawai Dokumen", "199601012020121003", self.kabid
        )
        skp = self.make_skp(employee, user)
        skp.with_user(user).action_ajukan()
        signed = self.signatures(skp)
        skp.with_user(self.user_penilai).action_kembalikan(alasan="Target belum terukur")
        page = self.url_open(f"/kinerja/verifikasi/{signed.token}")
        self.assertIn("DOKUMEN TIDAK BERLAKU", page.text)
        self.assertIn("DIKEMBALIKAN kepada pegawai", page.text)
        self.assertNotIn("DOKUMEN SAH", page.text)
        # set, then replaced by a set revision: the old version's code says so
        skp.with_user(user).action_ajukan()
        skp.with_user(self.user_penilai).action_tetapkan()
        old = self.signatures(skp).filtered(lambda s: s.peran == "penilai")
        self.assertIn(
            "DITETAPKAN dan berlaku", self.url_open(f"/kinerja/verifikasi/{old.token}").text
        )
        skp.with_user(user).action_revisi()
        revision = skp.revisi_ids
        revision.with_user(user).action_ajukan()
        revision.with_user(self.user_penilai).action_tetapkan()
        url = f"/kinerja/verifikasi/{old.token}"
        self.assertIn("DIREVISI: digantikan oleh versi 2", self.url_open(url).text)
        self.browser_js(
            url,
            """
            const status = document.getElementById('kinerja_status').innerText;
            if (status.includes('TIDAK BERLAKU')) { console.log('test successful'); }
            else { console.error('a replaced SKP shown as valid: ' + status); }
            """,
        )

    def test_pegawai_acknowledges_in_the_browser(self):
        _evaluations, staf, _head = self.final_unit()
        self.start_tour(
            "/odoo/action-hr_kinerja_asn.hr_kinerja_evaluasi_action_mine",
            "hr_kinerja_asn_evaluasi_terima_tour",
            login="uji_pegawai",
        )
        self.assertTrue(staf.tanggal_diterima)
        self.assertEqual(sorted(self.signatures(staf).mapped("peran")), ["pegawai", "penilai"])
