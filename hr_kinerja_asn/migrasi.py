"""What the addons' migrations share (``migrations/<version>/post-migrate.py``).

Record rules and other security data are declared ``noupdate``, which a module update
skips: a release that changes them loads their files once more, as at installation,
so the module's XML stays the one statement of each rule."""

from odoo import SUPERUSER_ID, api
from odoo.tools import convert_file


def muat_ulang(cr, module, paths):
    """Load ``paths`` of ``module`` again as at installation; the rule caches of every
    worker are cleared. Returns a superuser environment for what else the step does."""
    env = api.Environment(cr, SUPERUSER_ID, {})
    for path in paths:
        convert_file(env, module, path, {}, mode="init", noupdate=True)
    env.registry.clear_cache()
    return env
