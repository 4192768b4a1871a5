"""One band of a scheme's discipline cuts: a kind of occurrence, its minute band
and the percentage each occurrence costs.

Late arrival (TL1–TL4) and early leave (PSW1–PSW4) are cut per occurrence in minute
bands, an absent day without leave per day (regulation-research §11: 0.5 / 1 / 1.25 /
1.5 % in the Perpres-era tables, 0.5 / 1 / 1.5 / 2 % in Permentan 68/2012, 4–5 % a
day). The attendance bridge reports the occurrences; this table prices them.
"""

from odoo import api, fields, models
from odoo.exceptions import ValidationError

JENIS_KEJADIAN = [
    ("terlambat", "Late arrival"),
    ("pulang_cepat", "Early leave"),
    ("tanpa_keterangan", "Absent without leave"),
]


class HrKinerjaTunjanganPotongan(models.Model):
    _name = "hr.kinerja.tunjangan.potongan"
    _description = "Allowance Discipline Cut"
    _inherit = ["hr.kinerja.tunjangan.skema.bagian"]
    _order = "skema_id, jenis, menit_dari"

    jenis = fields.Selection(JENIS_KEJADIAN, string="Occurrence", required=True)
    kode = fields.Char(string="Code", required=True)
    menit_dari = fields.Integer(string="From Minute")
    menit_sampai = fields.Integer(string="To Minute", help="0: no upper limit.")
    persen = fields.Float(string="Cut per Occurrence (%)", required=True)

    @api.constrains("menit_dari", "menit_sampai", "persen", "jenis", "skema_id")
    def _check_band(self):
        for line in self:
            if not 0 <= line.persen <= 100:
                raise ValidationError(self.env._("A percentage must be between 0 and 100 %."))
            if line.menit_dari < 0 or line.menit_sampai < 0:
                raise ValidationError(self.env._("Minutes cannot be negative."))
            if line.menit_sampai and line.menit_sampai < line.menit_dari:
                raise ValidationError(self.env._("Band %s ends before it starts.", line.kode))
            for other in line.skema_id.potongan_ids - line:
                if other.jenis != line.jenis:
                    continue
                end = line.menit_sampai or float("inf")
                other_end = other.menit_sampai or float("inf")
                if line.menit_dari <= other_end and other.menit_dari <= end:
                    raise ValidationError(
                        self.env._(
                            "Bands %(a)s and %(b)s overlap: an occurrence must fall in one band.",
                            a=line.kode,
                            b=other.kode,
                        )
                    )

    def _rentang(self):
        """The band as the pegawai reads it: "1–30 menit", "> 90 menit"."""
        self.ensure_one()
        _ = self.env._
        if self.jenis == "tanpa_keterangan":
            return ""
        if not self.menit_sampai:
            return _("more than %s minutes", self.menit_dari - 1)
        return _("%(a)s–%(b)s minutes", a=self.menit_dari, b=self.menit_sampai)
