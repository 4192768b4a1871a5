"""A batch's to-dos, messages and signatures written in one INSERT (``kinerja_sisip``)
are the rows the ORM's ``create`` writes for one of them (issue 14)."""

from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from markupsafe import Markup

from odoo import Command
from odoo.tools import SQL, html_sanitize

from odoo.addons.hr_kinerja_asn.models.kinerja_larik import larik
from odoo.addons.hr_kinerja_asn.models.kinerja_sisip import paragraf_bersih, sisipkan

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
                    "summary": Activity._kinerja_ringkasan(todo, self.user_pegawai.lang),
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

    def test_skp_names_in_batch_are_their_display_names(self):
        """The names a batch's to-dos carry, read in one query, are the SKPs' display
        names, a revision's suffix and an SKP without a pegawai's account included."""
        self.skp_c.sudo().versi = 3
        skps = self.skp_a | self.skp_b | self.skp_c
        skps.invalidate_recordset(["display_name"])
        self.assertEqual(skps._kinerja_nama_batch(), {s.id: s.display_name for s in skps})
        self.assertIn("(rev. 2)", skps._kinerja_nama_batch()[self.skp_c.id])

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

    def test_notifications_as_the_bus_creates_them(self):
        """A batch's browser notifications queued by ``_bus_send`` (one per assignee)
        are written in one INSERT at commit, the rows the bus's ORM create writes."""
        Bus = self.env["bus.bus"]
        users = self.env["res.users"].sudo().search([], limit=20)
        for step in range(60 // len(users) + 1):
            users._bus_send("mail.activity/updated", {"step": step})
        queued = list(self.env.cr.precommit.data["bus.bus.values"])
        self.assertGreaterEqual(len(queued), 50)
        before = self.env["bus.bus"].sudo().search([], order="id desc", limit=1).id
        with self.assertQueryCount(1):
            self.env.cr.precommit.run()
        created = self.env["bus.bus"].sudo().search([("id", ">", before)], order="id")
        self.assertEqual(len(created), len(queued))
        self.assertEqual(
            [(b.channel, b.message) for b in created],
            [(v["channel"], v["message"]) for v in queued],
        )
        # a batch's users told at once: what _bus_send queues for each of those with
        # the web client open (a presence), nothing for the others
        data = self.env.cr.precommit.data
        online = users[:3]
        self.env["bus.presence"].search([("user_id", "in", users.ids)]).unlink()
        self.env["bus.presence"].create([{"user_id": u.id, "status": "online"} for u in online])
        data.pop("bus.bus.values", None)  # the presences' own news
        online._bus_send("mail.activity/updated", {"activity_created": True})
        one_by_one = data.pop("bus.bus.values")
        Bus._kinerja_kabari_pengguna(users.ids, "mail.activity/updated", {"activity_created": True})
        self.assertCountEqual(data.pop("bus.bus.values"), one_by_one)
        self.assertEqual(len(one_by_one), 3)
        self.env.cr.precommit.clear()  # the two queues' hooks, their values compared
        # the same rows as the ORM writes one (below the batch size, the ORM's create)
        one = Bus.sudo().create(queued[:1])
        rows = self.rows("bus_bus", created.ids)
        self.assertEqual(self.rows("bus_bus", one.ids)[0], rows[0])

    def test_batch_write_as_write_writes_it(self):
        """A transition's batch write in one UPDATE (the same values for all, or each
        record its own) leaves the rows ``write`` leaves: the values, who wrote and
        when, the dependents recomputed."""
        skps = self.skp_a | self.skp_b | self.skp_c
        as_user = skps.with_user(self.user_penilai)._kinerja_transisi()
        same = {"alasan_pengembalian": "Sama"}
        as_user._kinerja_tulis_per_record(dict.fromkeys(skps.ids, same))
        self.assertEqual(set(skps.mapped("alasan_pengembalian")), {"Sama"})
        self.assertEqual(skps.write_uid, self.user_penilai)
        own = {skp.id: {"alasan_pengembalian": f"Milik {skp.id}"} for skp in skps}
        as_user._kinerja_tulis_per_record(own)
        self.assertEqual(skps.mapped("alasan_pengembalian"), [f"Milik {skp.id}" for skp in skps])
        self.assertEqual(
            {row["write_uid"] for row in self.rows("hr_kinerja_skp", skps.ids)},
            {self.user_penilai.id},
        )
        with self.assertRaises(AssertionError):  # outside a transition: refused
            skps.with_user(self.user_penilai)._kinerja_tulis_per_record(
                dict.fromkeys(skps.ids, same)
            )

    def test_refuses_what_is_not_a_plain_column(self):
        with self.assertRaises(ValueError):
            sisipkan(self.env["hr.kinerja.skp"], {"rhk_ids": [False]})
        with self.assertRaises(ValueError):
            sisipkan(self.env["hr.kinerja.skp"], {"name": ["a", "b"], "versi": [1]})
        self.assertFalse(sisipkan(self.env["mail.message"], {"body": []}))

    def test_default_lines_as_the_orm_creates_them(self):
        """A new SKP's BerAKHLAK and lampiran lines: the ORM's rows for the same values."""
        for model, table, key in (
            ("hr.kinerja.perilaku", "hr_kinerja_perilaku", "core_value_id"),
            ("hr.kinerja.lampiran", "hr_kinerja_lampiran", "name"),
        ):
            inserted = self.env[model].search([("skp_id", "=", self.skp_a.id)])
            self.assertEqual(len(inserted), 7, model)
            rows = self.rows(table, inserted.ids)
            fields_ = [f for f in rows[0] if f not in ("create_uid", "write_uid")]
            # the same lines written by the ORM on the second SKP, after its own are gone
            self.env[model].search([("skp_id", "=", self.skp_b.id)]).sudo().unlink()
            orm = (
                self.env[model]
                .sudo()
                .create(
                    [
                        {
                            f: row[f]
                            for f in fields_
                            if f not in ("skp_id", "company_id", "sequence")
                        }
                        | {"skp_id": self.skp_b.id}
                        | ({"sequence": row["sequence"]} if model.endswith("lampiran") else {})
                        for row in rows
                    ]
                )
            )
            expected = sorted(
                ({**r, "skp_id": None} for r in self.rows(table, orm.ids)), key=lambda r: r[key]
            )
            got = sorted(({**r, "skp_id": None} for r in rows), key=lambda r: r[key])
            self.assertEqual(
                [{f: r[f] for f in fields_} for r in got],
                [{f: r[f] for f in fields_} for r in expected],
            )

    def test_chatter_lines_as_mail_logs_them(self):
        skps = self.skp_a | self.skp_b
        ours = skps.with_user(self.user_admin)._kinerja_catat(
            {skp.id: f"Diajukan <oleh> {skp.name}" for skp in skps}
        )
        mail = (
            self.skp_c.with_user(self.user_admin)
            .sudo()
            ._message_log_batch(bodies={self.skp_c.id: f"Diajukan <oleh> {self.skp_a.name}"})
        )
        self.assertEqual(len(ours), 2)
        first = self.rows("mail_message", ours[:1].ids)[0]
        self.assertEqual(first, {**self.rows("mail_message", mail.ids)[0], "date": first["date"]})
        self.assertIn(ours[1], self.skp_b.message_ids)
        self.assertIn("&lt;oleh&gt;", ours[1].body)


def konten_per_record(skp):
    """The SKP's printed content read record by record (the oracle of the batch)."""
    rhk = [
        {
            "jenis": r.jenis,
            "rhk": r.name,
            "perspektif": r.perspektif or None,
            "atasan": sorted(r.rhk_atasan_ids.mapped("name")),
            "indikator": [
                [i.aspek, i.name, i.target_min, i.target_max, i.satuan, i.target_uraian]
                for i in r.indikator_ids.sorted(lambda i: (i.sequence, i.id))
            ],
        }
        for jenis in ("utama", "tambahan")
        for r in skp.rhk_ids.filtered(lambda r, j=jenis: r.jenis == j).sorted(
            lambda r: (r.sequence, r.id)
        )
    ]
    return {
        "dokumen": "skp",
        "nomor": skp.name,
        "versi": skp.versi,
        "instansi": skp.company_id.name,
        "pegawai": [skp.employee_id.name, skp.employee_id.nip],
        "jabatan": skp.jabatan,
        "unit": skp.department_id.name,
        "penilai": [skp.pejabat_penilai_id.name, skp.pejabat_penilai_id.nip],
        "periode": [skp.date_start, skp.date_end],
        "varian": [skp.jenis_skp, skp.pendekatan],
        "rhk": rhk,
        "perilaku": [
            [p.core_value_id.name, p.ekspektasi_khusus]
            for p in skp.perilaku_ids.sorted(lambda p: (p.sequence, p.id))
        ],
        "lampiran": [
            [lamp.jenis, lamp.name]
            for lamp in skp.lampiran_ids.sorted(lambda x: (x.jenis, x.sequence, x.id))
        ],
    }


class TestKontenBatch(TestSisip):
    def test_skp_content_in_batch_is_the_records(self):
        """What a batch of SKPs signs is what each SKP reads record by record, in both
        languages, for SKPs with and without lines of every kind."""
        self.env["hr.kinerja.rhk"].create(
            {
                "skp_id": self.skp_b.id,
                "name": "RHK tambahan",
                "jenis": "tambahan",
                "indikator_ids": [
                    Command.create(
                        {
                            "aspek": "kualitas",
                            "name": "Mutu",
                            "target_min": 90,
                            "target_max": 100,
                            "satuan": "%",
                            "target_uraian": "Baik",
                        }
                    ),
                    Command.create(
                        {
                            "aspek": "waktu",
                            "name": "Tepat",
                            "target_min": 2.5,
                            "target_max": 3,
                            "satuan": "bulan",
                        }
                    ),
                ],
            }
        )
        self.skp_b.perilaku_ids[:2].write({"ekspektasi_khusus": "Tepat waktu"})
        self.skp_c.lampiran_ids.create(
            {"skp_id": self.skp_c.id, "jenis": "skema", "sequence": 5, "name": "Laporan"}
        )
        self.skp_c.rhk_ids.unlink()
        skps = self.skp_a | self.skp_b | self.skp_c
        for lang in ("en_US", "id_ID"):
            in_lang = skps.with_context(lang=lang)
            batch = in_lang._kinerja_dokumen_konten_batch()
            self.env.invalidate_all()
            self.assertEqual(batch, {skp.id: konten_per_record(skp) for skp in in_lang}, lang)
        self.assertEqual(len(self.skp_b._kinerja_dokumen_konten()["rhk"]), 2)
        self.assertEqual(self.skp_c._kinerja_dokumen_konten()["rhk"], [])
        # the hash the verification page recomputes for one SKP is the batch's
        self.assertEqual(skps._kinerja_hash_batch(), {skp.id: skp._kinerja_hash() for skp in skps})

    @settings(max_examples=300, deadline=None)
    @given(st.text() | st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E)))
    def test_a_paragraph_of_text_as_the_sanitiser_stores_it(self, text):
        """A message or note the product writes (``Markup("<p>%s</p>") % text``) is
        stored as ``html_sanitize`` (what mail.message's body field runs) stores it,
        whatever the text: quotes, ampersands, tags typed as text, any script."""
        value = Markup("<p>%s</p>") % text
        fast = paragraf_bersih(value)
        if fast is not False:
            self.assertEqual(fast, html_sanitize(value, silent=True, sanitize_style=True))
        self.assertFalse(paragraf_bersih("<p>not markup</p>"))
        self.assertFalse(paragraf_bersih(Markup("<p><b>bold</b></p>")))

    @settings(max_examples=200, deadline=None)
    @given(
        st.lists(
            st.none() | st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00"))
        ),
        st.lists(st.none() | st.integers(-(2**31), 2**31 - 1)),
        st.lists(st.none() | st.booleans()),
        st.lists(
            st.none()
            | st.datetimes(min_value=datetime(1900, 1, 1)).map(lambda d: d.replace(microsecond=0))
        ),
        st.lists(st.none() | st.floats(allow_nan=False, allow_infinity=False)),
    )
    def test_a_batch_array_reads_back_as_its_values(self, texts, ints, bools, moments, floats):
        """A batch's values sent as one array literal (``kinerja_larik``) are what
        PostgreSQL reads: any text (quotes, backslashes, braces, commas, the word
        NULL, empty), NULLs, integers, booleans, timestamps, floats."""
        for values, jenis in (
            (texts, "text"),
            (texts, "varchar"),
            (ints, "int"),
            (bools, "bool"),
            (moments, "timestamp"),
            (floats, "float8"),
        ):
            self.env.cr.execute(
                SQL("SELECT array_length(%s, 1), %s", larik(values, jenis), larik(values, jenis))
            )
            length, read = self.env.cr.fetchone()
            self.assertEqual(length or 0, len(values))
            self.assertEqual(read, values, jenis)
