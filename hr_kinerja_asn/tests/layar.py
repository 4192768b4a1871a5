"""What the web client asks for when it opens a screen, for counting its queries
(issue 14 point 2: an SKP form ≤ 40 queries, a PPK's team list and a unit's
evaluation list ≤ 25, whatever the number of pegawai). Shared by the tests and the
scale benchmark (bench/bench_skala.py)."""

from odoo.tools.safe_eval import safe_eval


def spesifikasi(env, model, view_type="form"):
    """The ``specification`` of ``web_read`` / ``web_search_read`` for the default
    view: every field of the view, the display name of each many2one, and for each
    one2many or many2many shown in it the fields of its sub-view."""
    views = env[model].get_views([(False, view_type)])
    fields_ = views["models"][model]["fields"]
    spec = {}
    for fname, desc in fields_.items():
        if desc["type"] in ("one2many", "many2many") and desc.get("relation") in views["models"]:
            sub = views["models"][desc["relation"]]["fields"]
            spec[fname] = {"fields": {f: {} for f in sub if f != "id"}}
        elif desc["type"] == "many2one":
            spec[fname] = {"fields": {"display_name": {}}}
        else:
            spec[fname] = {}
    return spec


def layar_ppk(env, ppk_user, skp, unit):
    """The screens a PPK opens every month, as callables: an SKP form, the unit's
    evaluation list, and "SKP Tim Saya" (its action's domain) as kanban, its first
    view, and as list."""
    skp_form = spesifikasi(env, "hr.kinerja.skp")
    evaluasi_list = spesifikasi(env, "hr.kinerja.evaluasi", "list")
    skp_list = spesifikasi(env, "hr.kinerja.skp", "list")
    skp_kanban = spesifikasi(env, "hr.kinerja.skp", "kanban")
    tim = safe_eval(
        env.ref("hr_kinerja_asn.hr_kinerja_skp_action_team").sudo().domain, {"uid": ppk_user.id}
    )
    as_ppk = env(user=ppk_user)
    Skp = as_ppk["hr.kinerja.skp"]
    return {
        "opening one SKP form (web_read)": lambda: skp.with_env(as_ppk).web_read(skp_form),
        "a unit's evaluation list (web_search_read)": lambda: as_ppk[
            "hr.kinerja.evaluasi"
        ].web_search_read([("unit_id", "=", unit.id)], evaluasi_list, limit=80),
        "a PPK's team SKP screen (kanban)": lambda: Skp.web_search_read(tim, skp_kanban, limit=40),
        "a PPK's team SKP list (web_search_read)": lambda: Skp.web_search_read(
            tim, skp_list, limit=80
        ),
    }


# the ceilings of issue 14 point 2
BATAS = {
    "opening one SKP form (web_read)": 40,
    "a unit's evaluation list (web_search_read)": 25,
    "a PPK's team SKP screen (kanban)": 25,
    "a PPK's team SKP list (web_search_read)": 25,
}


def hangatkan(env, screen):
    """A worker's steady state before a screen is counted: the user's first requests
    compute and cache their record rules and views (``ir.rule`` and view caches), each
    with a fresh record cache as a request has. Two, because what the first computes
    changes what the second needs (a rule computed once leaves records in the cache
    that a later step then reads again through another model's rule)."""
    for _request in range(2):
        env.invalidate_all()
        screen()
