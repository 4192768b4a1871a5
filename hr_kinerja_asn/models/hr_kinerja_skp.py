"""Sasaran Kinerja Pegawai: the yearly plan of one pegawai, from dialogue to ditetapkan.

Rights on the workflow (``_check_can_*`` raise a sentence naming the rule):

============  =========================  ============================================
Action        Who                        Restriction
============  =========================  ============================================
draft/edit    the pegawai                own SKP, state draft
ajukan        the pegawai, admin         draft; a PPK; >= 1 RHK utama with an indicator
kembalikan    the assigned PPK, admin    diajukan; a reason; never one's own SKP
tetapkan      the assigned PPK, admin    diajukan; never one's own SKP
batalkan      the pegawai, admin         draft
revisi        pegawai, PPK, admin        ditetapkan, current, no open revision
akhiri        admin, PPK                 current SKP; ends it at a date (mutasi,
                                         promotion, retirement) and may start the next
delete        the pegawai, admin         never once diajukan (only draft/dibatalkan
                                         never submitted)
============  =========================  ============================================

Jabatan, unit, PPK and atasan PPK follow the employee while the SKP is a draft
and are frozen at submission (spec: snapshots). A ditetapkan SKP is read-only:
change goes through a revision, which stays a draft beside the current version
until it is ditetapkan itself (spec decision 12).
"""

from collections import defaultdict

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import SQL

from . import kinerja_rules
from .kinerja_larik import larik
from .kinerja_teks import kalimat

SNAPSHOT_FIELDS = ("department_id", "jabatan", "pejabat_penilai_id", "atasan_pejabat_penilai_id")
#: set by the transitions only (submit, return, set, cancel, revise, escalate)
SKP_WORKFLOW_FIELDS = frozenset(
    {
        "name",
        "state",
        "aktif",
        "versi",
        "revisi_dari_id",
        "dikembalikan",
        "alasan_pengembalian",
        "tanggal_pengajuan",
        "tanggal_penetapan",
        "ditetapkan_oleh_id",
        "eskalasi_terkirim",
        *SNAPSHOT_FIELDS,
    }
)
#: whose SKP it is, for which year and agency: chosen at creation, fixed afterwards
SKP_FIXED_FIELDS = frozenset({"employee_id", "periode_id", "company_id"})
#: the SKP's own content, changed in a draft by its pegawai or the HR office
SKP_CONTENT_FIELDS = frozenset({"date_start", "date_end", "jenis_skp", "pendekatan"})
# what can make two current SKPs of one pegawai overlap (``_check_overlap``)
SKP_WAKTU_FIELDS = frozenset({"employee_id", "date_start", "date_end", "aktif", "state"})


