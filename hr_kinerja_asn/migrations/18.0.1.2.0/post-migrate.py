"""18.0.1.2.0

A unit head now counts in the unit they are rated in, their PPK's (spec decision 2,
docs/decisions.md): the head's open evaluations leave the unit they lead, whose PPK
(the head themself) could neither rate nor finalise them. Final evaluations keep the
unit they were finalised in; units left empty are removed.

The performance home becomes the first screen of the users who have none.

Terms whose English source changed keep their old translation on an update (Odoo does
not overwrite translations by default): the indicator's unit of measure still read
"Unit Kerja". The addon's Indonesian is loaded again, overwriting.
"""

from odoo import SUPERUSER_ID, api


def migrate(cr, version):
    env = api.Environment(cr, SUPERUSER_ID, {})
    Evaluasi = env["hr.kinerja.evaluasi"]
    heads = Evaluasi.search([("is_kepala_unit", "=", True), ("state", "!=", "final")])
    left = heads.unit_id
    heads._kinerja_pindah_ke_unit_dinilai()
    empty = left.filtered(lambda u: not Evaluasi.search_count([("unit_id", "=", u.id)]))
    empty.unlink()
    env["res.users"]._kinerja_beranda_sebagai_awal()
    if env["res.lang"]._lang_get("id_ID"):
        env["ir.module.module"]._load_module_terms(["hr_kinerja_asn"], ["id_ID"], overwrite=True)
