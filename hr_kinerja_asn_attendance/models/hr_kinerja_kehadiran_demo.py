"""Demo only: one January of attendance for the demo agency (``demo/``): the month
whose evaluations are final in the core demo, so the tunjangan and the payslips of
the demo agency are computed from it.

Called from the demo data, never by the product. It mirrors the worked example of the
allowance: Eko (prakom muda) is twice late by 1-30 minutes, once by 61-90 minutes and
absent one working day without leave; a few colleagues are late or leave early once.
"""

from datetime import date, datetime, time, timedelta

from pytz import timezone, utc

from odoo import api, fields, models

JAKARTA = timezone("Asia/Jakarta")


class HrKinerjaKehadiran(models.Model):
    _inherit = "hr.kinerja.kehadiran"

    @api.model
    def _kinerja_demo_januari(self, employee_ids, eko_id, holiday_name):
        """January of this year: public holiday on New Year's Day (or the first weekday
        after it), scans from 07:1x to 16:xx, the exceptions above; then computed."""
        year = fields.Date.context_today(self).year
        employees = self.env["hr.employee"].browse(employee_ids)
        libur = date(year, 1, 1)
        while libur.weekday() >= 5:
            libur += timedelta(days=1)

        def utc_naive(day, hour, minute):
            local = JAKARTA.localize(datetime.combine(day, time(hour, minute)))
            return local.astimezone(utc).replace(tzinfo=None)

        self.env["resource.calendar.leaves"].create(
            {
                "name": holiday_name,
                "company_id": employees[:1].company_id.id,
                "date_from": utc_naive(libur, 0, 0),
                "date_to": utc_naive(libur, 23, 59),
                "time_type": "leave",
            }
        )
        days = [
            date(year, 1, 1) + timedelta(days=offset)
            for offset in range(31)
            if (date(year, 1, 1) + timedelta(days=offset)).weekday() < 5
            and date(year, 1, 1) + timedelta(days=offset) != libur
        ]
        today = fields.Date.context_today(self)
        # (employee index or Eko, working day index) -> (arrival, departure)
        exceptions = {
            (eko_id, 2): ((7, 42), (16, 5)),  # 12 minutes late: TL1
            (eko_id, 5): ((7, 55), (16, 3)),  # 25 minutes late: TL1
            (eko_id, 8): ((8, 45), (16, 10)),  # 75 minutes late: TL3
            (eko_id, 11): None,  # absent without leave
        }
        others = employees.filtered(lambda e: e.id != eko_id)
        for index, employee in enumerate(others):
            if index % 3 == 0:
                exceptions[(employee.id, 3 + index % 7)] = ((7, 38 + index), (16, 2))
            if index % 5 == 1:
                exceptions[(employee.id, 6 + index % 5)] = ((7, 25), (15, 20))
        vals_list = []
        for employee in employees:
            for number, day in enumerate(days):
                if day >= today:
                    break
                scans = exceptions.get(
                    (employee.id, number),
                    ((7, 15 + (employee.id + number) % 14), (16, (employee.id * number) % 20)),
                )
                if scans is None:
                    continue
                (in_h, in_m), (out_h, out_m) = scans
                vals_list.append(
                    {
                        "employee_id": employee.id,
                        "check_in": utc_naive(day, in_h, in_m),
                        "check_out": utc_naive(day, out_h, out_m),
                    }
                )
        self.env["hr.attendance"].create(vals_list)
        self._kinerja_hitung(employees, date(year, 1, 1))
