"""Run pending queue_job jobs in a test the way OCA queue_job's runner does
(``RunJobController._runjob``): each job in a transaction of its own, rolled back
when the job asks to be retried (then postponed by its retry pattern) or fails (then
``on_fail``), committed when done. In a test the registry is in test mode, so these
cursors are savepoints of the test's transaction (as HttpCase's requests are).

The real runner, with a prefork server, runs the same jobs in ``integration/``."""

# pylint: disable=invalid-commit
import traceback

from odoo import SUPERUSER_ID, api

from odoo.addons.queue_job.exception import RetryableJobError
from odoo.addons.queue_job.job import Job


def masuk_mode_uji(cls):
    """The job runner opens cursors of its own: in a test they share the test's
    transaction (Odoo's test cursors), as HttpCase does."""
    if not getattr(cls, "registry_test_mode", False):
        cls.registry.enter_test_mode(cls.cr)
        cls.addClassCleanup(cls.registry.leave_test_mode)


def job_menunggu(env, channel):
    env.flush_all()
    return env["queue.job"].search(
        [("channel", "=", channel), ("state", "=", "pending")], order="id"
    )


def jalankan_antrian(env, registry, channel):
    """Run every pending job of ``channel`` once; their outcomes ("done", "retry",
    "failed") in order."""
    outcomes = []
    for uuid in job_menunggu(env, channel).mapped("uuid"):
        with registry.cursor() as cr:
            job_env = api.Environment(cr, SUPERUSER_ID, {})
            job = Job.load(job_env, uuid)
            job.set_started()
            job.store()
            cr.commit()
            try:
                job.perform()
                job_env.flush_all()
                job.set_done()
                job.store()
                cr.commit()
                outcomes.append("done")
            except RetryableJobError as err:
                cr.rollback()
                job.env.clear()
                job.postpone(result=str(err), seconds=err.seconds)
                job.set_pending(reset_retry=False)
                job.store()
                cr.commit()
                outcomes.append("retry")
            except Exception as exc:  # what the runner catches
                cr.rollback()
                job.env.clear()
                vals = {
                    "exc_info": traceback.format_exc(),
                    "exc_name": type(exc).__name__,
                    "exc_message": str(exc),
                }
                job.set_failed(**vals)
                job.store()
                job.on_fail(vals)
                cr.commit()
                outcomes.append("failed")
    env.invalidate_all()
    return outcomes


def jalankan_di_transaksi_uji(env, channel):
    """Run every pending job of ``channel`` in the test's own transaction. In an
    HttpCase a job that calls the test's HTTP server back (wkhtmltopdf fetches a
    report's styles from it) cannot open a cursor of its own, as the runner's are:
    the server's requests wait for that cursor to close. A failure fails the test."""
    outcomes = []
    for uuid in job_menunggu(env, channel).mapped("uuid"):
        job = Job.load(env(user=SUPERUSER_ID), uuid)
        job.set_started()
        job.perform()
        env.flush_all()
        job.set_done()
        job.store()
        outcomes.append("done")
    env.invalidate_all()
    return outcomes
