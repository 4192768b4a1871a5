"""Tanda tangan elektronik: who signed which official document, when, and what it said.

A signature is a fact, not a setting: it is created by the document's own actions
(submitting or setting an SKP, finalising or acknowledging an evaluation) through
``hr.kinerja.dokumen.mixin._kinerja_sign`` and never written or deleted afterwards.

It keeps the SHA-256 of the document's canonical content at the moment of signing
(``document_hash``), so the public verification page can tell whether the stored
document still says what was signed. ``token`` is the unguessable key printed as the
QR code; only the document's reader (through the report) and the HR office see it.
"""

import secrets

from odoo import api, fields, models
from odoo.exceptions import UserError

PERAN = [
    ("pegawai", "Appraised Employee"),
    ("penilai", "Performance Appraiser"),
    ("atasan", "Appraiser's Superior"),
]


class HrKinerjaTandaTangan(models.Model):
    _name = "hr.kinerja.tanda.tangan"
    _description = "Electronic Signature of a Performance Document"
    _order = "signed_at, id"
    _rec_name = "nama"

    res_model = fields.Char(string="Document Model", required=True, index=True, readonly=True)
    res_id = fields.Many2oneReference(
        string="Document Record ID",
        model_field="res_model",
        required=True,
        index=True,
        readonly=True,
    )
    company_id = fields.Many2one("res.company", string="Agency", required=True, readonly=True)
    dokumen = fields.Char(string="Document", required=True, readonly=True)
    peran = fields.Selection(PERAN, string="Signed As", required=True, readonly=True)
    user_id = fields.Many2one("res.users", string="Signed By", required=True, readonly=True)
    employee_id = fields.Many2one("hr.employee", string="Signer", readonly=True)
    nama = fields.Char(string="Signer Name", required=True, readonly=True)
    jabatan = fields.Char(string="Signer Position", readonly=True)
    signed_at = fields.Datetime(string="Signed On", required=True, readonly=True)
    document_hash = fields.Char(string="Document Hash (SHA-256)", required=True, readonly=True)
    token = fields.Char(
        required=True,
        readonly=True,
        copy=False,
        index=True,
        default=lambda self: secrets.token_urlsafe(24),
        groups="hr_kinerja_asn.group_kinerja_admin",
    )

    _sql_constraints = [("token_uniq", "unique (token)", "A verification token is unique.")]

    def write(self, vals):
        if self:
            raise UserError(self.env._("An electronic signature cannot be changed."))
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_never(self):
        raise UserError(self.env._("An electronic signature cannot be deleted."))

    def _document(self):
        """The signed record, read as superuser: the caller decides what it may show."""
        self.ensure_one()
        return self.env[self.res_model].sudo().browse(self.res_id).exists()

    def _hash_cocok(self):
        """True when the document's current content still has the signed hash."""
        self.ensure_one()
        document = self._document()
        return bool(document) and document._kinerja_hash() == self.document_hash

    def _verification_url(self):
        self.ensure_one()
        return f"{self.get_base_url()}/kinerja/verifikasi/{self.sudo().token}"
