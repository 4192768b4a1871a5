"""The month a batch of the HR office is about (allowances, attendance): an agency, a
month and a year, the previous month by default (the month whose evaluations and
attendance were just closed)."""

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


class HrKinerjaBulanMixin(models.AbstractModel):
    _name = "hr.kinerja.bulan.mixin"
    _description = "Month of an HR Office Batch"

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

    def _kinerja_awal_bulan(self):
        """The first day of the chosen month."""
        self.ensure_one()
        return date(self.tahun, int(self.bulan), 1)
