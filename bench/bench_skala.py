"""Scale benchmark (issue 14): the batch paths of a year on a generated instansi of N
pegawai, each beside the raw-SQL floor for the same work, in one run.

Run:  make bench N=10000      (or, on a database with hr_kinerja_asn installed:
      N=1000 bash scripts/bench-ukur.sh <db>)

It runs on a throwaway copy of the database (``scripts/bench-ukur.sh``) and commits
each step, as the product's requests and jobs do: an agency's evaluations are written
weeks before they are finalised, and PostgreSQL re-checks every foreign key of a row
that the updating transaction itself inserted (twelve on an evaluation), which a run
in one transaction would charge to every step, product and floor alike. Operations go
through the product's own methods as the HR office; the floor is the SQL a
hand-written batch would need for the same result (an INSERT ... SELECT, an UPDATE by
the kuadran, a GROUP BY unit and predikat), measured on the same rows inside a
savepoint that is rolled back before the product runs.
"""

import datetime
import importlib.util
import logging
import os
import random
import sys
import time

import psycopg2

from odoo import sql_db

sys.path.insert(0, os.path.join(os.getcwd(), "bench"))

from instansi import buat_instansi, isi_rhk

# the screens as the tests count them, loaded by path: importing the addon's tests
# package would load the test framework into this shell
_spec = importlib.util.spec_from_file_location(
    "kinerja_layar", os.path.join(os.getcwd(), "hr_kinerja_asn", "tests", "layar.py")
)
_layar = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_layar)
layar_ppk = _layar.layar_ppk
hangatkan = _layar.hangatkan

N = int(os.environ.get("N", "1000"))
YEAR = int(os.environ.get("BENCH_YEAR", "2031"))
# BENCH_PROFILE=<part of an operation's label>: print that operation's cProfile
PROFILE = os.environ.get("BENCH_PROFILE")
SQL_LOG = os.environ.get("BENCH_SQL")
random.seed(14)
base_env = env  # noqa: F821 - odoo shell global
rows = []


def measure(label, func, floor_sql=None, env=None):
    """Time and queries of ``func`` (cold cache, flush included), and of the floor SQL
    run first on the same data in a savepoint that is rolled back."""
    env = env or base_env
    floor_t = None
    if floor_sql:
        env.flush_all()
        with env.cr.savepoint(flush=False) as sp:
            start = time.perf_counter()
            for statement, params in floor_sql():
                env.cr.execute(statement, params)
            floor_t = time.perf_counter() - start
            sp.rollback()
        env.invalidate_all()
    env.flush_all()
    env.invalidate_all()
    profiler = None
    if PROFILE and any(part in label for part in PROFILE.split(",")):
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    # BENCH_SQL=<part of an operation's label>: log that operation's queries
    sql_logger = logging.getLogger("odoo.sql_db")
    if SQL_LOG and SQL_LOG in label:
        sql_logger.setLevel(logging.DEBUG)
    queries, start = env.cr.sql_log_count, time.perf_counter()
    result = func()
    sql_logger.setLevel(logging.ERROR)
    env.flush_all()
    queries = env.cr.sql_log_count - queries
    # the step's own transaction, as a request or a job commits it
    committing = time.perf_counter()
    env.cr.commit()
    elapsed = time.perf_counter() - start
    committing = time.perf_counter() - committing
    if profiler:
        import pstats

        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(45)
        # the whole profile for pstats (callers, callees): /tmp/bench-<label>.prof
        profiler.dump_stats(f"/tmp/bench-{label.split()[0]}-{label.split()[-1]}.prof")
    rows.append((label, elapsed, queries, floor_t))
    print(f"  {label}: {elapsed:.2f}s (commit {committing:.2f}s)", flush=True)
    return result


if not (os.environ.get("BENCH_SALINAN") or os.environ.get("BENCH_HANYA_BUAT")):
    raise SystemExit("bench_skala.py commits each step: run it on a copy (scripts/bench-ukur.sh)")
