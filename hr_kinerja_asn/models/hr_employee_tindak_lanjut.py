"""The employee's rewards and sanctions (``hr.kinerja.tindak.lanjut``): a smart button on
the HR form, counted as the reader may see them (docs/decisions.md "Penghargaan and
sanksi"). Kinerja data stays on its own model (engineering guide, Odoo 18 rule 7)."""

from odoo import fields, models

HR = "hr.group_hr_user"


# one concern per file (issue #10): the employee is extended here on purpose
class HrEmployee(models.Model):
    _inherit = "hr.employee"  # pylint: disable=consider-merging-classes-inherited

    kinerja_tindak_lanjut_count = fields.Integer(
        compute="_compute_kinerja_tindak_lanjut_count",
        string="Rewards and Sanctions",
        groups=HR,
    )

    def _compute_kinerja_tindak_lanjut_count(self):
        counts = dict(
            self.env["hr.kinerja.tindak.lanjut"]._read_group(
                [("employee_id", "in", self.ids)], ["employee_id"], ["__count"]
            )
        )
        for employee in self:
            employee.kinerja_tindak_lanjut_count = counts.get(employee, 0)

    def action_open_kinerja_tindak_lanjut(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "hr_kinerja_asn.hr_kinerja_tindak_lanjut_action"
        )
        action["domain"] = [("employee_id", "=", self.id)]
        action["context"] = {}
        return action
