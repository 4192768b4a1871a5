"""Indikator Kinerja Individu (IKI) and target of one RHK, per aspek.

Quantitative SKPs carry numeric targets (min/max and a unit); qualitative
SKPs a narrative ``target_uraian`` instead (regulation-research 1.2-1.3).
"""

from odoo import api, fields, models
from odoo.exceptions import ValidationError

ASPEK = [
    ("kuantitas", "Quantity"),
    ("kualitas", "Quality"),
    ("waktu", "Time"),
    ("biaya", "Cost"),
]


class HrKinerjaIndikator(models.Model):
    _name = "hr.kinerja.indikator"
    _inherit = ["hr.kinerja.skp.line.mixin"]
    _description = "Individual Performance Indicator (IKI)"
    _kinerja_skp_parent = "rhk_id"
    # by the parent's id, not its order: reading the lines of thousands of RHKs must not
    # join the RHK, SKP, year, agency and employee tables to sort them (issue 14)
    _order = "rhk_id.id, sequence, id"

    rhk_id = fields.Many2one(
        "hr.kinerja.rhk", string="RHK", required=True, index=True, ondelete="cascade"
    )
    skp_id = fields.Many2one(related="rhk_id.skp_id", store=True, index=True)
    company_id = fields.Many2one(related="rhk_id.company_id", store=True, index=True)
    pendekatan = fields.Selection(related="rhk_id.skp_id.pendekatan")
    sequence = fields.Integer(default=10)
    name = fields.Text(string="Indicator", required=True)
    aspek = fields.Selection(ASPEK, string="Aspect", required=True, default="kuantitas")
    target_min = fields.Float(string="Target (min)")
    target_max = fields.Float(string="Target (max)")
    satuan = fields.Char(string="Unit of Measure", help="e.g. dokumen, laporan, %, hari")
    target_uraian = fields.Text(
        string="Success Measure and Target",
        help="Qualitative SKP: the narrative measure of success and target.",
    )
    sumber_data = fields.Char(string="Data Source")
    sifat_target = fields.Selection(
        [("kumulatif", "Adds up over the year"), ("tetap", "The same every period")],
        string="Target per Period",
        compute="_compute_sifat_target",
        store=True,
        readonly=False,
        precompute=True,
        help="How the yearly target splits into the periods the PPK rates: a count "
        "(documents, reports) adds up, so each month carries its share; a rate (%, an "
        "index, days of service) must be met every period.",
    )

    @api.depends("satuan")
    def _compute_sifat_target(self):
        """A percentage or an index is met every period; anything counted adds up."""
        for ind in self:
            satuan = (ind.satuan or "").strip().lower()
            tetap = "%" in satuan or satuan.startswith(("persen", "indeks", "index", "nilai"))
            ind.sifat_target = "tetap" if tetap else "kumulatif"

    def _target_periode(self, date_start, date_end):
        """The target of one period of the SKP (issue 11: the PPK rates a month against
        the month's target, not the year's): the year's share by months for a target
        that adds up, the whole target for one met every period."""
        self.ensure_one()
        if self.sifat_target == "tetap" or not (date_start and date_end):
            return self.target_max
        skp = self.rhk_id.skp_id

        def months(start, end):
            return (end.year - start.year) * 12 + end.month - start.month + 1

        share = months(date_start, date_end) / max(months(skp.date_start, skp.date_end), 1)
        return round(self.target_max * min(share, 1.0), 2)

    @api.constrains("target_min", "target_max", "satuan", "target_uraian", "rhk_id")
    def _check_target(self):
        for ind in self:
            if ind.skp_id.pendekatan == "kualitatif":
                if not (ind.target_uraian or "").strip():
                    raise ValidationError(
                        self.env._(
                            'Indicator "%(name)s": a qualitative SKP needs the narrative '
                            "measure of success and target.",
                            name=ind.name,
                        )
                    )
                continue
            if ind.target_min < 0 or ind.target_max < 0:
                raise ValidationError(
                    self.env._('Indicator "%(name)s": targets cannot be negative.', name=ind.name)
                )
            if not ind.target_max:
                raise ValidationError(
                    self.env._('Indicator "%(name)s": enter the target.', name=ind.name)
                )
            if ind.target_min > ind.target_max:
                raise ValidationError(
                    self.env._(
                        'Indicator "%(name)s": the minimum target %(min)s is above the '
                        "maximum %(max)s.",
                        name=ind.name,
                        min=ind.target_min,
                        max=ind.target_max,
                    )
                )
            if not (ind.satuan or "").strip():
                raise ValidationError(
                    self.env._('Indicator "%(name)s": enter the unit of the target.', name=ind.name)
                )
