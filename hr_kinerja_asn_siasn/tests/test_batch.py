"""Queueing a selection costs the same number of queries for 10 evaluations as for
100: one INSERT of submissions, one of jobs (not ``with_delay`` per record), one
UPDATE for those sent again."""

import datetime
import logging

from .common import SiasnCase

_logger = logging.getLogger(__name__)


class TestSiasnBatch(SiasnCase):
    def finals(self, days, offset):
        """2 x ``days`` final one-day evaluations of the staf and the team lead, from
        ``offset`` days into the year."""
        base = datetime.date(2026, 3, 1) + datetime.timedelta(days=offset)
        return self.Evaluasi.sudo().create(
            [
                {
                    "employee_id": skp.employee_id.id,
                    "skp_id": skp.id,
                    "periode_id": self.periode.id,
                    "company_id": self.company.id,
                    "date_start": base + datetime.timedelta(days=day),
                    "date_end": base + datetime.timedelta(days=day),
                    "periode_label": str(base + datetime.timedelta(days=day)),
                    "penilai_id": self.kabid.id,
                    "rating_hasil_kerja": "sesuai",
                    "rating_perilaku": "sesuai",
                    "state": "final",
                }
                for skp in (self.skp_staf, self.skp_ketua)
                for day in range(days)
            ]
        )

    def queries_to_send(self, days, offset):
        evaluations = self.finals(days, offset)
        Evaluasi = evaluations.with_user(self.user_admin)
        count = self.count_queries(Evaluasi.action_kirim_siasn)
        jobs = self.env["queue.job"].search(
            [("siasn_kiriman_id.evaluasi_id", "in", evaluations.ids)]
        )
        self.assertEqual(len(jobs), len(evaluations), "one job per evaluation")
        return count, evaluations

    def test_queueing_is_constant(self):
        self.queries_to_send(1, 0)  # warm the caches (groups, rules, job function)
        offsets = iter(range(10, 1000, 60))

        def measure(days, _attempt):
            count, evaluations = self.queries_to_send(days, next(offsets))
            self.assertEqual(len(evaluations), 2 * days)
            return count

        count = self.assert_constant_queries(measure, (5, 50))
        _logger.info("Send to SIASN: %s queries for 10 evaluations and for 100", count)

    def test_resend_is_constant(self):
        def failed(evaluations):
            kiriman = self.Kiriman.search([("evaluasi_id", "in", evaluations.ids)])
            kiriman.sudo().write({"state": "gagal", "error": "uji"})
            return kiriman.with_user(self.user_admin)

        self.queries_to_send(1, 0)
        failed(self.Evaluasi.search([])).action_kirim_ulang()  # warm
        offsets = iter(range(10, 1000, 60))

        def measure(days, _attempt):
            _count, evaluations = self.queries_to_send(days, next(offsets))
            again = failed(evaluations)
            count = self.count_queries(again.action_kirim_ulang)
            jobs = self.env["queue.job"].search([("siasn_kiriman_id", "in", again.ids)])
            self.assertEqual(len(jobs), 2 * len(again), "a second job each")
            return count

        count = self.assert_constant_queries(measure, (5, 50))
        _logger.info("Resend: %s queries for 10 and for 100", count)
