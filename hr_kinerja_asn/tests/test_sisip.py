"""A batch's to-dos, messages and signatures written in one INSERT (``kinerja_sisip``)
are the rows the ORM's ``create`` writes for one of them (issue 14)."""

from odoo.addons.hr_kinerja_asn.models.kinerja_sisip import sisipkan

from .common import SkpCase

# columns that differ between any two rows by nature
LAIN = {"id", "create_date", "write_date", "res_id", "message_id", "token", "document_hash"}


class TestSisip(SkpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        skps = [
            cls.make_skp(cls, cls.staf, cls.user_pegawai),
            cls.make_skp(cls, cls.kasi, cls.user_kasi),
            cls.make_skp(cls, cls.operator),
        ]
        # read by the test as superuser; each step below names who acts
        cls.skp_a, cls.skp_b, cls.skp_c = (cls.env["hr.kinerja.skp"].browse(s.id) for s in skps)

    def rows(self, table, ids):
        self.env.flush_all()
        self.env.cr.execute(f"SELECT * FROM {table} WHERE id = ANY(%s) ORDER BY id", [list(ids)])
        names = [d.name for d in self.env.cr.description]
        return [
            {n: v for n, v in zip(names, row, strict=True) if n not in LAIN}
            for row in self.env.cr.fetchall()
        ]

    def test_todos_as_mail_creates_them(self):
        Activity = self.env["mail.activity"]
        todo = self.env.ref("hr_kinerja_asn.mail_act_skp_susun")
        single = (
            Activity.with_context(mail_activity_quick_update=True)
            .sudo()
            .create(
                {
                    "res_model_id": self.env["ir.model"]._get_id("hr.kinerja.skp"),
                    "res_id": self.skp_a.id,
                    "activity_type_id": todo.id,
                    "automated": True,
                    "summary": Activity._kinerja_ringkasan(todo, self.user_pegawai),
                    "user_id": self.user_pegawai.id,
                }
            )
        )
        batch = Activity._kinerja_jadwalkan(
            [
                {"record": skp, "type": todo, "user": self.user_pegawai}
                for skp in self.skp_b | self.skp_c
            ]
        )
        self.assertEqual(len(batch), 2)
        expected = self.rows("mail_activity", single.ids)[0]
        for row, skp in zip(
            self.rows("mail_activity", batch.ids), self.skp_b | self.skp_c, strict=True
        ):
            self.assertEqual(row, {**expected, "res_name": skp.display_name})
        # the assignee follows each record, with the default subtypes, as mail does
        for skp in self.skp_a | self.skp_b | self.skp_c:
            follower = skp.message_follower_ids.filtered(
                lambda f: f.partner_id == self.user_pegawai.partner_id
            )
            self.assertEqual(len(follower), 1, skp.name)
        self.assertEqual(
            self.skp_b.message_follower_ids.filtered(
                lambda f: f.partner_id == self.user_pegawai.partner_id
            ).subtype_ids,
            self.skp_a.message_follower_ids.filtered(
                lambda f: f.partner_id == self.user_pegawai.partner_id
            ).subtype_ids,
        )
        # and the records see their new to-dos at once (no stale cache)
        self.assertEqual(self.skp_b.activity_ids.user_id, self.user_pegawai)

    def test_messages_as_mail_creates_them(self):
        partner = self.user_pegawai.partner_id
        messages = self.skp_a._kinerja_kabari(
            (skp, partner, lambda rec: f"Catatan <b>{rec.name}</b> & lain")
            for skp in self.skp_a | self.skp_b
        )
        self.assertEqual(len(messages), 2)
        # the text is shown as text: the markup in it is escaped, as mail's sanitiser keeps it
        self.assertIn("&lt;b&gt;", messages[0].body)
        self.assertEqual(messages.partner_ids, partner)
        self.assertEqual(messages.notification_ids.res_partner_id, partner)
        self.assertEqual(set(messages.notification_ids.mapped("notification_status")), {"ready"})
        self.assertEqual(set(messages.notification_ids.mapped("notification_type")), {"inbox"})
        orm = (
            self.env["mail.message"]
            .sudo()
            .create(
                {
                    "model": "hr.kinerja.skp",
                    "res_id": self.skp_c.id,
                    "body": messages[0].body,
                    "message_type": "comment",
                    "subtype_id": self.env.ref("mail.mt_comment").id,
                    "author_id": messages[0].author_id.id,
                    "email_from": messages[0].email_from,
                    "reply_to": messages[0].reply_to,
                    "email_add_signature": False,
                    "record_name": False,
                    "date": messages[0].date,
                }
            )
        )
        self.assertEqual(
            self.rows("mail_message", messages[:1].ids), self.rows("mail_message", orm.ids)
        )
        # on the records' chatter at once, in the inbox of the one they are for
        self.assertIn(messages[1], self.skp_b.message_ids)
        inbox = (
            self.env["mail.message"]
            .with_user(self.user_pegawai)
            .search([("needaction", "=", True), ("id", "in", messages.ids)])
        )
        self.assertEqual(inbox, messages)

    def test_signatures_as_the_orm_creates_them(self):
        for skp in self.skp_a | self.skp_b | self.skp_c:
            self.set_skp(skp)
        Signature = self.env["hr.kinerja.tanda.tangan"].sudo()
        one = self.skp_a.with_user(self.user_penilai)._kinerja_sign("penilai")
        two = (
            self.skp_b.with_user(self.user_penilai)
            .browse((self.skp_b | self.skp_c).ids)
            ._kinerja_sign("penilai")
        )
        self.assertEqual(len(one), 1)
        self.assertEqual(len(two), 2)
        first = self.rows("hr_kinerja_tanda_tangan", one.ids)[0]
        for row, skp in zip(
            self.rows("hr_kinerja_tanda_tangan", two.ids), self.skp_b | self.skp_c, strict=True
        ):
            self.assertEqual(
                {**row, "dokumen": None, "signed_at": None},
                {**first, "dokumen": None, "signed_at": None},
            )
            self.assertEqual(row["dokumen"], skp._kinerja_dokumen_nama())
        # each signature verifies against its document, and each token is its own
        for signature in one | two:
            self.assertTrue(signature._hash_cocok())
        self.assertEqual(len(set((one | two).sudo().mapped("token"))), 3)
        self.assertEqual(Signature.search_count([("id", "in", (one | two).ids)]), 3)

    def test_refuses_what_is_not_a_plain_column(self):
        with self.assertRaises(ValueError):
            sisipkan(self.env["hr.kinerja.skp"], {"rhk_ids": [False]})
        with self.assertRaises(ValueError):
            sisipkan(self.env["hr.kinerja.skp"], {"name": ["a", "b"], "versi": [1]})
        self.assertFalse(sisipkan(self.env["mail.message"], {"body": []}))
