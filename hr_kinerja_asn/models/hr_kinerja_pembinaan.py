"""Pembinaan: coaching (bimbingan) or counselling (konseling) after feedback without progress.

Recorded by the PPK (date, notes, agreed actions). After a bimbingan the pegawai
answers the nine statements of format B.1.8 ("Umpan balik pelaksanaan bimbingan
kinerja"); the PPK evaluates the competencies on a 1-5 scale (format B.1.9).
"""

from odoo import api, fields, models
from odoo.exceptions import UserError

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
    _inherit = ["mail.thread"]
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

    def write(self, vals):
        if not self.env.su:
            admin = self.env.user.has_group("hr_kinerja_asn.group_kinerja_admin")
            for rec in self:
                is_pegawai = rec.employee_id.user_id == self.env.user
                is_ppk = rec.penilai_id.user_id == self.env.user or admin
                if is_pegawai and not is_ppk and set(vals) - PEGAWAI_FIELDS:
                    raise UserError(self.env._("The employee answers the B.1.8 statements only."))
                if not is_pegawai and set(vals) & PEGAWAI_FIELDS:
                    raise UserError(
                        self.env._(
                            "Only %(employee)s answers the B.1.8 statements.",
                            employee=rec.employee_id.name,
                        )
                    )
                if not (is_pegawai or is_ppk):
                    raise UserError(self.env._("Only the appraiser records coaching."))
        return super().write(vals)
