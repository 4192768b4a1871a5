"""Dialog kinerja: the record of one "penetapan dan klarifikasi ekspektasi" meeting.

The pegawai and the PPK note each dialogue on the SKP (date, participants,
agreed expectations, resources, notes) while the SKP is drafted or submitted.
"""

from odoo import api, fields, models


class HrKinerjaDialog(models.Model):
    _name = "hr.kinerja.dialog"
    _description = "Performance Dialogue"
    _order = "tanggal desc, id desc"

    skp_id = fields.Many2one(
        "hr.kinerja.skp", string="SKP", required=True, index=True, ondelete="cascade"
    )
    company_id = fields.Many2one(related="skp_id.company_id", store=True, index=True)
    tanggal = fields.Date(string="Date", required=True, default=fields.Date.context_today)
    peserta_ids = fields.Many2many("hr.employee", string="Participants")
    ekspektasi = fields.Text(string="Agreed Expectations")
    sumber_daya = fields.Text(string="Resources Agreed")
    catatan = fields.Text(string="Notes")

    @api.model_create_multi
    def create(self, vals_list):
        skps = self.env["hr.kinerja.skp"].browse({v.get("skp_id") for v in vals_list})
        skps._check_dialog_open()
        return super().create(vals_list)

    def write(self, vals):
        self.skp_id._check_dialog_open()
        return super().write(vals)

    def unlink(self):
        self.skp_id._check_dialog_open()
        return super().unlink()
