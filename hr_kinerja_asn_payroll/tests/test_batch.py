"""A payslip batch for the whole agency, and what the TPP costs it: the tunjangan of
every payslip of a batch is found in one query, and the TPP part of computing 3 or
12 payslips costs the same number of queries."""

import logging

from odoo import Command

from .common import FEB, PayrollCase

_logger = logging.getLogger(__name__)


class TestTppBatch(PayrollCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.banyak = (
            cls.env["hr.employee"]
            .with_company(cls.company)
            .create(
                [
                    {
                        "name": f"Pegawai Batch {n:02d}",
                        "jenis_jabatan": "pelaksana",
                        "kelas_jabatan": 5,
                    }
                    for n in range(12)
                ]
            )
        )
        cls.make_contracts(dict.fromkeys(cls.banyak, 2500000))
        cls.tanpa_tpp = cls.struktur.copy({"code": "ASN-TANPA-TPP", "company_id": cls.company.id})
        cls.tanpa_tpp.rule_ids = cls.struktur.rule_ids.filtered(
            lambda r: r.code not in ("TPP_KINERJA", "TPP_DISIPLIN")
        )

    def setUp(self):
        super().setUp()
        self.records = self.hitung_tunjangan()

    def run_batch(self, employees, struct=None):
        """OCA's batch: a payslip run and its employees wizard, as the payroll manager."""
        env = self.env(user=self.user_payroll)
        run = env["hr.payslip.run"].create(
            {
                "name": "Gaji Februari 2026",
                "company_id": self.company.id,
                "date_start": FEB[0],
                "date_end": FEB[1],
                "struct_id": struct.id if struct else False,
            }
        )
        wizard = env["hr.payslip.employees"].create({"employee_ids": [Command.set(employees.ids)]})
        return run, lambda: wizard.with_context(active_id=run.id).compute_sheet()

    def test_whole_agency_batch(self):
        run, _compute = self.run_batch(self.env["hr.employee"])
        run.with_user(self.user_payroll).action_kinerja_slip_instansi()
        self.assertEqual(run.slip_ids.employee_id, self.kontrak.employee_id | self.banyak)
        self.assertEqual(set(run.slip_ids.mapped("state")), {"verify"})
        for slip in run.slip_ids:
            tunjangan = self.records.filtered(lambda r, s=slip: r.employee_id == s.employee_id)
            self.assertEqual(slip.kinerja_tunjangan_id, tunjangan)
            self.assertEqual(slip.get_salary_line_total("TPP_KINERJA"), tunjangan.jumlah_kinerja)
            self.assertEqual(slip.get_salary_line_total("TPP_DISIPLIN"), tunjangan.jumlah_disiplin)
        with self.assertRaisesMsg(Exception, "already has a payslip"):
            run.with_user(self.user_payroll).action_kinerja_slip_instansi()

    def test_tpp_queries_do_not_grow_with_the_batch(self):
        def tpp_part(n):
            _run, compute = self.run_batch(self.banyak[:n])
            compute()
            slips = _run.slip_ids.with_user(self.user_payroll)
            self.assertEqual(len(slips), n)
            self.assertEqual(len(slips.kinerja_tunjangan_id), n)
            return self.count_queries(slips._kinerja_isi_tpp)

        tpp_part(3)  # warm the registry's caches (record rules, parameters, xmlids)
        count = self.assert_constant_queries(lambda n, _attempt: tpp_part(n), (3, 12))
        _logger.info("TPP part of computing a batch: %s queries for 3 payslips and 12", count)
        self.assertLessEqual(count, 20)  # 18 measured (cold cache, flushes included)

    def test_batch_with_tpp_costs_a_constant_more_than_without(self):
        def whole(n, struct):
            run, compute = self.run_batch(self.banyak[:n], struct)
            queries = self.count_queries(compute)
            self.assertEqual(len(run.slip_ids), n)
            return queries

        whole(3, self.struktur)  # warm the registry's caches (rules, views, sequences)
        whole(3, self.tanpa_tpp)
        added = {}
        for n in (3, 12):
            with_tpp, without = whole(n, self.struktur), whole(n, self.tanpa_tpp)
            added[n] = with_tpp - without
            _logger.info(
                "batch of %s payslips: %s queries with TPP, %s without (+%s)",
                n,
                with_tpp,
                without,
                added[n],
            )
        self.assertEqual(added[3], added[12], "the TPP part does not grow with the batch")
