"""Start a period's realisation: one line per RHK (and indicator), prefilled from the daily log."""

from odoo import api, fields, models
from odoo.exceptions import UserError


class HrKinerjaRealisasiWizard(models.TransientModel):
    _name = "hr.kinerja.realisasi.wizard"
    _description = "Open a Period's Realisation"

    skp_id = fields.Many2one("hr.kinerja.skp", string="SKP", required=True)
    periode_id = fields.Many2one(related="skp_id.periode_id")
    skp_date_start = fields.Date(related="skp_id.date_start")
    skp_date_end = fields.Date(related="skp_id.date_end")
    periode_evaluasi_id = fields.Many2one(
        "hr.kinerja.periode.evaluasi",
        string="Period",
        required=True,
        compute="_compute_periode_evaluasi_id",
        store=True,
        readonly=False,
        precompute=True,
        domain="[('periode_id', '=', periode_id), ('date_start', '<=', skp_date_end), "
        "('date_end', '>=', skp_date_start)]",
    )

    @api.depends("skp_id")
    def _compute_periode_evaluasi_id(self):
        """The period being reported: the one that ended most recently while its
        reporting days run (spec decision 7: reported by day D1 of the next month)."""
        for wizard in self:
            skp = wizard.skp_id
            wizard.periode_evaluasi_id = skp.periode_id._periode_dilaporkan(
                skp.date_start, skp.date_end
            )

    def action_confirm(self):
        self.ensure_one()
        skp = self.skp_id
        skp._check_pelaksanaan_open()
        period = self.periode_evaluasi_id
        if period.periode_id != skp.periode_id:
            raise UserError(self.env._("Choose a period of the SKP's performance year."))
        start, end = max(period.date_start, skp.date_start), min(period.date_end, skp.date_end)
        if start > end:
            raise UserError(self.env._("The SKP does not cover that period."))
        existing = self.env["hr.kinerja.realisasi"].search(
            [("skp_id", "=", skp.id), ("date_start", "=", start)]
        )
        logs = self.env["hr.kinerja.log.harian"].search(
            [("skp_id", "=", skp.id), ("tanggal", ">=", start), ("tanggal", "<=", end)],
            order="tanggal, id",
        )
        vals = []
        for rhk in skp.rhk_ids.filtered(lambda r: not r.diambil_alih):
            targets = rhk.indikator_ids or [False]
            for ind in targets:
                if existing.filtered(
                    lambda r, h=rhk, i=ind: (
                        r.rhk_id == h and r.indikator_id == (i or r.indikator_id.browse())
                    )
                ):
                    continue
                lines = logs.filtered(lambda line, h=rhk: line.rhk_id == h)
                vals.append(
                    {
                        "skp_id": skp.id,
                        "rhk_id": rhk.id,
                        "indikator_id": ind.id if ind else False,
                        "date_start": start,
                        "date_end": end,
                        "realisasi": "\n".join(
                            f"{line.tanggal.strftime('%d/%m')}: {line.name}" for line in lines
                        )
                        if ind == targets[0]
                        else False,
                        "bukti_ids": [fields.Command.set(lines.bukti_ids.ids)]
                        if ind == targets[0]
                        else [],
                    }
                )
        if not vals and not existing:
            raise UserError(self.env._("This SKP has no RHK to document."))
        created = self.env["hr.kinerja.realisasi"].create(vals)
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "hr_kinerja_asn.hr_kinerja_realisasi_action_mine"
        )
        action["domain"] = [("id", "in", (created | existing).ids)]
        action["context"] = {}
        return action
