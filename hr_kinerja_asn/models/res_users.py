"""Who the current user is in the performance cycle: the two questions every
workflow asks, answered in one place.

* the HR office (BKPSDM / biro kepegawaian): ``group_kinerja_admin``;
* whether the user acts as a given Pejabat Penilai Kinerja (PermenPANRB 6/2022:
  the PPK sets the SKP, follows up, rates). The HR office stands in for a PPK in the
  administrative steps (setting an SKP, returning a realisation); for the rating
  itself only when the PPK has no account, e.g. a Kepala Daerah (``docs/decisions.md``).
"""

from contextlib import contextmanager

from odoo import SUPERUSER_ID, api, fields, models
from odoo.tools import SQL

# the key, in the cursor's transaction cache, of the HR-office answers a batch's checks
# share (``peran_sekali``)
_PERAN = "hr_kinerja_asn.is_hr"


@contextmanager
def peran_sekali(env):
    """Inside this block, whether a user is the HR office is looked up once: a batch's
    checks (``_check_can`` over a province's 50,000 SKPs) asked it record by record,
    through ``has_group``'s cache, about a second at 50,000. Nothing in a check changes
    a user's groups; the answers are dropped when the block ends."""
    if _PERAN in env.cr.cache:
        yield
        return
    env.cr.cache[_PERAN] = {}
    try:
        yield
    finally:
        env.cr.cache.pop(_PERAN, None)


def bertindak_sebagai_ppk(uid, ppk_uid, ada_ppk, is_hr, menilai=False):
    """The rule of ``_kinerja_sebagai_ppk`` on plain values, for batches: ``is_hr`` a
    callable (the group looked up only when needed, or once for a batch)."""
    if ppk_uid:
        return ppk_uid == uid or (not menilai and is_hr())
    return ada_ppk and is_hr()


class ResUsers(models.Model):
    _inherit = "res.users"

    kinerja_struktur_ids = fields.Many2many(
        "hr.employee",
        string="Own Employees and Their Subordinates",
        compute="_compute_kinerja_struktur_ids",
        compute_sudo=True,
    )
    kinerja_atasan_ids = fields.Many2many(
        "hr.employee",
        string="Own Employees and Their Superiors",
        compute="_compute_kinerja_struktur_ids",
        compute_sudo=True,
    )

    # the user's active employees, then level by level down (parent_id = b.id) or up
    _KINERJA_STRUKTUR_SQL = {
        "kinerja_struktur_ids": "JOIN bagan b ON e.parent_id = b.id",
        "kinerja_atasan_ids": "JOIN hr_employee b ON b.parent_id = e.id"
        " JOIN bagan x ON x.id = b.id",
    }

    def _compute_kinerja_struktur_ids(self):
        """The user's active employees and, level by level, their active subordinates
        (``kinerja_struktur_ids``) or superiors (``kinerja_atasan_ids``): what
        ``('employee_id', 'child_of' / 'parent_of', user.employee_ids.ids)`` meant in
        the record rules, in one query each. Written as a literal list in a rule, it
        is computed once per user and cached with the rule
        (``ir.rule._compute_domain``); ``child_of`` and ``parent_of`` walked the
        hierarchy again, one query per level, for every model a screen reads (issue
        14: an SKP form read it 15 times). ``hr.employee`` clears that cache when the
        hierarchy changes."""
        for user in self:
            for fname, join in self._KINERJA_STRUKTUR_SQL.items():
                self.env.cr.execute(
                    SQL(
                        "WITH RECURSIVE bagan(id) AS ("
                        " SELECT id FROM hr_employee WHERE user_id = %s AND active"
                        " UNION SELECT e.id FROM hr_employee e %s WHERE e.active)"
                        " SELECT id FROM bagan",
                        user.id,
                        SQL(join),
                    )
                )
                user[fname] = [row[0] for row in self.env.cr.fetchall()]

    def _kinerja_is_hr(self):
        """The agency's HR office (Administrator Kepegawaian)."""
        self.ensure_one()
        answers = self.env.cr.cache.get(_PERAN)
        if answers is None:
            return self.has_group("hr_kinerja_asn.group_kinerja_admin")
        if self.id not in answers:
            answers[self.id] = self.has_group("hr_kinerja_asn.group_kinerja_admin")
        return answers[self.id]

    @api.model
    def _kinerja_kantor_kepegawaian(self, company):
        """The HR office of ``company``: its officers (internal users of the admin group,
        never the superuser), the Odoo administrator last. Whom to-dos and escalations
        meant for "the HR office" go to."""
        admin = self.env.ref("base.user_admin", raise_if_not_found=False)
        users = (
            self.env.ref("hr_kinerja_asn.group_kinerja_admin")
            .sudo()
            .users.filtered(
                lambda u: not u.share and u.id != SUPERUSER_ID and company in u.company_ids
            )
        )
        return users.sorted(lambda u: (u == admin, u.id))

    def _kinerja_sebagai_ppk(self, ppk, menilai=False):
        """True when this user acts as ``ppk`` (an ``hr.employee``): they are its user,
        or they are the HR office, which for a rating (``menilai``) stands in only for
        a PPK without an account."""
        self.ensure_one()
        ppk = ppk.sudo()
        return bertindak_sebagai_ppk(
            self.id, ppk.user_id.id, bool(ppk), self._kinerja_is_hr, menilai
        )

    @api.model
    def _kinerja_beranda_sebagai_awal(self):
        """The performance home is the first screen of every internal user who has not
        chosen another (issue 11: nobody should land on Discuss to find their month).
        New users get it from a default (``ir.default``); existing ones here, once."""
        action = self.env.ref("hr_kinerja_asn.hr_kinerja_beranda_action", raise_if_not_found=False)
        if not action:
            return
        self.env["ir.default"].sudo().set("res.users", "action_id", action.id)
        users = (
            self.sudo()
            .with_context(active_test=True)
            .search([("share", "=", False), ("action_id", "=", False)])
        )
        users.write({"action_id": action.id})
