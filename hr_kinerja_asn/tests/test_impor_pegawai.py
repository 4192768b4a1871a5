"""Importing ASN employees from a spreadsheet: the happy path in any row order, bad rows
reported by row and column with nothing imported, a second import updating instead of
duplicating, CSV, the template, and who may import into which agency."""

import base64
import io

import openpyxl
from lxml import html

from odoo.exceptions import AccessError

from .common import KinerjaCase

HEADER = ("NIP", "Nama", "Jabatan", "Jenis Jabatan", "Pangkat/Golongan", "Unit Kerja", "NIP Atasan")
SARI = "199511202020122008"  # PNS, female
FAJAR = "199104102019031005"  # PNS, male
WULAN = "199702142023212004"  # PPPK, female
KABID = "198209152006042002"  # in the database (common.py)


def xlsx(rows, header=HEADER):
    """An .xlsx file of ``rows`` under ``header``, NIPs typed as text."""
    book = openpyxl.Workbook()
    sheet = book.active
    for row in [list(header), *rows]:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


class TestImporPegawai(KinerjaCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.bahasa_indonesia()
        Department = cls.env["hr.department"]
        cls.bidang = Department.create(
            {"name": "Bidang Uji", "company_id": cls.company.id, "manager_id": cls.kabid.id}
        )
        cls.sekretariat = Department.create(
            {"name": "Sekretariat Uji", "company_id": cls.company.id}
        )
        # the same name in the other agency: not one of this agency's units
        Department.create({"name": "Bidang Uji", "company_id": cls.company_b.id})
        cls.Employee = cls.env["hr.employee"].with_context(active_test=False)

    def impor(self, content, user=None, filename="pegawai.xlsx", company=None):
        """(wizard, action) of importing ``content`` as ``user`` (the HR office)."""
        Wizard = self.env["hr.kinerja.impor.pegawai.wizard"].with_user(user or self.user_admin)
        wizard = Wizard.with_context(lang="id_ID").create(
            {
                "file": base64.b64encode(content),
                "filename": filename,
                "company_id": (company or self.company).id,
            }
        )
        return wizard, wizard.action_confirm()

    @staticmethod
    def errors(wizard):
        """The error report as (row, column, message) rows."""
        tree = html.fromstring(str(wizard.laporan_html))
        return [
            tuple(td.text_content() for td in tr.findall("td"))
            for tr in tree.iter("tr")
            if tr.findall("td")
        ]

    def by_nip(self, *nips, company=None):
        """Employees of the agency (the demo agency may hold the same NIPs)."""
        return self.Employee.search(
            [("nip", "in", list(nips)), ("company_id", "=", (company or self.company).id)]
        )

    FILE = [
        # the subordinate before their atasan: any row order
        [SARI, "Sari Rahmawati", "Pengelola Layanan", "Pelaksana", "II/c", "Bidang Uji", FAJAR],
        [
            FAJAR,
            "Fajar Nugroho",
            "Pranata Komputer",
            "fungsional",
            "Penata Muda (III/a)",
            "bidang uji",
            KABID,
        ],
        [WULAN, "Wulan Pertiwi", "Operator", "Pelaksana", "PPPK V", "Sekretariat Uji", ""],
    ]

    def test_import_in_any_row_order(self):
        wizard, action = self.impor(xlsx(self.FILE))
        self.assertEqual(action["tag"], "display_notification", wizard.laporan_html)
        self.assertEqual(action["params"]["message"], "3 pegawai baru, 0 diperbarui.")
        sari, fajar, wulan = (self.by_nip(n) for n in (SARI, FAJAR, WULAN))
        self.assertEqual(fajar.name, "Fajar Nugroho")
        self.assertEqual(fajar.company_id, self.company)
        self.assertEqual(fajar.job_title, "Pranata Komputer")
        self.assertEqual(fajar.jenis_jabatan, "fungsional")
        self.assertEqual(fajar.pangkat_golongan, "iii_a")
        self.assertEqual(fajar.department_id, self.bidang)
        self.assertEqual(fajar.parent_id, self.kabid, "the atasan from the database")
        self.assertEqual(sari.parent_id, fajar, "the atasan from a later row")
        self.assertEqual(sari.pejabat_penilai_id, self.kabid, "a fungsional is not a PPK")
        self.assertEqual((sari.gender, str(sari.birthday)), ("female", "1995-11-20"))
        self.assertEqual((wulan.asn_type, wulan.pangkat_golongan), ("pppk", "pppk_5"))
        self.assertEqual(wulan.department_id, self.sekretariat)
        self.assertEqual(
            action["params"]["next"]["domain"], [("id", "in", (sari | fajar | wulan).ids)]
        )

    def test_bad_rows_import_nothing(self):
        rows = [
            *self.FILE,
            ["19951120202012200", "NIP Pendek", "", "Pelaksana", "", "Bidang Uji", ""],
            ["199104102019031013", "Unit Salah", "", "Pelaksana", "", "Bidang Fiktif", ""],
            ["199104102019031021", "Atasan Salah", "", "Pelaksana", "", "", "199001012015031001"],
            ["199702142023212012", "Pangkat Salah", "", "Pelaksana", "III/a", "", ""],
            ["199702142023212020", "Pangkat Asing", "", "Kepala", "Raja", "", ""],
            [FAJAR, "Fajar Dua Kali", "", "Pelaksana", "", "", ""],
        ]
        wizard, action = self.impor(xlsx(rows))
        self.assertEqual(action["target"], "new", "the dialog stays open with the report")
        self.assertEqual(wizard.state, "galat")
        errors = self.errors(wizard)
        columns = [(row, column) for row, column, _m in errors]
        self.assertEqual(
            columns,
            [
                ("5", "NIP"),
                ("6", "Unit Kerja"),
                ("7", "NIP Atasan"),
                ("8", "Pangkat/Golongan"),
                ("9", "Jenis Jabatan"),
                ("9", "Pangkat/Golongan"),
                ("10", "NIP"),
            ],
        )
        messages = {(r, c): m for r, c, m in errors}
        self.assertIn("harus tepat 18 digit", messages["5", "NIP"])
        self.assertIn('Unit "Bidang Fiktif" tidak dikenal', messages["6", "Unit Kerja"])
        self.assertIn("Bidang Uji, Sekretariat Uji", messages["6", "Unit Kerja"])
        self.assertIn(
            "Tidak ada pegawai dengan NIP 199001012015031001", messages["7", "NIP Atasan"]
        )
        self.assertIn("bukan milik PPPK", messages["8", "Pangkat/Golongan"])
        self.assertIn('"Kepala" bukan jenis jabatan', messages["9", "Jenis Jabatan"])
        self.assertIn("sudah ada pada baris 3", messages["10", "NIP"])
        self.assertIn("Tidak ada yang diimpor: 7 kesalahan", wizard.laporan_html)
        nips = [row[0] for row in rows]
        self.assertFalse(self.by_nip(*nips), "not even the valid rows")

        # back to the file choice
        wizard.action_ulangi()
        self.assertEqual((wizard.state, wizard.file), ("pilih", False))

    def test_second_import_updates(self):
        self.impor(xlsx(self.FILE))
        fajar = self.by_nip(FAJAR)
        self.staf.department_id = self.bidang
        self.staf.parent_id = self.ketua_tim
        rows = [
            [FAJAR, "Fajar Nugroho", "Pranata Komputer Ahli Muda", "Fungsional", "III/b", "", ""],
            # an employee of the fixture, found by NIP, moved to another unit
            ["1993 0808 2015 03 1 009", "Staf", "", "Pelaksana", "", "Sekretariat Uji", ""],
        ]
        _wizard, action = self.impor(xlsx(rows))
        self.assertEqual(action["params"]["message"], "0 pegawai baru, 2 diperbarui.")
        self.assertEqual(self.by_nip(FAJAR), fajar, "updated, not duplicated")
        self.assertEqual(fajar.job_title, "Pranata Komputer Ahli Muda")
        self.assertEqual(fajar.pangkat_golongan, "iii_b")
        self.assertEqual(fajar.parent_id, self.kabid, "an empty NIP Atasan keeps the superior")
        self.assertEqual(fajar.department_id, self.bidang, "an empty unit keeps the unit")
        self.assertEqual(self.staf.department_id, self.sekretariat)
        self.assertEqual(self.staf.parent_id, self.ketua_tim, "not the new unit's head")
        self.assertEqual(len(self.by_nip("199308082015031009")), 1)

    def test_csv_and_numbers(self):
        csv = (
            "\ufeffNIP;Nama;Jenis Jabatan;Pangkat/Golongan\n"
            + f"{WULAN};Wulan Pertiwi;Pelaksana;PPPK V\n"
        )
        _wizard, action = self.impor(csv.encode(), filename="pegawai.csv")
        self.assertEqual(action["params"]["message"], "1 pegawai baru, 0 diperbarui.")
        self.assertEqual(self.by_nip(WULAN).pangkat_golongan, "pppk_5")
        # a NIP typed as a number in Excel has lost its last digits
        wizard, _action = self.impor(xlsx([[199511202020122008.0, "Sari", "", "Pelaksana"]]))
        ((row, column, message),) = self.errors(wizard)
        self.assertEqual((row, column), ("2", "NIP"))
        self.assertIn("format kolom sebagai Teks", message)

    def test_template(self):
        wizard = (
            self.env["hr.kinerja.impor.pegawai.wizard"]
            .with_user(self.user_admin)
            .with_context(lang="id_ID")
            .create({"company_id": self.company.id})
        )
        action = wizard.action_unduh_template()
        self.assertEqual(action["type"], "ir.actions.act_url")
        self.assertIn(f"/{wizard.id}/template_file/", action["url"])
        content = base64.b64decode(wizard.template_file)
        book = openpyxl.load_workbook(io.BytesIO(content))
        sheet, guide = book.worksheets
        self.assertEqual(tuple(c.value for c in sheet[1]), HEADER)
        self.assertEqual(sheet["A2"].value, "199001012015031001")
        self.assertEqual(sheet["A2"].number_format, "@")
        self.assertEqual(guide.title, "Petunjuk")
        values = {c.value for row in guide.iter_rows() for c in row}
        self.assertTrue(
            {"Bidang Uji", "Sekretariat Uji", "Penata Muda (III/a)", "PPPK XVII"} <= values
        )
        # the template imports as it is: its example row
        _wizard, action = self.impor(content)
        self.assertEqual(action["params"]["message"], "1 pegawai baru, 0 diperbarui.")

    def test_who_imports_where(self):
        content = xlsx(self.FILE)
        with self.assertRaises(AccessError):
            self.impor(content, user=self.user_pegawai)
        hr_lain = self.new_hr_lain("uji_hr_lain")
        with self.assertRaises(AccessError):
            self.impor(content, user=hr_lain)  # into this agency
        self.assertFalse(self.by_nip(SARI, FAJAR, WULAN))
        # into their own agency: this agency's units and employees are unknown there
        wizard, _action = self.impor(content, user=hr_lain, company=self.company_b)
        messages = {(r, c): m for r, c, m in self.errors(wizard)}
        self.assertIn("Tidak ada pegawai dengan NIP " + KABID, messages["3", "NIP Atasan"])
        self.assertIn("Sekretariat Uji", messages["4", "Unit Kerja"])
        self.assertNotIn("Sekretariat Uji", messages["4", "Unit Kerja"].split(":", 1)[1])
