"""The pure attendance rules, read against the regulation without a database."""

from datetime import datetime, timedelta

from pytz import timezone

from odoo.tests import BaseCase

from ..models import kehadiran_rules as aturan

WIB = timezone("Asia/Jakarta")


def wib(day, hour, minute=0, second=0):
    return WIB.localize(datetime(2026, 3, day, hour, minute, second))


class TestAturanKehadiran(BaseCase):
    def test_whole_minutes_seconds_dropped(self):
        start = wib(2, 7, 30)
        self.assertEqual(aturan.terlambat(start, wib(2, 7, 30, 59)), 0)
        self.assertEqual(aturan.terlambat(start, wib(2, 7, 31)), 1)
        self.assertEqual(aturan.terlambat(start, wib(2, 7, 59, 59)), 29)
        self.assertEqual(aturan.terlambat(start, wib(2, 8, 0)), 30)
        self.assertEqual(aturan.terlambat(start, wib(2, 8, 1)), 31)
        self.assertEqual(aturan.terlambat(start, wib(2, 7, 0)), 0, "early is not negative")

    def test_early_leave_without_check_out_not_measurable(self):
        self.assertIsNone(aturan.pulang_cepat(wib(2, 16), None))
        self.assertEqual(aturan.pulang_cepat(wib(2, 16), wib(2, 15, 20)), 40)
        self.assertEqual(aturan.pulang_cepat(wib(2, 16), wib(2, 17)), 0)

    def test_night_shift_is_one_shift_of_its_start_date(self):
        shifts = aturan.kelompokkan_shift(
            [(wib(2, 22), wib(3, 0)), (wib(3, 0), wib(3, 6)), (wib(3, 22), wib(4, 0))]
        )
        self.assertEqual(sorted(shifts), [wib(2, 0).date(), wib(3, 0).date()])
        self.assertEqual(shifts[wib(2, 0).date()], [(wib(2, 22), wib(3, 6))])

    def test_day_shift_with_break_is_one_shift(self):
        shifts = aturan.kelompokkan_shift(
            [(wib(2, 12, 30), wib(2, 16)), (wib(2, 7, 30), wib(2, 12))]
        )
        self.assertEqual(list(shifts), [wib(2, 0).date()])
        self.assertEqual(len(shifts[wib(2, 0).date()]), 2)

    def test_scan_belongs_to_the_shift_it_overlaps_most(self):
        spans = [(wib(2, 22), wib(3, 6)), (wib(3, 22), wib(4, 6))]
        self.assertEqual(aturan.pilih_shift(wib(3, 0, 40), wib(3, 6), spans), 0)
        self.assertEqual(aturan.pilih_shift(wib(3, 21, 50), wib(4, 5, 30), spans), 1)
        self.assertEqual(aturan.pilih_shift(wib(3, 21, 50), None, spans), 1)
        self.assertIsNone(aturan.pilih_shift(wib(3, 12), wib(3, 14), spans), "far from both")

    def test_flexible_shortfall(self):
        self.assertEqual(aturan.kekurangan_fleksibel(timedelta(hours=7).total_seconds(), 8), 60)
        self.assertEqual(aturan.kekurangan_fleksibel(timedelta(hours=9).total_seconds(), 8), 0)
