"""Indonesian everywhere a user reads: every term of the addon has its translation in
``i18n/id.po``."""

from pathlib import Path

import polib

from odoo.tests import TransactionCase
from odoo.tools.translate import TranslationModuleReader

PO = Path(__file__).resolve().parents[1] / "i18n" / "id.po"


class TestIndonesian(TransactionCase):
    def test_every_term_is_translated(self):
        """The terms Odoo exports for the addon (code, views, data), as the .pot is made."""
        reader = TranslationModuleReader(self.env.cr, modules=["hr_kinerja_asn_siasn"])
        terms = {source for _m, _t, _n, _r, source, _v, _c in reader if source.strip()}
        self.assertGreater(len(terms), 30, "the export found the addon's terms")
        translated = {e.msgid for e in polib.pofile(str(PO)) if e.msgstr and not e.obsolete}
        missing = sorted(terms - translated)
        self.assertFalse(
            missing,
            f"{len(missing)} term(s) without an Indonesian translation in i18n/id.po "
            f"(run scripts/i18n.py): {missing[:20]}",
        )
