"""Quick daily progress log: what the pegawai did today on which RHK.

Lines are light to write every day; opening a period's realisasi gathers them
into the realisation text of each RHK, which the pegawai then edits.
"""

from odoo import api, fields, models


class HrKinerjaLogHarian(models.Model):
    _name = "hr.kinerja.log.harian"
    _description = "Daily Progress Log"
    _order = "tanggal desc, id desc"

    tanggal = fields.Date(
        string="Date", required=True, default=fields.Date.context_today, index=True
    )
    rhk_id = fields.Many2one(
        "hr.kinerja.rhk", string="RHK", required=True, index=True, ondelete="cascade"
    )
    skp_id = fields.Many2one(related="rhk_id.skp_id", store=True, index=True)
    employee_id = fields.Many2one(related="rhk_id.employee_id", store=True, index=True)
    company_id = fields.Many2one(related="rhk_id.company_id", store=True, index=True)
    name = fields.Text(string="What Was Done", required=True)
    bukti_ids = fields.Many2many(
        "ir.attachment",
        "hr_kinerja_log_harian_bukti_rel",
        "log_id",
        "attachment_id",
        string="Evidence Files",
    )

    @api.model_create_multi
    def create(self, vals_list):
        rhks = self.env["hr.kinerja.rhk"].browse({v.get("rhk_id") for v in vals_list})
        rhks.skp_id._check_pelaksanaan_open()
        return super().create(vals_list)

    def write(self, vals):
        self.skp_id._check_pelaksanaan_open()
        return super().write(vals)

    def unlink(self):
        self.skp_id._check_pelaksanaan_open()
        return super().unlink()