class HrKinerjaSkp(models.Model):
    _name = "hr.kinerja.skp"
    _description = "Sasaran Kinerja Pegawai (SKP)"
    _inherit = [
        "mail.thread.main.attachment",
        "mail.activity.mixin",
        "hr.kinerja.workflow.mixin",
    ]
    _order = "periode_id desc, employee_id, versi desc, id desc"
    _check_company_auto = True
    _kinerja_workflow_fields = SKP_WORKFLOW_FIELDS
    _kinerja_aksi = ("ajukan", "tetapkan", "batalkan", "revisi")
    _kinerja_nilai_awal = {"name": "/", "state": "draft", "aktif": True, "versi": 1}

    # ------------------------------------------------------------------
    # Fields
    # ------------------------------------------------------------------
    name = fields.Char(string="Number", readonly=True, copy=False, default="/")
    employee_id = fields.Many2one(
        "hr.employee",
        required=True,
        index=True,
        tracking=True,
        check_company=True,
        default=lambda self: self.env.user.employee_id,
    )
    user_id = fields.Many2one(related="employee_id.user_id", string="Employee User")
    periode_id = fields.Many2one(
        "hr.kinerja.periode",
        string="Performance Year",
        required=True,
        index=True,
        check_company=True,
        tracking=True,
        ondelete="restrict",
        default=lambda self: self._default_periode(),
    )
    company_id = fields.Many2one(
        "res.company",
        string="Agency",
        required=True,
        index=True,
        default=lambda self: self.env.company,
    )
    department_id = fields.Many2one("hr.department", string="Unit", check_company=True)
    jabatan = fields.Char(string="Position")
    pejabat_penilai_id = fields.Many2one(
        "hr.employee",
        string="Performance Appraiser (PPK)",
        index=True,
        tracking=True,
    )
    atasan_pejabat_penilai_id = fields.Many2one(
        "hr.employee",
        string="Appraiser's Superior",
        index=True,
    )
    pimpinan_ids = fields.Many2many(
        "hr.employee",
        "hr_kinerja_skp_pimpinan_rel",
        "skp_id",
        "employee_id",
        string="Other Leaders (Team Work)",
        help="Leaders the employee also works for (tim kerja): their RHK can be intervened.",
    )
    date_start = fields.Date(string="From", required=True, tracking=True)
    date_end = fields.Date(string="To", required=True, tracking=True)
    jenis_skp = fields.Selection(
        [("jpt", "JPT (Senior Executive)"), ("ja_jf", "JA / JF (Administrative / Functional)")],
        string="SKP Type",
        required=True,
        tracking=True,
        compute="_compute_jenis_skp",
        store=True,
        readonly=False,
        precompute=True,
    )
    pendekatan = fields.Selection(
        [("kuantitatif", "Quantitative"), ("kualitatif", "Qualitative")],
        string="Approach",
        required=True,
        default="kuantitatif",
        tracking=True,
    )
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("diajukan", "Submitted"),
            ("ditetapkan", "Set"),
            ("dibatalkan", "Cancelled"),
        ],
        string="Status",
        required=True,
        default="draft",
        tracking=True,
        copy=False,
        index=True,
    )
    versi = fields.Integer(string="Version", default=1, readonly=True, copy=False)
    revisi_dari_id = fields.Many2one(
        "hr.kinerja.skp",
        string="Revision Of",
        readonly=True,
        copy=False,
        index=True,
        ondelete="restrict",
    )
    revisi_ids = fields.One2many("hr.kinerja.skp", "revisi_dari_id", string="Revisions")
    aktif = fields.Boolean(
        string="Current Version",
        default=True,
        copy=False,
        index=True,
        help="False once a ditetapkan revision replaces it, when cancelled, and for a "
        "revision that is not ditetapkan yet.",
    )
    dikembalikan = fields.Boolean(string="Returned", copy=False)
    alasan_pengembalian = fields.Text(string="Return Reason", copy=False, tracking=True)
    tanggal_pengajuan = fields.Datetime(string="Submitted On", copy=False, readonly=True)
    tanggal_penetapan = fields.Datetime(string="Set On", copy=False, readonly=True)
    ditetapkan_oleh_id = fields.Many2one("res.users", string="Set By", copy=False, readonly=True)
    eskalasi_terkirim = fields.Boolean(copy=False, readonly=True)
    terlambat = fields.Boolean(
        string="Late",
        compute="_compute_terlambat",
        search="_search_terlambat",
        help="Not ditetapkan although the performance year's SKP deadline has passed.",
    )
    rhk_ids = fields.One2many("hr.kinerja.rhk", "skp_id", string="Work Result Plans", copy=False)
    perilaku_ids = fields.One2many(
        "hr.kinerja.perilaku", "skp_id", string="Work Behaviour", copy=False
    )
    lampiran_ids = fields.One2many(
        "hr.kinerja.lampiran", "skp_id", string="Attachment Lines", copy=False
    )
    dialog_ids = fields.One2many("hr.kinerja.dialog", "skp_id", string="Performance Dialogues")
    realisasi_ids = fields.One2many("hr.kinerja.realisasi", "skp_id", string="Realisations")
    umpan_balik_ids = fields.One2many(
        "hr.kinerja.umpan.balik",
        "skp_id",
        string="Feedback Record",
        help="Rekaman informasi umpan balik: all feedback on this SKP.",
    )
    pembinaan_ids = fields.One2many("hr.kinerja.pembinaan", "skp_id", string="Coaching")
    log_harian_ids = fields.One2many("hr.kinerja.log.harian", "skp_id", string="Daily Log")
    rencana_aksi_ids = fields.One2many("hr.kinerja.rencana.aksi", "skp_id", string="Action Plans")
    rhk_count = fields.Integer(compute="_compute_rhk_count", string="RHK")
    is_pegawai = fields.Boolean(compute="_compute_user_roles")
    is_penilai = fields.Boolean(compute="_compute_user_roles")
    is_admin = fields.Boolean(compute="_compute_user_roles")
    can_ajukan = fields.Boolean(compute="_compute_can", string="Can Submit")
    can_tetapkan = fields.Boolean(compute="_compute_can", string="Can Set or Return")
    can_batalkan = fields.Boolean(compute="_compute_can", string="Can Cancel")
    can_revisi = fields.Boolean(compute="_compute_can", string="Can Revise")

    _sql_constraints = [
        # the database's own guard for two requests at once (``_check_overlap`` says it
        # in words first): ranges have GiST support without any extension
        (
            "skp_current_no_overlap",
            "EXCLUDE USING gist (int4range(employee_id, employee_id, '[]') WITH =, "
            "daterange(date_start, date_end, '[]') WITH &&) "
            "WHERE (aktif AND state <> 'dibatalkan')",
            "The current SKPs of one employee may not overlap: another request created or "
            "changed one at the same time. Reload and try again.",
        ),
    ]

    # ------------------------------------------------------------------
    # Compute and defaults
    # ------------------------------------------------------------------
    @api.model
    def _default_periode(self):
        return self.env["hr.kinerja.periode"].search(
            [("company_id", "=", self.env.company.id), ("state", "=", "berjalan")],
            order="tahun desc",
            limit=1,
        )

    @api.depends("employee_id")
    def _compute_jenis_skp(self):
        for skp in self:
            skp.jenis_skp = self._kinerja_jenis_skp(skp.employee_id.sudo().jenis_jabatan)

    @api.model
    def _kinerja_jenis_skp(self, jenis_jabatan):
        """The SKP form of a jabatan: JPT or JA/JF (PermenPANRB 6/2022 lampiran)."""
        return "jpt" if kinerja_rules.is_jabatan_jpt(jenis_jabatan) else "ja_jf"

    @api.depends("rhk_ids")
    def _compute_rhk_count(self):
        for skp in self:
            skp.rhk_count = len(skp.rhk_ids)

    @api.depends_context("uid")
    @api.depends("employee_id", "pejabat_penilai_id")
    def _compute_user_roles(self):
        is_admin = self.env.user._kinerja_is_hr()
        # the people of the form in one read (each many2one would prefetch its own)
        people = self.employee_id | self.pejabat_penilai_id | self.atasan_pejabat_penilai_id
        people.mapped("user_id")
        for skp in self:
            skp.is_pegawai = skp.employee_id.user_id == self.env.user
            skp.is_penilai = skp.pejabat_penilai_id.user_id == self.env.user
            skp.is_admin = is_admin

    def _compute_terlambat(self):
        today = fields.Date.context_today(self)
        for skp in self:
            skp.terlambat = skp._is_late(today)

    def _is_late(self, today):
        return (
            self.state in ("draft", "diajukan")
            and not self.revisi_dari_id
            and self.periode_id.batas_penetapan_skp < today
        )

    def _search_terlambat(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise UserError(self.env._("Unsupported search on the late filter."))
        domain = [
            ("state", "in", ("draft", "diajukan")),
            ("revisi_dari_id", "=", False),
            ("periode_id.batas_penetapan_skp", "<", fields.Date.context_today(self)),
        ]
        positive = (operator == "=") == value
        return domain if positive else ["!", "&", "&", *domain]

    @api.onchange("employee_id")
    def _onchange_employee_id(self):
        for skp in self:
            skp.update(skp.employee_id._kinerja_snapshot_skp())

    @api.onchange("periode_id")
    def _onchange_periode_id(self):
        for skp in self.filtered("periode_id"):
            skp.date_start = skp.date_start or skp.periode_id.date_start
            skp.date_end = skp.date_end or skp.periode_id.date_end

    # ------------------------------------------------------------------
    # Constraints
    # ------------------------------------------------------------------
    @api.constrains("date_start", "date_end", "periode_id")
    def _check_dates(self):
        for skp in self:
            periode = skp.periode_id
            if skp.date_start > skp.date_end:
                raise ValidationError(
                    self.env._(
                        "%(skp)s: the start date is after the end date.", skp=skp.display_name
                    )
                )
            if skp.date_start < periode.date_start or skp.date_end > periode.date_end:
                raise ValidationError(
                    self.env._(
                        "%(skp)s must lie inside %(periode)s (%(start)s to %(end)s).",
                        skp=skp.display_name,
                        periode=periode.display_name,
                        start=periode.date_start,
                        end=periode.date_end,
                    )
                )

    def _check_overlap(self, vals_list):
        """Current SKPs of one pegawai never overlap in time: checked before the database
        is written (one query for the batch), so the pegawai reads this sentence rather
        than the database's exclusion constraint, which stays as the guard for two
        requests at once (``skp_current_no_overlap``).

        ``vals_list`` are the values of new SKPs (``self`` empty) or the values written
        on ``self``.
        """
        rows = []
        if self:
            vals = vals_list[0]
            for skp in self:
                rows.append(
                    (
                        skp.id,
                        vals.get("employee_id", skp.employee_id.id),
                        fields.Date.to_date(vals.get("date_start")) or skp.date_start,
                        fields.Date.to_date(vals.get("date_end")) or skp.date_end,
                        vals.get("aktif", skp.aktif)
                        and vals.get("state", skp.state) != "dibatalkan",
                    )
                )
        else:
            rows = [
                (
                    0,
                    vals.get("employee_id"),
                    fields.Date.to_date(vals.get("date_start")),
                    fields.Date.to_date(vals.get("date_end")),
                    vals.get("aktif", True) and vals.get("state", "draft") != "dibatalkan",
                )
                for vals in vals_list
            ]
        rows = [row[:4] for row in rows if row[4] and row[1] and row[2] and row[3]]
        if not rows:
            return
        # within the batch itself, pegawai by pegawai (a year opened for 50,000 is
        # 50,000 rows: comparing each with every other was minutes)
        per_employee = defaultdict(list)
        for row in rows:
            per_employee[row[1]].append(row)
        for employee_id, own in per_employee.items():
            for i, a in enumerate(own):
                if any(a[2] <= b[3] and b[2] <= a[3] for b in own[i + 1 :]):
                    raise ValidationError(
                        self._overlap_message(self.env["hr.employee"].browse(employee_id))
                    )
        self.flush_model(["employee_id", "date_start", "date_end", "aktif", "state"])
        ids, employees, starts, ends = zip(*rows, strict=True)
        self.env.cr.execute(
            SQL(
                """
                SELECT b.id FROM unnest(%s, %s, %s, %s) AS a(id, employee_id, date_start, date_end)
                  JOIN hr_kinerja_skp b
                    ON b.employee_id = a.employee_id AND b.id != a.id
                   AND b.aktif AND b.state != 'dibatalkan'
                   AND b.date_start <= a.date_end AND b.date_end >= a.date_start
                 WHERE b.id != ALL(%s)
                 LIMIT 1
                """,
                larik(ids),
                larik(employees),
                larik(starts, "date"),
                larik(ends, "date"),
                larik(self.ids or [0]),
            )
        )
        row = self.env.cr.fetchone()
        if row:
            clash = self.sudo().browse(row[0])
            raise ValidationError(self._overlap_message(clash.employee_id, clash))

    def _overlap_message(self, employee, clash=None):
        if not clash:
            return self.env._(
                "%(employee)s would get two current SKPs at the same time: the current SKPs "
                "of one employee may not overlap.",
                employee=employee.name,
            )
        return self.env._(
            "%(employee)s already has %(other)s from %(start)s to %(end)s: the "
            "current SKPs of one employee may not overlap. End it first (mutation, "
            "promotion) or cancel it.",
            employee=employee.name,
            other=clash.display_name,
            start=clash.date_start,
            end=clash.date_end,
        )

    @api.constrains("employee_id")
    def _check_employee_is_asn(self):
        for skp in self:
            if skp.employee_id.sudo().jenis_jabatan == "pejabat_negara":
                raise ValidationError(
                    self.env._(
                        "%(name)s is a pejabat negara: an SKP is for ASN employees only.",
                        name=skp.employee_id.name,
                    )
                )

    # ------------------------------------------------------------------
    # CRUD
    # ------------------------------------------------------------------
    @api.model_create_multi
    def create(self, vals_list):
        """Snapshots, dates and company are derived from the employee and the year, never
        taken from the caller; workflow fields start at their initial values."""
        # snapshots are overwritten below: the form's onchange may send them along
        self._kinerja_cek_nilai_workflow(
            vals_list=[
                {k: v for k, v in vals.items() if k not in SNAPSHOT_FIELDS} for vals in vals_list
            ]
        )
        in_transition = self._kinerja_dalam_transisi()
        Employee = self.env["hr.employee"]
        periodes = self.env["hr.kinerja.periode"].browse(
            {v["periode_id"] for v in vals_list if v.get("periode_id")}
        )
        periode_by_id = {p.id: p for p in periodes}
        employees = Employee.sudo().browse({v.get("employee_id") for v in vals_list} - {None})
        employees._kinerja_baca_snapshot("jenis_jabatan")
        employee_by_id = {e.id: e for e in employees}
        for vals in vals_list:
            employee = employee_by_id.get(vals.get("employee_id"), Employee)
            vals.update(employee._kinerja_snapshot_skp(ids=True))
            # given, not precomputed through a new record per SKP (a year is thousands)
            vals.setdefault("jenis_skp", self._kinerja_jenis_skp(employee.jenis_jabatan))
            periode = periode_by_id.get(vals.get("periode_id"))
            if periode:
                vals.setdefault("date_start", periode.date_start)
                vals.setdefault("date_end", periode.date_end)
                if not in_transition:
                    vals["company_id"] = periode.company_id.id
                vals.setdefault("company_id", periode.company_id.id)
        self.browse()._check_overlap(vals_list)
        unnamed = [vals for vals in vals_list if vals.get("name", "/") == "/"]
        for vals, name in zip(unnamed, self._next_names(len(unnamed)), strict=True):
            vals["name"] = name
        skps = super().create(vals_list)
        # a revision copies its lines from the version it revises
        skps.filtered(lambda s: not s.revisi_dari_id)._create_default_lines()
        return skps

    @api.model
    def _next_names(self, count):
        """``count`` numbers of the SKP sequence in one query (opening a year creates many)."""
        if not count:
            return []
        sequence = self.env.ref("hr_kinerja_asn.seq_hr_kinerja_skp", raise_if_not_found=False)
        if not sequence or sequence.implementation != "standard" or sequence.use_date_range:
            return [
                self.env["ir.sequence"].sudo().next_by_code("hr.kinerja.skp") or "/"
                for _i in range(count)
            ]
        sequence = sequence.sudo()
        self.env.cr.execute(
            "SELECT nextval(%s) FROM generate_series(1, %s)",
            [f"ir_sequence_{sequence.id:03d}", count],
        )
        # what ``get_next_char`` makes of each number, with the prefix and suffix
        # interpolated once for the batch, not 33 ``strftime`` calls per SKP
        prefix, suffix = sequence._get_prefix_suffix()
        return [
            f"{prefix}{number:0{sequence.padding}d}{suffix}" for (number,) in self.env.cr.fetchall()
        ]

    def write(self, vals):
        """Workflow fields only through the transitions; content only in a draft, by its
        pegawai or the HR office (``_check_content_editable``); a set SKP never."""
        if not self._kinerja_dalam_transisi():
            self._kinerja_cek_nilai_workflow(vals=vals)
            fixed = [f for f in set(vals) & SKP_FIXED_FIELDS if self._kinerja_berubah(f, vals[f])]
            if fixed:
                raise UserError(
                    self.env._(
                        "The employee, performance year and agency of an SKP are fixed once it "
                        "is created: cancel the draft and create the right one."
                    )
                )
            if set(vals) & SKP_CONTENT_FIELDS:
                self._check_content_editable()
            if "pimpinan_ids" in vals:
                self._check_pimpinan_editable()
            locked = self.filtered(lambda s: s.state in ("ditetapkan", "dibatalkan"))
            if locked and set(vals) - self._kinerja_mail_fields():
                raise UserError(
                    self.env._(
                        "%(skp)s is %(state)s and can no longer be changed. Make a revision "
                        "to change a set SKP.",
                        skp=locked[0].display_name,
                        state=locked[0]._state_label(),
                    )
                )
        if SKP_WAKTU_FIELDS & set(vals):
            self._check_overlap([vals])
        return super().write(vals)

    def _kinerja_tulis_per_record(self, values):
        """A transition's batch write checks what ``write`` checks of an SKP's time:
        the records writing the same of those fields (a new state for the batch) in
        one ``_check_overlap`` each."""
        groups = defaultdict(list)
        for skp_id, vals in values.items():
            waktu = tuple(sorted((f, vals[f]) for f in SKP_WAKTU_FIELDS & vals.keys()))
            if waktu:
                groups[waktu].append(skp_id)
        for waktu, ids in groups.items():
            self.browse(ids)._check_overlap([dict(waktu)])
        return super()._kinerja_tulis_per_record(values)

    def _check_pimpinan_editable(self):
        """Team leaders may still be named while the SKP waits for the PPK."""
        admin = self.env.user._kinerja_is_hr()
        for skp in self:
            parties = skp.employee_id.user_id | skp.pejabat_penilai_id.user_id
            if skp.state not in ("draft", "diajukan") or not (admin or self.env.user in parties):
                raise UserError(
                    self.env._(
                        "Only %(employee)s, their appraiser or the HR office name the team "
                        "leaders, before the SKP is set.",
                        employee=skp.employee_id.name,
                    )
                )

    @api.ondelete(at_uninstall=False)
    def _unlink_never_submitted(self):
        for skp in self:
            if skp.state not in ("draft", "dibatalkan") or skp.tanggal_pengajuan:
                raise UserError(
                    self.env._(
                        "%(skp)s has been submitted or set: it is kept as a record and cannot "
                        "be deleted. Cancel a draft instead.",
                        skp=skp.display_name,
                    )
                )

    @api.depends("name", "employee_id", "versi")
    def _compute_display_name(self):
        for skp in self:
            skp.display_name = skp._kinerja_label(skp.name, skp.employee_id.name, skp.versi)

    def _kinerja_label(self, name, employee, versi):
        """An SKP's name: its number, its pegawai, its revision."""
        label = f"{name or ''} {employee or ''}".strip()
        if versi > 1:
            label += " " + self.env._("(rev. %(versi)s)", versi=versi - 1)
        return label

    def _kinerja_nama_batch(self):
        """``{id: display name}`` of a batch in one query: a province's to-dos name
        50,000 SKPs, whose pegawai read through the ORM are each a whole, wide
        ``hr.employee`` record (``mail.activity._kinerja_jadwalkan``)."""
        self.flush_recordset(["name", "employee_id", "versi"])
        self.env["hr.employee"].flush_model(["name"])
        self.env.cr.execute(
            SQL(
                "SELECT s.id, s.name, e.name, s.versi FROM hr_kinerja_skp s "
                "LEFT JOIN hr_employee e ON e.id = s.employee_id WHERE s.id = ANY(%s)",
                larik(self.ids),
            )
        )
        return {
            skp_id: self._kinerja_label(name, employee, versi)
            for skp_id, name, employee, versi in self.env.cr.fetchall()
        }

    # ------------------------------------------------------------------
    # Actions
    # ------------------------------------------------------------------
    def action_ajukan(self):
        """The pegawai submits (and so signs) the SKP to their PPK."""
        self._kinerja_mulai()
        self._check_can_ajukan()
        now = fields.Datetime.now()
        self.env.flush_all()
        # each SKP freezes its own pegawai's jabatan, unit, PPK and atasan, and is
        # submitted: one statement for the batch (the ORM's write of the state alone
        # was fifty statements and seconds of Python at a province's 50,000 SKPs)
        submitted = {"state": "diajukan", "dikembalikan": False, "tanggal_pengajuan": now}
        self.employee_id._kinerja_baca_snapshot()
        self._kinerja_transisi()._kinerja_tulis_per_record(
            {
                skp.id: {**skp.employee_id._kinerja_snapshot_skp(ids=True), **submitted}
                for skp in self
            }
        )
        self._log_batch(
            self.env._("SKP submitted to the appraiser by %(user)s.", user=self.env.user.name)
        )
        # one e-mail per assigned activity is right for one SKP, not for a batch of them
        self.with_context(mail_activity_quick_update=len(self) > 1)._kinerja_activity_update()
        return True

    def action_kembalikan(self, alasan=None):
        """The PPK returns the SKP to the pegawai, with the reason (wizard without one)."""
        if not alasan:
            return {
                "type": "ir.actions.act_window",
                "name": self.env._("Return SKP"),
                "res_model": "hr.kinerja.skp.kembalikan.wizard",
                "view_mode": "form",
                "target": "new",
                "context": {"active_model": self._name, "active_ids": self.ids},
            }
        self._kinerja_mulai()
        self._check_can_kembalikan()
        if not alasan.strip():
            raise UserError(self.env._("Give the reason for returning the SKP."))
        self._kinerja_transisi().write(
            {"state": "draft", "dikembalikan": True, "alasan_pengembalian": alasan}
        )
        self._kinerja_penerima()
        self._kinerja_kabari(
            (
                skp,
                skp.employee_id.user_id.partner_id,
                lambda skp: skp.env._("SKP returned for revision: %(reason)s", reason=alasan),
            )
            for skp in self
        )
        self._kinerja_activity_update()
        return True

    def action_tetapkan(self):
        """The PPK sets the SKP; a revision replaces the version it revises."""
        self._kinerja_mulai()
        self._check_can_tetapkan()
        ditetapkan = {
            "state": "ditetapkan",
            "dikembalikan": False,
            "tanggal_penetapan": fields.Datetime.now(),
            "ditetapkan_oleh_id": self.env.user.id,
        }
        # the same values for the batch in one UPDATE, as submitting writes them
        self._kinerja_transisi()._kinerja_tulis_per_record(dict.fromkeys(self.ids, ditetapkan))
        self._log_batch(self.env._("SKP set by %(user)s.", user=self.env.user.name))
        user = self.env.user.name
        self._kinerja_penerima()
        self._kinerja_kabari(
            (
                skp,
                skp.employee_id.user_id.partner_id,
                lambda skp: skp.env._(
                    "Your SKP %(skp)s was set by %(user)s: it is in force from today.",
                    skp=skp.name,
                    user=user,
                ),
            )
            for skp in self
            if skp.employee_id.user_id != self.env.user
        )
        self._kinerja_activity_update()
        return True

    def action_batalkan(self):
        self._kinerja_mulai()
        self._check_can_batalkan()
        self._kinerja_transisi().with_context(mail_notrack=True).write(
            {"state": "dibatalkan", "aktif": False}
        )
        self._log_batch(self.env._("SKP cancelled by %(user)s.", user=self.env.user.name))
        self._kinerja_activity_update()
        return True

    def action_salin_rhk_tahun_lalu(self):
        """Copy the RHK (and indicators) of the pegawai's last SKP of the previous year."""
        for skp in self:
            skp._check_content_editable()
            previous = self.search(
                [
                    ("employee_id", "=", skp.employee_id.id),
                    ("periode_id.tahun", "=", skp.periode_id.tahun - 1),
                    ("state", "=", "ditetapkan"),
                ],
                order="aktif desc, date_end desc, versi desc",
                limit=1,
            )
            if not previous:
                raise UserError(
                    self.env._(
                        "%(employee)s has no set SKP in %(year)s to copy from.",
                        employee=skp.employee_id.name,
                        year=skp.periode_id.tahun - 1,
                    )
                )
            previous.rhk_ids._copy_to(skp, keep_origin=False)
            skp.message_post(
                body=kalimat(self.env._("RHK copied from %(skp)s.", skp=previous.display_name))
            )
        return True

    # ------------------------------------------------------------------
    # Access checks: one sentence each, in the user's language
    # ------------------------------------------------------------------

    def _alasan_tidak_boleh(self, action):
        """Why the current user may not ``action`` this SKP (False when they may).

        The one statement of each right: the buttons (``can_*``) and the actions
        (``_check_can_*``) both read it.
        """
        self.ensure_one()
        states = {
            "ajukan": ("draft",),
            "tetapkan": ("diajukan",),
            "batalkan": ("draft",),
            "revisi": ("ditetapkan",),
        }[action]
        if self.state not in states:
            return self.env._(
                "%(skp)s is %(state)s.", skp=self.display_name, state=self._state_label()
            )
        return super()._alasan_tidak_boleh(action)

    def _kinerja_aturan(self):
        return {
            **super()._kinerja_aturan(),
            "ajukan": self._alasan_pegawai,
            "batalkan": self._alasan_pegawai,
            "tetapkan": self._alasan_ppk,
            "revisi": self._alasan_revisi,
        }

    def _kinerja_baca_untuk_aturan(self):
        """The rules compare each SKP's pegawai and PPK with the user: their accounts
        read for the batch, not each hr.employee's whole, wide row (at a province's
        50,000 SKPs that row is 4 s of a submission or a setting)."""
        (self.employee_id | self.pejabat_penilai_id).filtered("id").fetch(["user_id"])

    def _kinerja_penerima(self):
        """The pegawai's accounts' partners and languages, read for the batch: whom a
        transition's news goes to (``_kinerja_kabari``), without the wide rows."""
        self.employee_id.fetch(["user_id"])
        users = self.employee_id.user_id
        users.fetch(["partner_id"])
        users.partner_id.fetch(["lang"])

    def _alasan_pegawai(self):
        """Submitting and cancelling: the pegawai, or the HR office for them."""
        if self.employee_id.user_id == self.env.user or self.env.user._kinerja_is_hr():
            return False
        return self.env._(
            "Only %(employee)s or the HR office can submit or cancel this SKP.",
            employee=self.employee_id.name,
        )

    def _alasan_ppk(self):
        """Setting and returning: the assigned PPK (or the HR office), never on one's own."""
        if self.employee_id.user_id == self.env.user:
            return self.env._(
                "You cannot set or return your own SKP (%(skp)s).", skp=self.display_name
            )
        if self.env.user._kinerja_sebagai_ppk(self.pejabat_penilai_id):
            return False
        return kalimat(
            self.env._(
                "Only the appraiser of %(employee)s (%(ppk)s) or the HR office can set "
                "or return %(skp)s.",
                employee=self.employee_id.name,
                ppk=self.pejabat_penilai_id.name or "-",
                skp=self.display_name,
            )
        )

    def _alasan_revisi(self):
        """Revising: the current set version, one revision at a time, by its parties."""
        _ = self.env._
        user = self.env.user
        if not self.aktif:
            reason = _(
                "%(skp)s has been replaced: revise the current version.", skp=self.display_name
            )
        elif self.revisi_ids.filtered(lambda r: r.state in ("draft", "diajukan")):
            reason = _("%(skp)s already has a revision in progress.", skp=self.display_name)
        elif user in (self.employee_id.user_id | self.pejabat_penilai_id.user_id) or (
            user._kinerja_is_hr()
        ):
            reason = False
        else:
            reason = _(
                "Only %(employee)s, their appraiser or the HR office can revise this SKP.",
                employee=self.employee_id.name,
            )
        return reason

    def _check_can_ajukan(self):
        self._check_can("ajukan")
        tanpa_rhk_utama = self._kinerja_tanpa_rhk_utama()
        # what this check reads of each pegawai's PPK, for the batch and only those
        # columns (not each hr.employee's wide row)
        employees = self.employee_id.sudo()
        employees.fetch(["pejabat_penilai_id"])
        employees.pejabat_penilai_id.fetch(["user_id", "jenis_jabatan"])
        for skp in self:
            ppk = skp.employee_id.sudo().pejabat_penilai_id
            if not ppk:
                raise UserError(
                    self.env._(
                        "%(employee)s has no performance appraiser (PPK): ask the HR office to "
                        "set the manager or a delegated appraiser before submitting.",
                        employee=skp.employee_id.name,
                    )
                )
            if not ppk.user_id and ppk.sudo().jenis_jabatan != "pejabat_negara":
                raise UserError(
                    self.env._(
                        "The appraiser %(ppk)s has no user account to set the SKP: ask the HR "
                        "office to create one.",
                        ppk=ppk.name,
                    )
                )
            if skp.id in tanpa_rhk_utama:
                raise UserError(
                    self.env._(
                        "%(skp)s needs at least one main work result plan (RHK utama) with an "
                        "indicator before it can be submitted.",
                        skp=skp.display_name,
                    )
                )

    def _kinerja_tanpa_rhk_utama(self):
        """The SKPs of the batch without a main RHK that has an indicator (PermenPANRB
        6/2022: an SKP states at least one RHK utama and how it is measured), in one
        query: submitting a province's SKPs read their 750,000 lines one by one."""
        self.env["hr.kinerja.indikator"].flush_model(["rhk_id", "skp_id"])
        self.env["hr.kinerja.rhk"].flush_model(["jenis"])
        # the indicators of the batch, each joined to its RHK by primary key: linear
        # whatever the planner believes of tables a batch has just filled (an anti-join
        # planned from stale statistics rescanned every line for every SKP)
        self.env.cr.execute(
            SQL(
                "SELECT DISTINCT i.skp_id FROM hr_kinerja_indikator i"
                " JOIN hr_kinerja_rhk r ON r.id = i.rhk_id"
                " WHERE i.skp_id = ANY(%s) AND r.jenis = 'utama'",
                larik(self.ids),
            )
        )
        return set(self.ids) - {row[0] for row in self.env.cr.fetchall()}

    def _check_can_tetapkan(self):
        self._check_can("tetapkan")

    def _check_can_kembalikan(self):
        self._check_can("tetapkan")

    def _check_can_batalkan(self):
        self._check_can("batalkan")

    def _check_can_revisi(self):
        self._check_can("revisi")

    def _log_batch(self, body):
        """One chatter line on every SKP of the batch, written in one go (no per-record post)."""
        if self:
            self._kinerja_catat(dict.fromkeys(self.ids, body))

    def _state_label(self):
        self.ensure_one()
        return dict(self._fields["state"]._description_selection(self.env))[self.state]

    def _check_content_editable(self):
        """RHK, indicators and lampiran change only in a draft, by its pegawai or HR."""
        if self._kinerja_dalam_transisi():
            return
        admin = self.env.user._kinerja_is_hr()
        for skp in self:
            if skp.state != "draft":
                raise UserError(
                    self.env._(
                        "%(skp)s is no longer a draft: its content cannot be changed. "
                        "Ask the appraiser to return it, or make a revision of a set SKP.",
                        skp=skp.display_name,
                    )
                )
            if skp.employee_id.user_id != self.env.user and not admin:
                raise UserError(
                    self.env._(
                        "Only %(employee)s can change the content of their own SKP.",
                        employee=skp.employee_id.name,
                    )
                )

    def _check_pelaksanaan_open(self):
        """Realisation, action plans and the daily log go on the current set SKP, by its pegawai."""
        admin = self.env.su or self.env.user._kinerja_is_hr()
        for skp in self:
            if skp.state != "ditetapkan" or not skp.aktif:
                raise UserError(
                    self.env._(
                        "%(skp)s is not the current set SKP: realisation is documented on a "
                        "set SKP.",
                        skp=skp.display_name,
                    )
                )
            if skp.employee_id.user_id != self.env.user and not admin:
                raise UserError(
                    self.env._(
                        "Only %(employee)s documents their own realisation.",
                        employee=skp.employee_id.name,
                    )
                )

    def action_buka_realisasi(self):
        """Open the dialog that starts a period's realisation from the daily log."""
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Realisation of a Period"),
            "res_model": "hr.kinerja.realisasi.wizard",
            "view_mode": "form",
            "target": "new",
            "context": {"default_skp_id": self.id},
        }

    def action_minta_umpan_balik(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Ask for Feedback"),
            "res_model": "hr.kinerja.umpan.balik.minta.wizard",
            "view_mode": "form",
            "target": "new",
            "context": {"default_skp_id": self.id},
        }

    def _check_dialog_open(self):
        """Dialogues are recorded while the SKP is drafted or submitted, by its parties."""
        if self.env.su:
            return
        admin = self.env.user._kinerja_is_hr()
        for skp in self:
            if skp.state not in ("draft", "diajukan"):
                raise UserError(
                    self.env._(
                        "%(skp)s is %(state)s: dialogues are recorded before it is set.",
                        skp=skp.display_name,
                        state=skp._state_label(),
                    )
                )
            parties = skp.employee_id.user_id | skp.pejabat_penilai_id.user_id
            if self.env.user not in parties and not admin:
                raise UserError(
                    self.env._(
                        "Only %(employee)s and their appraiser record dialogues.",
                        employee=skp.employee_id.name,
                    )
                )

    # ------------------------------------------------------------------
    # Business helpers
    # ------------------------------------------------------------------
    def _allowed_leaders(self):
        """Leaders whose RHK this SKP may intervene: PPK, superiors, team leaders."""
        leaders = self.env["hr.employee"]
        for skp in self:
            leaders |= skp.pejabat_penilai_id | skp.pimpinan_ids
            leaders |= skp.employee_id._kinerja_pimpinan()
        return leaders.sudo(False)

    @api.model
    def _refresh_draft_snapshots(self):
        """Drafts follow the employee's data (called after hierarchy changes)."""
        self.env.flush_all()
        self.env.cr.execute("""
            SELECT s.id FROM hr_kinerja_skp s JOIN hr_employee e ON e.id = s.employee_id
             WHERE s.state = 'draft'
               AND (s.pejabat_penilai_id IS DISTINCT FROM e.pejabat_penilai_id
                    OR s.atasan_pejabat_penilai_id IS DISTINCT FROM e.atasan_pejabat_penilai_id
                    OR s.department_id IS DISTINCT FROM e.department_id
                    OR (e.job_title IS NOT NULL AND s.jabatan IS DISTINCT FROM e.job_title))
        """)
        drafts = self.sudo().browse([r[0] for r in self.env.cr.fetchall()])
        drafts.employee_id._kinerja_baca_snapshot()
        for skp in drafts:
            skp.write(skp.employee_id._kinerja_snapshot_skp(ids=True))

    def _create_default_lines(self):
        """The 7 BerAKHLAK lines and the prefilled lampiran lists of every new SKP: one
        INSERT each for the whole batch (``kinerja_sisip``; opening a province's year
        is tens of thousands of SKPs), the rows the ORM would write (company and
        sequence as their related fields store them)."""
        if not self:
            return
        values = self.env["hr.kinerja.core.value"].sudo().search([("company_id", "=", False)])
        lampiran = self._default_lampiran_rows()
        self.flush_recordset(["company_id"])
        # the SKPs crossed with the lines in the database: the rows' columns are not
        # shipped one by one (tens of thousands of SKPs times seven lines)
        uid, now = self.env.uid, fields.Datetime.now()
        self.env.cr.execute(
            SQL(
                "INSERT INTO hr_kinerja_perilaku (skp_id, company_id, core_value_id, sequence, "
                "create_uid, write_uid, create_date, write_date) "
                "SELECT s.id, s.company_id, v.id, v.seq, %s, %s, %s, %s "
                "FROM unnest(%s) WITH ORDINALITY AS k(id, n) "
                "JOIN hr_kinerja_skp s ON s.id = k.id, "
                "unnest(%s::int[], %s::int[]) WITH ORDINALITY AS v(id, seq, n) "
                "ORDER BY k.n, v.n",
                uid,
                uid,
                now,
                now,
                larik(self.ids),
                values.ids,
                values.mapped("sequence"),
            )
        )
        self.env.cr.execute(
            SQL(
                "INSERT INTO hr_kinerja_lampiran (skp_id, company_id, jenis, sequence, name, "
                "create_uid, write_uid, create_date, write_date) "
                "SELECT s.id, s.company_id, l.jenis, l.seq, l.name, %s, %s, %s, %s "
                "FROM unnest(%s) WITH ORDINALITY AS k(id, n) "
                "JOIN hr_kinerja_skp s ON s.id = k.id, "
                "unnest(%s::varchar[], %s::int[], %s::text[]) WITH ORDINALITY "
                "AS l(jenis, seq, name, n) "
                "ORDER BY k.n, l.n",
                uid,
                uid,
                now,
                now,
                larik(self.ids),
                [line[0] for line in lampiran],
                [line[1] for line in lampiran],
                [line[2] for line in lampiran],
            )
        )
        self.invalidate_recordset(["perilaku_ids", "lampiran_ids"])

    def _default_lampiran_rows(self):
        """(jenis, sequence, text) of the prefilled lampiran lines."""
        # the lines are printed on the Indonesian Lampiran SKP: write them in Indonesian
        # whoever creates the SKP (the HR office in English, the start-of-year cron...)
        lang = "id_ID" if self.env["res.lang"]._lang_get("id_ID") else self.env.lang
        _ = self.with_context(lang=lang).env._
        lines = {
            "sumber_daya": [
                _("Budget for the activities in the work plan (DPA) of the unit"),
                _("Work equipment and information systems needed for the tasks"),
                _("Guidance and mentoring from the leader"),
            ],
            "skema": [
                _("Progress of each work result plan is reported monthly with supporting evidence"),
                _(
                    "Realisation is documented in the performance application by the 10th of the following month"
                ),
            ],
            "konsekuensi": [
                _(
                    "Expectations met: appreciation and a performance rating that counts for career development and the performance allowance"
                ),
                _(
                    "Expectations not met: coaching or counselling, and a performance rating that may reduce the performance allowance"
                ),
            ],
        }
        return [
            (jenis, seq * 10, text)
            for jenis, texts in lines.items()
            for seq, text in enumerate(texts, start=1)
        ]

    def _kinerja_activity_update(self):
        """Keep the to-do list of whoever must act next in step with the state, in batch."""
        act_susun = self.env.ref("hr_kinerja_asn.mail_act_skp_susun")
        act_tetapkan = self.env.ref("hr_kinerja_asn.mail_act_skp_tetapkan")
        skps = self.sudo()
        today = fields.Date.context_today(self)
        by_state = {
            state: skps.filtered(lambda s, st=state: s.state == st)
            for state in ("draft", "diajukan", "ditetapkan", "dibatalkan")
        }
        by_state["draft"].activity_unlink(["hr_kinerja_asn.mail_act_skp_tetapkan"])
        # the batch log of the action says what happened: no per-record "done" messages
        by_state["diajukan"].activity_unlink(["hr_kinerja_asn.mail_act_skp_susun"])
        # set or cancelled: nothing left to do, the escalation to the atasan included
        done = [
            "hr_kinerja_asn.mail_act_skp_tetapkan",
            "hr_kinerja_asn.mail_act_skp_susun",
            "hr_kinerja_asn.mail_act_skp_eskalasi",
        ]
        (by_state["ditetapkan"] | by_state["dibatalkan"]).activity_unlink(done)
        items = []
        for skp in by_state["draft"] | by_state["diajukan"]:
            if skp.state == "draft":
                act_type, user = act_susun, skp.employee_id.user_id
                note = skp.alasan_pengembalian if skp.dikembalikan else False
            else:
                act_type, user, note = act_tetapkan, skp.pejabat_penilai_id.user_id, False
            items.append(
                {
                    "record": skp,
                    "type": act_type,
                    "user": user,
                    "note": note,
                    "deadline": max(skp.periode_id.batas_penetapan_skp, today),
                }
            )
        self.env["mail.activity"]._kinerja_jadwalkan(items)
