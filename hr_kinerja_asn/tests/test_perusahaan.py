"""The company consistency check of a batch (``kinerja_perusahaan``) refuses what
Odoo's own ``_check_company`` refuses, with Odoo's message, and checks a consistent
batch without filtering record by record (issue 14)."""

from odoo.exceptions import UserError
from odoo.tests import TransactionCase

from odoo.addons.hr_kinerja_asn.models.kinerja_perusahaan import cek_perusahaan


class TestCekPerusahaan(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company = cls.env["res.company"].create({"name": "Dinas A"})
        cls.other = cls.env["res.company"].create({"name": "Dinas B"})
        cls.dept = cls.env["hr.department"].create(
            {"name": "Bidang A", "company_id": cls.company.id}
        )
        cls.dept_other = cls.env["hr.department"].create(
            {"name": "Bidang B", "company_id": cls.other.id}
        )
        cls.employees = cls.env["hr.employee"].create(
            [
                {
                    "name": f"Pegawai {i}",
                    "company_id": cls.company.id,
                    "department_id": cls.dept.id,
                    "resource_calendar_id": False,
                }
                for i in range(60)
            ]
        )

    def check(self, records):
        calls = []

        def odoo_check(fnames):
            calls.append(fnames)
            return records._check_company(fnames)

        cek_perusahaan(records, None, odoo_check)
        return calls

    def test_consistent_batch_checked_set_based(self):
        self.assertEqual(self.check(self.employees), [])

    def test_an_inconsistent_record_refused_in_odoos_words(self):
        # a department of another company, as a forged write would leave it
        self.env.cr.execute(
            "UPDATE hr_employee SET department_id = %s WHERE id = %s",
            [self.dept_other.id, self.employees[37].id],
        )
        self.employees.invalidate_recordset(["department_id"])
        with self.assertRaises(UserError) as caught:
            self.check(self.employees)
        with self.assertRaises(UserError) as odoo:
            self.employees._check_company()
        self.assertEqual(str(caught.exception), str(odoo.exception))
        self.assertIn(self.employees[37].name, str(caught.exception))

    def test_small_batch_is_odoos_own_check(self):
        self.assertEqual(len(self.check(self.employees[:3])), 1)
