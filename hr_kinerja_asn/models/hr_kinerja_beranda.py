"""Beranda: the first screen of Kinerja ASN, one section per role the user holds.

What each person must decide or do this month, counted as that person (every count is
a search with their own rights, so a section shows only what its reader may open), each
with the list it opens in one click (issue 11, BKN e-Kinerja's dashboard of what is
due). The cycle's deadlines are those of decision 7.
"""

from odoo import api, fields, models
from odoo.tools import format_date

from .hr_kinerja_predikat import PREDIKAT


class HrKinerjaBeranda(models.AbstractModel):
    _name = "hr.kinerja.beranda"
    _description = "Performance Home"

    @api.model
    def get_beranda(self, periode_evaluasi_id=None):
        """Everything the home screen shows, for the current user only."""
        user = self.env.user
        employee = user.employee_id
        periode = self.env["hr.kinerja.periode"].search(
            [("company_id", "=", self.env.company.id), ("state", "!=", "draft")],
            order="tahun desc",
            limit=1,
        )
        bulan = self._bulan_dipilih(periode, periode_evaluasi_id)
        data = {
            "nama": user.name,
            "tahun": periode.tahun or False,
            "bulan": {"id": bulan.id, "name": bulan.name} if bulan else False,
            "daftar_bulan": [
                {"id": p.id, "name": p.name}
                for p in periode.periode_evaluasi_ids.filtered(
                    lambda p: p.date_start <= fields.Date.context_today(self)
                )
            ],
            "pegawai": self._bagian_pegawai(employee, periode, bulan) if employee else False,
            "ppk": False,
            "atasan": False,
            "hr": False,
        }
        if user.has_group("hr_kinerja_asn.group_kinerja_penilai"):
            if (
                self.env["hr.employee"]
                .sudo()
                .search_count([("pejabat_penilai_id.user_id", "=", user.id)], limit=1)
            ):
                data["ppk"] = self._bagian_ppk(employee, bulan)
            data["atasan"] = self._bagian_atasan(employee, bulan)
        if user._kinerja_is_hr():
            data["hr"] = self._bagian_hr(periode, bulan)
        return data

    # ------------------------------------------------------------------
    def _bulan_dipilih(self, periode, periode_evaluasi_id):
        """The month shown: the one asked for, else the one being reported (decision 7)."""
        chosen = self.env["hr.kinerja.periode.evaluasi"].browse(periode_evaluasi_id or [])
        if chosen and chosen.periode_id == periode:
            return chosen
        return periode._periode_dilaporkan()

    def _kartu(self, kode, label, model, domain, name=None, hint=None, views=("list", "form")):
        """One count with the list it opens: counted with the user's own rights.
        ``kode`` names the card whatever the language (the screen's tests find it)."""
        count = self.env[model].search_count(domain)
        return {
            "kode": kode,
            "label": label,
            "count": count,
            "hint": hint or "",
            "action": {
                "type": "ir.actions.act_window",
                "name": name or label,
                "res_model": model,
                "domain": domain,
                "views": [[False, v] for v in views],
                "target": "current",
            },
        }

    def _unit_domain(self, evaluasi_domain):
        """The open units holding the evaluations of ``evaluasi_domain`` (as the user)."""
        units = (
            self.env["hr.kinerja.evaluasi"]
            .search([*evaluasi_domain, ("unit_id.state", "=", "berjalan")])
            .unit_id
        )
        return [("id", "in", units.ids)]

    def _bagian_pegawai(self, employee, periode, bulan):
        _ = self.env._
        skp = self.env["hr.kinerja.skp"].search(
            [("employee_id", "=", employee.id), ("periode_id", "=", periode.id)],
            order="aktif desc, id desc",
            limit=1,
        )
        states = dict(skp._fields["state"]._description_selection(self.env))
        realisasi_domain = [("employee_id", "=", employee.id)]
        if bulan:
            realisasi_domain += [
                ("date_start", ">=", bulan.date_start),
                ("date_end", "<=", bulan.date_end),
            ]
        Realisasi = self.env["hr.kinerja.realisasi"]
        realisasi = Realisasi.search(realisasi_domain)
        batas = realisasi[:1].batas_lapor or (
            bulan and fields.Date.add(bulan.date_end, days=periode.hari_lapor_realisasi or 10)
        )
        # what the SKP still asks of its pegawai this month: each indicator once reported
        indikator = skp.rhk_ids.filtered(lambda r: not r.diambil_alih).indikator_ids
        if skp.state != "ditetapkan" or not skp.aktif:
            indikator = indikator.browse()
        reported = realisasi.filtered(lambda r: r.state == "dilaporkan")
        # a realisation without an indicator reports its RHK as a whole
        belum = indikator.filtered(
            lambda i: (
                i not in reported.indikator_id
                and i.rhk_id not in reported.filtered(lambda r: not r.indikator_id).rhk_id
            )
        )
        skp_action = {
            "type": "ir.actions.act_window",
            "name": _("My SKP"),
            "res_model": "hr.kinerja.skp",
            "res_id": skp.id,
            "views": [[False, "form"]],
            "target": "current",
        }
        due = self._tanggal(batas) if batas else ""
        return {
            "skp": {
                "id": skp.id,
                "name": skp.display_name,
                "state": states.get(skp.state, ""),
                "state_code": skp.state or "",
                "langkah": self._langkah_skp(skp, periode, bulan, len(belum), due),
            }
            if skp
            else False,
            "kartu": [
                self._kartu(
                    "realisasi_dilaporkan",
                    _("Realisations reported"),
                    "hr.kinerja.realisasi",
                    [*realisasi_domain, ("state", "=", "dilaporkan")],
                    hint=bulan.name if bulan else "",
                ),
                {
                    "kode": "indikator_belum",
                    "label": _("Indicators still to report"),
                    "count": len(belum),
                    "hint": _("due %(date)s", date=due) if due and belum else "",
                    "action": skp_action if skp else False,
                },
                self._kartu(
                    "umpan_balik",
                    _("Feedback received"),
                    "hr.kinerja.umpan.balik",
                    [
                        ("employee_id", "=", employee.id),
                        ("tanggal", ">=", periode.date_start),
                        ("tanggal", "<=", periode.date_end),
                    ],
                    hint=_("this year"),
                ),
                self._kartu(
                    "evaluasi_saya",
                    _("My evaluations"),
                    "hr.kinerja.evaluasi",
                    [("employee_id", "=", employee.id), ("state", "=", "final")],
                    hint=_("final"),
                ),
            ],
        }

    def _langkah_skp(self, skp, periode, bulan, belum, due):
        """The pegawai's next step, in one sentence (decision 7's deadlines)."""
        _ = self.env._
        if skp.state == "draft":
            return _(
                "Complete your SKP and submit it to your PPK (to be set by %(date)s).",
                date=self._tanggal(periode.batas_penetapan_skp),
            )
        if skp.state == "diajukan":
            return _("Submitted: your PPK sets it or returns it with notes.")
        if skp.state == "ditetapkan" and belum and bulan:
            return _(
                "Open the SKP and press Realisation of a Period: %(count)s indicator(s) "
                "of %(period)s to report by %(date)s.",
                count=belum,
                period=bulan.name,
                date=due,
            )
        if skp.state == "ditetapkan":
            return _("Everything of this period is reported.")
        return ""

    def _bagian_ppk(self, employee, bulan):
        _ = self.env._
        uid = self.env.uid
        month = (
            [("date_start", ">=", bulan.date_start), ("date_end", "<=", bulan.date_end)]
            if bulan
            else []
        )
        return {
            "kartu": [
                self._kartu(
                    "skp_tetapkan",
                    _("SKPs to set"),
                    "hr.kinerja.skp",
                    [("state", "=", "diajukan"), ("pejabat_penilai_id.user_id", "=", uid)],
                ),
                self._kartu(
                    "realisasi_periksa",
                    _("Realisations to read"),
                    "hr.kinerja.realisasi",
                    [
                        *month,
                        ("state", "=", "dilaporkan"),
                        ("pejabat_penilai_id.user_id", "=", uid),
                    ],
                    hint=bulan.name if bulan else "",
                ),
                self._kartu(
                    "nilai",
                    _("Ratings to give"),
                    "hr.kinerja.evaluasi",
                    [("state", "=", "draft"), ("penilai_id.user_id", "=", uid)],
                ),
                self._kartu(
                    "unit_finalkan",
                    _("Units to finalise"),
                    "hr.kinerja.evaluasi.unit",
                    self._unit_domain([("penilai_id.user_id", "=", uid)]),
                ),
                self._kartu(
                    "keberatan_jelaskan",
                    _("Objections to explain"),
                    "hr.kinerja.keberatan",
                    [
                        ("state", "=", "diajukan"),
                        ("penilai_id.user_id", "=", uid),
                        ("penjelasan_penilai", "=", False),
                    ],
                ),
            ],
        }

    def _bagian_atasan(self, employee, bulan):
        """Only for someone who is the atasan of a PPK (decision 7: late PPKs go to
        them); empty otherwise, so the section is not shown."""
        _ = self.env._
        uid = self.env.uid
        Evaluasi = self.env["hr.kinerja.evaluasi"]
        mine = [("atasan_penilai_id.user_id", "=", uid)]
        if not Evaluasi.search_count(mine, limit=1):
            return False
        late_domain = [*mine, ("state", "=", "draft")]
        if bulan:
            late_domain.append(("date_end", "<=", bulan.date_end))
        late = Evaluasi.search(late_domain)
        return {
            "kartu": [
                self._kartu(
                    "unit_diawasi",
                    _("Units I supervise"),
                    "hr.kinerja.evaluasi.unit",
                    self._unit_domain(mine),
                ),
                self._kartu(
                    "kalibrasi",
                    _("Rated, open to calibration"),
                    "hr.kinerja.evaluasi",
                    [*mine, ("state", "=", "dinilai")],
                ),
                self._kartu(
                    "keberatan_putus",
                    _("Objections to decide"),
                    "hr.kinerja.keberatan",
                    [("state", "=", "diajukan"), ("atasan_id.user_id", "=", uid)],
                ),
                self._kartu(
                    "belum_dinilai",
                    _("Not yet rated by their PPK"),
                    "hr.kinerja.evaluasi",
                    late_domain,
                    hint=", ".join(sorted(set(late.penilai_id.mapped("name")))),
                ),
            ],
        }

    def _bagian_hr(self, periode, bulan):
        """Per unit: who has an SKP set, reported, was rated, is final, and who has no
        SKP at all (with the reason when excluded); the predikat distribution per unit
        and for the whole instansi against the pattern (decision 2). Read in a fixed
        number of queries whatever the size of the agency (read_group)."""
        _ = self.env._
        company = self.env.company
        Employee = self.env["hr.employee"]
        asn = [
            ("company_id", "=", company.id),
            ("jenis_jabatan", "not in", [False, "pejabat_negara"]),
        ]
        skp_set = [
            ("periode_id", "=", periode.id),
            ("state", "=", "ditetapkan"),
            ("aktif", "=", True),
        ]
        Skp = self.env["hr.kinerja.skp"]
        with_skp = Skp.search(skp_set).employee_id
        rows = {}

        def row(department):
            key = department.id or 0
            if key not in rows:
                rows[key] = {
                    "id": key,
                    "name": department.name or company.name,
                    "pegawai": 0,
                    "skp": 0,
                    "dilaporkan": 0,
                    "dinilai": 0,
                    "final": 0,
                    "tanpa_skp": 0,
                    "predikat": dict.fromkeys([k for k, _label in PREDIKAT], 0),
                    "melanggar": False,
                    "unit_id": False,
                }
            return rows[key]

        for group in Employee.read_group(asn, ["department_id"], ["department_id"], lazy=False):
            department = Employee.env["hr.department"].browse(
                group["department_id"] and group["department_id"][0]
            )
            row(department)["pegawai"] = group["__count"]
        for group in Employee.read_group(
            [*asn, ("id", "in", with_skp.ids)], ["department_id"], ["department_id"], lazy=False
        ):
            department = Employee.env["hr.department"].browse(
                group["department_id"] and group["department_id"][0]
            )
            row(department)["skp"] = group["__count"]
        for r in rows.values():
            r["tanpa_skp"] = r["pegawai"] - r["skp"]
        if bulan:
            month = [
                ("company_id", "=", company.id),
                ("date_start", ">=", bulan.date_start),
                ("date_end", "<=", bulan.date_end),
            ]
            Realisasi = self.env["hr.kinerja.realisasi"]
            # one pegawai who reported counts once, in their department
            reporters = Realisasi.search([*month, ("state", "=", "dilaporkan")]).employee_id
            for group in Employee.read_group(
                [("id", "in", reporters.ids)], ["department_id"], ["department_id"], lazy=False
            ):
                department = Employee.env["hr.department"].browse(
                    group["department_id"] and group["department_id"][0]
                )
                row(department)["dilaporkan"] = group["__count"]
            Evaluasi = self.env["hr.kinerja.evaluasi"]
            for group in Evaluasi.read_group(
                [*month, ("jenis", "=", "periodik")],
                ["department_id", "state", "predikat"],
                ["department_id", "state", "predikat"],
                lazy=False,
            ):
                department = Employee.env["hr.department"].browse(
                    group["department_id"] and group["department_id"][0]
                )
                r = row(department)
                if group["state"] in ("dinilai", "final"):
                    r["dinilai"] += group["__count"]
                if group["state"] == "final":
                    r["final"] += group["__count"]
                if group["predikat"]:
                    r["predikat"][group["predikat"]] += group["__count"]
            units = self.env["hr.kinerja.evaluasi.unit"].search(month)
            # the pattern's verdict of every unit in a fixed number of queries
            verdicts = units._distribusi_rekap()
            for unit in units:
                r = row(unit.department_id)
                results = verdicts[unit.id][4]
                r["melanggar"] = r["melanggar"] or any(not v["ok"] for v in results)
                r["unit_id"] = r["unit_id"] or unit.id
        total = {
            key: sum(r[key] for r in rows.values())
            for key in ("pegawai", "skp", "dilaporkan", "dinilai", "final", "tanpa_skp")
        }
        total["predikat"] = {
            k: sum(r["predikat"][k] for r in rows.values()) for k, _label in PREDIKAT
        }
        predikat_names = dict(
            self.env["hr.kinerja.predikat"]._fields["code"]._description_selection(self.env)
        )
        tanpa_skp_domain = [*asn, ("id", "not in", with_skp.ids)]
        return {
            "unit": sorted(rows.values(), key=lambda r: r["name"]),
            "total": total,
            "predikat": [{"code": k, "name": predikat_names[k]} for k, _label in PREDIKAT],
            "tanpa_skp": {
                "type": "ir.actions.act_window",
                "name": _("ASN without a set SKP"),
                "res_model": "hr.employee",
                "domain": tanpa_skp_domain,
                "views": [
                    [self.env.ref("hr_kinerja_asn.hr_employee_view_list_tanpa_skp").id, "list"],
                    [False, "form"],
                ],
                "target": "current",
            },
            "analisis": {
                "type": "ir.actions.act_window",
                "name": _("Evaluation Analysis"),
                "res_model": "hr.kinerja.evaluasi",
                "domain": [("company_id", "=", company.id)],
                "views": [[False, "pivot"], [False, "graph"], [False, "list"]],
                "context": {"search_default_group_department": 1},
                "target": "current",
            },
        }

    def _tanggal(self, date):
        """``10 Februari 2026``: the date in words, in the user's language."""
        return format_date(self.env, date, date_format="d MMMM y")
