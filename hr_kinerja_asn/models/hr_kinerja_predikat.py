"""The five predikat kinerja as data, so distribution rules can name sets of them."""

from odoo import fields, models

PREDIKAT = [
    ("sangat_baik", "Very Good"),
    ("baik", "Good"),
    ("butuh_perbaikan", "Needs Improvement"),
    ("kurang", "Poor/Misconduct"),
    ("sangat_kurang", "Very Poor"),
]
RATING = [
    ("dibawah", "Below Expectation"),
    ("sesuai", "As Expected"),
    ("diatas", "Above Expectation"),
]
CAPAIAN = [
    ("istimewa", "Outstanding"),
    ("baik", "Good"),
    ("butuh_perbaikan", "Needs Improvement"),
    ("kurang", "Poor"),
    ("sangat_kurang", "Very Poor"),
]


class HrKinerjaPredikat(models.Model):
    _name = "hr.kinerja.predikat"
    _description = "Performance Rating (Predikat)"
    _order = "sequence, id"

    code = fields.Selection(PREDIKAT, required=True)
    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)
    company_id = fields.Many2one("res.company", help="Empty: national data, shared by all.")

    _sql_constraints = [("code_uniq", "unique (code)", "Each predikat exists once.")]
