"""Talent view (nine-box): the latest final annual evaluation of each pegawai against
the potential the HR office recorded.

Manajemen talenta places each ASN on a 3 x 3 grid of kinerja and potential (Kepka
BKN 411/2025 requires it from 2026; shared/spec/regulation-research.md, "New since
2024"). Here (docs/decisions.md, decision 14):

- *kinerja* comes from the predikat of the pegawai's latest **final annual**
  evaluation (``kinerja_rules.SUMBU_KINERJA``): sangat baik is above expectations,
  baik as expected, butuh perbaikan, kurang and sangat kurang below;
- *potential* is ``kinerja_potensi`` on the employee (rendah, menengah, tinggi),
  which only the HR office fills, with the date and the source of the assessment;
- the box (1..9) follows ``kinerja_rules.KOTAK_TALENTA``; without a potential the
  pegawai has no box yet ("Potential not assessed").

A read-only SQL view; the unit shown is the pegawai's unit on that evaluation. Only
leaders and the HR office read it (``security/rules_peringkat.xml``): a PPK or
leader their subtree (never their own row), the HR office its agencies.
"""

from odoo import api, fields, models, tools

from . import kinerja_rules
from .hr_kinerja_predikat import PREDIKAT

SUMBU = [("rendah", "Low"), ("menengah", "Medium"), ("tinggi", "High")]
SUMBU_KINERJA = [
    ("rendah", "Below expectations"),
    ("menengah", "As expected"),
    ("tinggi", "Above expectations"),
]
KOTAK = [
    ("1", "1 · Performance below expectations and low potential"),
    ("2", "2 · Performance below expectations and medium potential"),
    ("3", "3 · Performance as expected and low potential"),
    ("4", "4 · Performance below expectations and high potential"),
    ("5", "5 · Performance as expected and medium potential"),
    ("6", "6 · Performance above expectations and low potential"),
    ("7", "7 · Performance as expected and high potential"),
    ("8", "8 · Performance above expectations and medium potential"),
    ("9", "9 · Performance above expectations and high potential"),
]


class HrKinerjaTalenta(models.Model):
    _name = "hr.kinerja.talenta"
    _inherit = ["hr.kinerja.laporan.mixin"]
    _description = "Talent Nine-Box"
    _auto = False
    _order = "kotak desc, employee_id"
    _rec_name = "employee_id"

    evaluasi_id = fields.Many2one("hr.kinerja.evaluasi", string="Annual Evaluation", readonly=True)
    employee_id = fields.Many2one("hr.employee", readonly=True)
    company_id = fields.Many2one("res.company", string="Agency", readonly=True)
    periode_id = fields.Many2one("hr.kinerja.periode", string="Performance Year", readonly=True)
    department_id = fields.Many2one("hr.department", string="Unit", readonly=True)
    penilai_id = fields.Many2one("hr.employee", string="Performance Appraiser (PPK)", readonly=True)
    atasan_penilai_id = fields.Many2one("hr.employee", string="Appraiser's Superior", readonly=True)
    predikat = fields.Selection(PREDIKAT, readonly=True)
    sumbu_kinerja = fields.Selection(SUMBU_KINERJA, string="Performance", readonly=True)
    potensi = fields.Selection(SUMBU, string="Potential", readonly=True)
    kotak = fields.Selection(KOTAK, string="Box", readonly=True, group_expand="_expand_kotak")
    jumlah = fields.Integer(string="Count", readonly=True)

    @api.model
    def _expand_kotak(self, values, domain):
        """Every box is a column of the kanban, even an empty one."""
        return [key for key, _label in KOTAK]

    def _query(self):
        sumbu = " ".join(
            f"WHEN '{predikat}' THEN '{axis}'"
            for predikat, axis in kinerja_rules.SUMBU_KINERJA.items()
        )
        kotak = " ".join(
            f"WHEN x.sumbu_kinerja = '{k}' AND x.potensi = '{p}' THEN '{box}'"
            for (k, p), box in kinerja_rules.KOTAK_TALENTA.items()
        )
        return f"""
            SELECT x.*, CASE {kotak} END AS kotak
              FROM (
                SELECT DISTINCT ON (e.employee_id)
                       e.id, e.id AS evaluasi_id, e.employee_id, e.company_id, e.periode_id,
                       e.department_id, e.penilai_id, e.atasan_penilai_id, e.predikat,
                       CASE e.predikat {sumbu} END AS sumbu_kinerja,
                       emp.kinerja_potensi AS potensi,
                       1 AS jumlah
                  FROM hr_kinerja_evaluasi e
                  JOIN hr_employee emp ON emp.id = e.employee_id
                 WHERE e.state = 'final' AND e.jenis = 'tahunan'
                 ORDER BY e.employee_id, e.date_end DESC, e.id DESC
              ) x
        """

    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        self.env.cr.execute(f"CREATE OR REPLACE VIEW {self._table} AS ({self._query()})")

    def _kinerja_tolak(self):
        return self.env._(
            "The talent view is computed from final annual evaluations and the "
            "potential on the employee: it cannot be edited."
        )
