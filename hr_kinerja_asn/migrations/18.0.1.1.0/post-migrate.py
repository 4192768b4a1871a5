"""18.0.1.1.0: the evaluation periods of every existing performance year become records
(``hr.kinerja.periode.evaluasi``), which the realisation and evaluation dialogs offer."""

from odoo import SUPERUSER_ID, api


def migrate(cr, version):
    env = api.Environment(cr, SUPERUSER_ID, {})
    env["hr.kinerja.periode"].search([])._sinkron_periode_evaluasi()
