"""Lines that live on an SKP and change only when its state and its owner allow it.

Each inheriting model names the SKP check that guards it (``_kinerja_skp_guard``:
content in a draft, realisation on the current set SKP, dialogues before it is
set) and where the SKP is found in create values (``_kinerja_skp_parent``: the
field holding the SKP or the RHK). Create, write and unlink all run the check.
"""

from odoo import api, models


class HrKinerjaSkpLineMixin(models.AbstractModel):
    _name = "hr.kinerja.skp.line.mixin"
    _description = "SKP Line Guarded by the SKP's State"

    #: name of the hr.kinerja.skp method that raises when the change is not allowed
    _kinerja_skp_guard = "_check_content_editable"
    #: field of the create values that leads to the SKP: "skp_id" or "rhk_id"
    _kinerja_skp_parent = "skp_id"

    def _kinerja_guard(self, skps):
        getattr(skps, self._kinerja_skp_guard)()

    @api.model_create_multi
    def create(self, vals_list):
        parent = self._kinerja_skp_parent
        parents = self[parent].browse({vals.get(parent) for vals in vals_list} - {None})
        self._kinerja_guard(parents if parent == "skp_id" else parents.skp_id)
        return super().create(vals_list)

    def write(self, vals):
        self._kinerja_guard(self.skp_id)
        return super().write(vals)

    def unlink(self):
        self._kinerja_guard(self.skp_id)
        return super().unlink()
