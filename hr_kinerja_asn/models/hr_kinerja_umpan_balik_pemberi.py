"""The giver of an anonymous feedback, kept apart from the feedback itself.

Record rules open it to the giver, to the receiver's leaders (subtree, never
the receiver themself) and to the HR office; the receiver has no rule that
matches, so neither reads, searches nor the feedback's computed label reveal
the giver to them (spec decision 11).
"""

from odoo import fields, models


class HrKinerjaUmpanBalikPemberi(models.Model):
    _name = "hr.kinerja.umpan.balik.pemberi"
    _description = "Anonymous Feedback Giver"
    _log_access = False

    umpan_balik_id = fields.Many2one(
        "hr.kinerja.umpan.balik", required=True, index=True, ondelete="cascade"
    )
    pemberi_id = fields.Many2one("hr.employee", string="Given By", required=True, index=True)
    receiver_id = fields.Many2one(related="umpan_balik_id.employee_id", store=True, index=True)
    company_id = fields.Many2one(related="umpan_balik_id.company_id", store=True, index=True)
