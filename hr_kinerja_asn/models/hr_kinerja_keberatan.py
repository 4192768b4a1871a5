"""Keberatan: the pegawai's objection to their own final evaluation (PermenPANRB 6/2022,
tindak lanjut; spec decision 4, docs/decisions.md).

Filed by the pegawai within the year's window after the evaluation became final (14
calendar days by default), once per evaluation. It goes to the atasan PPK recorded on
the evaluation, who asks the PPK for an explanation and decides; the decision is final.
An accepted objection sets new ratings on the evaluation (the predikat follows through
the kuadran), keeps the old ones in its history, and reissues the documents: the atasan
signs the decided result, the pegawai acknowledges it again, and the signatures given
before the decision show on the verification page as superseded by it.

Who does what is stated once per action (``_kinerja_aturan``); workflow fields change
only inside the transitions (``hr.kinerja.workflow.mixin``). Only the pegawai, the atasan
PPK, the PPK and the HR office read an objection (``security/rules_tindak_lanjut.xml``).
"""

from odoo import api, fields, models
from odoo.exceptions import UserError

from . import kinerja_rules
from .hr_kinerja_predikat import PREDIKAT, RATING
from .kinerja_teks import kalimat

#: set by the transitions only (the filing's facts, the explanation's date, the outcome)
WORKFLOW_FIELDS = frozenset(
    {
        "state",
        "evaluasi_id",
        "employee_id",
        "company_id",
        "atasan_id",
        "penilai_id",
        "tanggal_ajukan",
        "tanggal_penjelasan",
        "penjelasan_diminta",
        "tanggal_putus",
        "diputus_oleh_id",
        "rating_hasil_kerja_lama",
        "rating_perilaku_lama",
        "predikat_lama",
        "eskalasi_terkirim",
    }
)
#: what the atasan PPK prepares before deciding (written by them only, while filed)
KEPUTUSAN_FIELDS = frozenset(
    {
        "keputusan",
        "alasan_keputusan",
        "rating_hasil_kerja_baru",
        "rating_perilaku_baru",
        "justifikasi",
    }
)
#: the pegawai's own text and evidence (written by them only, while a draft)
PENGAJUAN_FIELDS = frozenset({"alasan", "lampiran_ids"})


