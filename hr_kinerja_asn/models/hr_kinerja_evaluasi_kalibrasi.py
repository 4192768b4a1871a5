"""One calibration by the atasan PPK: the ratings before and after, and why (history)."""

from odoo import api, fields, models
from odoo.exceptions import UserError

from .hr_kinerja_predikat import PREDIKAT, RATING


class HrKinerjaEvaluasiKalibrasi(models.Model):
    _name = "hr.kinerja.evaluasi.kalibrasi"
    _description = "Calibration"
    _order = "create_date desc, id desc"

    evaluasi_id = fields.Many2one(
        "hr.kinerja.evaluasi", required=True, index=True, ondelete="cascade"
    )
    company_id = fields.Many2one(related="evaluasi_id.company_id", store=True, index=True)
    user_id = fields.Many2one("res.users", string="By", required=True)
    alasan = fields.Text(string="Reason", required=True)
    rating_hasil_kerja_lama = fields.Selection(RATING, string="Work Result (before)")
    rating_perilaku_lama = fields.Selection(RATING, string="Behaviour (before)")
    predikat_lama = fields.Selection(PREDIKAT, string="Predikat (before)")
    rating_hasil_kerja_baru = fields.Selection(RATING, string="Work Result (after)")
    rating_perilaku_baru = fields.Selection(RATING, string="Behaviour (after)")
    predikat_baru = fields.Selection(PREDIKAT, string="Predikat (after)")

    @api.model_create_multi
    def create(self, vals_list):
        """History is written by the calibration itself (``_kalibrasi``), never by hand."""
        if not self.env.su:
            raise UserError(self.env._("The calibration history is written by calibrating."))
        return super().create(vals_list)

    def write(self, vals):
        if not self.env.su:
            raise UserError(self.env._("The calibration history cannot be changed."))
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_never(self):
        raise UserError(self.env._("The calibration history cannot be deleted."))
