"""The evaluation as a signed official document: the PPK signs when the unit's
evaluations are finalised, the pegawai acknowledges (signs) the final evaluation.

The hash covers the evaluation's own decision (identity, capaian organisasi, the two
ratings, predikat, notes and justification): the realisasi and feedback printed
beside it keep their own history in their records."""

from markupsafe import Markup

from odoo import fields, models
from odoo.tools import SQL

from .kinerja_larik import larik

# the to-do each role's signature closes
AKTIVITAS = {
    "pegawai": "hr_kinerja_asn.mail_act_evaluasi_terima",
    "penilai": "hr_kinerja_asn.mail_act_evaluasi_tanda_tangan",
}


class HrKinerjaEvaluasi(models.Model):
    _name = "hr.kinerja.evaluasi"
    _inherit = ["hr.kinerja.evaluasi", "hr.kinerja.dokumen.mixin"]
    _kinerja_aksi = ("nilai", "kalibrasi", "tandatangani", "terima")

    tanggal_diterima = fields.Datetime(
        string="Acknowledged On",
        readonly=True,
        copy=False,
        help="When the employee acknowledged (signed) the final evaluation.",
    )
    ditandatangani_penilai = fields.Boolean(
        string="Signed by the Appraiser", readonly=True, copy=False
    )
    can_tandatangani = fields.Boolean(compute="_compute_can", string="Can Sign")
    can_terima = fields.Boolean(compute="_compute_can", string="Can Acknowledge")

    def _kinerja_aturan(self):
        return {
            **super()._kinerja_aturan(),
            "tandatangani": self._alasan_tandatangani,
            "terima": self._alasan_terima,
        }

    def _alasan_tandatangani(self):
        """Signing as PPK: the PPK, a final evaluation not signed by them yet."""
        if not self._boleh_menilai():
            return self.env._(
                "Only the appraiser of %(employee)s (%(ppk)s) signs their evaluation.",
                employee=self.employee_id.name,
                ppk=self.penilai_id.name,
            )
        if self.state != "final" or self.ditandatangani_penilai:
            return self.env._(
                "The evaluation of %(employee)s is not waiting for the appraiser's signature.",
                employee=self.employee_id.name,
            )
        return False

    def _alasan_terima(self):
        """Acknowledging: the pegawai, their final evaluation, once."""
        _ = self.env._
        if self.employee_id.user_id != self.env.user:
            reason = _(
                "Only %(employee)s acknowledges their own evaluation.",
                employee=self.employee_id.name,
            )
        elif self.state != "final":
            reason = _(
                "The evaluation %(period)s is not final yet: it can be acknowledged "
                "once the appraiser finalises it.",
                period=self.periode_label,
            )
        elif self.tanggal_diterima:
            reason = _(
                "You already acknowledged the evaluation %(period)s.", period=self.periode_label
            )
        else:
            reason = False
        return reason

    def _kinerja_finalkan(self, justifikasi):
        """Final evaluations are signed by their PPK (see ``_kinerja_sign_penilai``)."""
        result = super()._kinerja_finalkan(justifikasi)
        self._kinerja_sign_penilai()
        return result

    def _kinerja_sign_penilai(self):
        """At finalisation the finalising user signs the evaluations they are the PPK
        of (the HR office those of a PPK without an account; the signature then names
        the HR officer); the other PPKs of the unit get one to-do on the unit to sign
        theirs (``hr_kinerja_evaluasi_unit_dokumen``)."""
        mine = self._boleh_menilai()
        if mine:
            mine._kinerja_catat_tanda_tangan("penilai", {"ditandatangani_penilai": True}, None)
        self.env["hr.kinerja.evaluasi.unit"]._kinerja_jadwalkan_tanda_tangan(self - mine)

    def action_tandatangani(self):
        """The PPK signs a final evaluation someone else finalised with the unit."""
        self._kinerja_mulai()
        self._check_can("tandatangani")
        self._kinerja_catat_tanda_tangan(
            "penilai",
            {"ditandatangani_penilai": True},
            self.env._("Evaluation signed by the appraiser %(user)s.", user=self.env.user.name),
        )
        return True

    def action_terima(self):
        """The pegawai acknowledges their final evaluation: it is signed in their name."""
        self._kinerja_mulai()
        self._check_can("terima")
        self._kinerja_catat_tanda_tangan(
            "pegawai",
            {"tanggal_diterima": fields.Datetime.now()},
            self.env._("Evaluation acknowledged and signed by %(user)s.", user=self.env.user.name),
        )
        return True

    def _kinerja_catat_tanda_tangan(self, peran, vals, body):
        """Record a checked signature: the flag (as superuser: a pegawai may not write
        evaluations), the signature, the to-do done, one chatter line per evaluation."""
        self.sudo().write(vals)
        self._kinerja_sign(peran)
        self.sudo().activity_unlink([AKTIVITAS[peran]])
        if peran == "penilai":
            self.unit_id._kinerja_selesai_tanda_tangan()
        if body:
            self._kinerja_catat(dict.fromkeys(self.ids, body))

    def _kinerja_jadwalkan(self, peran, penerima, note=None):
        """One to-do per evaluation for the user of its ``penerima`` (``employee_id``:
        the pegawai, ``penilai_id``: the PPK), skipping one already open.

        A unit's or a province's finalisation schedules one per pegawai: the rows are
        built by PostgreSQL from the evaluations, their people and accounts
        (``mail.activity._kinerja_jadwalkan_dari``), not read into Python.
        ``note(lang, period, predikat)``: the to-do's text in the assignee's language,
        from the evaluation's period label and predikat; a batch's notes are the same
        few texts (a language, a period, a predikat) for thousands of rows, each made
        once."""
        if not self:
            return
        self.flush_recordset(["employee_id", "penilai_id", "periode_label", "predikat"])
        self.env["hr.employee"].flush_model(["name", "user_id"])
        # which note an evaluation carries: its period and predikat
        kunci = SQL("coalesce(ev.periode_label, '') || chr(1) || coalesce(ev.predikat, '')")
        catatan = {}
        if note:
            self.env.cr.execute(
                SQL(
                    "SELECT DISTINCT %s, ev.periode_label, ev.predikat "
                    "FROM hr_kinerja_evaluasi ev WHERE ev.id = ANY(%s)",
                    kunci,
                    larik(self.ids),
                )
            )
            catatan = {
                key: lambda lang, period=period, predikat=predikat: (
                    Markup("<p>%s</p>") % note(lang, period, predikat)
                )
                for key, period, predikat in self.env.cr.fetchall()
            }
        self.env["mail.activity"]._kinerja_jadwalkan_dari(
            self._name,
            self.env.ref(AKTIVITAS[peran]),
            SQL(
                # the evaluation's display name (``_compute_display_name``)
                "SELECT ev.id, u.id, p.lang, p.tz, "
                "coalesce(pegawai.name, '') || ' · ' || coalesce(ev.periode_label, ''), %s "
                "FROM hr_kinerja_evaluasi ev "
                "JOIN hr_employee pegawai ON pegawai.id = ev.employee_id "
                "JOIN hr_employee orang ON orang.id = ev.%s "
                "JOIN res_users u ON u.id = orang.user_id "
                "JOIN res_partner p ON p.id = u.partner_id "
                "WHERE ev.id = ANY(%s)",
                kunci,
                SQL.identifier(penerima),
                larik(self.ids),
            ),
            catatan,
        )

    def _notify_final(self):
        """A pegawai who must acknowledge gets one to-do that carries the news: one
        notice per person, not a message and a to-do each (at a province's month end
        that is tens of thousands of rows twice: issue 14). One who already
        acknowledged (final again after an objection) gets the message."""
        # who already acknowledged, in one query of the evaluations alone (none at a
        # first finalisation); a pegawai without an account gets neither: the to-dos'
        # query joins the accounts, the message needs a partner
        self.flush_recordset(["tanggal_diterima"])
        self.env.cr.execute(
            SQL(
                "SELECT id FROM hr_kinerja_evaluasi WHERE id = ANY(%s) "
                "AND tanggal_diterima IS NOT NULL",
                larik(self.ids),
            )
        )
        sudah = self.browse(row[0] for row in self.env.cr.fetchall())
        result = super(HrKinerjaEvaluasi, sudah)._notify_final()

        def note(lang, period, predikat):
            return self.with_context(lang=lang)._kinerja_kabar_final_teks(period, predikat)

        (self - sudah)._kinerja_jadwalkan("pegawai", "employee_id", note=note)
        return result

    # -- document ------------------------------------------------------------
    def _kinerja_judul_varian(self):
        return self.skp_id._kinerja_judul_varian()

    def _kinerja_cetak_konsep(self):
        self.ensure_one()
        if self.state != "final":
            return "KONSEP: EVALUASI INI BELUM FINAL"
        # final, but a document is complete only with the PPK's signature (issue 11)
        if not self.ditandatangani_penilai:
            return "BELUM DITANDATANGANI PEJABAT PENILAI KINERJA"
        return ""

    def _kinerja_cetak_pihak(self):
        self.ensure_one()
        return {
            "pegawai": self.employee_id.sudo(),
            "penilai": self.penilai_id.sudo(),
            "tempat": self.company_id.city,
            "tanggal": (self.tanggal_final or self.write_date).date(),
        }

    def _kinerja_periode_cetak(self):
        """``AKHIR`` for the annual evaluation, else the period's own label."""
        self.ensure_one()
        return "AKHIR" if self.jenis == "tahunan" else (self.periode_label or "").upper()

    def _kinerja_status_dokumen(self):
        self.ensure_one()
        if self.state == "final" and not self.ditandatangani_penilai:
            return "FINAL, menunggu tanda tangan Pejabat Penilai Kinerja", False
        if self.state == "final":
            return "FINAL", True
        return "BELUM FINAL, masih dalam penilaian", False

    def _kinerja_pihak_peran(self, peran):
        self.ensure_one()
        return {
            "pegawai": self.employee_id,
            "penilai": self.penilai_id,
            "atasan": self.atasan_penilai_id,
        }[peran]

    def _kinerja_dokumen_nama(self):
        self.ensure_one()
        return f"Evaluasi Kinerja {self.periode_label or ''} {self.skp_id.name or ''}".strip()

    def _kinerja_dokumen_identitas(self):
        self.ensure_one()
        return [
            ("Dokumen", "Evaluasi Kinerja Pegawai"),
            ("Periode", self.periode_label or ""),
            ("Instansi", self.company_id.name),
            ("Pegawai yang dinilai", self.employee_id.name),
            ("SKP", self.skp_id.name or ""),
            (
                "Periode penilaian",
                f"{self._kinerja_tanggal(self.date_start)} s.d. "
                f"{self._kinerja_tanggal(self.date_end)}",
            ),
        ]

    def _kinerja_dokumen_konten(self):
        self.ensure_one()
        return {
            "dokumen": "evaluasi",
            "jenis": self.jenis,
            "periode": [self.periode_label, self.date_start, self.date_end],
            "instansi": self.company_id.name,
            "skp": self.skp_id.name,
            "pegawai": [self.employee_id.name, self.employee_id.nip],
            "penilai": [self.penilai_id.name, self.penilai_id.nip],
            "atasan_penilai": [self.atasan_penilai_id.name, self.atasan_penilai_id.nip],
            "capaian": self.capaian,
            "rating_hasil_kerja": self.rating_hasil_kerja,
            "rating_perilaku": self.rating_perilaku,
            "predikat": self.predikat,
            "catatan": self.catatan,
            "rekomendasi": self.rekomendasi,
            "justifikasi": self.justifikasi,
        }
