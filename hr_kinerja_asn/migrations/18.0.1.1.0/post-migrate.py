"""18.0.1.1.0

* The evaluation periods of every existing performance year become records
  (``hr.kinerja.periode.evaluasi``), which the realisation and evaluation dialogs offer.
* The record rules were tightened (a PPK no longer reads her own evaluation before it
  is final, the receiver no longer reads requests about themself, a unit is opened
  through who takes part in it, national data is changed by no agency). They are
  declared ``noupdate``, which an update skips, so their files are loaded once more
  here as at installation: the module's XML stays the one statement of each rule.
"""

from odoo.addons.hr_kinerja_asn.migrasi import muat_ulang

RULE_FILES = (
    "security/rules.xml",
    "security/rules_skp.xml",
    "security/rules_pelaksanaan.xml",
    "security/rules_penilaian.xml",
)


def migrate(cr, version):
    env = muat_ulang(cr, "hr_kinerja_asn", RULE_FILES)
    env["hr.kinerja.periode"].search([])._sinkron_periode_evaluasi()
