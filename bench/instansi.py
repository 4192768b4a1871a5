"""A generated instansi of N pegawai for the scale benchmark (issue 14).

Shape (as measured in the issue): units of 25 under a pengawas (one department
each), eight pengawas under an administrator, the administrators under one JPT
Pratama rated by the Kepala Daerah (a pejabat negara). Every ASN has a login (their
to-dos and notifications are part of the cost) and, once the year is open, a set SKP
of 5 RHK x 3 indicators.

Generation is not what is measured: users, employees, departments and RHK go in
through the ORM in large batches (no tracking, no mail), which is what an import
would do. The measured operations are in ``bench_skala.py``.
"""

import math

from odoo import Command

UNIT = 25
PENGAWAS_PER_ADMINISTRATOR = 8


def batched(items, size=2000):
    for i in range(0, len(items), size):
        yield items[i : i + size]


def create_many(model, vals_list, size=2000):
    records = model.browse()
    for chunk in batched(vals_list, size):
        records |= model.create(chunk)
        model.env.flush_all()
        model.env.invalidate_all()
    return records


def instansi_tersimpan(env, tag):
    """An instansi generated and kept by an earlier run (``BENCH_SIMPAN=1``): 50,000
    pegawai take half an hour to generate through the ORM (``hr.employee.create`` is
    per record in Odoo core), the measured operations minutes. None when absent."""
    company = env["res.company"].search([("name", "=", f"Instansi Bench {tag}")], limit=1)
    if not company:
        return None
    return {
        "env": env,
        "company": company,
        "users": env["res.users"].search([("login", "=like", f"bench_{tag}_%")], order="id"),
        "employees": env["hr.employee"].search(
            [("company_id", "=", company.id), ("jenis_jabatan", "!=", "pejabat_negara")],
            order="id",
        ),
        "units": env["hr.department"].search(
            [("company_id", "=", company.id), ("name", "=like", "Seksi %")], order="id"
        ),
    }


