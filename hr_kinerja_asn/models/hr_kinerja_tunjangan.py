"""One month's tunjangan kinerja / TPP of one employee (contract v2).

The evaluation document is the basis for paying the tunjangan (PermenPANRB 6/2022,
``regulation-research.md`` §4.3); how much a predikat and the month's attendance
cost is the instansi's own rule (spec decision 6), kept in the scheme in force
(:mod:`.hr_kinerja_tunjangan_skema`). The record keeps every intermediate value —
pagu, kinerja %, disiplin %, each cut with its reason, the amount, and the
evaluation and scheme it came from — and an explanation the pegawai reads in their
own language, so a payslip's TPP lines can be traced back to the predikat and the
late arrivals that made them.

Computed in batch by the HR office for a company and a month (``_kinerja_hitung``),
verified, then locked (``draft`` → ``diverifikasi`` → ``dikunci``). Nobody types a
figure: every field is written by the model's own steps. A locked month never
changes again; an objection decided later becomes a correction on a later month
(:mod:`.hr_kinerja_tunjangan_koreksi`).
"""

from collections import defaultdict
from datetime import date

from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.fields import Command

from . import tunjangan_rumus
from .hr_kinerja_predikat import PREDIKAT
from .hr_kinerja_tunjangan_potongan import JENIS_KEJADIAN
from .tunjangan_penjelasan import Penjelasan

STATE = [("draft", "Draft"), ("diverifikasi", "Verified"), ("dikunci", "Locked")]


