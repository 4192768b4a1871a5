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

from odoo import api, models

from .kinerja_sisip import sisipkan

# below this many rows the ORM's create is as quick and stays the one path
_BATCH = 50


class BusBus(models.Model):
    _inherit = "bus.bus"

    @api.model_create_multi
    def create(self, vals_list):
        if len(vals_list) >= _BATCH and all(
            vals.keys() == {"channel", "message"}
            and isinstance(vals["channel"], str)
            and isinstance(vals["message"], str)
            for vals in vals_list
        ):
            return sisipkan(
                self.sudo(),
                {
                    "channel": [vals["channel"] for vals in vals_list],
                    "message": [vals["message"] for vals in vals_list],
                },
            ).with_env(self.env)
        return super().create(vals_list)
