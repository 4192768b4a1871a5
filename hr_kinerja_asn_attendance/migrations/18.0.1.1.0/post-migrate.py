"""18.0.1.1.0 (issue 14)

The monthly attendance rules open a pegawai's records to their superiors through the
list ``res.users.kinerja_struktur_ids`` instead of ``child_of`` (a query per level of
the hierarchy for every read), as the core addon's rules do since its 18.0.1.4.0. The
rules are ``noupdate``: their file is loaded once more, as at installation.
"""

from odoo import SUPERUSER_ID, api
from odoo.tools import convert_file


def migrate(cr, version):
    env = api.Environment(cr, SUPERUSER_ID, {})
    convert_file(
        env, "hr_kinerja_asn_attendance", "security/rules.xml", {}, mode="init", noupdate=True
    )
    env.registry.clear_cache()
