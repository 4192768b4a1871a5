"""One submission of a final result to BKN's SIASN, and its fate.

Who may do what:

=================  ===========================  =====================================
Action             Who                          Restriction
=================  ===========================  =====================================
send (queue)       the HR office                final evaluations of its companies,
                                                through *Send to SIASN* (evaluations,
                                                a year, a unit) or the nightly run it
                                                switched on; one submission per
                                                evaluation and kind
resend             the HR office                failed or sent (an update): never
                                                while queued
send (job)         the queue (OCA queue_job)    one job per submission, channel
                                                ``root.siasn``; retried with growing
                                                delays on network errors, 5xx, 429
workflow fields    nobody by write              every field: the job and the
                                                transitions write them
read               the HR office                of its companies; nobody else
delete             nobody                       the record of what BKN holds
=================  ===========================  =====================================

The job is idempotent: a submission already sent is not sent again by a second run,
and an update sends the id BKN returned the first time (``siasn_id`` as ``id``), so
SIASN updates its row instead of adding one.

Failures: a refusal (HTTP 4xx, or ``success: false``) is final at once: the
submission is *Failed*, with BKN's answer in Indonesian words and as it came, in the
error report the HR office reads (*Failed to Send*) and resends from after correcting
the data. A network error, a timeout, a 5xx or a 429 is retried by the queue, up to
:data:`MAX_RETRIES` times with the growing delays of the job function's retry pattern
(``data/queue_job_data.xml``; BKN's ``Retry-After`` wins when it sends one), then the
submission fails too (``_siasn_gagal_final``, the job function's ``on_fail``).

Each retried attempt is recorded in its own transaction, after the job's: the queue
rolls the job's transaction back when it asks for a retry, and the attempt count and
the error the HR office reads must survive that.
"""

import json

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import SQL

from odoo.addons.hr_kinerja_asn.models.hr_kinerja_workflow_mixin import transisi
from odoo.addons.queue_job.exception import RetryableJobError
from odoo.addons.queue_job.job import Job
from odoo.addons.queue_job.utils import must_run_without_delay

from . import siasn_client, siasn_payload

CHANNEL = "root.siasn"
#: attempts of one job before the submission fails (the job function's retry pattern
#: spaces them out)
MAX_RETRIES = 6
PRIORITY = 20
#: pg advisory lock namespace: one job at a time per submission
_KUNCI_ADVISORY = 51705

JENIS = [
    ("skp22", "Annual Result (skp22)"),
    ("kinerjaperiodik", "Periodic Result (kinerjaperiodik)"),
    ("angkakredit", "Credit Points (angkakredit)"),
]
#: the kind of submission of each kind of evaluation
JENIS_EVALUASI = {"tahunan": "skp22", "periodik": "kinerjaperiodik"}
STATE = [("antri", "Queued"), ("terkirim", "Sent"), ("gagal", "Failed")]

KIRIMAN_FIELDS = frozenset(
    {
        "evaluasi_id",
        "employee_id",
        "company_id",
        "periode_id",
        "jenis",
        "state",
        "payload",
        "respon",
        "siasn_id",
        "attempts",
        "error",
        "http_status",
        "tanggal_antri",
        "diantrekan_oleh_id",
        "tanggal_kirim",
    }
)


