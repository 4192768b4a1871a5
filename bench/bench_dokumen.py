"""Timing of the official documents as real PDFs, on the demo database.

Run (with `make run` serving the demo, so wkhtmltopdf can fetch the report assets):
    .venv/bin/odoo shell -c .odoorc -d <demo db> --log-level=error < bench/bench_dokumen.py
Prints the wall time of: one SKP vs every demo SKP printed from the list in one PDF
(one wkhtmltopdf run per SKP, see models/ir_actions_report.py), and the Dokumen
Evaluasi of a unit of 2 vs 40 evaluations (one run, one page each). Rolled back.
"""

import datetime
import time

env = env(context=dict(env.context, tracking_disable=True))  # noqa: F821 - odoo shell global
Report = env["ir.actions.report"].with_context(force_report_rendering=True)


def pdf(report, records):
    start = time.perf_counter()
    content = Report._render_qweb_pdf(f"hr_kinerja_asn.{report}", records.ids)[0]
    assert content.startswith(b"%PDF")
    return time.perf_counter() - start


skps = env["hr.kinerja.skp"].search([])
one, many = pdf("report_skp", skps[:1]), pdf("report_skp", skps)
print(f"SKP: 1 in {one:.2f}s, {len(skps)} in {many:.2f}s (x{many / one:.1f} for x{len(skps)})")

unit = env["hr.kinerja.evaluasi.unit"].search([("state", "=", "final")], limit=1)
small = pdf("report_evaluasi_unit", unit)
template = unit.evaluasi_ids[:1]
big = unit.copy({"date_start": datetime.date(2026, 12, 1), "periode_label": "Bench"})
for day in range(40):
    template.sudo().copy(
        {"unit_id": big.id, "date_start": datetime.date(2025, 1, 1) + datetime.timedelta(day)}
    )
large = pdf("report_evaluasi_unit", big)
n_small, n_large = len(unit.evaluasi_ids), len(big.evaluasi_ids)
print(
    f"Unit: {n_small} documents in {small:.2f}s, {n_large} in {large:.2f}s "
    f"(x{large / small:.1f} for x{n_large / n_small:.0f})"
)
env.cr.rollback()
