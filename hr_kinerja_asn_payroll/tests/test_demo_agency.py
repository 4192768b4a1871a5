"""The demo agency, as `make run` serves it (issue 13, "done when"): its January
payslips come from its own evaluations and, with the attendance bridge installed, its
own attendance; a reader traces Eko's TPP lines back to his predikat and his late
arrivals. Eko's month is the issue's worked example: pagu Rp 4,371,943 (kelas 8),
60/40, 2 × TL1 + 1 × TL3 + one absent day, cuts on the whole amount → Rp 4,054,977."""

from odoo.tests import TransactionCase, tagged


@tagged("post_install", "-at_install")
class TestDemoAgency(TransactionCase):
    def test_eko_january_payslip_traces_to_predikat_and_attendance(self):
        eko = self.env.ref("hr_kinerja_asn.emp_prakom_muda")
        run = self.env.ref("hr_kinerja_asn_payroll.payslip_run_januari")
        slip = run.slip_ids.filtered(lambda s: s.employee_id == eko)
        self.assertEqual(len(slip), 1)
        tunjangan = slip.kinerja_tunjangan_id
        self.assertEqual((tunjangan.state, tunjangan.predikat), ("dikunci", "baik"))
        self.assertEqual(tunjangan.evaluasi_id, self.env.ref("hr_kinerja_asn.eva_demo_eko_jan"))
        kinerja = slip.line_ids.filtered(lambda line: line.code == "TPP_KINERJA")
        disiplin = slip.line_ids.filtered(lambda line: line.code == "TPP_DISIPLIN")
        # 4,371,943 × 60 % × 100 % (Baik) = 2,623,165.8
        self.assertEqual(kinerja.total, 2623166)
        self.assertIn("Baik", kinerja.name)
        if "hr.kinerja.kehadiran" in self.env:
            # from the scans: 12 and 25 minutes late, 75 minutes late, one absent day
            self.assertEqual(tunjangan.potongan_persen, 7.25)
            self.assertEqual(disiplin.total, 1431811)
            self.assertEqual(kinerja.total + disiplin.total, 4054977)
            self.assertEqual(tunjangan.kehadiran_id.hari_tanpa_keterangan, 1)
            text = tunjangan.penjelasan
            for fragment in ("(TL1): −1 %", "(TL3): −1,25 %", "(TK): −5 %", "Rp 4.054.977"):
                self.assertIn(fragment, text)
        else:
            self.assertEqual(disiplin.total, 1748777, "no attendance source: nothing cut")
