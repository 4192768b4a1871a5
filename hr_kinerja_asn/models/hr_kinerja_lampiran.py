"""Lampiran SKP: resources, accountability scheme and consequences (three lists).

Prefilled with sensible default lines when the SKP is created; the pegawai
edits them while the SKP is a draft (regulation-research 1.5).
"""

from odoo import fields, models

JENIS_LAMPIRAN = [
    ("sumber_daya", "Resource Support"),
    ("skema", "Accountability Scheme"),
    ("konsekuensi", "Consequences"),
]


class HrKinerjaLampiran(models.Model):
    _name = "hr.kinerja.lampiran"
    _inherit = ["hr.kinerja.skp.line.mixin"]
    _description = "SKP Attachment Line"
    _kinerja_skp_parent = "skp_id"
    # by the parent's id, not its order (no join through SKP, year and employee)
    _order = "skp_id.id, jenis, sequence, id"

    skp_id = fields.Many2one(
        "hr.kinerja.skp", string="SKP", required=True, index=True, ondelete="cascade"
    )
    company_id = fields.Many2one(related="skp_id.company_id", store=True, index=True)
    jenis = fields.Selection(JENIS_LAMPIRAN, string="List", required=True)
    sequence = fields.Integer(default=10)
    name = fields.Text(string="Description", required=True)
