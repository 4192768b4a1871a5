"""A correction of a locked month, paid in a later one.

A locked month is what payroll paid; it never changes (issue 13: "a keberatan
decided later creates a correction on the next month, never a silent edit of a
locked month"). When an accepted objection changes the predikat of an evaluation a
locked tunjangan used, the difference is computed with the locked month's own
figures and the new predikat, kept here, and added to the first month computed
after it (``tunjangan_id``), with its reason in that month's explanation.
"""

from odoo import api, fields, models
from odoo.exceptions import UserError


class HrKinerjaTunjanganKoreksi(models.Model):
    _name = "hr.kinerja.tunjangan.koreksi"
    _description = "Allowance Correction"
    _inherit = ["hr.kinerja.dihitung.mixin"]
    _order = "id"

    employee_id = fields.Many2one("hr.employee", required=True, index=True, readonly=True)
    company_id = fields.Many2one("res.company", required=True, index=True, readonly=True)
    currency_id = fields.Many2one(related="company_id.currency_id")
    tunjangan_asal_id = fields.Many2one(
        "hr.kinerja.tunjangan",
        string="Corrected Month",
        required=True,
        readonly=True,
        ondelete="restrict",
    )
    keberatan_id = fields.Many2one(
        "hr.kinerja.keberatan", string="Objection", readonly=True, ondelete="restrict"
    )
    selisih = fields.Monetary(string="Difference", readonly=True)
    uraian = fields.Char(string="Description", readonly=True)
    tunjangan_id = fields.Many2one(
        "hr.kinerja.tunjangan",
        string="Paid In",
        readonly=True,
        index=True,
        ondelete="set null",
    )

    def _kinerja_pesan_dihitung(self):
        return self.env["hr.kinerja.tunjangan"]._kinerja_pesan_dihitung()

    @api.ondelete(at_uninstall=False)
    def _unlink_never(self):
        raise UserError(self.env._("A correction of a locked month cannot be deleted."))

    @api.model
    def _kinerja_tertunda(self, employees, month):
        """{employee id: corrections to pay in ``month``}: not paid yet, or paid in a
        draft record of that month being computed again."""
        found = self.search(
            [
                ("employee_id", "in", employees.ids),
                ("tunjangan_asal_id.date_start", "<", month),
                "|",
                ("tunjangan_id", "=", False),
                "&",
                ("tunjangan_id.date_start", "=", month),
                ("tunjangan_id.state", "=", "draft"),
            ]
        )
        result = {}
        for rec in found:
            result[rec.employee_id.id] = result.get(rec.employee_id.id, self.browse()) | rec
        return result
