"""*Send to SIASN* for a unit's evaluation of a period, once it is final."""

from odoo import models


class HrKinerjaEvaluasiUnit(models.Model):
    _inherit = "hr.kinerja.evaluasi.unit"

    def action_kirim_siasn(self):
        """Queue the unit's final evaluations for SIASN (the HR office only)."""
        self.env["hr.kinerja.evaluasi"]._siasn_cek_hak()
        self.check_access("read")
        return self.evaluasi_ids.action_kirim_siasn()
