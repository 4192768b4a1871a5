"""Tindak lanjut: penghargaan and sanksi following the evaluation results (PermenPANRB
6/2022, the fourth stage of the cycle; PP 30/2019 Pasal 56-58; docs/decisions.md,
"Penghargaan and sanksi").

Who may do what:

==============  ===========================  ==========================================
Action          Who                          Restriction
==============  ===========================  ==========================================
suggest         the generator (HR button     final annual evaluations only; never
                on the year, daily cron)     twice for one evaluation and kind
create          the HR office                a suggestion (``usulan``), derived from
                                             the employee or the final evaluation
konfirmasi      the HR office                a suggestion, not about themselves
tolak           the HR office                a suggestion, with a written reason
selesai         the HR office                a confirmed step of the improvement path,
                                             with its outcome
workflow fields nobody by write              state, dates and "by whom" of each step,
                                             pegawai, evaluation, PPK, basis
read            the pegawai: their own confirmed or done records; the PPK, the atasan
                PPK and leaders above: their team's; the HR office: its agency
==============  ===========================  ==========================================

Nothing is decided automatically: the generator only suggests (``usulan``), the HR
office confirms or dismisses each suggestion. Sangat Baik in the final annual evaluation
two years running suggests the talent pool / succession candidacy; Butuh Perbaikan,
Kurang or Sangat Kurang in a final annual evaluation suggests step 1 of the improvement
path of PP 30/2019 Pasal 57-58 (six months to improve), and each next step (uji
kompetensi, then placement / adjustment of the jabatan) is suggested only when the step
before it was confirmed and done without improvement.
"""

from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import UserError

from .hr_kinerja_tindak_lanjut_jenis import JENIS

#: set by the transitions and the generator only
WORKFLOW_FIELDS = frozenset(
    {
        "state",
        "employee_id",
        "evaluasi_id",
        "company_id",
        "penilai_id",
        "atasan_penilai_id",
        "sebelumnya_id",
        "dasar",
        "otomatis",
        "tanggal_keputusan",
        "diputus_oleh_id",
        "tanggal_selesai",
    }
)
#: what the HR office prepares while the record is a suggestion
USULAN_FIELDS = frozenset(
    {"name", "jenis", "jenis_id", "tanggal", "tanggal_mulai", "alasan_tolak", "catatan"}
)
#: what the HR office records while a step runs
BERJALAN_FIELDS = frozenset({"hasil", "catatan"})
#: chatter and to-dos, written by mail's own checked methods
MAIL_FIELDS = frozenset({"message_follower_ids", "activity_ids", "message_ids"})
#: predikat that open the improvement path (PP 30/2019 Pasal 57; Peraturan BRIN 4/2025)
PREDIKAT_PERBAIKAN = ("butuh_perbaikan", "kurang", "sangat_kurang")
#: the codes of the national catalogue the generator uses
KODE_TALENTA = "talent_pool"
KODE_LANGKAH = {1: "perbaikan_kinerja", 2: "uji_kompetensi", 3: "penempatan"}
#: days the HR office has to decide a suggestion (its to-do's deadline)
HARI_PUTUS_USULAN = 14