class HrKinerjaTunjangan(models.Model):
    _name = "hr.kinerja.tunjangan"
    _description = "Monthly Performance Allowance (Tunjangan Kinerja / TPP)"
    _inherit = ["mail.thread", "hr.kinerja.workflow.mixin", "hr.kinerja.dihitung.mixin"]
    _order = "date_start desc, employee_id"
    _kinerja_aksi = ("hitung_ulang", "verifikasi", "kembalikan", "kunci")

    name = fields.Char(compute="_compute_name", store=True)
    employee_id = fields.Many2one(
        "hr.employee", required=True, index=True, readonly=True, check_company=True
    )
    company_id = fields.Many2one(
        "res.company", string="Agency", required=True, index=True, readonly=True
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    department_id = fields.Many2one("hr.department", string="Unit", readonly=True, index=True)
    date_start = fields.Date(string="Month", required=True, index=True, readonly=True)
    date_end = fields.Date(string="To", required=True, readonly=True)
    bulan_label = fields.Char(string="Month Name", readonly=True)
    skema_id = fields.Many2one(
        "hr.kinerja.tunjangan.skema", string="Scheme", readonly=True, ondelete="restrict"
    )
    evaluasi_id = fields.Many2one(
        "hr.kinerja.evaluasi",
        string="Evaluation",
        readonly=True,
        index=True,
        ondelete="restrict",
        help="The final evaluation whose predikat the performance part follows.",
    )
    predikat = fields.Selection(PREDIKAT, readonly=True)
    kelas_jabatan = fields.Integer(string="Job Class", readonly=True, aggregator=False)
    pagu = fields.Monetary(string="Monthly Ceiling", readonly=True)
    pagu_dasar = fields.Monetary(string="Ceiling after the Annual Rate", readonly=True)
    bobot_kinerja = fields.Float(aggregator="avg", string="Performance Weight (%)", readonly=True)
    bobot_disiplin = fields.Float(aggregator="avg", string="Discipline Weight (%)", readonly=True)
    tanpa_realisasi = fields.Boolean(string="No Realisation Reported", readonly=True)
    persen_kinerja = fields.Float(
        aggregator="avg", string="Performance (%)", readonly=True, digits=(5, 2)
    )
    persen_disiplin = fields.Float(
        aggregator="avg", string="Discipline (%)", readonly=True, digits=(5, 2)
    )
    potongan_persen = fields.Float(
        aggregator="avg", string="Discipline Cuts (%)", readonly=True, digits=(5, 2)
    )
    potongan_nominal = fields.Monetary(string="Discipline Cuts", readonly=True)
    sumber_disiplin = fields.Char(string="Attendance Source", readonly=True)
    koreksi = fields.Monetary(string="Corrections", readonly=True)
    jumlah_kinerja = fields.Monetary(string="Performance Part", readonly=True)
    jumlah_disiplin = fields.Monetary(string="Discipline Part", readonly=True)
    jumlah = fields.Monetary(
        string="Amount", readonly=True, help="Before tax and statutory deductions."
    )
    penjelasan = fields.Text(string="Explanation", readonly=True)
    masalah = fields.Text(
        string="To Resolve",
        readonly=True,
        help="What must be resolved before the month can be verified.",
    )
    baris_ids = fields.One2many(
        "hr.kinerja.tunjangan.baris", "tunjangan_id", string="Breakdown", readonly=True
    )
    koreksi_ids = fields.One2many(
        "hr.kinerja.tunjangan.koreksi", "tunjangan_id", string="Corrections Applied", readonly=True
    )
    state = fields.Selection(
        STATE,
        string="Status",
        required=True,
        default="draft",
        readonly=True,
        tracking=True,
        index=True,
    )
    tanggal_verifikasi = fields.Datetime(string="Verified On", readonly=True)
    diverifikasi_oleh_id = fields.Many2one("res.users", string="Verified By", readonly=True)
    tanggal_kunci = fields.Datetime(string="Locked On", readonly=True)
    dikunci_oleh_id = fields.Many2one("res.users", string="Locked By", readonly=True)
    can_hitung_ulang = fields.Boolean(compute="_compute_can", string="Can Compute Again")
    can_verifikasi = fields.Boolean(compute="_compute_can", string="Can Verify")
    can_kembalikan = fields.Boolean(compute="_compute_can", string="Can Return to Draft")
    can_kunci = fields.Boolean(compute="_compute_can", string="Can Lock")

    _sql_constraints = [
        (
            "tunjangan_unik",
            "unique(employee_id, date_start)",
            "An employee has one allowance record per month.",
        ),
    ]

    @api.depends("employee_id", "bulan_label")
    def _compute_name(self):
        for rec in self:
            rec.name = f"{rec.employee_id.name or ''} · {rec.bulan_label or ''}"

    # -- no figure is typed (hr.kinerja.dihitung.mixin) ------------------------------
    def _kinerja_pesan_dihitung(self):
        return self.env._(
            "Allowance records are computed from the evaluations and the attendance "
            "(Allowances › Compute); no figure is typed by hand."
        )

    @api.ondelete(at_uninstall=False)
    def _unlink_draft_only(self):
        corrected = (
            self.env["hr.kinerja.tunjangan.koreksi"]
            .sudo()
            .search([("tunjangan_asal_id", "in", self.ids)], limit=1)
        )
        if corrected:
            raise UserError(
                self.env._(
                    "%s was corrected after an objection: it cannot be deleted.",
                    corrected.tunjangan_asal_id.display_name,
                )
            )
        for rec in self:
            if rec.state != "draft":
                raise UserError(
                    self.env._("%s is verified or locked: it cannot be deleted.", rec.display_name)
                )

    # -- rights, stated once -------------------------------------------------------
    def _kinerja_aturan(self):
        return {
            "hitung_ulang": lambda: self._alasan_status("draft"),
            "verifikasi": self._alasan_verifikasi,
            "kembalikan": lambda: self._alasan_status("diverifikasi"),
            "kunci": lambda: self._alasan_status("diverifikasi"),
        }

    def _alasan_status(self, state):
        _ = self.env._
        if not self.env.user._kinerja_is_hr():
            return _("Only the HR office computes, verifies and locks allowances.")
        if self.state != state:
            return _(
                "%(rec)s is %(state)s.",
                rec=self.display_name,
                state=dict(self._fields["state"]._description_selection(self.env))[self.state],
            )
        return False

    def _alasan_verifikasi(self):
        reason = self._alasan_status("draft")
        if reason:
            return reason
        if self.masalah:
            return self.env._(
                "%(rec)s cannot be verified yet: %(why)s", rec=self.display_name, why=self.masalah
            )
        return False

    # -- transitions ---------------------------------------------------------------
    def action_hitung_ulang(self):
        self._kinerja_mulai()
        self._check_can("hitung_ulang")
        for (company, month), recs in self._kinerja_per_bulan().items():
            self._kinerja_hitung_pegawai(company, month, recs.employee_id)
        return True

    def action_verifikasi(self):
        self._kinerja_mulai()
        self._check_can("verifikasi")
        self._kinerja_transisi().write(
            {
                "state": "diverifikasi",
                "tanggal_verifikasi": fields.Datetime.now(),
                "diverifikasi_oleh_id": self.env.uid,
            }
        )
        return True

    def action_kembalikan(self):
        self._kinerja_mulai()
        self._check_can("kembalikan")
        self._kinerja_transisi().write(
            {"state": "draft", "tanggal_verifikasi": False, "diverifikasi_oleh_id": False}
        )
        return True

    def action_kunci(self):
        """Lock: from now on the month is what payroll pays and never changes."""
        self._kinerja_mulai()
        self._check_can("kunci")
        self._kinerja_transisi().write(
            {
                "state": "dikunci",
                "tanggal_kunci": fields.Datetime.now(),
                "dikunci_oleh_id": self.env.uid,
            }
        )
        self._kinerja_kabari(
            (
                rec,
                rec.employee_id.user_id.partner_id,
                lambda r: r.env._(
                    "Your allowance for %(month)s is final: %(amount)s. The explanation shows "
                    "how your predikat and attendance made it.",
                    month=r.bulan_label,
                    amount=Penjelasan(r.env, r.skema_id, r.date_start).rp(r.jumlah),
                ),
            )
            for rec in self.sudo()
        )
        return True

    def _kinerja_per_bulan(self):
        ids = defaultdict(list)
        for rec in self:
            ids[(rec.company_id, rec.date_start)].append(rec.id)
        return {key: self.browse(rec_ids) for key, rec_ids in ids.items()}

    # -- the batch -----------------------------------------------------------------
    @api.model
    def _kinerja_hitung(self, company, date_start):
        """Compute the month of ``date_start`` for every employee of ``company`` with a
        job class: new records for those without one, draft ones recomputed, verified
        and locked ones left as they are. Returns the month's records."""
        _ = self.env._
        if not self.env.user._kinerja_is_hr() or company not in self.env.user.company_ids:
            raise UserError(_("Only the HR office computes, verifies and locks allowances."))
        month = date_start.replace(day=1)
        employees = (
            self.env["hr.employee"]
            .sudo()
            .search([("company_id", "=", company.id), ("kelas_jabatan", ">", 0)])
        )
        self._kinerja_hitung_pegawai(company, month, employees)
        return self.search([("company_id", "=", company.id), ("date_start", "=", month)])

    def _kinerja_hitung_pegawai(self, company, month, employees):
        """The computation proper, in a constant number of queries for the month."""
        _ = self.env._
        end = month + relativedelta(months=1, days=-1)
        skema = self.env["hr.kinerja.tunjangan.skema"].sudo()._berlaku(company, month)
        if not skema:
            raise UserError(
                _(
                    "%(company)s has no allowance scheme in force on %(date)s: create one in "
                    "Performance › Configuration › Allowance Schemes.",
                    company=company.name,
                    date=month,
                )
            )
        Tunjangan = self.sudo()
        existing = Tunjangan.search(
            [("employee_id", "in", employees.ids), ("date_start", "=", month)]
        )
        by_employee = {rec.employee_id.id: rec for rec in existing}
        todo = employees.filtered(
            lambda e: e.id not in by_employee or by_employee[e.id].state == "draft"
        )
        if not todo:
            return existing
        evaluasi = self._kinerja_evaluasi_bulan(skema, todo, month, end)
        dilaporkan = self._kinerja_ada_realisasi(todo, month, end)
        disiplin = (
            self._kinerja_kejadian_disiplin(todo, month, end) if skema.potong_kehadiran else {}
        )
        koreksi = self.env["hr.kinerja.tunjangan.koreksi"].sudo()._kinerja_tertunda(todo, month)
        pagu = skema._pagu_per_kelas()
        nilai = skema._nilai_predikat()
        create_list, updates = [], []
        for employee in todo:
            values = self._kinerja_nilai(
                skema,
                employee,
                month,
                end,
                pagu,
                nilai,
                evaluasi.get(employee.id),
                employee.id in dilaporkan,
                disiplin.get(employee.id),
                koreksi.get(employee.id, self.env["hr.kinerja.tunjangan.koreksi"]),
            )
            rec = by_employee.get(employee.id)
            if rec:
                updates.append((rec, values))
            else:
                create_list.append(values)
        T = Tunjangan._kinerja_transisi()
        for rec, values in updates:
            values["baris_ids"] = [Command.clear(), *values["baris_ids"]]
            T.browse(rec.id).write(values)
        created = T.create(create_list)
        return existing | created

    def _kinerja_evaluasi_bulan(self, skema, employees, month, end):
        """{employee id: the final evaluation the kinerja part follows}: the periodic
        evaluation covering the month, or for a next-year rate the previous year's
        annual one."""
        Evaluasi = self.env["hr.kinerja.evaluasi"].sudo()
        if skema.gaya_predikat == "tarif_tahun_depan":
            last_year = month.year - 1
            domain = [
                ("jenis", "=", "tahunan"),
                ("date_end", ">=", date(last_year, 1, 1)),
                ("date_end", "<=", date(last_year, 12, 31)),
            ]
        else:
            domain = [
                ("jenis", "=", "periodik"),
                ("date_start", "<=", end),
                ("date_end", ">=", month),
            ]
        found = Evaluasi.search(
            [("employee_id", "in", employees.ids), ("state", "=", "final"), *domain],
            order="date_end desc, id desc",
        )
        result = {}
        for ev in found:
            result.setdefault(ev.employee_id.id, ev)
        return result

    def _kinerja_ada_realisasi(self, employees, month, end):
        """Employees who reported a realisation for the month (one grouped query)."""
        groups = (
            self.env["hr.kinerja.realisasi"]
            .sudo()
            ._read_group(
                [
                    ("employee_id", "in", employees.ids),
                    ("state", "=", "dilaporkan"),
                    ("date_start", "<=", end),
                    ("date_end", ">=", month),
                ],
                ["employee_id"],
                ["__count"],
            )
        )
        return {employee.id for employee, _count in groups}

    @api.model
    def _kinerja_kejadian_disiplin(self, employees, date_start, date_end):
        """{employee id: {"sumber": text, "kejadian": [{"jenis", "tanggal", "menit"}]}}:
        the month's late arrivals, early leaves and absent days. Without an attendance
        source (``hr_kinerja_asn_attendance`` provides one) there is nothing to cut."""
        return {}

    def _kinerja_nilai(
        self, skema, employee, month, end, pagu, nilai, evaluasi, dilaporkan, disiplin, koreksi
    ):
        """The values of one record, its breakdown lines and its explanation."""
        lang = employee.user_id.lang or employee.work_contact_id.lang or self.env.lang
        penjelasan = Penjelasan(self.with_context(lang=lang).env, skema, month)
        masalah = []
        total_pagu, komponen = pagu.get(employee.kelas_jabatan, (0.0, []))
        if not komponen:
            masalah.append(penjelasan.tanpa_pagu(employee.kelas_jabatan))
        predikat = evaluasi.predikat if evaluasi else False
        if not evaluasi and skema.gaya_predikat != "tarif_tahun_depan" and dilaporkan:
            masalah.append(penjelasan.belum_final())
        nilai_predikat = nilai.get(predikat) if predikat else None
        kejadian = self._kinerja_kelompok_kejadian(skema, (disiplin or {}).get("kejadian", []))
        persen_potongan = [line.persen for line, items in kejadian for _item in items]
        hasil = tunjangan_rumus.hitung(
            skema._rumus(),
            total_pagu,
            nilai_predikat,
            not dilaporkan,
            persen_potongan,
            sum(koreksi.mapped("selisih")),
        )
        baris = penjelasan.baris(
            hasil, komponen, evaluasi, not dilaporkan, kejadian, koreksi, disiplin
        )
        return {
            "employee_id": employee.id,
            "company_id": employee.company_id.id,
            "department_id": employee.department_id.id,
            "date_start": month,
            "date_end": end,
            "bulan_label": penjelasan.bulan,
            "skema_id": skema.id,
            "evaluasi_id": evaluasi.id if evaluasi else False,
            "predikat": predikat,
            "kelas_jabatan": employee.kelas_jabatan,
            "pagu": total_pagu,
            "pagu_dasar": float(hasil["pagu_dasar"]),
            "bobot_kinerja": skema.bobot_kinerja,
            "bobot_disiplin": skema.bobot_disiplin,
            "tanpa_realisasi": not dilaporkan,
            "persen_kinerja": float(hasil["persen_kinerja"]),
            "persen_disiplin": float(hasil["persen_disiplin"]),
            "potongan_persen": float(hasil["potongan_persen"]),
            "potongan_nominal": float(hasil["potongan_nominal"]),
            "sumber_disiplin": (disiplin or {}).get("sumber") or False,
            "koreksi": float(sum(koreksi.mapped("selisih"))),
            "jumlah_kinerja": float(hasil["jumlah_kinerja"]),
            "jumlah_disiplin": float(hasil["jumlah_disiplin"]),
            "jumlah": float(hasil["jumlah"]),
            "penjelasan": penjelasan.teks(baris, hasil),
            "masalah": "\n".join(masalah) or False,
            "baris_ids": [Command.create(line) for line in baris],
            "koreksi_ids": [Command.set(koreksi.ids)],
        }

    def _kinerja_kelompok_kejadian(self, skema, kejadian):
        """[(cut line, [occurrences])] in the scheme's band order; occurrences outside
        every band (e.g. 0 minutes) cost nothing."""
        groups = defaultdict(list)
        for item in kejadian:
            line = skema._band(item["jenis"], item.get("menit"))
            if line:
                groups[line].append(item)
        order = [key for key, _label in JENIS_KEJADIAN]
        return sorted(groups.items(), key=lambda kv: (order.index(kv[0].jenis), kv[0].menit_dari))
