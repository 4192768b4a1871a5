"""What an accepted objection does to the tunjangan already computed from the
evaluation.

A month not locked yet is computed again with the new predikat. A locked month
never changes (issue 13): the difference, computed from that month's own figures and
the new predikat, becomes a correction paid with the next month computed
(:mod:`.hr_kinerja_tunjangan_koreksi`).
"""

from odoo import models

from . import tunjangan_rumus
from .tunjangan_penjelasan import Penjelasan


class HrKinerjaEvaluasi(models.Model):
    _inherit = "hr.kinerja.evaluasi"  # pylint: disable=consider-merging-classes-inherited

    def _kinerja_hasil_keberatan(self, keberatan):
        old = self.predikat
        result = super()._kinerja_hasil_keberatan(keberatan)
        if self.predikat != old:
            self._kinerja_koreksi_tunjangan(keberatan, old)
        return result

    def _kinerja_koreksi_tunjangan(self, keberatan, old):
        Tunjangan = self.env["hr.kinerja.tunjangan"].sudo()
        records = Tunjangan.search([("evaluasi_id", "=", self.id)])
        open_ = records.filtered(lambda r: r.state != "dikunci")
        if open_:
            open_._kinerja_transisi().write({"state": "draft", "tanggal_verifikasi": False})
            for (company, month), recs in open_._kinerja_per_bulan().items():
                Tunjangan._kinerja_hitung_pegawai(company, month, recs.employee_id)
            open_.message_post(
                body=self.env._(
                    "Computed again: an objection changed the predikat of %s.",
                    self.display_name,
                )
            )
        vals_list = []
        for rec in records - open_:
            skema = rec.skema_id
            nilai = skema._nilai_predikat().get(self.predikat)
            baru = tunjangan_rumus.hitung(
                skema._rumus(), rec.pagu, nilai, rec.tanpa_realisasi, [rec.potongan_persen]
            )
            lama = tunjangan_rumus.desimal(rec.jumlah) - tunjangan_rumus.desimal(rec.koreksi)
            selisih = baru["jumlah"] - lama
            if not selisih:
                continue
            lang = rec.employee_id.user_id.lang or self.env.lang
            teks = Penjelasan(self.with_context(lang=lang).env, skema, rec.date_start)
            vals_list.append(
                {
                    "employee_id": rec.employee_id.id,
                    "company_id": rec.company_id.id,
                    "tunjangan_asal_id": rec.id,
                    "keberatan_id": keberatan.id,
                    "selisih": float(selisih),
                    "uraian": teks._(
                        "Correction of %(month)s after the objection: predikat %(old)s → %(new)s",
                        month=rec.bulan_label,
                        old=teks.label_predikat(old),
                        new=teks.label_predikat(self.predikat),
                    ),
                }
            )
        if vals_list:
            koreksi = self.env["hr.kinerja.tunjangan.koreksi"].sudo().create(vals_list)
            # the next month already computed as a draft takes it now (one evaluation,
            # one employee: one search and one computation, whatever was corrected)
            nxt = Tunjangan.search(
                [
                    ("employee_id", "=", self.employee_id.id),
                    ("date_start", ">", min(koreksi.tunjangan_asal_id.mapped("date_start"))),
                    ("state", "=", "draft"),
                ],
                order="date_start",
                limit=1,
            )
            if nxt:
                Tunjangan._kinerja_hitung_pegawai(nxt.company_id, nxt.date_start, nxt.employee_id)
