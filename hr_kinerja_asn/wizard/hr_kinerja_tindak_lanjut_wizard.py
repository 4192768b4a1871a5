"""The PPK's follow-up on a feedback (Permen 6/2022, pelaksanaan):

with progress: appreciation, or a new assignment (a new RHK tambahan through a
revision); without progress: adjusted expectations (opens a revision), adjusted
resources (lampiran, through a revision), or coaching / counselling (a
pembinaan record).
"""

from odoo import api, fields, models
from odoo.exceptions import UserError

from ..models.hr_kinerja_umpan_balik import TINDAK_LANJUT, TINDAK_LANJUT_BY_KEMAJUAN


class HrKinerjaTindakLanjutWizard(models.TransientModel):
    _name = "hr.kinerja.tindak.lanjut.wizard"
    _description = "Feedback Follow-up"

    umpan_balik_id = fields.Many2one("hr.kinerja.umpan.balik", required=True)
    kemajuan = fields.Selection(
        [("ada", "Progress"), ("tidak_ada", "No Progress")],
        string="Progress",
        required=True,
        default="ada",
    )
    tindak_lanjut = fields.Selection(
        TINDAK_LANJUT,
        string="Follow-up",
        required=True,
        compute="_compute_tindak_lanjut",
        store=True,
        readonly=False,
        precompute=True,
    )
    catatan = fields.Text(string="Note")
    rhk_baru = fields.Text(string="New RHK (additional)")
    tanggal = fields.Date(string="Coaching Date", default=fields.Date.context_today)

    @api.depends("kemajuan")
    def _compute_tindak_lanjut(self):
        for wizard in self:
            wizard.tindak_lanjut = "apresiasi" if wizard.kemajuan == "ada" else "bimbingan"

    def action_confirm(self):
        self.ensure_one()
        feedback = self.umpan_balik_id
        feedback._check_can_follow_up()
        if self.tindak_lanjut not in TINDAK_LANJUT_BY_KEMAJUAN[self.kemajuan]:
            raise UserError(
                self.env._(
                    "This follow-up does not fit: with progress, appreciate or assign new work; "
                    "without progress, adjust expectations or resources, or coach."
                )
            )
        skp = feedback.skp_id
        vals = {
            "kemajuan": self.kemajuan,
            "tindak_lanjut": self.tindak_lanjut,
            "catatan_tindak_lanjut": self.catatan,
        }
        result = {"type": "ir.actions.act_window_close"}
        if self.tindak_lanjut in ("bimbingan", "konseling"):
            pembinaan = (
                self.env["hr.kinerja.pembinaan"]
                .sudo()
                .create(
                    {
                        "skp_id": skp.id,
                        "jenis": self.tindak_lanjut,
                        "tanggal": self.tanggal,
                        "catatan": self.catatan,
                        "penilai_id": (self.env.user.employee_id or skp.pejabat_penilai_id).id,
                    }
                )
            )
            vals["pembinaan_id"] = pembinaan.id
            result = {
                "type": "ir.actions.act_window",
                "res_model": pembinaan._name,
                "res_id": pembinaan.id,
                "view_mode": "form",
            }
        elif self.tindak_lanjut in (
            "penugasan_baru",
            "penyesuaian_ekspektasi",
            "penyesuaian_sumber_daya",
        ):
            if self.tindak_lanjut == "penugasan_baru" and not (self.rhk_baru or "").strip():
                raise UserError(self.env._("Describe the new assignment (the additional RHK)."))
            revision = skp.revisi_ids.filtered(lambda r: r.state == "draft")[:1]
            if not revision:
                revision = skp.browse(skp.action_revisi()["res_id"])
            if self.tindak_lanjut == "penugasan_baru":
                self.env["hr.kinerja.rhk"].sudo().create(
                    {
                        "skp_id": revision.id,
                        "jenis": "tambahan",
                        "name": self.rhk_baru,
                        "sequence": 100,
                    }
                )
            result = {
                "type": "ir.actions.act_window",
                "res_model": revision._name,
                "res_id": revision.id,
                "view_mode": "form",
            }
        feedback.write(vals)
        skp.message_post(
            body=self.env._(
                "Follow-up on feedback: %(what)s. %(note)s",
                what=dict(TINDAK_LANJUT)[self.tindak_lanjut],
                note=self.catatan or "",
            ),
            partner_ids=skp.employee_id.user_id.partner_id.ids,
        )
        return result
