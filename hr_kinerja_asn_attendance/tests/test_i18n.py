"""Indonesian everywhere a user reads: every term of the addon is translated."""

from odoo.tests import TransactionCase

from odoo.addons.hr_kinerja_asn.tests.terjemahan import cek_terjemahan


class TestIndonesian(TransactionCase):
    def test_every_term_is_translated(self):
        cek_terjemahan(self, "hr_kinerja_asn_attendance", 50)
