"""The PPK's note and signal on one RHK or one BerAKHLAK value of an evaluation.

Notes and signals only (spec decision 10): the overall ratings are always
entered by the PPK, never derived from these lines.
"""

from odoo import fields, models

from .hr_kinerja_predikat import RATING


class HrKinerjaEvaluasiCatatan(models.Model):
    _name = "hr.kinerja.evaluasi.catatan"
    _description = "Evaluation Note"
    _order = "evaluasi_id, sequence, id"

    evaluasi_id = fields.Many2one(
        "hr.kinerja.evaluasi", required=True, index=True, ondelete="cascade"
    )
    company_id = fields.Many2one(related="evaluasi_id.company_id", store=True, index=True)
    sequence = fields.Integer(default=10)
    rhk_id = fields.Many2one("hr.kinerja.rhk", string="RHK", ondelete="set null")
    perilaku_id = fields.Many2one("hr.kinerja.perilaku", string="Core Value", ondelete="set null")
    sinyal = fields.Selection(RATING, string="Signal")
    catatan = fields.Text(string="Note")

    def write(self, vals):
        self.evaluasi_id._check_can_write({"catatan_ids": True})
        return super().write(vals)
