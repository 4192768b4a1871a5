"""Spreadsheet recaps (OCA ``report_xlsx``) for the HR office and the leaders: SKP per
unit, realisation per month, a unit's evaluations with its predikat distribution.

Every recap reads its records as the user who asks: ``check_access("read")`` on the
records of the request refuses the whole file when one of them is out of the user's
reach (record rules, companies), whatever route or ids called it. What the recap
prints beside the records (the NIP of the pegawai and the PPK's name, like the
identity blocks of the official documents) is read as superuser once the records
passed that check. Each recap costs a fixed number of queries whatever the number of
records: prefetched fields, one ``_read_group`` per count.

The recaps speak Bahasa Indonesia whenever it is installed (they are the agency's
administrative documents, like the official forms), else the user's language; dates
are dd/mm/yyyy and numbers are real numbers with thousands separators, which Excel
and LibreOffice show with the reader's own separators (1.234,5 in Indonesian).
"""

import datetime

from odoo import fields, models

from . import istilah

#: column kinds: how a value is written and formatted
TEKS, TANGGAL, BULAT, ANGKA = "teks", "tanggal", "bulat", "angka"


class Lembar:
    """One worksheet being written: the header block, tables with a bold bordered
    header row (the first one frozen and setting the column widths), rows of typed
    cells. A later table may start further right (``col0``) to use wider columns."""

    def __init__(self, workbook, formats, name):
        self.sheet = workbook.add_worksheet(nama_lembar(name))
        self.f = formats
        self.row = 0
        self.col0 = 0
        self.columns = []

    def kepala(self, lines):
        """The header block: agency, title, then lines such as the period."""
        for i, text in enumerate(lines):
            style = self.f["instansi"] if i == 0 else self.f["judul"] if i == 1 else None
            self.sheet.write_string(self.row, 0, text or "", style)
            self.row += 1
        self.row += 1

    def tabel(self, columns, first=True, col0=0):
        """Start a table of ``columns`` (label, width, kind); the first table of the
        sheet sets the widths and freezes its header row."""
        self.columns, self.col0 = columns, col0
        for i, (label, width, _kind) in enumerate(columns):
            if first:
                self.sheet.set_column(col0 + i, col0 + i, width)
            self.sheet.write_string(self.row, col0 + i, label, self.f["th"])
        if first:
            self.sheet.freeze_panes(self.row + 1, 0)
        self.row += 1

    def baris(self, values, bold=False, styles=None):
        """One table row, each value written as its column's kind (``styles``: a
        format name per column index, for text cells)."""
        styles = styles or {}
        for i, value in enumerate(values):
            col, kind = self.col0 + i, self.columns[i][2]
            if value is None or value is False or value == "":
                self.sheet.write_blank(self.row, col, None, self.f["td"])
            elif kind == TANGGAL:
                moment = datetime.datetime.combine(value, datetime.time())
                self.sheet.write_datetime(self.row, col, moment, self.f["tgl"])
            elif kind in (BULAT, ANGKA):
                style = "bulat" if kind == BULAT or float(value).is_integer() else "angka"
                self.sheet.write_number(
                    self.row, col, value, self.f[style + ("_b" if bold else "")]
                )
            else:
                style = styles.get(i, "td_b" if bold else "td")
                self.sheet.write_string(self.row, col, str(value), self.f[style])
        self.row += 1

    def bagian(self, title, columns):
        """A smaller table below the first, from the third column (wider there): a
        blank row, its title, then ``columns`` as (label, kind)."""
        self.row += 1
        self.catatan(title, "bagian", col=2)
        self.tabel([(label, None, kind) for label, kind in columns], first=False, col0=2)

    def judul_baris(self, text, style="grup"):
        """A row across the table (a unit's name, a subtotal)."""
        last = self.col0 + max(len(self.columns) - 1, 1)
        self.sheet.merge_range(self.row, self.col0, self.row, last, text, self.f[style])
        self.row += 1

    def catatan(self, text, style=None, col=0):
        self.sheet.write_string(self.row, col, text, self.f[style] if style else None)
        self.row += 1


def nama_lembar(name):
    """A worksheet name Excel accepts: 31 characters at most, none of []:*?/\\."""
    for char in "[]:*?/\\":
        name = name.replace(char, "-")
    return name.strip()[:31] or "-"


