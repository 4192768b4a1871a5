"""18.0.1.1.0 (issue 14)

The monthly attendance rules open a pegawai's records to their superiors through the
list ``res.users.kinerja_struktur_ids`` instead of ``child_of`` (a query per level of
the hierarchy for every read), as the core addon's rules do since its 18.0.1.4.0. The
rules are ``noupdate``: their file is loaded once more, as at installation.
"""

from odoo.addons.hr_kinerja_asn.migrasi import muat_ulang


def migrate(cr, version):
    muat_ulang(cr, "hr_kinerja_asn_attendance", ["security/rules.xml"])
