"""ASN identity and the Pejabat Penilai Kinerja hierarchy on ``hr.employee``.

Who may do what (fields are HR-only on ``hr.employee``; non-HR users read the
mirror on ``hr.employee.public``):

=====================  ==========================================
HR officer / admin     edit NIP, jenis jabatan, pangkat, delegation, jenjang JF,
                       kelas jabatan
everyone (internal)    read them through hr.employee.public
HR, the pegawai        read the angka kredit totals (from the final evaluations
                       the reader may read)
system                 derives ``pejabat_penilai_id`` and grants the
                       penilai group to whoever is someone's PPK
=====================  ==========================================

Decisions 8 (PPK) and 9 (NIP) of ``docs/decisions.md``.
"""

from markupsafe import Markup

from odoo import Command, api, fields, models
from odoo.exceptions import ValidationError

from . import kinerja_rules
from .hr_kinerja_angka_kredit_koefisien import JENJANG_JABATAN_FUNGSIONAL

ASN_TYPES = [("pns", "PNS"), ("pppk", "PPPK")]

JENIS_JABATAN = [
    ("jpt_utama", "JPT Utama"),
    ("jpt_madya", "JPT Madya"),
    ("jpt_pratama", "JPT Pratama"),
    ("administrator", "Administrator"),
    ("pengawas", "Pengawas"),
    ("pelaksana", "Pelaksana"),
    ("fungsional", "Fungsional"),
    ("pejabat_negara", "Pejabat Negara"),
]

PANGKAT_PNS = [
    ("i_a", "Juru Muda (I/a)"),
    ("i_b", "Juru Muda Tingkat I (I/b)"),
    ("i_c", "Juru (I/c)"),
    ("i_d", "Juru Tingkat I (I/d)"),
    ("ii_a", "Pengatur Muda (II/a)"),
    ("ii_b", "Pengatur Muda Tingkat I (II/b)"),
    ("ii_c", "Pengatur (II/c)"),
    ("ii_d", "Pengatur Tingkat I (II/d)"),
    ("iii_a", "Penata Muda (III/a)"),
    ("iii_b", "Penata Muda Tingkat I (III/b)"),
    ("iii_c", "Penata (III/c)"),
    ("iii_d", "Penata Tingkat I (III/d)"),
    ("iv_a", "Pembina (IV/a)"),
    ("iv_b", "Pembina Tingkat I (IV/b)"),
    ("iv_c", "Pembina Utama Muda (IV/c)"),
    ("iv_d", "Pembina Utama Madya (IV/d)"),
    ("iv_e", "Pembina Utama (IV/e)"),
]
_ROMAN = "I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII".split()
PANGKAT_PPPK = [(f"pppk_{i}", f"PPPK {r}") for i, r in enumerate(_ROMAN, start=1)]
PANGKAT_GOLONGAN = PANGKAT_PNS + PANGKAT_PPPK

HR = "hr.group_hr_user"
ADMIN = "hr_kinerja_asn.group_kinerja_admin"


