"""Scale benchmark of the SKP batch paths, on a throwaway company in an existing database.

Run:  .venv/bin/odoo shell -c .odoorc -d <db> --log-level=error < bench/bench_skp.py
Prints, for N pegawai, the time and queries of: opening the year (N draft SKPs with
their 7 behaviour lines, 7 attachment lines and a to-do each), submitting them all,
and setting them all as their PPK. Everything is rolled back at the end.
"""

import time

from odoo import Command

env = env(context=dict(env.context, tracking_disable=True))  # noqa: F821 - odoo shell global
SIZES = (50, 500)


def measure(func):
    env.flush_all()
    env.invalidate_all()
    queries, start = env.cr.sql_log_count, time.perf_counter()
    func()
    env.flush_all()
    return time.perf_counter() - start, env.cr.sql_log_count - queries


def run(size, year):
    company = env["res.company"].create({"name": f"Bench {size}"})
    users = (
        env["res.users"]
        .with_context(no_reset_password=True)
        .create(
            [
                {
                    "name": f"Bench {size} {i}",
                    "login": f"bench_{size}_{i}",
                    "company_id": company.id,
                    "company_ids": [Command.set([company.id])],
                }
                for i in range(size + 1)
            ]
        )
    )
    boss = env["hr.employee"].create(
        {
            "name": "Kepala",
            "jenis_jabatan": "administrator",
            "company_id": company.id,
            "user_id": users[0].id,
        }
    )
    env["hr.employee"].create(
        [
            {
                "name": f"Pegawai {i}",
                "jenis_jabatan": "pelaksana",
                "parent_id": boss.id,
                "company_id": company.id,
                "user_id": users[i + 1].id,
            }
            for i in range(size)
        ]
    )
    periode = env["hr.kinerja.periode"].create({"tahun": year, "company_id": company.id})
    open_t, open_q = measure(periode.action_mulai)
    skps = env["hr.kinerja.skp"].search(
        [("periode_id", "=", periode.id), ("employee_id", "!=", boss.id)]
    )
    env["hr.kinerja.rhk"].create(
        [
            {
                "skp_id": s.id,
                "name": "RHK",
                "indikator_ids": [
                    Command.create(
                        {
                            "name": "IKI",
                            "aspek": "kuantitas",
                            "target_min": 1,
                            "target_max": 2,
                            "satuan": "dokumen",
                        }
                    )
                ],
            }
            for s in skps
        ]
    )
    submit_t, submit_q = measure(skps.action_ajukan)
    set_t, set_q = measure(skps.with_user(users[0]).action_tetapkan)
    return (open_t, open_q), (submit_t, submit_q), (set_t, set_q)


results = {size: run(size, 2040 + i) for i, size in enumerate(SIZES)}
print(f"{'N':>5} {'open year s/queries':>22} {'submit s/queries':>20} {'set s/queries':>18}")
for size, rows in results.items():
    print(f"{size:>5} " + " ".join(f"{t:>12.2f}s/{q:<7}" for t, q in rows))
small, large = (results[s] for s in SIZES)
print(
    f"ratio (N x{SIZES[1] // SIZES[0]}):",
    " ".join(
        f"time x{b[0] / a[0]:.1f} queries x{b[1] / max(a[1], 1):.1f}"
        for a, b in zip(small, large, strict=True)
    ),
)
env.cr.rollback()
