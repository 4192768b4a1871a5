"""Pembinaan: coaching (bimbingan) or counselling (konseling) after feedback without progress.

Recorded by the PPK (date, notes, agreed actions). After a bimbingan the pegawai
answers the nine statements of format B.1.8 ("Umpan balik pelaksanaan bimbingan
kinerja"); the PPK evaluates the competencies on a 1-5 scale (format B.1.9).
"""

from odoo import api, fields, models
from odoo.exceptions import UserError

from .kinerja_teks import kalimat

#: Format B.1.8, the nine statements the pegawai answers after a bimbingan
PERNYATAAN_B18 = (
    "Saya merasa diperhatikan dan dipahami",
    "Saya merasa tindakan/langkah yang saya lakukan dihargai",
    "Saya merasa bebas mengemukakan pendapat",
    "Pandangan yang disampaikan berdasarkan data/fakta yang akurat",
    "Pandangan yang disampaikan bersifat positif",
    "Lebih banyak menggunakan metode bertanya dibandingkan menggurui",
    "Saya dibantu mencari solusi dan aksi tindak lanjut",
    "Saya tahu apa yang harus saya lakukan setelah bimbingan",
    "Saya memahami maksud dan tujuan bimbingan",
)
JAWABAN = [("ya", "Yes"), ("tidak", "No")]
PEGAWAI_FIELDS = {f"pernyataan_{i}" for i in range(1, 10)} | {"tanggapan_pegawai"}


class HrKinerjaPembinaan(models.Model):
    _name = "hr.kinerja.pembinaan"
    _description = "Coaching / Counselling"
    _inherit = ["mail.thread", "hr.kinerja.ikut.revisi"]
    _order = "tanggal desc, id desc"

    skp_id = fields.Many2one(
        "hr.kinerja.skp", string="SKP", required=True, index=True, ondelete="cascade"
    )
    employee_id = fields.Many2one(related="skp_id.employee_id", store=True, index=True)
    company_id = fields.Many2one(related="skp_id.company_id", store=True, index=True)
    penilai_id = fields.Many2one(
        "hr.employee",
        string="Led By",
        required=True,
        default=lambda self: self.env.user.employee_id,
    )
    jenis = fields.Selection(
        [("bimbingan", "Coaching (Bimbingan)"), ("konseling", "Counselling (Konseling)")],
        string="Kind",
        required=True,
        default="bimbingan",
    )
    tanggal = fields.Date(string="Date", required=True, default=fields.Date.context_today)
    catatan = fields.Text(string="Notes")
    tindakan = fields.Text(string="Agreed Actions")
    umpan_balik_ids = fields.One2many(
        "hr.kinerja.umpan.balik", "pembinaan_id", string="Feedback Followed Up"
    )
    pernyataan_1 = fields.Selection(JAWABAN, string=PERNYATAAN_B18[0])
    pernyataan_2 = fields.Selection(JAWABAN, string=PERNYATAAN_B18[1])
    pernyataan_3 = fields.Selection(JAWABAN, string=PERNYATAAN_B18[2])
    pernyataan_4 = fields.Selection(JAWABAN, string=PERNYATAAN_B18[3])
    pernyataan_5 = fields.Selection(JAWABAN, string=PERNYATAAN_B18[4])
    pernyataan_6 = fields.Selection(JAWABAN, string=PERNYATAAN_B18[5])
    pernyataan_7 = fields.Selection(JAWABAN, string=PERNYATAAN_B18[6])
    pernyataan_8 = fields.Selection(JAWABAN, string=PERNYATAAN_B18[7])
    pernyataan_9 = fields.Selection(JAWABAN, string=PERNYATAAN_B18[8])
    tanggapan_pegawai = fields.Text(string="Employee's Comments")
    kompetensi_ids = fields.One2many(
        "hr.kinerja.pembinaan.kompetensi", "pembinaan_id", string="Competency Evaluation (B.1.9)"
    )
    is_pegawai = fields.Boolean(compute="_compute_is_pegawai")

    @api.depends_context("uid")
    def _compute_is_pegawai(self):
        for rec in self:
            rec.is_pegawai = rec.employee_id.user_id == self.env.user

    @api.model
    def _pernyataan_labels(self):
        return PERNYATAAN_B18

    @api.model_create_multi
    def create(self, vals_list):
        """Coaching is recorded by the pegawai's appraiser (or the HR office), led by the
        one who records it; the pegawai never records their own."""
        if not self.env.su:
            admin = self.env.user._kinerja_is_hr()
            me = self.env.user.employee_id
            skps = self.env["hr.kinerja.skp"].browse({v.get("skp_id") for v in vals_list} - {None})
            skps.check_access("read")
            for vals in vals_list:
                skp = skps.browse(vals.get("skp_id")).sudo()
                if admin:
                    continue
                if skp.pejabat_penilai_id != me or not me:
                    raise UserError(
                        self.env._(
                            "Only the appraiser of %(employee)s records their coaching.",
                            employee=skp.employee_id.name,
                        )
                    )
                vals["penilai_id"] = me.id
        return super().create(vals_list)

    def write(self, vals):
        if not self.env.su:
            self._check_can_write(set(vals))
        return super().write(vals)

    def unlink(self):
        if not self.env.su:
            for rec in self:
                if not rec._is_ppk():
                    raise UserError(self.env._("Only the appraiser deletes a coaching record."))
        return super().unlink()

    def _is_ppk(self):
        """The one who led it, or the HR office."""
        self.ensure_one()
        return self.env.user._kinerja_sebagai_ppk(self.penilai_id)

    def _check_can_write(self, fnames):
        """The pegawai answers B.1.8; the PPK writes the rest (B.1.9 included)."""
        for rec in self:
            is_pegawai = rec.employee_id.user_id == self.env.user
            is_ppk = rec._is_ppk()
            if not (is_pegawai or is_ppk):
                raise UserError(self.env._("Only the appraiser records coaching."))
            if {"skp_id", "penilai_id"} & fnames and not self.env.user._kinerja_is_hr():
                raise UserError(self.env._("The SKP and the leader of a coaching are fixed."))
            if is_pegawai and not is_ppk and fnames - PEGAWAI_FIELDS:
                raise UserError(self.env._("The employee answers the B.1.8 statements only."))
            if not is_pegawai and fnames & PEGAWAI_FIELDS:
                raise UserError(
                    self.env._(
                        "Only %(employee)s answers the B.1.8 statements.",
                        employee=rec.employee_id.name,
                    )
                )

    def _check_can_evaluate(self):
        """B.1.9 competency lines: the PPK who led it (or the HR office), never the
        pegawai on themself."""
        for rec in self:
            if not rec._is_ppk() or (
                rec.employee_id.user_id == self.env.user and not self.env.user._kinerja_is_hr()
            ):
                raise UserError(
                    kalimat(
                        self.env._(
                            "Only the appraiser who led the coaching evaluates the "
                            "competencies of %(employee)s.",
                            employee=rec.employee_id.name,
                        )
                    )
                )
