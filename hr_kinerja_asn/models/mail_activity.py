"""To-dos of the performance cycle, created in one insert for a whole batch.

Opening a year, finalising a unit or the monthly reminders schedule one activity per
record for hundreds of records: ``activity_schedule`` record by record would cost
queries per record (and an e-mail each), so every workflow goes through
``_kinerja_jadwalkan`` (spec decision 7: reminders to whoever must act).
"""

from odoo import api, fields, models
from odoo.exceptions import AccessError
from odoo.tools import SQL


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
        vals_list = []
        for item in items:
            record, act_type, user = item["record"], item["type"], item["user"]
            key = (record._name, record.id, act_type.id, user.id)
            if key in existing:
                continue
            existing.add(key)
            vals_list.append(
                {
                    "res_model_id": self.env["ir.model"]._get_id(record._name),
                    "res_id": record.id,
                    "activity_type_id": act_type.id,
                    "automated": True,
                    # in the language of whoever reads the to-do, not of the batch's user
                    "summary": item.get("summary") or self._kinerja_ringkasan(act_type, user),
                    "note": item.get("note") or False,
                    "user_id": user.id,
                    "date_deadline": item.get("deadline") or today,
                }
            )
        quick = self.env.context.get("mail_activity_quick_update", len(vals_list) > 1)
        if not quick:
            # one to-do told by e-mail, as Odoo does for a to-do given to someone
            return self.sudo().create(vals_list)
        # a batch: mail's create would subscribe the assignees user by user (queries per
        # pegawai for a unit or a year); the rows and the subscriptions go in set-based
        activities = models.Model.create(self.sudo(), vals_list)
        activities._kinerja_ikuti()
        # the assignees' to-do counters refresh (sent once at commit, as mail does)
        activities.filtered(lambda a: a.date_deadline <= today).user_id._bus_send(
            "mail.activity/updated", {"activity_created": True}
        )
        return activities

    def _kinerja_ikuti(self):
        """Each assignee follows the record of their to-do (what ``mail.activity.create``
        does), in two statements for the whole batch: the followers, then their default
        subtypes (``mail.followers._insert_followers``'s choice for internal users)."""
        by_model = {}
        for act in self.sudo():
            if act.user_id.partner_id:
                by_model.setdefault(act.res_model, []).append(
                    (act.res_id, act.user_id.partner_id.id)
                )
        for model, pairs in by_model.items():
            if not hasattr(self.env[model], "message_subscribe"):
                continue
            res_ids, partner_ids = zip(*sorted(set(pairs)), strict=True)
            self.env.cr.execute(
                SQL(
                    "INSERT INTO mail_followers (res_model, res_id, partner_id) "
                    "SELECT %s, r, p FROM unnest(%s::int[], %s::int[]) AS t(r, p) "
                    "ON CONFLICT DO NOTHING RETURNING id",
                    model,
                    list(res_ids),
                    list(partner_ids),
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
