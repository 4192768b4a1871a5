"""Indonesian everywhere a user reads: every term of the addon has its translation in
``i18n/id.po``, and the to-dos the workflow assigns speak the assignee's language."""

from .common import SkpCase
from .terjemahan import cek_terjemahan


class TestIndonesian(SkpCase):
    def test_every_term_is_translated(self):
        """The terms Odoo exports for the addon (code, views, data), as the .pot is made."""
        cek_terjemahan(self, "hr_kinerja_asn", 500)

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
