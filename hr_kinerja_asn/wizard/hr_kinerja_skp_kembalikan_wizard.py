"""Return one or several submitted SKPs to their pegawai, with one written reason."""

from odoo import api, fields, models


class HrKinerjaSkpKembalikanWizard(models.TransientModel):
    _name = "hr.kinerja.skp.kembalikan.wizard"
    _description = "Return SKP"

    skp_ids = fields.Many2many("hr.kinerja.skp", string="SKP", required=True)
    alasan = fields.Text(string="Reason", required=True)

    @api.model
    def default_get(self, fields_list):
        res = super().default_get(fields_list)
        if self.env.context.get("active_model") == "hr.kinerja.skp":
            res["skp_ids"] = [fields.Command.set(self.env.context.get("active_ids", []))]
        return res

    def action_confirm(self):
        self.ensure_one()
        self.skp_ids.action_kembalikan(alasan=self.alasan)
        return {"type": "ir.actions.act_window_close"}