class HrEmployee(models.Model):
    _inherit = "hr.employee"

    # ------------------------------------------------------------------
    # Fields
    # ------------------------------------------------------------------
    nip = fields.Char(
        string="NIP",
        groups=HR,
        copy=False,
        index="btree_not_null",
        tracking=True,
        help="Nomor Induk Pegawai: 18 digits (NIP for PNS, NI PPPK for PPPK). "
        "Spaces are removed; birthday and gender are filled from it when empty.",
    )
    asn_type = fields.Selection(
        ASN_TYPES,
        string="ASN Type",
        groups=HR,
        tracking=True,
        help="PNS or PPPK; proposed from digit 13 of the NIP (2 = PPPK).",
    )
    jenis_jabatan = fields.Selection(
        JENIS_JABATAN,
        string="Position Type",
        groups=HR,
        index=True,
        tracking=True,
        help="Pengawas and above (or a pejabat negara) can be a Pejabat Penilai "
        "Kinerja; a fungsional or pelaksana is never derived as one.",
    )
    pangkat_golongan = fields.Selection(
        PANGKAT_GOLONGAN, string="Rank / Grade", groups=HR, tracking=True
    )
    jenjang_jabatan_fungsional = fields.Selection(
        JENJANG_JABATAN_FUNGSIONAL,
        string="Functional Level",
        groups=HR,
        tracking=True,
        help="Jenjang of a jabatan fungsional: decides the yearly credit point coefficient.",
    )
    kelas_jabatan = fields.Integer(
        string="Position Class", groups=HR, tracking=True, help="Kelas jabatan, 1 to 17."
    )
    # the potential axis of the talent nine-box (hr.kinerja.talenta, decision 14):
    # the HR office's assessment, with its date and source
    kinerja_potensi = fields.Selection(
        [("rendah", "Low"), ("menengah", "Medium"), ("tinggi", "High")],
        string="Potential",
        groups=ADMIN,
        tracking=True,
        help="The potential axis of the talent nine-box, from the agency's talent "
        "assessment. Filled by the HR office only.",
    )
    kinerja_potensi_tanggal = fields.Date(string="Potential Assessed On", groups=ADMIN)
    kinerja_potensi_sumber = fields.Char(
        string="Potential Source",
        groups=ADMIN,
        help="Where the potential comes from, e.g. an assessment centre report.",
    )
    kinerja_pengecualian = fields.Selection(
        [
            ("pensiun", "Retiring"),
            ("mutasi", "Transferred out"),
            ("cltn", "Unpaid leave (CLTN)"),
            ("tugas_belajar", "Study leave"),
            ("lainnya", "Other"),
        ],
        string="No SKP Because",
        groups=HR,
        tracking=True,
        help="Why this ASN has no SKP this year: the HR office's dashboard lists every "
        "ASN without a set SKP, with this reason when they are excluded.",
    )
    pejabat_penilai_delegasi_id = fields.Many2one(
        "hr.employee",
        string="Delegated Performance Appraiser",
        groups=HR,
        check_company=True,
        tracking=True,
        help="A delegated or acting appraiser (Plt/Plh). It replaces the derived "
        "appraiser until it is cleared.",
    )
    kinerja_ppk_kandidat_id = fields.Many2one(
        "hr.employee",
        string="Nearest Appraiser-level Official",
        compute="_compute_kinerja_ppk_kandidat_id",
        store=True,
        recursive=True,
        groups=HR,
        help="Technical: this employee if their position may appraise, else the "
        "same for their manager. Lets the hierarchy recompute in one pass.",
    )
    pejabat_penilai_id = fields.Many2one(
        "hr.employee",
        string="Performance Appraiser (PPK)",
        compute="_compute_pejabat_penilai_id",
        store=True,
        index=True,
        groups=HR,
        tracking=True,
        help="Pejabat Penilai Kinerja: the delegation if set, else the nearest "
        "superior whose position is pengawas or higher, or a pejabat negara.",
    )
    atasan_pejabat_penilai_id = fields.Many2one(
        "hr.employee",
        string="Appraiser's Superior",
        compute="_compute_atasan_pejabat_penilai_id",
        store=True,
        index=True,
        groups=HR,
        help="Atasan Pejabat Penilai Kinerja: the appraiser's own appraiser.",
    )
    kinerja_dinilai_ids = fields.One2many(
        "hr.employee",
        "pejabat_penilai_id",
        string="Appraised Employees",
        groups=HR,
    )

    skp_ids = fields.One2many("hr.kinerja.skp", "employee_id", string="SKP", groups=HR)
    kinerja_skp_sebagai_pimpinan_ids = fields.Many2many(
        "hr.kinerja.skp",
        "hr_kinerja_skp_pimpinan_rel",
        "employee_id",
        "skp_id",
        string="SKPs Led (Team Work)",
        groups=HR,
        help="SKPs whose pegawai works for this employee as a team leader.",
    )
    skp_count = fields.Integer(compute="_compute_skp_count", groups=HR)
    angka_kredit_kumulatif = fields.Float(
        string="Cumulative Credit Points",
        digits=(8, 2),
        compute="_compute_angka_kredit",
        groups=HR,
        help="Sum of the yearly credit points of the final evaluations.",
    )
    angka_kredit_html = fields.Html(
        string="Credit Points per Year",
        compute="_compute_angka_kredit",
        sanitize=False,
        groups=HR,
    )

    _sql_constraints = [
        (
            "nip_company_uniq",
            "unique (nip, company_id)",
            "This NIP is already used by another employee of this agency.",
        ),
    ]

    # ------------------------------------------------------------------
    # Compute and onchange
    # ------------------------------------------------------------------
    @api.depends("jenis_jabatan", "parent_id.kinerja_ppk_kandidat_id")
    def _compute_kinerja_ppk_kandidat_id(self):
        for employee in self:
            if kinerja_rules.is_jabatan_penilai(employee.jenis_jabatan):
                employee.kinerja_ppk_kandidat_id = employee
            else:
                employee.kinerja_ppk_kandidat_id = employee.parent_id.kinerja_ppk_kandidat_id

    @api.depends("pejabat_penilai_delegasi_id", "parent_id.kinerja_ppk_kandidat_id")
    def _compute_pejabat_penilai_id(self):
        for employee in self:
            employee.pejabat_penilai_id = (
                employee.pejabat_penilai_delegasi_id or employee.parent_id.kinerja_ppk_kandidat_id
            )

    @api.depends("pejabat_penilai_id.pejabat_penilai_id")
    def _compute_atasan_pejabat_penilai_id(self):
        for employee in self:
            employee.atasan_pejabat_penilai_id = employee.pejabat_penilai_id.pejabat_penilai_id

    def _compute_skp_count(self):
        counts = dict(
            self.env["hr.kinerja.skp"]._read_group(
                [("employee_id", "in", self.ids)], ["employee_id"], ["__count"]
            )
        )
        for employee in self:
            employee.skp_count = counts.get(employee, 0)

    @api.depends_context("uid")
    def _compute_angka_kredit(self):
        kinerja_angka_kredit_compute(self)

    def action_open_skp(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "hr_kinerja_asn.hr_kinerja_skp_action_all"
        )
        action["domain"] = [("employee_id", "=", self.id)]
        action["context"] = {"default_employee_id": self.id}
        return action

    @api.onchange("nip")
    def _onchange_nip(self):
        """Normalise the NIP as typed and propose what it tells."""
        for employee in self:
            if not employee.nip:
                continue
            employee.nip = kinerja_rules.normalize_nip(employee.nip)
            try:
                info = kinerja_rules.parse_nip(employee.nip)
            except kinerja_rules.NipError:
                continue  # the constraint explains on save
            employee.asn_type = info.asn_type
            employee.birthday = employee.birthday or info.birthday
            employee.gender = employee.gender or info.gender

    # ------------------------------------------------------------------
    # Constraints
    # ------------------------------------------------------------------
    @api.constrains("nip", "asn_type", "birthday", "gender", "jenis_jabatan")
    def _check_nip(self):
        for employee in self:
            if employee.jenis_jabatan == "pejabat_negara":
                if employee.nip or employee.asn_type:
                    raise ValidationError(
                        self.env._(
                            "%(name)s is a pejabat negara (not ASN): clear the NIP and the "
                            "ASN type.",
                            name=employee.name,
                        )
                    )
                continue
            if not employee.nip:
                continue
            try:
                info = kinerja_rules.parse_nip(employee.nip)
            except kinerja_rules.NipError as err:
                raise ValidationError(self._kinerja_nip_message(err)) from None
            if employee.asn_type and employee.asn_type != info.asn_type:
                raise ValidationError(
                    self.env._(
                        "NIP %(nip)s is the number of a %(nip_type)s (digit 13 is %(digit)s), "
                        "but %(name)s is recorded as %(asn_type)s.",
                        nip=info.nip,
                        nip_type=info.asn_type.upper(),
                        digit=info.nip[12],
                        name=employee.name,
                        asn_type=employee.asn_type.upper(),
                    )
                )
            if employee.birthday and employee.birthday != info.birthday:
                raise ValidationError(
                    self.env._(
                        "NIP %(nip)s gives the birth date %(nip_date)s, but %(name)s's birthday "
                        "is %(birthday)s.",
                        nip=info.nip,
                        nip_date=info.birthday.isoformat(),
                        name=employee.name,
                        birthday=employee.birthday.isoformat(),
                    )
                )
            if employee.gender and employee.gender != info.gender:
                raise ValidationError(
                    self.env._(
                        "NIP %(nip)s gives the gender %(nip_gender)s (digit 15), which does "
                        "not match %(name)s's gender.",
                        nip=info.nip,
                        nip_gender=self.env._("male")
                        if info.gender == "male"
                        else self.env._("female"),
                        name=employee.name,
                    )
                )

    @api.constrains("asn_type", "pangkat_golongan")
    def _check_pangkat_golongan(self):
        for employee in self:
            pangkat = employee.pangkat_golongan
            if not pangkat or not employee.asn_type:
                continue
            if (employee.asn_type == "pppk") != pangkat.startswith("pppk_"):
                raise ValidationError(
                    self.env._(
                        "%(name)s: the rank %(pangkat)s does not belong to a %(asn_type)s "
                        "(PNS: I/a to IV/e; PPPK: I to XVII).",
                        name=employee.name,
                        pangkat=dict(PANGKAT_GOLONGAN)[pangkat],
                        asn_type=employee.asn_type.upper(),
                    )
                )

    @api.constrains("jenis_jabatan", "jenjang_jabatan_fungsional")
    def _check_jenjang_jabatan_fungsional(self):
        for employee in self:
            if employee.jenjang_jabatan_fungsional and employee.jenis_jabatan != "fungsional":
                raise ValidationError(
                    self.env._(
                        "%(name)s is not in a jabatan fungsional: clear the functional level.",
                        name=employee.name,
                    )
                )

    @api.constrains("kelas_jabatan")
    def _check_kelas_jabatan(self):
        for employee in self:
            if employee.kelas_jabatan and not 1 <= employee.kelas_jabatan <= 17:
                raise ValidationError(
                    self.env._(
                        "%(name)s: the position class is 1 to 17, not %(kelas)s.",
                        name=employee.name,
                        kelas=employee.kelas_jabatan,
                    )
                )

    @api.constrains("pejabat_penilai_delegasi_id")
    def _check_pejabat_penilai_delegasi_id(self):
        for employee in self:
            if employee.pejabat_penilai_delegasi_id == employee:
                raise ValidationError(
                    self.env._(
                        "%(name)s cannot be their own performance appraiser.", name=employee.name
                    )
                )

    def _kinerja_nip_message(self, err):
        """The user's sentence for a :class:`kinerja_rules.NipError`."""
        _ = self.env._
        p = err.params
        messages = {
            "digits": lambda: _("NIP %(nip)s may contain digits only.", **p),
            "length": lambda: _("NIP %(nip)s must be exactly 18 digits; it has %(count)s.", **p),
            "birth_date": lambda: _(
                "NIP %(nip)s: digits 1-8 (%(part)s) are not a real birth date YYYYMMDD.", **p
            ),
            "pppk_round": lambda: _(
                "NIP %(nip)s: digit 14 is the PPPK appointment round and must be 1 to 9.", **p
            ),
            "pppk_age": lambda: _(
                "NIP %(nip)s: the PPPK appointment year %(year)s is less than %(age)s years "
                "after the birth date.",
                **p,
            ),
            "tmt_month": lambda: _(
                "NIP %(nip)s: digits 9-14 (%(part)s) are not a real TMT CPNS month YYYYMM.", **p
            ),
            "tmt_age": lambda: _(
                "NIP %(nip)s: the TMT CPNS %(part)s is less than %(age)s years after the birth "
                "date.",
                **p,
            ),
            "gender": lambda: _(
                "NIP %(nip)s: digit 15 is the gender and must be 1 (male) or 2 (female).", **p
            ),
        }
        return messages[err.code]()

    # ------------------------------------------------------------------
    # CRUD
    # ------------------------------------------------------------------
    @api.model_create_multi
    def create(self, vals_list):
        vals_list = [self._kinerja_prepare_vals(vals) for vals in vals_list]
        employees = super().create(vals_list)
        self._kinerja_sync_penilai_group()
        if any(e.parent_id or e.user_id for e in employees if e.active):
            self._kinerja_struktur_berubah()
        return employees

    def write(self, vals):
        res = super().write(self._kinerja_prepare_vals(vals))
        if self._KINERJA_HIERARCHY_FIELDS.intersection(vals) or "job_title" in vals:
            self.env["hr.kinerja.skp"]._refresh_draft_snapshots()
            self._kinerja_sync_penilai_group()
        if {"parent_id", "user_id", "active"}.intersection(vals):
            self._kinerja_struktur_berubah()
        return res

    def unlink(self):
        berubah = bool(self.filtered(lambda e: e.parent_id or e.user_id or e.child_ids))
        res = super().unlink()
        self._kinerja_sync_penilai_group()
        if berubah:
            self._kinerja_struktur_berubah()
        return res

    def _kinerja_struktur_berubah(self):
        """The record rules hold each user's subordinates as a list
        (``res.users.kinerja_struktur_ids``), cached with the rule: a change of the
        hierarchy clears that cache, in every worker (registry signalling). An employee
        created or deleted outside the hierarchy (no manager, no user, no subordinate)
        changes nobody's list: creating a batch of new pegawai keeps the caches warm."""
        self.env["res.users"].invalidate_model(["kinerja_struktur_ids"])
        self.env.registry.clear_cache()

    # ------------------------------------------------------------------
    # Business helpers
    # ------------------------------------------------------------------
    _KINERJA_HIERARCHY_FIELDS = frozenset(
        {
            "parent_id",
            "jenis_jabatan",
            "pejabat_penilai_delegasi_id",
            "user_id",
            "active",
            "company_id",
            "department_id",
        }
    )

    @api.model
    def _kinerja_prepare_vals(self, vals):
        """Normalise the NIP and fill what it tells when the caller left it out."""
        if not vals.get("nip"):
            return vals
        vals = dict(vals, nip=kinerja_rules.normalize_nip(vals["nip"]))
        try:
            info = kinerja_rules.parse_nip(vals["nip"])
        except kinerja_rules.NipError:
            return vals  # the constraint raises the user's message
        if "asn_type" not in vals and not (len(self) == 1 and self.asn_type):
            vals["asn_type"] = info.asn_type
        if len(self) <= 1:
            if not vals.get("birthday") and not self.birthday:
                vals["birthday"] = info.birthday
            if not vals.get("gender") and not self.gender:
                vals["gender"] = info.gender
        return vals

    @api.model
    # -- the hierarchy as the performance cycle reads it -----------------------
    def _kinerja_pimpinan(self):
        """This employee's leaders from the hierarchy: the PPK and every superior (whose
        RHK may be intervened, spec decision 8)."""
        self.ensure_one()
        employee = self.sudo()
        superiors = employee.parent_id
        while superiors[-1:].parent_id and superiors[-1:].parent_id not in superiors:
            superiors |= superiors[-1:].parent_id
        return (employee.pejabat_penilai_id | superiors).sudo(False)

    def _kinerja_baca_snapshot(self, *lain):
        """Fetch for the batch only the columns ``_kinerja_snapshot_skp`` reads (and
        ``lain``): a first access would fetch each employee's whole, wide row, seconds
        at a province's 50,000 SKPs opened or submitted at once (issue 14)."""
        self.sudo().fetch(
            [
                "department_id",
                "job_title",
                "job_id",
                "pejabat_penilai_id",
                "atasan_pejabat_penilai_id",
                *lain,
            ]
        )

    def _kinerja_snapshot_skp(self, ids=False):
        """What an SKP records of this employee: jabatan, unit, PPK, atasan PPK (frozen
        at submission, spec decision 8: old records keep their snapshots)."""
        employee = self.sudo()

        def rec(record):
            return record.id if ids else record

        return {
            "department_id": rec(employee.department_id),
            "jabatan": employee.job_title or employee.job_id.name or False,
            "pejabat_penilai_id": rec(employee.pejabat_penilai_id),
            "atasan_pejabat_penilai_id": rec(employee.atasan_pejabat_penilai_id),
        }

    def _kinerja_penilai_users(self):
        """Users who are someone's Pejabat Penilai Kinerja right now.

        Derived or delegated appraisers of active employees, and the appraisers
        snapshotted on current SKPs still waiting for them (draft or submitted).
        """
        Employee = self.env["hr.employee"].sudo()
        live = Employee._read_group(
            [("pejabat_penilai_id", "!=", False), ("pejabat_penilai_id.user_id", "!=", False)],
            ["pejabat_penilai_id"],
        )
        snapshot = (
            self.env["hr.kinerja.skp"]
            .sudo()
            ._read_group(
                [
                    ("pejabat_penilai_id.user_id", "!=", False),
                    ("state", "in", ("draft", "diajukan")),
                    ("aktif", "=", True),
                ],
                ["pejabat_penilai_id"],
            )
        )
        return Employee.union(*(g[0] for g in live + snapshot)).user_id

    @api.model
    def _kinerja_sync_penilai_group(self):
        """Grant ``group_kinerja_penilai`` to every PPK, withdraw it from others.

        The group is managed here: being someone's PPK is what grants it. The
        admin group implies it, so its members keep it whatever happens.
        """
        self.env.flush_all()
        group = self.env.ref("hr_kinerja_asn.group_kinerja_penilai").sudo()
        admin = self.env.ref("hr_kinerja_asn.group_kinerja_admin").sudo()
        should = self._kinerja_penilai_users().filtered(lambda u: not u.share)
        current = group.users - admin.users
        to_add = should - group.users
        to_remove = current - should
        if to_add:
            group.write({"users": [Command.link(uid) for uid in to_add.ids]})
        if to_remove:
            group.write({"users": [Command.unlink(uid) for uid in to_remove.ids]})


