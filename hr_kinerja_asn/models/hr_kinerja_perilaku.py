"""Expected work behaviour on an SKP: one line per BerAKHLAK value.

The seven lines are created with every SKP. Only the PPK (or the HR office)
writes the leader's special expectation (ekspektasi khusus pimpinan), while the
SKP is a draft or submitted.
"""

from odoo import api, fields, models
from odoo.exceptions import UserError


class HrKinerjaPerilaku(models.Model):
    _name = "hr.kinerja.perilaku"
    _description = "Expected Work Behaviour"
    # by the parent's id, not its order (no join through SKP, year and employee)
    _order = "skp_id.id, sequence, id"

    skp_id = fields.Many2one(
        "hr.kinerja.skp", string="SKP", required=True, index=True, ondelete="cascade"
    )
    company_id = fields.Many2one(related="skp_id.company_id", store=True, index=True)
    core_value_id = fields.Many2one(
        "hr.kinerja.core.value",
        required=True,
        ondelete="restrict",
    )
    sequence = fields.Integer(related="core_value_id.sequence", store=True)
    panduan_perilaku_1 = fields.Text(related="core_value_id.panduan_perilaku_1")
    panduan_perilaku_2 = fields.Text(related="core_value_id.panduan_perilaku_2")
    panduan_perilaku_3 = fields.Text(related="core_value_id.panduan_perilaku_3")
    ekspektasi_khusus = fields.Text(string="Leader's Special Expectation")

    _sql_constraints = [
        (
            "skp_value_uniq",
            "unique (skp_id, core_value_id)",
            "Each core value appears once on an SKP.",
        ),
    ]

    def write(self, vals):
        if not self.env.su:
            if set(vals) - {"ekspektasi_khusus"}:
                raise UserError(self.env._("The core values of an SKP are fixed."))
            self._check_can_set_ekspektasi()
        return super().write(vals)

    @api.model_create_multi
    def create(self, vals_list):
        """The seven lines come with the SKP (and its revisions), never one by one."""
        if not self.env.su:
            raise UserError(self.env._("The core values of an SKP are fixed."))
        return super().create(vals_list)

    def unlink(self):
        if not self.env.su:
            raise UserError(self.env._("The seven core values of an SKP cannot be removed."))
        return super().unlink()

    def _check_can_set_ekspektasi(self):
        for line in self:
            skp = line.skp_id
            if skp.state not in ("draft", "diajukan"):
                raise UserError(
                    self.env._(
                        "%(skp)s is set: its expectations change through a revision.",
                        skp=skp.display_name,
                    )
                )
            ppks = skp.pejabat_penilai_id | skp.employee_id.sudo().pejabat_penilai_id
            if not any(self.env.user._kinerja_sebagai_ppk(ppk) for ppk in ppks):
                raise UserError(
                    self.env._(
                        "Only the appraiser of %(employee)s writes the leader's special "
                        "expectations.",
                        employee=skp.employee_id.name,
                    )
                )
