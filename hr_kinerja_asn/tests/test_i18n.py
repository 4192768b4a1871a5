"""Indonesian everywhere a user reads: every term of the addon has its translation in
``i18n/id.po``, and the to-dos the workflow assigns speak the assignee's language."""

from pathlib import Path

import polib

from odoo.tools.translate import TranslationModuleReader

from .common import SkpCase

PO = Path(__file__).resolve().parents[1] / "i18n" / "id.po"


class TestIndonesian(SkpCase):
    def test_every_term_is_translated(self):
        """The terms Odoo exports for the addon (code, views, data), as the .pot is made."""
        reader = TranslationModuleReader(self.env.cr, modules=["hr_kinerja_asn"])
        terms = {source for _m, _t, _n, _r, source, _v, _c in reader if source.strip()}
        self.assertGreater(len(terms), 500, "the export found the addon's terms")
        translated = {e.msgid for e in polib.pofile(str(PO)) if e.msgstr and not e.obsolete}
        missing = sorted(terms - translated)
        self.assertFalse(
            missing,
            f"{len(missing)} term(s) without an Indonesian translation in i18n/id.po "
            f"(run scripts/i18n.py): {missing[:20]}",
        )

    def test_todos_are_in_the_assignees_language(self):
        self.user_pegawai.lang = "id_ID"
        self.env["res.lang"]._activate_lang("id_ID")
        skp = self.make_skp(self.staf)
        skp._kinerja_activity_update()
        activity = skp.activity_ids.filtered(lambda a: a.user_id == self.user_pegawai)
        self.assertTrue(activity)
        english = activity.activity_type_id.with_context(lang="en_US").summary
        self.assertNotEqual(activity.summary, english, "an English to-do for an Indonesian user")
        self.assertEqual(
            activity.summary, activity.activity_type_id.with_context(lang="id_ID").summary
        )