t0 = time.perf_counter()
data = buat_instansi(base_env, N, f"{N}_{YEAR}")
env = data["env"]
company = data["company"]
hr = env.ref("base.user_admin")
hr.write({"company_ids": [(4, company.id)], "company_id": company.id})
henv = env(user=hr, context=dict(env.context, allowed_company_ids=[company.id]))
print(f"generated {len(data['employees'])} pegawai in {time.perf_counter() - t0:.0f}s", flush=True)
env.cr.commit()
if os.environ.get("BENCH_HANYA_BUAT"):
    # generation only, kept in the database (50,000 take half an hour): the operations
    # run on copies of it
    raise SystemExit(0)

# the work itself, in this transaction: above a part's size the actions hand it to the
# job queue in parts (hr.kinerja.proses), which run the same methods part by part
env["ir.config_parameter"].set_param("hr_kinerja_asn.ukuran_bagian", str(10 * N))
periode = henv["hr.kinerja.periode"].create({"tahun": YEAR, "company_id": company.id})
SKP = "hr_kinerja_skp"


def floor_open():
    """The SKPs with their snapshot columns, the 7 BerAKHLAK lines and the 7 lampiran
    rows each, and a to-do each: five INSERT ... SELECT."""
    return [
        (
            f"INSERT INTO {SKP} (employee_id, periode_id, company_id, date_start, date_end, "
            "state, name, jenis_skp, pendekatan, pejabat_penilai_id, department_id, "
            "create_uid, write_uid, create_date, write_date) "
            "SELECT e.id, %s, %s, %s, %s, 'draft', e.name, 'ja_jf', 'kuantitatif', "
            "e.pejabat_penilai_id, e.department_id, 1, 1, now(), now() "
            "FROM hr_employee e WHERE e.company_id = %s AND e.jenis_jabatan != 'pejabat_negara'",
            [periode.id, company.id, periode.date_start, periode.date_end, company.id],
        ),
        (
            "INSERT INTO hr_kinerja_perilaku (skp_id, core_value_id, create_uid, write_uid, "
            "create_date, write_date) SELECT s.id, v.id, 1, 1, now(), now() "
            "FROM hr_kinerja_skp s, hr_kinerja_core_value v WHERE s.periode_id = %s",
            [periode.id],
        ),
        (
            "INSERT INTO hr_kinerja_lampiran (skp_id, jenis, name, create_uid, write_uid, "
            "create_date, write_date) SELECT s.id, 'sumber_daya', v.name->>'en_US', "
            "1, 1, now(), now() FROM hr_kinerja_skp s, hr_kinerja_core_value v "
            "WHERE s.periode_id = %s",
            [periode.id],
        ),
        (
            "INSERT INTO mail_activity (res_model_id, res_model, res_id, activity_type_id, "
            "user_id, date_deadline, summary, create_uid, write_uid, create_date, write_date) "
            "SELECT m.id, 'hr.kinerja.skp', s.id, 1, e.user_id, now()::date, 'SKP', 1, 1, "
            "now(), now() FROM hr_kinerja_skp s JOIN hr_employee e ON e.id = s.employee_id, "
            "ir_model m WHERE m.model = 'hr.kinerja.skp' AND s.periode_id = %s",
            [periode.id],
        ),
    ]


def analyze():
    """The tables generation and data entry just filled, vacuumed and analysed once
    that is committed, as an agency's database is by the time of the step measured
    (the pegawai entered their work weeks before the month end; autovacuum has run
    since): the planner then knows the tables (a guess from empty ones picks nested
    loops over thousands of rows), and no autovacuum of the entry's dead rows runs
    on this 2-core machine during the floor or the product, which made both vary
    by half from run to run."""
    env.flush_all()
    env.cr.commit()
    _dbname, params = sql_db.connection_info_for(env.cr.dbname)
    conn = psycopg2.connect(**params)
    conn.autocommit = True
    with conn.cursor() as cr:
        cr.execute(
            "VACUUM ANALYZE hr_employee, res_users, res_partner, hr_kinerja_skp, "
            "hr_kinerja_rhk, hr_kinerja_indikator, hr_kinerja_perilaku, hr_kinerja_lampiran, "
            "mail_activity, mail_followers, mail_message, hr_kinerja_evaluasi, "
            "hr_kinerja_evaluasi_unit"
        )
    conn.close()


