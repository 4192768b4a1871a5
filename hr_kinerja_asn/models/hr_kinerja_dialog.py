"""Dialog kinerja: the record of one "penetapan dan klarifikasi ekspektasi" meeting.

The pegawai and the PPK note each dialogue on the SKP (date, participants,
agreed expectations, resources, notes) while the SKP is drafted or submitted.
"""

from odoo import fields, models


class HrKinerjaDialog(models.Model):
    _name = "hr.kinerja.dialog"
    _inherit = ["hr.kinerja.skp.line.mixin"]
    _description = "Performance Dialogue"
    _kinerja_skp_parent = "skp_id"
    _order = "tanggal desc, id desc"

    def _kinerja_guard(self, skps):
        """Dialogues are recorded before the SKP is set, by its parties."""
        skps._check_dialog_open()

    skp_id = fields.Many2one(
        "hr.kinerja.skp", string="SKP", required=True, index=True, ondelete="cascade"
    )
    company_id = fields.Many2one(related="skp_id.company_id", store=True, index=True)
    tanggal = fields.Date(string="Date", required=True, default=fields.Date.context_today)
    peserta_ids = fields.Many2many("hr.employee", string="Participants")
    ekspektasi = fields.Text(string="Agreed Expectations")
    sumber_daya = fields.Text(string="Resources Agreed")
    catatan = fields.Text(string="Notes")
