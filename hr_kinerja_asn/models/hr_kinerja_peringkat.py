"""Pemeringkatan: the rank of each final evaluation in its unit and in its agency.

PermenPANRB 6/2022 names pemeringkatan among the tindak lanjut of the evaluation
(docs/decisions.md, decision 13). Only **final** evaluations are ranked, within one
kind (periodik or tahunan) and one period (the unit evaluation's dates), by:

1. the predikat, best first (``kinerja_rules.URUTAN_PREDIKAT``);
2. then the agency's tie-breakers in its order (``hr.kinerja.peringkat.kriteria``;
   default: rating hasil kerja, rating perilaku, share of realisasi reported on time,
   fewer coaching records). Pegawai equal on every key share a rank (``RANK()``).

Design: a read-only SQL view (``_auto = False``, hr_holidays' reporting models).
Every tie-breaker is a numeric column, higher is better (a rating is 3/2/1, the
on-time share a percentage, coaching records count negative so fewer ranks first);
the agency's order is read in the same query as an array per company and turned into
``kunci_1`` .. ``kunci_4`` by ``CASE``, and the window functions order by those. So
the order is configurable per agency without rebuilding anything, and the ranking is
always that of the data now: no stored table to keep in step.

- *Unit*: the unit evaluation the pegawai is rated in (a unit head ranks in her
  PPK's unit, decision 2). *Agency*: every final evaluation of the company, kind and
  period.
- *On time*: realisasi of the pegawai overlapping the evaluation's dates; reported
  (``dilaporkan``) with ``tanggal_lapor`` (its UTC date) on or before ``batas_lapor``
  counts on time; a draft never reported counts late. No realisasi: no share, ranked
  after those who have one on this key.
- *Coaching*: ``hr.kinerja.pembinaan`` of the pegawai dated inside the evaluation's
  dates; fewer ranks first, since coaching follows feedback without progress
  (PermenPANRB 6/2022, pembinaan kinerja).

Visibility (``security/rules_peringkat.xml``): the pegawai reads their own row, the
PPK, atasan PPK and leaders above read their subtree's rows (the shape of the
evaluation rules), the HR office its agencies, nobody another agency. The ranks are
computed over every final evaluation, whoever reads them.
"""

from odoo import fields, models, tools

from . import kinerja_rules
from .hr_kinerja_predikat import PREDIKAT, RATING


def _nilai_case(column, urutan):
    """SQL CASE giving ``column`` its sort value (higher is better)."""
    whens = " ".join(
        f"WHEN '{key}' THEN {kinerja_rules.nilai_urutan(key, urutan)}" for key in urutan
    )
    return f"CASE {column} {whens} ELSE 0 END"


