"""To-dos of the performance cycle, created in one insert for a whole batch.

Opening a year, finalising a unit or the monthly reminders schedule one activity per
record for hundreds of records: ``activity_schedule`` record by record would cost
queries per record (and an e-mail each), so every workflow goes through
``_kinerja_jadwalkan`` (spec decision 7: reminders to whoever must act).
"""

from odoo import api, fields, models
from odoo.exceptions import AccessError
from odoo.tools import SQL

from .kinerja_sisip import sisipkan


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
    def _kinerja_ringkasan(self, act_type, user):
        """The to-do's summary in its assignee's language; none while that language's
        terms are not loaded yet (the module's own installation, its demo): the to-do
        then shows its type's name, translated whenever it is read."""
        lang = user.lang or self.env.lang
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
        today = fields.Date.context_today(self)
        # ids first, one recordset per model at the end: ``|=`` in the loop would copy
        # the growing recordset each time (quadratic in the batch)
        record_ids = {}
        for item in items:
            record_ids.setdefault(item["record"]._name, []).extend(item["record"].ids)
        records = {model: self.env[model].browse(ids) for model, ids in record_ids.items()}
        existing = set()
        if skip_existing:
            for model, recs in records.items():
                for act in self.sudo().search(
                    [("res_model", "=", model), ("res_id", "in", recs.ids)]
                ):
                    existing.add((model, act.res_id, act.activity_type_id.id, act.user_id.id))
        # mail.activity computes res_name record by record: warm the cache in one read
        for recs in records.values():
            recs.sudo().mapped("display_name")
        rows = []
        for item in items:
            record, act_type, user = item["record"], item["type"], item["user"]
            key = (record._name, record.id, act_type.id, user.id)
            if key in existing:
                continue
            existing.add(key)
            rows.append(
                {
                    "res_model_id": self.env["ir.model"]._get_id(record._name),
                    "res_model": record._name,
                    "res_id": record.id,
                    "res_name": record.sudo().display_name,
                    "activity_type_id": act_type.id,
                    "automated": True,
                    "active": True,
                    # in the language of whoever reads the to-do, not of the batch's user
                    "summary": item.get("summary") or self._kinerja_ringkasan(act_type, user),
                    "note": item.get("note") or False,
                    "user_id": user.id,
                    "user_tz": user.sudo().tz or False,
                    "date_deadline": item.get("deadline") or today,
                }
            )
        quick = self.env.context.get("mail_activity_quick_update", len(rows) > 1)
        if not quick:
            # one to-do told by e-mail, as Odoo does for a to-do given to someone
            for vals in rows:
                for computed in ("res_model", "res_name", "user_tz"):
                    vals.pop(computed)
            return self.sudo().create(rows)
        # a batch: mail's create would subscribe the assignees user by user and the ORM
        # build each row in Python; the rows (the columns mail's create fills) and the
        # subscriptions go in set-based (``kinerja_sisip``)
        activities = sisipkan(
            self.sudo(), {name: [row[name] for row in rows] for name in rows[0]} if rows else {}
        )
        activities._kinerja_ikuti()
        # the assignees' to-do counters refresh (sent once at commit, as mail does)
        self.env["res.users"].browse(
            {row["user_id"] for row in rows if row["date_deadline"] <= today}
        )._bus_send("mail.activity/updated", {"activity_created": True})
        return activities

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
                self.ids,
            )
        )
        for model, res_ids in self.env.cr.fetchall():
            if not hasattr(self.env[model], "message_subscribe"):
                continue
            self.env.cr.execute(
                SQL(
                    "INSERT INTO mail_followers (res_model, res_id, partner_id) "
                    "SELECT DISTINCT a.res_model, a.res_id, u.partner_id FROM mail_activity a "
                    "JOIN res_users u ON u.id = a.user_id "
                    "WHERE a.id = ANY(%s) AND a.res_model = %s "
                    "ON CONFLICT DO NOTHING RETURNING id",
                    self.ids,
                    model,
                )
            )
            followers = [row[0] for row in self.env.cr.fetchall()]
            subtypes = self.env["mail.message.subtype"].sudo()._default_subtypes(model)[0]
            if followers and subtypes:
                self.env.cr.execute(
                    SQL(
                        "INSERT INTO mail_followers_mail_message_subtype_rel "
                        "(mail_followers_id, mail_message_subtype_id) "
                        "SELECT f, s FROM unnest(%s::int[]) AS f, unnest(%s::int[]) AS s "
                        "ON CONFLICT DO NOTHING",
                        followers,
                        list(subtypes),
                    )
                )
            self.env[model].browse(res_ids).invalidate_recordset(
                ["message_follower_ids", "message_partner_ids"]
            )
