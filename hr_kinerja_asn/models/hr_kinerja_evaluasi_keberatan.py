"""The evaluation's side of an objection (``hr.kinerja.keberatan``, spec decision 4):
who may still object, and what an accepted decision does to the evaluation.

An accepted objection is the only way a final evaluation changes: the atasan PPK's new
ratings replace the old ones (kept in the rating history with the decision's grounds),
the predikat follows through the kuadran, and the document is reissued: the atasan
signs the decided result, the pegawai is asked to acknowledge it again, and the
signatures given before say on the verification page that the decision superseded them.
"""

from odoo import api, fields, models
from odoo.tools import format_date


# one concern per file (issue #10): the evaluation is extended here on purpose
class HrKinerjaEvaluasi(models.Model):
    _inherit = "hr.kinerja.evaluasi"  # pylint: disable=consider-merging-classes-inherited

    keberatan_ids = fields.One2many("hr.kinerja.keberatan", "evaluasi_id", string="Objection")
    hasil_keberatan_id = fields.Many2one(
        "hr.kinerja.keberatan",
        string="Decided by Objection",
        readonly=True,
        copy=False,
        help="The accepted objection whose decision set the current ratings.",
    )
    can_keberatan = fields.Boolean(compute="_compute_can_keberatan", string="Can Object")

    @api.depends_context("uid")
    @api.depends("state", "tanggal_final", "employee_id", "keberatan_ids")
    def _compute_can_keberatan(self):
        today = fields.Date.context_today(self)
        for ev in self:
            ev.can_keberatan = (
                ev.sudo().employee_id.user_id == self.env.user
                and not ev._alasan_tidak_bisa_keberatan(today)
                and not ev.sudo().keberatan_ids
            )

    def _alasan_tidak_bisa_keberatan(self, today):
        """Why this evaluation cannot be objected to on ``today`` (False when it can):
        final, and within the performance year's window after it became final."""
        self.ensure_one()
        ev = self.sudo()
        if ev.state != "final" or not ev.tanggal_final:
            return self.env._(
                "The evaluation %(period)s is not final: an objection is filed against a "
                "final evaluation.",
                period=ev.periode_label,
            )
        days = ev.periode_id.hari_keberatan or 14
        deadline = fields.Date.add(ev.tanggal_final.date(), days=days)
        if today > deadline:
            return self.env._(
                "The objection window of the evaluation %(period)s closed on %(date)s "
                "(%(days)s days after it became final).",
                period=ev.periode_label,
                date=format_date(self.env, deadline, date_format="d MMMM y"),
                days=days,
            )
        return False

    def action_keberatan(self):
        """The pegawai's button: open (or create) their objection to this evaluation."""
        self.ensure_one()
        objection = self.keberatan_ids[:1] or self.env["hr.kinerja.keberatan"].create(
            {"evaluasi_id": self.id}
        )
        return {
            "type": "ir.actions.act_window",
            "res_model": "hr.kinerja.keberatan",
            "res_id": objection.id,
            "view_mode": "form",
            "target": "current",
        }

    def _kinerja_hasil_keberatan(self, keberatan):
        """An accepted objection's decision (called by ``action_putuskan``, as
        superuser): history kept, new ratings, documents reissued."""
        self.ensure_one()
        old = (self.rating_hasil_kerja, self.rating_perilaku, self.predikat)
        self._kinerja_transisi().write(
            {
                "rating_hasil_kerja": keberatan.rating_hasil_kerja_baru,
                "rating_perilaku": keberatan.rating_perilaku_baru,
                "hasil_keberatan_id": keberatan.id,
                "tanggal_diterima": False,
                "justifikasi": keberatan.justifikasi or self.justifikasi,
            }
        )
        self.env["hr.kinerja.evaluasi.kalibrasi"].create(
            {
                "evaluasi_id": self.id,
                "user_id": keberatan.diputus_oleh_id.id or self.env.uid,
                "alasan": self.env._(
                    "Objection accepted: %(grounds)s", grounds=keberatan.alasan_keputusan
                ),
                "rating_hasil_kerja_lama": old[0],
                "rating_perilaku_lama": old[1],
                "predikat_lama": old[2],
                "rating_hasil_kerja_baru": self.rating_hasil_kerja,
                "rating_perilaku_baru": self.rating_perilaku,
                "predikat_baru": self.predikat,
            }
        )
        # reissued: the deciding atasan signs the result, the pegawai acknowledges again
        self._kinerja_sign("atasan")
        self._kinerja_jadwalkan("pegawai", "employee_id")
        self.message_post(
            body=self.env._(
                "Ratings set by the objection decision of %(user)s: predikat %(old)s → %(new)s.",
                user=self.env.user.name,
                old=self._label_predikat(old[2]),
                new=self._label_predikat(self.predikat),
            )
        )

    # -- the reissued document ----------------------------------------------------
    def _kinerja_status_dokumen(self):
        """A decided result is in force when the atasan's signature still matches."""
        self.ensure_one()
        keberatan = self.sudo().hasil_keberatan_id
        if not keberatan:
            return super()._kinerja_status_dokumen()
        signed = self._kinerja_tanda_tangan_terakhir("atasan")
        tanggal = self._kinerja_tanggal(keberatan.tanggal_putus.date())
        return (
            f"FINAL, HASIL KEPUTUSAN KEBERATAN tanggal {tanggal}",
            bool(signed) and signed.document_hash == self._kinerja_hash(),
        )

    def _kinerja_catatan_tanda_tangan(self, signature):
        keberatan = self.sudo().hasil_keberatan_id
        decided = keberatan and self._kinerja_tanda_tangan_terakhir("atasan")
        # signed before the decision's own signature (same second or not)
        if decided and signature.id < decided.id:
            tanggal = self._kinerja_tanggal(keberatan.tanggal_putus.date())
            return (
                f"Digantikan oleh keputusan keberatan tanggal {tanggal}: penilaian yang "
                "ditandatangani ini tidak berlaku lagi."
            )
        return super()._kinerja_catatan_tanda_tangan(signature)
