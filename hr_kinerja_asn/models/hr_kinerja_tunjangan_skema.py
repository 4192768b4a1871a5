"""The instansi's tunjangan kinerja / TPP scheme, effective from a date.

Each instansi has its own rule (Perpres/Permen per ministry, Perkada for a region;
``regulation-research.md`` §4.3 and §11); the rules differ in the weights, in how
the predikat reaches the kinerja part, in the cut tables and in the base a cut
applies to, and a region changes its rule from a date. So a scheme holds all of it
and the month uses the scheme in force on its first day: a new rule is a new scheme,
and months already computed keep the scheme they used (``skema_id``).

A new scheme starts with spec decision 6's defaults (predikat share 100 / 100 / 90 /
85 / 80 %), 60/40 weights, the Perpres-era lateness bands (0.5 / 1 / 1.25 / 1.5 %),
5 % for an absent day and the 35 % "no monthly report" penalty (KLH 2025).
"""

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.fields import Command

from .hr_kinerja_predikat import PREDIKAT

GAYA = [
    ("persen_bagian", "Share of the performance part"),
    ("potongan_tetap", "Flat cut of the whole amount"),
    ("tarif_tahun_depan", "Rate for the following year"),
]

#: spec decision 6: predikat → share of the kinerja part
NILAI_PREDIKAT_AWAL = {
    "sangat_baik": 100,
    "baik": 100,
    "butuh_perbaikan": 90,
    "kurang": 85,
    "sangat_kurang": 80,
}

#: (jenis, kode, from minute, to minute (0: no limit), % per occurrence) — the
#: Perpres-era TL/PSW tables and 5 % for an absent day (regulation-research §11)
POTONGAN_AWAL = [
    ("terlambat", "TL1", 1, 30, 0.5),
    ("terlambat", "TL2", 31, 60, 1.0),
    ("terlambat", "TL3", 61, 90, 1.25),
    ("terlambat", "TL4", 91, 0, 1.5),
    ("pulang_cepat", "PSW1", 1, 30, 0.5),
    ("pulang_cepat", "PSW2", 31, 60, 1.0),
    ("pulang_cepat", "PSW3", 61, 90, 1.25),
    ("pulang_cepat", "PSW4", 91, 0, 1.5),
    ("tanpa_keterangan", "TK", 0, 0, 5.0),
]


