"""The pegawai's id in SIASN, which every payload names (``pnsDinilaiId`` /
``pnsDinilaiOrang``).

BKN knows a PNS by an id of its own, not by the NIP: the sending job asks
``pns/data-utama/{nip}`` once and keeps the answer here, so later submissions do
not ask again. The HR office may also enter or correct it.
"""

from odoo import fields, models

ADMIN = "hr_kinerja_asn.group_kinerja_admin"


class HrEmployee(models.Model):
    _inherit = "hr.employee"

    siasn_pns_id = fields.Char(
        string="SIASN ID",
        groups=ADMIN,
        copy=False,
        index="btree_not_null",
        help="The pegawai's id in BKN's SIASN (pns/data-utama). Filled by the first "
        "submission when empty.",
    )
