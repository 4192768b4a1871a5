"""Read-only twins of the ASN fields for users without HR rights.

Odoo 18 serves ``hr.employee`` to non-HR users through the SQL view
``hr.employee.public``; a stored field declared here with the same name is
selected from ``hr_employee`` by that view, so pegawai and PPK can read NIP,
jabatan and the appraiser chain without reading private HR data.
"""

from odoo import fields, models

from .hr_employee import ASN_TYPES, JENIS_JABATAN, PANGKAT_GOLONGAN


class HrEmployeePublic(models.Model):
    _inherit = "hr.employee.public"

    nip = fields.Char(string="NIP", readonly=True)
    asn_type = fields.Selection(ASN_TYPES, string="ASN Type", readonly=True)
    jenis_jabatan = fields.Selection(JENIS_JABATAN, string="Position Type", readonly=True)
    pangkat_golongan = fields.Selection(PANGKAT_GOLONGAN, string="Rank / Grade", readonly=True)
    pejabat_penilai_delegasi_id = fields.Many2one(
        "hr.employee.public", string="Delegated Performance Appraiser", readonly=True
    )
    pejabat_penilai_id = fields.Many2one(
        "hr.employee.public", string="Performance Appraiser (PPK)", readonly=True
    )
    atasan_pejabat_penilai_id = fields.Many2one(
        "hr.employee.public", string="Appraiser's Superior", readonly=True
    )
