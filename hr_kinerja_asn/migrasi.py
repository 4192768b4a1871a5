"""What the addons' migrations share (``migrations/<version>/post-migrate.py``).

Record rules and other security data are declared ``noupdate``, which a module update
skips: a release that changes them loads their files once more, as at installation,
so the module's XML stays the one statement of each rule."""

import logging

import psycopg2

from odoo import SUPERUSER_ID, api
from odoo.tools import SQL, convert_file

_logger = logging.getLogger(__name__)


def muat_ulang(cr, module, paths):
    """Load ``paths`` of ``module`` again as at installation; the rule caches of every
    worker are cleared. Returns a superuser environment for what else the step does."""
    env = api.Environment(cr, SUPERUSER_ID, {})
    for path in paths:
        convert_file(env, module, path, {}, mode="init", noupdate=True)
    env.registry.clear_cache()
    return env


def matikan_jit(cr):
    """PostgreSQL's JIT compilation off for this database's new sessions.

    A record rule that ORs paths through the same relation (a pegawai reads the SKPs
    of themselves, their superiors, their PPK and the leaders named on their SKP) is
    planned as one subquery over every employee; at 50,000 pegawai its estimated cost
    passes ``jit_above_cost`` and PostgreSQL spends about a second compiling it, for a
    query that runs in milliseconds (measured on the SKP form, issue 14). Odoo's short
    queries never gain from JIT (it is off by default from PostgreSQL 19). The database
    owner may set it; when the role may not, the HR office's hosting is told."""
    try:
        with cr.savepoint():
            cr.execute(SQL("ALTER DATABASE %s SET jit = off", SQL.identifier(cr.dbname)))
    except psycopg2.Error as error:
        _logger.warning(
            "JIT stays on for database %s (%s): set jit = off in postgresql.conf",
            cr.dbname,
            error,
        )
