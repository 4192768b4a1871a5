"""The attendance source of the tunjangan kinerja / TPP's disiplin part.

The core prices occurrences by the agency's scheme (minute bands TL1-TL4 / PSW1-PSW4,
the absent-day cut, the base the cuts apply to); it asks this addon only for the
facts. Each call computes the month again from the real ``hr.attendance`` records (a
scan corrected after the first computation counts), stores it as
``hr.kinerja.kehadiran`` for the employee and the HR office to check, and returns its
occurrences: minutes are raw, never banded or priced here.
"""

from odoo import api, models


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
