"""Evaluasi kinerja: the PPK's periodic or annual judgement of one pegawai.

Who may do what:

=================  ===========================  =====================================
Action             Who                          Restriction
=================  ===========================  =====================================
rate, note         the assigned PPK only        draft or dinilai, never final
hitung_predikat    the assigned PPK (batch)     both ratings set; draft -> dinilai
kalibrasi          the atasan PPK, HR office    dinilai; a reason; kept in history
finalkan           a PPK of the unit, HR        whole unit and period (evaluasi.unit)
create             the HR office                a set, current SKP; one per pegawai and
                                                period; derived from the SKP; never
                                                into a final unit
workflow fields    nobody by write              state, dates, PPK, unit, predikat,
                                                justification, signatures: transitions
read               the pegawai once final; PPK and leaders above; HR office
=================  ===========================  =====================================

``predikat`` is never entered: it follows the two overall ratings through the
kuadran (``_predikat_kuadran``, spec decisions 1 and 10). The annual evaluation
is its own judgement; the periodic predikats of the year are shown beside it
(counts and sequence), never averaged into it (decision 3).
"""

from collections import defaultdict

from markupsafe import Markup, escape

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import SQL

from . import kinerja_rules
from .hr_kinerja_predikat import PREDIKAT, RATING
from .kinerja_larik import larik
from .kinerja_teks import kalimat
from .res_users import bertindak_sebagai_ppk

RATING_FIELDS = {"rating_hasil_kerja", "rating_perilaku"}
PPK_FIELDS = RATING_FIELDS | {"catatan", "rekomendasi", "catatan_ids"}
#: derived from the SKP at creation and set by the transitions (finalise, sign, accept)
EVALUASI_WORKFLOW_FIELDS = frozenset(
    {
        "state",
        "tanggal_final",
        "justifikasi",
        "unit_id",
        "company_id",
        "department_id",
        "penilai_id",
        "atasan_penilai_id",
        "is_kepala_unit",
        "periode_label",
        "ditandatangani_penilai",
        "tanggal_diterima",
        "predikat",
        "capaian_organisasi_id",
        "hasil_keberatan_id",
    }
)
#: which SKP, pegawai and period: chosen at creation, fixed afterwards
EVALUASI_FIXED_FIELDS = frozenset(
    {"employee_id", "skp_id", "periode_id", "jenis", "date_start", "date_end"}
)
CONFIG_KEY = "hr_kinerja_asn.capaian_rating_%s"


