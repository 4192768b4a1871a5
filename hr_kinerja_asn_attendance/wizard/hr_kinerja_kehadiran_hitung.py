"""Hitung kehadiran: the HR office computes one month of its agency's attendance."""

from odoo import models


class HrKinerjaKehadiranHitung(models.TransientModel):
    _name = "hr.kinerja.kehadiran.hitung"
    _inherit = ["hr.kinerja.bulan.mixin"]
    _description = "Compute Monthly Attendance"

    def action_hitung(self):
        self.ensure_one()
        records = self.env["hr.kinerja.kehadiran"]._kinerja_hitung_instansi(
            self.company_id, self._kinerja_awal_bulan()
        )
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "hr_kinerja_asn_attendance.hr_kinerja_kehadiran_action"
        )
        action["domain"] = [("id", "in", records.ids)]
        return action