analyze()
measure("opening a year (draft SKP + to-do each)", periode.action_mulai, floor_open, henv)
skps = henv["hr.kinerja.skp"].search([("periode_id", "=", periode.id)])
isi_rhk(env, skps.sudo())
analyze()


def floor_state(table, state, ids):
    return lambda: [(f"UPDATE {table} SET state = %s WHERE id = ANY(%s)", [state, ids])]


measure(
    "submitting every SKP",
    skps.action_ajukan,
    floor_state(SKP, "diajukan", skps.ids),
    henv,
)
measure("setting every SKP", skps.action_tetapkan, floor_state(SKP, "ditetapkan", skps.ids), henv)

# organisational achievement of every unit, January and the year (data entry)
units = data["units"]
Capaian = henv["hr.kinerja.capaian.organisasi"]
jan = (datetime.date(YEAR, 1, 1), datetime.date(YEAR, 1, 31))
Capaian.create(
    [
        {
            "company_id": company.id,
            "department_id": d.id,
            "periode_id": periode.id,
            "jenis": jenis,
            "date_start": start,
            "date_end": end,
            "capaian": "baik",
        }
        for d in units | units.parent_id | units.parent_id.parent_id
        for jenis, (start, end) in (
            ("periodik", jan),
            ("tahunan", (periode.date_start, periode.date_end)),
        )
    ]
)
Evaluasi = henv["hr.kinerja.evaluasi"]
analyze()


def floor_generate(jenis, start, end):
    return lambda: [
        (
            "INSERT INTO hr_kinerja_evaluasi (employee_id, skp_id, periode_id, company_id, "
            "department_id, penilai_id, jenis, date_start, date_end, state, create_uid, "
            "write_uid, create_date, write_date) SELECT s.employee_id, s.id, s.periode_id, "
            "s.company_id, e.department_id, s.pejabat_penilai_id, %s, %s, %s, 'draft', 1, 1, "
            "now(), now() FROM hr_kinerja_skp s "
            "JOIN hr_employee e ON e.id = s.employee_id WHERE s.periode_id = %s",
            [jenis, start, end, periode.id],
        )
    ]


monthly = measure(
    "creating a month's evaluations",
    lambda: Evaluasi._generate(periode, *jan, "periodik", f"Januari {YEAR}"),
    floor_generate("periodik", *jan),
    henv,
)


KUADRAN = (
    "CASE WHEN rating_hasil_kerja = 'diatas' AND rating_perilaku = 'diatas' THEN 'sangat_baik' "
    "WHEN rating_perilaku = 'dibawah' AND rating_hasil_kerja = 'dibawah' THEN 'sangat_kurang' "
    "WHEN rating_perilaku = 'dibawah' THEN 'kurang' "
    "WHEN rating_hasil_kerja = 'dibawah' THEN 'butuh_perbaikan' ELSE 'baik' END"
)


def rate(evaluations):
    """The PPKs' ratings (data entry, not measured): mostly as expected, with the
    predikat each pair gives (the stored compute's result, written with them), so the
    measured step is the batch action on rated drafts."""
    choices = ["sesuai"] * 7 + ["diatas"] * 2 + ["dibawah"]
    ids = evaluations.ids
    hasil = [random.choice(choices) for _ in ids]
    perilaku = [random.choice(choices) for _ in ids]
    env.flush_all()
    env.cr.execute(
        "UPDATE hr_kinerja_evaluasi e SET rating_hasil_kerja = v.h, rating_perilaku = v.p "
        "FROM unnest(%s::int[], %s::varchar[], %s::varchar[]) AS v(id, h, p) WHERE e.id = v.id",
        [ids, hasil, perilaku],
    )
    env.cr.execute(f"UPDATE hr_kinerja_evaluasi SET predikat = {KUADRAN} WHERE id = ANY(%s)", [ids])
    env.invalidate_all()


