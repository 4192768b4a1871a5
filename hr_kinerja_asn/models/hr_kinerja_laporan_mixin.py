"""A reporting view (``_auto = False``): read only, for everyone.

The ACL grants read only; ``create``/``write``/``unlink`` also say why for a caller
that bypasses it (``sudo()`` code), in the words of the model's ``_kinerja_tolak``.
"""

from odoo import api, models
from odoo.exceptions import UserError


class HrKinerjaLaporanMixin(models.AbstractModel):
    _name = "hr.kinerja.laporan.mixin"
    _description = "Read-only Performance Reporting View"

    def _kinerja_tolak(self):
        """The sentence that refuses an edit (each view words its own)."""
        return self.env._("This view is computed: it cannot be edited.")

    def _refuse(self):
        raise UserError(self._kinerja_tolak())

    # refusing is the point: no super() (pylint W8106)
    @api.model_create_multi
    def create(self, vals_list):  # pylint: disable=method-required-super
        self._refuse()

    def write(self, vals):  # pylint: disable=method-required-super
        self._refuse()

    def unlink(self):  # pylint: disable=method-required-super
        self._refuse()
