"""Rencana Hasil Kerja: one planned work result of an SKP, cascaded from leaders' RHK.

An RHK links (many-to-many, never copied text) to the leader RHK it intervenes:
the PPK's by default, or another leader the pegawai works for (tim kerja), in
the same performance year. A revision copies RHK with ``asal_id`` so that links
from subordinates (and later realisasi and evaluations) follow the current
version (spec decision 12).

Content is edited by the pegawai while the SKP is a draft; the take-over fields
(``diambil_alih``, ``catatan_pengambilalihan``) belong to the pelaksanaan stage.
"""

from odoo import Command, api, fields, models
from odoo.exceptions import UserError, ValidationError

PERSPEKTIF = [
    ("penerima_layanan", "Service Recipients"),
    ("proses_bisnis", "Business Process"),
    ("penguatan_internal", "Internal Strengthening"),
    ("anggaran", "Budget"),
]
#: set by the take-over (the PPK's act) and by revisions only
RHK_WORKFLOW_FIELDS = frozenset({"diambil_alih", "catatan_pengambilalihan", "asal_id"})


class HrKinerjaRhk(models.Model):
    _name = "hr.kinerja.rhk"
    _inherit = ["hr.kinerja.skp.line.mixin"]
    _description = "Work Result Plan (RHK)"
    _kinerja_skp_parent = "skp_id"
    _kinerja_workflow_fields = RHK_WORKFLOW_FIELDS
    _order = "skp_id, jenis desc, sequence, id"
    _check_company_auto = True

    skp_id = fields.Many2one(
        "hr.kinerja.skp",
        string="SKP",
        required=True,
        index=True,
        ondelete="cascade",
    )
    sequence = fields.Integer(default=10)
    name = fields.Text(string="Work Result Plan", required=True)
    jenis = fields.Selection(
        [("utama", "Main"), ("tambahan", "Additional")],
        string="Kind",
        required=True,
        default="utama",
    )
    asal_id = fields.Many2one(
        "hr.kinerja.rhk",
        string="Copied From",
        readonly=True,
        index=True,
        ondelete="set null",
        help="The RHK of the previous version this one was copied from by a revision.",
    )
    rhk_atasan_ids = fields.Many2many(
        "hr.kinerja.rhk",
        "hr_kinerja_rhk_atasan_rel",
        "rhk_id",
        "rhk_atasan_id",
        string="Intervened Leader RHK",
        help="The leader's work result plans this RHK contributes to (cascading).",
    )
    rhk_bawahan_ids = fields.Many2many(
        "hr.kinerja.rhk",
        "hr_kinerja_rhk_atasan_rel",
        "rhk_atasan_id",
        "rhk_id",
        string="Subordinates' RHK",
        readonly=True,
    )
    rhk_bawahan_count = fields.Integer(
        string="Intervened By",
        compute="_compute_rhk_bawahan_count",
    )
    perspektif = fields.Selection(PERSPEKTIF, string="Perspective", help="JPT SKP only.")
    indikator_ids = fields.One2many("hr.kinerja.indikator", "rhk_id", string="Indicators")
    diambil_alih = fields.Boolean(string="Taken Over", copy=False)
    catatan_pengambilalihan = fields.Text(string="Take-over Note", copy=False)
    employee_id = fields.Many2one(related="skp_id.employee_id", store=True, index=True)
    periode_id = fields.Many2one(related="skp_id.periode_id", store=True, index=True)
    company_id = fields.Many2one(related="skp_id.company_id", store=True, index=True)
    skp_state = fields.Selection(related="skp_id.state", string="SKP Status")
    skp_aktif = fields.Boolean(related="skp_id.aktif", string="Current SKP")
    jenis_skp = fields.Selection(related="skp_id.jenis_skp")
    pendekatan = fields.Selection(related="skp_id.pendekatan")
    pimpinan_domain_ids = fields.Many2many(
        "hr.employee",
        compute="_compute_pimpinan_domain_ids",
        help="Technical: leaders whose RHK this one may intervene.",
    )

    # ------------------------------------------------------------------
    # Compute
    # ------------------------------------------------------------------
    @api.depends("rhk_bawahan_ids")
    def _compute_rhk_bawahan_count(self):
        for rhk in self:
            rhk.rhk_bawahan_count = len(rhk.rhk_bawahan_ids)

    @api.depends("skp_id.pejabat_penilai_id", "skp_id.pimpinan_ids", "skp_id.employee_id")
    def _compute_pimpinan_domain_ids(self):
        for rhk in self:
            rhk.pimpinan_domain_ids = rhk.skp_id._allowed_leaders()

    # ------------------------------------------------------------------
    # Constraints
    # ------------------------------------------------------------------
    @api.constrains("rhk_atasan_ids", "skp_id")
    def _check_rhk_atasan(self):
        for rhk in self:
            leaders = rhk.skp_id._allowed_leaders()
            for atasan in rhk.rhk_atasan_ids:
                if atasan.skp_id == rhk.skp_id or atasan.employee_id == rhk.employee_id:
                    raise ValidationError(
                        self.env._("An RHK cannot intervene an RHK of the same employee.")
                    )
                if atasan.periode_id != rhk.periode_id:
                    raise ValidationError(
                        self.env._(
                            'The leader RHK "%(rhk)s" belongs to another performance year.',
                            rhk=atasan.name,
                        )
                    )
                if atasan.employee_id not in leaders:
                    raise ValidationError(
                        self.env._(
                            "%(leader)s is neither the appraiser, a superior nor a team leader "
                            "of %(employee)s: their RHK cannot be intervened.",
                            leader=atasan.employee_id.name,
                            employee=rhk.employee_id.name,
                        )
                    )

    rencana_aksi_ids = fields.One2many("hr.kinerja.rencana.aksi", "rhk_id", string="Action Plans")
    realisasi_ids = fields.One2many("hr.kinerja.realisasi", "rhk_id", string="Realisations")
    umpan_balik_ids = fields.One2many("hr.kinerja.umpan.balik", "rhk_id", string="Feedback")

    def action_ambil_alih(self):
        """Open the take-over dialog: the PPK takes over an RHK still without progress."""
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Take Over RHK"),
            "res_model": "hr.kinerja.ambil.alih.wizard",
            "view_mode": "form",
            "target": "new",
            "context": {"default_rhk_id": self.id},
        }

    def _ambil_alih(self, catatan):
        """Record the take-over (Permen: the leader takes over, noting the pegawai could not)."""
        self._kinerja_mulai()
        self.ensure_one()
        skp = self.skp_id
        if not self.env.user._kinerja_sebagai_ppk(skp.pejabat_penilai_id):
            raise UserError(
                self.env._(
                    "Only the appraiser of %(employee)s can take over an RHK.",
                    employee=skp.employee_id.name,
                )
            )
        if skp.state != "ditetapkan" or not skp.aktif:
            raise UserError(self.env._("Only an RHK of the current set SKP can be taken over."))
        if self.diambil_alih:
            raise UserError(self.env._("This RHK has already been taken over."))
        if not (catatan or "").strip():
            raise UserError(self.env._("Write the take-over note: it is read in the evaluation."))
        self._kinerja_transisi().write({"diambil_alih": True, "catatan_pengambilalihan": catatan})
        skp.message_post(
            body=self.env._(
                "RHK taken over by %(user)s: %(rhk)s. Note: %(note)s",
                user=self.env.user.name,
                rhk=self.name,
                note=catatan,
            ),
            partner_ids=skp.employee_id.user_id.partner_id.ids,
        )

    # ------------------------------------------------------------------
    # Business helpers
    # ------------------------------------------------------------------
    def _copy_to(self, skp, keep_origin):
        """Copy these RHK with their indicators into ``skp`` in one batch."""
        vals = [
            {
                "skp_id": skp.id,
                "sequence": rhk.sequence,
                "name": rhk.name,
                "jenis": rhk.jenis,
                "perspektif": rhk.perspektif,
                "asal_id": rhk.id if keep_origin else False,
                "rhk_atasan_ids": [Command.set(rhk.rhk_atasan_ids.ids)] if keep_origin else [],
                "indikator_ids": [
                    Command.create(
                        {
                            "sequence": ind.sequence,
                            "name": ind.name,
                            "aspek": ind.aspek,
                            "target_min": ind.target_min,
                            "target_max": ind.target_max,
                            "satuan": ind.satuan,
                            "target_uraian": ind.target_uraian,
                            "sumber_data": ind.sumber_data,
                        }
                    )
                    for ind in rhk.indikator_ids
                ],
            }
            for rhk in self
        ]
        return self.sudo().create(vals)

    @api.model
    def _follow_new_versions(self, mapping):
        """Relink subordinates' RHK from old leader RHK ids to their new versions.

        ``mapping`` is {old rhk id: new rhk id}. One SQL statement for the whole
        revision, whatever the number of subordinates.
        """
        if not mapping:
            return
        self.env.flush_all()
        self.env.cr.execute(
            """
            INSERT INTO hr_kinerja_rhk_atasan_rel (rhk_id, rhk_atasan_id)
            SELECT rel.rhk_id, m.new_id
              FROM hr_kinerja_rhk_atasan_rel rel
              JOIN (SELECT unnest(%s::int[]) AS old_id, unnest(%s::int[]) AS new_id) m
                ON m.old_id = rel.rhk_atasan_id
              JOIN hr_kinerja_rhk sub ON sub.id = rel.rhk_id
              JOIN hr_kinerja_skp s ON s.id = sub.skp_id
             WHERE s.aktif OR s.state IN ('draft', 'diajukan')
            ON CONFLICT DO NOTHING
            """,
            [list(mapping), list(mapping.values())],
        )
        self.env.cr.execute(
            """
            DELETE FROM hr_kinerja_rhk_atasan_rel rel
             USING hr_kinerja_rhk sub, hr_kinerja_skp s
             WHERE rel.rhk_atasan_id = ANY(%s) AND sub.id = rel.rhk_id AND s.id = sub.skp_id
               AND (s.aktif OR s.state IN ('draft', 'diajukan'))
            """,
            [list(mapping)],
        )
        self.env.invalidate_all()
