"""A payslip batch for the whole agency in one click.

OCA's batch wizard asks for the employees one by one; an agency pays everyone with
a contract running in the period, so the button selects them and runs OCA's wizard
(``hr.payslip.employees``) as it is. The TPP part of computing the batch costs a
constant number of queries (``hr.payslip._kinerja_isi_tpp``).
"""

from odoo import models
from odoo.exceptions import UserError
from odoo.fields import Command


class HrPayslipRun(models.Model):
    _inherit = "hr.payslip.run"

    def action_kinerja_slip_instansi(self):
        """Payslips for every employee of the batch's agency whose contract runs in the
        period and who has none in this batch yet."""
        self.ensure_one()
        contracts = self.env["hr.contract"].search(
            [
                ("company_id", "=", self.company_id.id),
                ("state", "=", "open"),
                ("date_start", "<=", self.date_end),
                "|",
                ("date_end", "=", False),
                ("date_end", ">=", self.date_start),
            ]
        )
        employees = contracts.employee_id - self.slip_ids.employee_id
        if not employees:
            raise UserError(
                self.env._(
                    "Every employee of %(company)s with a running contract already has a "
                    "payslip in this batch.",
                    company=self.company_id.name,
                )
            )
        wizard = self.env["hr.payslip.employees"].create(
            {"employee_ids": [Command.set(employees.ids)]}
        )
        wizard.with_context(active_id=self.id).compute_sheet()
        return True
