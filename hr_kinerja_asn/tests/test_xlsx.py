"""Spreadsheet recaps (report_xlsx): the cells read back with openpyxl (header block,
table, Indonesian labels, dates, subtotals, a unit's distribution and its breach), the
records read as the user (over HTTP a pegawai gets nothing of another's), a flat
number of queries for N and 4N records, and the Print menu in chromium."""

import datetime
import io
import logging

import openpyxl

from odoo import Command
from odoo.exceptions import AccessError
from odoo.tests import HttpCase, tagged

from .test_penilaian import OCT, PenilaianCase

_logger = logging.getLogger(__name__)
REKAP = "hr_kinerja_asn.%s"


class XlsxCase(PenilaianCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.bahasa_indonesia()  # the recaps speak it when it is installed

    def xlsx(self, report, records, user=None):
        """The recap of ``records`` as ``user``: {sheet title: worksheet}."""
        self.env.flush_all()
        self.env.invalidate_all()
        Report = self.env["ir.actions.report"].with_user(user or self.user_admin)
        content, kind = Report._render_xlsx(REKAP % report, records.ids, data=None)
        self.assertEqual(kind, "xlsx")
        book = openpyxl.load_workbook(io.BytesIO(content))
        return {sheet.title: sheet for sheet in book.worksheets}

    @staticmethod
    def rows(sheet):
        """The sheet's non-empty rows, as lists of values without trailing blanks."""
        rows = []
        for row in sheet.iter_rows(values_only=True):
            values = list(row)
            while values and values[-1] is None:
                values.pop()
            if values:
                rows.append(values)
        return rows

    @staticmethod
    def find(sheet, value):
        """The first cell holding ``value``."""
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value == value:
                    return cell
        raise AssertionError(f"{value!r} not in {sheet.title}")


class TestRekapXlsx(XlsxCase):
    def test_skp_per_unit(self):
        draft = self.make_skp(self.operator)  # no unit, never set
        skps = self.skp_staf | self.skp_ketua | self.skp_kasi | self.skp_admin | self.skp_kabid
        sheets = self.xlsx("rekap_skp_xlsx", skps | draft)
        sheet = sheets["SKP per Unit"]
        rows = self.rows(sheet)
        # the header block: agency, title, year, who printed it
        self.assertEqual(rows[0], ["Pemerintah Kabupaten Uji"])
        self.assertEqual(rows[1], ["REKAP SKP PER UNIT KERJA"])
        self.assertEqual(rows[2], ["Tahun kinerja: 2026"])
        self.assertIn("uji_admin", rows[3][0])
        self.assertEqual(
            rows[4],
            [
                "No.",
                "NIP",
                "Nama",
                "Jabatan",
                "Pejabat Penilai Kinerja (PPK)",
                "Status",
                "Tanggal Penetapan",
                "Jumlah RHK",
            ],
        )
        header = self.find(sheet, "NIP")
        self.assertTrue(header.font.b)
        self.assertEqual(header.border.bottom.style, "thin")
        self.assertEqual(sheet.freeze_panes, f"A{header.row + 1}")
        self.assertGreater(sheet.column_dimensions["C"].width, 20)
        # the unit's rows, then its subtotal; the pegawai without a unit in their own group
        self.assertEqual(rows[5], ["Unit kerja: Bidang Uji"])
        staf = next(r for r in rows if r[2:3] == ["Staf"])
        self.assertEqual(staf[1], "199308082015031009", "the NIP is text, all 18 digits")
        self.assertEqual(staf[3:6], [self.skp_staf.jabatan or None, "Kabid", "Ditetapkan"])
        self.assertEqual(staf[7], 1)
        set_on = self.find(sheet, "Staf").offset(column=4)
        self.assertEqual(set_on.value.date(), self.skp_staf.tanggal_penetapan.date())
        self.assertEqual(set_on.number_format, "dd/mm/yyyy")
        self.assertIn(["Subtotal Bidang Uji: 5 SKP, 5 ditetapkan, 0 belum ditetapkan"], rows)
        self.assertIn(["Unit kerja: (tanpa unit)"], rows)
        operator = next(r for r in rows if r[2:3] == ["Operator PPPK"])
        self.assertEqual(operator[5], "Draf")
        self.assertEqual(len(operator), 8)
        # the summary: numbers, with the total
        self.assertEqual(rows[-1], [None, None, "Jumlah", 6, 5, 1])

    def test_realisasi_per_bulan(self):
        rhk = self.rhk
        self.env["hr.kinerja.rencana.aksi"].with_user(self.user_pegawai).create(
            {
                "rhk_id": rhk.id,
                "date_start": OCT[0],
                "date_end": OCT[1],
                "name": "Menyelesaikan tiket layanan",
                "target": "12 tiket",
            }
        )
        october = self.realisasi_staf(*OCT, "Tiket layanan aplikasi diselesaikan")
        files = self.upload(self.user_pegawai) | self.upload(self.user_pegawai, "foto.jpg")
        october.with_user(self.user_pegawai).write(
            {
                "indikator_id": rhk.indikator_ids.id,
                "nilai": 11.5,
                "bukti_ids": [Command.set(files.ids)],
                "bukti_url": "https://drive.example/bukti",
            }
        )
        october.with_user(self.user_pegawai).action_laporkan()
        september = self.realisasi_staf(
            datetime.date(2026, 9, 1), datetime.date(2026, 9, 30), "Rapat kebutuhan"
        )
        sheet = self.xlsx("rekap_realisasi_xlsx", october | september, self.user_penilai)[
            "Realisasi"
        ]
        rows = self.rows(sheet)
        self.assertEqual(rows[1], ["REKAP REALISASI KINERJA PER BULAN"])
        self.assertEqual(rows[2], ["Periode: September 2026 - Oktober 2026"])
        self.assertEqual(rows[4][:6], ["No.", "Pegawai", "NIP", "Unit Kerja", "Periode", "RHK"])
        first, second = rows[5], rows[6]
        self.assertEqual(first[1:5], ["Staf", "199308082015031009", "Bidang Uji", "September 2026"])
        self.assertEqual(first[12], "Draf")
        self.assertEqual(
            second[4:9], ["Oktober 2026", rhk.name, "Tiket selesai", "10 - 12 tiket", "12 tiket"]
        )
        self.assertEqual(second[9], 11.5)
        self.assertEqual(second[11], 3, "two files and a link")
        self.assertEqual(second[12], "Dilaporkan")
        reported = self.find(sheet, "Dilaporkan").offset(column=1)
        self.assertEqual(reported.number_format, "dd/mm/yyyy")
        self.assertEqual(reported.value.date(), october.tanggal_lapor.date())
        self.assertEqual(self.find(sheet, 11.5).number_format, "#,##0.00")

    def test_evaluasi_unit_with_breach(self):
        self.capaian("baik", user=self.user_admin)
        evaluations = self.generate()
        team = evaluations.filtered(lambda e: e.penilai_id == self.kabid)
        unit = team.unit_id  # the kabid is rated in her PPK's unit (decision 2)
        self.rate(team[:3], "diatas", "diatas")  # 3 x sangat baik
        self.rate(team[3:], "sesuai", "sesuai")  # baik
        self.assertTrue(unit.melanggar)

        (sheet,) = self.xlsx("rekap_evaluasi_xlsx", unit).values()
        self.assertEqual(sheet.title, "Oktober 2026 - Bidang Uji")
        rows = self.rows(sheet)
        self.assertEqual(rows[1], ["REKAP EVALUASI KINERJA"])
        self.assertIn(["Unit kerja: Bidang Uji"], rows)
        self.assertIn(["Periode: Oktober 2026"], rows)
        self.assertIn(["Capaian kinerja organisasi: BAIK"], rows)
        rated = {r[2]: r[4:8] for r in rows if r and isinstance(r[0], int)}
        self.assertNotIn("Kabid", rated, "she is in her PPK's unit")
        self.assertEqual(
            rated[team[0].employee_id.name],
            ["DI ATAS EKSPEKTASI", "DI ATAS EKSPEKTASI", "SANGAT BAIK", "Dinilai"],
        )
        self.assertEqual(rated[team[3].employee_id.name][2], "BAIK")
        # the distribution: counts per predikat, then the pattern's rules and the breach
        self.assertIn([None, None, "SANGAT BAIK", 3], rows)
        self.assertIn([None, None, "BAIK", 1], rows)
        self.assertIn([None, None, "Dinilai", 4], rows)
        breach = self.find(sheet, "MELANGGAR")
        self.assertTrue(breach.font.b)
        self.assertEqual(breach.font.color.rgb, "FFC00000")
        self.assertIn([None, None, "Distribusi melanggar pola."], rows)

        # the kabid exports her team's unit as the HR office does
        rows = self.rows(
            next(iter(self.xlsx("rekap_evaluasi_xlsx", unit, self.user_penilai).values()))
        )
        names = [r[2] for r in rows if r and isinstance(r[0], int)]
        self.assertEqual(sorted(names), ["Admin Kepegawaian", "Kasi", "Ketua Tim", "Staf"])
        self.assertIn([None, None, "Dinilai", 4], rows)

    def test_read_as_the_user(self):
        self.capaian("baik", user=self.user_admin)
        unit = self.generate().filtered(lambda e: e.penilai_id == self.kabid).unit_id
        Report = self.env["ir.actions.report"]
        cases = [
            # a peer's SKP (a pegawai reads their leaders' SKPs, to cascade: not a peer's)
            (self.user_pegawai, "rekap_skp_xlsx", self.skp_kasi),
            (self.user_pegawai, "rekap_evaluasi_xlsx", unit),
            (self.user_kasi, "rekap_realisasi_xlsx", self.realisasi_staf(*OCT, "x")),
            (self.new_hr_lain("uji_hr_lain"), "rekap_skp_xlsx", self.skp_staf),
        ]
        for user, report, records in cases:
            with self.assertRaises(AccessError, msg=f"{user.login} {report}"):
                Report.with_user(user)._render_xlsx(REKAP % report, records.ids, data=None)
        # one's own SKP: readable, so exportable
        self.assertTrue(self.xlsx("rekap_skp_xlsx", self.skp_staf, self.user_pegawai))


class TestRekapXlsxQueries(XlsxCase):
    def assert_flat(self, report, small, large, user=None):
        """The recap of ``large`` (4 x ``small``) costs no more queries than ``small``'s,
        both measured warm (the first rendering loads the report and its translations)."""
        self.count_queries(lambda: self.xlsx(report, small, user))
        count = self.assert_constant_queries(
            lambda records, _attempt: self.count_queries(lambda: self.xlsx(report, records, user)),
            (small, large),
        )
        _logger.info("%s: %s queries for %s and %s records", report, count, len(small), len(large))

    def test_skp_and_realisasi_flat(self):
        employees = self.env["hr.employee"].create(
            [
                {
                    "name": f"Pegawai {i:02d}",
                    "jenis_jabatan": "pelaksana",
                    "department_id": self.dept.id,
                    "parent_id": self.kasi.id,
                    "company_id": self.company.id,
                }
                for i in range(20)
            ]
        )
        skps = self.Skp.create(
            [{"employee_id": e.id, "periode_id": self.periode.id} for e in employees]
        )
        self.env["hr.kinerja.rhk"].create([{"skp_id": s.id, "name": "RHK"} for s in skps])
        self.assert_flat("rekap_skp_xlsx", skps[:5], skps)

        evidence = self.upload(self.user_pegawai)
        realisations = self.env["hr.kinerja.realisasi"].create(
            [
                {
                    "skp_id": self.skp_staf.id,
                    "rhk_id": self.rhk.id,
                    "indikator_id": self.rhk.indikator_ids.id,
                    "date_start": datetime.date(2026, 1, 1) + datetime.timedelta(days=day),
                    "date_end": datetime.date(2026, 1, 1) + datetime.timedelta(days=day),
                    "realisasi": f"Hari {day}",
                    "nilai": day,
                    "bukti_ids": [Command.link(evidence.id)],
                }
                for day in range(20)
            ]
        )
        self.assert_flat("rekap_realisasi_xlsx", realisations[:5], realisations, self.user_penilai)

    def test_evaluasi_units_flat(self):
        units = self.env["hr.kinerja.evaluasi.unit"]
        for month in range(1, 9):  # 8 units: 2 vs 8
            start = datetime.date(2026, month, 1)
            end = (start + datetime.timedelta(days=32)).replace(day=1) - datetime.timedelta(days=1)
            self.capaian("baik", user=self.user_admin, period=(start, end))
            evaluations = self.Evaluasi._generate(self.periode, start, end, "periodik")
            team = evaluations.filtered(lambda e: e.penilai_id == self.kabid)
            self.rate(team, "sesuai", "diatas")
            units |= team.unit_id
        self.assertEqual(len(units), 8)
        self.assert_flat("rekap_evaluasi_xlsx", units[:2], units)


@tagged("post_install", "-at_install")
class TestRekapXlsxHttp(HttpCase, XlsxCase):
    def test_route_refuses_another_pegawai(self):
        self.authenticate("uji_pegawai", "uji_pegawai")
        url = "/report/xlsx/" + REKAP % "rekap_skp_xlsx"
        own = self.url_open(f"{url}/{self.skp_staf.id}")
        self.assertEqual(own.status_code, 200)
        self.assertTrue(own.content.startswith(b"PK"), "an xlsx (zip) file")
        for ids in (f"{self.skp_kasi.id}", f"{self.skp_staf.id},{self.skp_kasi.id}"):
            with self.assertLogs("odoo.http", "WARNING"):
                other = self.url_open(f"{url}/{ids}")
            self.assertNotEqual(other.status_code, 200)
            self.assertFalse(other.content.startswith(b"PK"))
        # the HR office's selection, as the Print menu sends it: one file, every SKP
        self.authenticate("uji_admin", "uji_admin")
        both = self.url_open(f"{url}/{self.skp_staf.id},{self.skp_kasi.id}")
        self.assertEqual(both.status_code, 200)
        book = openpyxl.load_workbook(io.BytesIO(both.content))
        names = {c for sheet in book.worksheets for r in self.rows(sheet) for c in r if c}
        self.assertTrue({"Staf", "Kasi"} <= names, names)

    def test_print_menu_and_import_tour(self):
        self.user_admin.company_id = self.company
        # the Print menu offers the recap and clicking it raises no error; what the
        # download returns is checked over HTTP (test_route_refuses_another_pegawai):
        # the browser's download is not awaited here, it races the next steps
        self.start_tour(
            "/odoo/action-hr_kinerja_asn.hr_kinerja_skp_action_all",
            "hr_kinerja_asn_rekap_xlsx_tour",
            login="uji_admin",
        )
        # then the import dialog, opened from the menu, made its template
        wizard = self.env["hr.kinerja.impor.pegawai.wizard"].search(
            [("create_uid", "=", self.user_admin.id)]
        )
        self.assertEqual(len(wizard), 1)
        self.assertTrue(wizard.template_file)
        self.assertEqual(wizard.company_id, self.company)
