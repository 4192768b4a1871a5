"""The employee flow in a real browser (chromium), as the admin kepegawaian."""

from odoo.tests import HttpCase, tagged

from .common import KinerjaCase


@tagged("post_install", "-at_install")
class TestEmployeeTour(HttpCase, KinerjaCase):
    def test_admin_sets_nip_and_sees_ppk(self):
        employee = (
            self.env["hr.employee"]
            .with_company(self.company)
            .create(
                {
                    "name": "Pegawai Tur",
                    "parent_id": self.ketua_tim.id,
                }
            )
        )
        self.user_admin.write({"company_id": self.company.id})
        self.start_tour(
            "/odoo/action-hr_kinerja_asn.hr_employee_action_kinerja",
            "hr_kinerja_asn_employee_tour",
            login="uji_admin",
        )
        self.assertEqual(employee.nip, "199404042016031010")
        self.assertEqual(employee.jenis_jabatan, "pelaksana")
        self.assertEqual(employee.asn_type, "pns")
        self.assertEqual(employee.pejabat_penilai_id, self.kabid)
