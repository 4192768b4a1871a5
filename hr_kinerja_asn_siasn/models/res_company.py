"""The agency's connection to BKN's SIASN web service.

The endpoint and the credentials are the agency's (BKN issues them per instansi), so
they live on the company, readable and editable by its HR office only (``groups`` on
every field: the secrets never reach another user's browser). Nothing is sent unless
the HR office sends it (*Send to SIASN*) or switches the nightly run on here.
"""

from odoo import fields, models
from odoo.exceptions import UserError

ADMIN = "hr_kinerja_asn.group_kinerja_admin"


class ResCompany(models.Model):
    _inherit = "res.company"

    siasn_kirim_otomatis = fields.Boolean(
        string="Send to SIASN Every Night",
        groups=ADMIN,
        help="Every night, queue the final evaluations of this agency not sent yet. "
        "Off: nothing is sent unless the HR office sends it.",
    )
    siasn_url = fields.Char(
        string="SIASN API URL",
        groups=ADMIN,
        help="The base URL of the SIASN API, e.g. https://apimws.bkn.go.id:8243/apisiasn/1.0",
    )
    siasn_token_url = fields.Char(
        string="API Gateway Token URL",
        groups=ADMIN,
        default="https://apimws.bkn.go.id/oauth2/token",
    )
    siasn_consumer_key = fields.Char(string="Consumer Key", groups=ADMIN, copy=False)
    siasn_consumer_secret = fields.Char(string="Consumer Secret", groups=ADMIN, copy=False)
    siasn_sso_url = fields.Char(
        string="SSO Token URL",
        groups=ADMIN,
        default="https://sso-siasn.bkn.go.id/auth/realms/public-siasn/protocol/openid-connect/token",
    )
    siasn_client_id = fields.Char(string="SSO Client ID", groups=ADMIN, copy=False)
    siasn_sso_username = fields.Char(string="SSO Username", groups=ADMIN, copy=False)
    siasn_sso_password = fields.Char(string="SSO Password", groups=ADMIN, copy=False)
    siasn_timeout = fields.Integer(
        string="Timeout (seconds)",
        groups=ADMIN,
        default=30,
        help="How long to wait for SIASN before the attempt counts as failed and is retried later.",
    )
    siasn_status_asn = fields.Char(
        string="Appraiser Status: ASN",
        groups=ADMIN,
        default="ASN",
        help="statusPenilai sent when the appraiser (PPK) is a civil servant.",
    )
    siasn_status_non_asn = fields.Char(
        string="Appraiser Status: Not ASN",
        groups=ADMIN,
        default="NON ASN",
        help="statusPenilai sent when the appraiser is not a civil servant (a pejabat "
        "negara such as a regent or a minister, without NIP).",
    )

    def _siasn_config(self):
        """The connection settings as the HTTP client takes them (superuser read:
        called by the jobs, whose user may be the cron's)."""
        self.ensure_one()
        company = self.sudo()
        if not company.siasn_url:
            raise UserError(
                self.env._(
                    "The SIASN API URL of %(company)s is not set (Kinerja ASN › SIASN › Settings).",
                    company=company.name,
                )
            )
        return {
            "url": company.siasn_url,
            "token_url": company.siasn_token_url,
            "consumer_key": company.siasn_consumer_key,
            "consumer_secret": company.siasn_consumer_secret,
            "sso_url": company.siasn_sso_url,
            "client_id": company.siasn_client_id,
            "sso_username": company.siasn_sso_username,
            "sso_password": company.siasn_sso_password,
            "timeout": company.siasn_timeout or 30,
        }
