"""The performance year's side of the rewards and sanctions (``hr.kinerja.tindak.lanjut``,
docs/decisions.md "Penghargaan and sanksi"): the HR office asks for the suggestions that
follow from the year's final annual evaluations, and opens them."""

from odoo import api, fields, models


# one concern per file (issue #10): the performance year is extended here on purpose
class HrKinerjaPeriode(models.Model):
    _inherit = "hr.kinerja.periode"  # pylint: disable=consider-merging-classes-inherited

    tindak_lanjut_count = fields.Integer(
        compute="_compute_tindak_lanjut_count", string="Rewards and Sanctions"
    )

    @api.depends_context("uid")
    def _compute_tindak_lanjut_count(self):
        TindakLanjut = self.env["hr.kinerja.tindak.lanjut"]
        for periode in self:
            periode.tindak_lanjut_count = TindakLanjut.search_count(
                [("evaluasi_id.periode_id", "=", periode.id)]
            )

    def action_usulkan_tindak_lanjut(self):
        """The HR office: suggest rewards and improvement-path steps from this year's final
        annual evaluations (nothing is decided; nothing is suggested twice), then open the
        year's suggestions."""
        self.ensure_one()
        self._check_is_hr()
        self.env["hr.kinerja.tindak.lanjut"]._kinerja_usulkan(self)
        return self.action_open_tindak_lanjut()

    def action_open_tindak_lanjut(self):
        self.ensure_one()
        self.check_access("read")
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "hr_kinerja_asn.hr_kinerja_tindak_lanjut_action"
        )
        action["domain"] = [("evaluasi_id.periode_id", "=", self.id)]
        action["context"] = {"search_default_usulan": 1}
        return action
