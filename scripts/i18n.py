"""Refresh i18n/<addon>.pot from a database and merge it into i18n/id.po.

Usage: python scripts/i18n.py DB [addon ...]   (the addon must be installed in DB)
Existing Indonesian translations are kept; new terms arrive untranslated and
are listed, so they can be translated before committing.
"""

import subprocess
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent


def main(db, addons):
    for addon in addons:
        pot_path = ROOT / addon / "i18n" / f"{addon}.pot"
        po_path = ROOT / addon / "i18n" / "id.po"
        subprocess.run(
            [
                str(ROOT / ".venv/bin/odoo"),
                "-c",
                str(ROOT / ".odoorc"),
                "-d",
                db,
                f"--i18n-export={pot_path}",
                f"--modules={addon}",
                "--stop-after-init",
                "--log-level=error",
            ],
            check=True,
        )
        pot = polib.pofile(str(pot_path))
        po = polib.pofile(str(po_path)) if po_path.exists() else polib.POFile()
        po.metadata = dict(pot.metadata, Language="id", **{"Plural-Forms": "nplurals=1; plural=0;"})
        po.merge(pot)
        po.save(str(po_path))
        missing = [e.msgid for e in po if not e.msgstr and not e.obsolete]
        print(f"{addon}: {len(po)} terms, {len(missing)} untranslated")
        for msgid in missing:
            print("   ", msgid.replace("\n", " ")[:100])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:] or ["hr_kinerja_asn"])
