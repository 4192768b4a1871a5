"""Who is told what, in their inbox and their language (spec decision 7): the pegawai
when the SKP is set or returned, a realisation returned, the evaluation final; the PPK
when the atasan's calibration changed their rating. Batches stay flat in queries."""

from markupsafe import Markup

from .test_penilaian import PenilaianCase
from .test_sisip import LAIN


class TestPemberitahuan(PenilaianCase):
    def inbox(self, user, record):
        """The messages on ``record`` that wait in ``user``'s inbox."""
        notifications = self.env["mail.notification"].search(
            [
                ("res_partner_id", "=", user.partner_id.id),
                ("notification_type", "=", "inbox"),
                ("mail_message_id.model", "=", record._name),
                ("mail_message_id.res_id", "=", record.id),
            ]
        )
        return notifications.mail_message_id.mapped("body")

    def test_skp_set_and_realisation_returned(self):
        self.user_baru = self.user_pegawai
        skp = self.make_skp(self.operator)  # no account: nobody to tell, nothing fails
        self.set_skp(skp)
        self.assertTrue(
            any("was set by" in b for b in self.inbox(self.user_pegawai, self.skp_staf))
        )
        rec = self.realisasi_staf("2026-09-01", "2026-09-30", "Sembilan tiket")
        rec.action_laporkan()
        rec.with_user(self.user_penilai).action_kembalikan()
        self.assertTrue(any("was returned by" in b for b in self.inbox(self.user_pegawai, rec)))

    def test_messages_in_the_recipients_language(self):
        self.env["res.lang"]._activate_lang("id_ID")
        self.user_pegawai.lang = "id_ID"
        rec = self.realisasi_staf("2026-08-01", "2026-08-31", "Delapan tiket")
        rec.action_laporkan()
        rec.with_user(self.user_penilai).action_kembalikan()
        body = " ".join(self.inbox(self.user_pegawai, rec))
        self.assertIn("dikembalikan", body.lower())
        self.assertNotIn("was returned", body)

    def test_calibration_tells_the_ppk(self):
        self.capaian("baik", user=self.user_admin)
        staf = self.generate().filtered(lambda e: e.employee_id == self.staf)
        self.rate(staf, "sesuai", "sesuai", user=self.user_penilai)
        staf.with_user(self.user_atasan)._kalibrasi("diatas", "diatas", "Kinerja menonjol")
        body = " ".join(self.inbox(self.user_penilai, staf))
        self.assertIn("calibrated your rating", body)
        self.assertIn("Kinerja menonjol", body)
        # the pegawai is not told before it is final (they cannot read it yet)
        self.assertFalse(self.inbox(self.user_pegawai, staf))

    def test_final_notices_are_one_batch(self):
        """Finalising tells every pegawai in the same number of queries for 5 or 20."""
        large = self.bulk_evaluations(10)
        small = large.filtered(lambda e: e.date_start.day <= 2)
        counts = [
            self.count_queries(lambda e=ev: e.sudo()._notify_final()) for ev in (small, large)
        ]
        self.assertLessEqual(counts[1], counts[0] + 2, counts)
        mine = small.filtered(lambda e: e.employee_id == self.staf)[:1]
        # the to-do to acknowledge carries the news: one notice per person
        self.assertIn(
            "is final", mine.activity_ids.filtered(lambda a: a.user_id == self.user_pegawai).note
        )
        self.assertFalse(self.inbox(self.user_pegawai, mine))

    def test_final_news_in_the_to_do_in_their_language(self):
        """The pegawai reads the news of their final evaluation in their language; one
        who already acknowledged it (final again after an objection) gets a message."""
        self.env["res.lang"]._activate_lang("id_ID")
        self.user_pegawai.lang = "id_ID"
        large = self.bulk_evaluations(2)
        mine = large.filtered(lambda e: e.employee_id == self.staf)[:2]
        mine[1].sudo().tanggal_diterima = "2026-02-01 08:00:00"
        mine.sudo()._notify_final()
        todo = mine[0].activity_ids.filtered(lambda a: a.user_id == self.user_pegawai)
        self.assertIn("sudah final", todo.note)
        self.assertFalse(mine[1].activity_ids)
        self.assertIn("sudah final", " ".join(self.inbox(self.user_pegawai, mine[1])))

    def test_the_to_do_built_in_sql_is_the_row_mail_creates(self):
        """The acknowledgement to-dos a finalisation builds in PostgreSQL
        (``_kinerja_jadwalkan_dari``) are the rows mail's create writes for the same
        to-do, in the assignee's language, and a second finalisation adds none."""
        self.env["res.lang"]._activate_lang("id_ID")
        self.user_pegawai.lang = "id_ID"
        mine = self.bulk_evaluations(2).filtered(lambda e: e.employee_id == self.staf)[:2]
        Evaluasi, Activity = mine.sudo(), self.env["mail.activity"].sudo()
        Evaluasi[0]._notify_final()
        Evaluasi[0]._notify_final()
        built = mine[0].activity_ids
        self.assertEqual(len(built), 1)
        todo = self.env.ref("hr_kinerja_asn.mail_act_evaluasi_terima")
        ev = mine[1].with_context(lang="id_ID")
        orm = Activity.with_context(mail_activity_quick_update=True).create(
            {
                "res_model_id": self.env["ir.model"]._get_id(ev._name),
                "res_id": ev.id,
                "activity_type_id": todo.id,
                "automated": True,
                "summary": Activity._kinerja_ringkasan(todo, "id_ID"),
                "note": Markup("<p>%s</p>")
                # the text of the first one's period (the two differ by their day)
                % ev._kinerja_kabar_final_teks(mine[0].periode_label, mine[0].predikat),
                "user_id": self.user_pegawai.id,
            }
        )
        self.env.flush_all()
        rows = []
        for activity in built | orm:
            self.env.cr.execute("SELECT * FROM mail_activity WHERE id = %s", [activity.id])
            names = [d.name for d in self.env.cr.description]
            row = dict(zip(names, self.env.cr.fetchone(), strict=True))
            self.assertEqual(
                row["res_name"], self.env[row["res_model"]].browse(row["res_id"]).display_name
            )
            rows.append({n: v for n, v in row.items() if n not in LAIN | {"res_name"}})
        self.maxDiff = None
        self.assertEqual(rows[0], rows[1])
        self.assertIn("sudah final", rows[0]["note"])

    def test_the_pegawai_follows_their_evaluation_from_its_creation(self):
        """A period's evaluations are followed by their pegawai from the day they are
        made (the PPK's notes reach them), with mail's default subtypes; their final
        news then subscribes nobody twice."""
        evaluations = self.generate()
        mine = evaluations.filtered(lambda e: e.employee_id == self.staf)
        self.assertTrue(mine)
        follower = mine.message_follower_ids.filtered(
            lambda f: f.partner_id == self.user_pegawai.partner_id
        )
        self.assertEqual(len(follower), 1)
        defaults = self.env["mail.message.subtype"]._default_subtypes(mine._name)[0]
        self.assertEqual(sorted(follower.subtype_ids.ids), sorted(defaults))
        mine.sudo()._notify_final()
        self.assertEqual(
            mine.message_follower_ids.filtered(
                lambda f: f.partner_id == self.user_pegawai.partner_id
            ),
            follower,
        )
