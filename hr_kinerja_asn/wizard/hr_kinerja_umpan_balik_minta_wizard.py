"""The PPK asks chosen peers and subordinates for feedback on a pegawai (an activity each)."""

from odoo import fields, models
from odoo.exceptions import UserError


class HrKinerjaUmpanBalikMintaWizard(models.TransientModel):
    _name = "hr.kinerja.umpan.balik.minta.wizard"
    _description = "Ask for Feedback"

    skp_id = fields.Many2one("hr.kinerja.skp", string="SKP", required=True)
    rekan_ids = fields.Many2many(
        "hr.employee", "hr_kinerja_minta_rekan_rel", "wizard_id", "employee_id", string="Peers"
    )
    bawahan_ids = fields.Many2many(
        "hr.employee",
        "hr_kinerja_minta_bawahan_rel",
        "wizard_id",
        "employee_id",
        string="Subordinates",
        help="Their feedback is anonymous to the employee.",
    )
    pesan = fields.Text(string="Message")
    date_deadline = fields.Date(
        string="Answer By",
        required=True,
        default=lambda self: fields.Date.add(fields.Date.today(), days=7),
    )

    def action_confirm(self):
        self.ensure_one()
        skp = self.skp_id
        if not self.env.user._kinerja_sebagai_ppk(skp.pejabat_penilai_id):
            raise UserError(
                self.env._(
                    "Only the appraiser of %(employee)s asks for feedback on them.",
                    employee=skp.employee_id.name,
                )
            )
        asked = [(e, "rekan") for e in self.rekan_ids] + [(e, "bawahan") for e in self.bawahan_ids]
        if not asked:
            raise UserError(self.env._("Choose at least one peer or subordinate."))
        without_user = [e.name for e, _s in asked if not e.user_id]
        if without_user:
            raise UserError(
                self.env._(
                    "These employees have no user account: %(names)s", names=", ".join(without_user)
                )
            )
        if skp.employee_id in self.rekan_ids | self.bawahan_ids:
            raise UserError(self.env._("The employee cannot be asked about themself."))
        requests = (
            self.env["hr.kinerja.umpan.balik.permintaan"]
            .sudo()
            .create(
                [
                    {
                        "skp_id": skp.id,
                        "diminta_dari_id": e.id,
                        "sumber": sumber,
                        "pesan": self.pesan,
                    }
                    for e, sumber in asked
                ]
            )
        )
        act = self.env.ref("hr_kinerja_asn.mail_act_umpan_balik_minta")
        self.env["mail.activity"]._kinerja_jadwalkan(
            {
                "record": req,
                "type": act,
                "user": req.diminta_dari_id.user_id,
                "note": self.pesan,
                "deadline": self.date_deadline,
            }
            for req in requests
        )
        return {"type": "ir.actions.act_window_close"}
