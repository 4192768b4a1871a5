"""Umpan balik berkelanjutan: continuous feedback to a pegawai, from every side.

Sources: the PPK / leaders (``pimpinan``: berkala on the agreed schedule, or
insidentil), peers (``rekan``), subordinates (``bawahan``) and other parties
(``pihak_lain``, a partner). Feedback is on the SKP, an RHK or a BerAKHLAK value.

Anonymity (spec decision 11): feedback from subordinates may be ``anonim``. The
giver is then not stored on this record at all (``pemberi_id`` stays empty and
the record is written as OdooBot, so ``create_uid``/``write_uid`` say nothing);
the giver lives in ``hr.kinerja.umpan.balik.pemberi``, which the record rules
open to the giver, the receiver's leaders and the HR office — never to the
receiver. This model has no chatter, so no message can carry an author either.

Who may do what:

==================  ============================================================
create              anyone with an employee, for a colleague of the same agency
                    (source checked against the hierarchy); pihak_lain: the PPK
read                the giver, the receiver, the PPK and leaders above, admin
write / delete      the giver (or admin), before a follow-up is recorded
follow-up           the receiver's PPK (or admin)
==================  ============================================================
"""

from odoo import SUPERUSER_ID, api, fields, models
from odoo.exceptions import UserError, ValidationError

from .kinerja_teks import kalimat

SUMBER = [
    ("pimpinan", "Leader"),
    ("rekan", "Peer"),
    ("bawahan", "Subordinate"),
    ("pihak_lain", "Other Party"),
]
TINDAK_LANJUT = [
    ("apresiasi", "Appreciation"),
    ("penugasan_baru", "New Assignment"),
    ("penyesuaian_ekspektasi", "Adjusted Expectations"),
    ("penyesuaian_sumber_daya", "Adjusted Resources"),
    ("bimbingan", "Coaching (Bimbingan)"),
    ("konseling", "Counselling (Konseling)"),
]
#: follow-ups that fit each answer to "is there progress?"
TINDAK_LANJUT_BY_KEMAJUAN = {
    "ada": {"apresiasi", "penugasan_baru"},
    "tidak_ada": {"penyesuaian_ekspektasi", "penyesuaian_sumber_daya", "bimbingan", "konseling"},
}


