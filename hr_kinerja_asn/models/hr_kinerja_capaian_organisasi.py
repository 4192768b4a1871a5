"""Capaian kinerja organisasi: the achievement level of a unit (or the whole instansi)
for a period, set by the leader one level up (SE MenPANRB 3/2023) or the HR office.

It chooses the distribution pattern of the unit's predikat and may default a
unit head's rating hasil kerja (spec decision 1).
"""

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from .hr_kinerja_predikat import CAPAIAN


class HrKinerjaCapaianOrganisasi(models.Model):
    _name = "hr.kinerja.capaian.organisasi"
    _description = "Organisational Achievement"
    _inherit = ["mail.thread"]
    _order = "date_start desc, department_id"
    _check_company_auto = True

    company_id = fields.Many2one(
        "res.company",
        string="Agency",
        required=True,
        index=True,
        default=lambda self: self.env.company,
    )
    department_id = fields.Many2one(
        "hr.department",
        string="Unit",
        index=True,
        check_company=True,
        help="Empty: the whole agency.",
    )
    periode_id = fields.Many2one(
        "hr.kinerja.periode",
        string="Performance Year",
        required=True,
        index=True,
        check_company=True,
    )
    jenis = fields.Selection(
        [("periodik", "Periodic"), ("tahunan", "Annual")],
        required=True,
        default="periodik",
        string="Kind",
    )
    date_start = fields.Date(string="From", required=True)
    date_end = fields.Date(string="To", required=True)
    capaian = fields.Selection(CAPAIAN, string="Achievement", required=True, tracking=True)
    name = fields.Char(compute="_compute_name")

    _sql_constraints = [
        (
            "unit_period_uniq",
            "unique (company_id, department_id, jenis, date_start)",
            "This unit already has an achievement for that period.",
        ),
    ]

    @api.depends(
        "department_id", "date_start", "date_end", "jenis", "periode_id.periode_evaluasi_ids"
    )
    def _compute_name(self):
        """``Bidang Aplikasi Informatika · Februari 2026`` (the period's own name, in the
        words users read; dates in the Indonesian form when not a whole period)."""
        for rec in self:
            unit = rec.department_id.name or rec.company_id.name
            rec.name = f"{unit} · {rec._label_periode()}"

    def _label_periode(self):
        periode = self.periode_id
        if not (self.date_start and self.date_end):
            return ""
        if self.jenis == "tahunan" or (
            self.date_start == periode.date_start and self.date_end == periode.date_end
        ):
            return f"Tahunan {periode.tahun}"
        match = periode.periode_evaluasi_ids.filtered(
            lambda p: p.date_start == self.date_start and p.date_end == self.date_end
        )
        if match:
            return match.name
        tanggal = self.env["hr.kinerja.dokumen.mixin"]._kinerja_tanggal
        return f"{tanggal(self.date_start)} s.d. {tanggal(self.date_end)}"

    @api.constrains("date_start", "date_end", "periode_id")
    def _check_dates(self):
        for rec in self:
            if (
                rec.date_start > rec.date_end
                or rec.date_start < rec.periode_id.date_start
                or rec.date_end > rec.periode_id.date_end
            ):
                raise ValidationError(
                    self.env._("The achievement's period must lie within its performance year.")
                )

    def _check_can_set(self):
        """The leader one level up (manager of the parent unit) or the HR office."""
        if self.env.su or self.env.user._kinerja_is_hr():
            return
        for rec in self:
            above = rec.department_id.parent_id.manager_id
            if not rec.department_id or above.user_id != self.env.user:
                raise UserError(
                    self.env._(
                        "The achievement of %(unit)s is set by the leader one level up "
                        "(%(leader)s) or the HR office.",
                        unit=rec.department_id.name or rec.company_id.name,
                        leader=above.name or "-",
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        self._check_unik(vals_list)
        records = super().create(vals_list)
        records._check_can_set()
        records._apply_to_evaluations()
        return records

    def write(self, vals):
        self._check_can_set()
        self._check_not_final()
        res = super().write(vals)
        self._check_can_set()
        self._apply_to_evaluations()
        return res

    def _check_unik(self, vals_list):
        """One achievement per unit and period, said in words before the database's
        constraint would answer with its own error."""
        for vals in vals_list:
            company = vals.get("company_id") or self.env.company.id
            clash = self.sudo().search(
                [
                    ("company_id", "=", company),
                    ("department_id", "=", vals.get("department_id") or False),
                    ("jenis", "=", vals.get("jenis") or "periodik"),
                    ("date_start", "=", vals.get("date_start")),
                ],
                limit=1,
            )
            if clash:
                raise UserError(
                    self.env._(
                        "%(name)s already has an achievement: change it instead.",
                        name=clash.name,
                    )
                )

    def _check_not_final(self):
        """A unit finalised with this achievement keeps it: the documents print it."""
        if self.env.su:
            return
        final = (
            self.env["hr.kinerja.evaluasi.unit"]
            .sudo()
            .search([("capaian_organisasi_id", "in", self.ids), ("state", "=", "final")], limit=1)
        )
        if final:
            raise UserError(
                self.env._(
                    "%(unit)s was finalised with this achievement: it can no longer change.",
                    unit=final.name,
                )
            )

    @api.ondelete(at_uninstall=False)
    def _unlink_not_final(self):
        self._check_can_set()
        self._check_not_final()

    @api.model
    def _kinerja_untuk(self, company, department, jenis, date_start, date_end):
        """The achievement that covers a unit's period: the unit's own, else the whole
        agency's (empty ``department_id``), else none. Read as superuser: it decides
        patterns and defaults for whoever triggers them."""
        key = (department, jenis, date_start, date_end)
        return self._kinerja_untuk_batch(company, {key})[key]

    @api.model
    def _kinerja_untuk_batch(self, company, keys):
        """``_kinerja_untuk`` for many ``(department, jenis, date_start, date_end)`` of one
        agency in one search: ``{key: achievement}`` (a month's hundreds of units)."""
        if not keys:
            return {}
        found = self.sudo().search(
            [
                ("company_id", "=", company.id),
                ("jenis", "in", list({k[1] for k in keys})),
                ("date_start", "<=", max(k[2] for k in keys)),
                ("date_end", ">=", min(k[3] for k in keys)),
            ],
            order="id",
        )
        # indexed by (jenis, department): each key looks at its own few rows, never at
        # every row of the agency (keys x rows would grow with the square of the units)
        index = {}
        for capaian in found:
            index.setdefault((capaian.jenis, capaian.department_id.id), []).append(capaian)

        def covering(jenis, department_id, start, end):
            for capaian in index.get((jenis, department_id), ()):
                if capaian.date_start <= start and capaian.date_end >= end:
                    return capaian
            return self.browse()

        return {
            key: (key[0] and covering(key[1], key[0].id, key[2], key[3]))
            or covering(key[1], False, key[2], key[3])
            for key in keys
        }

    def _apply_to_evaluations(self):
        """Link the unit's evaluations of the period and default the unit heads' ratings."""
        units = (
            self.env["hr.kinerja.evaluasi.unit"]
            .sudo()
            .search(
                [
                    ("company_id", "in", self.company_id.ids),
                    ("date_start", "in", self.mapped("date_start")),
                ]
            )
        )
        units._link_capaian()
        units._evaluasi_semua()._apply_capaian_default()
