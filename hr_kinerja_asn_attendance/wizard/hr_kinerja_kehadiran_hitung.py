"""Hitung kehadiran: the HR office computes one month of its agency's attendance."""

from datetime import date

from dateutil.relativedelta import relativedelta

from odoo import api, fields, models

BULAN = [
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
]


class HrKinerjaKehadiranHitung(models.TransientModel):
    _name = "hr.kinerja.kehadiran.hitung"
    _description = "Compute Monthly Attendance"

    company_id = fields.Many2one(
        "res.company",
        string="Agency",
        required=True,
        default=lambda self: self.env.company,
        domain=lambda self: [("id", "in", self.env.user.company_ids.ids)],
    )
    bulan = fields.Selection(
        BULAN, string="Month", required=True, default=lambda self: self._default_bulan()
    )
    tahun = fields.Integer(
        string="Year", required=True, default=lambda self: self._default_bulan_lalu().year
    )

    @api.model
    def _default_bulan_lalu(self):
        return fields.Date.context_today(self) - relativedelta(months=1)

    @api.model
    def _default_bulan(self):
        return str(self._default_bulan_lalu().month)

    def action_hitung(self):
        self.ensure_one()
        month = date(self.tahun, int(self.bulan), 1)
        records = self.env["hr.kinerja.kehadiran"]._kinerja_hitung_instansi(self.company_id, month)
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "hr_kinerja_asn_attendance.hr_kinerja_kehadiran_action"
        )
        action["domain"] = [("id", "in", records.ids)]
        return action
