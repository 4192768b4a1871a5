"""Realisasi: what the pegawai achieved on one RHK (and indicator) in one period.

Who may do what:

==============  ==========================  ================================
Action          Who                         Restriction
==============  ==========================  ================================
write           the pegawai                 draft, current set SKP
laporkan        the pegawai, admin          draft; text or evidence given
kembalikan      the PPK, admin              dilaporkan; back to draft
read            pegawai, PPK and leaders    record rules (subtree, delegation)
==============  ==========================  ================================

Evidence is real files (``bukti_ids``, many-to-many so one file can support
several realisasi) and/or a link. Reported by day D1 of the following month
(spec decision 7): a reminder before, an escalation to the PPK after.
"""

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from . import kinerja_rules


class HrKinerjaRealisasi(models.Model):
    _name = "hr.kinerja.realisasi"
    _description = "Realisation"
    _inherit = [
        "mail.thread",
        "mail.activity.mixin",
        "hr.kinerja.skp.line.mixin",
        "hr.kinerja.ikut.revisi",
    ]
    _order = "date_start desc, skp_id, rhk_id, id"
    _check_company_auto = True
    _kinerja_skp_parent = "skp_id"
    _kinerja_workflow_fields = frozenset({"state", "tanggal_lapor"})
    _kinerja_aksi = ("laporkan", "kembalikan")
    _kinerja_nilai_awal = {"state": "draft"}

    skp_id = fields.Many2one(
        "hr.kinerja.skp",
        string="SKP",
        required=True,
        index=True,
        ondelete="restrict",
        check_company=True,
        # explicit: the company domain check_company would add reads the company of the
        # SKP not chosen yet, and offered nothing in the browser
        domain="[('employee_id.user_id', '=', uid), ('state', '=', 'ditetapkan'), "
        "('aktif', '=', True)]",
        default=lambda self: self._default_skp(),
    )
    rhk_id = fields.Many2one(
        "hr.kinerja.rhk",
        string="RHK",
        required=True,
        index=True,
        ondelete="restrict",
        domain="[('skp_id', '=', skp_id)]",
    )
    indikator_id = fields.Many2one(
        "hr.kinerja.indikator",
        string="Indicator",
        index=True,
        ondelete="set null",
        domain="[('rhk_id', '=', rhk_id)]",
    )
    employee_id = fields.Many2one(related="skp_id.employee_id", store=True, index=True)
    periode_id = fields.Many2one(related="skp_id.periode_id", store=True, index=True)
    company_id = fields.Many2one(related="skp_id.company_id", store=True, index=True)
    pejabat_penilai_id = fields.Many2one(related="skp_id.pejabat_penilai_id", store=True)
    date_start = fields.Date(string="Period Start", required=True, index=True)
    date_end = fields.Date(string="Period End", required=True)
    periode_label = fields.Char(string="Period", compute="_compute_periode_label", store=True)
    realisasi = fields.Text(string="Realisation", tracking=True)
    nilai = fields.Float(
        string="Value", tracking=True, help="The measured value, for a quantitative indicator."
    )
    satuan = fields.Char(related="indikator_id.satuan")
    target_max = fields.Float(related="indikator_id.target_max", string="Yearly Target")
    target_periode = fields.Float(
        string="Period Target",
        compute="_compute_target_periode",
        help="The indicator's target for this period: its share of the year when the "
        "target adds up, the whole target when it must be met every period.",
    )
    capaian_persen = fields.Float(
        string="Achieved (%)", compute="_compute_target_periode", aggregator=False
    )
    bukti_url = fields.Char(string="Evidence Link")
    bukti_ids = fields.Many2many(
        "ir.attachment",
        "hr_kinerja_realisasi_bukti_rel",
        "realisasi_id",
        "attachment_id",
        string="Evidence Files",
        help="Supporting evidence (bukti dukung). One file may support several realisations.",
    )
    state = fields.Selection(
        [("draft", "Draft"), ("dilaporkan", "Reported")],
        string="Status",
        required=True,
        default="draft",
        tracking=True,
        index=True,
        copy=False,
    )
    tanggal_lapor = fields.Datetime(string="Reported On", readonly=True, copy=False)
    batas_lapor = fields.Date(string="Due", compute="_compute_batas_lapor", store=True)
    diambil_alih = fields.Boolean(related="rhk_id.diambil_alih")
    umpan_balik_ids = fields.One2many("hr.kinerja.umpan.balik", "realisasi_id", string="Feedback")
    can_laporkan = fields.Boolean(compute="_compute_can", string="Can Report")
    can_kembalikan = fields.Boolean(compute="_compute_can", string="Can Return")

    @api.model
    def _default_skp(self):
        """The user's own current set SKP (what "New" in My Realisation is for)."""
        return self.env["hr.kinerja.skp"].search(
            [
                ("employee_id.user_id", "=", self.env.uid),
                ("state", "=", "ditetapkan"),
                ("aktif", "=", True),
            ],
            order="date_end desc",
            limit=1,
        )

    # ------------------------------------------------------------------
    @api.depends(
        "indikator_id.target_max", "indikator_id.sifat_target", "date_start", "date_end", "nilai"
    )
    def _compute_target_periode(self):
        for rec in self:
            target = (
                rec.indikator_id._target_periode(rec.date_start, rec.date_end)
                if rec.indikator_id
                else 0.0
            )
            rec.target_periode = target
            rec.capaian_persen = round(100.0 * rec.nilai / target, 1) if target else 0.0

    @api.depends("date_start", "date_end", "skp_id.periode_id.frekuensi_evaluasi")
    def _compute_periode_label(self):
        for rec in self:
            label = False
            if rec.date_end and rec.skp_id:
                label = kinerja_rules.period_of(
                    rec.date_end, rec.skp_id.periode_id.frekuensi_evaluasi
                )[2]
            rec.periode_label = label

    @api.depends("date_end", "skp_id.periode_id.hari_lapor_realisasi")
    def _compute_batas_lapor(self):
        for rec in self:
            rec.batas_lapor = rec.date_end and kinerja_rules.deadline_after(
                rec.date_end, rec.skp_id.periode_id.hari_lapor_realisasi or 10
            )

    @api.depends("rhk_id", "periode_label")
    def _compute_display_name(self):
        for rec in self:
            rec.display_name = f"{rec.periode_label or ''} · {(rec.rhk_id.name or '')[:60]}"

    @api.constrains("rhk_id", "indikator_id", "skp_id", "date_start", "date_end")
    def _check_consistency(self):
        for rec in self:
            if rec.rhk_id.skp_id != rec.skp_id:
                raise ValidationError(self.env._("The RHK does not belong to this SKP."))
            if rec.indikator_id and rec.indikator_id.rhk_id != rec.rhk_id:
                raise ValidationError(self.env._("The indicator does not belong to this RHK."))
            if (
                rec.date_start > rec.date_end
                or rec.date_end < rec.skp_id.date_start
                or rec.date_start > rec.skp_id.date_end
            ):
                raise ValidationError(
                    self.env._("The realisation period must fall within the SKP's period.")
                )

    @api.constrains("nilai")
    def _check_nilai(self):
        for rec in self:
            if rec.nilai < 0:
                raise ValidationError(self.env._("A realised value cannot be negative."))

    # ------------------------------------------------------------------
    def _kinerja_guard(self, skps):
        """Realisation is written on the current set SKP by its pegawai, and a reported
        one is kept as reported until the PPK returns it."""
        reported = self.filtered(lambda r: r.state == "dilaporkan")
        if reported:
            raise UserError(
                self.env._(
                    "The realisation %(name)s has been reported: ask the appraiser to "
                    "return it before changing it.",
                    name=reported[0].display_name,
                )
            )
        skps._check_pelaksanaan_open()

    # ------------------------------------------------------------------
    def _kinerja_aturan(self):
        return {
            **super()._kinerja_aturan(),
            "laporkan": self._alasan_laporkan,
            "kembalikan": self._alasan_kembalikan,
        }

    def _alasan_laporkan(self):
        """Reporting: the pegawai (or the HR office for them), a draft."""
        user = self.env.user
        if self.state != "draft":
            return self.env._("%(name)s is already reported.", name=self.display_name)
        if self.employee_id.user_id != user and not user._kinerja_is_hr():
            return self.env._(
                "Only %(employee)s reports their own realisation.", employee=self.employee_id.name
            )
        return False

    def _alasan_kembalikan(self):
        """Returning: the PPK (or the HR office), a reported one."""
        if self.state != "dilaporkan":
            return self.env._("%(name)s is not reported.", name=self.display_name)
        if not self.env.user._kinerja_sebagai_ppk(self.pejabat_penilai_id):
            return self.env._(
                "Only the appraiser of %(employee)s can return a realisation.",
                employee=self.employee_id.name,
            )
        return False

    def action_laporkan(self):
        """The pegawai reports the period's realisation (with its evidence) to the PPK."""
        self._kinerja_mulai()
        self._check_can("laporkan")
        for rec in self:
            if not (rec.realisasi or "").strip() and not rec.bukti_ids and not rec.bukti_url:
                raise UserError(
                    self.env._(
                        "%(name)s: describe what was achieved or attach the evidence before "
                        "reporting.",
                        name=rec.display_name,
                    )
                )
        self._kinerja_transisi().with_context(mail_notrack=True).write(
            {"state": "dilaporkan", "tanggal_lapor": fields.Datetime.now()}
        )
        self._kinerja_catat(
            dict.fromkeys(self.ids, self.env._("Reported by %(user)s.", user=self.env.user.name))
        )
        # reported: the reminder and the PPK's "late" escalation are done
        self.sudo().activity_unlink(
            [
                "hr_kinerja_asn.mail_act_realisasi_lapor",
                "hr_kinerja_asn.mail_act_realisasi_terlambat",
            ]
        )
        return True

    def action_kembalikan(self):
        """The PPK sends a reported realisation back to the pegawai to complete."""
        self._kinerja_mulai()
        self._check_can("kembalikan")
        self.sudo()._kinerja_transisi().write({"state": "draft", "tanggal_lapor": False})
        user = self.env.user.name
        self._kinerja_kabari(
            (
                rec,
                rec.employee_id.user_id.partner_id,
                lambda rec: rec.env._(
                    "Your realisation %(name)s was returned by %(user)s: complete it and "
                    "report it again.",
                    name=rec.display_name,
                    user=user,
                ),
            )
            for rec in self.sudo()
        )
        self._kinerja_catat(
            dict.fromkeys(
                self.ids,
                self.env._("Returned to the employee by %(user)s.", user=self.env.user.name),
            )
        )
        return True

    def action_beri_umpan_balik(self):
        """Give feedback on this realisation (the PPK, a leader or a colleague)."""
        self.ensure_one()
        leaders = self.skp_id._allowed_leaders()
        me = self.env.user.employee_id
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Give Feedback"),
            "res_model": "hr.kinerja.umpan.balik",
            "view_mode": "form",
            "views": [
                (self.env.ref("hr_kinerja_asn.hr_kinerja_umpan_balik_view_form_give").id, "form")
            ],
            "target": "new",
            "context": {
                "default_employee_id": self.employee_id.id,
                "default_skp_id": self.skp_id.id,
                "default_rhk_id": self.rhk_id.id,
                "default_realisasi_id": self.id,
                "default_sumber": "pimpinan" if me in leaders else "rekan",
            },
        }

    @api.model
    def _cron_pengingat(self):
        """Before D1: remind the pegawai of unreported realisation; after D1: tell the PPK."""
        today = fields.Date.context_today(self)
        drafts = self.sudo().search([("state", "=", "draft"), ("batas_lapor", "!=", False)])
        remind = drafts.filtered(lambda r: 0 <= (r.batas_lapor - today).days <= 3)
        escalate = drafts.filtered(lambda r: (r.batas_lapor - today).days < 0)
        act_lapor = self.env.ref("hr_kinerja_asn.mail_act_realisasi_lapor")
        act_terlambat = self.env.ref("hr_kinerja_asn.mail_act_realisasi_terlambat")
        items = [
            {
                "record": rec,
                "type": act_lapor,
                "user": rec.employee_id.user_id,
                "deadline": rec.batas_lapor,
            }
            for rec in remind
        ] + [
            {"record": rec, "type": act_terlambat, "user": rec.pejabat_penilai_id.user_id}
            for rec in escalate
        ]
        return len(
            self.env["mail.activity"]
            .with_context(mail_activity_quick_update=True)
            ._kinerja_jadwalkan(items)
        )