def buat_instansi(env, n, tag):
    """Company, org chart, users and employees of ``n`` ASN (or those an earlier run
    kept). Returns a dict."""
    env = env(
        context=dict(
            env.context,
            tracking_disable=True,
            mail_create_nolog=True,
            mail_create_nosubscribe=True,
            mail_notrack=True,
            no_reset_password=True,
        )
    )
    kept = instansi_tersimpan(env, tag)
    if kept:
        return kept
    company = env["res.company"].create({"name": f"Instansi Bench {tag}"})
    units = math.ceil((n - 1) / UNIT)
    admins = math.ceil(units / PENGAWAS_PER_ADMINISTRATOR)
    staff = n - 1 - units - admins
    people = (
        [("JPT", "jpt_pratama")]
        + [(f"Administrator {i}", "administrator") for i in range(admins)]
        + [(f"Pengawas {i}", "pengawas") for i in range(units)]
        + [(f"Pelaksana {i}", "pelaksana" if i % 3 else "fungsional") for i in range(staff)]
    )
    group_user = env.ref("base.group_user")
    users = create_many(
        env["res.users"],
        [
            {
                "name": name,
                "login": f"bench_{tag}_{i}",
                "company_id": company.id,
                "company_ids": [Command.set([company.id])],
                "groups_id": [Command.set([group_user.id])],
            }
            for i, (name, _jenis) in enumerate(people)
        ],
    )
    Dept = env["hr.department"]
    root = Dept.create({"name": "Badan", "company_id": company.id})
    bidang = create_many(
        Dept,
        [
            {"name": f"Bidang {i}", "company_id": company.id, "parent_id": root.id}
            for i in range(admins)
        ],
    )
    seksi = create_many(
        Dept,
        [
            {
                "name": f"Seksi {i}",
                "company_id": company.id,
                "parent_id": bidang[i // PENGAWAS_PER_ADMINISTRATOR].id,
            }
            for i in range(units)
        ],
    )
    Employee = env["hr.employee"]
    kepala_daerah = Employee.create(
        {"name": "Kepala Daerah", "jenis_jabatan": "pejabat_negara", "company_id": company.id}
    )
    jpt = Employee.create(
        {
            "name": "JPT",
            "jenis_jabatan": "jpt_pratama",
            "company_id": company.id,
            "parent_id": kepala_daerah.id,
            "department_id": root.id,
            "user_id": users[0].id,
        }
    )
    administrators = create_many(
        Employee,
        [
            {
                "name": f"Administrator {i}",
                "jenis_jabatan": "administrator",
                "company_id": company.id,
                "parent_id": jpt.id,
                "department_id": bidang[i].id,
                "user_id": users[1 + i].id,
            }
            for i in range(admins)
        ],
    )
    pengawas = create_many(
        Employee,
        [
            {
                "name": f"Pengawas {i}",
                "jenis_jabatan": "pengawas",
                "company_id": company.id,
                "parent_id": administrators[i // PENGAWAS_PER_ADMINISTRATOR].id,
                "department_id": seksi[i].id,
                "user_id": users[1 + admins + i].id,
            }
            for i in range(units)
        ],
    )
    pelaksana = create_many(
        Employee,
        [
            {
                "name": f"Pelaksana {i}",
                "jenis_jabatan": people[1 + admins + units + i][1],
                "company_id": company.id,
                "parent_id": pengawas[i // (UNIT - 1)].id,
                "department_id": seksi[i // (UNIT - 1)].id,
                "user_id": users[1 + admins + units + i].id,
            }
            for i in range(staff)
        ],
    )
    for dept, head in zip(bidang, administrators, strict=True):
        dept.manager_id = head
    for dept, head in zip(seksi, pengawas, strict=True):
        dept.manager_id = head
    env.flush_all()
    return {
        "env": env,
        "company": company,
        "users": users,
        "employees": jpt | administrators | pengawas | pelaksana,
        "units": seksi,
    }


def isi_rhk(env, skps, rhk=5, indikator=3):
    """5 RHK x 3 indicators per SKP (what a pegawai types before submitting): typed
    through the ORM for the first SKP, copied for the others in SQL (at 50,000 the ORM
    would create a million rows for half an hour; not what is measured)."""
    template, others = skps[:1], skps[1:]
    create_many(
        env["hr.kinerja.rhk"],
        [
            {
                "skp_id": skp.id,
                "name": f"RHK {r + 1}",
                "indikator_ids": [
                    Command.create(
                        {
                            "name": f"Indikator {r + 1}.{k + 1}",
                            "aspek": ("kuantitas", "kualitas", "waktu")[k],
                            "target_min": 1,
                            "target_max": 2,
                            "satuan": "dokumen",
                        }
                    )
                    for k in range(indikator)
                ],
            }
            for skp in template
            for r in range(rhk)
        ],
    )
    if not others:
        return
    cr = env.cr
    cr.execute(
        "INSERT INTO hr_kinerja_rhk (skp_id, sequence, employee_id, periode_id, company_id, "
        "create_uid, write_uid, jenis, perspektif, name, diambil_alih, create_date, write_date) "
        "SELECT s.id, t.sequence, s.employee_id, s.periode_id, s.company_id, t.create_uid, "
        "t.write_uid, t.jenis, t.perspektif, t.name, t.diambil_alih, t.create_date, t.write_date "
        "FROM hr_kinerja_skp s JOIN hr_kinerja_rhk t ON t.skp_id = %s "
        "WHERE s.id = ANY(%s) ORDER BY s.id, t.id",
        [template.id, others.ids],
    )
    # fresh statistics for the rows just copied, and the template's rows materialised:
    # a plan guessed from an "empty" table joined every RHK with every RHK
    cr.execute("ANALYZE hr_kinerja_rhk")
    cr.execute(
        "WITH t AS MATERIALIZED (SELECT id, name FROM hr_kinerja_rhk WHERE skp_id = %s) "
        "INSERT INTO hr_kinerja_indikator (rhk_id, skp_id, company_id, sequence, create_uid, "
        "write_uid, aspek, satuan, sumber_data, sifat_target, name, target_uraian, "
        "create_date, write_date, target_min, target_max) "
        "SELECT r.id, r.skp_id, r.company_id, i.sequence, i.create_uid, i.write_uid, i.aspek, "
        "i.satuan, i.sumber_data, i.sifat_target, i.name, i.target_uraian, i.create_date, "
        "i.write_date, i.target_min, i.target_max "
        "FROM hr_kinerja_rhk r JOIN t ON t.name = r.name "
        "JOIN hr_kinerja_indikator i ON i.rhk_id = t.id "
        "WHERE r.skp_id = ANY(%s) ORDER BY r.id, i.id",
        [template.id, others.ids],
    )
    env.invalidate_all()
