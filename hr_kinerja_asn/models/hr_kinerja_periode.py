"""One performance year (periode penilaian) of one instansi.

Who may do what:

===================  =====================================
admin kepegawaian    create, edit, open (berjalan), close
everyone             read the periode of their instansi
===================  =====================================

The periode carries the instansi's calendar choices: monthly or quarterly
periodic evaluation (Permen 6/2022 leaves it to the instansi) and the SKP
deadline, by default 31 January (spec decision 7).
"""

import datetime

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from . import kinerja_rules


class HrKinerjaPeriode(models.Model):
    _name = "hr.kinerja.periode"
    _description = "Performance Year"
    _inherit = ["mail.thread", "hr.kinerja.workflow.mixin"]
    _order = "tahun desc, company_id"
    _check_company_auto = True
    _kinerja_jaga_crud = True
    _kinerja_workflow_fields = frozenset({"state"})
    _kinerja_nilai_awal = {"state": "draft"}

    # ------------------------------------------------------------------
    # Fields
    # ------------------------------------------------------------------
    name = fields.Char(compute="_compute_name", store=True, readonly=True)
    tahun = fields.Integer(
        string="Year",
        required=True,
        default=lambda self: fields.Date.context_today(self).year,
        tracking=True,
    )
    company_id = fields.Many2one(
        "res.company",
        string="Agency",
        required=True,
        index=True,
        default=lambda self: self.env.company,
    )
    date_start = fields.Date(
        string="Start Date",
        required=True,
        compute="_compute_dates",
        store=True,
        readonly=False,
        precompute=True,
    )
    date_end = fields.Date(
        string="End Date",
        required=True,
        compute="_compute_dates",
        store=True,
        readonly=False,
        precompute=True,
    )
    frekuensi_evaluasi = fields.Selection(
        [("bulanan", "Monthly"), ("triwulanan", "Quarterly")],
        string="Periodic Evaluation",
        required=True,
        default="bulanan",
        tracking=True,
    )
    batas_penetapan_skp = fields.Date(
        string="SKP Deadline",
        required=True,
        compute="_compute_dates",
        store=True,
        readonly=False,
        precompute=True,
        tracking=True,
        help="The date by which every SKP must be set (ditetapkan); 31 January by default.",
    )
    hari_lapor_realisasi = fields.Integer(
        string="Realisation Due Day (D1)",
        default=10,
        help="Realisation of a period is reported by this day of the following month.",
    )
    hari_penilaian = fields.Integer(
        string="Rating Due Day (D2)",
        default=12,
        help="The appraiser rates the period by this day of the following month.",
    )
    hari_rilis = fields.Integer(
        string="Release Day (D3)",
        default=13,
        help="Evaluations are released from this day of the following month.",
    )
    hari_keberatan = fields.Integer(
        string="Objection Window (days)",
        default=14,
        help="A pegawai objects to a final evaluation within this many calendar days "
        "of it becoming final (spec decision 4).",
    )
    hari_putus_keberatan = fields.Integer(
        string="Objection Decided Within (days)",
        default=14,
        help="The appraiser's superior decides an objection within this many days of "
        "its filing; after that the HR office is told.",
    )
    state = fields.Selection(
        [("draft", "Draft"), ("berjalan", "In Progress"), ("selesai", "Closed")],
        string="Status",
        required=True,
        default="draft",
        copy=False,
        index=True,
        tracking=True,
    )

    skp_count = fields.Integer(compute="_compute_skp_count", string="SKP")
    periode_evaluasi_ids = fields.One2many(
        "hr.kinerja.periode.evaluasi", "periode_id", string="Evaluation Periods", readonly=True
    )

    _sql_constraints = [
        (
            "tahun_company_uniq",
            "unique (tahun, company_id)",
            "This agency already has a performance year for that year.",
        ),
    ]

    # ------------------------------------------------------------------
    # Compute
    # ------------------------------------------------------------------
    @api.depends("tahun")
    def _compute_name(self):
        for periode in self:
            periode.name = str(periode.tahun or "")

    @api.depends("tahun")
    def _compute_display_name(self):
        """Shown in the reader's language: "Periode Kinerja 2026"."""
        for periode in self:
            periode.display_name = self.env._("Performance Year %(year)s", year=periode.tahun)

    @api.depends("tahun")
    def _compute_dates(self):
        for periode in self:
            if not periode.tahun:
                continue
            periode.date_start = datetime.date(periode.tahun, 1, 1)
            periode.date_end = datetime.date(periode.tahun, 12, 31)
            periode.batas_penetapan_skp = datetime.date(periode.tahun, 1, 31)

    # ------------------------------------------------------------------
    # Constraints
    # ------------------------------------------------------------------
    @api.constrains(
        "hari_lapor_realisasi",
        "hari_penilaian",
        "hari_rilis",
        "hari_keberatan",
        "hari_putus_keberatan",
    )
    def _check_cycle_days(self):
        for periode in self:
            days = (periode.hari_lapor_realisasi, periode.hari_penilaian, periode.hari_rilis)
            if not all(1 <= d <= 28 for d in days) or not days[0] <= days[1] <= days[2]:
                raise ValidationError(
                    self.env._(
                        "%(name)s: the monthly cycle days must lie between 1 and 28, with "
                        "realisation (D1) <= rating (D2) <= release (D3).",
                        name=periode.display_name,
                    )
                )
            if not (1 <= periode.hari_keberatan <= 90 and 1 <= periode.hari_putus_keberatan <= 90):
                raise ValidationError(
                    self.env._(
                        "%(name)s: the objection window and the days to decide an objection "
                        "lie between 1 and 90.",
                        name=periode.display_name,
                    )
                )

    def _evaluation_periods(self):
        """The periodic evaluation periods of this year: [(start, end, label)]."""
        self.ensure_one()
        return kinerja_rules.evaluation_periods(self.tahun, self.frekuensi_evaluasi)

    def _periode_dilaporkan(self, date_start=None, date_end=None):
        """The evaluation period being reported today: the one that ended most recently
        while its reporting days run (decision 7: reported by day D1 of the next month),
        else the latest begun; limited to ``date_start``..``date_end`` (an SKP's span)."""
        if not self:
            return self.env["hr.kinerja.periode.evaluasi"]
        self.ensure_one()
        today = fields.Date.context_today(self)
        day = fields.Date.subtract(today, days=self.hari_lapor_realisasi or 10)
        candidates = self.periode_evaluasi_ids.filtered(
            lambda p: (
                (not date_end or p.date_start <= date_end)
                and (not date_start or p.date_end >= date_start)
            )
        )
        return (
            candidates.filtered(lambda p: p.date_start <= day <= p.date_end)
            or candidates.filtered(lambda p: p.date_start <= today)[-1:]
            or candidates[:1]
        )

    @api.constrains("tahun", "date_start", "date_end")
    def _check_dates(self):
        for periode in self:
            if not 2022 <= periode.tahun <= 2100:
                raise ValidationError(
                    self.env._(
                        "The year %(year)s is outside what PermenPANRB 6/2022 covers "
                        "(2022 onwards).",
                        year=periode.tahun,
                    )
                )
            if periode.date_start > periode.date_end:
                raise ValidationError(
                    self.env._(
                        "%(name)s: the start date is after the end date.", name=periode.display_name
                    )
                )

    # ------------------------------------------------------------------
    # CRUD
    # ------------------------------------------------------------------
    @api.model_create_multi
    def create(self, vals_list):
        periodes = super().create(vals_list)
        periodes._sinkron_periode_evaluasi()
        return periodes

    def write(self, vals):
        result = super().write(vals)
        if {"tahun", "frekuensi_evaluasi"} & set(vals):
            self._sinkron_periode_evaluasi()
        return result

    def _sinkron_periode_evaluasi(self):
        """Keep the year's evaluation periods in step with its year and frequency."""
        Period = self.env["hr.kinerja.periode.evaluasi"].sudo()
        for periode in self:
            wanted = {start: (end, label) for start, end, label in periode._evaluation_periods()}
            current = periode.sudo().periode_evaluasi_ids
            stale = current.filtered(
                lambda p, w=wanted: p.date_start not in w or w[p.date_start][0] != p.date_end
            )
            stale.unlink()
            kept = set((current - stale).mapped("date_start"))
            Period.create(
                [
                    {"periode_id": periode.id, "date_start": start, "date_end": end, "name": label}
                    for start, (end, label) in wanted.items()
                    if start not in kept
                ]
            )

    def _check_is_hr(self):
        self.check_access("read")  # any id can arrive over RPC
        if not (self.env.su or self.env.user._kinerja_is_hr()):
            raise UserError(self.env._("The HR office opens, fills and closes performance years."))

    @api.ondelete(at_uninstall=False)
    def _unlink_only_draft(self):
        for periode in self:
            if periode.state != "draft":
                raise UserError(
                    self.env._(
                        "%(name)s has started: it can be closed, not deleted.",
                        name=periode.display_name,
                    )
                )
        if (
            self.env["hr.kinerja.skp"]
            .sudo()
            .search_count([("periode_id", "in", self.ids)], limit=1)
        ):
            raise UserError(
                self.env._("SKPs were drafted for this performance year: it cannot be deleted.")
            )

    # ------------------------------------------------------------------
    # Actions
    # ------------------------------------------------------------------
    def action_mulai(self):
        """Open the year: a draft SKP for every active ASN, with a to-do to draft it
        (by the job queue above a batch part's size, ``hr.kinerja.proses``)."""
        self._check_is_hr()
        for periode in self:
            if periode.state != "draft":
                raise UserError(self.env._("%(name)s is not a draft.", name=periode.display_name))
        self._kinerja_transisi().write({"state": "berjalan"})
        Skp, Proses = self.env["hr.kinerja.skp"], self.env["hr.kinerja.proses"]
        action = True
        for periode in self:
            employees = Skp._kinerja_pegawai_tanpa_skp(periode)
            if len(employees) <= Proses._kinerja_ukuran_bagian():
                Skp._ensure_for_periode(periode)
                continue
            # a province: the SKPs are created by the job queue, part by part
            action = Proses._kinerja_antrikan(
                "buka_tahun",
                periode.company_id,
                self.env._("Opening %(year)s", year=periode.display_name),
                Proses._kinerja_bagi(([employee], 1) for employee in employees.ids),
                periode=periode,
            )
        return action

    def action_buat_skp(self):
        """Create the missing SKPs (new hires) from today to the end of the year."""
        self._check_is_hr()
        for periode in self:
            if periode.state != "berjalan":
                raise UserError(
                    self.env._("%(name)s is not in progress.", name=periode.display_name)
                )
            today = fields.Date.context_today(self)
            start = min(max(today, periode.date_start), periode.date_end)
            skps = self.env["hr.kinerja.skp"]._ensure_for_periode(periode, date_start=start)
            periode.message_post(body=self.env._("%(count)s draft SKP created.", count=len(skps)))
        return True

    def _compute_skp_count(self):
        counts = dict(
            self.env["hr.kinerja.skp"]._read_group(
                [("periode_id", "in", self.ids)], ["periode_id"], ["__count"]
            )
        )
        for periode in self:
            periode.skp_count = counts.get(periode, 0)

    def action_buat_evaluasi(self):
        self.ensure_one()
        self._check_is_hr()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Create Evaluations"),
            "res_model": "hr.kinerja.buat.evaluasi.wizard",
            "view_mode": "form",
            "target": "new",
            "context": {"default_periode_id": self.id},
        }

    def action_open_skp(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "hr_kinerja_asn.hr_kinerja_skp_action_all"
        )
        action["domain"] = [("periode_id", "=", self.id)]
        return action

    def action_selesai(self):
        """Close the year once its annual evaluations are done."""
        self._check_is_hr()
        for periode in self:
            if periode.state != "berjalan":
                raise UserError(
                    self.env._("%(name)s is not in progress.", name=periode.display_name)
                )
        self._kinerja_transisi().write({"state": "selesai"})