class HrKinerjaPeringkat(models.Model):
    _name = "hr.kinerja.peringkat"
    _inherit = ["hr.kinerja.laporan.mixin"]
    _description = "Performance Ranking"
    _auto = False
    _order = "date_start desc, jenis, peringkat_instansi, employee_id"
    _rec_name = "employee_id"
    #: the Daftar Peringkat prints a selection as one list (models/ir_actions_report.py)
    _kinerja_satu_dokumen = True

    evaluasi_id = fields.Many2one("hr.kinerja.evaluasi", string="Evaluation", readonly=True)
    employee_id = fields.Many2one("hr.employee", readonly=True)
    company_id = fields.Many2one("res.company", string="Agency", readonly=True)
    periode_id = fields.Many2one("hr.kinerja.periode", string="Performance Year", readonly=True)
    unit_id = fields.Many2one("hr.kinerja.evaluasi.unit", string="Unit Evaluation", readonly=True)
    department_id = fields.Many2one("hr.department", string="Unit", readonly=True)
    jenis = fields.Selection(
        [("periodik", "Periodic"), ("tahunan", "Annual")], string="Kind", readonly=True
    )
    date_start = fields.Date(string="From", readonly=True)
    date_end = fields.Date(string="To", readonly=True)
    periode_label = fields.Char(string="Period", readonly=True)
    penilai_id = fields.Many2one("hr.employee", string="Performance Appraiser (PPK)", readonly=True)
    atasan_penilai_id = fields.Many2one("hr.employee", string="Appraiser's Superior", readonly=True)
    predikat = fields.Selection(PREDIKAT, readonly=True)
    rating_hasil_kerja = fields.Selection(RATING, string="Work Result Rating", readonly=True)
    rating_perilaku = fields.Selection(RATING, string="Work Behaviour Rating", readonly=True)
    persen_tepat_waktu = fields.Float(
        string="Reported On Time (%)", readonly=True, aggregator="avg", digits=(5, 1)
    )
    jumlah_pembinaan = fields.Integer(string="Coaching Records", readonly=True)
    peringkat_unit = fields.Integer(string="Rank in Unit", readonly=True, aggregator="min")
    jumlah_unit = fields.Integer(string="Ranked in Unit", readonly=True, aggregator="max")
    peringkat_instansi = fields.Integer(string="Rank in Agency", readonly=True, aggregator="min")
    jumlah_instansi = fields.Integer(string="Ranked in Agency", readonly=True, aggregator="max")
    jumlah = fields.Integer(string="Count", readonly=True)

    # ------------------------------------------------------------------
    def _query(self):
        default = ", ".join(f"'{k}'" for k in kinerja_rules.KRITERIA_PERINGKAT)
        kunci = ",\n".join(
            f"""CASE u.kriteria[{i}]
                    WHEN 'hasil_kerja' THEN b.nilai_hasil
                    WHEN 'perilaku' THEN b.nilai_perilaku
                    WHEN 'tepat_waktu' THEN b.persen_tepat_waktu
                    WHEN 'pembinaan' THEN -b.jumlah_pembinaan
                END AS kunci_{i}"""
            for i in range(1, len(kinerja_rules.KRITERIA_PERINGKAT) + 1)
        )
        order = ", ".join(
            ["k.nilai_predikat DESC"]
            + [
                f"k.kunci_{i} DESC NULLS LAST"
                for i in range(1, len(kinerja_rules.KRITERIA_PERINGKAT) + 1)
            ]
        )
        unit = "PARTITION BY k.unit_id"
        agency = "PARTITION BY k.company_id, k.jenis, k.date_start, k.date_end"
        return f"""
            WITH urutan AS (
                SELECT c.id AS company_id,
                       CASE WHEN EXISTS (
                                SELECT 1 FROM hr_kinerja_peringkat_kriteria x
                                 WHERE x.company_id = c.id)
                            THEN ARRAY(
                                SELECT x.kriteria::varchar FROM hr_kinerja_peringkat_kriteria x
                                 WHERE x.company_id = c.id AND x.active
                                 ORDER BY x.sequence, x.id)
                            ELSE ARRAY[{default}]::varchar[]
                       END AS kriteria
                  FROM res_company c
            ),
            dasar AS (
                SELECT e.id, e.employee_id, e.company_id, e.periode_id, e.unit_id,
                       u.department_id, e.jenis, u.date_start, u.date_end,
                       u.periode_label, e.penilai_id, e.atasan_penilai_id, e.predikat,
                       e.rating_hasil_kerja, e.rating_perilaku,
                       {_nilai_case("e.predikat", kinerja_rules.URUTAN_PREDIKAT)}
                           AS nilai_predikat,
                       {_nilai_case("e.rating_hasil_kerja", kinerja_rules.URUTAN_RATING)}
                           AS nilai_hasil,
                       {_nilai_case("e.rating_perilaku", kinerja_rules.URUTAN_RATING)}
                           AS nilai_perilaku,
                       r.persen_tepat_waktu,
                       COALESCE(p.jumlah, 0) AS jumlah_pembinaan
                  FROM hr_kinerja_evaluasi e
                  JOIN hr_kinerja_evaluasi_unit u ON u.id = e.unit_id
                  LEFT JOIN LATERAL (
                        SELECT ROUND(100.0 * COUNT(*) FILTER (
                                   WHERE rr.state = 'dilaporkan'
                                     AND rr.tanggal_lapor::date <= rr.batas_lapor
                               ) / COUNT(*), 1)::float AS persen_tepat_waktu
                          FROM hr_kinerja_realisasi rr
                         WHERE rr.employee_id = e.employee_id
                           AND rr.date_start <= e.date_end
                           AND rr.date_end >= e.date_start
                        HAVING COUNT(*) > 0
                  ) r ON TRUE
                  LEFT JOIN LATERAL (
                        SELECT COUNT(*) AS jumlah
                          FROM hr_kinerja_pembinaan pp
                         WHERE pp.employee_id = e.employee_id
                           AND pp.tanggal BETWEEN e.date_start AND e.date_end
                  ) p ON TRUE
                 WHERE e.state = 'final'
            ),
            kunci AS (
                SELECT b.*, {kunci}
                  FROM dasar b
                  JOIN urutan u ON u.company_id = b.company_id
            )
            SELECT k.id, k.id AS evaluasi_id, k.employee_id, k.company_id, k.periode_id,
                   k.unit_id, k.department_id, k.jenis, k.date_start, k.date_end,
                   k.periode_label, k.penilai_id, k.atasan_penilai_id, k.predikat,
                   k.rating_hasil_kerja, k.rating_perilaku, k.persen_tepat_waktu,
                   k.jumlah_pembinaan,
                   RANK() OVER ({unit} ORDER BY {order}) AS peringkat_unit,
                   COUNT(*) OVER ({unit}) AS jumlah_unit,
                   RANK() OVER ({agency} ORDER BY {order}) AS peringkat_instansi,
                   COUNT(*) OVER ({agency}) AS jumlah_instansi,
                   1 AS jumlah
              FROM kunci k
        """

    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        self.env.cr.execute(f"CREATE OR REPLACE VIEW {self._table} AS ({self._query()})")

    # ------------------------------------------------------------------
    def _kinerja_tolak(self):
        return self.env._("The ranking is computed from final evaluations: it cannot be edited.")
