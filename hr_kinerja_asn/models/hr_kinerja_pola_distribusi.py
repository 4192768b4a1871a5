"""Pola distribusi: the distribution pattern of predikat for one capaian organisasi level.

National defaults (SE MenPANRB 3/2023, spec decision 2) have no company; an
instansi overrides a level by creating its own pattern for that capaian. The
arithmetic lives in ``kinerja_rules.check_distribution``.
"""

from odoo import api, fields, models

from . import kinerja_rules
from .hr_kinerja_predikat import CAPAIAN


class HrKinerjaPolaDistribusi(models.Model):
    _name = "hr.kinerja.pola.distribusi"
    _description = "Distribution Pattern"
    _order = "company_id nulls first, capaian"

    capaian = fields.Selection(CAPAIAN, string="Organisational Achievement", required=True)
    company_id = fields.Many2one(
        "res.company", string="Agency", help="Empty: the national default."
    )
    aturan_ids = fields.One2many(
        "hr.kinerja.pola.distribusi.aturan", "pola_id", string="Rules", copy=True
    )
    name = fields.Char(compute="_compute_name")

    _sql_constraints = [
        (
            "capaian_company_uniq",
            "unique (capaian, company_id)",
            "An agency has one pattern per achievement level.",
        ),
    ]

    @api.depends("capaian", "company_id")
    def _compute_name(self):
        labels = dict(self._fields["capaian"]._description_selection(self.env))
        for pola in self:
            pola.name = labels.get(pola.capaian, "")

    @api.model
    def _for(self, capaian, company):
        """The pattern in force: the agency's own, else the national default."""
        patterns = self.sudo().search(
            [("capaian", "=", capaian), ("company_id", "in", [company.id, False])],
            order="company_id nulls last",
        )
        return patterns[:1]

    def _aturan(self):
        """The pattern's rules as ``kinerja_rules.check_distribution`` takes them."""
        self.ensure_one()
        return [(a.predikat_ids.mapped("code"), a.jenis, a.nilai) for a in self.aturan_ids]

    def _check_counts(self, counts, rules=None):
        """The pattern's rules checked on a unit's ``counts``; ``rules``: ``_aturan``
        read once for many units (a province's finalisation checks thousands)."""
        self.ensure_one()
        if rules is None:
            rules = self._aturan()
        results = kinerja_rules.check_distribution(rules, counts)
        for result, aturan in zip(results, self.aturan_ids, strict=True):
            result["aturan"] = aturan
        return results
