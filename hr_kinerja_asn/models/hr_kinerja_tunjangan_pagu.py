"""A component's monthly ceiling for one kelas jabatan (contract v2 ``kelas_jabatan``).

TPP is a sum of components (beban kerja, prestasi kerja, kondisi kerja …; the
"basic TPP" of Kepmendagri 900-4700/2020 per kelas jabatan, regulation-research §11),
each with a monthly ceiling per job class; the employee's pagu is their sum.
"""

from odoo import api, fields, models
from odoo.exceptions import ValidationError


class HrKinerjaTunjanganPagu(models.Model):
    _name = "hr.kinerja.tunjangan.pagu"
    _description = "Allowance Ceiling per Job Class"
    _inherit = ["hr.kinerja.tunjangan.skema.bagian"]
    _order = "kelas_jabatan, sequence, id"

    currency_id = fields.Many2one(related="skema_id.currency_id")
    sequence = fields.Integer(default=10)
    name = fields.Char(string="Component", required=True, default="TPP")
    kelas_jabatan = fields.Integer(string="Job Class", required=True)
    jumlah = fields.Monetary(string="Monthly Ceiling", required=True)

    _sql_constraints = [
        (
            "pagu_unik",
            "unique(skema_id, name, kelas_jabatan)",
            "A component has one ceiling per job class in a scheme.",
        ),
    ]

    @api.constrains("kelas_jabatan", "jumlah")
    def _check_nilai(self):
        for line in self:
            if not 1 <= line.kelas_jabatan <= 17:
                raise ValidationError(
                    self.env._(
                        "The job class must be between 1 and 17 (got %s).", line.kelas_jabatan
                    )
                )
            if line.jumlah < 0:
                raise ValidationError(self.env._("A ceiling cannot be negative."))