class HrKinerjaUmpanBalik(models.Model):
    _name = "hr.kinerja.umpan.balik"
    _inherit = ["hr.kinerja.ikut.revisi"]
    _description = "Continuous Feedback"
    _order = "tanggal desc, id desc"
    _check_company_auto = True

    employee_id = fields.Many2one(
        "hr.employee",
        string="Receiver",
        required=True,
        index=True,
        # not check_company: the company follows the SKP, unknown until the receiver is chosen
        domain="[('company_id', 'in', allowed_company_ids), ('user_id', '!=', uid)]",
    )
    skp_id = fields.Many2one(
        "hr.kinerja.skp",
        string="SKP",
        required=True,
        index=True,
        ondelete="cascade",
        check_company=True,
        compute="_compute_skp_id",
        store=True,
        readonly=False,
        precompute=True,
        help="The receiver's current set SKP (found for you: peers need no access to it).",
    )
    core_value_id = fields.Many2one(
        "hr.kinerja.core.value",
        string="BerAKHLAK Value",
        ondelete="restrict",
        help="Feedback on a behaviour: the matching line of the receiver's SKP is linked.",
    )
    rhk_id = fields.Many2one(
        "hr.kinerja.rhk",
        string="RHK",
        index=True,
        ondelete="set null",
        domain="[('skp_id', '=', skp_id)]",
    )
    perilaku_id = fields.Many2one(
        "hr.kinerja.perilaku",
        string="Core Value",
        index=True,
        ondelete="set null",
        domain="[('skp_id', '=', skp_id)]",
    )
    realisasi_id = fields.Many2one(
        "hr.kinerja.realisasi", string="Realisation", index=True, ondelete="set null"
    )
    company_id = fields.Many2one(related="skp_id.company_id", store=True, index=True)
    pemberi_id = fields.Many2one(
        "hr.employee",
        string="Given By",
        index=True,
        help="Empty when the feedback is anonymous.",
    )
    pemberi_partner_id = fields.Many2one("res.partner", string="Other Party")
    pemberi_label = fields.Char(string="From", compute="_compute_pemberi_label")
    anonim = fields.Boolean(
        string="Anonymous", help="Subordinates only: the receiver never learns the giver."
    )
    sumber = fields.Selection(SUMBER, string="Source", required=True, default="pimpinan")
    cara = fields.Selection(
        [("langsung", "Direct"), ("tidak_langsung", "Indirect")],
        string="Channel",
        required=True,
        default="langsung",
    )
    sifat = fields.Selection(
        [("berkala", "Scheduled"), ("insidentil", "Incidental")],
        string="Nature",
        required=True,
        default="insidentil",
    )
    isi = fields.Text(string="Feedback", required=True)
    tanggal = fields.Date(
        string="Date", required=True, default=fields.Date.context_today, index=True
    )
    kemajuan = fields.Selection(
        [("ada", "Progress"), ("tidak_ada", "No Progress")], string="Progress"
    )
    tindak_lanjut = fields.Selection(TINDAK_LANJUT, string="Follow-up")
    catatan_tindak_lanjut = fields.Text(string="Follow-up Note")
    pembinaan_id = fields.Many2one(
        "hr.kinerja.pembinaan", string="Coaching / Counselling", readonly=True
    )
    anonim_pemberi_ids = fields.One2many(
        "hr.kinerja.umpan.balik.pemberi",
        "umpan_balik_id",
        groups="hr_kinerja_asn.group_kinerja_admin",
    )
    is_pemberi = fields.Boolean(compute="_compute_user_roles")
    is_penilai = fields.Boolean(compute="_compute_user_roles")

    # ------------------------------------------------------------------
    @api.depends_context("uid")
    @api.depends("pemberi_id", "pemberi_partner_id", "anonim", "sumber")
    def _compute_pemberi_label(self):
        """Who gave it, as this user may know it (the receiver never sees an anonymous giver)."""
        anonymous_ids = self.filtered("anonim").ids
        Pemberi = self.env["hr.kinerja.umpan.balik.pemberi"]
        # record rules decide: nothing for the receiver
        givers = (
            Pemberi.search([("umpan_balik_id", "in", anonymous_ids)]) if anonymous_ids else Pemberi
        )
        (givers.pemberi_id | self.pemberi_id).mapped("name")  # the names in one read
        hidden = {g.umpan_balik_id.id: g.pemberi_id.name for g in givers}
        for rec in self:
            if rec.anonim:
                name = hidden.get(rec.id)
                anonymous = self.env._("Anonymous subordinate")
                rec.pemberi_label = f"{anonymous} ({name})" if name else anonymous
            else:
                rec.pemberi_label = rec.pemberi_id.name or rec.pemberi_partner_id.name or ""

    @api.depends_context("uid")
    def _compute_user_roles(self):
        givers = (
            self.env["hr.kinerja.umpan.balik.pemberi"]
            .search([("umpan_balik_id", "in", self.ids), ("pemberi_id.user_id", "=", self.env.uid)])
            .umpan_balik_id
        )
        for rec in self:
            rec.is_pemberi = rec.pemberi_id.user_id == self.env.user or rec in givers
            rec.is_penilai = self.env.user._kinerja_sebagai_ppk(
                rec.skp_id.sudo().pejabat_penilai_id
            )

    @api.depends("employee_id")
    def _compute_skp_id(self):
        for rec in self:
            if rec.skp_id.sudo().employee_id != rec.employee_id:
                rec.skp_id = self._current_skp_of(rec.employee_id, rec.tanggal)

    @api.model
    def _current_skp_of(self, employee, date=None):
        """The receiver's current set SKP on ``date`` (sudo: a peer cannot read it)."""
        date = date or fields.Date.context_today(self)
        if not employee:
            return self.env["hr.kinerja.skp"]
        domain = [
            ("employee_id", "=", employee.id),
            ("state", "=", "ditetapkan"),
            ("aktif", "=", True),
        ]
        Skp = self.env["hr.kinerja.skp"].sudo()
        skp = Skp.search(
            [*domain, ("date_start", "<=", date), ("date_end", ">=", date)], limit=1
        ) or Skp.search(domain, order="date_end desc", limit=1)
        return skp.sudo(False)

    @api.onchange("core_value_id")
    def _onchange_core_value_id(self):
        for rec in self.filtered("core_value_id"):
            rec.rhk_id = False

    # ------------------------------------------------------------------
    @api.constrains(
        "employee_id",
        "skp_id",
        "rhk_id",
        "perilaku_id",
        "anonim",
        "sumber",
        "pemberi_partner_id",
        "kemajuan",
        "tindak_lanjut",
        "tanggal",
        "realisasi_id",
    )
    def _check_feedback(self):
        today = fields.Date.context_today(self)
        for rec in self.sudo():  # a peer gives feedback on an SKP they cannot read
            if rec.tanggal > today:
                raise ValidationError(
                    self.env._("Feedback is recorded when it was given: not on a future date.")
                )
            if rec.realisasi_id and rec.realisasi_id.skp_id != rec.skp_id:
                raise ValidationError(self.env._("The realisation does not belong to this SKP."))
            if rec.skp_id.employee_id != rec.employee_id:
                raise ValidationError(self.env._("The SKP does not belong to the receiver."))
            if rec.rhk_id and rec.rhk_id.skp_id != rec.skp_id:
                raise ValidationError(self.env._("The RHK does not belong to this SKP."))
            if rec.perilaku_id and rec.perilaku_id.skp_id != rec.skp_id:
                raise ValidationError(
                    self.env._("The core value line does not belong to this SKP.")
                )
            if rec.anonim and rec.sumber != "bawahan":
                raise ValidationError(
                    self.env._("Only feedback from subordinates can be anonymous.")
                )
            if rec.sumber == "pihak_lain" and not rec.pemberi_partner_id:
                raise ValidationError(self.env._("Name the other party who gave the feedback."))
            if (
                rec.tindak_lanjut
                and rec.kemajuan
                and (rec.tindak_lanjut not in TINDAK_LANJUT_BY_KEMAJUAN[rec.kemajuan])
            ):
                raise ValidationError(
                    self.env._(
                        "This follow-up does not fit: with progress, appreciate or assign new "
                        "work; without progress, adjust expectations or resources, or coach."
                    )
                )

    # ------------------------------------------------------------------
    @api.model_create_multi
    def create(self, vals_list):
        me = self.env.user.employee_id
        anonymous, named = [], []
        vals_list = [self._add_missing_default_values(vals) for vals in vals_list]
        for vals in vals_list:
            if not vals.get("skp_id") and vals.get("employee_id"):
                employee = self.env["hr.employee"].browse(vals["employee_id"])
                vals["skp_id"] = self._current_skp_of(employee, vals.get("tanggal")).id
            skp = self.env["hr.kinerja.skp"].browse(vals.get("skp_id")).sudo()
            if not skp:
                raise UserError(self.env._("This employee has no set SKP to receive feedback on."))
            vals.setdefault("employee_id", skp.employee_id.id)
            if vals.get("core_value_id") and not vals.get("perilaku_id"):
                line = skp.perilaku_ids.filtered(
                    lambda p, v=vals["core_value_id"]: p.core_value_id.id == v
                )
                vals["perilaku_id"] = line[:1].id
            if not self.env.su:
                self._check_and_complete_giver(vals, skp, me)
            (anonymous if vals.get("anonim") else named).append(vals)
        records = super().create(named) if named else self.browse()
        if anonymous:
            records |= self._create_anonymous(anonymous)
        if not self.env.su:
            records._jawab_permintaan(me)
        return records

    def _jawab_permintaan(self, me):
        """Feedback given on an SKP answers the giver's open request about it, found from
        the data (who asked whom, about which SKP, as which source), never from a key
        the client sends: no context decides which request is answered."""
        Request = self.env["hr.kinerja.umpan.balik.permintaan"].sudo()
        for feedback in self:
            request = Request.search(
                [
                    ("state", "=", "terbuka"),
                    ("diminta_dari_id", "=", me.id),
                    ("skp_id", "=", feedback.sudo().skp_id.id),
                    ("sumber", "=", feedback.sudo().sumber),
                ],
                order="id",
                limit=1,
            )
            if request:
                request._mark_answered(feedback)

    def _check_and_complete_giver(self, vals, skp, me):
        """The giver is the current user's employee; the source must match the hierarchy."""
        if not me:
            raise UserError(self.env._("Only employees can give feedback."))
        if skp.employee_id == me:
            raise UserError(self.env._("Feedback is given to others, not to oneself."))
        if skp.state != "ditetapkan" or not skp.aktif:
            raise UserError(
                kalimat(
                    self.env._(
                        "Feedback is given on the current set SKP of %(employee)s.",
                        employee=skp.employee_id.name,
                    )
                )
            )
        if skp.company_id not in self.env.user.company_ids:
            raise UserError(self.env._("Feedback is given within one's own agency."))
        sumber = vals.get("sumber", "pimpinan")
        receiver = skp.employee_id
        leaders = skp._allowed_leaders()
        if sumber == "pimpinan" and me not in leaders:
            raise UserError(
                self.env._(
                    "%(me)s is not a leader of %(employee)s: give it as a peer instead.",
                    me=me.name,
                    employee=receiver.name,
                )
            )
        if sumber == "bawahan" and receiver not in me._kinerja_pimpinan():
            raise UserError(
                self.env._(
                    "%(employee)s is not a leader of %(me)s: give it as a peer instead.",
                    me=me.name,
                    employee=receiver.name,
                )
            )
        if (
            sumber == "pihak_lain"
            and skp.pejabat_penilai_id != me
            and not self.env.user._kinerja_is_hr()
        ):
            raise UserError(self.env._("Feedback from other parties is recorded by the appraiser."))
        if sumber != "pihak_lain":
            vals["pemberi_id"] = me.id
        return vals

    def _create_anonymous(self, vals_list):
        """Store the giver apart and write the feedback as OdooBot (spec decision 11)."""
        givers = [vals.pop("pemberi_id", False) for vals in vals_list]
        bot = self.with_user(SUPERUSER_ID)
        records = super(HrKinerjaUmpanBalik, bot).create(vals_list)
        self.env["hr.kinerja.umpan.balik.pemberi"].with_user(SUPERUSER_ID).create(
            [
                {"umpan_balik_id": rec.id, "pemberi_id": giver}
                for rec, giver in zip(records, givers, strict=True)
                if giver
            ]
        )
        return records.with_env(self.env)

    def write(self, vals):
        if not self.env.su:
            follow_up = {"kemajuan", "tindak_lanjut", "catatan_tindak_lanjut", "pembinaan_id"}
            if set(vals) - follow_up:
                for rec in self:
                    if not rec.is_pemberi:
                        raise UserError(self.env._("Only the giver can change this feedback."))
                    if rec.tindak_lanjut:
                        raise UserError(
                            self.env._("Feedback with a recorded follow-up can no longer change.")
                        )
                if {"anonim", "pemberi_id", "employee_id", "skp_id", "sumber"} & set(vals):
                    raise UserError(
                        self.env._("The giver, receiver and source of feedback are fixed.")
                    )
            if set(vals) & follow_up:
                self._check_can_follow_up()
            if any(rec.anonim for rec in self):
                # keep the author of an anonymous record hidden in write_uid as well
                return super(HrKinerjaUmpanBalik, self.with_user(SUPERUSER_ID)).write(vals)
        return super().write(vals)

    def unlink(self):
        if not self.env.su:
            for rec in self:
                if not rec.is_pemberi or rec.tindak_lanjut:
                    raise UserError(
                        self.env._("Only the giver can delete feedback, before any follow-up.")
                    )
            return super(HrKinerjaUmpanBalik, self.sudo()).unlink()
        return super().unlink()

    def _check_can_follow_up(self):
        for rec in self:
            if not rec.is_penilai:
                raise UserError(
                    self.env._(
                        "Only the appraiser of %(employee)s records the follow-up.",
                        employee=rec.employee_id.name,
                    )
                )

    # ------------------------------------------------------------------
    def action_tindak_lanjut(self):
        """Open the follow-up dialog (PPK)."""
        self.ensure_one()
        self._check_can_follow_up()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Follow-up"),
            "res_model": "hr.kinerja.tindak.lanjut.wizard",
            "view_mode": "form",
            "target": "new",
            "context": {"default_umpan_balik_id": self.id},
        }
