"""Which submission to SIASN a job sends (set when the job is stored, through
queue_job's ``_job_store_values`` hook), so a submission shows its job's
state and next attempt without parsing the job's arguments."""

from odoo import fields, models


class QueueJob(models.Model):
    _inherit = "queue.job"

    siasn_kiriman_id = fields.Many2one(
        "hr.kinerja.siasn.kiriman",
        string="Submission to SIASN",
        index="btree_not_null",
        ondelete="set null",
        readonly=True,
    )
