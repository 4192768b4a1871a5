"""Rencana aksi: the actions planned for one RHK in one evaluation period.

Periodic capaian organisasi is judged on rencana aksi against periodic targets
(regulation-research 3.1), so each RHK of a set SKP gets its actions per month
or quarter of the instansi's cycle. The pegawai writes them; the PPK reads.
"""

from odoo import api, fields, models
from odoo.exceptions import ValidationError


class HrKinerjaRencanaAksi(models.Model):
    _name = "hr.kinerja.rencana.aksi"
    _inherit = ["hr.kinerja.skp.line.mixin", "hr.kinerja.ikut.revisi"]
    _description = "Action Plan"
    _kinerja_skp_parent = "rhk_id"
    _order = "date_start, rhk_id, sequence, id"

    def _kinerja_guard(self, skps):
        """Written on the current set SKP by its pegawai."""
        skps._check_pelaksanaan_open()

    rhk_id = fields.Many2one(
        "hr.kinerja.rhk", string="RHK", required=True, index=True, ondelete="cascade"
    )
    skp_id = fields.Many2one(related="rhk_id.skp_id", store=True, index=True)
    employee_id = fields.Many2one(related="rhk_id.employee_id", store=True, index=True)
    company_id = fields.Many2one(related="rhk_id.company_id", store=True, index=True)
    sequence = fields.Integer(default=10)
    date_start = fields.Date(string="Period Start", required=True)
    date_end = fields.Date(string="Period End", required=True)
    name = fields.Text(string="Planned Action", required=True)
    target = fields.Char(string="Period Target")

    @api.constrains("date_start", "date_end", "rhk_id")
    def _check_period(self):
        for aksi in self:
            skp = aksi.skp_id
            if aksi.date_start > aksi.date_end or not (
                skp.date_start <= aksi.date_end and aksi.date_start <= skp.date_end
            ):
                raise ValidationError(
                    self.env._(
                        'The action "%(name)s" must fall within the SKP\'s period.', name=aksi.name
                    )
                )
