"""The PPK signs the final evaluations of a unit in one go.

When the HR office (or another PPK) finalises a unit, each PPK of it still has to sign
the evaluations they appraise (PermenPANRB 6/2022: the evaluation document is signed by
the Pejabat Penilai Kinerja). They get one to-do per unit, not one per evaluation: at a
province's month end that is a few thousand to-dos instead of fifty thousand (issue 14),
and a PPK with twenty-five appraisees signs them with one button instead of twenty-five.
"""

from collections import Counter

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import SQL

from .res_users import bertindak_sebagai_ppk

AKTIVITAS_UNIT = "hr_kinerja_asn.mail_act_unit_tanda_tangan"


class HrKinerjaEvaluasiUnit(models.Model):
    _name = "hr.kinerja.evaluasi.unit"
    _inherit = ["hr.kinerja.evaluasi.unit", "mail.activity.mixin"]

    can_tandatangani = fields.Boolean(
        compute="_compute_can_tandatangani",
        search="_search_can_tandatangani",
        string="Can Sign My Evaluations",
    )

    @api.depends_context("uid")
    def _compute_can_tandatangani(self):
        for unit in self:
            unit.can_tandatangani = bool(unit._kinerja_menunggu_tanda_tangan())

    def _search_can_tandatangani(self, operator, value):
        """The units waiting for the current user's signature ("Waiting for My
        Signature" in the menu, beside those being rated): the final, unsigned
        evaluations and their PPK's account in one query, the PPK rule on each."""
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise UserError(self.env._("Filter the units waiting for your signature."))
        uid, is_hr = self.env.uid, self.env.user._kinerja_is_hr()
        self.env["hr.kinerja.evaluasi"].flush_model(
            ["unit_id", "state", "ditandatangani_penilai", "penilai_id"]
        )
        self.env["hr.employee"].flush_model(["user_id"])
        self.env.cr.execute(
            SQL(
                "SELECT DISTINCT ev.unit_id, ev.penilai_id, e.user_id "
                "FROM hr_kinerja_evaluasi ev LEFT JOIN hr_employee e ON e.id = ev.penilai_id "
                "WHERE ev.state = 'final' AND ev.ditandatangani_penilai IS NOT TRUE "
                "AND ev.unit_id IS NOT NULL"
            )
        )
        waiting = [
            unit_id
            for unit_id, ppk_id, ppk_uid in self.env.cr.fetchall()
            if bertindak_sebagai_ppk(uid, ppk_uid, bool(ppk_id), lambda: is_hr, menilai=True)
        ]
        return [("id", "in" if (operator == "=") == value else "not in", waiting)]

    def _kinerja_menunggu_tanda_tangan(self):
        """The final evaluations of these units waiting for the current user's signature
        as their PPK (as the user: the rule of ``action_tandatangani`` of each)."""
        waiting = (
            self._evaluasi_semua()
            .filtered(lambda ev: ev.state == "final" and not ev.ditandatangani_penilai)
            .with_env(self.env)
        )
        return waiting._boleh_menilai()

    def action_tandatangani(self):
        """The PPK signs every final evaluation of the unit they appraise, in one go; each
        passes the same check as signing it alone."""
        self.check_access("read")  # any id can arrive over RPC
        mine = self._kinerja_menunggu_tanda_tangan()
        if not mine:
            raise UserError(
                self.env._(
                    "No final evaluation of %(unit)s waits for your signature.",
                    unit=", ".join(self.mapped("name")),
                )
            )
        mine.action_tandatangani()
        return True

    def _kinerja_jadwalkan_tanda_tangan(self, evaluations):
        """One to-do per unit and PPK for ``evaluations`` (final, to be signed by their
        PPK), saying how many wait."""
        act = self.env.ref(AKTIVITAS_UNIT)
        if not evaluations:
            return
        # how many wait per unit and PPK account, from one query
        count = Counter(
            evaluations._kinerja_dengan_pegawai(
                SQL("ev.unit_id, e.user_id"),
                SQL("ev.unit_id IS NOT NULL AND e.user_id IS NOT NULL"),
                ["unit_id"],
                pegawai="penilai_id",
            )
        )
        units = self.browse({unit_id for unit_id, _user in count}).sudo()
        users = self.env["res.users"].sudo().browse({user_id for _unit, user_id in count})
        envs = {}  # one environment per language
        for user in users:
            lang = user.lang or self.env.lang
            if lang not in envs:
                envs[lang] = self.with_context(lang=lang).env
        self.env["mail.activity"]._kinerja_jadwalkan(
            {
                "record": units.browse(unit_id),
                "type": act,
                "user": users.browse(user_id),
                "note": envs[users.browse(user_id).lang or self.env.lang]._(
                    "%(count)s final evaluation(s) wait for your signature.", count=n
                ),
            }
            for (unit_id, user_id), n in count.items()
        )

    def _kinerja_selesai_tanda_tangan(self):
        """The current user's signing to-do on these units is done once nothing of theirs
        waits any more."""
        done = self.filtered(lambda unit: not unit._kinerja_menunggu_tanda_tangan())
        done.sudo().activity_unlink([AKTIVITAS_UNIT], user_id=self.env.uid)
