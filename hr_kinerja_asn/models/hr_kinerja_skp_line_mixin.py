"""Records that live on an SKP and change only when its state and its owner allow it.

RHK, indicators, lampiran lines, dialogues, action plans, the daily log and
realisasi join this mixin. Each names where its SKP is found
(``_kinerja_skp_parent``: the field holding the SKP or the RHK) and overrides
``_kinerja_guard`` with the SKP rule that protects it (content in a draft,
realisation on the current set SKP, dialogues before it is set).

The guard sees the whole change: ``create`` checks the SKP the new record goes to;
``write`` checks the SKP it is on *and*, when the parent field is written, the SKP
it moves to (a record moved into a leader's set SKP must meet that SKP's rule);
``unlink`` checks the SKP it leaves. Internal steps (a revision taking the lines
over) run as a transition (``hr.kinerja.workflow.mixin``) and skip the guard; plain
superuser calls do not: the guards' state rules hold for them too (only the "who"
part of each rule lets the superuser through).
"""

from odoo import api, models

from .hr_kinerja_workflow_mixin import dalam_transisi


class HrKinerjaSkpLineMixin(models.AbstractModel):
    _name = "hr.kinerja.skp.line.mixin"
    _inherit = ["hr.kinerja.workflow.mixin"]
    _description = "SKP Line Guarded by the SKP's State"

    #: field of the values that leads to the SKP: "skp_id" or "rhk_id"
    _kinerja_skp_parent = "skp_id"

    def _kinerja_guard(self, skps):
        """Raise when the current user may not change lines of ``skps`` (override)."""
        skps._check_content_editable()

    def _kinerja_skps_of(self, ids):
        """The SKPs that parent ids (of ``_kinerja_skp_parent``) lead to."""
        parent = self._kinerja_skp_parent
        records = self.env[self._fields[parent].comodel_name].browse(ids)
        return records if parent == "skp_id" else records.skp_id

    @api.model_create_multi
    def create(self, vals_list):
        if not dalam_transisi(self):
            self._kinerja_cek_nilai_workflow(vals_list=vals_list)
            parent = self._kinerja_skp_parent
            self._kinerja_guard(self._kinerja_skps_of({v.get(parent) for v in vals_list} - {None}))
        return super().create(vals_list)

    def write(self, vals):
        if not dalam_transisi(self):
            self._kinerja_cek_nilai_workflow(vals=vals)
            self._kinerja_guard(self.skp_id)
            parent = self._kinerja_skp_parent
            if vals.get(parent):
                self._kinerja_guard(self._kinerja_skps_of(vals[parent]))
        return super().write(vals)

    def unlink(self):
        if not dalam_transisi(self):
            self._kinerja_guard(self.skp_id)
        return super().unlink()
