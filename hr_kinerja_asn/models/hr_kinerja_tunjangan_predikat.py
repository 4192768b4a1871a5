"""One row of a scheme's predikat table: the percentage a predikat stands for.

What the percentage means follows the scheme's style (``gaya_predikat``): the
share of the kinerja part paid (PermenKLH/BPLH 6/2025), the cut of the whole
amount (Perban Bakamla 1/2023), or the share of the pagu paid the following year
(Permen LHK 6/2024) — regulation-research §11.
"""

from odoo import api, fields, models
from odoo.exceptions import ValidationError

from .hr_kinerja_predikat import PREDIKAT


class HrKinerjaTunjanganPredikat(models.Model):
    _name = "hr.kinerja.tunjangan.predikat"
    _description = "Allowance Predikat Table"
    _inherit = ["hr.kinerja.tunjangan.skema.bagian"]
    _order = "skema_id, id"

    predikat = fields.Selection(PREDIKAT, required=True)
    nilai = fields.Float(string="Percentage", required=True)

    _sql_constraints = [
        ("predikat_unik", "unique(skema_id, predikat)", "A predikat has one row in a scheme."),
    ]

    @api.constrains("nilai")
    def _check_nilai(self):
        for line in self:
            if not 0 <= line.nilai <= 100:
                raise ValidationError(self.env._("A percentage must be between 0 and 100 %."))
