"""Start a period's realisation: one line per RHK (and indicator), prefilled from the daily log."""

from odoo import api, fields, models
from odoo.exceptions import UserError

from ..models import kinerja_rules


class HrKinerjaRealisasiWizard(models.TransientModel):
    _name = "hr.kinerja.realisasi.wizard"
    _description = "Open a Period's Realisation"

    skp_id = fields.Many2one("hr.kinerja.skp", string="SKP", required=True)
    periode = fields.Selection(selection="_selection_periode", string="Period", required=True)

    @api.model
    def _selection_periode(self):
        skp = self.env["hr.kinerja.skp"].browse(self.env.context.get("default_skp_id"))
        if not skp:
            return []
        return [
            (start.isoformat(), label)
            for start, end, label in skp.periode_id._evaluation_periods()
            if start <= skp.date_end and end >= skp.date_start
        ]

    def action_confirm(self):
        self.ensure_one()
        skp = self.skp_id
        skp._check_pelaksanaan_open()
        start = fields.Date.from_string(self.periode)
        start, end, _label = kinerja_rules.period_of(start, skp.periode_id.frekuensi_evaluasi)
        start, end = max(start, skp.date_start), min(end, skp.date_end)
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