class HrKinerjaEvaluasi(models.Model):
    _name = "hr.kinerja.evaluasi"
    _description = "Performance Evaluation"
    _inherit = [
        "mail.thread",
        "mail.activity.mixin",
        "hr.kinerja.workflow.mixin",
        "hr.kinerja.ikut.revisi",
    ]
    _order = "date_start desc, department_id, employee_id"
    _check_company_auto = True
    _kinerja_workflow_fields = EVALUASI_WORKFLOW_FIELDS
    _kinerja_aksi = ("nilai", "kalibrasi")
    _kinerja_nilai_awal = {"state": "draft"}

    employee_id = fields.Many2one("hr.employee", required=True, index=True, check_company=True)
    skp_id = fields.Many2one(
        "hr.kinerja.skp",
        string="SKP",
        required=True,
        index=True,
        ondelete="restrict",
        check_company=True,
    )
    periode_id = fields.Many2one(
        "hr.kinerja.periode",
        string="Performance Year",
        required=True,
        index=True,
        check_company=True,
    )
    company_id = fields.Many2one("res.company", string="Agency", required=True, index=True)
    department_id = fields.Many2one("hr.department", string="Unit", index=True)
    unit_id = fields.Many2one(
        "hr.kinerja.evaluasi.unit",
        string="Unit Evaluation",
        index=True,
        ondelete="restrict",
        check_company=True,
    )
    jenis = fields.Selection(
        [("periodik", "Periodic"), ("tahunan", "Annual")],
        required=True,
        default="periodik",
        string="Kind",
        index=True,
    )
    date_start = fields.Date(string="From", required=True, index=True)
    date_end = fields.Date(string="To", required=True)
    periode_label = fields.Char(string="Period")
    capaian_organisasi_id = fields.Many2one(
        related="unit_id.capaian_organisasi_id", store=True, string="Organisational Achievement"
    )
    capaian = fields.Selection(related="capaian_organisasi_id.capaian", string="Achievement")
    penilai_id = fields.Many2one(
        "hr.employee", string="Performance Appraiser (PPK)", required=True, index=True
    )
    atasan_penilai_id = fields.Many2one("hr.employee", string="Appraiser's Superior", index=True)
    is_kepala_unit = fields.Boolean(string="Unit Head")
    rating_hasil_kerja = fields.Selection(RATING, string="Work Result Rating", tracking=True)
    rating_perilaku = fields.Selection(RATING, string="Work Behaviour Rating", tracking=True)
    predikat = fields.Selection(
        PREDIKAT,
        compute="_compute_predikat",
        store=True,
        index=True,
        tracking=True,
    )
    catatan = fields.Text(string="Notes")
    rekomendasi = fields.Text(string="Recommendations")
    catatan_ids = fields.One2many(
        "hr.kinerja.evaluasi.catatan", "evaluasi_id", string="Notes per RHK and Value"
    )
    kalibrasi_ids = fields.One2many(
        "hr.kinerja.evaluasi.kalibrasi", "evaluasi_id", string="Calibration History", readonly=True
    )
    justifikasi = fields.Text(string="Distribution Justification", readonly=True)
    state = fields.Selection(
        [("draft", "Draft"), ("dinilai", "Rated"), ("final", "Final")],
        string="Status",
        required=True,
        default="draft",
        tracking=True,
        index=True,
        copy=False,
    )
    tanggal_final = fields.Datetime(string="Final On", readonly=True, copy=False)
    is_pegawai = fields.Boolean(compute="_compute_user_roles")
    is_penilai = fields.Boolean(compute="_compute_user_roles")
    is_atasan = fields.Boolean(compute="_compute_user_roles")
    can_nilai = fields.Boolean(compute="_compute_can", string="Can Rate")
    can_kalibrasi = fields.Boolean(compute="_compute_can", string="Can Calibrate")
    rhk_ids = fields.One2many(related="skp_id.rhk_ids", string="Work Result Plans")
    realisasi_ids = fields.Many2many(
        "hr.kinerja.realisasi", compute="_compute_pelaksanaan", string="Realisation of the Period"
    )
    umpan_balik_ids = fields.Many2many(
        "hr.kinerja.umpan.balik", compute="_compute_pelaksanaan", string="Feedback of the Period"
    )
    riwayat_periodik_html = fields.Html(
        compute="_compute_riwayat_periodik", sanitize=False, string="Periodic Predikat of the Year"
    )

    _sql_constraints = [
        (
            "skp_period_uniq",
            "unique (skp_id, jenis, date_start)",
            "This SKP already has an evaluation for that period.",
        ),
    ]

    # ------------------------------------------------------------------
    @api.model
    def _predikat_kuadran(self, rating_hasil, rating_perilaku):
        """The one predikat rule (contract.md): rows hasil kerja, columns perilaku."""
        return kinerja_rules.predikat_kuadran(rating_hasil, rating_perilaku)

    @api.depends("rating_hasil_kerja", "rating_perilaku")
    def _compute_predikat(self):
        for ev in self:
            ev.predikat = self._predikat_kuadran(ev.rating_hasil_kerja, ev.rating_perilaku)

    @api.depends("employee_id", "periode_label")
    def _compute_display_name(self):
        for ev in self:
            ev.display_name = f"{ev.employee_id.name or ''} · {ev.periode_label or ''}"

    @api.depends_context("uid")
    @api.depends("employee_id", "penilai_id", "atasan_penilai_id")
    def _compute_user_roles(self):
        for ev in self:
            ev.is_pegawai = ev.employee_id.user_id == self.env.user
            ev.is_penilai = ev.penilai_id.user_id == self.env.user
            ev.is_atasan = ev.atasan_penilai_id.user_id == self.env.user

    def _alasan_final(self):
        return self.env._(
            "The evaluation of %(employee)s is final: only an objection (keberatan) changes it.",
            employee=self.employee_id.name,
        )

    def _kinerja_aturan(self):
        return {
            **super()._kinerja_aturan(),
            "nilai": self._alasan_nilai,
            "kalibrasi": self._alasan_kalibrasi,
        }

    def _alasan_nilai(self):
        """Rating (ratings, notes, predikat): the PPK, before final (decision 10)."""
        if self.state == "final":
            return self._alasan_final()
        if self._boleh_menilai():
            return False
        return self.env._(
            "Only the appraiser of %(employee)s (%(ppk)s) rates them.",
            employee=self.employee_id.name,
            ppk=self.penilai_id.name,
        )

    def _alasan_kalibrasi(self):
        """Calibrating: the atasan PPK or the HR office, a rated evaluation."""
        user = self.env.user
        if self.atasan_penilai_id.user_id != user and not user._kinerja_is_hr():
            return kalimat(
                self.env._(
                    "Only the appraiser's superior (%(atasan)s) calibrates %(employee)s.",
                    atasan=self.atasan_penilai_id.name or "-",
                    employee=self.employee_id.name,
                )
            )
        if self.state != "dinilai":
            return self.env._("Only a rated, not yet final evaluation is calibrated.")
        return False

    def _boleh_menilai(self):
        """The evaluations the current user acts on as PPK: their own appraisees, and,
        for the HR office, those of a PPK without an account (a pejabat negara)."""
        # ``res.users._kinerja_sebagai_ppk(ppk, menilai=True)`` for a batch: the HR
        # office's group looked up once, the PPKs' accounts read in one query
        uid, is_hr = self.env.uid, self.env.user._kinerja_is_hr()
        akun = self._kinerja_akun("penilai_id")
        return self.browse(
            ev_id
            for ev_id in self.ids
            if bertindak_sebagai_ppk(
                uid, akun[ev_id][1], bool(akun[ev_id][0]), lambda: is_hr, menilai=True
            )
        )

    def _kinerja_dengan_pegawai(self, kolom, syarat, fnames=(), pegawai="employee_id"):
        """The columns ``kolom`` (SQL over the evaluation ``ev`` and the employee ``e``
        in its field ``pegawai``: the pegawai, or ``penilai_id`` for the PPK) of these
        evaluations meeting ``syarat``, in one query, by evaluation: a batch's employees
        read through the ORM are every one's whole record (``hr.employee`` is wide), a
        thousand at a time. ``fnames``: the evaluation's fields it reads."""
        self.flush_recordset([pegawai, *fnames])
        self.env["hr.employee"].flush_model()
        self.env.cr.execute(
            SQL(
                "SELECT %s FROM hr_kinerja_evaluasi ev "
                "JOIN hr_employee e ON e.id = ev.%s "
                "WHERE ev.id = ANY(%s) AND %s ORDER BY ev.id",
                kolom,
                SQL.identifier(pegawai),
                larik(self.ids),
                syarat,
            )
        )
        return self.env.cr.fetchall()

    def _kinerja_akun(self, kolom):
        """``{evaluation id: (employee id, their user id)}`` for the employee in ``kolom``
        (``employee_id``, ``penilai_id``, ``atasan_penilai_id``), for a batch in one
        query (``_kinerja_dengan_pegawai``)."""
        saved = self.browse(i for i in self._ids if isinstance(i, int))
        result = {
            ev_id: (emp, user)
            for ev_id, emp, user in saved._kinerja_dengan_pegawai(
                SQL("ev.id, e.id, e.user_id"), SQL("TRUE"), pegawai=kolom
            )
        }
        # without that employee, or being edited (onchange): through the records
        for ev in self.sudo().browse(i for i in self._ids if i not in result):
            result[ev.id] = (ev[kolom].id, ev[kolom].user_id.id)
        return result

    @api.depends("skp_id", "date_start", "date_end")
    def _compute_pelaksanaan(self):
        """What the PPK weighs: the period's realisation (with evidence) and feedback."""
        for ev in self:
            ev.realisasi_ids = ev.skp_id.realisasi_ids.filtered(
                lambda r, e=ev: r.date_start <= e.date_end and r.date_end >= e.date_start
            )
            # feedback of the period, and feedback on the period's realisation given
            # after it ended (the PPK reads October's report in November)
            ev.umpan_balik_ids = ev.skp_id.umpan_balik_ids.filtered(
                lambda f, e=ev: (
                    e.date_start <= f.tanggal <= e.date_end
                    or (f.realisasi_id and f.realisasi_id in e.realisasi_ids)
                )
            )

    @api.depends("jenis", "employee_id", "periode_id")
    def _compute_riwayat_periodik(self):
        names = dict(self._fields["predikat"]._description_selection(self.env))
        annual = self.filtered(lambda e: e.jenis == "tahunan")
        periodic = (
            self.sudo().search(
                [
                    ("jenis", "=", "periodik"),
                    ("employee_id", "in", annual.employee_id.ids),
                    ("periode_id", "in", annual.periode_id.ids),
                    ("predikat", "!=", False),
                ],
                order="date_start",
            )
            if annual
            else self.browse()
        )
        for ev in self:
            mine = periodic.filtered(
                lambda p, e=ev: p.employee_id == e.employee_id and p.periode_id == e.periode_id
            )
            if ev.jenis != "tahunan" or not mine:
                ev.riwayat_periodik_html = False
                continue
            counts = "".join(
                f"<li>{escape(names[key])}: {len(mine.filtered(lambda p, k=key: p.predikat == k))}"
                "</li>"
                for key, _label in PREDIKAT
            )
            trend = " → ".join(
                f"{escape(p.periode_label)}: {escape(names[p.predikat])}" for p in mine
            )
            ev.riwayat_periodik_html = Markup(f"<ul>{counts}</ul><p class='text-muted'>{trend}</p>")

    @api.constrains("employee_id", "jenis", "date_start", "date_end")
    def _check_satu_per_pegawai(self):
        """One evaluation of a kind per pegawai and time (one query for the batch).

        The pegawai's evaluations of each kind in date order: one overlaps another when
        it starts before the latest end among those before it. A sort, whatever the
        planner believes of a table a batch has just filled (a self-join planned from
        an empty table's statistics compared every new row with every other: the
        first month of a province took minutes)."""
        self.flush_model(["employee_id", "jenis", "date_start", "date_end"])
        self.env.cr.execute(
            SQL(
                """
                SELECT id FROM (
                    SELECT e.id, e.date_start, max(e.date_end) OVER (
                               PARTITION BY e.employee_id, e.jenis ORDER BY e.date_start, e.id
                               ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING
                           ) AS sebelumnya
                      FROM hr_kinerja_evaluasi e
                     WHERE e.employee_id = ANY(%s)
                ) AS urut
                 WHERE sebelumnya >= date_start
                 LIMIT 1
                """,
                larik(self.employee_id.ids),
            )
        )
        row = self.env.cr.fetchone()
        if row:
            ev = self.browse(row[0]).sudo()
            raise ValidationError(
                self.env._(
                    "%(employee)s already has an evaluation for %(period)s.",
                    employee=ev.employee_id.name,
                    period=ev.periode_label,
                )
            )

    def _kinerja_revisi_domain(self):
        """Evaluations not final yet follow the pegawai's set revision (decision 12);
        final ones keep the version they judged."""
        return [("state", "!=", "final")]

    # ------------------------------------------------------------------
    @api.model_create_multi
    def create(self, vals_list):
        """Created with the contract's fields (``skp_id``, ``jenis``, dates); the rest
        comes from the SKP: company, pegawai, year, unit, PPK and atasan PPK."""
        if not self._kinerja_dalam_transisi():
            self._kinerja_cek_nilai_workflow(vals_list=vals_list)
            for vals in vals_list:
                vals.update(self._kinerja_vals_baru(vals))
        return super().create(vals_list)

    def _kinerja_vals_baru(self, vals):
        """Check one new evaluation's SKP and dates, derive the rest (one place)."""
        _ = self.env._
        skp = self.env["hr.kinerja.skp"].browse(vals.get("skp_id"))
        if not skp:
            raise UserError(_("Choose the SKP to evaluate."))
        skp.check_access("read")
        skp = skp.sudo()
        if skp.state != "ditetapkan" or not skp.aktif:
            raise UserError(
                _(
                    "%(skp)s is not the current set SKP: only a set SKP is evaluated.",
                    skp=skp.display_name,
                )
            )
        if vals.get("employee_id") and vals["employee_id"] != skp.employee_id.id:
            raise UserError(_("%(skp)s is not the SKP of this employee.", skp=skp.display_name))
        jenis = vals.get("jenis") or "periodik"
        start = fields.Date.to_date(vals.get("date_start")) or skp.date_start
        end = fields.Date.to_date(vals.get("date_end")) or skp.date_end
        if start > end or start < skp.date_start or end > skp.date_end:
            raise UserError(
                _(
                    "The evaluation period must run forwards within %(skp)s (%(start)s to "
                    "%(end)s).",
                    skp=skp.display_name,
                    start=skp.date_start,
                    end=skp.date_end,
                )
            )
        periode = skp.periode_id
        if jenis == "tahunan":
            unit_start, unit_end = periode.date_start, periode.date_end
            label = _("Annual %(year)s", year=periode.tahun)
        else:
            unit_start, unit_end, label = kinerja_rules.period_of(end, periode.frekuensi_evaluasi)
            if start < unit_start:
                raise UserError(_("A periodic evaluation covers one period of the year."))
        derived = self._kinerja_vals_dari_skp(skp, jenis, start, end, label)
        unit = self.env["hr.kinerja.evaluasi.unit"]._kinerja_untuk(
            periode, self._kinerja_departemen_unit(skp), jenis, unit_start, unit_end, label
        )
        if unit.state == "final":
            raise UserError(_("%(unit)s is final: no evaluation is added to it.", unit=unit.name))
        clash = self.sudo().search(
            [
                ("employee_id", "=", skp.employee_id.id),
                ("jenis", "=", jenis),
                ("date_start", "<=", derived["date_end"]),
                ("date_end", ">=", derived["date_start"]),
            ],
            limit=1,
        )
        if clash:
            raise UserError(
                _(
                    "%(employee)s already has an evaluation for %(period)s.",
                    employee=skp.employee_id.name,
                    period=clash.periode_label,
                )
            )
        return {**derived, "unit_id": unit.id}

    @api.model
    def _kinerja_departemen_unit(self, skp):
        """The unit an evaluation counts in (spec decision 2: "a unit head counts in the
        unit they are rated in"): a pegawai's own department, but a unit head's is their
        PPK's (or the instansi's when the PPK has no unit below it), so the head is never
        a row the PPK of their own unit must wait for, rate or finalise."""
        skp = skp.sudo()
        department = skp.department_id
        if not department or department.manager_id != skp.employee_id:
            return department
        ppk_department = skp.pejabat_penilai_id.department_id
        if ppk_department == department:
            return self.env["hr.department"]
        return ppk_department

    def _kinerja_pindah_ke_unit_dinilai(self):
        """Move unit heads' open evaluations made before decision 2 was applied into the
        unit they are rated in (migration 18.0.1.2.0); final ones keep their history."""
        Unit = self.env["hr.kinerja.evaluasi.unit"]
        moved = self.browse()
        for ev in self.sudo().filtered(lambda e: e.state != "final" and e.unit_id.state != "final"):
            department = self._kinerja_departemen_unit(ev.skp_id)
            if department == ev.unit_id.department_id:
                continue
            old = ev.unit_id
            unit = Unit._kinerja_untuk(
                ev.periode_id,
                department,
                ev.jenis,
                old.date_start,
                old.date_end,
                old.periode_label,
            )
            ev._kinerja_transisi().write({"unit_id": unit.id})
            moved |= ev
        units = moved.unit_id
        units._link_capaian()
        return moved

    @api.model
    def _kinerja_vals_dari_skp(self, skp, jenis, date_start, date_end, label):
        """What an evaluation records of its SKP (the snapshots of the plan)."""
        employee = skp.employee_id
        return {
            "employee_id": employee.id,
            "skp_id": skp.id,
            "periode_id": skp.periode_id.id,
            "company_id": skp.company_id.id,
            "department_id": skp.department_id.id,
            "jenis": jenis,
            "date_start": max(date_start, skp.date_start),
            "date_end": min(date_end, skp.date_end),
            "periode_label": label,
            "penilai_id": skp.pejabat_penilai_id.id,
            "atasan_penilai_id": skp.atasan_pejabat_penilai_id.id,
            "is_kepala_unit": skp.department_id.manager_id == employee,
        }

    def write(self, vals):
        if not self._kinerja_dalam_transisi():
            self._check_can_write(vals)
        result = super().write(vals)
        if RATING_FIELDS & set(vals):
            self._kinerja_ikuti_rating()
        return result

    def _kinerja_ikuti_rating(self):
        """Saving both overall ratings makes the evaluation rated; clearing one makes it
        a draft again: there is no separate step for the PPK to forget."""
        rated = self.filtered(lambda e: e.rating_hasil_kerja and e.rating_perilaku)
        (rated.filtered(lambda e: e.state == "draft"))._kinerja_transisi().with_context(
            mail_notrack=True
        ).write({"state": "dinilai"})
        rated.sudo().activity_unlink(["hr_kinerja_asn.mail_act_evaluasi_nilai"])
        (self - rated).filtered(lambda e: e.state == "dinilai")._kinerja_transisi().write(
            {"state": "draft"}
        )

    def _check_can_write(self, vals):
        """A final evaluation is read-only for everyone; the PPK alone writes ratings and
        notes; everything else is derived or set by the transitions."""
        touched = set(vals)
        for ev in self:
            if ev.state == "final":
                raise UserError(ev._alasan_final())
            if touched & PPK_FIELDS:
                ev._check_can("nilai")
        self._kinerja_cek_nilai_workflow(vals=vals)
        fixed = [f for f in touched & EVALUASI_FIXED_FIELDS if self._kinerja_berubah(f, vals[f])]
        if fixed:
            raise UserError(self.env._("The employee, SKP and period of an evaluation are fixed."))
        known = PPK_FIELDS | EVALUASI_WORKFLOW_FIELDS | EVALUASI_FIXED_FIELDS
        if touched - known - self._kinerja_mail_fields():
            raise UserError(self.env._("These fields of an evaluation are set by the system."))

    @api.ondelete(at_uninstall=False)
    def _unlink_only_draft(self):
        if any(ev.state != "draft" for ev in self):
            raise UserError(
                self.env._("A rated or final evaluation is kept: it cannot be deleted.")
            )

    # ------------------------------------------------------------------
    def action_hitung_predikat(self):
        """Check both ratings and move draft -> dinilai, for any selection in one batch."""
        self._kinerja_mulai()
        todo, missing = self._kinerja_draf_belum_dinilai()
        if missing:
            raise UserError(
                self.env._(
                    "Enter both overall ratings first (work result and work behaviour) for: "
                    "%(names)s",
                    names=", ".join(missing[:10].mapped("employee_id.name"))
                    + ("…" if len(missing) > 10 else ""),
                )
            )
        not_mine = not self.env.su and todo - todo._boleh_menilai()
        if not_mine:
            raise UserError(
                self.env._(
                    "Only the assigned appraiser rates: %(names)s are not yours.",
                    names=", ".join(not_mine[:10].mapped("employee_id.name")),
                )
            )
        if not todo:
            return True
        # the write as the ORM's would check it, in one UPDATE for the batch (issue 14)
        todo.check_access("write")
        rated = {"state": "dinilai"}
        todo._kinerja_transisi()._kinerja_tulis_per_record(dict.fromkeys(todo.ids, rated))
        # one chatter line per unit evaluation, not one per record (a batch may be
        # hundreds), all logged in one batch
        per_unit = {}
        for unit_id, name in todo._kinerja_dengan_pegawai(
            SQL("ev.unit_id, e.name"), SQL("ev.unit_id IS NOT NULL"), ["unit_id"]
        ):
            per_unit.setdefault(unit_id, []).append(name)
        if per_unit:
            self.env["hr.kinerja.evaluasi.unit"].sudo().browse(per_unit)._kinerja_catat(
                {
                    unit_id: self.env._(
                        "%(count)s evaluation(s) rated by %(user)s: %(names)s",
                        count=len(names),
                        user=self.env.user.name,
                        names=", ".join(names),
                    )
                    for unit_id, names in per_unit.items()
                }
            )
        todo.sudo().activity_unlink(["hr_kinerja_asn.mail_act_evaluasi_nilai"])
        return True

    def _kinerja_draf_belum_dinilai(self):
        """(the drafts among these evaluations, those of them still without both
        ratings) in one query: a province's batch read through the ORM is 50,000 whole
        records fetched to look at three columns (issue 14)."""
        self.flush_recordset(["state", *RATING_FIELDS])
        self.env.cr.execute(
            SQL(
                "SELECT id, rating_hasil_kerja IS NULL OR rating_perilaku IS NULL "
                "FROM hr_kinerja_evaluasi WHERE id = ANY(%s) AND state = 'draft' ORDER BY id",
                larik(self.ids),
            )
        )
        rows = self.env.cr.fetchall()
        return (
            self.browse(ev_id for ev_id, _missing in rows),
            self.browse(ev_id for ev_id, missing in rows if missing),
        )

    def action_finalkan(self):
        """Finalise the units and periods of these evaluations (all of each unit): an
        evaluation is finalised with its unit, never alone, and never silently not."""
        outside = self.filtered(lambda e: not e.unit_id)
        if outside:
            raise UserError(
                self.env._(
                    "The evaluation of %(employee)s belongs to no unit evaluation: ask the HR "
                    "office to create the period's evaluations from the menu.",
                    employee=outside[0].employee_id.name,
                )
            )
        return self.unit_id.action_finalkan()

    def action_open_form(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": self._name,
            "res_id": self.id,
            "view_mode": "form",
        }

    def action_kalibrasi(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Calibrate"),
            "res_model": "hr.kinerja.kalibrasi.wizard",
            "view_mode": "form",
            "target": "new",
            "context": {"default_evaluasi_id": self.id},
        }

    def _kalibrasi(self, rating_hasil_kerja, rating_perilaku, alasan):
        """The atasan PPK changes the ratings (never the predikat) with a reason, kept."""
        self._kinerja_mulai()
        self.ensure_one()
        self._check_can("kalibrasi")
        if not (alasan or "").strip():
            raise UserError(self.env._("Give the reason for the calibration."))
        old = (self.rating_hasil_kerja, self.rating_perilaku, self.predikat)
        self._kinerja_transisi().write(
            {"rating_hasil_kerja": rating_hasil_kerja, "rating_perilaku": rating_perilaku}
        )
        user = self.env.user.name
        self._kinerja_kabari(
            [
                (
                    self,
                    self.penilai_id.user_id.partner_id,
                    lambda ev: ev.env._(
                        "%(user)s calibrated your rating of %(employee)s (%(period)s): "
                        "predikat %(old)s → %(new)s. Reason: %(reason)s",
                        user=user,
                        employee=ev.employee_id.name,
                        period=ev.periode_label,
                        old=ev._label_predikat(old[2]),
                        new=ev._label_predikat(ev.predikat),
                        reason=alasan,
                    ),
                )
            ]
        )
        self.env["hr.kinerja.evaluasi.kalibrasi"].sudo().create(
            {
                "evaluasi_id": self.id,
                "user_id": self.env.user.id,
                "alasan": alasan,
                "rating_hasil_kerja_lama": old[0],
                "rating_perilaku_lama": old[1],
                "predikat_lama": old[2],
                "rating_hasil_kerja_baru": rating_hasil_kerja,
                "rating_perilaku_baru": rating_perilaku,
                "predikat_baru": self.predikat,
            }
        )

    # ------------------------------------------------------------------
    @api.model
    def _capaian_mapping(self):
        params = self.env["ir.config_parameter"].sudo()
        return {
            capaian: params.get_param(CONFIG_KEY % capaian, default)
            for capaian, default in kinerja_rules.CAPAIAN_TO_RATING.items()
        }

    def _apply_capaian_default(self):
        """A unit head's rating hasil kerja defaults from the capaian of the unit they
        lead (decision 1), not of the unit they are rated in; the PPK may change it."""
        mapping = self._capaian_mapping()
        Capaian = self.env["hr.kinerja.capaian.organisasi"]
        heads = self.filtered(
            lambda e: e.is_kepala_unit and e.state == "draft" and not e.rating_hasil_kerja
        )
        by_rating = {}
        for company in heads.company_id:
            mine = heads.filtered(lambda e, c=company: e.company_id == c)
            keys = {
                ev.id: (
                    ev.department_id,
                    ev.jenis,
                    ev.unit_id.date_start or ev.date_start,
                    ev.unit_id.date_end or ev.date_end,
                )
                for ev in mine
            }
            found = Capaian._kinerja_untuk_batch(company, set(keys.values()))
            for ev in mine:
                own = found[keys[ev.id]]
                if own:
                    by_rating.setdefault(mapping[own.capaian], []).append(ev.id)
        # one write per rating (at most three), whatever the number of heads
        for rating, ids in by_rating.items():
            self.browse(ids)._kinerja_transisi().write({"rating_hasil_kerja": rating})

    def _kinerja_finalkan(self, justifikasi):
        """The evaluations' part of finalising their units (the units' transition):
        ``justifikasi`` gives each evaluation its unit's justification (False where the
        pattern is respected). One UPDATE per justification, each the same values for
        its whole batch (issue 14); what follows (the news, the signatures) once for
        all: a province's breaching and respecting units together."""
        now = fields.Datetime.now()
        groups = defaultdict(list)
        for ev_id in self.ids:
            groups[justifikasi[ev_id]].append(ev_id)
        for why, ids in groups.items():
            final = {"state": "final", "justifikasi": why, "tanggal_final": now}
            self.browse(ids)._kinerja_transisi()._kinerja_tulis_per_record(
                dict.fromkeys(ids, final)
            )
        self._notify_final()

    def _notify_final(self):
        """The pegawai is told when their evaluation becomes final (decision 7)."""
        self._kinerja_kabari(
            (ev, ev.employee_id.user_id.partner_id, lambda ev: ev._kinerja_kabar_final())
            for ev in self.sudo()
        )

    def _kinerja_kabar_final(self):
        """The news of a final evaluation, in this record's language."""
        return self._kinerja_kabar_final_teks(self.periode_label, self.predikat)

    @api.model
    def _kinerja_kabar_final_teks(self, period, predikat):
        """The news of a final evaluation of ``period`` rated ``predikat`` (a code), in
        the environment's language."""
        return self.env._(
            "Your evaluation %(period)s is final: %(predikat)s.",
            period=period,
            predikat=self._label_predikat(predikat),
        )

    def _label_predikat(self, code):
        """A predikat in the words of this record's language (``-`` when none)."""
        return dict(self._fields["predikat"]._description_selection(self.env)).get(code, "-")

    @api.model
    def _generate(self, periode, date_start, date_end, jenis="periodik", label=None, skp_ids=None):
        """Evaluations of a period for every pegawai with a set SKP over it: one per SKP
        segment (a mutasi split the period), grouped into unit evaluations. Only
        among ``skp_ids`` when given (a part of the job queue: whole units)."""
        skps = self._kinerja_skp_untuk(periode, date_start, date_end, skp_ids)
        # one evaluation per pegawai and time: a revision set after the period was
        # evaluated is a new SKP, not a second pegawai
        existing = self.sudo().search(
            [
                ("employee_id", "in", skps.employee_id.ids),
                ("jenis", "=", jenis),
                ("date_start", "<=", date_end),
                ("date_end", ">=", date_start),
            ]
        )
        taken = {}
        for ev in existing:
            taken.setdefault(ev.employee_id.id, []).append((ev.date_start, ev.date_end))
        skps = skps.filtered(
            lambda s: (
                not any(
                    start <= min(date_end, s.date_end) and end >= max(date_start, s.date_start)
                    for start, end in taken.get(s.employee_id.id, ())
                )
            )
        )
        if not skps:
            return self.browse()
        label = label or kinerja_rules.period_of(date_end, periode.frekuensi_evaluasi)[2]
        Unit = self.env["hr.kinerja.evaluasi.unit"]
        departments = {skp.id: self._kinerja_departemen_unit(skp) for skp in skps}
        units = Unit._kinerja_untuk_batch(
            periode,
            {department.id for department in departments.values()},
            jenis,
            date_start,
            date_end,
            label,
        )
        # the units' achievement first: the evaluations' own (a stored related field)
        # is then computed once as they are created, not again for every row after
        Unit.browse([u.id for u in units.values()])._link_capaian()
        vals = []
        for skp in skps:
            department = departments[skp.id]
            if units[department.id].state == "final":
                continue  # the unit was finalised without them: the HR office decides
            vals.append(
                {
                    **self._kinerja_vals_dari_skp(skp, jenis, date_start, date_end, label),
                    "unit_id": units[department.id].id,
                    # the initial state given, not looked up as a default row by row
                    "state": "draft",
                }
            )
        evaluations = self.sudo().with_context(mail_create_nolog=True).create(vals)
        evaluations._apply_capaian_default()
        evaluations._kinerja_ikutkan_pegawai()
        return evaluations

    def _kinerja_ikutkan_pegawai(self):
        """Each pegawai with an account follows their evaluation from the day it is
        created: they read the PPK's notes on it during the period (the continuous
        feedback of the pelaksanaan stage, spec/regulation-research.md), and its to-dos
        find them following (at a province's month end, finalising then writes no
        follower row)."""
        self.env["mail.followers"]._kinerja_ikutkan(
            self._name,
            self.ids,
            SQL(
                "SELECT %s, ev.id, u.partner_id FROM hr_kinerja_evaluasi ev "
                "JOIN hr_employee e ON e.id = ev.employee_id "
                "JOIN res_users u ON u.id = e.user_id WHERE ev.id = ANY(%s)",
                self._name,
                larik(self.ids),
            ),
        )

    @api.model
    def _kinerja_skp_untuk(self, periode, date_start, date_end, skp_ids=None):
        """The set, current SKPs with a PPK over the period: who is evaluated."""
        domain = [
            ("periode_id", "=", periode.id),
            ("state", "=", "ditetapkan"),
            ("aktif", "=", True),
            ("date_start", "<=", date_end),
            ("date_end", ">=", date_start),
            ("pejabat_penilai_id", "!=", False),
        ]
        if skp_ids is not None:
            domain.append(("id", "in", list(skp_ids)))
        return self.env["hr.kinerja.skp"].sudo().search(domain)

    @api.model
    def _kinerja_antrikan_evaluasi(self, periode, date_start, date_end, jenis, label):
        """Create the period's evaluations now, or by the job queue (in parts of whole
        units) when they are more than a batch part. Returns the evaluations created,
        or the action opening the batch."""
        Proses = self.env["hr.kinerja.proses"]
        skps = self._kinerja_skp_untuk(periode, date_start, date_end)
        if len(skps) <= Proses._kinerja_ukuran_bagian():
            return self._generate(periode, date_start, date_end, jenis, label)
        per_unit = defaultdict(list)
        for skp in skps:
            per_unit[self._kinerja_departemen_unit(skp).id].append(skp.id)
        return Proses._kinerja_antrikan(
            "buat_evaluasi",
            periode.company_id,
            self.env._("Evaluations %(label)s", label=label),
            Proses._kinerja_bagi((ids, len(ids)) for ids in per_unit.values()),
            periode=periode,
            argumen={
                "date_start": fields.Date.to_string(date_start),
                "date_end": fields.Date.to_string(date_end),
                "jenis": jenis,
                "label": label,
            },
        )

    # ------------------------------------------------------------------
    @api.model
    def _cron_penilaian(self):
        """On the instansi's calendar: create the evaluations of the period that just ended,
        remind each PPK before D2 and escalate to the atasan PPK after it (decision 7)."""
        today = fields.Date.context_today(self)
        for periode in self.env["hr.kinerja.periode"].sudo().search([("state", "=", "berjalan")]):
            ended = [p for p in periode._evaluation_periods() if p[1] < today]
            if ended:
                start, end, label = ended[-1]
                self._generate(periode, start, end, "periodik", label)
        act_nilai = self.env.ref("hr_kinerja_asn.mail_act_evaluasi_nilai")
        items = []
        for ev in self.sudo().search([("state", "=", "draft")]):
            due = kinerja_rules.deadline_after(ev.date_end, ev.periode_id.hari_penilaian or 12)
            days_left = (due - today).days
            if days_left > 3:
                continue
            items.append(
                {
                    "record": ev,
                    "type": act_nilai,
                    "user": (ev.penilai_id if days_left >= 0 else ev.atasan_penilai_id).user_id,
                    "summary": False
                    if days_left >= 0
                    else self.env._("Not rated by the due day: follow up with the appraiser"),
                    "deadline": max(due, today),
                }
            )
        return len(
            self.env["mail.activity"]
            .with_context(mail_activity_quick_update=True)
            ._kinerja_jadwalkan(items)
        )