class HrKinerjaRekapXlsx(models.AbstractModel):
    _name = "hr.kinerja.rekap.xlsx"
    _inherit = "report.report_xlsx.abstract"
    _description = "Performance Recap Spreadsheet"
    #: which recap a report model writes (``_tulis_<jenis>``), set by ``_adapter``
    _rekap_jenis = None

    def generate_xlsx_report(self, workbook, data, objs):
        objs.check_access("read")
        lang = self._rekap_lang()
        rekap = self.with_context(lang=lang)
        rekap._rekap_tulis(workbook, rekap._rekap_formats(workbook), objs.with_context(lang=lang))

    def _rekap_tulis(self, workbook, formats, records):
        """Write the recap of ``records``: the writer of the report's kind."""
        return getattr(self, f"_tulis_{self._rekap_jenis}")(workbook, formats, records)

    # -- shared helpers -----------------------------------------------------------
    def _rekap_lang(self):
        """Bahasa Indonesia when installed, else the user's language."""
        return "id_ID" if self.env["res.lang"]._lang_get("id_ID") else self.env.lang

    def _rekap_formats(self, workbook):
        border = {"border": 1, "valign": "top"}
        specs = {
            "instansi": {"bold": True, "font_size": 12},
            "judul": {"bold": True, "font_size": 14},
            "th": {
                **border,
                "bold": True,
                "bg_color": "#D9E1F2",
                "text_wrap": True,
                "align": "center",
                "valign": "vcenter",
            },
            "td": {**border, "text_wrap": True},
            "td_b": {**border, "text_wrap": True, "bold": True},
            "tgl": {**border, "num_format": "dd/mm/yyyy", "align": "left"},
            "bulat": {**border, "num_format": "#,##0"},
            "angka": {**border, "num_format": "#,##0.00"},
            "bulat_b": {**border, "num_format": "#,##0", "bold": True},
            "angka_b": {**border, "num_format": "#,##0.00", "bold": True},
            "grup": {**border, "bold": True, "bg_color": "#F2F2F2"},
            "subtotal": {**border, "italic": True},
            "bagian": {"bold": True, "font_size": 11},
            "salah": {"bold": True, "font_color": "#C00000"},
            "salah_td": {**border, "bold": True, "font_color": "#C00000"},
            "benar_td": {**border, "font_color": "#006100"},
        }
        return {name: workbook.add_format(spec) for name, spec in specs.items()}

    def _rekap_kepala(self, records, title, period_lines):
        """Agency, title, period and who printed it when, for ``Lembar.kepala``."""
        companies = records.sudo().company_id or self.env.company
        now = fields.Datetime.context_timestamp(self, fields.Datetime.now())
        printed = self.env._(
            "Printed on %(date)s by %(user)s",
            date=now.strftime("%d/%m/%Y %H:%M"),
            user=self.env.user.name,
        )
        return [", ".join(companies.mapped("name")), title, *period_lines, printed]

    def _rekap_label(self, records, field):
        """The label of a selection field's value, in the recap's language."""
        return dict(records._fields[field]._description_selection(self.env))

    def _rekap_tanggal(self, value):
        """A datetime as the date it was in the user's zone (a date is kept)."""
        if isinstance(value, datetime.datetime):
            return fields.Datetime.context_timestamp(self, value).date()
        return value or None

    def _rekap_kolom_pegawai(self):
        """The first columns of a list of pegawai: number, NIP, name, position."""
        _ = self.env._
        return [
            (_("No."), 5, BULAT),
            (_("NIP"), 21, TEKS),
            (_("Name"), 28, TEKS),
            (_("Position"), 30, TEKS),
        ]

    def _rekap_unit(self, department):
        return department.complete_name or self.env._("(no unit)")

    # -- the recaps -----------------------------------------------------------------
    def _tulis_skp(self, workbook, formats, records):
        """SKP per unit: a group of rows per unit, its subtotal, then a summary."""
        _ = self.env._
        # by unit (the pegawai without one last), then by name
        skps = records.sorted(
            lambda s: (
                not s.department_id,
                s.department_id.complete_name or "",
                s.employee_id.name or "",
                s.id,
            )
        )
        years = sorted(set(skps.periode_id.mapped("tahun")))
        rhk_counts = dict(
            self.env["hr.kinerja.rhk"]._read_group(
                [("skp_id", "in", skps.ids)], ["skp_id"], ["__count"]
            )
        )
        states = self._rekap_label(skps, "state")
        people = skps.sudo().employee_id | skps.sudo().pejabat_penilai_id
        people.fetch(["name", "nip"])

        sheet = Lembar(workbook, formats, _("SKP per Unit"))
        period = ", ".join(str(y) for y in years) or "-"
        sheet.kepala(
            self._rekap_kepala(
                skps, _("SKP RECAP BY WORK UNIT"), [_("Performance year: %s", period)]
            )
        )
        sheet.tabel(
            [
                *self._rekap_kolom_pegawai(),
                (_("Performance Appraiser (PPK)"), 28, TEKS),
                (_("Status"), 15, TEKS),
                (_("Date Set"), 14, TANGGAL),
                (_("Number of RHK"), 10, BULAT),
            ]
        )
        summary = []
        units = {}
        for skp in skps:
            units.setdefault(skp.department_id, []).append(skp)
        for department, members in units.items():
            unit = self._rekap_unit(department)
            sheet.judul_baris(_("Work unit: %s", unit))
            for no, skp in enumerate(members, start=1):
                sheet.baris(
                    [
                        no,
                        skp.employee_id.sudo().nip,
                        skp.employee_id.sudo().name,
                        skp.jabatan,
                        skp.pejabat_penilai_id.sudo().name,
                        states.get(skp.state),
                        self._rekap_tanggal(skp.tanggal_penetapan),
                        rhk_counts.get(skp, 0),
                    ]
                )
            ditetapkan = sum(1 for skp in members if skp.state == "ditetapkan")
            sheet.judul_baris(
                _(
                    "Subtotal %(unit)s: %(count)s SKP, %(set)s set, %(not_set)s not set yet",
                    unit=unit,
                    count=len(members),
                    set=ditetapkan,
                    not_set=len(members) - ditetapkan,
                ),
                "subtotal",
            )
            summary.append((unit, len(members), ditetapkan, len(members) - ditetapkan))

        sheet.bagian(
            _("Summary per work unit"),
            [
                (_("Work Unit"), TEKS),
                (_("SKP"), BULAT),
                (_("Set"), BULAT),
                (_("Not Set Yet"), BULAT),
            ],
        )
        for line in summary:
            sheet.baris(list(line))
        sheet.baris([_("Total"), *(sum(line[i] for line in summary) for i in (1, 2, 3))], bold=True)

    def _tulis_realisasi(self, workbook, formats, records):
        """Realisation per month: one row per realisation, with its evidence."""
        _ = self.env._
        rows = records.sorted(lambda r: (r.date_start, r.employee_id.name or "", r.rhk_id.id, r.id))
        states = self._rekap_label(rows, "state")
        # evidence files per realisation: one grouping by file over the whole selection
        evidence = dict.fromkeys(rows.ids, 0)
        for _file, ids in self.env["hr.kinerja.realisasi"]._read_group(
            [("id", "in", rows.ids), ("bukti_ids", "!=", False)], ["bukti_ids"], ["id:array_agg"]
        ):
            for rec_id in ids:
                evidence[rec_id] += 1
        # the action plans' targets of the period, for every RHK at once
        plans = self.env["hr.kinerja.rencana.aksi"].search_fetch(
            [("rhk_id", "in", rows.rhk_id.ids), ("target", "!=", False)],
            ["rhk_id", "date_start", "date_end", "target"],
        )
        rows.sudo().employee_id.fetch(["name", "nip"])

        sheet = Lembar(workbook, formats, _("Realisation"))
        labels = list(dict.fromkeys(rows.mapped("periode_label")))
        period = labels[0] if len(labels) == 1 else " - ".join(labels[:: len(labels) - 1])
        sheet.kepala(
            self._rekap_kepala(
                rows, _("MONTHLY REALISATION RECAP"), [_("Period: %s", period or "-")]
            )
        )
        sheet.tabel(
            [
                (_("No."), 5, BULAT),
                (_("Employee"), 26, TEKS),
                (_("NIP"), 21, TEKS),
                (_("Work Unit"), 24, TEKS),
                (_("Period"), 16, TEKS),
                (_("RHK"), 36, TEKS),
                (_("Indicator"), 30, TEKS),
                (_("Target"), 16, TEKS),
                (_("Period Target"), 22, TEKS),
                (_("Realised Value"), 12, ANGKA),
                (_("Realisation"), 36, TEKS),
                (_("Evidence"), 10, BULAT),
                (_("Status"), 13, TEKS),
                (_("Date Reported"), 13, TANGGAL),
            ]
        )
        for no, rec in enumerate(rows, start=1):
            period_target = "; ".join(
                plan.target
                for plan in plans
                if plan.rhk_id == rec.rhk_id
                and plan.date_start <= rec.date_end
                and plan.date_end >= rec.date_start
            )
            evidence_count = evidence[rec.id] + (1 if rec.bukti_url else 0)
            sheet.baris(
                [
                    no,
                    rec.employee_id.sudo().name,
                    rec.employee_id.sudo().nip,
                    self._rekap_unit(rec.skp_id.department_id),
                    rec.periode_label,
                    rec.rhk_id.name,
                    rec.indikator_id.name,
                    self.env["hr.kinerja.report"]._target(rec.indikator_id)
                    if rec.indikator_id.target_max
                    else rec.indikator_id.target_uraian,
                    period_target,
                    rec.nilai if (rec.indikator_id.target_max or rec.nilai) else None,
                    rec.realisasi,
                    evidence_count,
                    states.get(rec.state),
                    self._rekap_tanggal(rec.tanggal_lapor),
                ]
            )
        if rows:
            sheet.sheet.autofilter(sheet.row - len(rows) - 1, 0, sheet.row - 1, 13)

    def _tulis_evaluasi(self, workbook, formats, records):
        """One sheet per unit: its evaluations, then its distribution and pattern."""
        _ = self.env._
        units = records.sorted(lambda u: (u.date_start, u.department_id.complete_name or ""))
        # the rows the user may read (record rules), for every unit at once; the
        # distribution counts the whole unit, as the unit's form does
        evaluations = self.env["hr.kinerja.evaluasi"].search(
            [("unit_id", "in", units.ids)], order="is_kepala_unit desc, id"
        )
        evaluations.sudo().employee_id.fetch(["name", "nip"])
        evaluations.sudo().skp_id.fetch(["jabatan"])
        distribusi = units._distribusi_rekap()
        states = self._rekap_label(evaluations, "state")
        predikat_names = dict(istilah.PREDIKAT)
        capaian_names = dict(istilah.CAPAIAN)

        for unit in units:
            pola, counts, rated, total, results = distribusi[unit.id]
            unit_name = self._rekap_unit(unit.department_id)
            short = unit.department_id.name or unit_name
            sheet = Lembar(workbook, formats, f"{unit.periode_label or ''} - {short}")
            sheet.kepala(
                self._rekap_kepala(
                    unit,
                    _("PERFORMANCE EVALUATION RECAP"),
                    [
                        _("Work unit: %s", unit_name),
                        _("Period: %s", unit.periode_label or "-"),
                        _(
                            "Organisational achievement: %s",
                            capaian_names.get(unit.sudo().capaian, "-"),
                        ),
                        _("Status: %s", self._rekap_label(unit, "state").get(unit.state)),
                    ],
                )
            )
            sheet.tabel(
                [
                    *self._rekap_kolom_pegawai(),
                    (_("Work Result Rating"), 22, TEKS),
                    (_("Work Behaviour Rating"), 22, TEKS),
                    (_("Predikat"), 20, TEKS),
                    (_("Status"), 12, TEKS),
                ]
            )
            rows = evaluations.filtered(lambda e, u=unit: e.unit_id == u)
            for no, ev in enumerate(rows, start=1):
                sheet.baris(
                    [
                        no,
                        ev.employee_id.sudo().nip,
                        ev.employee_id.sudo().name,
                        ev.skp_id.sudo().jabatan,
                        istilah.RATING.get(ev.rating_hasil_kerja),
                        istilah.RATING.get(ev.rating_perilaku),
                        predikat_names.get(ev.predikat),
                        states.get(ev.state),
                    ]
                )

            sheet.bagian(
                _("Predikat distribution of the unit"), [(_("Predikat"), TEKS), (_("Given"), BULAT)]
            )
            for key, label in istilah.PREDIKAT.items():
                sheet.baris([label, counts.get(key, 0)])
            sheet.baris([_("Rated"), rated], bold=True)
            sheet.baris([_("Evaluations in the unit"), total], bold=True)

            if not results:
                note = _("Set the organisational achievement to check the distribution.")
                sheet.row += 1
                sheet.catatan(note, col=2)
            else:
                sheet.bagian(
                    _("Distribution pattern: %s", pola.sudo().name),
                    [
                        (_("Predikat"), TEKS),
                        (_("Rule"), TEKS),
                        (_("Allowed / required"), TEKS),
                        (_("Given"), BULAT),
                        (_("Status"), TEKS),
                    ],
                )
                for line in unit._distribusi_baris(results, istilah.PREDIKAT, rated):
                    values = [line[k] for k in ("predikat", "aturan", "batas", "diberikan")]
                    style = "benar_td" if line["ok"] else "salah_td"
                    sheet.baris([*values, line["status"]], styles={4: style})
                if any(not line["ok"] for line in results):
                    sheet.catatan(_("The distribution breaches the pattern."), "salah", col=2)
            if unit.justifikasi:
                sheet.catatan(_("Justification: %s", unit.justifikasi), col=2)

    def _tulis_tunjangan(self, workbook, formats, records):
        """The month's TPP list (daftar nominatif) the HR office hands to the treasurer:
        per unit, each pegawai's pagu, both parts and the amount, with the total."""
        _ = self.env._
        months = sorted(set(records.mapped("bulan_label")), key=lambda m: m or "")
        states = self._rekap_label(records, "state")
        predikat = self._rekap_label(records, "predikat")
        records.sudo().employee_id.fetch(["name", "nip", "job_title"])
        sheet = Lembar(workbook, formats, _("Allowances"))
        sheet.kepala(
            self._rekap_kepala(
                records,
                _("LIST OF PERFORMANCE ALLOWANCES (TPP)"),
                [_("Month: %s", ", ".join(months) or "-")],
            )
        )
        sheet.tabel(
            [
                *self._rekap_kolom_pegawai(),
                (_("Job Class"), 8, BULAT),
                (_("Predikat"), 16, TEKS),
                (_("Ceiling"), 14, BULAT),
                (_("Performance (%)"), 12, ANGKA),
                (_("Performance Part"), 14, BULAT),
                (_("Discipline Cuts (%)"), 12, ANGKA),
                (_("Discipline Part"), 14, BULAT),
                (_("Corrections"), 12, BULAT),
                (_("Amount"), 15, BULAT),
                (_("Status"), 12, TEKS),
            ]
        )
        units = {}
        for rec in records.sorted(
            lambda r: (r.department_id.complete_name or "", r.employee_id.name or "", r.id)
        ):
            units.setdefault(rec.department_id, []).append(rec)
        total = 0.0
        for department, members in units.items():
            sheet.judul_baris(_("Work unit: %s", self._rekap_unit(department)))
            for no, rec in enumerate(members, start=1):
                employee = rec.sudo().employee_id
                sheet.baris(
                    [
                        no,
                        employee.nip,
                        employee.name,
                        employee.job_title,
                        rec.kelas_jabatan,
                        predikat.get(rec.predikat, ""),
                        rec.pagu,
                        rec.persen_kinerja,
                        rec.jumlah_kinerja - rec.koreksi,
                        rec.potongan_persen,
                        rec.jumlah_disiplin,
                        rec.koreksi,
                        rec.jumlah,
                        states.get(rec.state, ""),
                    ]
                )
                total += rec.jumlah
        sheet.baris(
            ["", "", _("Total"), "", None, "", None, None, None, None, None, None, total, ""],
            bold=True,
        )


def _adapter(jenis, description):
    """The ``report.<report_name>`` model report_xlsx looks up, bound to a recap."""
    return type(
        f"Rekap{jenis.title()}Xlsx",
        (models.AbstractModel,),
        {
            "__module__": __name__,
            "_name": f"report.hr_kinerja_asn.rekap_{jenis}_xlsx",
            "_inherit": "hr.kinerja.rekap.xlsx",
            "_description": description,
            "_rekap_jenis": jenis,
        },
    )


RekapSkpXlsx = _adapter("skp", "SKP Recap by Unit (spreadsheet)")
RekapRealisasiXlsx = _adapter("realisasi", "Monthly Realisation Recap (spreadsheet)")
RekapEvaluasiXlsx = _adapter("evaluasi", "Unit Evaluation Recap (spreadsheet)")
RekapTunjanganXlsx = _adapter("tunjangan", "Monthly Allowance List (spreadsheet)")
