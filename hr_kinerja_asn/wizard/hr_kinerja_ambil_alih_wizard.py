"""The PPK takes over an RHK that still shows no progress, with the mandatory note."""

from odoo import fields, models


class HrKinerjaAmbilAlihWizard(models.TransientModel):
    _name = "hr.kinerja.ambil.alih.wizard"
    _description = "Take Over RHK"

    rhk_id = fields.Many2one("hr.kinerja.rhk", string="RHK", required=True)
    catatan = fields.Text(
        string="Note",
        required=True,
        help="Why the employee could not complete it; read in the evaluation.",
    )

    def action_confirm(self):
        self.ensure_one()
        self.rhk_id._ambil_alih(self.catatan)
        return {"type": "ir.actions.act_window_close"}