def kinerja_angka_kredit_compute(employees):
    """Yearly and cumulative angka kredit of ``employees`` (``hr.employee`` or its public
    twin), read as the current user: one query for the batch (decision 5)."""
    env = employees.env
    data = env["hr.kinerja.evaluasi"]._angka_kredit_pegawai(employees.ids)
    _ = env._
    basis = {"periodik": _("periodic evaluations"), "tahunan": _("annual evaluation")}
    for employee in employees:
        own = data.get(employee.id)
        employee.angka_kredit_kumulatif = own["kumulatif"] if own else 0.0
        if not own:
            employee.angka_kredit_html = False
            continue
        head = Markup("<tr><th>%s</th><th>%s</th><th>%s</th><th class='text-end'>%s</th></tr>") % (
            _("Year"),
            _("Basis"),
            _("Months"),
            _("Credit Points"),
        )
        rows = Markup("").join(
            Markup("<tr><td>%s</td><td>%s</td><td>%s</td><td class='text-end'>%s</td></tr>")
            % (year, basis[jenis], bulan, f"{total:.2f}")
            for year, jenis, total, bulan in own["tahunan"]
        )
        employee.angka_kredit_html = Markup(
            "<table class='table table-sm o_kinerja_angka_kredit'>%s%s</table>"
        ) % (head, rows)
