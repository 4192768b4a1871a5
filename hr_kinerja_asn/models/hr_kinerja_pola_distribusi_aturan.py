"""One rule of a distribution pattern: a set of predikat counted together and a limit."""

from odoo import api, fields, models
from odoo.exceptions import ValidationError

JENIS_ATURAN = [
    ("min_persen", "At Least (%)"),
    ("max_persen", "At Most (%)"),
    ("min_orang", "At Least (people)"),
    ("terbanyak", "The Most"),
]


class HrKinerjaPolaDistribusiAturan(models.Model):
    _name = "hr.kinerja.pola.distribusi.aturan"
    _description = "Distribution Rule"
    _order = "pola_id, sequence, id"

    pola_id = fields.Many2one(
        "hr.kinerja.pola.distribusi", required=True, index=True, ondelete="cascade"
    )
    company_id = fields.Many2one(related="pola_id.company_id", store=True, index=True)
    sequence = fields.Integer(default=10)
    predikat_ids = fields.Many2many("hr.kinerja.predikat", required=True)
    jenis = fields.Selection(JENIS_ATURAN, string="Rule", required=True)
    nilai = fields.Float(string="Value")
    name = fields.Char(compute="_compute_name")

    @api.depends("predikat_ids", "jenis", "nilai")
    def _compute_name(self):
        labels = dict(self._fields["jenis"]._description_selection(self.env))
        for aturan in self:
            value = "" if aturan.jenis == "terbanyak" else f" {aturan.nilai:g}"
            names = " / ".join(aturan.predikat_ids.mapped("name"))
            aturan.name = f"{names}: {labels.get(aturan.jenis, '')}{value}"

    @api.constrains("jenis", "nilai")
    def _check_nilai(self):
        for aturan in self:
            if aturan.jenis in ("min_persen", "max_persen") and not 0 <= aturan.nilai <= 100:
                raise ValidationError(self.env._("A percentage lies between 0 and 100."))
            if aturan.jenis == "min_orang" and (aturan.nilai < 0 or aturan.nilai % 1):
                raise ValidationError(self.env._("A number of people is a whole number."))
