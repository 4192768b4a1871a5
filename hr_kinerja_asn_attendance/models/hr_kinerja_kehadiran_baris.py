"""One day of a monthly attendance that matters: a discipline occurrence (late
arrival, early leave, absent without leave) or a day the schedule expected that was
excused (public holiday, validated leave), with the expected interval and the scans
it was measured from, so the employee and the HR office can check every figure.

Like the month, a line is only ever written by ``hr.kinerja.kehadiran._kinerja_hitung``.
"""

from odoo import fields, models

JENIS = [
    ("terlambat", "Late Arrival"),
    ("pulang_cepat", "Early Leave"),
    ("tanpa_keterangan", "Absent Without Leave"),
    ("cuti", "Leave"),
    ("libur", "Public Holiday"),
]


class HrKinerjaKehadiranBaris(models.Model):
    _name = "hr.kinerja.kehadiran.baris"
    _inherit = ["hr.kinerja.dihitung.mixin"]
    _description = "Monthly Attendance Day"
    _order = "tanggal, jenis"

    kehadiran_id = fields.Many2one(
        "hr.kinerja.kehadiran",
        string="Monthly Attendance",
        required=True,
        index=True,
        ondelete="cascade",
        readonly=True,
    )
    employee_id = fields.Many2one(related="kehadiran_id.employee_id", store=True, index=True)
    company_id = fields.Many2one(related="kehadiran_id.company_id", store=True, index=True)
    tanggal = fields.Date(string="Date", required=True, readonly=True)
    jenis = fields.Selection(JENIS, string="Kind", required=True, readonly=True)
    menit = fields.Integer(string="Minutes", readonly=True)
    tanpa_scan = fields.Boolean(
        string="No Scan",
        readonly=True,
        help="The minutes cannot be measured (no check-out scan): the highest band applies.",
    )
    jadwal = fields.Char(string="Schedule", readonly=True)
    absen = fields.Char(string="Scans", readonly=True)
    keterangan = fields.Char(string="Note", readonly=True)

    def _kinerja_pesan_dihitung(self):
        """Figures come from the attendance records only (``_kinerja_hitung``)."""
        return self.env._(
            "The monthly attendance is computed from the attendance records "
            "(Compute Attendance), never entered or changed by hand."
        )
