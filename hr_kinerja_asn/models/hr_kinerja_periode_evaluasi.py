"""One period of the instansi's evaluation cycle (a month or a quarter of the year).

The performance year keeps its periods as records (made and kept in step by the year
itself), so that dialogs offer them through a plain many2one with a domain: the web
client shows the choice whatever context it opens the dialog with (a selection
computed from a ``default_*`` context key was empty in the browser).
"""

from odoo import api, fields, models
from odoo.exceptions import UserError


class HrKinerjaPeriodeEvaluasi(models.Model):
    _name = "hr.kinerja.periode.evaluasi"
    _description = "Evaluation Period"
    _order = "date_start"

    periode_id = fields.Many2one(
        "hr.kinerja.periode",
        string="Performance Year",
        required=True,
        index=True,
        ondelete="cascade",
    )
    company_id = fields.Many2one(related="periode_id.company_id", store=True, index=True)
    name = fields.Char(string="Period", required=True)
    date_start = fields.Date(string="From", required=True)
    date_end = fields.Date(string="To", required=True)

    _sql_constraints = [
        (
            "periode_start_uniq",
            "unique (periode_id, date_start)",
            "A performance year has one period starting on a date.",
        ),
    ]

    @api.model_create_multi
    def create(self, vals_list):
        self._check_sistem()
        return super().create(vals_list)

    def write(self, vals):
        self._check_sistem()
        return super().write(vals)

    def unlink(self):
        self._check_sistem()
        return super().unlink()

    def _check_sistem(self):
        """The periods follow the year's frequency: nobody edits them by hand."""
        if not self.env.su:
            raise UserError(
                self.env._(
                    "The evaluation periods follow the performance year: change the year's "
                    "evaluation frequency instead."
                )
            )
