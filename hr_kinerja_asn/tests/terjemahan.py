"""The one check that an addon of the project speaks Indonesian everywhere: every
term Odoo exports for it (code, views, data, as the .pot is made) has its
translation in the addon's ``i18n/id.po``. The core and each bridge call it."""

from pathlib import Path

import polib

from odoo.modules.module import get_module_path
from odoo.tools.translate import TranslationModuleReader


def istilah_tanpa_terjemahan(env, addon, minimum):
    """The addon's terms without an Indonesian translation (asserts the export found
    at least ``minimum`` terms, so an empty export never passes)."""
    reader = TranslationModuleReader(env.cr, modules=[addon])
    terms = {source for _m, _t, _n, _r, source, _v, _c in reader if source.strip()}
    assert len(terms) >= minimum, f"the export found {len(terms)} terms of {addon}"
    po = Path(get_module_path(addon)) / "i18n" / "id.po"
    translated = {e.msgid for e in polib.pofile(str(po)) if e.msgstr and not e.obsolete}
    return sorted(terms - translated)


def cek_terjemahan(case, addon, minimum):
    missing = istilah_tanpa_terjemahan(case.env, addon, minimum)
    case.assertFalse(
        missing,
        f"{len(missing)} term(s) of {addon} without an Indonesian translation in "
        f"i18n/id.po (run scripts/i18n.py): {missing[:20]}",
    )
