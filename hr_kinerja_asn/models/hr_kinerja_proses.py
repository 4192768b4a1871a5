"""A heavy batch of an agency, run in parts as OCA queue_job jobs (issue 14).

Opening a province's year, creating its month's evaluations or finalising all its
units is tens of thousands of records: in one HTTP request it would hold a web
worker (and its row locks) for minutes. Above ``hr_kinerja_asn.ukuran_bagian``
records (500 unless the HR office set another number) the action checks what it
can at once, then hands the work to the job queue in parts of that size and opens
this record, where the HR office follows the parts done; whoever started it is told
in their inbox when it ends. Below it, the action runs in the request as before.

Each part is an ordinary OCA job on the ``root.kinerja`` channel: the runner retries
it after a serialisation failure (queue_job's ``RunJobController``) and after a
``RetryableJobError``, up to the job function's retry pattern. A part only does
what is still to do (an SKP not created yet, a unit not final yet), and counts
itself in the same transaction as its work: a retried part never counts or writes
twice. Nobody writes this record: it changes only through its parts (as superuser).
"""

from odoo import api, fields, models
from odoo.exceptions import AccessError
from odoo.tools import SQL

from odoo.addons.queue_job.job import Job

CHANNEL = "root.kinerja"
BAGIAN_BAWAAN = 500

JENIS = [
    ("buka_tahun", "Opening the Year"),
    ("buat_evaluasi", "Creating Evaluations"),
    ("finalkan_unit", "Finalising Units"),
    ("cetak_unit", "Printing Unit Reports"),
]
LAPORAN_UNIT = "hr_kinerja_asn.action_report_laporan_unit"