class HrKinerjaSiasnKiriman(models.Model):
    _name = "hr.kinerja.siasn.kiriman"
    _description = "Submission to SIASN"
    _inherit = ["mail.thread", "hr.kinerja.workflow.mixin"]
    _order = "id desc"
    _check_company_auto = True
    _kinerja_workflow_fields = KIRIMAN_FIELDS
    _kinerja_jaga_crud = True
    _kinerja_aksi = ("kirim_ulang",)

    # ------------------------------------------------------------------
    # Fields
    # ------------------------------------------------------------------
    evaluasi_id = fields.Many2one(
        "hr.kinerja.evaluasi",
        string="Evaluation",
        required=True,
        index=True,
        ondelete="restrict",
        readonly=True,
    )
    employee_id = fields.Many2one("hr.employee", required=True, index=True, readonly=True)
    company_id = fields.Many2one(
        "res.company", string="Agency", required=True, index=True, readonly=True
    )
    periode_id = fields.Many2one(
        "hr.kinerja.periode", string="Performance Year", index=True, readonly=True
    )
    periode_label = fields.Char(related="evaluasi_id.periode_label", string="Period")
    jenis = fields.Selection(JENIS, string="Kind", required=True, readonly=True, index=True)
    state = fields.Selection(
        STATE,
        string="Status",
        required=True,
        default="antri",
        tracking=True,
        index=True,
        copy=False,
        readonly=True,
    )
    siasn_id = fields.Char(
        string="SIASN ID",
        readonly=True,
        tracking=True,
        copy=False,
        help="The id BKN returned for the saved row; sent again as 'id' so that a later "
        "submission updates that row instead of adding one.",
    )
    payload = fields.Text(string="Data Sent", readonly=True, copy=False)
    respon = fields.Text(string="SIASN Answer", readonly=True, copy=False)
    attempts = fields.Integer(readonly=True, copy=False)
    error = fields.Text(string="Last Error", readonly=True, copy=False)
    http_status = fields.Integer(string="HTTP Status", readonly=True, copy=False)
    tanggal_antri = fields.Datetime(string="Queued On", readonly=True, copy=False)
    diantrekan_oleh_id = fields.Many2one("res.users", string="Queued By", readonly=True)
    tanggal_kirim = fields.Datetime(string="Sent On", readonly=True, copy=False)
    job_uuid = fields.Char(string="Job", compute="_compute_job")
    job_state = fields.Char(string="Job Status", compute="_compute_job")
    job_eta = fields.Datetime(string="Next Attempt", compute="_compute_job")
    can_kirim_ulang = fields.Boolean(compute="_compute_can", string="Can Resend")

    _sql_constraints = [
        (
            "evaluasi_jenis_uniq",
            "unique (evaluasi_id, jenis)",
            "An evaluation has one submission of each kind.",
        ),
    ]

    # ------------------------------------------------------------------
    # Compute
    # ------------------------------------------------------------------
    @api.depends("employee_id", "evaluasi_id.periode_label", "jenis")
    def _compute_display_name(self):
        labels = dict(self._fields["jenis"]._description_selection(self.env))
        for rec in self:
            rec.display_name = (
                f"{labels.get(rec.jenis, '')} · {rec.employee_id.name or ''} · "
                f"{rec.evaluasi_id.periode_label or ''}"
            )

    def _compute_job(self):
        """The last job of each submission (queue.job is the queue managers'; the HR
        office reads what it needs through here)."""
        jobs = (
            self.env["queue.job"]
            .sudo()
            .search_fetch(
                [("siasn_kiriman_id", "in", self.ids)],
                ["uuid", "state", "eta", "siasn_kiriman_id"],
                order="id desc",
            )
        )
        last = {}
        for job in jobs:
            last.setdefault(job.siasn_kiriman_id.id, job)
        states = dict(self.env["queue.job"]._fields["state"]._description_selection(self.env))
        for rec in self:
            job = last.get(rec.id)
            rec.job_uuid = job.uuid if job else False
            rec.job_state = states.get(job.state) if job else False
            rec.job_eta = job.eta if job and job.state == "pending" else False

    # ------------------------------------------------------------------
    # Rights (stated once: buttons and actions read them)
    # ------------------------------------------------------------------
    def _kinerja_aturan(self):
        return {"kirim_ulang": self._alasan_kirim_ulang}

    def _alasan_kirim_ulang(self):
        if not self.env.user._kinerja_is_hr():
            return self.env._("Only the HR office sends results to SIASN.")
        if self.state == "antri":
            return self.env._(
                "The submission of %(employee)s is already queued.",
                employee=self.employee_id.name,
            )
        return False

    # ------------------------------------------------------------------
    # CRUD
    # ------------------------------------------------------------------
    @api.model_create_multi
    def create(self, vals_list):
        if not self._kinerja_dalam_transisi():
            raise UserError(
                self.env._(
                    "Submissions to SIASN are made by the Send to SIASN action of the "
                    "HR office, never created directly."
                )
            )
        return super().create(vals_list)

    @api.ondelete(at_uninstall=False)
    def _unlink_never(self):
        raise UserError(
            self.env._("A submission to SIASN is the record of what BKN holds: it is kept.")
        )

    # ------------------------------------------------------------------
    # Actions
    # ------------------------------------------------------------------
    def action_kirim_ulang(self):
        """Queue these failed (or sent: an update) submissions again."""
        self._kinerja_mulai()
        self._check_can("kirim_ulang")
        self._siasn_antrekan()
        return True

    def action_buka_evaluasi(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": "hr.kinerja.evaluasi",
            "res_id": self.evaluasi_id.id,
            "view_mode": "form",
        }

    # ------------------------------------------------------------------
    # Queueing (batch: a constant number of queries for any selection)
    # ------------------------------------------------------------------
    @api.model
    def _siasn_kirim_evaluasi(self, evaluations):
        """Queue the final evaluations among ``evaluations``: a new submission for
        those without one, a resend for those that failed; those queued or sent stay
        as they are (an update of a sent one is the submission's *Resend*)."""
        evaluations = evaluations.filtered(lambda e: e.state == "final")
        existing = self.search_fetch(
            [("evaluasi_id", "in", evaluations.ids)], ["evaluasi_id", "jenis", "state"]
        )
        by_key = {(k.evaluasi_id.id, k.jenis): k for k in existing}
        now = fields.Datetime.now()
        new_vals, ulang = [], self.browse()
        for ev in evaluations:
            jenis = JENIS_EVALUASI[ev.jenis]
            kiriman = by_key.get((ev.id, jenis))
            if not kiriman:
                new_vals.append(
                    {
                        "evaluasi_id": ev.id,
                        "employee_id": ev.employee_id.id,
                        "company_id": ev.company_id.id,
                        "periode_id": ev.periode_id.id,
                        "jenis": jenis,
                        "state": "antri",
                        "tanggal_antri": now,
                        "diantrekan_oleh_id": self.env.uid,
                    }
                )
            elif kiriman.state == "gagal":
                ulang |= kiriman
        new = transisi(self).with_context(mail_create_nolog=True).create(new_vals)
        ulang._siasn_antrekan(buat_job=False)
        queued = (new | ulang).with_env(self.env)
        queued._siasn_buat_job()
        return queued

    def _siasn_antrekan(self, buat_job=True):
        """Back to the queue: one UPDATE for the whole set, then the jobs."""
        if not self:
            return
        transisi(self).with_context(mail_notrack=True).write(
            {
                "state": "antri",
                "error": False,
                "http_status": 0,
                "tanggal_antri": fields.Datetime.now(),
                "diantrekan_oleh_id": self.env.uid,
            }
        )
        if buat_job:
            self._siasn_buat_job()

    def _siasn_buat_job(self):
        """One queue_job job per submission, stored in one INSERT (``with_delay`` would
        store them one by one). Each is an ordinary OCA job: its function's channel,
        retry pattern and on_fail come from ``queue.job.function``."""
        if not self:
            return
        if must_run_without_delay(self.env):
            for rec in self:
                rec._siasn_kirim()
            return
        labels = dict(self._fields["jenis"]._description_selection(self.env))
        jobs = [
            Job(
                rec._siasn_kirim,
                priority=PRIORITY,
                max_retries=MAX_RETRIES,
                channel=CHANNEL,
                description=f"SIASN {labels[rec.jenis]}: {rec.employee_id.name} "
                f"({rec.evaluasi_id.periode_label or ''})",
            )
            for rec in self
        ]
        QueueJob = self.env["queue.job"]
        QueueJob.with_context(_job_edit_sentinel=QueueJob.EDIT_SENTINEL).sudo().create(
            [job._store_values(create=True) for job in jobs]
        )

    def _siasn_hasil_antri(self):
        """What the HR office sees after *Send to SIASN*."""
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "title": self.env._("Send to SIASN"),
                "message": self.env._(
                    "%(count)s submission(s) queued. Follow them in Kinerja ASN › SIASN.",
                    count=len(self),
                ),
                "type": "success" if self else "warning",
                "sticky": False,
            },
        }

    def _job_store_values(self, job):
        """queue_job's hook: link each job to its submission (the error report shows
        the job's state and next attempt). The generic hook, not
        ``_job_store_values_for_<method>``: queue_job 18.0 calls both and the generic
        one, defined on every model, wins."""
        vals = super()._job_store_values(job)
        if job.method_name == "_siasn_kirim":
            vals["siasn_kiriman_id"] = self.id
        return vals

    # ------------------------------------------------------------------
    # The job
    # ------------------------------------------------------------------
    def _siasn_kirim(self):
        """Send this submission to SIASN (the queue's job)."""
        self.ensure_one()
        if self.state != "antri":
            # idempotent: sent already (or failed, and not queued again)
            return f"nothing to do: {self.state}"
        self.env.cr.execute(
            SQL("SELECT pg_try_advisory_xact_lock(%s, %s)", _KUNCI_ADVISORY, self.id)
        )
        if not self.env.cr.fetchone()[0]:
            raise RetryableJobError(
                "another job is sending this submission", seconds=30, ignore_retry=True
            )
        payload = None
        try:
            config = self.company_id._siasn_config()
            payload = self._siasn_payload(config)
            body = siasn_client.simpan(config, siasn_payload.ENDPOINT[self.jenis], payload)
        except siasn_payload.PayloadError as exc:
            return self._siasn_gagal(self._siasn_pesan_data(exc), payload=payload, dicoba=False)
        except UserError as exc:
            return self._siasn_gagal(exc.args[0], payload=payload, dicoba=False)
        except siasn_client.SiasnError as exc:
            message = self._siasn_pesan_http(exc)
            if exc.retryable:
                self._siasn_catat_percobaan(message, exc.status, payload)
                raise RetryableJobError(message, seconds=exc.retry_after) from exc
            return self._siasn_gagal(message, exc.status, payload, respon=exc.body)
        return self._siasn_terkirim(payload, body)

    def _siasn_payload(self, config):
        """The payload of this submission from the evaluation as it is now (superuser
        read: the HR office's right was checked when it was queued; the job may run as
        the cron's user)."""
        ev = self.evaluasi_id.sudo()
        company = self.company_id.sudo()
        ppk = ev.penilai_id
        penilai = siasn_payload.penilai(
            nama=ppk.name,
            nip=ppk.nip,
            golongan=ppk.pangkat_golongan,
            jabatan=ppk.job_title or ppk.job_id.name,
            unor=ppk.department_id.name or company.name,
            non_asn=ppk.jenis_jabatan == "pejabat_negara",
            status_asn=company.siasn_status_asn or "ASN",
            status_non_asn=company.siasn_status_non_asn or "NON ASN",
        )
        common = {
            "tahun": ev.periode_id.tahun,
            "predikat": ev.predikat,
            "rating_hasil": ev.rating_hasil_kerja,
            "rating_perilaku": ev.rating_perilaku,
            "ppk": penilai,
            "pns_id": self._siasn_pns_id(config),
            "siasn_id": self.siasn_id,
        }
        if self.jenis == "skp22":
            return siasn_payload.skp22(**common)
        if self.jenis == "kinerjaperiodik":
            return siasn_payload.kinerjaperiodik(
                **common,
                date_start=ev.date_start,
                date_end=ev.date_end,
                frekuensi=ev.periode_id.frekuensi_evaluasi,
                jenjang=ev.jenjang_jabatan_fungsional,
            )
        # angkakredit: the PAK decree (number, date, jabatan row) is not recorded yet
        raise siasn_payload.PayloadError("sk")

    def _siasn_pns_id(self, config):
        """The pegawai's SIASN id, asked once from ``pns/data-utama/{nip}`` and kept."""
        employee = self.employee_id.sudo()
        if employee.siasn_pns_id:
            return employee.siasn_pns_id
        if not employee.nip:
            raise siasn_payload.PayloadError("pns_id")
        employee.siasn_pns_id = siasn_client.pns_id(config, employee.nip)
        return employee.siasn_pns_id

    # -- transitions written by the job ------------------------------------------
    def _siasn_terkirim(self, payload, body):
        siasn_id = siasn_payload.id_tersimpan(self.jenis, body) or self.siasn_id
        transisi(self).write(
            {
                "state": "terkirim",
                "siasn_id": siasn_id,
                "attempts": self.attempts + 1,
                "error": False,
                "http_status": 200,
                "payload": _json(payload),
                "respon": _json(body),
                "tanggal_kirim": fields.Datetime.now(),
            }
        )
        return f"sent: {siasn_id}"

    def _siasn_gagal(self, message, status=None, payload=None, respon=None, dicoba=True):
        """Final failure: BKN refused the data (or the data cannot be built)."""
        transisi(self).write(
            {
                "state": "gagal",
                "attempts": self.attempts + (1 if dicoba else 0),
                "error": message,
                "http_status": status or 0,
                "payload": _json(payload) if payload else self.payload,
                "respon": respon or False,
            }
        )
        return f"failed: {message}"

    def _siasn_catat_percobaan(self, message, status, payload):
        """A failed attempt the queue will retry. The runner rolls the job's own
        transaction back before the retry, so the attempt is written after that
        rollback (or after a commit, should an executor commit instead), in a
        transaction of its own: the count and the error the HR office reads survive."""
        registry, uid, context = self.env.registry, self.env.uid, dict(self.env.context)
        values = {
            "error": message,
            "http_status": status or 0,
            "payload": _json(payload) if payload else False,
        }
        kiriman_id = self.id

        def catat():
            with registry.cursor() as cr:
                rec = api.Environment(cr, uid, context)[self._name].browse(kiriman_id)
                vals = dict(values, attempts=rec.attempts + 1)
                if not vals["payload"]:
                    del vals["payload"]
                transisi(rec).write(vals)

        self.env.cr.postrollback.add(catat)
        self.env.cr.postcommit.add(catat)

    def _siasn_gagal_final(self, exc_info=None, exc_name=None, exc_message=None):
        """queue_job's ``on_fail``: the retries are exhausted (or the job broke)."""
        for rec in self.filtered(lambda k: k.state == "antri"):
            last = rec.error or exc_message or exc_name or ""
            transisi(rec).write(
                {
                    "state": "gagal",
                    "error": rec.env._(
                        "No success after %(attempts)s attempts. Last error: %(error)s",
                        attempts=rec.attempts,
                        error=last,
                    ),
                }
            )

    # -- readable messages -------------------------------------------------------
    def _siasn_pesan_data(self, exc):
        _ = self.env._
        messages = {
            "predikat": _("The evaluation has no predikat."),
            "rating": _("A rating of the evaluation is missing."),
            "periodik": _("The performance year has no evaluation rhythm (monthly or quarterly)."),
            "pns_id": _(
                "%(employee)s has neither a SIASN ID nor a NIP to look it up with.",
                employee=self.employee_id.name,
            ),
            "sk": _(
                "Credit points are sent with their PAK decree (number, date, position "
                "history in SIASN), which is not recorded yet."
            ),
        }
        return messages.get(exc.code, exc.code)

    def _siasn_pesan_http(self, exc):
        _ = self.env._
        readable = {
            "koneksi": _("SIASN could not be reached"),
            "timeout": _("SIASN did not answer in time"),
            "server": _("SIASN had an internal error"),
            "batas": _("SIASN received too many requests and asked to wait"),
            "token": _("SIASN refused the credentials (expired or wrong token)"),
            "ditolak": _("SIASN refused the data"),
            "respon": _("SIASN answered something unreadable"),
        }[exc.kind]
        status = _("HTTP %(status)s", status=exc.status) if exc.status else _("no answer")
        after = _("It will be tried again later.") if exc.retryable else ""
        return "\n".join(
            part for part in (f"{readable} ({status}). {after}".strip(), exc.body) if part
        )

    # ------------------------------------------------------------------
    # The nightly run
    # ------------------------------------------------------------------
    @api.model
    def _cron_kirim_siasn(self):
        """Queue the final evaluations not sent yet, of the agencies whose HR office
        switched the nightly run on (failed ones wait for the HR office)."""
        companies = self.env["res.company"].sudo().search([("siasn_kirim_otomatis", "=", True)])
        if not companies:
            return self.browse()
        evaluations = (
            self.env["hr.kinerja.evaluasi"]
            .sudo()
            .search(
                [
                    ("company_id", "in", companies.ids),
                    ("state", "=", "final"),
                    ("siasn_kiriman_ids", "=", False),
                ]
            )
        )
        return self._siasn_kirim_evaluasi(evaluations.sudo(False))


def _json(value):
    return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True) if value else False
