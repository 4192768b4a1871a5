"""Records that only their computation writes (a month's allowance and its lines, a
month's attendance): no figure is typed, by anyone, over any route.

``create``/``write`` check the caller's rights first (a clear access error for who may
not touch the model at all), then refuse unless they run inside the model's own
computation (superuser in a private method, or the transition sentinel of
:mod:`.hr_kinerja_workflow_mixin`, which no client can send).
"""

from odoo import api, models
from odoo.exceptions import UserError

from .hr_kinerja_workflow_mixin import dalam_transisi


class HrKinerjaDihitungMixin(models.AbstractModel):
    _name = "hr.kinerja.dihitung.mixin"
    _description = "Records Written Only by Their Computation"

    @api.model_create_multi
    def create(self, vals_list):
        self.browse().check_access("create")
        self._kinerja_hanya_dihitung()
        return super().create(vals_list)

    def write(self, vals):
        self.check_access("write")
        self._kinerja_hanya_dihitung()
        return super().write(vals)

    def _kinerja_hanya_dihitung(self):
        if not (self.env.su or dalam_transisi(self)):
            raise UserError(self._kinerja_pesan_dihitung())

    def _kinerja_pesan_dihitung(self):
        """What the user reads when they try to type a figure."""
        return self.env._("These figures are computed, never typed by hand.")
