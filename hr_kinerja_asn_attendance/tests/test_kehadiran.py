"""The month's facts from real attendances: public holidays, validated leave,
technical attendances, flexible and night schedules, minutes, no double counting."""

from datetime import date, timedelta

from odoo.exceptions import UserError

from .common import HARI_KERJA_MARET, MARET, KehadiranCase, utc_naive

SELASA = date(2026, 3, 3)
RABU = date(2026, 3, 4)
KAMIS = date(2026, 3, 5)


class TestKehadiran(KehadiranCase):
    def test_all_present_on_time(self):
        self.hadir_tepat(self.staf)
        rec = self.hitung(self.staf)
        self.assertRecordValues(
            rec,
            [
                {
                    "employee_id": self.staf.id,
                    "date_start": MARET,
                    "date_end": date(2026, 3, 31),
                    "hari_kerja": 22,
                    "hari_hadir": 22,
                    "hari_tanpa_keterangan": 0,
                    "jumlah_terlambat": 0,
                    "jumlah_pulang_cepat": 0,
                    "calendar_id": self.calendar.id,
                }
            ],
        )
        self.assertFalse(rec.baris_ids)
        self.assertEqual(rec._kinerja_kejadian()[self.staf.id]["kejadian"], [])

    def test_public_holiday_is_not_an_absent_day(self):
        self.libur("Hari Raya Nyepi", self.company, SELASA)
        self.libur("Hari jadi Kota Lain", self.company_b, RABU)  # excuses nobody here
        self.hadir_tepat(self.staf, skip=(SELASA, RABU))
        rec = self.hitung(self.staf)
        self.assertRecordValues(
            rec, [{"hari_kerja": 21, "hari_libur": 1, "hari_hadir": 20, "hari_tanpa_keterangan": 1}]
        )
        self.assertEqual(self.baris(rec, "libur").mapped("tanggal"), [SELASA])
        self.assertEqual(self.baris(rec, "libur").keterangan, "Hari Raya Nyepi")
        self.assertEqual(self.baris(rec, "tanpa_keterangan").mapped("tanggal"), [RABU])

    def test_validated_leave_is_not_an_absent_day(self):
        """hr_holidays writes a validated leave as calendar leave of the resource."""
        self.env["resource.calendar.leaves"].create(
            {
                "name": "Cuti tahunan",
                "resource_id": self.staf.resource_id.id,
                "calendar_id": self.calendar.id,
                "date_from": utc_naive(RABU, 0, 0),
                "date_to": utc_naive(KAMIS, 23, 59),
            }
        )
        self.hadir_tepat(self.staf, skip=(RABU, KAMIS))
        rec = self.hitung(self.staf)
        self.assertRecordValues(
            rec, [{"hari_kerja": 20, "hari_cuti": 2, "hari_hadir": 20, "hari_tanpa_keterangan": 0}]
        )
        self.assertEqual(self.baris(rec, "cuti").mapped("tanggal"), [RABU, KAMIS])
        # another employee's leave excuses nobody else
        self.hadir_tepat(self.kasi, skip=(RABU,))
        self.assertEqual(self.hitung(self.kasi).hari_tanpa_keterangan, 1)

    def test_half_day_leave_moves_the_expected_start(self):
        """Leave in the morning: the day is measured from 12:30, not 07:30."""
        self.env["resource.calendar.leaves"].create(
            {
                "name": "Izin pagi",
                "resource_id": self.staf.resource_id.id,
                "date_from": utc_naive(RABU, 7, 30),
                "date_to": utc_naive(RABU, 12, 30),
            }
        )
        self.hadir_tepat(self.staf, skip=(RABU, KAMIS))
        self.scan(self.staf, RABU, (12, 25), (16, 5))
        self.scan(self.staf, KAMIS, (12, 25), (16, 5))  # no leave: 295 minutes late
        rec = self.hitung(self.staf)
        self.assertEqual(rec.hari_kerja, 22)
        self.assertEqual(self.baris(rec, "terlambat").mapped("tanggal"), [KAMIS])
        self.assertEqual(self.baris(rec, "terlambat").menit, 295)
        self.assertEqual(self.baris(rec, tanggal=KAMIS).jadwal, "07:30 - 12:00, 12:30 - 16:00")

    def test_technical_attendance_is_ignored(self):
        """Odoo's own absence records (overtime on absence days) are not scans."""
        self.hadir_tepat(self.staf, skip=(RABU,))
        self.scan(
            self.staf,
            RABU,
            (7, 30),
            (7, 30),
            in_mode="technical",
            out_mode="technical",
        )
        rec = self.hitung(self.staf)
        self.assertRecordValues(rec, [{"hari_hadir": 21, "hari_tanpa_keterangan": 1}])
        self.assertEqual(self.baris(rec, "tanpa_keterangan").mapped("tanggal"), [RABU])

    def test_band_boundaries_are_raw_minutes(self):
        """29, 30 and 31 minutes late stay raw minutes: the core bands them."""
        days = HARI_KERJA_MARET[:4]
        self.hadir_tepat(self.staf, skip=days)
        for day, masuk in zip(days, [(7, 59), (8, 0), (8, 1), (7, 30, 59)], strict=True):
            self.scan(self.staf, day, masuk, (16, 5))
        rec = self.hitung(self.staf)
        self.assertEqual(self.baris(rec, "terlambat").mapped("menit"), [29, 30, 31])
        self.assertRecordValues(rec, [{"jumlah_terlambat": 3, "menit_terlambat": 90}])
        kejadian = rec._kinerja_kejadian()[self.staf.id]
        self.assertEqual(
            kejadian["kejadian"],
            [
                {"jenis": "terlambat", "tanggal": days[0], "menit": 29},
                {"jenis": "terlambat", "tanggal": days[1], "menit": 30},
                {"jenis": "terlambat", "tanggal": days[2], "menit": 31},
            ],
        )
        self.assertEqual(kejadian["kehadiran_id"], rec.id)
        self.assertIn(self.staf.name, kejadian["sumber"])

    def test_no_double_counting(self):
        """An absent day is one occurrence; a late arrival is not also an early leave
        or missing hours; a missing check-out is one unmeasurable early leave."""
        self.hadir_tepat(self.staf, skip=(SELASA, RABU, KAMIS))
        self.scan(self.staf, RABU, (9, 0), (16, 0))  # 90 minutes late, left on time
        self.scan(self.staf, KAMIS, (7, 20), None)  # no check-out
        rec = self.hitung(self.staf)
        self.assertEqual(self.baris(rec, tanggal=SELASA).mapped("jenis"), ["tanpa_keterangan"])
        self.assertEqual(self.baris(rec, tanggal=RABU).mapped("jenis"), ["terlambat"])
        self.assertEqual(self.baris(rec, tanggal=KAMIS).mapped("jenis"), ["pulang_cepat"])
        self.assertTrue(self.baris(rec, tanggal=KAMIS).tanpa_scan)
        self.assertRecordValues(
            rec,
            [
                {
                    "hari_hadir": 21,
                    "hari_tanpa_keterangan": 1,
                    "jumlah_terlambat": 1,
                    "jumlah_pulang_cepat": 1,
                }
            ],
        )
        kejadian = rec._kinerja_kejadian()[self.staf.id]["kejadian"]
        self.assertEqual(
            kejadian,
            [
                {"jenis": "tanpa_keterangan", "tanggal": SELASA, "menit": None},
                {"jenis": "terlambat", "tanggal": RABU, "menit": 90},
                {"jenis": "pulang_cepat", "tanggal": KAMIS, "menit": None},
            ],
        )

    def test_several_scans_a_day_first_in_last_out(self):
        self.hadir_tepat(self.staf, skip=(RABU,))
        self.scan(self.staf, RABU, (7, 29), (12, 0))
        self.scan(self.staf, RABU, (12, 40), (15, 50))
        rec = self.hitung(self.staf)
        line = self.baris(rec, tanggal=RABU)
        self.assertEqual((line.jenis, line.menit), ("pulang_cepat", 10))
        self.assertEqual(line.absen, "07:29 - 15:50")

    def test_flexible_schedule_compares_worked_hours(self):
        """No clock to be late against: the day's shortfall against the hours per day
        is the early leave; coming at 10:00 and working 8 hours is fine."""
        flexible = self.make_calendar(
            "Fleksibel", [], flexible_hours=True, hours_per_day=8.0, full_time_required_hours=40
        )
        self.staf.resource_calendar_id = flexible
        days = HARI_KERJA_MARET
        self.hadir_tepat(self.staf, days=days[3:])  # 8h40 a day
        self.scan(self.staf, days[0], (10, 0), (18, 0))  # 8 hours, late by the clock
        self.scan(self.staf, days[1], (10, 0), (17, 0))  # 7 hours
        rec = self.hitung(self.staf)
        self.assertRecordValues(
            rec,
            [
                {
                    "fleksibel": True,
                    "hari_kerja": 22,
                    "hari_hadir": 21,
                    "hari_tanpa_keterangan": 1,
                    "jumlah_terlambat": 0,
                    "jumlah_pulang_cepat": 1,
                    "menit_pulang_cepat": 60,
                }
            ],
        )
        self.assertEqual(self.baris(rec, "pulang_cepat").tanggal, days[1])
        self.assertEqual(self.baris(rec, "tanpa_keterangan").tanggal, days[2])

    def test_night_shift_across_midnight(self):
        """22:00-06:00 from Monday to Friday night: a scan belongs to the shift it
        overlaps, so arriving at 00:40 is 160 minutes late for the previous date."""
        night = self.make_calendar(
            "Malam",
            [(day, 22.0, 24.0) for day in range(5)] + [(day, 0.0, 6.0) for day in range(1, 6)],
        )
        self.staf.resource_calendar_id = night
        self.env["hr.attendance"].create(
            [
                {
                    "employee_id": self.staf.id,
                    "check_in": utc_naive(day, 21, 55),
                    "check_out": utc_naive(day + timedelta(days=1), 6, 5),
                }
                for day in HARI_KERJA_MARET[2:]
            ]
        )
        senin, selasa = HARI_KERJA_MARET[0], HARI_KERJA_MARET[1]
        self.scan(self.staf, selasa, (0, 40), (6, 0))  # Monday's shift, after midnight
        self.scan(self.staf, selasa, (21, 50), (5, 30), day_out=RABU)  # Tuesday's
        rec = self.hitung(self.staf)
        self.assertRecordValues(
            rec, [{"hari_kerja": 22, "hari_hadir": 22, "hari_tanpa_keterangan": 0}]
        )
        late = self.baris(rec, "terlambat")
        self.assertEqual((late.tanggal, late.menit), (senin, 160))
        self.assertEqual(late.jadwal, "22:00 - 06:00 (+1)")
        self.assertEqual(late.absen, "00:40 (+1) - 06:00 (+1)")
        early = self.baris(rec, "pulang_cepat")
        self.assertEqual((early.tanggal, early.menit), (selasa, 30))
        # the last night of March ends on 1 April and still belongs to March
        self.assertNotIn(date(2026, 4, 1), rec.baris_ids.mapped("tanggal"))

    def test_no_schedule_expects_nothing(self):
        self.staf.resource_calendar_id = False
        rec = self.hitung(self.staf)
        self.assertRecordValues(rec, [{"hari_kerja": 0, "calendar_id": False}])
        self.assertTrue(rec.keterangan)

    def test_recompute_updates_the_same_record(self):
        self.hadir_tepat(self.staf, skip=(RABU,))
        rec = self.hitung(self.staf)
        self.assertEqual(rec.hari_tanpa_keterangan, 1)
        self.scan(self.staf, RABU, (7, 45), (16, 1))
        again = self.hitung(self.staf)
        self.assertEqual(again, rec)
        self.assertRecordValues(rec, [{"hari_tanpa_keterangan": 0, "jumlah_terlambat": 1}])
        self.assertEqual(self.baris(rec).mapped("jenis"), ["terlambat"])
        self.assertEqual(self.Kehadiran.search_count([("employee_id", "=", self.staf.id)]), 1)

    def test_figures_are_never_written_by_hand(self):
        """Nobody has the right to write (read-only access); even if an agency granted
        it, outside the computation (no sentinel, no superuser) the ORM refuses."""
        rec = self.hitung(self.staf)
        for model in ("hr.kinerja.kehadiran", "hr.kinerja.kehadiran.baris"):
            self.env["ir.model.access"].create(
                {
                    "name": "granted by mistake",
                    "model_id": self.env["ir.model"]._get_id(model),
                    "group_id": self.env.ref("hr_kinerja_asn.group_kinerja_admin").id,
                    "perm_read": True,
                    "perm_write": True,
                    "perm_create": True,
                }
            )
        as_hr = rec.with_user(self.user_admin)
        with self.assertRaises(UserError):
            as_hr.write({"hari_tanpa_keterangan": 0})
        with self.assertRaises(UserError):
            as_hr.create(
                {
                    "employee_id": self.kasi.id,
                    "company_id": self.company.id,
                    "date_start": MARET,
                    "date_end": MARET,
                }
            )
        with self.assertRaises(UserError):
            as_hr.baris_ids.create(
                {"kehadiran_id": rec.id, "tanggal": MARET, "jenis": "terlambat", "menit": 1}
            )
        with self.assertRaises(UserError):
            self.baris(as_hr).write({"menit": 0}) if as_hr.baris_ids else as_hr.write({})
