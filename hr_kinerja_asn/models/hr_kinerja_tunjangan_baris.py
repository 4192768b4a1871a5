"""One line of a month's tunjangan breakdown: a ceiling component, the kinerja part,
one band of discipline cuts with its dates, the discipline part, or a correction.

Written only with its record (``hr.kinerja.tunjangan``), which is computed; the line
says what the number is and why, so nothing on the payslip is unexplained.
"""

from odoo import api, fields, models
from odoo.exceptions import UserError


class HrKinerjaTunjanganBaris(models.Model):
    _name = "hr.kinerja.tunjangan.baris"
    _description = "Allowance Breakdown Line"
    _inherit = ["hr.kinerja.dihitung.mixin"]
    _order = "tunjangan_id, sequence, id"

    tunjangan_id = fields.Many2one(
        "hr.kinerja.tunjangan",
        string="Allowance",
        required=True,
        ondelete="cascade",
        index=True,
        readonly=True,
    )
    company_id = fields.Many2one(related="tunjangan_id.company_id", store=True)
    currency_id = fields.Many2one(related="tunjangan_id.currency_id")
    sequence = fields.Integer(readonly=True)
    jenis = fields.Selection(
        [
            ("pagu", "Ceiling"),
            ("kinerja", "Performance"),
            ("disiplin", "Discipline"),
            ("koreksi", "Correction"),
        ],
        string="Part",
        readonly=True,
    )
    kode = fields.Char(string="Code", readonly=True)
    uraian = fields.Char(string="Description", readonly=True)
    jumlah_kejadian = fields.Integer(string="Occurrences", readonly=True)
    persen = fields.Float(string="%", readonly=True, digits=(5, 2))
    nominal = fields.Monetary(string="Amount", readonly=True)

    def _kinerja_pesan_dihitung(self):
        return self.env["hr.kinerja.tunjangan"]._kinerja_pesan_dihitung()

    @api.ondelete(at_uninstall=False)
    def _unlink_draft_only(self):
        if not self.env["hr.kinerja.tunjangan"]._kinerja_dalam_transisi():
            raise UserError(
                self.env._("The breakdown of an allowance changes only when it is computed again.")
            )
