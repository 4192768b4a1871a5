"""The HR office computes a month's allowances for an agency (issue 13)."""

from datetime import date

from odoo import api, fields, models


class HrKinerjaTunjanganHitungWizard(models.TransientModel):
    _name = "hr.kinerja.tunjangan.hitung.wizard"
    _description = "Compute Monthly Allowances"

    company_id = fields.Many2one(
        "res.company", string="Agency", required=True, default=lambda s: s.env.company
    )
    bulan = fields.Selection(
        [
            ("1", "January"),
            ("2", "February"),
            ("3", "March"),
            ("4", "April"),
            ("5", "May"),
            ("6", "June"),
            ("7", "July"),
            ("8", "August"),
            ("9", "September"),
            ("10", "October"),
            ("11", "November"),
            ("12", "December"),
        ],
        string="Month",
        required=True,
        default=lambda s: s._default_bulan()[1],
    )
    tahun = fields.Integer(string="Year", required=True, default=lambda s: s._default_bulan()[0])

    @api.model
    def _default_bulan(self):
        """The month before this one: the month whose evaluations were just released."""
        today = fields.Date.context_today(self)
        year, month = (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)
        return year, str(month)

    def action_confirm(self):
        self.ensure_one()
        records = self.env["hr.kinerja.tunjangan"]._kinerja_hitung(
            self.company_id, date(self.tahun, int(self.bulan), 1)
        )
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "hr_kinerja_asn.hr_kinerja_tunjangan_action"
        )
        action["domain"] = [("id", "in", records.ids)]
        action["context"] = {}
        return action
