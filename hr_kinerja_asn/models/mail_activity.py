"""To-dos of the performance cycle, created in one insert for a whole batch.

Opening a year, finalising a unit or the monthly reminders schedule one activity per
record for hundreds of records: ``activity_schedule`` record by record would cost
queries per record (and an e-mail each), so every workflow goes through
``_kinerja_jadwalkan`` (spec decision 7: reminders to whoever must act).
"""

from collections import defaultdict

from odoo import api, fields, models
from odoo.exceptions import AccessError
from odoo.tools import SQL

from .kinerja_larik import larik
from .kinerja_sisip import nilai_kolom, sisipkan, sisipkan_dari


class MailActivity(models.Model):
    _inherit = "mail.activity"

    def _check_access(self, operation):
        """A to-do of the performance cycle is marked done, changed or removed by the
        person it is for (or the HR office); the workflow closes it when the thing is
        done. Others may read it on the record, without the buttons (``can_write``):
        an escalation to the atasan on a pegawai's SKP is not the pegawai's to close
        (issue 11)."""
        result = super()._check_access(operation)
        if operation not in ("write", "unlink") or self.env.su or not self:
            return result
        if self.env.user._kinerja_is_hr():
            return result
        kinerja = (
            self.env["mail.activity.type"].sudo().search([("res_model", "like", "hr.kinerja.%")])
        )
        others = self.sudo().filtered(
            lambda a: a.activity_type_id in kinerja and a.user_id.id != self.env.uid
        )
        if not others:
            return result
        forbidden = self.browse(others.ids) | (result[0] if result else self.browse())
        return forbidden, lambda: AccessError(
            self.env._("Only the person a performance to-do is for can mark it done.")
        )

    @api.model
    def _kinerja_ringkasan(self, act_type, lang):
        """The to-do's summary in its assignee's language; none while that language's
        terms are not loaded yet (the module's own installation, its demo): the to-do
        then shows its type's name, translated whenever it is read."""
        lang = lang or self.env.lang
        summary = act_type.with_context(lang=lang).summary
        if lang != "en_US" and summary == act_type.with_context(lang="en_US").summary:
            return False
        return summary

    @api.model
    def _kinerja_jadwalkan(self, items, skip_existing=True):
        """Create the to-dos ``items`` as superuser in one insert.

        ``items``: iterable of dicts with ``record``, ``type`` (an activity type
        record), ``user`` and optional ``deadline``, ``note``, ``summary``. A record
        that already has an open to-do of that type for that user is skipped.
        """
        items = [i for i in items if i["user"]]
        if not items:
            return self.browse()
        # everything a row needs read once per batch (model, record, type, user), not
        # per item: a province's month end is tens of thousands of to-dos
        record_ids = defaultdict(set)
        for item in items:
            record_ids[item["record"]._name].add(item["record"].id)
        names = {}
        for model, ids in record_ids.items():
            recs = self.env[model].sudo().browse(sorted(ids))
            # mail.activity computes res_name record by record: one read instead, or
            # one query where the model reads its names for a batch
            names[model] = (
                recs._kinerja_nama_batch()
                if hasattr(recs, "_kinerja_nama_batch")
                else {rec.id: rec.display_name for rec in recs}
            )
        user_lang_tz = self._kinerja_bahasa_zona({item["user"].id for item in items})
        return self._kinerja_jadwalkan_baris(
            (
                {
                    "model": item["record"]._name,
                    "res_id": item["record"].id,
                    "res_name": names[item["record"]._name][item["record"].id],
                    "type": item["type"],
                    "user_id": item["user"].id,
                    "lang": user_lang_tz[item["user"].id][0],
                    "tz": user_lang_tz[item["user"].id][1],
                    "summary": item.get("summary"),
                    "note": item.get("note"),
                    "deadline": item.get("deadline"),
                }
                for item in items
            ),
            skip_existing,
        )

    @api.model
    def _kinerja_bahasa_zona(self, user_ids):
        """``{user id: (lang, tz)}`` of the assignees in one query: through the ORM a
        user's language and time zone fetch the whole, wide ``res.users`` and
        ``res.partner`` rows (opening a province's year: 50,000 assignees, 5 s)."""
        self.env["res.partner"].flush_model(["lang", "tz"])
        self.env["res.users"].flush_model(["partner_id"])
        self.env.cr.execute(
            SQL(
                "SELECT u.id, p.lang, p.tz FROM res_users u "
                "JOIN res_partner p ON p.id = u.partner_id WHERE u.id = ANY(%s)",
                larik(sorted(user_ids)),
            )
        )
        return {uid: (lang, tz) for uid, lang, tz in self.env.cr.fetchall()}

    @api.model
    def _kinerja_jadwalkan_baris(self, entries, skip_existing=True):
        """The to-dos ``entries`` (dicts of what each row needs, read by the caller for
        its batch: ``model``, ``res_id``, ``res_name``, ``type``, ``user_id``, ``lang``,
        ``tz``, optional ``summary``, ``note``, ``deadline``) as rows, skipping one
        already open, then inserted (``_kinerja_sisipkan_baris``) or, for a single
        to-do outside a batch, created as mail creates it (an e-mail to its assignee)."""
        entries = list(entries)
        record_ids = defaultdict(set)
        for entry in entries:
            record_ids[entry["model"]].add(entry["res_id"])
        existing = self._kinerja_terbuka(record_ids) if skip_existing else set()
        model_ids = {model: self.env["ir.model"]._get_id(model) for model in record_ids}
        today = fields.Date.context_today(self)
        summaries = {}
        rows = []
        for entry in entries:
            model, res_id, act_type = entry["model"], entry["res_id"], entry["type"]
            key = (model, res_id, act_type.id, entry["user_id"])
            if key in existing:
                continue
            existing.add(key)
            summary = entry.get("summary")
            if not summary:
                lang = entry["lang"] or self.env.lang
                if (act_type.id, lang) not in summaries:
                    summaries[act_type.id, lang] = self._kinerja_ringkasan(act_type, lang)
                summary = summaries[act_type.id, lang]
            rows.append(
                {
                    "res_model_id": model_ids[model],
                    "res_model": model,
                    "res_id": res_id,
                    "res_name": entry["res_name"],
                    "activity_type_id": act_type.id,
                    "automated": True,
                    "active": True,
                    # in the language of whoever reads the to-do, not of the batch's user
                    "summary": summary,
                    "note": entry.get("note") or False,
                    "user_id": entry["user_id"],
                    "user_tz": entry["tz"] or False,
                    "date_deadline": entry.get("deadline") or today,
                }
            )
        quick = self.env.context.get("mail_activity_quick_update", len(rows) > 1)
        if not quick:
            # one to-do told by e-mail, as Odoo does for a to-do given to someone
            for vals in rows:
                for computed in ("res_model", "res_name", "user_tz"):
                    vals.pop(computed)
            return self.sudo().create(rows)
        return self._kinerja_sisipkan_baris(rows)

    @api.model
    def _kinerja_sisipkan_baris(self, rows):
        """Insert a batch's to-dos given as rows (every column mail's create fills):
        mail's create would subscribe the assignees user by user and the ORM build each
        row in Python; the rows and the subscriptions go in set-based
        (``kinerja_sisip``)."""
        if not rows:
            return self.browse()
        activities = sisipkan(self.sudo(), {name: [row[name] for row in rows] for name in rows[0]})
        today = fields.Date.context_today(self)
        return activities._kinerja_setelah_sisip(
            {row["user_id"] for row in rows if row["date_deadline"] <= today}
        )

    def _kinerja_setelah_sisip(self, due):
        """What mail's create does after inserting these to-dos, for the batch: each
        assignee follows the record, and the to-do counters of ``due`` (the assignees
        of those due today or earlier) refresh, sent once at commit as mail does."""
        self._kinerja_ikuti()
        self.env["bus.bus"]._kinerja_kabari_pengguna(
            due, "mail.activity/updated", {"activity_created": True}
        )
        return self

    @api.model
    def _kinerja_jadwalkan_dari(self, model, act_type, sumber, catatan=None):
        """One to-do of ``act_type``, due today, per row of the query ``sumber`` on
        ``model``'s records, built and inserted by PostgreSQL in one statement
        (``kinerja_sisip.sisipkan_dari``): a province's finalisation gives each of
        50,000 pegawai a to-do from rows it reads from the database anyway.

        ``sumber``: SQL of rows ``(res_id, user_id, lang, tz, res_name, kunci)``, one per
        record (the to-dos follow the records' order): the assignee, their language and time
        zone, the record's display name, and the key of its note in ``catatan``
        (``{kunci: function(lang) returning its Markup in that language}``). The same
        rows as ``_kinerja_jadwalkan_baris``: the summary in the assignee's language
        (``_kinerja_ringkasan``), one already open (type, record, user) skipped."""
        Activity = self.sudo()
        default = self.env.lang or "en_US"
        lang = SQL("coalesce(s.lang, %s)", default)
        # the assignees' accounts, languages and time zones are read by the query
        self.env["res.users"].flush_model(["partner_id"])
        self.env["res.partner"].flush_model(["lang", "tz"])
        # every language a user reads in (a few), each text made once
        self.env.cr.execute(
            "SELECT DISTINCT p.lang FROM res_users u JOIN res_partner p ON p.id = u.partner_id "
            "WHERE p.lang IS NOT NULL"
        )
        langs = sorted({default, *(row[0] for row in self.env.cr.fetchall())})
        summaries = [self._kinerja_ringkasan(act_type, code) or None for code in langs]
        keys = [(code, key) for key in catatan or () for code in langs]
        notes = nilai_kolom(
            Activity._fields["note"], Activity, [catatan[key](code) for code, key in keys]
        )
        today = fields.Date.context_today(self)
        activities, rows = sisipkan_dari(
            Activity,
            {
                "res_model_id": SQL("%s", self.env["ir.model"]._get_id(model)),
                "res_model": SQL("%s", model),
                "res_id": SQL("s.res_id"),
                "res_name": SQL("s.res_name"),
                "activity_type_id": SQL("%s", act_type.id),
                "automated": SQL("TRUE"),
                "active": SQL("TRUE"),
                "summary": SQL("r.summary"),
                "note": SQL("c.note"),
                "user_id": SQL("s.user_id"),
                "user_tz": SQL("s.tz"),
                "date_deadline": SQL("%s::date", today),
            },
            SQL(
                "(%(sumber)s) AS s(res_id, user_id, lang, tz, res_name, kunci) "
                "LEFT JOIN unnest(%(langs)s, %(summaries)s) AS r(lang, summary) "
                "ON r.lang = %(lang)s "
                "LEFT JOIN unnest(%(nlangs)s, %(keys)s, %(notes)s) AS c(lang, kunci, note) "
                "ON c.lang = %(lang)s AND c.kunci = s.kunci "
                "WHERE NOT EXISTS (SELECT 1 FROM mail_activity a WHERE a.res_model = %(model)s "
                "AND a.res_id = s.res_id AND a.activity_type_id = %(type)s "
                "AND a.user_id = s.user_id AND a.active) ORDER BY s.res_id",
                sumber=sumber,
                langs=larik(langs, "varchar"),
                summaries=larik(summaries, "varchar"),
                lang=lang,
                nlangs=larik([code for code, _key in keys], "varchar"),
                keys=larik([key for _code, key in keys], "text"),
                notes=larik(notes, "text"),
                model=model,
                type=act_type.id,
            ),
            kembali=("user_id",),
        )
        return activities._kinerja_setelah_sisip({user_id for (user_id,) in rows})

    @api.model
    def _kinerja_terbuka(self, record_ids):
        """``{(model, res_id, type id, user id)}`` of the open to-dos on these records
        (``{model: ids}``), one query per model."""
        found = set()
        for model, ids in record_ids.items():
            self.env.cr.execute(
                SQL(
                    "SELECT res_id, activity_type_id, user_id FROM mail_activity "
                    "WHERE res_model = %s AND res_id = ANY(%s) AND active",
                    model,
                    larik(ids),
                )
            )
            found.update((model, *row) for row in self.env.cr.fetchall())
        return found

    def _kinerja_ikuti(self):
        """Each assignee follows the record of their to-do (what ``mail.activity.create``
        does), in two statements per model for the whole batch: the followers, then
        their default subtypes (``mail.followers._insert_followers``'s choice for
        internal users)."""
        if not self:
            return
        self.env.cr.execute(
            SQL(
                "SELECT a.res_model, array_agg(DISTINCT a.res_id) FROM mail_activity a "
                "WHERE a.id = ANY(%s) GROUP BY a.res_model",
                larik(self.ids),
            )
        )
        for model, res_ids in self.env.cr.fetchall():
            if not hasattr(self.env[model], "message_subscribe"):
                continue
            self.env["mail.followers"]._kinerja_ikutkan(
                model,
                res_ids,
                SQL(
                    "SELECT DISTINCT a.res_model, a.res_id, u.partner_id FROM mail_activity a "
                    "JOIN res_users u ON u.id = a.user_id "
                    "WHERE a.id = ANY(%s) AND a.res_model = %s",
                    larik(self.ids),
                    model,
                ),
            )
