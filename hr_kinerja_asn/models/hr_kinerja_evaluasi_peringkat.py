"""The reader's view of a final evaluation's rank (docs/decisions.md, decision 13).

The ranks come from ``hr.kinerja.peringkat``, searched **as the reader**: its record
rules decide, so the pegawai sees their own rank, their PPK and leaders see it, the
HR office sees it, and anyone else reading the evaluation (nobody, by the evaluation
rules) would see nothing.
"""

from odoo import api, fields, models


class HrKinerjaEvaluasi(models.Model):
    _inherit = "hr.kinerja.evaluasi"  # pylint: disable=consider-merging-classes-inherited

    peringkat_unit = fields.Integer(compute="_compute_peringkat", string="Rank in Unit")
    peringkat_instansi = fields.Integer(compute="_compute_peringkat", string="Rank in Agency")
    peringkat_label = fields.Char(compute="_compute_peringkat", string="Rank")

    @api.depends("state")
    @api.depends_context("uid")
    def _compute_peringkat(self):
        rows = self.env["hr.kinerja.peringkat"].search_fetch(
            [("evaluasi_id", "in", self.filtered(lambda e: e.state == "final").ids)],
            ["peringkat_unit", "jumlah_unit", "peringkat_instansi", "jumlah_instansi"],
        )
        by_id = {row.id: row for row in rows}
        for ev in self:
            row = by_id.get(ev.id)
            ev.peringkat_unit = row.peringkat_unit if row else 0
            ev.peringkat_instansi = row.peringkat_instansi if row else 0
            ev.peringkat_label = (
                self.env._(
                    "%(unit)s of %(unit_total)s in the unit · "
                    "%(agency)s of %(agency_total)s in the agency",
                    unit=row.peringkat_unit,
                    unit_total=row.jumlah_unit,
                    agency=row.peringkat_instansi,
                    agency_total=row.jumlah_instansi,
                )
                if row
                else False
            )
