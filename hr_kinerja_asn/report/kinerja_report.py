"""Rendering context of the official documents.

One base (``hr.kinerja.report``) does what every document needs: it checks that the
user may read each record printed (``check_access``: nobody prints what they cannot
read, whatever route called the report), and hands the templates the helpers for the
official forms. The identity blocks read the pegawai, PPK and atasan PPK as superuser:
the user may read the document, and the form prints those officials' identity. The
small adapters below only bind the base to each report name, as Odoo requires.
"""

from types import SimpleNamespace

from odoo import api, models
from odoo.exceptions import AccessError

from . import istilah

# the regulation's terms, as the templates see them (QWeb refuses modules)
ISTILAH = SimpleNamespace(
    **{name: getattr(istilah, name) for name in dir(istilah) if name.isupper()}
)


class HrKinerjaReport(models.AbstractModel):
    _name = "hr.kinerja.report"
    _description = "Performance Document Rendering"
    _kinerja_model = None

    @api.model
    def _get_report_values(self, docids, data=None):
        docs = self.env[self._kinerja_model].browse(docids)
        docs.check_access("read")
        return {
            "doc_ids": docids,
            "doc_model": self._kinerja_model,
            "docs": docs,
            "istilah": ISTILAH,
            "identitas": self._identitas,
            "tanggal": self.env["hr.kinerja.dokumen.mixin"]._kinerja_tanggal,
            "ttd": self._ttd,
            "umpan_balik": self._umpan_balik,
            "target": self._target,
        }

    @api.model
    def _target(self, indikator):
        """TARGET cell of a quantitative indicator: ``12 dokumen`` or ``80 - 100 %``."""
        low, high, unit = indikator.target_min, indikator.target_max, indikator.satuan or ""
        if low and high and low != high:
            return f"{low:g} - {high:g} {unit}".strip()
        return f"{(high or low):g} {unit}".strip()

    @api.model
    def _identitas(self, employee, jabatan=None, unit=None):
        """NAMA, NIP, PANGKAT/GOL. RUANG, JABATAN, UNIT KERJA of one official."""
        emp = employee.sudo()
        pangkat = dict(emp._fields["pangkat_golongan"].selection).get(emp.pangkat_golongan, "")
        return [
            ("NAMA", emp.name or "-"),
            ("NIP", emp.nip or "-"),
            ("PANGKAT/GOL. RUANG", pangkat or "-"),
            ("JABATAN", jabatan or emp.job_title or emp.job_id.name or "-"),
            ("UNIT KERJA", unit or emp.department_id.complete_name or "-"),
        ]

    @api.model
    def _ttd(self, doc, peran):
        """The signature block of a role: signer, time and QR, or None when unsigned."""
        sig = doc._kinerja_tanda_tangan_terakhir(peran)
        if not sig:
            return None
        return {
            "nama": sig.nama,
            "waktu": doc._kinerja_waktu(sig.signed_at, sig.user_id),
            "kode": sig.document_hash[:16].upper(),
            "qr": doc._kinerja_qr_src(sig),
        }

    @api.model
    def _umpan_balik(self, feedback):
        """Feedback lines as printed: source, giver as the pegawai may see it, text."""
        return [
            {
                "tanggal": self.env["hr.kinerja.dokumen.mixin"]._kinerja_tanggal(fb.tanggal),
                "sumber": istilah.SUMBER_UMPAN_BALIK.get(fb.sumber, ""),
                # the document reaches the pegawai: an anonymous giver is never printed,
                # whoever prints it (spec decision 11)
                "dari": "Anonim" if fb.anonim else fb.pemberi_label,
                "isi": fb.isi,
            }
            for fb in feedback.sorted(lambda f: (f.tanggal, f.id))
        ]


def _adapter(report, model, description):
    """The ``report.<module>.<template>`` model Odoo looks up, bound to the base."""
    return type(
        report,
        (models.AbstractModel,),
        {
            "__module__": __name__,
            "_name": f"report.hr_kinerja_asn.{report}",
            "_inherit": "hr.kinerja.report",
            "_description": description,
            "_kinerja_model": model,
        },
    )


ReportSkp = _adapter("report_skp", "hr.kinerja.skp", "SKP Document")
ReportLampiranSkp = _adapter("report_lampiran_skp", "hr.kinerja.skp", "SKP Annex Document")
ReportEvaluasi = _adapter(
    "report_evaluasi", "hr.kinerja.evaluasi", "Performance Evaluation Document"
)
ReportDokumenEvaluasi = _adapter(
    "report_dokumen_evaluasi", "hr.kinerja.evaluasi", "Performance Evaluation Record"
)

ReportPeringkat = _adapter("report_peringkat", "hr.kinerja.peringkat", "Ranking List")


class ReportEvaluasiUnit(models.AbstractModel):
    _name = "report.hr_kinerja_asn.report_evaluasi_unit"
    _inherit = "hr.kinerja.report"
    _description = "Evaluation Documents of a Unit"
    _kinerja_model = "hr.kinerja.evaluasi.unit"

    @api.model
    def _get_report_values(self, docids, data=None):
        values = super()._get_report_values(docids, data)
        values["docs"].evaluasi_ids.check_access("read")
        return values


class ReportLaporanUnit(models.AbstractModel):
    """Pelaporan berjenjang: the HR office's bundle of a unit and period (issue 12).

    The HR office alone prints it (it reads every pegawai's SKP and evaluation of the
    unit); the summary counts come in a fixed number of queries per unit."""

    _name = "report.hr_kinerja_asn.report_laporan_unit"
    _inherit = "hr.kinerja.report"
    _description = "Unit Report to the Leaders (SKP and Evaluation Documents)"
    _kinerja_model = "hr.kinerja.evaluasi.unit"

    @api.model
    def _get_report_values(self, docids, data=None):
        if not (self.env.su or self.env.user._kinerja_is_hr()):
            raise AccessError(self.env._("The HR office prints the unit report to the leaders."))
        values = super()._get_report_values(docids, data)
        values["docs"].evaluasi_ids.check_access("read")
        values["ringkasan"] = self._ringkasan
        return values

    @api.model
    def _ringkasan(self, unit):
        """The summary page: predikat counts, the pattern's verdict per rule (worded as on
        the form), objections filed and decided, the evaluations in name order."""
        evaluations = unit._evaluasi_semua().sorted(lambda e: e.employee_id.name or "")
        _pola, counts, rated, _total, results = unit._distribusi_rekap()[unit.id]
        objections = (
            self.env["hr.kinerja.keberatan"]
            .sudo()
            .search([("evaluasi_id", "in", evaluations.ids), ("state", "!=", "draft")])
        )
        decided = objections.filtered(lambda k: k.state == "diputus")
        return {
            "jumlah": len(evaluations),
            "predikat": [(label, counts.get(key, 0)) for key, label in istilah.PREDIKAT.items()],
            # the official form speaks Indonesian whatever the printing user reads
            "aturan": unit.with_context(lang="id_ID")._distribusi_baris(
                results, istilah.PREDIKAT, rated
            )
            if results
            else [],
            "keberatan_diajukan": len(objections),
            "keberatan_diterima": len(decided.filtered(lambda k: k.keputusan == "diterima")),
            "keberatan_ditolak": len(decided.filtered(lambda k: k.keputusan == "ditolak")),
            "keberatan_belum": len(objections - decided),
            "evaluasi": evaluations,
        }
