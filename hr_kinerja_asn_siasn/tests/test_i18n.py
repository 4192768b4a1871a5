"""Indonesian everywhere a user reads: every term of the addon has its translation in
``i18n/id.po``."""

from odoo.tests import TransactionCase

from odoo.addons.hr_kinerja_asn.tests.terjemahan import cek_terjemahan


class TestIndonesian(TransactionCase):
    def test_every_term_is_translated(self):
        cek_terjemahan(self, "hr_kinerja_asn_siasn", 50)
