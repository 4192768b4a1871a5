"""One unit's evaluations of one period: where the PPK rates the team in one screen,
sees the distribution live (allowed vs given per rule) and finalises.

The unit is the pegawai whose ``department_id`` is that department (a unit head
counts in the unit they are rated in; spec decision 2). Finalising acts on the
whole unit and period: it refuses while any evaluation is unrated, and refuses a
breach of the pattern unless a written justification is given, which is kept on
the unit and every evaluation and printed on the documents.
"""

import logging
from collections import defaultdict

from markupsafe import Markup, escape

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError
from odoo.tools import SQL

from ..report.distribusi_chart import distribusi_svg
from .hr_kinerja_predikat import PREDIKAT
from .kinerja_larik import larik

_logger = logging.getLogger(__name__)

#: a unit evaluation is made by the period's run and moved by finalising only; the
#: ratings inside it are written on its evaluations (``evaluasi_ids``), which guard
#: themselves
UNIT_WORKFLOW_FIELDS = frozenset(
    {
        "company_id",
        "department_id",
        "periode_id",
        "jenis",
        "date_start",
        "date_end",
        "periode_label",
        "capaian_organisasi_id",
        "justifikasi",
        "state",
    }
)


class HrKinerjaEvaluasiUnit(models.Model):
    _name = "hr.kinerja.evaluasi.unit"
    _description = "Unit Evaluation (period)"
    _inherit = ["mail.thread", "hr.kinerja.workflow.mixin"]
    _order = "date_start desc, department_id"
    _check_company_auto = True
    _kinerja_workflow_fields = UNIT_WORKFLOW_FIELDS

    company_id = fields.Many2one("res.company", string="Agency", required=True, index=True)
    department_id = fields.Many2one("hr.department", string="Unit", index=True, check_company=True)
    periode_id = fields.Many2one(
        "hr.kinerja.periode",
        string="Performance Year",
        required=True,
        index=True,
        check_company=True,
    )
    jenis = fields.Selection(
        [("periodik", "Periodic"), ("tahunan", "Annual")], required=True, string="Kind"
    )
    date_start = fields.Date(string="From", required=True, index=True)
    date_end = fields.Date(string="To", required=True)
    periode_label = fields.Char(string="Period")
    evaluasi_ids = fields.One2many("hr.kinerja.evaluasi", "unit_id", string="Evaluations")
    # who may open the unit (record rules search these, never ``evaluasi_ids``: a rule
    # that walks the one2many fills its cache as superuser while checking access, and
    # the viewer would then be shown rows they may not read). Searched by a subquery
    # on the evaluations, not stored: a stored relation was rewritten unit by unit
    # each time a month's evaluations were made (issue 14)
    pihak_user_ids = fields.Many2many(
        "res.users",
        compute="_compute_pihak",
        search="_search_pihak_user_ids",
        string="Appraisers and Their Superiors",
    )
    pegawai_ids = fields.Many2many(
        "hr.employee",
        compute="_compute_pihak",
        search="_search_pegawai_ids",
        string="Evaluated Employees",
    )
    realisasi_ids = fields.Many2many(
        "hr.kinerja.realisasi", compute="_compute_pelaksanaan", string="Team Realisation"
    )
    umpan_balik_ids = fields.Many2many(
        "hr.kinerja.umpan.balik", compute="_compute_pelaksanaan", string="Team Feedback"
    )
    capaian_organisasi_id = fields.Many2one(
        "hr.kinerja.capaian.organisasi", string="Organisational Achievement", readonly=True
    )
    capaian = fields.Selection(related="capaian_organisasi_id.capaian")
    pola_id = fields.Many2one(
        "hr.kinerja.pola.distribusi", compute="_compute_distribusi", string="Distribution Pattern"
    )
    distribusi_html = fields.Html(
        compute="_compute_distribusi", string="Distribution", sanitize=False
    )
    melanggar = fields.Boolean(compute="_compute_distribusi", string="Breaches the Pattern")
    justifikasi = fields.Text(string="Justification", readonly=True, tracking=True)
    state = fields.Selection(
        [("berjalan", "Rating"), ("final", "Final")],
        default="berjalan",
        required=True,
        tracking=True,
        index=True,
    )
    name = fields.Char(compute="_compute_name")

    _sql_constraints = [
        (
            "unit_uniq",
            "unique (company_id, department_id, jenis, date_start)",
            "One unit evaluation per unit and period.",
        ),
    ]

    @api.depends(
        "evaluasi_ids.employee_id",
        "evaluasi_ids.penilai_id.user_id",
        "evaluasi_ids.atasan_penilai_id.user_id",
    )
    def _compute_pihak(self):
        # by a search, not through the one2many (see ``_evaluasi_semua``)
        Evaluasi = self.env["hr.kinerja.evaluasi"].sudo()
        per_unit = defaultdict(list)
        for ev in self.filtered("id")._evaluasi_semua():
            per_unit[ev.unit_id.id].append(ev.id)
        for unit in self:
            evaluations = Evaluasi.browse(per_unit.get(unit.id, []))
            unit.pegawai_ids = evaluations.employee_id
            unit.pihak_user_ids = (evaluations.penilai_id | evaluations.atasan_penilai_id).user_id

    def _search_pihak_user_ids(self, operator, value):
        """Units where one of these users is the PPK or the PPK's atasan of an
        evaluation (the PPKs' record rule)."""
        users = self._kinerja_ids_pencarian(operator, value)
        return self._kinerja_unit_dari(
            operator,
            SQL(
                "SELECT ev.unit_id FROM hr_kinerja_evaluasi ev "
                "JOIN hr_employee e ON e.id = ev.penilai_id "
                "WHERE e.user_id = ANY(%s) AND ev.unit_id IS NOT NULL "
                "UNION SELECT ev.unit_id FROM hr_kinerja_evaluasi ev "
                "JOIN hr_employee e ON e.id = ev.atasan_penilai_id "
                "WHERE e.user_id = ANY(%s) AND ev.unit_id IS NOT NULL",
                users,
                users,
            ),
        )

    def _search_pegawai_ids(self, operator, value):
        """Units evaluating one of these employees."""
        employees = self._kinerja_ids_pencarian(operator, value)
        return self._kinerja_unit_dari(
            operator,
            SQL(
                "SELECT ev.unit_id FROM hr_kinerja_evaluasi ev "
                "WHERE ev.employee_id = ANY(%s) AND ev.unit_id IS NOT NULL",
                employees,
            ),
        )

    @api.model
    def _kinerja_ids_pencarian(self, operator, value):
        if operator not in ("in", "not in", "=", "!="):
            raise UserError(self.env._("Search the parties of a unit by their records."))
        values = value if isinstance(value, (list, tuple, set)) else [value]
        return [int(v) for v in values if v]

    def _kinerja_unit_dari(self, operator, subquery):
        """``id in`` (or ``not in``) the units of ``subquery``, on flushed evaluations."""
        self.env["hr.kinerja.evaluasi"].flush_model(
            ["unit_id", "employee_id", "penilai_id", "atasan_penilai_id"]
        )
        self.env["hr.employee"].flush_model(["user_id"])
        return [("id", "not in" if operator in ("not in", "!=") else "in", SQL("(%s)", subquery))]

    @api.depends("pegawai_ids", "date_start", "date_end")
    def _compute_pelaksanaan(self):
        """The PPK's monthly team page (issue 11): every pegawai's realisation of the
        period against the period's target, with evidence, and the period's feedback;
        searched with the viewer's own rights, in one query each for the whole unit."""
        Realisasi = self.env["hr.kinerja.realisasi"]
        Umpan = self.env["hr.kinerja.umpan.balik"]
        units = self.filtered(lambda u: u.id and u.date_start)
        employees = units.pegawai_ids
        realisasi = (
            Realisasi.search(
                [
                    ("employee_id", "in", employees.ids),
                    ("date_start", "<=", max(units.mapped("date_end"), default=False)),
                    ("date_end", ">=", min(units.mapped("date_start"), default=False)),
                ],
                order="employee_id, rhk_id, indikator_id, date_start",
            )
            if units
            else Realisasi
        )
        feedback = (
            Umpan.search(
                [
                    ("employee_id", "in", employees.ids),
                    "|",
                    ("realisasi_id", "in", realisasi.ids),
                    "&",
                    ("tanggal", "<=", max(units.mapped("date_end"), default=False)),
                    ("tanggal", ">=", min(units.mapped("date_start"), default=False)),
                ],
                order="employee_id, tanggal",
            )
            if units
            else Umpan
        )
        for unit in self:
            if unit not in units:
                unit.realisasi_ids = unit.umpan_balik_ids = False
                continue
            unit.realisasi_ids = realisasi.filtered(
                lambda r, u=unit: (
                    r.employee_id in u.pegawai_ids
                    and r.date_start <= u.date_end
                    and r.date_end >= u.date_start
                )
            )
            unit.umpan_balik_ids = feedback.filtered(
                lambda f, u=unit: (
                    f.employee_id in u.pegawai_ids
                    and (
                        u.date_start <= f.tanggal <= u.date_end or f.realisasi_id in u.realisasi_ids
                    )
                )
            )

    @api.depends("department_id", "periode_label")
    def _compute_name(self):
        for unit in self:
            unit.name = f"{unit.department_id.name or unit.company_id.name} · {unit.periode_label}"

    @api.depends("evaluasi_ids.predikat", "capaian_organisasi_id.capaian")
    def _compute_distribusi(self):
        Pola = self.env["hr.kinerja.pola.distribusi"]
        predikat_names = dict(
            self.env["hr.kinerja.predikat"]._fields["code"]._description_selection(self.env)
        )
        for unit in self:
            pola = Pola._for(unit.capaian, unit.company_id) if unit.capaian else Pola
            unit.pola_id = pola
            counts, results = unit._distribusi_counts(pola)
            unit.melanggar = any(not r["ok"] for r in results)
            unit.distribusi_html = unit._render_distribusi(counts, results, predikat_names)

    def _distribusi_counts(self, pola):
        """Predikat counts of the unit and the pattern's verdict per rule."""
        self.ensure_one()
        counts = {}
        for predikat in self._predikat_semua().values():
            if predikat:
                counts[predikat] = counts.get(predikat, 0) + 1
        return counts, (pola._check_counts(counts) if pola else [])

    def _predikat_semua(self):
        """{evaluation id: predikat} of the whole unit, whoever looks: the pattern is
        checked on every predikat of it, also those the viewer may not read (their own).
        In the form (onchange) the rows being edited count with their edited values."""
        self.ensure_one()
        edited = {ev._origin.id: ev.predikat for ev in self.evaluasi_ids if ev._origin}
        stored = self._origin._evaluasi_semua() if self._origin else self.evaluasi_ids
        result = {ev.id: edited.get(ev.id, ev.predikat) for ev in stored}
        result.update({ev.id: ev.predikat for ev in self.evaluasi_ids if not ev._origin})
        return result

    def _evaluasi_semua(self):
        """Every evaluation of these units, as superuser, by a search: reading
        ``evaluasi_ids`` through ``sudo()`` would leave the hidden rows in the shared
        cache, where the viewer's own read of the one2many would then find them."""
        return self.env["hr.kinerja.evaluasi"].sudo().search([("unit_id", "in", self.ids)])

    def _distribusi_svg(self):
        """The printed chart of the pattern: allowed vs given (report/distribusi_chart)."""
        self.ensure_one()
        return distribusi_svg(*self._distribusi_counts(self.pola_id))

    def _render_distribusi(self, counts, results, names):
        _ = self.env._
        # labels outside the f-strings, so the translation export finds them
        t_predikat, t_given, t_rated = escape(_("Predikat")), escape(_("Given")), escape(_("Rated"))
        t_rule = escape(_("Rule of the pattern"))
        rows = "".join(
            f"<tr><td>{escape(names[key])}</td><td class='text-end'>{counts.get(key, 0)}</td></tr>"
            for key, _label in PREDIKAT
        )
        rated = sum(counts.values())
        html = (
            f"<table class='table table-sm o_kinerja_distribusi'><thead><tr>"
            f"<th>{t_predikat}</th><th class='text-end'>{t_given}</th>"
            f"</tr></thead><tbody>{rows}</tbody><tfoot><tr><th>{t_rated}</th>"
            f"<th class='text-end'>{rated} / {len(self._predikat_semua())}</th></tr></tfoot></table>"
        )
        if not results:
            note = _("Set the organisational achievement to check the distribution.")
            return Markup(html + f"<p class='text-muted'>{escape(note)}</p>")
        lines = [
            f"<tr><td>{escape(line['batas'])}</td><td class='text-end'>{line['diberikan']}</td>"
            f"<td class='{'text-success' if line['ok'] else 'text-danger fw-bold'}'>"
            f"{escape(line['status'])}</td></tr>"
            for line in self._distribusi_baris(results, names, rated)
        ]
        html += (
            f"<table class='table table-sm'><thead><tr><th>{t_rule}</th>"
            f"<th class='text-end'>{t_given}</th><th></th></tr></thead><tbody>{''.join(lines)}"
            "</tbody></table>"
        )
        return Markup(html)

    def _distribusi_baris(self, results, names, rated):
        """The pattern's verdict per rule in words (the form's table and the exports):
        predikat counted together, the kind of rule, the rule as a sentence with this
        unit's arithmetic done, how many were given, the status and whether it holds."""
        _ = self.env._
        jenis = dict(
            self.env["hr.kinerja.pola.distribusi.aturan"]
            ._fields["jenis"]
            ._description_selection(self.env)
        )
        lines = []
        for r in results:
            keys = " / ".join(names[k] for k in r["keys"])
            status = (
                _("not applied (fewer than 3 rated)")
                if not r["applies"]
                else _("ok")
                if r["ok"]
                else _("BREACH")
            )
            lines.append(
                {
                    "predikat": keys,
                    "aturan": jenis[r["jenis"]],
                    "batas": self._kalimat_aturan(r, keys, rated),
                    "diberikan": r["given"],
                    "status": status,
                    "ok": r["ok"],
                }
            )
        return lines

    def _distribusi_rekap(self):
        """``{unit: (pattern, {predikat: count}, rated, total, results)}`` of stored units,
        as ``_distribusi_counts`` gives the form, in a fixed number of queries whatever
        the number of units (one count of the predikat of all of them, one pattern
        look-up per achievement level and agency): for the spreadsheet exports. Every
        predikat of each unit counts, whoever looks (see ``_predikat_semua``)."""
        Pola = self.env["hr.kinerja.pola.distribusi"]
        groups = (
            self.env["hr.kinerja.evaluasi"]
            .sudo()
            ._read_group([("unit_id", "in", self.ids)], ["unit_id", "predikat"], ["__count"])
        )
        counts = {unit.id: {} for unit in self}
        totals = dict.fromkeys(self.ids, 0)
        for unit, predikat, count in groups:
            totals[unit.id] += count
            if predikat:
                counts[unit.id][predikat] = count
        patterns = {}
        result = {}
        for unit in self.sudo():
            key = (unit.capaian, unit.company_id.id)
            if key not in patterns:
                pola = Pola._for(unit.capaian, unit.company_id) if unit.capaian else Pola
                patterns[key] = (pola, pola and pola._aturan())
            (pola, rules), given = patterns[key], counts[unit.id]
            result[unit.id] = (
                pola,
                given,
                sum(given.values()),
                totals[unit.id],
                pola._check_counts(given, rules) if pola else [],
            )
        return result

    def _kalimat_aturan(self, result, keys, rated):
        """One rule of the pattern as a sentence a PPK reads at a glance, with the
        arithmetic of decision 2 already done for this unit's size (maximums always
        apply, at least 1 when above 0 %; minimums and "the most" from 3 rated)."""
        _ = self.env._
        n, pct = result["threshold"], "{:g}".format(result["nilai"])
        if result["jenis"] == "terbanyak":
            return _("%(keys)s must be the most given predikat (ties allowed).", keys=keys)
        if result["jenis"] == "max_persen":
            if not n:
                return _("No one may be rated %(keys)s.", keys=keys)
            return _(
                "At most %(n)s rated %(keys)s (%(p)s%% of %(rated)s rated).",
                n=n,
                keys=keys,
                p=pct,
                rated=rated,
            )
        if result["jenis"] == "min_persen":
            return _(
                "At least %(n)s rated %(keys)s (%(p)s%% of %(rated)s rated).",
                n=n,
                keys=keys,
                p=pct,
                rated=rated,
            )
        return _("At least %(n)s rated %(keys)s.", n=n, keys=keys)

    # ------------------------------------------------------------------
    @api.model_create_multi
    def create(self, vals_list):
        if not self._kinerja_dalam_transisi():
            raise UserError(
                self.env._(
                    "Unit evaluations are made with the period's evaluations (Create "
                    "Evaluations), not by hand."
                )
            )
        return super().create(vals_list)

    def write(self, vals):
        if not self._kinerja_dalam_transisi():
            self._kinerja_cek_nilai_workflow(vals=vals)
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_empty_only(self):
        """A unit evaluation goes with its evaluations: never while it holds any."""
        if self._evaluasi_semua():
            raise UserError(
                self.env._(
                    "%(unit)s holds evaluations: delete the draft evaluations first; rated and "
                    "final ones are kept.",
                    unit=self[:1].name,
                )
            )

    @api.model
    def _kinerja_untuk(self, periode, department, jenis, date_start, date_end, label):
        """The unit evaluation of a department and period, made when missing."""
        return self._kinerja_untuk_batch(
            periode, {department.id}, jenis, date_start, date_end, label
        )[department.id]

    @api.model
    def _kinerja_untuk_batch(self, periode, department_ids, jenis, date_start, date_end, label):
        """``_kinerja_untuk`` for many departments (ids; ``False`` is the agency's own unit,
        for heads whose PPK has no unit below it): one search, one create for the missing
        ones. ``{department id: unit}``."""
        Unit = self.sudo()
        found = Unit.search(
            [
                ("company_id", "=", periode.company_id.id),
                ("department_id", "in", [d for d in department_ids if d] + [False]),
                ("jenis", "=", jenis),
                ("date_start", "=", date_start),
            ],
            order="id",
        )
        result = {}
        for unit in found:
            result.setdefault(unit.department_id.id, unit)
        missing = [d for d in set(department_ids) if d not in result]
        created = Unit.create(
            [
                {
                    "company_id": periode.company_id.id,
                    "department_id": d,
                    "periode_id": periode.id,
                    "jenis": jenis,
                    "date_start": date_start,
                    "date_end": date_end,
                    "periode_label": label,
                }
                for d in missing
            ]
        )
        result.update({unit.department_id.id: unit for unit in created})
        return result

    def _link_capaian(self):
        """Each unit to the achievement covering it: one look-up and one statement for
        the batch (a step of the period's run, whoever starts it: the HR office's wizard,
        the leader setting the achievement; a transition, never a client write)."""
        units = self.sudo().filtered(lambda u: u.state != "final")
        by_company = {
            company: units.filtered(lambda u, c=company: u.company_id == c)
            for company in units.company_id
        }
        values = {}
        for company, batch in by_company.items():
            keys = {u.id: (u.department_id, u.jenis, u.date_start, u.date_end) for u in batch}
            found = self.env["hr.kinerja.capaian.organisasi"]._kinerja_untuk_batch(
                company, set(keys.values())
            )
            for unit in batch:
                capaian = found[keys[unit.id]]
                if unit.capaian_organisasi_id != capaian:
                    values[unit.id] = {"capaian_organisasi_id": capaian.id}
        if values:
            self.env.flush_all()
            self.sudo()._kinerja_transisi()._kinerja_tulis_per_record(values)

    # ------------------------------------------------------------------
    def action_hitung_predikat(self):
        self.check_access("read")  # any id can arrive over RPC
        self.evaluasi_ids.filtered(lambda e: e.state == "draft").action_hitung_predikat()
        return True

    def action_finalkan(self, justifikasi=None):
        """Finalise the units and period: every evaluation rated, the pattern respected or
        the breach justified in writing (spec decision 2). All units are checked before
        any is finalised, and finalised together (set-based: an instansi is hundreds of
        units at month end). More evaluations than a batch part
        (``hr.kinerja.proses``) are finalised by the job queue, unit by unit, once
        these checks passed: the HR office follows them in the batch it opens."""
        self._kinerja_mulai()
        checked = self._kinerja_periksa_finalisasi(justifikasi)
        if isinstance(checked, dict):
            return checked  # the justification dialog
        justification, melanggar, semua = checked
        Proses = self.env["hr.kinerja.proses"]
        if sum(len(evs) for evs in semua.values()) > Proses._kinerja_ukuran_bagian():
            return Proses._kinerja_antrikan(
                "finalkan_unit",
                self.company_id[:1],
                self.env._("Finalising %(count)s unit(s)", count=len(self)),
                Proses._kinerja_bagi([([unit.id], len(semua[unit.id])) for unit in self]),
                periode=self.periode_id[:1],
                argumen={"justifikasi": justification},
            )
        self.sudo()._do_finalise(justification, melanggar, semua)
        return True

    def action_cetak_laporan(self):
        """The HR office prints the Laporan Berjenjang of many units at once (month end:
        every unit of the agency) in the background: one job per unit, the PDFs kept on
        the batch it opens, a notice in the inbox when all are there (issue 14 point 4).
        A single unit still prints at once from its Print menu."""
        if not self.env.user._kinerja_is_hr():
            raise AccessError(self.env._("The HR office prints the unit report to the leaders."))
        if not self:
            raise UserError(self.env._("Select the units whose reports to print."))
        if len(self.company_id) > 1:
            raise UserError(self.env._("Print the units of one agency at a time."))
        self.check_access("read")
        Proses = self.env["hr.kinerja.proses"]
        return Proses._kinerja_antrikan(
            "cetak_unit",
            self.company_id,
            self.env._("Printing the reports of %(count)s unit(s)", count=len(self)),
            [[unit.id] for unit in self.sorted("id")],
            periode=self.periode_id[:1],
        )

    def _kinerja_periksa_finalisasi(self, justifikasi):
        """The checks of finalising: the dialog asking for a justification (a dict), or
        ``(justification, breaching units, {unit id: evaluations})``."""
        self._check_can_finalise()
        Evaluasi = self.env["hr.kinerja.evaluasi"].sudo()
        # every evaluation of the units and those not rated, in one query (a province's
        # units at month end: tens of thousands read record by record in Python)
        Evaluasi.flush_model(["unit_id", "state", "predikat"])
        self.env.cr.execute(
            SQL(
                "SELECT unit_id, array_agg(id ORDER BY id), "
                "array_agg(id ORDER BY id) FILTER (WHERE state = 'draft' OR predikat IS NULL) "
                "FROM hr_kinerja_evaluasi WHERE unit_id = ANY(%s) GROUP BY unit_id",
                larik(self.ids),
            )
        )
        found = {unit_id: (ids, unrated or []) for unit_id, ids, unrated in self.env.cr.fetchall()}
        semua, belum = {}, {}
        for unit in self:
            ids, unrated = found.get(unit.id, ([], []))
            semua[unit.id], belum[unit.id] = Evaluasi.browse(ids), Evaluasi.browse(unrated)
        for unit in self:
            unrated = belum[unit.id].sorted()
            if unrated:
                # each with who must rate it: a unit head is rated by their own PPK
                names = ", ".join(
                    self.env._(
                        "%(employee)s, to be rated by %(ppk)s",
                        employee=ev.employee_id.name,
                        ppk=ev.penilai_id.name or "-",
                    )
                    for ev in unrated
                )
                raise UserError(
                    self.env._(
                        "%(unit)s cannot be finalised: %(count)s evaluation(s) are not rated "
                        "yet (%(names)s).",
                        unit=unit.name,
                        count=len(unrated),
                        names=names,
                    )
                )
            if not unit.capaian_organisasi_id:
                raise UserError(
                    self.env._(
                        "Set the organisational achievement of %(unit)s first: it "
                        "decides the distribution pattern.",
                        unit=unit.name,
                    )
                )
        rekap = self._distribusi_rekap()
        melanggar = self.filtered(lambda u: any(not r["ok"] for r in rekap[u.id][4]))
        justification = (justifikasi or "").strip()
        if melanggar and not justification:
            return {
                "type": "ir.actions.act_window",
                "name": self.env._("Justify the Distribution"),
                "res_model": "hr.kinerja.finalkan.wizard",
                "view_mode": "form",
                "target": "new",
                "context": {"default_unit_id": melanggar[0].id},
            }
        return justification, melanggar, semua

    def _kinerja_finalkan_bagian(self, justification):
        """A batch part (the job): the units not final yet, checked again as their
        user; when one no longer passes (a rating changed meanwhile), each is tried on
        its own and those refused are named. Returns (evaluations finalised, notes)."""
        self._kinerja_mulai()
        self.invalidate_recordset(["state"])
        todo = self.filtered(lambda u: u.state != "final")
        try:
            with self.env.cr.savepoint():
                return todo._kinerja_finalkan_periksa_tulis(justification), ""
        except UserError as exc:
            _logger.info("batch part: finalising the units one by one (%s)", exc)
        done, notes = 0, []
        for unit in todo:  # only after a refusal: which unit, and why
            try:
                with self.env.cr.savepoint():
                    done += unit._kinerja_finalkan_periksa_tulis(justification)
            except UserError as exc:
                notes.append(f"{unit.name}: {exc.args[0]}")
        return done, "\n".join(notes)

    def _kinerja_finalkan_periksa_tulis(self, justification):
        checked = self._kinerja_periksa_finalisasi(justification)
        if isinstance(checked, dict):
            raise UserError(self.env._("The distribution breaks the pattern: justify it."))
        justification, melanggar, semua = checked
        self.sudo()._do_finalise(justification, melanggar, semua)
        return sum(len(evs) for evs in semua.values())

    def _check_can_finalise(self):
        """A PPK of the unit or the HR office, once; a final unit stays final."""
        admin = self.env.su or self.env.user._kinerja_is_hr()
        for unit in self:
            if unit.state == "final":
                raise UserError(self.env._("%(unit)s is already final.", unit=unit.name))
            if not admin and self.env.user not in unit.evaluasi_ids.penilai_id.user_id:
                raise UserError(
                    self.env._("Only an appraiser of %(unit)s finalises it.", unit=unit.name)
                )

    def _do_finalise(self, justification, melanggar, semua):
        """The units' transition: final, the breaching ones with the justification, their
        evaluations finalised in one batch (each with its unit's justification), one
        chatter line each logged in one batch."""
        Evaluasi = self.env["hr.kinerja.evaluasi"].sudo()
        justifikasi = {}
        for units, why in ((melanggar, justification), (self - melanggar, False)):
            if not units:
                continue
            units._kinerja_transisi().write({"state": "final", "justifikasi": why})
            for unit in units:
                justifikasi.update(dict.fromkeys(semua[unit.id].ids, why))
        Evaluasi.union(*(semua[unit.id] for unit in self))._kinerja_finalkan(justifikasi)
        self._kinerja_catat(
            {
                unit.id: self.env._("Finalised despite the pattern: %(why)s", why=justification)
                if unit in melanggar
                else self.env._("Finalised; the distribution respects the pattern.")
                for unit in self
            }
        )
