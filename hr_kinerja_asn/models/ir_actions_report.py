"""Print several performance documents at once on a stock Debian wkhtmltopdf.

Odoo renders a multi-record PDF by handing wkhtmltopdf one HTML file per record in a
single run; the Debian build (unpatched Qt) fails that run ("Exit with code 1"), for
Odoo's own reports too. Our reports are therefore rendered one record per run and
merged by Odoo as usual: printing a selection from a list still gives one PDF.
A list document (``_kinerja_satu_dokumen`` on its model, e.g. the Daftar Peringkat)
prints every record in one article, so it is rendered in one run.
"""

from odoo import models

MODULE_PREFIX = "hr_kinerja_asn."


class IrActionsReport(models.Model):
    _inherit = "ir.actions.report"

    def _render_qweb_pdf_prepare_streams(self, report_ref, data, res_ids=None):
        report = self._get_report(report_ref)
        if not (
            report.report_name.startswith(MODULE_PREFIX)
            and res_ids
            and len(res_ids) > 1
            and not getattr(self.env[report.model], "_kinerja_satu_dokumen", False)
        ):
            return super()._render_qweb_pdf_prepare_streams(report_ref, data, res_ids=res_ids)
        streams = {}
        for res_id in dict.fromkeys(res_ids):
            streams.update(
                super()._render_qweb_pdf_prepare_streams(report_ref, data, res_ids=[res_id])
            )
        return streams
