"""A scheme's tables change only while no verified or locked month uses the scheme.

A verified or locked month was computed from the scheme's figures; editing them
afterwards would make the month's explanation and the correction after an
objection (computed from the same scheme) disagree with what was paid. A new rule
is a new scheme from a later date (``hr.kinerja.tunjangan.skema``).
"""

from odoo import api, fields, models


class HrKinerjaTunjanganSkemaBagian(models.AbstractModel):
    _name = "hr.kinerja.tunjangan.skema.bagian"
    _description = "Part of an Allowance Scheme"

    skema_id = fields.Many2one(
        "hr.kinerja.tunjangan.skema", string="Scheme", required=True, ondelete="cascade", index=True
    )
    company_id = fields.Many2one(related="skema_id.company_id", store=True)

    @api.model_create_multi
    def create(self, vals_list):
        records = super().create(vals_list)
        records.skema_id._kinerja_cek_terpakai()
        return records

    def write(self, vals):
        self.skema_id._kinerja_cek_terpakai()
        result = super().write(vals)
        self.skema_id._kinerja_cek_terpakai()
        return result

    @api.ondelete(at_uninstall=False)
    def _unlink_unused_only(self):
        self.skema_id._kinerja_cek_terpakai()
