"""The web client's notifications of a batch written in one INSERT (issue 14).

Every to-do a batch gives or closes tells its assignee's browser to refresh the to-do
counter: ``bus.bus._sendone`` queues one row per user and the bus creates them all
through the ORM when the transaction commits. At a province's month end that is one
row per pegawai (50,000 when the annual results are finalised), and the ORM's
``create`` spends about 0.15 ms on each in Python (defaults, cache, precompute): more
than the evaluations' own update. The queued rows are plain text (a channel and a
message, both JSON the bus itself wrote), so a large batch of them goes in one
``INSERT ... SELECT FROM unnest`` (``kinerja_sisip``); the bus's NOTIFY after the
commit is unchanged.
"""

from datetime import timedelta

from odoo import api, fields, models
from odoo.tools import SQL

from odoo.addons.bus.models.bus import json_dump
from odoo.addons.bus.models.bus_presence import DISCONNECTION_TIMER

from .kinerja_larik import larik
from .kinerja_sisip import sisipkan

# below this many rows the ORM's create is as quick and stays the one path
_BATCH = 50


class BusBus(models.Model):
    _inherit = "bus.bus"

    @api.model_create_multi
    def create(self, vals_list):
        # only the bus's own commit hook (as superuser): anyone else goes through the
        # ORM's create and its access check (nobody has rights on the bus)
        if (
            self.env.su
            and len(vals_list) >= _BATCH
            and all(
                vals.keys() == {"channel", "message"}
                and isinstance(vals["channel"], str)
                and isinstance(vals["message"], str)
                for vals in vals_list
            )
        ):
            return sisipkan(
                self,
                {
                    "channel": [vals["channel"] for vals in vals_list],
                    "message": [vals["message"] for vals in vals_list],
                },
            )
        return super().create(vals_list)

    @api.model
    def _kinerja_kabari_pengguna(self, user_ids, notification_type, payload):
        """``res.users._bus_send`` for a batch's users, to those with the web client
        open: the notification only refreshes an open browser's to-do counter, and a
        user without one reads the counter when they next open it (the bus keeps a
        notification for less than a minute). A province's finalisation gives 50,000
        to-dos at night, to a few hundred open browsers. Queued for each user's channel
        (their partner) as ``_sendone`` queues it."""
        if not user_ids:
            return
        recent = fields.Datetime.now() - timedelta(seconds=DISCONNECTION_TIMER)
        self.env.cr.execute(
            SQL(
                "SELECT u.partner_id FROM res_users u "
                "JOIN bus_presence p ON p.user_id = u.id "
                "WHERE u.id = ANY(%s) AND (p.status != 'offline' OR p.last_poll > %s)",
                larik(user_ids),
                recent,
            )
        )
        rows = self.env.cr.fetchall()
        if not rows:
            return
        self._ensure_hooks()
        dbname = self.env.cr.dbname
        message = json_dump({"type": notification_type, "payload": payload})
        values = self.env.cr.precommit.data["bus.bus.values"]
        channels = self.env.cr.postcommit.data["bus.bus.channels"]
        for (partner_id,) in rows:
            channel = (dbname, "res.partner", partner_id)
            values.append({"channel": json_dump(channel), "message": message})
            channels.add(channel)
