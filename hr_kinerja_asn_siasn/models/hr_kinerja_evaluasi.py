"""*Send to SIASN* on final evaluations (the list's Action menu, the HR office only).

The button is public (any logged-in user can call it over JSON-RPC), so it checks the
caller itself: the HR office, on evaluations it may read. A periodic evaluation goes
to ``kinerjaperiodik/save``, an annual one to ``skp22/save``
(``hr.kinerja.siasn.kiriman``).
"""

from odoo import fields, models
from odoo.exceptions import AccessError

ADMIN = "hr_kinerja_asn.group_kinerja_admin"


class HrKinerjaEvaluasi(models.Model):
    _inherit = "hr.kinerja.evaluasi"

    siasn_kiriman_ids = fields.One2many(
        "hr.kinerja.siasn.kiriman", "evaluasi_id", string="Submissions to SIASN", groups=ADMIN
    )

    def action_kirim_siasn(self):
        """Queue the final evaluations among these for SIASN (one job each)."""
        self._siasn_cek_hak()
        queued = self.env["hr.kinerja.siasn.kiriman"]._siasn_kirim_evaluasi(self)
        return queued._siasn_hasil_antri()

    def _siasn_cek_hak(self):
        if not self.env.user._kinerja_is_hr():
            raise AccessError(self.env._("Only the HR office sends results to SIASN."))
        self.check_access("read")
