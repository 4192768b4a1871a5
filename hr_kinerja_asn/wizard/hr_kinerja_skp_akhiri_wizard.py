"""End a current SKP at a date (mutasi, promotion, retirement) and start the next one.

Spec decision 8: mid-year changes end the current SKP at a date and start a
new one; the old SKP keeps its snapshots.
"""

from odoo import api, fields, models
from odoo.exceptions import UserError

from ..models.kinerja_teks import kalimat


class HrKinerjaSkpAkhiriWizard(models.TransientModel):
    _name = "hr.kinerja.skp.akhiri.wizard"
    _description = "End SKP"

    skp_id = fields.Many2one("hr.kinerja.skp", string="SKP", required=True)
    date_end = fields.Date(string="Last Day", required=True)
    alasan = fields.Selection(
        [
            ("mutasi", "Transfer (mutasi)"),
            ("promosi", "Promotion"),
            ("pensiun", "Retirement"),
            ("lainnya", "Other"),
        ],
        string="Reason",
        required=True,
        default="mutasi",
    )
    keterangan = fields.Char(string="Details")
    buat_baru = fields.Boolean(
        string="Start a new SKP",
        compute="_compute_buat_baru",
        store=True,
        readonly=False,
        help="Start a draft SKP from the next day to the end of the year, with the "
        "employee's new position, unit and appraiser.",
    )

    @api.depends("alasan")
    def _compute_buat_baru(self):
        for wizard in self:
            wizard.buat_baru = wizard.alasan != "pensiun"

    def action_confirm(self):
        self.ensure_one()
        skp = self.skp_id
        if not self.env.user._kinerja_sebagai_ppk(skp.pejabat_penilai_id):
            raise UserError(
                kalimat(
                    self.env._(
                        "Only the HR office or the appraiser can end %(skp)s.",
                        skp=skp.display_name,
                    )
                )
            )
        if not skp.aktif or skp.state == "dibatalkan":
            raise UserError(self.env._("%(skp)s is not the current SKP.", skp=skp.display_name))
        reason = dict(self._fields["alasan"]._description_selection(self.env))[self.alasan]
        if self.keterangan:
            reason = f"{reason} ({self.keterangan})"
        new = skp.sudo()._end_and_continue(self.date_end, self.buat_baru, reason)
        if new:
            return {
                "type": "ir.actions.act_window",
                "res_model": "hr.kinerja.skp",
                "res_id": new.id,
                "view_mode": "form",
            }
        return {"type": "ir.actions.act_window_close"}
