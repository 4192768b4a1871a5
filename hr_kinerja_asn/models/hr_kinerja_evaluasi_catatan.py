"""The PPK's note and signal on one RHK or one BerAKHLAK value of an evaluation.

Notes and signals only (spec decision 10): the overall ratings are always
entered by the PPK, never derived from these lines.
"""

from odoo import api, fields, models

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

    @api.model_create_multi
    def create(self, vals_list):
        evaluations = self.env["hr.kinerja.evaluasi"].browse(
            {v.get("evaluasi_id") for v in vals_list} - {None}
        )
        if not self.env.su:
            evaluations._check_can_write({"catatan_ids": True})
        return super().create(vals_list)

    def write(self, vals):
        """The PPK's notes follow their evaluation: never on a final one, never moved to
        an evaluation the writer does not rate."""
        if self.env.su:
            return super().write(vals)
        self.evaluasi_id._check_can_write({"catatan_ids": True})
        if vals.get("evaluasi_id"):
            self.evaluasi_id.browse(vals["evaluasi_id"])._check_can_write({"catatan_ids": True})
        return super().write(vals)

    def unlink(self):
        if not self.env.su:
            self.evaluasi_id._check_can_write({"catatan_ids": True})
        return super().unlink()
