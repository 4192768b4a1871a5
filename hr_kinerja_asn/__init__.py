from . import controllers
from . import models
from . import report
from . import wizard


def post_init_hook(env):
    """Settings of the database the product runs on (``migrasi.matikan_jit``)."""
    from .migrasi import matikan_jit

    matikan_jit(env.cr)
