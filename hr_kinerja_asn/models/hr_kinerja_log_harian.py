"""Quick daily progress log: what the pegawai did today on which RHK.

Lines are light to write every day; opening a period's realisasi gathers them
into the realisation text of each RHK, which the pegawai then edits.
"""

from odoo import fields, models


class HrKinerjaLogHarian(models.Model):
    _name = "hr.kinerja.log.harian"
    _inherit = ["hr.kinerja.skp.line.mixin", "hr.kinerja.ikut.revisi"]
    _description = "Daily Progress Log"
    _kinerja_skp_parent = "rhk_id"
    _order = "tanggal desc, id desc"

    def _kinerja_guard(self, skps):
        """Written on the current set SKP by its pegawai."""
        skps._check_pelaksanaan_open()

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
