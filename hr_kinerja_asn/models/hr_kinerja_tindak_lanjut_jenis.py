"""Kinds of tindak lanjut (penghargaan and sanksi) of the evaluation results.

PermenPANRB 6/2022 names the fourth stage of the cycle "tindak lanjut hasil evaluasi
kinerja Pegawai yang meliputi pemberian penghargaan dan sanksi" (seed 001); the NTT deck
lists its uses (talent pool, pengembangan kompetensi, penghargaan, sanksi up to
pemberhentian, seed 002). PP 30/2019 Pasal 57-58 set the improvement path of a pegawai
who does not meet the target: six months to improve, then uji kompetensi, then a
placement matching the competence or a lower jabatan (regulation-research §6).

National rows (empty ``company_id``) are read by every agency and changed by none; an
agency adds its own kinds (docs/decisions.md, "Integrity at the model boundary").
``kode`` names the rows the suggestion generator uses; ``langkah`` numbers the steps
of the improvement path (0: not a step).
"""

from odoo import fields, models

JENIS = [("penghargaan", "Reward"), ("sanksi", "Sanction / Improvement")]


class HrKinerjaTindakLanjutJenis(models.Model):
    _name = "hr.kinerja.tindak.lanjut.jenis"
    _description = "Kind of Reward or Sanction"
    _order = "jenis, langkah, sequence, id"

    name = fields.Char(required=True, translate=True)
    kode = fields.Char(
        string="Code", help="The generator finds the talent pool and path steps by code."
    )
    jenis = fields.Selection(JENIS, string="Reward or Sanction", required=True)
    langkah = fields.Integer(
        string="Improvement Path Step",
        default=0,
        help="1, 2, 3: the steps of PP 30/2019 Pasal 57-58; 0: not a step of the path.",
    )
    durasi_bulan = fields.Integer(
        string="Duration (months)",
        help="The deadline is the start date plus these months (6 for the improvement "
        "period of PP 30/2019 Pasal 57).",
    )
    dasar = fields.Char(string="Legal Basis", translate=True)
    keterangan = fields.Text(string="Description", translate=True)
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)
    company_id = fields.Many2one(
        "res.company", string="Agency", index=True, help="Empty: the national catalogue."
    )

    _sql_constraints = [
        (
            "kode_company_uniq",
            "unique (kode, company_id)",
            "An agency has one kind per code.",
        ),
    ]

    def _katalog(self, companies):
        """{(company id, code): kind in force} for ``companies`` in one query: the
        agency's own row for a code, else the national one."""
        rows = self.sudo().search_fetch(
            [("kode", "!=", False), ("company_id", "in", [*companies.ids, False])],
            ["kode", "company_id", "name", "jenis", "langkah", "durasi_bulan"],
            order="company_id nulls first, sequence, id",
        )
        katalog = {}
        for company in companies:
            for row in rows:
                if row.company_id in (company, self.env["res.company"]):
                    katalog[(company.id, row.kode)] = row  # the agency's row comes last
        return katalog
