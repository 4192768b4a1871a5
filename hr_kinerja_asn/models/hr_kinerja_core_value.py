"""The seven BerAKHLAK core values (perilaku kerja, Permen 6/2022).

National data shared by every instansi (empty ``company_id``), loaded as
noupdate records so an agency's wording fixes survive upgrades. Each value
carries its three panduan perilaku in the regulation's exact wording.
"""

from odoo import fields, models


class HrKinerjaCoreValue(models.Model):
    _name = "hr.kinerja.core.value"
    _description = "BerAKHLAK Core Value"
    _order = "sequence, id"

    sequence = fields.Integer(default=10)
    code = fields.Selection(
        [
            ("berorientasi_pelayanan", "Service Oriented"),
            ("akuntabel", "Accountable"),
            ("kompeten", "Competent"),
            ("harmonis", "Harmonious"),
            ("loyal", "Loyal"),
            ("adaptif", "Adaptive"),
            ("kolaboratif", "Collaborative"),
        ],
        required=True,
    )
    name = fields.Char(required=True, translate=True)
    panduan_perilaku_1 = fields.Text(string="Behaviour Guide 1", required=True)
    panduan_perilaku_2 = fields.Text(string="Behaviour Guide 2", required=True)
    panduan_perilaku_3 = fields.Text(string="Behaviour Guide 3", required=True)
    company_id = fields.Many2one(
        "res.company", string="Agency", help="Empty: the national value, shared by all."
    )
    active = fields.Boolean(default=True)

    _sql_constraints = [
        ("code_company_uniq", "unique (code, company_id)", "Each core value exists once."),
    ]
