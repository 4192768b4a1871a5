"""Who sees and who sets what: a pegawai reads their own payslip and tunjangan only;
nobody points a payslip at a tunjangan by hand, through the ORM or over JSON-RPC; the
payroll office pays what the HR office locked without holding its rights."""

import json

from odoo.exceptions import AccessError, UserError
from odoo.tests import HttpCase
from odoo.tools.safe_eval import safe_eval

from .common import PayrollCase


class TestTppAccess(PayrollCase):
    def setUp(self):
        super().setUp()
        self.records = self.hitung_tunjangan()
        self.slip_staf = self.payslip(self.staf)
        self.slip_ketua = self.payslip(self.ketua_tim)
        (self.slip_staf | self.slip_ketua).with_user(self.user_payroll).compute_sheet()

    def test_pegawai_reads_only_their_own_payslip_and_tunjangan(self):
        Payslip = self.Payslip.with_user(self.user_pegawai)
        self.assertEqual(Payslip.search([]), self.slip_staf)
        mine = Payslip.browse(self.slip_staf.id)
        self.assertEqual(
            mine.get_salary_line_total("TPP_KINERJA"), mine.kinerja_tunjangan_id.jumlah_kinerja
        )
        self.assertIn("Predikat Good", mine.kinerja_penjelasan)
        self.assertEqual(mine.line_ids.slip_id, mine)
        with self.assertRaises(AccessError):
            Payslip.browse(self.slip_ketua.id).read(["name"])
        with self.assertRaises(AccessError):
            self.env["hr.payslip.line"].with_user(self.user_pegawai).browse(
                self.slip_ketua.line_ids[:1].id
            ).read(["total"])
        with self.assertRaises(AccessError):
            self.env["hr.payslip.input"].with_user(self.user_pegawai).browse(
                self.slip_ketua.input_line_ids[:1].id
            ).read(["amount"])
        self.assertEqual(
            self.env["hr.kinerja.tunjangan"].with_user(self.user_pegawai).search([]).employee_id,
            self.staf,
        )
        # the own-payslip view the menu opens
        action = self.env.ref("hr_kinerja_asn_payroll.action_hr_payslip_pegawai")
        domain = safe_eval(action.domain, {"uid": self.user_pegawai.id})
        self.assertEqual(self.Payslip.search(domain), mine)
        mine.get_views([(False, "list"), (False, "form")])

    def test_pegawai_changes_nothing(self):
        with self.assertRaises(AccessError):
            self.slip_staf.with_user(self.user_pegawai).write({"name": "Gaji"})
        with self.assertRaises(AccessError):
            self.slip_staf.with_user(self.user_pegawai).compute_sheet()
        with self.assertRaises(AccessError):
            self.slip_staf.input_line_ids[:1].with_user(self.user_pegawai).amount = 1

    def test_the_link_is_the_computations_only(self):
        other = self.records.filtered(lambda r: r.employee_id == self.ketua_tim)
        slip = self.slip_staf.with_user(self.user_payroll)
        with self.assertRaisesMsg(UserError, "never written directly"):
            slip.write({"kinerja_tunjangan_id": other.id})
        with self.assertRaisesMsg(UserError, "never written directly"):
            slip.write({"kinerja_tunjangan_id": False})
        with self.assertRaisesMsg(UserError, "never written directly"):
            self.Payslip.with_user(self.user_payroll).create(
                {
                    "employee_id": self.staf.id,
                    "date_from": "2026-02-01",
                    "date_to": "2026-02-28",
                    "kinerja_tunjangan_id": other.id,
                }
            )
        with self.assertRaisesMsg(UserError, "never written directly"):
            slip.copy({"kinerja_tunjangan_id": other.id})
        # rewriting the same value (the form saving what it shows) is no change
        slip.write({"kinerja_tunjangan_id": slip.kinerja_tunjangan_id.id, "name": "Gaji Staf"})
        self.assertEqual(
            self.slip_staf.kinerja_tunjangan_id,
            self.records.filtered(lambda r: r.employee_id == self.staf),
        )

    def test_payroll_officer_pays_without_hr_office_rights(self):
        """The officer computes from the locked month and reads its explanation through
        the payslip; the tunjangan itself stays the HR office's and the employee's."""
        self.assertFalse(self.user_officer.has_group("hr_kinerja_asn.group_kinerja_admin"))
        # OCA's officer rule: employees outside a department (or of one they manage)
        slip = self.payslip(self.operator, user=self.user_officer)
        slip.compute_sheet()
        self.assertTrue(slip.kinerja_tunjangan_id)
        self.assertTrue(slip.kinerja_penjelasan)
        with self.assertRaises(AccessError):
            slip.kinerja_tunjangan_id.read(["pagu"])
        self.assertFalse(self.user_officer.has_group("payroll.group_payroll_manager"))
        self.assertFalse(
            self.user_admin.has_group("payroll.group_payroll_user"), "no implied payroll rights"
        )


class TestTppAccessRpc(HttpCase, PayrollCase):
    def test_json_rpc_cannot_point_a_payslip_at_another_tunjangan(self):
        records = self.hitung_tunjangan()
        slip = self.payslip(self.staf)
        slip.with_user(self.user_payroll).compute_sheet()
        other = records.filtered(lambda r: r.employee_id == self.ketua_tim)
        self.authenticate("uji_payroll", "uji_payroll")
        # a context key is no key: the sentinel is an object JSON cannot carry
        for context in ({}, {"kinerja_transisi": True}):
            payload = {
                "jsonrpc": "2.0",
                "method": "call",
                "params": {
                    "model": "hr.payslip",
                    "method": "write",
                    "args": [[slip.id], {"kinerja_tunjangan_id": other.id}],
                    "kwargs": {"context": context},
                },
            }
            response = self.url_open(
                "/web/dataset/call_kw",
                data=json.dumps(payload),
                headers={"Content-Type": "application/json"},
            ).json()
            self.assertEqual(response["error"]["data"]["name"], "odoo.exceptions.UserError")
            self.assertIn("never written directly", response["error"]["data"]["message"])
        slip.invalidate_recordset()
        self.assertEqual(
            slip.kinerja_tunjangan_id, records.filtered(lambda r: r.employee_id == self.staf)
        )
