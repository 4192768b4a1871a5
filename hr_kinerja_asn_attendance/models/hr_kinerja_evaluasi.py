"""The attendance of the evaluated months beside the evaluation.

The PPK judges the performance (PermenPANRB 6/2022); the attendance is not part of
that judgement but is read next to it, and the discipline part of the allowance is
cut by it. Whoever reads the evaluation (the pegawai once final, the PPK and the
leaders above, the HR office) sees the summed figures: they are computed as
superuser from the monthly records, because the PPK of another unit may not read
those records themselves. Only numbers leave the records this way.
"""

from collections import defaultdict

from odoo import api, fields, models


class HrKinerjaEvaluasi(models.Model):
    _inherit = "hr.kinerja.evaluasi"

    kehadiran_count = fields.Integer(string="Attendance Months", compute="_compute_kehadiran")
    kehadiran_hari_kerja = fields.Integer(string="Working Days", compute="_compute_kehadiran")
    kehadiran_hari_hadir = fields.Integer(string="Days Present", compute="_compute_kehadiran")
    kehadiran_tanpa_keterangan = fields.Integer(
        string="Absent Without Leave", compute="_compute_kehadiran"
    )
    kehadiran_hari_cuti = fields.Integer(string="Leave Days", compute="_compute_kehadiran")
    kehadiran_terlambat = fields.Integer(string="Late Arrivals", compute="_compute_kehadiran")
    kehadiran_menit_terlambat = fields.Integer(string="Minutes Late", compute="_compute_kehadiran")
    kehadiran_pulang_cepat = fields.Integer(string="Early Leaves", compute="_compute_kehadiran")

    _KEHADIRAN_ANGKA = {
        "kehadiran_hari_kerja": "hari_kerja",
        "kehadiran_hari_hadir": "hari_hadir",
        "kehadiran_tanpa_keterangan": "hari_tanpa_keterangan",
        "kehadiran_hari_cuti": "hari_cuti",
        "kehadiran_terlambat": "jumlah_terlambat",
        "kehadiran_menit_terlambat": "menit_terlambat",
        "kehadiran_pulang_cepat": "jumlah_pulang_cepat",
    }

    @api.depends("employee_id", "date_start", "date_end")
    def _compute_kehadiran(self):
        """Sums of the months starting within the evaluated period: one grouped read."""
        evaluations = self.filtered(lambda e: e.employee_id and e.date_start and e.date_end)
        per_month = defaultdict(dict)
        if evaluations:
            groups = (
                self.env["hr.kinerja.kehadiran"]
                .sudo()
                ._read_group(
                    [
                        ("employee_id", "in", evaluations.employee_id.ids),
                        ("date_start", ">=", min(evaluations.mapped("date_start")).replace(day=1)),
                        ("date_start", "<=", max(evaluations.mapped("date_end"))),
                    ],
                    ["employee_id", "date_start:day"],
                    [f"{fname}:sum" for fname in self._KEHADIRAN_ANGKA.values()],
                )
            )
            for employee, month, *sums in groups:
                per_month[employee.id][month] = sums
        for evaluation in self:
            months = [
                sums
                for month, sums in per_month.get(evaluation.employee_id.id, {}).items()
                if evaluation.date_start
                and evaluation.date_start.replace(day=1) <= month <= evaluation.date_end
            ]
            evaluation.kehadiran_count = len(months)
            for index, fname in enumerate(self._KEHADIRAN_ANGKA):
                evaluation[fname] = sum(sums[index] for sums in months)

    def action_kehadiran(self):
        """The monthly attendance of the evaluated months (what the user may read)."""
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "hr_kinerja_asn_attendance.hr_kinerja_kehadiran_action"
        )
        action["domain"] = [
            ("employee_id", "=", self.employee_id.id),
            ("date_start", ">=", self.date_start.replace(day=1)),
            ("date_start", "<=", self.date_end),
        ]
        action["context"] = {"create": False}
        return action
