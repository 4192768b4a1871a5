"""A PPK's request to a chosen peer or subordinate for feedback on a pegawai.

The request carries the to-do (an activity assigned to the asked employee), so
the asked employee needs no access to the pegawai's SKP to be reminded; giving
the feedback from the request closes it.
"""

from odoo import api, fields, models
from odoo.exceptions import UserError


class HrKinerjaUmpanBalikPermintaan(models.Model):
    _name = "hr.kinerja.umpan.balik.permintaan"
    _description = "Feedback Request"
    _inherit = ["mail.thread", "mail.activity.mixin", "hr.kinerja.workflow.mixin"]
    _order = "create_date desc, id desc"
    _kinerja_jaga_crud = True
    _kinerja_workflow_fields = frozenset({"state", "umpan_balik_id"})
    _kinerja_nilai_awal = {"state": "terbuka"}

    skp_id = fields.Many2one(
        "hr.kinerja.skp", string="SKP", required=True, index=True, ondelete="cascade"
    )
    employee_id = fields.Many2one(
        related="skp_id.employee_id", string="About", store=True, index=True
    )
    company_id = fields.Many2one(related="skp_id.company_id", store=True, index=True)
    diminta_dari_id = fields.Many2one("hr.employee", string="Asked", required=True, index=True)
    sumber = fields.Selection(
        [("rekan", "Peer"), ("bawahan", "Subordinate")],
        string="As",
        required=True,
    )
    pesan = fields.Text(string="Message")
    umpan_balik_id = fields.Many2one(
        "hr.kinerja.umpan.balik", string="Feedback Given", readonly=True
    )
    state = fields.Selection(
        [("terbuka", "Open"), ("selesai", "Answered")], default="terbuka", required=True, index=True
    )

    @api.depends("employee_id", "diminta_dari_id")
    def _compute_display_name(self):
        for req in self:
            req.display_name = self.env._("Feedback on %(employee)s", employee=req.employee_id.name)

    def action_beri(self):
        """Open the feedback form, prefilled, for the asked employee."""
        self._kinerja_mulai()
        self.ensure_one()
        if self.diminta_dari_id.user_id != self.env.user:
            raise UserError(self.env._("This request was sent to someone else."))
        return {
            "type": "ir.actions.act_window",
            "res_model": "hr.kinerja.umpan.balik",
            "view_mode": "form",
            "views": [
                (self.env.ref("hr_kinerja_asn.hr_kinerja_umpan_balik_view_form_give").id, "form")
            ],
            "target": "new",
            "context": {
                "default_skp_id": self.skp_id.id,
                "default_employee_id": self.employee_id.id,
                "default_sumber": self.sumber,
                "default_anonim": self.sumber == "bawahan",
            },
        }

    def _mark_answered(self, feedback):
        self.sudo().write({"state": "selesai", "umpan_balik_id": feedback.id})
        self.sudo().activity_unlink(["hr_kinerja_asn.mail_act_umpan_balik_minta"])
