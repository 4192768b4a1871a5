"""What a payslip does when its month's tunjangan is not locked yet.

An agency normally pays TPP only from a locked month (the HR office verified and
locked it; ``hr.kinerja.tunjangan``): the payslip is refused. Some agencies must run
the base salary on time while the TPP follows later (the TPP is then paid on a
separate or corrective payslip): they switch to a warning, and the payslip is
computed with TPP 0 and a note in its chatter saying why.
"""

from odoo import fields, models


class ResCompany(models.Model):
    _inherit = "res.company"

    kinerja_tpp_belum_dikunci = fields.Selection(
        [("tolak", "Refuse the payslip"), ("peringatan", "Warn and pay no TPP")],
        string="Payslip of a Month Not Locked",
        required=True,
        default="tolak",
        help="When a payslip is computed for a month whose performance allowance "
        "(tunjangan kinerja / TPP) is missing or not locked yet: refuse it, or compute "
        "it with TPP 0 and a warning in its chatter.",
    )
