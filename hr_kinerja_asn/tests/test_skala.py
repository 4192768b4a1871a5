"""Batch paths cost the same queries whatever the number of pegawai and units (issue
14 point 2): an instansi of 2 units and one of 4 (8 and 14 pegawai) go through the
year, and every batch step is counted in both. Sizes stay below the ORM's insert and
prefetch batches (100 and 1,000 rows), which are the one allowed growth; the scale
benchmark (bench/bench_skala.py) measures the same paths at 1,000 to 50,000."""

import datetime

from odoo import Command
from odoo.tests import TransactionCase, new_test_user

from .layar import BATAS, hangatkan, layar_ppk

YEAR = 2032


class TestSkala(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=True))
        cls.hr = new_test_user(
            cls.env,
            login="uji_skala_hr",
            groups="base.group_user,hr_kinerja_asn.group_kinerja_admin",
        )

    def instansi(self, tag, units):
        """A JPT, an administrator and ``units`` units of a pengawas and 2 pelaksana,
        every ASN with a login."""
        company = self.env["res.company"].create({"name": f"Instansi Skala {tag}"})
        self.hr.write({"company_ids": [Command.link(company.id)], "company_id": company.id})
        count = 2 + 3 * units
        users = self.env["res.users"].create(
            [
                {
                    "name": f"ASN {tag} {i}",
                    "login": f"skala_{tag}_{i}",
                    "company_id": company.id,
                    "company_ids": [Command.set(company.ids)],
                }
                for i in range(count)
            ]
        )
        Employee = self.env["hr.employee"].with_company(company)
        Dept = self.env["hr.department"].with_company(company)
        root = Dept.create({"name": "Badan", "company_id": company.id})
        kd = Employee.create({"name": "Bupati", "jenis_jabatan": "pejabat_negara"})
        jpt = Employee.create(
            {
                "name": "JPT",
                "jenis_jabatan": "jpt_pratama",
                "parent_id": kd.id,
                "department_id": root.id,
                "user_id": users[0].id,
            }
        )
        admin = Employee.create(
            {
                "name": "Administrator",
                "jenis_jabatan": "administrator",
                "parent_id": jpt.id,
                "department_id": root.id,
                "user_id": users[1].id,
            }
        )
        for u in range(units):
            dept = Dept.create(
                {"name": f"Seksi {u}", "company_id": company.id, "parent_id": root.id}
            )
            head = Employee.create(
                {
                    "name": f"Pengawas {u}",
                    "jenis_jabatan": "pengawas",
                    "parent_id": admin.id,
                    "department_id": dept.id,
                    "user_id": users[2 + 3 * u].id,
                }
            )
            Employee.create(
                [
                    {
                        "name": f"Pelaksana {u}.{k}",
                        "jenis_jabatan": "pelaksana",
                        "parent_id": head.id,
                        "department_id": dept.id,
                        "user_id": users[3 + 3 * u + k].id,
                    }
                    for k in range(2)
                ]
            )
        env = self.env(
            user=self.hr, context=dict(self.env.context, allowed_company_ids=[company.id])
        )
        periode = env["hr.kinerja.periode"].create({"tahun": YEAR, "company_id": company.id})
        return env, company, periode

    def count(self, func):
        self.env.flush_all()
        self.env.invalidate_all()
        before = self.env.cr.sql_log_count
        func()
        self.env.flush_all()
        return self.env.cr.sql_log_count - before

    def year(self, tag, units):
        """The batch steps of a year, each counted: {step: queries}."""
        env, company, periode = self.instansi(tag, units)
        counts = {"opening the year": self.count(periode.action_mulai)}
        skps = env["hr.kinerja.skp"].search([("periode_id", "=", periode.id)])
        env["hr.kinerja.rhk"].sudo().create(
            [
                {
                    "skp_id": skp.id,
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
                for skp in skps
            ]
        )
        counts["submitting every SKP"] = self.count(skps.action_ajukan)
        counts["setting every SKP"] = self.count(skps.action_tetapkan)
        jan = (datetime.date(YEAR, 1, 1), datetime.date(YEAR, 1, 31))
        depts = skps.department_id
        env["hr.kinerja.capaian.organisasi"].create(
            [
                {
                    "company_id": company.id,
                    "department_id": d.id,
                    "periode_id": periode.id,
                    "date_start": jan[0],
                    "date_end": jan[1],
                    "capaian": "baik",
                }
                for d in depts
            ]
        )
        Evaluasi = env["hr.kinerja.evaluasi"]
        result = {}
        counts["creating a month's evaluations"] = self.count(
            lambda: result.setdefault("ev", Evaluasi._generate(periode, *jan, "periodik", "Jan"))
        )
        monthly = result["ev"]
        monthly.sudo().write({"rating_hasil_kerja": "sesuai", "rating_perilaku": "sesuai"})
        counts["computing the predikat"] = self.count(monthly.sudo().action_hitung_predikat)
        counts["finalising every unit"] = self.count(
            lambda: monthly.unit_id.action_finalkan(justifikasi="Uji")
        )
        self.assertEqual(set(monthly.mapped("state")), {"final"})
        # the screens of the first unit's PPK, warmed once (rules, views), then counted
        unit = monthly.unit_id.sorted("id")[:1]
        skp = unit.evaluasi_ids.skp_id.filtered("pejabat_penilai_id.user_id").sorted("id")[-1]
        ppk = skp.pejabat_penilai_id.user_id
        for label, screen in layar_ppk(env, ppk, skp, unit).items():
            hangatkan(self.env, screen)
            counts[label] = self.count(screen)
        return counts

    def test_batch_queries_do_not_grow_with_the_instansi(self):
        small = self.year("a", 2)
        large = self.year("b", 4)
        self.assertEqual(small, large, "queries per step, 2 units vs 4")
        for label, ceiling in BATAS.items():
            self.assertLessEqual(large[label], ceiling, label)

    def test_the_database_runs_without_jit(self):
        """Installing the product turns PostgreSQL's JIT off for its database
        (``migrasi.matikan_jit``: a second per screen at 50,000 pegawai)."""
        self.env.cr.execute(
            "SELECT s.setconfig FROM pg_db_role_setting s "
            "JOIN pg_database d ON d.oid = s.setdatabase "
            "WHERE d.datname = current_database() AND s.setrole = 0"
        )
        settings = [item for (config,) in self.env.cr.fetchall() for item in config]
        self.assertIn("jit=off", settings)
