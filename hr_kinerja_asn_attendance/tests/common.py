"""The test agency of the core (``KinerjaCase``) on the working hours of an
Indonesian government office, and helpers to scan in and out in Jakarta time.

March 2026: Sunday the 1st, 22 weekdays (2-6, 9-13, 16-20, 23-27, 30-31).
"""

from datetime import date, datetime, time, timedelta

from pytz import timezone, utc

from odoo import Command

from odoo.addons.hr_kinerja_asn.tests.common import KinerjaCase

JAKARTA = timezone("Asia/Jakarta")
MARET = date(2026, 3, 1)
HARI_KERJA_MARET = [
    MARET + timedelta(days=n) for n in range(31) if (MARET + timedelta(days=n)).weekday() < 5
]


def utc_naive(day, hour, minute, second=0):
    """A Jakarta wall-clock moment as Odoo stores it (naive UTC)."""
    moment = JAKARTA.localize(datetime.combine(day, time(hour, minute, second)))
    return moment.astimezone(utc).replace(tzinfo=None)


class KehadiranCase(KinerjaCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Kehadiran = cls.env["hr.kinerja.kehadiran"]
        cls.calendar = cls.make_calendar(
            "Jam Kerja Uji",
            [(day, 7.5, 12.0) for day in range(5)] + [(day, 12.5, 16.0) for day in range(5)],
        )
        employees = (
            cls.kadis | cls.kabid | cls.ketua_tim | cls.staf | cls.kasi | cls.operator
        ) | cls.employee_admin
        employees.write({"resource_calendar_id": cls.calendar.id, "tz": "Asia/Jakarta"})

    @classmethod
    def make_calendar(cls, name, lines, **vals):
        """A schedule of ``lines`` [(weekday, hour_from, hour_to)] in Jakarta time."""
        return cls.env["resource.calendar"].create(
            {
                "name": name,
                "company_id": cls.company.id,
                "tz": "Asia/Jakarta",
                "attendance_ids": [Command.clear()]
                + [
                    Command.create(
                        {
                            "name": f"{name} {day}",
                            "dayofweek": str(day),
                            "hour_from": hour_from,
                            "hour_to": hour_to,
                        }
                    )
                    for day, hour_from, hour_to in lines
                ],
                **vals,
            }
        )

    @classmethod
    def scan(cls, employee, day, masuk, pulang, day_out=None, **vals):
        """One attendance: ``masuk``/``pulang`` are (hour, minute[, second]) in Jakarta
        time on ``day`` (``day_out`` for the check-out when it is another date);
        ``pulang`` None leaves it open."""
        values = {"employee_id": employee.id, "check_in": utc_naive(day, *masuk), **vals}
        if pulang:
            values["check_out"] = utc_naive(day_out or day, *pulang)
        return cls.env["hr.attendance"].create(values)

    @classmethod
    def hadir_tepat(cls, employee, skip=(), days=None):
        """On time (07:25-16:05) every working day of March but ``skip``."""
        return cls.env["hr.attendance"].create(
            [
                {
                    "employee_id": employee.id,
                    "check_in": utc_naive(day, 7, 25),
                    "check_out": utc_naive(day, 16, 5),
                }
                for day in (days or HARI_KERJA_MARET)
                if day not in skip
            ]
        )

    @classmethod
    def libur(cls, name, company, day):
        """A public holiday of ``company``: a calendar leave without resource, whose
        company is the current one when it is stored (as in the holidays menu)."""
        leave = (
            cls.env["resource.calendar.leaves"]
            .with_company(company)
            .create(
                {
                    "name": name,
                    "date_from": utc_naive(day, 0, 0),
                    "date_to": utc_naive(day, 23, 59),
                }
            )
        )
        leave.flush_recordset()
        assert leave.company_id == company
        return leave

    def hitung(self, employees, month=MARET):
        return self.Kehadiran._kinerja_hitung(employees, month)

    def baris(self, kehadiran, jenis=None, tanggal=None):
        return kehadiran.baris_ids.filtered(
            lambda line: (
                (jenis is None or line.jenis == jenis)
                and (tanggal is None or line.tanggal == tanggal)
            )
        )
