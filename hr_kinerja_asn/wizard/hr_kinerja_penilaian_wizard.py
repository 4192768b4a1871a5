"""Dialogs of the penilaian stage: calibration, justification, creating a period's evaluations."""

from odoo import api, fields, models
from odoo.exceptions import UserError

from ..models.hr_kinerja_predikat import RATING


class HrKinerjaKalibrasiWizard(models.TransientModel):
    _name = "hr.kinerja.kalibrasi.wizard"
    _description = "Calibrate an Evaluation"

    evaluasi_id = fields.Many2one("hr.kinerja.evaluasi", required=True)
    rating_hasil_kerja = fields.Selection(
        RATING,
        string="Work Result Rating",
        required=True,
        compute="_compute_ratings",
        store=True,
        readonly=False,
        precompute=True,
    )
    rating_perilaku = fields.Selection(
        RATING,
        string="Work Behaviour Rating",
        required=True,
        compute="_compute_ratings",
        store=True,
        readonly=False,
        precompute=True,
    )
    alasan = fields.Text(string="Reason", required=True)

    @api.depends("evaluasi_id")
    def _compute_ratings(self):
        for wizard in self:
            wizard.rating_hasil_kerja = wizard.evaluasi_id.rating_hasil_kerja
            wizard.rating_perilaku = wizard.evaluasi_id.rating_perilaku

    def action_confirm(self):
        self.ensure_one()
        self.evaluasi_id._kalibrasi(self.rating_hasil_kerja, self.rating_perilaku, self.alasan)
        return {"type": "ir.actions.act_window_close"}


class HrKinerjaFinalkanWizard(models.TransientModel):
    _name = "hr.kinerja.finalkan.wizard"
    _description = "Justify a Distribution"

    unit_id = fields.Many2one("hr.kinerja.evaluasi.unit", required=True)
    distribusi_html = fields.Html(related="unit_id.distribusi_html")
    justifikasi = fields.Text(string="Justification", required=True)

    def action_confirm(self):
        self.ensure_one()
        if not (self.justifikasi or "").strip():
            raise UserError(self.env._("Write the justification of the distribution."))
        self.unit_id.action_finalkan(justifikasi=self.justifikasi)
        return {"type": "ir.actions.act_window_close"}


class HrKinerjaBuatEvaluasiWizard(models.TransientModel):
    _name = "hr.kinerja.buat.evaluasi.wizard"
    _description = "Create a Period's Evaluations"

    periode_id = fields.Many2one("hr.kinerja.periode", required=True)
    jenis = fields.Selection(
        [("periodik", "Periodic"), ("tahunan", "Annual")],
        required=True,
        default="periodik",
        string="Kind",
    )
    periode_evaluasi_id = fields.Many2one(
        "hr.kinerja.periode.evaluasi",
        string="Period",
        compute="_compute_periode_evaluasi_id",
        store=True,
        readonly=False,
        precompute=True,
        domain="[('periode_id', '=', periode_id)]",
    )

    @api.depends("periode_id")
    def _compute_periode_evaluasi_id(self):
        """The period that ended last (evaluated in the days after it)."""
        today = fields.Date.context_today(self)
        for wizard in self:
            periods = wizard.periode_id.periode_evaluasi_ids
            wizard.periode_evaluasi_id = (
                periods.filtered(lambda p, t=today: p.date_end < t)[-1:] or periods[:1]
            )

    def action_confirm(self):
        self.ensure_one()
        if not self.env.user._kinerja_is_hr():
            raise UserError(self.env._("The HR office creates the period's evaluations."))
        periode = self.periode_id
        if self.jenis == "tahunan":
            start, end, label = (
                periode.date_start,
                periode.date_end,
                self.env._("Annual %(year)s", year=periode.tahun),
            )
        else:
            period = self.periode_evaluasi_id
            if not period:
                raise UserError(self.env._("Choose the period."))
            if period.periode_id != periode:
                raise UserError(self.env._("Choose a period of this performance year."))
            start, end, label = period.date_start, period.date_end, period.name
        evaluations = self.env["hr.kinerja.evaluasi"]._kinerja_antrikan_evaluasi(
            periode, start, end, self.jenis, label
        )
        if isinstance(evaluations, dict):
            return evaluations  # the batch the job queue runs
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "hr_kinerja_asn.hr_kinerja_evaluasi_unit_action"
        )
        action["domain"] = [("id", "in", evaluations.unit_id.ids)]
        return action
