"""The HR office's SIASN settings of one of its agencies.

The values live on ``res.company`` (:mod:`..models.res_company`), which the HR office
may not write (Odoo's Settings are the system administrator's). This dialog shows
them to the HR office and writes them back as superuser after checking, in the
method itself, that the caller is the HR office of that company: the dialog can be
called over JSON-RPC with any values, the check cannot be skipped.
"""

from odoo import api, fields, models
from odoo.exceptions import AccessError

from ..models import siasn_client

#: the company fields this dialog edits
FIELDS = (
    "siasn_kirim_otomatis",
    "siasn_url",
    "siasn_token_url",
    "siasn_consumer_key",
    "siasn_consumer_secret",
    "siasn_sso_url",
    "siasn_client_id",
    "siasn_sso_username",
    "siasn_sso_password",
    "siasn_timeout",
    "siasn_status_asn",
    "siasn_status_non_asn",
)


class HrKinerjaSiasnPengaturan(models.TransientModel):
    _name = "hr.kinerja.siasn.pengaturan"
    _description = "SIASN Settings"

    company_id = fields.Many2one(
        "res.company",
        string="Agency",
        required=True,
        default=lambda self: self.env.company,
        domain=lambda self: [("id", "in", self.env.user.company_ids.ids)],
    )
    siasn_kirim_otomatis = fields.Boolean(
        string="Send to SIASN Every Night",
        compute="_compute_dari_company",
        store=True,
        readonly=False,
    )
    siasn_url = fields.Char(
        string="SIASN API URL", compute="_compute_dari_company", store=True, readonly=False
    )
    siasn_token_url = fields.Char(
        string="API Gateway Token URL",
        compute="_compute_dari_company",
        store=True,
        readonly=False,
    )
    siasn_consumer_key = fields.Char(
        string="Consumer Key", compute="_compute_dari_company", store=True, readonly=False
    )
    siasn_consumer_secret = fields.Char(
        string="Consumer Secret", compute="_compute_dari_company", store=True, readonly=False
    )
    siasn_sso_url = fields.Char(
        string="SSO Token URL", compute="_compute_dari_company", store=True, readonly=False
    )
    siasn_client_id = fields.Char(
        string="SSO Client ID", compute="_compute_dari_company", store=True, readonly=False
    )
    siasn_sso_username = fields.Char(
        string="SSO Username", compute="_compute_dari_company", store=True, readonly=False
    )
    siasn_sso_password = fields.Char(
        string="SSO Password", compute="_compute_dari_company", store=True, readonly=False
    )
    siasn_timeout = fields.Integer(
        string="Timeout (seconds)", compute="_compute_dari_company", store=True, readonly=False
    )
    siasn_status_asn = fields.Char(
        string="Appraiser Status: ASN",
        compute="_compute_dari_company",
        store=True,
        readonly=False,
    )
    siasn_status_non_asn = fields.Char(
        string="Appraiser Status: Not ASN",
        compute="_compute_dari_company",
        store=True,
        readonly=False,
    )

    @api.depends("company_id")
    def _compute_dari_company(self):
        user = self.env.user
        for wizard in self:
            # the secrets reach the HR office of that company only, even through onchange
            allowed = user._kinerja_is_hr() and wizard.company_id in user.company_ids
            company = wizard.company_id.sudo()
            for fname in FIELDS:
                wizard[fname] = company[fname] if allowed else False

    def _cek_hak(self):
        user = self.env.user
        if not user._kinerja_is_hr() or self.company_id not in user.company_ids:
            raise AccessError(
                self.env._("Only the HR office of the agency changes its SIASN settings.")
            )

    @api.model_create_multi
    def create(self, vals_list):
        records = super().create(vals_list)
        for record in records:
            record._cek_hak()
        return records

    def action_simpan(self):
        self.ensure_one()
        self._cek_hak()
        self.company_id.sudo().write({fname: self[fname] for fname in FIELDS})
        siasn_client.lupakan_token()
        return {"type": "ir.actions.act_window_close"}
