"""Angka kredit of a jabatan fungsional on each final evaluation (spec decision 5).

=====================  ==================================================
Field                  Who sets it
=====================  ==================================================
jenjang, koefisien     finalisation (the unit's transition), frozen there:
                       a later promotion or a new koefisien never changes a
                       final evaluation's angka kredit
bulan_angka_kredit     computed from the evaluation's dates
angka_kredit           computed (predikat %, koefisien, months); nobody writes
=====================  ==================================================

The yearly total of a pegawai counts each year once (``kinerja_rules.
angka_kredit_tahunan``, decisions.md "Angka kredit"): the final periodic evaluations
when there are any, else the final annual ones.
"""

from collections import defaultdict

from odoo import api, fields, models
from odoo.tools import SQL

from . import kinerja_rules
from .hr_kinerja_angka_kredit_koefisien import JENJANG_JABATAN_FUNGSIONAL
from .hr_kinerja_evaluasi import EVALUASI_WORKFLOW_FIELDS

ANGKA_KREDIT_FIELDS = frozenset(
    {"jenjang_jabatan_fungsional", "koefisien_angka_kredit", "bulan_angka_kredit", "angka_kredit"}
)


class HrKinerjaEvaluasi(models.Model):
    _inherit = "hr.kinerja.evaluasi"
    _kinerja_workflow_fields = EVALUASI_WORKFLOW_FIELDS | ANGKA_KREDIT_FIELDS

    jenjang_jabatan_fungsional = fields.Selection(
        JENJANG_JABATAN_FUNGSIONAL,
        string="Functional Level",
        readonly=True,
        copy=False,
        help="The pegawai's jenjang when the evaluation became final.",
    )
    koefisien_angka_kredit = fields.Float(
        string="Yearly Coefficient",
        digits=(6, 2),
        readonly=True,
        copy=False,
        help="The coefficient of the jenjang in force when the evaluation became final.",
    )
    bulan_angka_kredit = fields.Integer(
        string="Months Covered",
        compute="_compute_bulan_angka_kredit",
        store=True,
        help="A monthly evaluation covers 1 month, a quarterly one 3, an annual one the "
        "months of its SKP.",
    )
    angka_kredit = fields.Float(
        string="Credit Points",
        digits=(6, 2),
        compute="_compute_angka_kredit",
        store=True,
        aggregator="sum",
        help="Predikat percentage x yearly coefficient x months / 12, rounded to two "
        "decimals (jabatan fungsional, final evaluations only).",
    )

    @api.depends("date_start", "date_end")
    def _compute_bulan_angka_kredit(self):
        for ev in self:
            ev.bulan_angka_kredit = kinerja_rules.bulan_dalam_rentang(ev.date_start, ev.date_end)

    @api.depends(
        "jenjang_jabatan_fungsional", "predikat", "koefisien_angka_kredit", "bulan_angka_kredit"
    )
    def _compute_angka_kredit(self):
        """Non-zero only on the final evaluations of jabatan fungsional: the jenjang is
        recorded in the finalising transition and a final evaluation stays final, so it
        stands for both. Not a dependency on ``state``: a province's finalisation would
        recompute 50,000 evaluations' angka kredit to find the few fungsional (issue
        14)."""
        for ev in self:
            ev.angka_kredit = (
                kinerja_rules.angka_kredit(
                    ev.koefisien_angka_kredit, ev.predikat, ev.bulan_angka_kredit
                )
                if ev.jenjang_jabatan_fungsional
                else 0.0
            )

    # ------------------------------------------------------------------
    @api.model
    def _angka_kredit(self, jenjang_code, predikat, months):
        """contract.md: the angka kredit of ``months`` rated ``predikat`` in a jenjang,
        with the koefisien in force for this evaluation's agency (the current agency
        when called on the model)."""
        company = self.company_id[:1] or self.env.company
        koefisien = self.env["hr.kinerja.angka.kredit.koefisien"]._koefisien(jenjang_code, company)
        return kinerja_rules.angka_kredit(koefisien, predikat, months)

    def _kinerja_finalkan(self, justifikasi):
        """Freeze the jenjang and its koefisien on the evaluations of jabatan fungsional
        as they become final (one write per jenjang and agency)."""
        self._kinerja_catat_jenjang()
        return super()._kinerja_finalkan(justifikasi)

    def _kinerja_catat_jenjang(self):
        evaluations = self.sudo()
        # the jabatan fungsional among a unit's or a province's evaluations in one
        # query (through the ORM every pegawai's whole record was read to find them)
        fungsional = self._kinerja_dengan_pegawai(
            SQL("ev.id, ev.company_id, e.jenjang_jabatan_fungsional"),
            SQL("e.jenis_jabatan = 'fungsional' AND e.jenjang_jabatan_fungsional IS NOT NULL"),
            ["company_id"],
        )
        koefisien = self.env["hr.kinerja.angka.kredit.koefisien"]._koefisien_map(
            self.env["res.company"].browse({company for _ev, company, _jenjang in fungsional})
        )
        groups = defaultdict(list)
        for ev_id, company_id, jenjang in fungsional:
            groups[(jenjang, koefisien.get((company_id, jenjang), 0.0))].append(ev_id)
        for (jenjang, value), ids in groups.items():
            evaluations.browse(ids)._kinerja_transisi().write(
                {"jenjang_jabatan_fungsional": jenjang, "koefisien_angka_kredit": value}
            )

    @api.model
    def _angka_kredit_pegawai(self, employee_ids):
        """{employee id: {"tahunan": [(year, basis, total, months)], "kumulatif": total}}
        from the final evaluations the current user may read, in one query for any
        number of employees (the reader's record rules decide what counts)."""
        groups = self._read_group(
            [
                ("employee_id", "in", list(employee_ids)),
                ("state", "=", "final"),
                ("jenjang_jabatan_fungsional", "!=", False),
            ],
            ["employee_id", "date_start:year", "jenis"],
            ["angka_kredit:sum", "bulan_angka_kredit:sum"],
        )
        per_tahun = defaultdict(dict)
        for employee, year, jenis, total, bulan in groups:
            per_tahun[(employee.id, year.year)][jenis] = (total, bulan)
        result = {}
        for (employee_id, year), per_jenis in sorted(per_tahun.items()):
            basis, total, bulan = kinerja_rules.angka_kredit_tahunan(per_jenis)
            data = result.setdefault(employee_id, {"tahunan": [], "kumulatif": 0.0})
            data["tahunan"].append((year, basis, total, bulan))
            data["kumulatif"] = round(data["kumulatif"] + total, 2)
        return result

    def _kinerja_angka_kredit_cetak(self):
        """The ANGKA KREDIT row of the Dokumen Evaluasi (Indonesian, official): None for
        a pegawai outside jabatan fungsional."""
        self.ensure_one()
        ev = self.sudo()
        jenjang = ev.jenjang_jabatan_fungsional
        if not jenjang:
            employee = ev.employee_id
            if ev.state == "final" or employee.jenis_jabatan != "fungsional":
                return None
            if not employee.jenjang_jabatan_fungsional:
                return None
            return {"nilai": "-", "dasar": "dihitung saat evaluasi menjadi final"}
        label = dict(JENJANG_JABATAN_FUNGSIONAL)[jenjang]
        persen = kinerja_rules.PERSEN_ANGKA_KREDIT.get(ev.predikat, 0)
        return {
            "nilai": _angka(ev.angka_kredit),
            "dasar": (
                f"{persen}% \u00d7 {_angka(ev.koefisien_angka_kredit)} \u00d7 "
                f"{ev.bulan_angka_kredit}/12 bulan (koefisien tahunan {label})"
            ),
        }


def _angka(value):
    """A number as an Indonesian document prints it: two decimals, decimal comma."""
    return f"{value:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")
