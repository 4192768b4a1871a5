"""The attendance source of the tunjangan kinerja / TPP's disiplin part.

The core prices occurrences by the agency's scheme (minute bands TL1-TL4 / PSW1-PSW4,
the absent-day cut, the base the cuts apply to); it asks this addon only for the
facts. Each call computes the month again from the real ``hr.attendance`` records (a
scan corrected after the first computation counts), stores it as
``hr.kinerja.kehadiran`` for the employee and the HR office to check, and returns its
occurrences: minutes are raw, never banded or priced here.
"""

from odoo import api, fields, models


class HrKinerjaTunjangan(models.Model):
    _inherit = "hr.kinerja.tunjangan"

    @api.model
    def _kinerja_kejadian_disiplin(self, employees, date_start, date_end):
        """{employee id: {"sumber", "kehadiran_id", "kejadian"}} for every employee
        given, in a constant number of queries (``_kinerja_hitung``)."""
        result = super()._kinerja_kejadian_disiplin(employees, date_start, date_end)
        records = (
            self.env["hr.kinerja.kehadiran"].sudo()._kinerja_hitung(employees, date_start, date_end)
        )
        result.update(records._kinerja_kejadian())
        return result

    kehadiran_id = fields.Many2one(
        "hr.kinerja.kehadiran",
        string="Monthly Attendance",
        compute="_compute_kehadiran_id",
        help="The month's attendance the discipline part was cut from.",
    )

    def _compute_kehadiran_id(self):
        """The employee's attendance record of the month (one search for the batch)."""
        found = (
            self.env["hr.kinerja.kehadiran"]
            .sudo()
            .search(
                [
                    ("employee_id", "in", self.employee_id.ids),
                    ("date_start", "in", list(set(self.mapped("date_start")))),
                ]
            )
        )
        by_key = {(k.employee_id.id, k.date_start): k.id for k in found}
        for rec in self:
            rec.kehadiran_id = by_key.get((rec.employee_id.id, rec.date_start), False)