def floor_predikat(ids):
    return lambda: [
        (
            f"UPDATE hr_kinerja_evaluasi SET predikat = {KUADRAN}, state = 'dinilai' "
            "WHERE id = ANY(%s)",
            [ids],
        ),
        (
            "SELECT unit_id, predikat, count(*) FROM hr_kinerja_evaluasi WHERE id = ANY(%s) "
            "GROUP BY unit_id, predikat",
            [ids],
        ),
    ]


def floor_final(ids):
    return lambda: [("UPDATE hr_kinerja_evaluasi SET state = 'final' WHERE id = ANY(%s)", [ids])]


def predikat_and_finalising(evaluations, predikat_label, final_label):
    """The PPKs' ratings (data entry), then the predikat for all and every unit
    finalised, each in its own transaction beside its floor."""
    rate(evaluations)
    analyze()
    measure(
        predikat_label,
        evaluations.sudo().action_hitung_predikat,
        floor_predikat(evaluations.ids),
        henv,
    )
    # the units as the HR office selects them in the list (a browse of their ids, as
    # the web client calls the action), not read back from 50,000 evaluations inside
    # the measured step
    units = henv["hr.kinerja.evaluasi.unit"].browse(evaluations.unit_id.ids)
    measure(
        final_label,
        lambda: units.action_finalkan(justifikasi="Bench"),
        floor_final(evaluations.ids),
        henv,
    )


predikat_and_finalising(
    monthly, "computing the predikat, monthly", "finalising every unit, monthly"
)
annual = Evaluasi._generate(
    periode, periode.date_start, periode.date_end, "tahunan", f"Tahunan {YEAR}"
)
if os.environ.get("BENCH_SAMPAI") == "tahunan":
    # BENCH_SAMPAI=tahunan: stop with the annual evaluations generated, committed (on a
    # copy made by hand, to time the annual step again and again on the same rows)
    env.cr.commit()
    raise SystemExit(0)
# the annual step of point 2: the predikat and the distribution check for all, then
# every unit finalised; reported with their sum
predikat_and_finalising(
    annual, "annual predikat + distribution check", "finalising every unit, annual"
)
rows.append(
    (
        "annual predikat + distribution + finalising every unit",
        rows[-2][1] + rows[-1][1],
        rows[-2][2] + rows[-1][2],
        rows[-2][3] + rows[-1][3],
    )
)

# screens: queries of one request, whatever N
skp = skps[len(skps) // 2]


ppk = skp.pejabat_penilai_id.user_id
unit = monthly.filtered(lambda e: e.skp_id == skp).unit_id  # the PPK's own unit
for label, screen in layar_ppk(henv, ppk, skp, unit).items():
    # a worker's steady state: the user's rules and views cached by their first
    # requests, each read cold as a request reads (layar.hangatkan)
    hangatkan(henv, screen)
    measure(label, screen, env=henv)

print(f"\nN = {len(data['employees'])} pegawai, {len(data['units'])} units\n")
print("| operation | time | queries | SQL floor | ratio |\n|---|---|---|---|---|")
for label, elapsed, queries, floor in rows:
    ratio = f"{elapsed / floor:.1f}×" if floor else "–"
    floor_s = f"{floor:.2f} s" if floor is not None else "–"
    print(f"| {label} | {elapsed:.2f} s | {queries} | {floor_s} | {ratio} |")
print(f"\ntotal {time.perf_counter() - t0:.0f}s", flush=True)
