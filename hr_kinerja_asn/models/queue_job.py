"""Which batch a job is a part of (set when the job is stored, through queue_job's
``_job_store_values`` hook): the batch's form lists its jobs."""

from odoo import fields, models


class QueueJob(models.Model):
    _inherit = "queue.job"

    kinerja_proses_id = fields.Many2one(
        "hr.kinerja.proses",
        string="Batch Process",
        index="btree_not_null",
        ondelete="set null",
        readonly=True,
    )
