"""*Send to SIASN* for a whole performance year: its final evaluations."""

from odoo import models


class HrKinerjaPeriode(models.Model):
    _inherit = "hr.kinerja.periode"

    def action_kirim_siasn(self):
        """Queue the year's final evaluations for SIASN (the HR office only)."""
        Evaluasi = self.env["hr.kinerja.evaluasi"]
        Evaluasi._siasn_cek_hak()
        self.check_access("read")
        evaluations = Evaluasi.search([("periode_id", "in", self.ids), ("state", "=", "final")])
        return evaluations.action_kirim_siasn()
