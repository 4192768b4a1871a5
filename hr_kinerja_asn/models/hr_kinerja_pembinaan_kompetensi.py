"""One line of format B.1.9: a competency of the pegawai rated 1-5 with the reason."""

from odoo import api, fields, models
from odoo.exceptions import ValidationError


class HrKinerjaPembinaanKompetensi(models.Model):
    _name = "hr.kinerja.pembinaan.kompetensi"
    _description = "Competency Evaluation Line"
    _order = "pembinaan_id, sequence, id"

    pembinaan_id = fields.Many2one(
        "hr.kinerja.pembinaan", required=True, index=True, ondelete="cascade"
    )
    company_id = fields.Many2one(related="pembinaan_id.company_id", store=True, index=True)
    sequence = fields.Integer(default=10)
    name = fields.Char(string="Competency", required=True)
    nilai = fields.Integer(string="Score (1-5)", required=True, default=3)
    alasan = fields.Text(string="Reason")

    @api.constrains("nilai")
    def _check_nilai(self):
        for line in self:
            if not 1 <= line.nilai <= 5:
                raise ValidationError(
                    self.env._('Competency "%(name)s": the score is from 1 to 5.', name=line.name)
                )

    @api.model_create_multi
    def create(self, vals_list):
        if not self.env.su:
            self.env["hr.kinerja.pembinaan"].browse(
                {v.get("pembinaan_id") for v in vals_list} - {None}
            )._check_can_evaluate()
        return super().create(vals_list)

    def write(self, vals):
        if not self.env.su:
            self.pembinaan_id._check_can_evaluate()
            if vals.get("pembinaan_id"):
                self.pembinaan_id.browse(vals["pembinaan_id"])._check_can_evaluate()
        return super().write(vals)

    def unlink(self):
        if not self.env.su:
            self.pembinaan_id._check_can_evaluate()
        return super().unlink()