class HrKinerjaTunjanganSkema(models.Model):
    _name = "hr.kinerja.tunjangan.skema"
    _description = "Performance Allowance Scheme"
    _inherit = ["mail.thread"]
    _order = "company_id, date_start desc"

    name = fields.Char(required=True, tracking=True, help="E.g. the Perkada or Permen it follows.")
    company_id = fields.Many2one(
        "res.company", string="Agency", required=True, default=lambda s: s.env.company, index=True
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    date_start = fields.Date(
        string="In Force From",
        required=True,
        tracking=True,
        help="The scheme applies to every month from this date until the next scheme.",
    )
    bobot_kinerja = fields.Float(
        string="Performance Weight (%)", default=60, required=True, tracking=True
    )
    bobot_disiplin = fields.Float(
        string="Discipline Weight (%)", compute="_compute_bobot_disiplin", store=True
    )
    gaya_predikat = fields.Selection(
        GAYA,
        string="How the Predikat Counts",
        required=True,
        default="persen_bagian",
        tracking=True,
        help="Share of the performance part: the month's predikat pays that percentage of "
        "the performance part. Flat cut: the predikat takes that percentage of the whole "
        "amount off the performance part. Rate for the following year: the annual predikat "
        "of the previous year sets the percentage of the whole amount paid every month.",
    )
    potongan_tanpa_realisasi = fields.Float(
        string="No Realisation Reported: Cut of the Performance Part (%)",
        default=35,
        tracking=True,
    )
    dasar_potongan = fields.Selection(
        [("seluruh", "The whole amount"), ("disiplin", "The discipline part only")],
        string="Discipline Cuts Apply To",
        required=True,
        default="seluruh",
        tracking=True,
    )
    potong_kehadiran = fields.Boolean(
        string="Cut by Attendance",
        tracking=True,
        help="Late arrivals, early leaves and absent days from the attendance records "
        "(addon hr_kinerja_asn_attendance) cut the discipline part. Off: the discipline "
        "part is paid whole, e.g. while the agency's attendance is not kept in Odoo.",
    )
    batas_potongan = fields.Float(
        string="Cap of the Discipline Cuts (%)", default=100, required=True, tracking=True
    )
    pembulatan = fields.Selection(
        [("1", "To the rupiah"), ("100", "To Rp 100"), ("1000", "To Rp 1,000")],
        string="Rounding",
        required=True,
        default="1",
    )
    pagu_ids = fields.One2many(
        "hr.kinerja.tunjangan.pagu", "skema_id", string="Monthly Ceiling per Job Class", copy=True
    )
    predikat_ids = fields.One2many(
        "hr.kinerja.tunjangan.predikat",
        "skema_id",
        string="Predikat Table",
        copy=True,
        default=lambda s: [
            Command.create({"predikat": key, "nilai": NILAI_PREDIKAT_AWAL[key]})
            for key, _label in PREDIKAT
        ],
    )
    potongan_ids = fields.One2many(
        "hr.kinerja.tunjangan.potongan",
        "skema_id",
        string="Discipline Cuts",
        copy=True,
        default=lambda s: [
            Command.create(
                {
                    "jenis": jenis,
                    "kode": kode,
                    "menit_dari": dari,
                    "menit_sampai": sampai,
                    "persen": persen,
                }
            )
            for jenis, kode, dari, sampai, persen in POTONGAN_AWAL
        ],
    )

    _sql_constraints = [
        (
            "skema_unik",
            "unique(company_id, date_start)",
            "An agency has one allowance scheme per start date.",
        ),
    ]

    #: the fields a computed month read
    _kinerja_rule_fields = frozenset(
        {
            "company_id",
            "date_start",
            "bobot_kinerja",
            "gaya_predikat",
            "potongan_tanpa_realisasi",
            "dasar_potongan",
            "potong_kehadiran",
            "batas_potongan",
            "pembulatan",
            "pagu_ids",
            "predikat_ids",
            "potongan_ids",
        }
    )

    def write(self, vals):
        if set(vals) & self._kinerja_rule_fields:
            self._kinerja_cek_terpakai()
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_unused_only(self):
        self._kinerja_cek_terpakai(any_state=True)

    def _kinerja_cek_terpakai(self, any_state=False):
        """Refuse a change of a scheme a verified or locked month used (any month, for
        a deletion)."""
        domain = [("skema_id", "in", self.ids)]
        if not any_state:
            domain.append(("state", "!=", "draft"))
        used = self.env["hr.kinerja.tunjangan"].sudo().search(domain, limit=1)
        if used:
            raise UserError(
                self.env._(
                    "%(skema)s was used for %(month)s: its rules can no longer change. "
                    "Start a new scheme from a later date instead.",
                    skema=used.skema_id.name,
                    month=used.bulan_label,
                )
            )

    @api.depends("bobot_kinerja")
    def _compute_bobot_disiplin(self):
        for skema in self:
            skema.bobot_disiplin = 100 - skema.bobot_kinerja

    @api.constrains("bobot_kinerja", "batas_potongan", "potongan_tanpa_realisasi")
    def _check_persen(self):
        for skema in self:
            for fname in ("bobot_kinerja", "batas_potongan", "potongan_tanpa_realisasi"):
                if not 0 <= skema[fname] <= 100:
                    raise ValidationError(
                        self.env._(
                            "%(field)s must be between 0 and 100 %%.",
                            field=skema._fields[fname]._description_string(self.env),
                        )
                    )

    @api.model
    def _berlaku(self, company, date):
        """The scheme in force on ``date`` for ``company`` (empty when none)."""
        return self.search(
            [("company_id", "=", company.id), ("date_start", "<=", date)],
            order="date_start desc",
            limit=1,
        )

    def _rumus(self):
        """The scheme as the formula reads it (:mod:`.tunjangan_rumus`)."""
        self.ensure_one()
        return {
            "gaya": self.gaya_predikat,
            "bobot_kinerja": self.bobot_kinerja,
            "dasar_potongan": self.dasar_potongan,
            "batas_potongan": self.batas_potongan,
            "pembulatan": int(self.pembulatan),
            "potongan_tanpa_realisasi": self.potongan_tanpa_realisasi,
        }

    def _pagu_per_kelas(self):
        """{kelas jabatan: (total pagu, [(component, amount)])}."""
        self.ensure_one()
        result = {}
        for line in self.pagu_ids.sorted(lambda p: (p.kelas_jabatan, p.sequence, p.id)):
            total, parts = result.get(line.kelas_jabatan, (0.0, []))
            result[line.kelas_jabatan] = (total + line.jumlah, [*parts, (line.name, line.jumlah)])
        return result

    def _nilai_predikat(self):
        self.ensure_one()
        return {line.predikat: line.nilai for line in self.predikat_ids}

    def _band(self, jenis, menit):
        """The cut line of an occurrence: by its minutes; no scan (``None``) falls in
        the highest band of its kind."""
        self.ensure_one()
        lines = self.potongan_ids.filtered(lambda p: p.jenis == jenis).sorted("menit_dari")
        if not lines:
            return lines
        if menit is None:
            return lines[-1]
        for line in lines:
            if menit >= line.menit_dari and (not line.menit_sampai or menit <= line.menit_sampai):
                return line
        return lines.browse()
