"""Read-only twins of the ASN fields for users without HR rights.

Odoo 18 serves ``hr.employee`` to non-HR users through the SQL view
``hr.employee.public``; a stored field declared here with the same name is
selected from ``hr_employee`` by that view, so pegawai and PPK can read NIP,
jabatan and the appraiser chain without reading private HR data.
"""

from odoo import api, fields, models

from .hr_employee import (
    ASN_TYPES,
    JENIS_JABATAN,
    PANGKAT_GOLONGAN,
    kinerja_angka_kredit_compute,
)
from .hr_kinerja_angka_kredit_koefisien import JENJANG_JABATAN_FUNGSIONAL


class HrEmployeePublic(models.Model):
    _inherit = "hr.employee.public"

    nip = fields.Char(string="NIP", readonly=True)
    asn_type = fields.Selection(ASN_TYPES, string="ASN Type", readonly=True)
    jenis_jabatan = fields.Selection(JENIS_JABATAN, string="Position Type", readonly=True)
    pangkat_golongan = fields.Selection(PANGKAT_GOLONGAN, string="Rank / Grade", readonly=True)
    jenjang_jabatan_fungsional = fields.Selection(
        JENJANG_JABATAN_FUNGSIONAL, string="Functional Level", readonly=True
    )
    pejabat_penilai_delegasi_id = fields.Many2one(
        "hr.employee.public", string="Delegated Performance Appraiser", readonly=True
    )
    pejabat_penilai_id = fields.Many2one(
        "hr.employee.public", string="Performance Appraiser (PPK)", readonly=True
    )
    atasan_pejabat_penilai_id = fields.Many2one(
        "hr.employee.public", string="Appraiser's Superior", readonly=True
    )
    # read as the reader: the pegawai sees their own totals (their final evaluations),
    # a colleague who may not read those evaluations sees none
    angka_kredit_kumulatif = fields.Float(
        string="Cumulative Credit Points", digits=(8, 2), compute="_compute_angka_kredit"
    )
    angka_kredit_html = fields.Html(
        string="Credit Points per Year", compute="_compute_angka_kredit", sanitize=False
    )

    @api.depends_context("uid")
    def _compute_angka_kredit(self):
        kinerja_angka_kredit_compute(self)