class HrKinerjaTindakLanjut(models.Model):
    _name = "hr.kinerja.tindak.lanjut"
    _description = "Reward or Sanction"
    _inherit = ["mail.thread", "mail.activity.mixin", "hr.kinerja.workflow.mixin"]
    _order = "tanggal desc, id desc"
    _check_company_auto = True
    _kinerja_workflow_fields = WORKFLOW_FIELDS
    _kinerja_nilai_awal = {"state": "usulan"}
    _kinerja_aksi = ("konfirmasi", "tolak", "selesai")

    # -- fields ------------------------------------------------------------------
    name = fields.Char(required=True, tracking=True)
    employee_id = fields.Many2one("hr.employee", required=True, index=True, check_company=True)
    evaluasi_id = fields.Many2one(
        "hr.kinerja.evaluasi",
        string="Evaluation",
        index=True,
        ondelete="restrict",
        check_company=True,
    )
    company_id = fields.Many2one("res.company", string="Agency", required=True, index=True)
    jenis = fields.Selection(JENIS, string="Reward or Sanction", required=True, index=True)
    jenis_id = fields.Many2one(
        "hr.kinerja.tindak.lanjut.jenis",
        string="Kind",
        required=True,
        index=True,
        ondelete="restrict",
        domain="[('jenis', '=', jenis), ('company_id', 'in', [company_id, False])]",
    )
    langkah = fields.Integer(related="jenis_id.langkah", store=True, string="Path Step")
    tanggal = fields.Date(
        string="Date", required=True, default=fields.Date.context_today, index=True
    )
    state = fields.Selection(
        [
            ("usulan", "Suggested"),
            ("dikonfirmasi", "Confirmed"),
            ("ditolak", "Dismissed"),
            ("selesai", "Done"),
        ],
        string="Status",
        default="usulan",
        required=True,
        readonly=True,
        tracking=True,
        index=True,
        copy=False,
    )
    predikat = fields.Selection(related="evaluasi_id.predikat", string="Predikat")
    periode_label = fields.Char(related="evaluasi_id.periode_label", string="Period")
    penilai_id = fields.Many2one(
        "hr.employee", string="Performance Appraiser (PPK)", index=True, readonly=True
    )
    atasan_penilai_id = fields.Many2one(
        "hr.employee", string="Appraiser's Superior", index=True, readonly=True
    )
    sebelumnya_id = fields.Many2one(
        "hr.kinerja.tindak.lanjut",
        string="Previous Step",
        index=True,
        readonly=True,
        ondelete="restrict",
    )
    dasar = fields.Text(string="Basis", readonly=True)
    otomatis = fields.Boolean(string="Suggested from the Results", readonly=True)
    tanggal_mulai = fields.Date(string="Start")
    batas_waktu = fields.Date(string="Deadline", compute="_compute_batas_waktu", store=True)
    catatan = fields.Text(string="Notes")
    alasan_tolak = fields.Text(string="Reason for Dismissal")
    hasil = fields.Selection(
        [("tuntas", "Resolved: the path ends"), ("lanjut", "Not resolved: next step")],
        string="Outcome",
        tracking=True,
    )
    tanggal_keputusan = fields.Datetime(string="Decided On", readonly=True, copy=False)
    diputus_oleh_id = fields.Many2one("res.users", string="Decided By", readonly=True)
    tanggal_selesai = fields.Date(string="Done On", readonly=True, copy=False)
    can_konfirmasi = fields.Boolean(compute="_compute_can", string="Can Confirm")
    can_tolak = fields.Boolean(compute="_compute_can", string="Can Dismiss")
    can_selesai = fields.Boolean(compute="_compute_can", string="Can Mark Done")

    # -- computes and constraints -------------------------------------------------
    @api.depends("tanggal_mulai", "jenis_id.durasi_bulan")
    def _compute_batas_waktu(self):
        """Deadline = start + the kind's months (six for the improvement period of PP
        30/2019 Pasal 57)."""
        for rec in self:
            months = rec.jenis_id.durasi_bulan
            rec.batas_waktu = (
                rec.tanggal_mulai + relativedelta(months=months)
                if rec.tanggal_mulai and months
                else False
            )

    @api.depends("name", "employee_id")
    def _compute_display_name(self):
        for rec in self:
            rec.display_name = f"{rec.name or ''} · {rec.employee_id.name or ''}"

    @api.constrains("jenis", "jenis_id")
    def _check_jenis(self):
        for rec in self:
            if rec.jenis_id.jenis != rec.jenis:
                raise UserError(
                    self.env._(
                        "%(kind)s is not a %(jenis)s.",
                        kind=rec.jenis_id.name,
                        jenis=dict(JENIS)[rec.jenis],
                    )
                )

    # -- rights, stated once ---------------------------------------------------------
    def _kinerja_aturan(self):
        return {
            "konfirmasi": self._alasan_konfirmasi,
            "tolak": self._alasan_tolak,
            "selesai": self._alasan_selesai,
        }

    def _alasan_hr(self):
        _ = self.env._
        if not self.env.user._kinerja_is_hr():
            return _("Only the HR office decides rewards and sanctions.")
        if self.sudo().employee_id.user_id == self.env.user:
            return _("Another officer of the HR office decides a reward or sanction about you.")
        return False

    def _alasan_konfirmasi(self):
        if self.state != "usulan":
            return self.env._("Only a suggestion is confirmed.")
        return self._alasan_hr()

    def _alasan_tolak(self):
        if self.state != "usulan":
            return self.env._("Only a suggestion is dismissed.")
        return self._alasan_hr()

    def _alasan_selesai(self):
        if not self.langkah:
            return self.env._("Only a step of the improvement path is marked done.")
        if self.state != "dikonfirmasi":
            return self.env._("Only a confirmed step is marked done.")
        return self._alasan_hr()

    # -- create / write / unlink ----------------------------------------------------
    @api.model_create_multi
    def create(self, vals_list):
        """The HR office records a suggestion by hand from the contract's fields
        (``employee_id``, ``evaluasi_id``, ``jenis``, ``name``, ``tanggal``); company,
        PPK and atasan PPK come from the final evaluation (or the employee)."""
        if self._kinerja_dalam_transisi():
            return super().create(vals_list)
        self._kinerja_cek_nilai_workflow(
            vals_list=[
                {k: v for k, v in vals.items() if k not in ("employee_id", "evaluasi_id")}
                for vals in vals_list
            ]
        )
        if not self.env.user._kinerja_is_hr():
            raise UserError(self.env._("Only the HR office decides rewards and sanctions."))
        Jenis = self.env["hr.kinerja.tindak.lanjut.jenis"]
        for vals in vals_list:
            employee = self.env["hr.employee"].browse(vals.get("employee_id"))
            evaluasi = self.env["hr.kinerja.evaluasi"].browse(vals.get("evaluasi_id"))
            (employee | evaluasi.employee_id).check_access("read")
            evaluasi.check_access("read")
            evaluasi, employee = evaluasi.sudo(), employee.sudo()
            if evaluasi and (evaluasi.state != "final" or evaluasi.employee_id != employee):
                raise UserError(
                    self.env._(
                        "A reward or sanction follows a final evaluation of the same employee."
                    )
                )
            jenis = Jenis.browse(vals.get("jenis_id"))
            if jenis:
                jenis.check_access("read")
                vals.setdefault("jenis", jenis.jenis)
                vals.setdefault("name", jenis.name)
            vals.update(
                {
                    "company_id": (evaluasi.company_id or employee.company_id).id,
                    "penilai_id": (evaluasi.penilai_id or employee.pejabat_penilai_id).id,
                    "atasan_penilai_id": (
                        evaluasi.atasan_penilai_id or employee.atasan_pejabat_penilai_id
                    ).id,
                }
            )
        records = super(HrKinerjaTindakLanjut, self._kinerja_transisi()).create(vals_list)
        records = self.browse(records.ids)
        records._kinerja_todo_putus()
        return records

    def write(self, vals):
        if not self._kinerja_dalam_transisi():
            self._kinerja_cek_nilai_workflow(vals=vals)
            self._check_bagian(vals)
        return super().write(vals)

    def _check_bagian(self, vals):
        """The HR office prepares a suggestion, records a running step's outcome, and
        keeps notes; nothing else is changed by hand."""
        changed = set(vals) - MAIL_FIELDS
        if not changed:
            return
        for rec in self:
            reason = rec._alasan_hr()
            if reason:
                raise UserError(reason)
            allowed = {
                "usulan": USULAN_FIELDS,
                "dikonfirmasi": BERJALAN_FIELDS,
            }.get(rec.state, frozenset({"catatan"}))
            if changed - allowed:
                raise UserError(
                    self.env._(
                        "A %(state)s reward or sanction keeps its content: only notes change now.",
                        state=dict(self._fields["state"]._description_selection(self.env))[
                            rec.state
                        ],
                    )
                )

    @api.ondelete(at_uninstall=False)
    def _unlink_never(self):
        if not self.env.su:
            raise UserError(
                self.env._(
                    "Rewards and sanctions are kept: dismiss a suggestion instead of deleting it."
                )
            )

    # -- transitions -------------------------------------------------------------------
    def action_konfirmasi(self):
        """The HR office confirms suggestions: a path step starts (its deadline to-do
        goes to the HR office and the PPK) and the pegawai is told."""
        self._kinerja_mulai()
        self._check_can("konfirmasi")
        today = fields.Date.context_today(self)
        for rec in self.sudo().filtered(lambda r: not r.tanggal_mulai):
            rec._kinerja_transisi().write({"tanggal_mulai": today})
        self._kinerja_transisi().sudo().write(
            {
                "state": "dikonfirmasi",
                "tanggal_keputusan": fields.Datetime.now(),
                "diputus_oleh_id": self.env.uid,
            }
        )
        self.sudo().activity_unlink(["hr_kinerja_asn.mail_act_tindak_lanjut_putus"])
        act = self.env.ref("hr_kinerja_asn.mail_act_tindak_lanjut_batas")
        self.env["mail.activity"]._kinerja_jadwalkan(
            {"record": rec, "type": act, "user": user, "deadline": rec.batas_waktu}
            for rec in self.sudo().filtered(lambda r: r.langkah and r.batas_waktu)
            for user in (self.env.user | rec.penilai_id.user_id)
        )
        self._kinerja_kabari(
            (
                rec,
                rec.employee_id.user_id.partner_id,
                lambda r: r.env._(
                    "%(kind)s was confirmed for you on the basis of your evaluation %(period)s.",
                    kind=r.jenis_id.name,
                    period=r.periode_label or "-",
                ),
            )
            for rec in self.sudo()
        )
        return True

    def action_tolak(self, alasan=None):
        """The HR office dismisses suggestions, with the reason (kept; the pegawai never
        sees a dismissed suggestion)."""
        self._kinerja_mulai()
        self._check_can("tolak")
        if alasan:
            self.write({"alasan_tolak": alasan})
        for rec in self:
            if not (rec.alasan_tolak or "").strip():
                raise UserError(self.env._("Write why the suggestion is dismissed."))
        self._kinerja_transisi().sudo().write(
            {
                "state": "ditolak",
                "tanggal_keputusan": fields.Datetime.now(),
                "diputus_oleh_id": self.env.uid,
            }
        )
        self.sudo().activity_unlink(["hr_kinerja_asn.mail_act_tindak_lanjut_putus"])
        return True

    def action_selesai(self):
        """The HR office marks a step of the improvement path done with its outcome; not
        resolved, the next step is suggested at once (PP 30/2019 Pasal 57-58)."""
        self._kinerja_mulai()
        self._check_can("selesai")
        for rec in self:
            if rec.langkah < max(KODE_LANGKAH) and not rec.hasil:
                raise UserError(
                    self.env._("Record the outcome of the step: resolved, or the next step.")
                )
        self._kinerja_transisi().sudo().write(
            {"state": "selesai", "tanggal_selesai": fields.Date.context_today(self)}
        )
        self.sudo().activity_unlink(["hr_kinerja_asn.mail_act_tindak_lanjut_batas"])
        self._kinerja_langkah_berikut(self.sudo())
        return True

    # -- the generator: suggestions from the results -----------------------------------
    @api.model
    def _kinerja_usulkan(self, periodes):
        """Suggest rewards and improvement-path steps from the final annual evaluations of
        ``periodes`` (and of the year before each, for two years running), in a fixed
        number of queries however many pegawai; nothing is suggested twice."""
        periodes = periodes.sudo()
        Periode = self.env["hr.kinerja.periode"].sudo()
        sebelum = Periode.search(
            [
                ("company_id", "in", periodes.company_id.ids),
                ("tahun", "in", [p.tahun - 1 for p in periodes]),
            ]
        )
        semua = periodes | sebelum
        evaluations = (
            self.env["hr.kinerja.evaluasi"]
            .sudo()
            .search_fetch(
                [
                    ("periode_id", "in", semua.ids),
                    ("jenis", "=", "tahunan"),
                    ("state", "=", "final"),
                ],
                [
                    "employee_id",
                    "periode_id",
                    "predikat",
                    "company_id",
                    "penilai_id",
                    "atasan_penilai_id",
                    "periode_label",
                ],
                order="date_end, id",
            )
        )
        # a year's result is its last final annual evaluation (a mutasi splits a year)
        hasil = {(ev.employee_id.id, ev.periode_id.id): ev for ev in evaluations}
        tahun = {(p.company_id.id, p.tahun): p.id for p in semua}
        katalog = self.env["hr.kinerja.tindak.lanjut.jenis"]._katalog(periodes.company_id)
        existing = {
            (rec.evaluasi_id.id, rec.jenis_id.kode)
            for rec in self.sudo().search_fetch(
                [("evaluasi_id", "in", evaluations.ids)], ["evaluasi_id", "jenis_id"]
            )
        }
        _ = self.env._
        today = fields.Date.context_today(self)
        vals_list = []
        for (employee_id, periode_id), ev in hasil.items():
            if periode_id not in periodes.ids:
                continue
            periode = ev.periode_id
            if ev.predikat == "sangat_baik":
                before = hasil.get(
                    (employee_id, tahun.get((periode.company_id.id, periode.tahun - 1)))
                )
                if not before or before.predikat != "sangat_baik":
                    continue
                kode = KODE_TALENTA
                dasar = _(
                    "Sangat Baik in the final annual evaluations of %(before)s and %(year)s.",
                    before=periode.tahun - 1,
                    year=periode.tahun,
                )
            elif ev.predikat in PREDIKAT_PERBAIKAN:
                kode = KODE_LANGKAH[1]
                dasar = _(
                    "%(predikat)s in the final annual evaluation of %(year)s: six months to "
                    "improve (PP 30/2019 Pasal 57-58).",
                    predikat=ev._label_predikat(ev.predikat),
                    year=periode.tahun,
                )
            else:
                continue
            jenis = katalog.get((ev.company_id.id, kode))
            if not jenis or (ev.id, kode) in existing:
                continue
            existing.add((ev.id, kode))
            vals_list.append(self._kinerja_vals_usulan(ev, jenis, dasar, today))
        records = self._kinerja_buat_usulan(vals_list)
        return records | self._kinerja_langkah_berikut(
            self.sudo().search(
                [
                    ("company_id", "in", periodes.company_id.ids),
                    ("state", "=", "selesai"),
                    ("hasil", "=", "lanjut"),
                    ("langkah", "in", [1, 2]),
                ]
            )
        )

    @api.model
    def _kinerja_vals_usulan(self, ev, jenis, dasar, tanggal_mulai, sebelumnya=None):
        return {
            "name": jenis.name,
            "employee_id": ev.employee_id.id,
            "evaluasi_id": ev.id,
            "company_id": ev.company_id.id,
            "jenis": jenis.jenis,
            "jenis_id": jenis.id,
            "penilai_id": ev.penilai_id.id,
            "atasan_penilai_id": ev.atasan_penilai_id.id,
            "dasar": dasar,
            "otomatis": True,
            "tanggal_mulai": tanggal_mulai,
            "sebelumnya_id": sebelumnya.id if sebelumnya else False,
        }

    @api.model
    def _kinerja_langkah_berikut(self, done):
        """The next step after each done, unresolved step (one each, never twice)."""
        done = done.filtered(
            lambda r: r.state == "selesai" and r.hasil == "lanjut" and 0 < r.langkah < 3
        )
        if not done:
            return self.browse()
        followed = set(
            self.sudo()
            .search_fetch([("sebelumnya_id", "in", done.ids)], ["sebelumnya_id"])
            .sebelumnya_id.ids
        )
        katalog = self.env["hr.kinerja.tindak.lanjut.jenis"]._katalog(done.company_id)
        today = fields.Date.context_today(self)
        vals_list = []
        for rec in done:
            jenis = katalog.get((rec.company_id.id, KODE_LANGKAH[rec.langkah + 1]))
            if rec.id in followed or not jenis:
                continue
            dasar = self.env._(
                "%(step)s was done without resolving the performance (PP 30/2019 Pasal 57-58).",
                step=rec.name,
            )
            vals = self._kinerja_vals_usulan(rec.evaluasi_id, jenis, dasar, today, rec)
            vals.update(
                employee_id=rec.employee_id.id,
                company_id=rec.company_id.id,
                penilai_id=rec.penilai_id.id,
                atasan_penilai_id=rec.atasan_penilai_id.id,
            )
            vals_list.append(vals)
        return self._kinerja_buat_usulan(vals_list)

    @api.model
    def _kinerja_buat_usulan(self, vals_list):
        """Create the suggestions in one batch, without a message each, and give the HR
        office one to-do each to decide it."""
        if not vals_list:
            return self.browse()
        records = (
            self.sudo()
            ._kinerja_transisi()
            .with_context(
                mail_create_nolog=True, mail_create_nosubscribe=True, tracking_disable=True
            )
            .create(vals_list)
        )
        records = self.browse(records.ids)
        records._kinerja_todo_putus()
        return records

    def _kinerja_todo_putus(self):
        """The HR office's to-do: decide the suggestion (the user who asked for it when
        they are the HR office, else the agency's first HR officer)."""
        act = self.env.ref("hr_kinerja_asn.mail_act_tindak_lanjut_putus")
        deadline = fields.Date.add(fields.Date.context_today(self), days=HARI_PUTUS_USULAN)
        hr = self.env.user if self.env.user._kinerja_is_hr() and not self.env.su else None
        officers = {}
        if not hr:
            Users = self.env["res.users"]
            for company in self.sudo().company_id:
                officers[company.id] = Users._kinerja_kantor_kepegawaian(company)[:1]
        self.env["mail.activity"]._kinerja_jadwalkan(
            {
                "record": rec,
                "type": act,
                "user": hr or officers.get(rec.company_id.id),
                "deadline": deadline,
            }
            for rec in self.sudo()
        )

    @api.model
    def _cron_usulkan(self):
        """Daily: suggestions from the running and closed years' final annual evaluations
        (the generator skips what it suggested before)."""
        periodes = self.env["hr.kinerja.periode"].sudo().search([("state", "!=", "draft")])
        return len(self._kinerja_usulkan(periodes))
