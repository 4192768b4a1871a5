"""The company setting of :mod:`.res_company`, in the payroll settings page."""

from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    kinerja_tpp_belum_dikunci = fields.Selection(
        related="company_id.kinerja_tpp_belum_dikunci", readonly=False
    )
