"""Koefisien angka kredit: the yearly credit points of each jenjang of a jabatan fungsional.

Who may do what:

=====================  ==================================================
everyone (internal)    read the national rows and their own agency's
HR office              create, change and delete its own agency's rows
nobody in an agency    changes the national rows (empty ``company_id``)
=====================  ==================================================

The national rows (spec decision 5) have no company; an instansi overrides a jenjang
by creating its own row for it, as with the distribution patterns. The arithmetic
lives in ``kinerja_rules.angka_kredit``.
"""

from odoo import api, fields, models

#: contract.md: ``hr.employee.jenjang_jabatan_fungsional``
JENJANG_JABATAN_FUNGSIONAL = [
    ("pemula", "Pemula"),
    ("terampil", "Terampil"),
    ("mahir", "Mahir"),
    ("penyelia", "Penyelia"),
    ("ahli_pertama", "Ahli Pertama"),
    ("ahli_muda", "Ahli Muda"),
    ("ahli_madya", "Ahli Madya"),
    ("ahli_utama", "Ahli Utama"),
]


class HrKinerjaAngkaKreditKoefisien(models.Model):
    _name = "hr.kinerja.angka.kredit.koefisien"
    _description = "Credit Point Coefficient"
    _order = "company_id nulls first, sequence, id"

    jenjang = fields.Selection(
        JENJANG_JABATAN_FUNGSIONAL, string="Functional Level", required=True, index=True
    )
    name = fields.Char(compute="_compute_name")
    sequence = fields.Integer(default=10)
    koefisien = fields.Float(
        string="Yearly Coefficient",
        digits=(6, 2),
        required=True,
        help="Credit points of a full year rated Baik (100 %).",
    )
    company_id = fields.Many2one(
        "res.company", string="Agency", index=True, help="Empty: the national default."
    )

    _sql_constraints = [
        (
            "jenjang_company_uniq",
            "unique (jenjang, company_id)",
            "An agency has one coefficient per functional level.",
        ),
        ("koefisien_positive", "check (koefisien > 0)", "A coefficient is more than zero."),
    ]

    @api.depends("jenjang")
    def _compute_name(self):
        labels = dict(self._fields["jenjang"]._description_selection(self.env))
        for row in self:
            row.name = labels.get(row.jenjang, "")

    @api.model
    def _koefisien_map(self, companies):
        """{(company id, jenjang): koefisien in force}: the agency's own row, else the
        national one, for every jenjang of ``companies`` in one query."""
        rows = self.sudo().search_fetch(
            [("company_id", "in", [*companies.ids, False])], ["jenjang", "koefisien", "company_id"]
        )
        national = {r.jenjang: r.koefisien for r in rows if not r.company_id}
        result = {}
        for company in companies:
            result.update({(company.id, j): k for j, k in national.items()})
        for row in rows.filtered("company_id"):
            result[(row.company_id.id, row.jenjang)] = row.koefisien
        return result

    @api.model
    def _koefisien(self, jenjang, company):
        """The koefisien in force for ``jenjang`` in ``company`` (0 when none)."""
        return self._koefisien_map(company).get((company.id, jenjang), 0.0)