class HrKinerjaProses(models.Model):
    _name = "hr.kinerja.proses"
    _description = "Batch Process"
    _inherit = ["mail.thread"]
    _order = "id desc"

    name = fields.Char(required=True, readonly=True)
    jenis = fields.Selection(JENIS, string="Kind", required=True, readonly=True)
    company_id = fields.Many2one("res.company", string="Agency", required=True, readonly=True)
    periode_id = fields.Many2one(
        "hr.kinerja.periode", string="Performance Year", readonly=True, ondelete="cascade"
    )
    user_id = fields.Many2one("res.users", string="Started By", readonly=True)
    state = fields.Selection(
        [("berjalan", "Running"), ("selesai", "Done"), ("gagal", "Failed")],
        default="berjalan",
        required=True,
        readonly=True,
        tracking=True,
    )
    jumlah_bagian = fields.Integer(string="Parts", readonly=True)
    bagian_selesai = fields.Integer(string="Parts Done", readonly=True)
    jumlah_hasil = fields.Integer(string="Records Done", readonly=True)
    progres = fields.Float(string="Progress (%)", compute="_compute_progres")
    catatan = fields.Text(string="Notes", readonly=True)
    job_ids = fields.One2many("queue.job", "kinerja_proses_id", string="Jobs", readonly=True)
    dokumen_ids = fields.One2many(
        "ir.attachment",
        "res_id",
        string="Documents",
        domain=[("res_model", "=", "hr.kinerja.proses")],
        readonly=True,
    )

    @api.depends("jumlah_bagian", "bagian_selesai")
    def _compute_progres(self):
        for proses in self:
            total = proses.jumlah_bagian or 1
            proses.progres = 100.0 * proses.bagian_selesai / total

    @api.model_create_multi
    def create(self, vals_list):
        """Only the actions that start a batch create one (as superuser)."""
        if not self.env.su:
            raise self._kinerja_hanya_sistem()
        return super().create(vals_list)

    def write(self, vals):
        if not self.env.su:
            raise self._kinerja_hanya_sistem()
        return super().write(vals)

    def unlink(self):
        if not self.env.su:
            raise self._kinerja_hanya_sistem()
        return super().unlink()

    def _kinerja_hanya_sistem(self):
        return AccessError(self.env._("A batch process changes only through its own jobs."))

    # -- starting ---------------------------------------------------------------
    @api.model
    def _kinerja_ukuran_bagian(self):
        """Records per part, and the size above which an action goes to the queue."""
        value = self.env["ir.config_parameter"].sudo().get_param("hr_kinerja_asn.ukuran_bagian")
        try:
            return max(int(value), 1) if value else BAGIAN_BAWAAN
        except ValueError:
            return BAGIAN_BAWAAN

    @api.model
    def _kinerja_bagi(self, groups):
        """Parts of about the part size from ``groups``: ``(ids, weight)`` pairs kept
        together (the SKPs of one unit go in one part, so two parts never create the
        same unit; a unit weighs its evaluations)."""
        size = self._kinerja_ukuran_bagian()
        parts, current, weight = [], [], 0
        for ids, group_weight in groups:
            if current and weight + group_weight > size:
                parts.append(current)
                current, weight = [], 0
            current.extend(ids)
            weight += group_weight
        if current:
            parts.append(current)
        return parts

    @api.model
    def _kinerja_antrikan(self, jenis, company, name, parts, periode=None, argumen=None):
        """Record the batch and queue one job per part, run as the current user (the
        rights each part checks are theirs). Returns the action opening it."""
        proses = self.sudo().create(
            {
                "name": name,
                "jenis": jenis,
                "company_id": company.id,
                "periode_id": periode.id if periode else False,
                "user_id": self.env.uid,
                "jumlah_bagian": len(parts),
                "bagian_selesai": 0,
                "jumlah_hasil": 0,
            }
        )
        mine = proses.sudo(False).with_user(self.env.user)
        jobs = [
            Job(
                mine._kinerja_kerjakan,
                args=(ids, argumen or {}),
                channel=CHANNEL,
                description=self.env._(
                    "%(name)s: part %(part)s of %(total)s",
                    name=name,
                    part=index,
                    total=len(parts),
                ),
            )
            for index, ids in enumerate(parts, 1)
        ]
        QueueJob = self.env["queue.job"]
        QueueJob.with_context(_job_edit_sentinel=QueueJob.EDIT_SENTINEL).sudo().create(
            [job._store_values(create=True) for job in jobs]
        )
        return {
            "type": "ir.actions.act_window",
            "res_model": self._name,
            "res_id": proses.id,
            "view_mode": "form",
            "views": [(False, "form")],
            "target": "current",
        }

    def _job_store_values(self, job):
        """queue_job's hook: each job knows its batch (the form lists them)."""
        vals = super()._job_store_values(job)
        if job.method_name == "_kinerja_kerjakan":
            vals["kinerja_proses_id"] = self.id
        return vals

    # -- the job ----------------------------------------------------------------
    def _kinerja_kerjakan(self, ids, argumen):
        """One part: do what is still to do among ``ids``, then count the part."""
        self.ensure_one()
        done, notes = getattr(self, f"_kinerja_kerjakan_{self.jenis}")(ids, argumen)
        # counted with the work, in one statement: a part retried after a conflict
        # rolled both back, so it never counts twice
        self.env.flush_all()
        self.env.cr.execute(
            SQL(
                "UPDATE hr_kinerja_proses SET bagian_selesai = COALESCE(bagian_selesai, 0) + 1, "
                "jumlah_hasil = COALESCE(jumlah_hasil, 0) + %s, "
                "catatan = concat_ws(E'\\n', catatan, %s), write_date = now() "
                "WHERE id = %s RETURNING bagian_selesai >= jumlah_bagian",
                done,
                notes or None,
                self.id,
            )
        )
        last = self.env.cr.fetchone()[0]
        self.invalidate_recordset()
        if last:
            self._kinerja_selesai()
        return done

    def _kinerja_selesai(self):
        proses = self.sudo()
        proses.state = "selesai"
        proses._kinerja_kabari_selesai()

    def _kinerja_kabari_selesai(self):
        """Whoever started the batch is told in their inbox, in their language."""
        self.env["hr.kinerja.skp"]._kinerja_kabari(
            [
                (
                    self,
                    self.user_id.partner_id,
                    lambda proses: proses.env._(
                        "%(name)s is done: %(count)s record(s).",
                        name=proses.name,
                        count=proses.jumlah_hasil,
                    ),
                )
            ]
        )

    def _kinerja_gagal(self, exc_info=None, exc_name=None, exc_message=None):
        """queue_job's on_fail: a part failed after its retries; the HR office sees it."""
        proses = self.sudo()
        proses.state = "gagal"
        proses.message_post(
            body=proses.env._("A part failed after its retries: see its job."),
            partner_ids=proses.user_id.partner_id.ids,
        )

    def _kinerja_kerjakan_buka_tahun(self, ids, argumen):
        skps = self.env["hr.kinerja.skp"]._ensure_for_periode(self.periode_id, employee_ids=ids)
        return len(skps), ""

    def _kinerja_kerjakan_buat_evaluasi(self, ids, argumen):
        evaluations = self.env["hr.kinerja.evaluasi"]._generate(
            self.periode_id,
            fields.Date.to_date(argumen["date_start"]),
            fields.Date.to_date(argumen["date_end"]),
            argumen["jenis"],
            argumen["label"],
            skp_ids=ids,
        )
        return len(evaluations), ""

    def _kinerja_kerjakan_finalkan_unit(self, ids, argumen):
        """The units of the part not final yet, checked again (a rating may have
        changed since the HR office started): those that no longer pass are named in
        the notes, the others finalised together."""
        units = self.env["hr.kinerja.evaluasi.unit"].browse(ids).exists()
        todo = units.filtered(lambda u: u.state != "final")
        if not todo:
            return 0, ""
        return todo._kinerja_finalkan_bagian(argumen.get("justifikasi"))

    def _kinerja_kerjakan_cetak_unit(self, ids, argumen):
        """One unit's Laporan Berjenjang (its summary, every SKP and Dokumen Evaluasi:
        hundreds of pages for a large unit, one wkhtmltopdf run per part), rendered as
        the HR officer who asked (the report checks their rights) and kept on this
        batch, where only the HR office reads it. Always a real PDF, in a test too."""
        units = self.env["hr.kinerja.evaluasi.unit"].browse(ids).exists()
        Report = self.env["ir.actions.report"].with_context(force_report_rendering=True)
        documents = []
        for unit in units:  # a part is one unit (see the action); the loop is its guard
            pdf, _kind = Report._render_qweb_pdf(LAPORAN_UNIT, unit.ids)
            documents.append(
                {
                    "name": self.env._("Laporan Evaluasi Kinerja - %(unit)s.pdf", unit=unit.name),
                    "raw": pdf,
                    "mimetype": "application/pdf",
                    "res_model": self._name,
                    "res_id": self.id,
                    "company_id": self.company_id.id,
                }
            )
        # the batch is read-only for its readers: its documents are written as system
        self.env["ir.attachment"].sudo().create(documents)
        return len(documents), ""
