"""The HR office computes a month's allowances for an agency (issue 13)."""

from odoo import models


class HrKinerjaTunjanganHitungWizard(models.TransientModel):
    _name = "hr.kinerja.tunjangan.hitung.wizard"
    _inherit = ["hr.kinerja.bulan.mixin"]
    _description = "Compute Monthly Allowances"

    def action_confirm(self):
        self.ensure_one()
        records = self.env["hr.kinerja.tunjangan"]._kinerja_hitung(
            self.company_id, self._kinerja_awal_bulan()
        )
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "hr_kinerja_asn.hr_kinerja_tunjangan_action"
        )
        action["domain"] = [("id", "in", records.ids)]
        action["context"] = {}
        return action
