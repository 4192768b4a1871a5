"""Records of the pelaksanaan stage that follow an SKP to its new version.

When a revision is set (spec decision 12) the realisation, feedback, coaching,
action plans and daily log of the old version continue on the new one. Each model
that lives on an SKP joins this mixin; the SKP asks every such model to follow
(``_kinerja_ikuti_revisi``) instead of writing their fields itself. A record whose
RHK the revision dropped stays with the old version.
"""

from odoo import models

from .hr_kinerja_workflow_mixin import transisi


class HrKinerjaIkutRevisi(models.AbstractModel):
    _name = "hr.kinerja.ikut.revisi"
    _description = "Follows an SKP to Its Set Revision"

    def _kinerja_ikuti_revisi(self, peta):
        """Move this model's records from old versions to new ones, as a transition.

        ``peta``: ``{"skp": {old: new}, "rhk": {old: new}, "perilaku": {old: new}}``
        (ids).
        """
        records = transisi(self.sudo()).search(
            [("skp_id", "in", list(peta["skp"])), *self._kinerja_revisi_domain()]
        )
        own_skp = not self._fields["skp_id"].related
        for rec in records:
            vals = {"skp_id": peta["skp"][rec.skp_id.id]} if own_skp else {}
            if "rhk_id" in self._fields and rec.rhk_id:
                if rec.rhk_id.id not in peta["rhk"]:
                    continue
                vals["rhk_id"] = peta["rhk"][rec.rhk_id.id]
            if "perilaku_id" in self._fields and rec.perilaku_id:
                vals["perilaku_id"] = peta["perilaku"].get(rec.perilaku_id.id, False)
            if vals:
                rec.write(vals)

    def _kinerja_revisi_domain(self):
        """Which records follow (override: e.g. evaluations not final yet)."""
        return []
