"""A real payslip from a real tunjangan: the TPP lines equal the locked month and name
the predikat; a month not locked is refused, or, if the agency chose so, paid without
TPP and a warning; hand-typed TPP inputs never reach the payslip."""

from odoo.exceptions import UserError

from .common import PayrollCase


class TestTppPayslip(PayrollCase):
    def test_payslip_pays_the_locked_tunjangan_and_traces_it(self):
        records = self.hitung_tunjangan()
        tunjangan = records.filtered(lambda r: r.employee_id == self.staf)
        self.assertEqual(tunjangan.state, "dikunci")
        self.assertEqual(tunjangan.evaluasi_id, self.evaluasi_staf)
        self.assertEqual(tunjangan.predikat, "baik")
        self.assertEqual(tunjangan.potongan_persen, 0, "no attendance facts: nothing cut")

        slip = self.payslip(self.staf)
        # the form's onchange already shows the amounts (get_inputs)
        inputs = {line.code: line for line in slip.input_line_ids}
        self.assertEqual(inputs["TPP_KINERJA"].amount, tunjangan.jumlah_kinerja)
        self.assertEqual(inputs["TPP_DISIPLIN"].amount, tunjangan.jumlah_disiplin)
        self.assertFalse(slip.kinerja_tunjangan_id, "linked by the computation only")

        slip.with_user(self.user_payroll).compute_sheet()
        self.assertEqual(slip.state, "verify")
        self.assertEqual(slip.kinerja_tunjangan_id, tunjangan)
        lines = {line.code: line for line in slip.line_ids}
        self.assertEqual(lines["TPP_KINERJA"].total, tunjangan.jumlah_kinerja)
        self.assertEqual(lines["TPP_DISIPLIN"].total, tunjangan.jumlah_disiplin)
        self.assertEqual(lines["BASIC"].total, 2_900_000)
        self.assertAlmostEqual(lines["NET"].total, 2_900_000 + tunjangan.jumlah, places=2)
        # a reader goes from the line to the predikat and the attendance (the late
        # arrivals of real attendance: test_demo_agency)
        self.assertEqual(lines["TPP_KINERJA"].name, "Performance TPP February 2026 (predikat Good)")
        self.assertEqual(lines["TPP_DISIPLIN"].name, "Discipline TPP February 2026 (no cuts)")
        self.assertEqual(lines["GROSS"].name, "Gross", "the TPP name does not leak")
        self.assertEqual(slip.kinerja_penjelasan, tunjangan.penjelasan)
        self.assertIn("attendance does not cut the allowance", slip.kinerja_penjelasan)
        self.assertIn("Predikat Good February 2026", slip.kinerja_penjelasan)

    def test_hand_typed_tpp_input_is_replaced_by_the_tunjangan(self):
        tunjangan = self.hitung_tunjangan().filtered(lambda r: r.employee_id == self.ketua_tim)
        slip = self.payslip(self.ketua_tim)
        tpp = slip.input_line_ids.filtered(lambda line: line.code == "TPP_KINERJA")
        tpp.with_user(self.user_payroll).amount = 99_000_000
        slip.with_user(self.user_payroll).compute_sheet()
        self.assertEqual(slip.get_salary_line_total("TPP_KINERJA"), tunjangan.jumlah_kinerja)
        self.assertEqual(len(slip.input_line_ids), 2, "replaced, not added")

    def test_refused_when_the_month_is_not_locked(self):
        self.hitung_tunjangan(kunci=False)
        slip = self.payslip(self.staf)
        self.assertEqual(
            slip.input_line_ids.mapped("amount"), [0.0, 0.0], "no amount before the lock"
        )
        with self.assertRaisesMsg(UserError, "is Verified, not locked"):
            slip.with_user(self.user_payroll).compute_sheet()
        self.assertFalse(slip.line_ids)
        self.assertEqual(slip.state, "draft")

    def test_refused_without_a_tunjangan_record(self):
        self.hitung_tunjangan()
        kadis = self.make_contracts({self.kadis: 5_500_000}).employee_id  # no job class
        slip = self.payslip(kadis)
        with self.assertRaisesMsg(UserError, "Kadis has no performance allowance record"):
            slip.with_user(self.user_payroll).compute_sheet()

    def test_warning_mode_pays_no_tpp_and_says_why(self):
        self.company.kinerja_tpp_belum_dikunci = "peringatan"
        self.hitung_tunjangan(kunci=False)
        slip = self.payslip(self.staf)
        slip.with_user(self.user_payroll).compute_sheet()
        self.assertEqual(slip.state, "verify")
        self.assertFalse(slip.kinerja_tunjangan_id)
        self.assertEqual(slip.get_salary_line_total("TPP_KINERJA"), 0.0)
        self.assertEqual(slip.get_salary_line_total("TPP_DISIPLIN"), 0.0)
        self.assertEqual(slip.get_salary_line_total("NET"), 2_900_000)
        note = slip.message_ids.filtered(lambda m: "No TPP on this payslip" in str(m.body))
        self.assertIn("is Verified, not locked", str(note.body))

    def test_refusal_in_the_users_language(self):
        self.bahasa_indonesia()
        self.env["ir.module.module"]._load_module_terms(["hr_kinerja_asn_payroll"], ["id_ID"])
        self.user_payroll.lang = "id_ID"
        self.hitung_tunjangan(kunci=False)
        slip = self.payslip(self.staf)
        with self.assertRaisesMsg(UserError, "Penggajian hanya membayar"):
            # the web client sends the user's language with every call
            slip.with_user(self.user_payroll).with_context(lang="id_ID").compute_sheet()

    def test_a_structure_without_tpp_is_left_alone(self):
        self.hitung_tunjangan(kunci=False)  # not locked: would be refused with TPP rules
        self.struktur.rule_ids = self.struktur.rule_ids.filtered(
            lambda r: r.code not in ("TPP_KINERJA", "TPP_DISIPLIN")
        )
        slip = self.payslip(self.staf)
        slip.with_user(self.user_payroll).compute_sheet()
        self.assertFalse(slip.input_line_ids)
        self.assertFalse(slip.kinerja_tunjangan_id)

    def test_refund_keeps_the_link(self):
        self.hitung_tunjangan()
        slip = self.payslip(self.staf)
        slip.with_user(self.user_payroll).compute_sheet()
        slip.with_user(self.user_payroll).action_payslip_done()
        slip.with_user(self.user_payroll).refund_sheet()
        refund = slip.refunded_id
        self.assertEqual(refund.kinerja_tunjangan_id, slip.kinerja_tunjangan_id)
        self.assertEqual(
            refund.get_salary_line_total("TPP_KINERJA"), slip.get_salary_line_total("TPP_KINERJA")
        )
