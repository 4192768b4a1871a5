"""Followers of a batch's records written set-based (issue 14)."""

from odoo import api, models
from odoo.tools import SQL

from .kinerja_larik import larik


class MailFollowers(models.Model):
    _inherit = "mail.followers"

    @api.model
    def _kinerja_ikutkan(self, model, res_ids, pasangan):
        """The partners ``pasangan`` (an SQL query of ``res_model, res_id, partner_id``
        rows) follow those records of ``model`` (``res_ids``), skipping who already
        does, with their default subtypes (``mail.followers._insert_followers``'s choice
        for internal users): two statements for a whole batch."""
        # who already follows is left out before inserting: at a province's month end
        # every pegawai already follows their evaluation, and a conflict found by the
        # insert costs several times the unique index's lookup
        self.env.cr.execute(
            SQL(
                "INSERT INTO mail_followers (res_model, res_id, partner_id) "
                "SELECT * FROM (%s) AS b(res_model, res_id, partner_id) WHERE NOT EXISTS ("
                "SELECT 1 FROM mail_followers f WHERE f.res_model = b.res_model "
                "AND f.res_id = b.res_id AND f.partner_id = b.partner_id) "
                "ON CONFLICT DO NOTHING RETURNING id",
                pasangan,
            )
        )
        followers = [row[0] for row in self.env.cr.fetchall()]
        subtypes = self.env["mail.message.subtype"].sudo()._default_subtypes(model)[0]
        if followers and subtypes:
            self.env.cr.execute(
                SQL(
                    "INSERT INTO mail_followers_mail_message_subtype_rel "
                    "(mail_followers_id, mail_message_subtype_id) "
                    "SELECT f, s FROM unnest(%s) AS f, unnest(%s) AS s "
                    "ON CONFLICT DO NOTHING",
                    larik(followers),
                    larik(subtypes),
                )
            )
        self.env[model].browse(res_ids).invalidate_recordset(
            ["message_follower_ids", "message_partner_ids"]
        )
