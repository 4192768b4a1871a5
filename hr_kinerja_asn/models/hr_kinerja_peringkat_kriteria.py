"""Tie-breakers of the pemeringkatan, in the order an agency chooses.

PermenPANRB 6/2022 lists pemeringkatan among the tindak lanjut of the evaluation but
sets no order below the predikat (docs/decisions.md, decision 13). Each agency's HR
office lists here the tie-breakers it uses, in order (drag the rows; archive one to
stop using it). An agency with no row at all ranks with the default order of
``kinerja_rules.KRITERIA_PERINGKAT``: rating hasil kerja, rating perilaku, share of
realisasi reported on time, fewer coaching records. ``hr.kinerja.peringkat`` reads
these rows in SQL, so a change shows in the ranking at once.

=================  ===========================  =====================================
Action             Who                          Restriction
=================  ===========================  =====================================
read               every internal user          their agencies
create/write/del   the HR office                its agencies; a tie-breaker once each
=================  ===========================  =====================================
"""

from odoo import fields, models

KRITERIA = [
    ("hasil_kerja", "Work result rating (above > as expected > below)"),
    ("perilaku", "Work behaviour rating (above > as expected > below)"),
    ("tepat_waktu", "Share of realisation reported on time (higher first)"),
    ("pembinaan", "Coaching / counselling records in the period (fewer first)"),
]


class HrKinerjaPeringkatKriteria(models.Model):
    _name = "hr.kinerja.peringkat.kriteria"
    _description = "Ranking Tie-breaker"
    _order = "company_id, sequence, id"
    _check_company_auto = True

    company_id = fields.Many2one(
        "res.company",
        string="Agency",
        required=True,
        index=True,
        default=lambda self: self.env.company,
    )
    sequence = fields.Integer(default=10)
    kriteria = fields.Selection(KRITERIA, string="Tie-breaker", required=True)
    active = fields.Boolean(default=True)

    _sql_constraints = [
        (
            "company_kriteria_uniq",
            "unique (company_id, kriteria)",
            "Each tie-breaker is listed once per agency.",
        ),
    ]
