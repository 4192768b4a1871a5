"""18.0.1.5.0 (issue 14)

JIT compilation off for the database (``migrasi.matikan_jit``): at 50,000 pegawai the
SKP form and the PPK's team screens spent about a second each compiling their record
rules' subqueries. A unit's parties (``pihak_user_ids``, ``pegawai_ids``) are searched
by a subquery now, no longer stored: their relation tables (derived data, read by
nothing any more) are dropped.
"""

from odoo.addons.hr_kinerja_asn.migrasi import matikan_jit


def migrate(cr, version):
    matikan_jit(cr)
    cr.execute(
        "DROP TABLE IF EXISTS hr_kinerja_evaluasi_unit_pihak_rel, "
        "hr_kinerja_evaluasi_unit_pegawai_rel"
    )
