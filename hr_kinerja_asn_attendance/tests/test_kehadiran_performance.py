"""The month of an agency costs the same number of queries for 5 or 20 employees."""

import logging
import math

from .common import HARI_KERJA_MARET, KehadiranCase, utc_naive

_logger = logging.getLogger(__name__)


class TestKehadiranPerformance(KehadiranCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.many = cls.env["hr.employee"].create(
            [
                {
                    "name": f"Pegawai {n}",
                    "company_id": cls.company.id,
                    "resource_calendar_id": cls.calendar.id,
                    "tz": "Asia/Jakarta",
                }
                for n in range(25)
            ]
        )
        # a second schedule for a quarter of them: queries grow per schedule, not per head
        cls.other_calendar = cls.make_calendar(
            "Jam Kerja Uji 2", [(day, 8.0, 16.0) for day in range(5)]
        )
        cls.many[::4].write({"resource_calendar_id": cls.other_calendar.id})
        cls.env["hr.attendance"].create(
            [
                {
                    "employee_id": employee.id,
                    # one late arrival and one absent day on each side of the
                    # measurement: both sizes write day lines of the same shapes (the
                    # ORM inserts each set of columns in its own statement)
                    "check_in": utc_naive(day, 7, 40 if (index, n) in ((1, 3), (6, 3)) else 25),
                    "check_out": utc_naive(day, 16, 5),
                }
                for index, employee in enumerate(cls.many)
                for n, day in enumerate(HARI_KERJA_MARET)
                if (index, n) not in ((0, 2), (5, 4))
            ]
        )

    def measure(self, employees):
        """Queries to create the month, then the fewest of two recomputes: a registry
        cache another thread of the test server cleared in between (seen once in CI,
        2 queries) is not a cost that grows with the employees."""
        first = self.count_queries(lambda: self.hitung(employees))
        again = min(self.count_queries(lambda: self.hitung(employees)) for _ in range(2))
        return first, again

    def lines(self, employees):
        return len(self.Kehadiran.search([("employee_id", "in", employees.ids)]).baris_ids)

    def test_constant_queries(self):
        """Queries do not grow with the employees: only the ORM's batches of 100 day
        lines (one INSERT and one UPDATE of their stored related fields each) do."""
        small = self.many[:5]
        large = self.many[5:]
        self.assertEqual(len(large), 20)
        self.assertEqual(set(small.resource_calendar_id), set(large.resource_calendar_id))
        # warm the registry caches (rules, languages, xml ids) on both paths
        self.hitung(self.staf | self.kasi)
        self.hitung(self.staf | self.kasi)
        first_small, again_small = self.measure(small)
        first_large, again_large = self.measure(large)
        lines_small, lines_large = self.lines(small), self.lines(large)
        _logger.info(
            "monthly attendance queries: create %s/%s, recompute %s/%s (5/20 employees, "
            "%s/%s day lines)",
            first_small,
            first_large,
            again_small,
            again_large,
            lines_small,
            lines_large,
        )
        orm_batches = 2 * (math.ceil(lines_large / 100) - math.ceil(lines_small / 100))
        counts = (
            f"{first_small}/{first_large}, {again_small}/{again_large}, {lines_small}/{lines_large}"
        )
        # the ORM inserts each set of filled columns in its own statement: day lines of
        # one more shape (e.g. a scan-less early leave) cost one more INSERT, whatever N
        self.assertLessEqual(abs(first_large - first_small - orm_batches), 1, f"creating: {counts}")
        self.assertLessEqual(
            abs(again_large - again_small - orm_batches), 1, f"recomputing: {counts}"
        )
        self.assertLess(first_large, 25)
        records = self.Kehadiran.search([("employee_id", "in", self.many.ids)])
        self.assertEqual(len(records), 25)
        self.assertEqual(sum(records.mapped("hari_tanpa_keterangan")), 2)
        self.assertEqual(sum(records.mapped("jumlah_terlambat")), 2)
