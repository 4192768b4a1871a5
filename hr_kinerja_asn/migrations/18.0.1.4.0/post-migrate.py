"""18.0.1.4.0 (issue 14)

The record rules that opened a pegawai's records to their superiors through
``('employee_id', 'child_of', user.employee_ids.ids)`` now name the same people as
a list computed once per user (``res.users.kinerja_struktur_ids``), and those that
opened the leaders' plans through ``parent_of`` name ``kinerja_atasan_ids``: both
walked the hierarchy again, a query per level, for every model a screen read. The
rules are declared ``noupdate``, which an update skips, so their files are loaded
once more here as at installation: the module's XML stays the one statement of each
rule.
"""

from odoo.addons.hr_kinerja_asn.migrasi import muat_ulang

RULE_FILES = (
    "security/rules_skp.xml",
    "security/rules_pelaksanaan.xml",
    "security/rules_penilaian.xml",
    "security/rules_peringkat.xml",
    "security/rules_tindak_lanjut.xml",
)


def migrate(cr, version):
    muat_ulang(cr, "hr_kinerja_asn", RULE_FILES)