class HrKinerjaKeberatan(models.Model):
    _name = "hr.kinerja.keberatan"
    _description = "Objection to an Evaluation"
    _inherit = ["mail.thread", "mail.activity.mixin", "hr.kinerja.workflow.mixin"]
    _order = "id desc"
    _check_company_auto = True
    _kinerja_workflow_fields = WORKFLOW_FIELDS
    _kinerja_nilai_awal = {"state": "draft"}
    _kinerja_aksi = ("ajukan", "minta_penjelasan", "jelaskan", "putuskan")

    name = fields.Char(compute="_compute_name")
    evaluasi_id = fields.Many2one(
        "hr.kinerja.evaluasi",
        string="Evaluation",
        required=True,
        index=True,
        ondelete="restrict",
        check_company=True,
    )
    employee_id = fields.Many2one("hr.employee", index=True, readonly=True)
    company_id = fields.Many2one("res.company", string="Agency", index=True, readonly=True)
    atasan_id = fields.Many2one(
        "hr.employee", string="Appraiser's Superior (decides)", index=True, readonly=True
    )
    penilai_id = fields.Many2one(
        "hr.employee", string="Appraiser (explains)", index=True, readonly=True
    )
    periode_label = fields.Char(related="evaluasi_id.periode_label", string="Period")
    state = fields.Selection(
        [("draft", "Draft"), ("diajukan", "Filed"), ("diputus", "Decided")],
        default="draft",
        required=True,
        readonly=True,
        tracking=True,
        index=True,
        copy=False,
    )
    alasan = fields.Text(string="Reasons", tracking=True)
    lampiran_ids = fields.Many2many(
        "ir.attachment",
        "hr_kinerja_keberatan_attachment_rel",
        "keberatan_id",
        "attachment_id",
        string="Supporting Documents",
    )
    batas_ajukan = fields.Date(string="File By", compute="_compute_batas", store=True)
    batas_putus = fields.Date(string="Decide By", compute="_compute_batas", store=True)
    tanggal_ajukan = fields.Datetime(string="Filed On", readonly=True, copy=False)
    penjelasan_diminta = fields.Boolean(string="Explanation Asked", readonly=True, copy=False)
    penjelasan_penilai = fields.Text(string="Appraiser's Explanation", tracking=True)
    tanggal_penjelasan = fields.Datetime(string="Explained On", readonly=True, copy=False)
    keputusan = fields.Selection(
        [("diterima", "Accepted"), ("ditolak", "Rejected")], string="Decision", tracking=True
    )
    alasan_keputusan = fields.Text(string="Grounds of the Decision")
    rating_hasil_kerja_baru = fields.Selection(RATING, string="New Work Result Rating")
    rating_perilaku_baru = fields.Selection(RATING, string="New Work Behaviour Rating")
    predikat_baru = fields.Selection(
        PREDIKAT, string="New Predikat", compute="_compute_predikat_baru"
    )
    justifikasi = fields.Text(
        string="Justification of the Distribution",
        help="Needed when the new predikat makes the unit breach its pattern.",
    )
    distribusi_html = fields.Html(
        compute="_compute_distribusi", sanitize=False, string="The Unit with the New Predikat"
    )
    melanggar = fields.Boolean(compute="_compute_distribusi", string="Breaches the Pattern")
    rating_hasil_kerja_lama = fields.Selection(RATING, string="Former Work Result Rating")
    rating_perilaku_lama = fields.Selection(RATING, string="Former Work Behaviour Rating")
    predikat_lama = fields.Selection(PREDIKAT, string="Former Predikat", readonly=True)
    tanggal_putus = fields.Datetime(string="Decided On", readonly=True, copy=False)
    diputus_oleh_id = fields.Many2one("res.users", string="Decided By", readonly=True)
    eskalasi_terkirim = fields.Boolean(readonly=True, copy=False)
    is_pegawai = fields.Boolean(compute="_compute_peran")
    is_atasan = fields.Boolean(compute="_compute_peran")
    is_penilai = fields.Boolean(compute="_compute_peran")
    can_ajukan = fields.Boolean(compute="_compute_can", string="Can File")
    can_minta_penjelasan = fields.Boolean(compute="_compute_can", string="Can Ask")
    can_jelaskan = fields.Boolean(compute="_compute_can", string="Can Explain")
    can_putuskan = fields.Boolean(compute="_compute_can", string="Can Decide")

    _sql_constraints = [
        (
            "evaluasi_uniq",
            "unique (evaluasi_id)",
            "An evaluation is objected to once.",
        ),
    ]

    # ------------------------------------------------------------------
    @api.depends("employee_id", "periode_label")
    def _compute_name(self):
        for rec in self:
            rec.name = self.env._(
                "Objection of %(employee)s · %(period)s",
                employee=rec.employee_id.name or "",
                period=rec.periode_label or "",
            )

    @api.depends("evaluasi_id", "tanggal_ajukan")
    def _compute_batas(self):
        """Decision 4: filed within N calendar days of the evaluation becoming final,
        decided within M days of filing (both per performance year, 14 by default).

        The evaluation's ``tanggal_final`` is written once, when it becomes final, and
        an objection is filed only against a final evaluation (``create``): it is set
        before any objection exists, so it is read, not a dependency (as one, each
        finalisation looked for the objections of all its evaluations: a province's
        50,000 at month end, issue 14)."""
        for rec in self:
            ev = rec.evaluasi_id.sudo()
            periode = ev.periode_id
            rec.batas_ajukan = ev.tanggal_final and fields.Date.add(
                ev.tanggal_final.date(), days=periode.hari_keberatan or 14
            )
            rec.batas_putus = rec.tanggal_ajukan and fields.Date.add(
                rec.tanggal_ajukan.date(), days=periode.hari_putus_keberatan or 14
            )

    @api.depends("rating_hasil_kerja_baru", "rating_perilaku_baru")
    def _compute_predikat_baru(self):
        for rec in self:
            rec.predikat_baru = kinerja_rules.predikat_kuadran(
                rec.rating_hasil_kerja_baru, rec.rating_perilaku_baru
            )

    @api.depends("keputusan", "predikat_baru", "evaluasi_id")
    def _compute_distribusi(self):
        """The unit's distribution as it would be with the new predikat: the atasan sees
        it before deciding; a breach needs a justification, as at finalisation."""
        names = dict(
            self.env["hr.kinerja.predikat"]._fields["code"]._description_selection(self.env)
        )
        for rec in self:
            unit = rec.evaluasi_id.sudo().unit_id
            if not unit or rec.keputusan != "diterima" or not rec.predikat_baru:
                rec.distribusi_html = False
                rec.melanggar = False
                continue
            # the unit's counts as stored, with this evaluation moved to its new predikat
            pola, counts, _rated, _total, _results = unit._distribusi_rekap()[unit.id]
            counts = dict(counts)
            old = rec.evaluasi_id.sudo().predikat
            if old:
                counts[old] -= 1
            counts[rec.predikat_baru] = counts.get(rec.predikat_baru, 0) + 1
            results = pola._check_counts(counts) if pola else []
            rec.melanggar = any(not r["ok"] for r in results)
            rec.distribusi_html = unit._render_distribusi(counts, results, names)

    @api.depends_context("uid")
    @api.depends("employee_id", "atasan_id", "penilai_id")
    def _compute_peran(self):
        user = self.env.user
        for rec in self:
            rec.is_pegawai = rec.sudo().employee_id.user_id == user
            rec.is_atasan = user._kinerja_sebagai_ppk(rec.sudo().atasan_id, menilai=True)
            rec.is_penilai = user._kinerja_sebagai_ppk(rec.sudo().penilai_id, menilai=True)

    # -- rights, stated once ---------------------------------------------------
    def _kinerja_aturan(self):
        return {
            "ajukan": self._alasan_ajukan,
            "minta_penjelasan": self._alasan_minta_penjelasan,
            "jelaskan": self._alasan_jelaskan,
            "putuskan": self._alasan_putuskan,
        }

    def _alasan_ajukan(self):
        _ = self.env._
        if not self.is_pegawai:
            return _(
                "Only %(employee)s files an objection to their own evaluation.",
                employee=self.sudo().employee_id.name,
            )
        if self.state != "draft":
            return _("This objection was already filed.")
        return self.sudo().evaluasi_id._alasan_tidak_bisa_keberatan(fields.Date.context_today(self))

    def _alasan_minta_penjelasan(self):
        if not self.is_atasan:
            return self._bukan_atasan()
        if self.state != "diajukan":
            return self.env._("Only a filed objection waits for the appraiser's explanation.")
        return False

    def _alasan_jelaskan(self):
        if not self.is_penilai:
            return self.env._(
                "Only the appraiser (%(ppk)s) explains the evaluation objected to.",
                ppk=self.sudo().penilai_id.name,
            )
        if self.state != "diajukan":
            return self.env._("Only a filed objection takes the appraiser's explanation.")
        return False

    def _alasan_putuskan(self):
        if not self.is_atasan:
            return self._bukan_atasan()
        if self.state != "diajukan":
            return self.env._("This objection is not waiting for a decision.")
        return False

    def _bukan_atasan(self):
        return self.env._(
            "Only the appraiser's superior (%(atasan)s) decides an objection.",
            atasan=self.sudo().atasan_id.name or "-",
        )

    # -- create / write: derived facts, guarded fields ------------------------------
    @api.model_create_multi
    def create(self, vals_list):
        """Filed from the contract's fields (``evaluasi_id``, ``alasan``): the rest comes
        from the evaluation, and only its pegawai may open one, within the window."""
        if not self._kinerja_dalam_transisi():
            self._kinerja_cek_nilai_workflow(
                vals_list=[
                    {k: v for k, v in vals.items() if k not in ("evaluasi_id",)}
                    for vals in vals_list
                ]
            )
        today = fields.Date.context_today(self)
        for vals in vals_list:
            evaluasi = self.env["hr.kinerja.evaluasi"].browse(vals.get("evaluasi_id"))
            if not evaluasi:
                raise UserError(self.env._("Choose the evaluation you object to."))
            evaluasi.check_access("read")
            evaluasi = evaluasi.sudo()
            if not self.env.su and evaluasi.employee_id.user_id != self.env.user:
                raise UserError(
                    self.env._(
                        "Only %(employee)s files an objection to their own evaluation.",
                        employee=evaluasi.employee_id.name,
                    )
                )
            reason = evaluasi._alasan_tidak_bisa_keberatan(today)
            if reason:
                raise UserError(reason)
            if self.sudo().search_count([("evaluasi_id", "=", evaluasi.id)]):
                raise UserError(
                    self.env._(
                        "You already objected to the evaluation %(period)s: an evaluation "
                        "is objected to once.",
                        period=evaluasi.periode_label,
                    )
                )
            vals.update(
                {
                    "employee_id": evaluasi.employee_id.id,
                    "company_id": evaluasi.company_id.id,
                    "atasan_id": evaluasi.atasan_penilai_id.id,
                    "penilai_id": evaluasi.penilai_id.id,
                }
            )
        records = super(HrKinerjaKeberatan, self._kinerja_transisi()).create(vals_list)
        return self.browse(records.ids)  # handed back outside the transition

    def write(self, vals):
        if not self._kinerja_dalam_transisi():
            self._kinerja_cek_nilai_workflow(vals=vals)
            self._check_bagian(vals)
        result = super().write(vals)
        if "penjelasan_penilai" in vals and not self._kinerja_dalam_transisi():
            self._kinerja_penjelasan_dicatat()
        return result

    def _check_bagian(self, vals):
        """Each person writes their own part, at its step: the pegawai the reasons of a
        draft, the PPK the explanation, the atasan PPK the decision being prepared."""
        fields_ = set(vals)
        for rec in self:
            if fields_ & PENGAJUAN_FIELDS and (not rec.is_pegawai or rec.state != "draft"):
                raise UserError(
                    self.env._("Only the employee changes the reasons of a draft objection.")
                )
            if "penjelasan_penilai" in fields_:
                rec._check_can("jelaskan")
            if fields_ & KEPUTUSAN_FIELDS:
                rec._check_can("putuskan")
            if (
                fields_
                - PENGAJUAN_FIELDS
                - KEPUTUSAN_FIELDS
                - {"penjelasan_penilai"}
                - {
                    "message_follower_ids",
                    "activity_ids",
                    "message_ids",
                }
            ):
                raise UserError(self.env._("This field of an objection is not changed by hand."))

    @api.ondelete(at_uninstall=False)
    def _unlink_draft_only(self):
        for rec in self:
            if self.env.su:
                continue
            if rec.state != "draft" or not rec.is_pegawai:
                raise UserError(
                    self.env._("Only the employee deletes their objection, and only a draft.")
                )

    # -- transitions -------------------------------------------------------------
    def action_ajukan(self):
        """The pegawai files it: the atasan PPK is asked to decide by the deadline."""
        self._kinerja_mulai()
        self._check_can("ajukan")
        for rec in self:
            if not (rec.alasan or "").strip():
                raise UserError(self.env._("Write the reasons of your objection."))
        self._kinerja_transisi().sudo().write(
            {
                "state": "diajukan",
                "tanggal_ajukan": fields.Datetime.now(),
            }
        )
        for rec in self.sudo():
            rec._kinerja_transisi().write(
                {
                    "rating_hasil_kerja_lama": rec.evaluasi_id.rating_hasil_kerja,
                    "rating_perilaku_lama": rec.evaluasi_id.rating_perilaku,
                    "predikat_lama": rec.evaluasi_id.predikat,
                }
            )
        Users = self.env["res.users"]
        self._kinerja_todo(
            "putus",
            lambda rec: (
                rec.atasan_id.user_id or Users._kinerja_kantor_kepegawaian(rec.company_id)[:1]
            ),
        )
        self._kinerja_kabari(
            (
                rec,
                rec.atasan_id.user_id.partner_id,
                lambda r: r.env._(
                    "%(employee)s objects to the evaluation %(period)s: decide by %(date)s.",
                    employee=r.employee_id.name,
                    period=r.periode_label,
                    date=r.batas_putus,
                ),
            )
            for rec in self.sudo()
        )
        for rec in self.sudo():
            rec.message_post(
                body=kalimat(self.env._("Objection filed by %(user)s.", user=self.env.user.name))
            )
        return True

    def action_minta_penjelasan(self):
        """The atasan PPK asks the PPK for an explanation (a to-do with its deadline)."""
        self._kinerja_mulai()
        self._check_can("minta_penjelasan")
        self._kinerja_transisi().sudo().write({"penjelasan_diminta": True})
        self._kinerja_todo("jelaskan", lambda rec: rec.penilai_id.user_id, days=lambda rec: 5)
        self._kinerja_kabari(
            (
                rec,
                rec.penilai_id.user_id.partner_id,
                lambda r: r.env._(
                    "%(user)s asks your explanation of the evaluation of %(employee)s "
                    "(%(period)s), to which they object.",
                    user=self.env.user.name,
                    employee=r.employee_id.name,
                    period=r.periode_label,
                ),
            )
            for rec in self.sudo()
        )
        return True

    def _kinerja_penjelasan_dicatat(self):
        """The PPK wrote the explanation: recorded with its date, the to-do done, the
        atasan told."""
        self._kinerja_transisi().sudo().write({"tanggal_penjelasan": fields.Datetime.now()})
        self.sudo().activity_unlink(["hr_kinerja_asn.mail_act_keberatan_jelaskan"])
        self._kinerja_kabari(
            (
                rec,
                rec.atasan_id.user_id.partner_id,
                lambda r: r.env._(
                    "The appraiser explained the evaluation of %(employee)s (%(period)s).",
                    employee=r.employee_id.name,
                    period=r.periode_label,
                ),
            )
            for rec in self.sudo()
        )

    def action_putuskan(self):
        """The atasan PPK decides; the decision is final (decision 4). Accepted: the new
        ratings go to the evaluation, whose predikat follows, and the documents are
        reissued. A new predikat that breaks the unit's pattern needs a justification."""
        self._kinerja_mulai()
        self._check_can("putuskan")
        _ = self.env._
        for rec in self:
            if not rec.keputusan:
                raise UserError(_("Choose the decision: accepted or rejected."))
            if not (rec.alasan_keputusan or "").strip():
                raise UserError(_("Write the grounds of the decision."))
            if rec.keputusan == "diterima":
                if not (rec.rating_hasil_kerja_baru and rec.rating_perilaku_baru):
                    raise UserError(
                        _("An accepted objection sets both new ratings of the evaluation.")
                    )
                if rec.melanggar and not (rec.justifikasi or "").strip():
                    raise UserError(
                        _(
                            "With the new predikat %(unit)s breaches its distribution "
                            "pattern: write the justification.",
                            unit=rec.sudo().evaluasi_id.unit_id.name,
                        )
                    )
        self._kinerja_transisi().sudo().write(
            {
                "state": "diputus",
                "tanggal_putus": fields.Datetime.now(),
                "diputus_oleh_id": self.env.uid,
            }
        )
        self.sudo().activity_unlink(
            [
                "hr_kinerja_asn.mail_act_keberatan_putus",
                "hr_kinerja_asn.mail_act_keberatan_jelaskan",
                "hr_kinerja_asn.mail_act_keberatan_eskalasi",
            ]
        )
        accepted = self.filtered(lambda r: r.keputusan == "diterima")
        for rec in accepted:
            rec.sudo().evaluasi_id._kinerja_hasil_keberatan(rec)
        self._kinerja_kabari(
            (
                rec,
                rec.employee_id.user_id.partner_id,
                lambda r: r.env._(
                    "Your objection to the evaluation %(period)s was decided: %(decision)s. "
                    "%(grounds)s",
                    period=r.periode_label,
                    decision=dict(r._fields["keputusan"]._description_selection(r.env))[
                        r.keputusan
                    ],
                    grounds=r.alasan_keputusan,
                ),
            )
            for rec in self.sudo()
        )
        return True

    # -- to-dos and escalation ------------------------------------------------------
    def _kinerja_todo(self, jenis, users, days=None):
        act = self.env.ref(f"hr_kinerja_asn.mail_act_keberatan_{jenis}")
        today = fields.Date.context_today(self)
        self.env["mail.activity"]._kinerja_jadwalkan(
            {
                "record": rec,
                "type": act,
                "user": users(rec),
                "deadline": fields.Date.add(today, days=days(rec)) if days else rec.batas_putus,
            }
            for rec in self.sudo()
        )

    @api.model
    def _cron_eskalasi(self):
        """An objection not decided by its deadline goes to the HR office (decision 7)."""
        today = fields.Date.context_today(self)
        late = self.sudo().search(
            [
                ("state", "=", "diajukan"),
                ("batas_putus", "<", today),
                ("eskalasi_terkirim", "=", False),
            ]
        )
        act = self.env.ref("hr_kinerja_asn.mail_act_keberatan_eskalasi")
        Users = self.env["res.users"]
        items = [
            {"record": rec, "type": act, "user": user}
            for rec in late
            for user in Users._kinerja_kantor_kepegawaian(rec.company_id)
        ]
        self.env["mail.activity"]._kinerja_jadwalkan(items)
        late._kinerja_transisi().write({"eskalasi_terkirim": True})
        return len(late)
