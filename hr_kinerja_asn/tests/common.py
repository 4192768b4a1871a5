"""The hierarchy every test starts from, built once per class.

Instansi "Kabupaten Uji" (company A) and a second instansi (company B):

    Bupati (pejabat_negara, no NIP)
      Kadis (jpt_pratama)                         user: atasan
        Kabid (administrator)                     user: penilai
          Ketua Tim (fungsional)
            Staf (pelaksana)                      user: pegawai
          Kasi (pengawas)                         user: kasi
            Operator PPPK (pelaksana)
    Admin kepegawaian                             user: admin_kepeg (group_kinerja_admin)
"""

from contextlib import contextmanager
from unittest.mock import patch

from odoo import Command
from odoo.sql_db import Cursor
from odoo.tests import TransactionCase, new_test_user


class KinerjaCase(TransactionCase):
    @contextmanager
    def assertRaisesMsg(self, exception, fragment):
        """assertRaises (rolled back to a savepoint) whose message contains ``fragment``."""
        with self.assertRaises(exception) as cm:
            yield cm
        self.assertIn(fragment, str(cm.exception))

    def count_queries(self, func):
        """Queries ``func`` costs from a cold cache, flushes included. The statements
        of this test's cursor are kept in ``self.last_queries`` (for a failure's
        message)."""
        self.env.flush_all()
        self.env.invalidate_all()
        before = self.cr.sql_log_count
        statements = []
        execute = Cursor.execute
        cursor = self.cr

        def traced(cr, query, params=None, log_exceptions=True):
            if cr is cursor:
                statements.append(" ".join(str(getattr(query, "code", query)).split())[:160])
            return execute(cr, query, params, log_exceptions)

        with patch.object(Cursor, "execute", traced):
            func()
            self.env.flush_all()
        self.last_queries = statements
        return self.cr.sql_log_count - before

    def assert_constant_queries(self, measure, sizes):
        """``measure(size, attempt)`` counts (with :meth:`count_queries`) the queries of
        one batch of ``size`` fresh records; every size must cost the same.

        The ORM's caches (groups, access rules, job functions) are shared by the test
        process's threads, and the suite runs an HTTP server whose late requests and
        job runner may clear them between two measurements: the refill then costs a
        query once. A cost that grows with the records grows in every attempt, so a
        mismatch is measured once more, on fresh records, before it fails; the failure
        lists each size's statements."""
        for attempt in range(2):
            counts, statements = [], []
            for size in sizes:
                counts.append(measure(size, attempt))
                statements.append(self.last_queries)
            if len(set(counts)) == 1:
                return counts[0]
        labels = [len(size) if hasattr(size, "_name") else size for size in sizes]
        listing = "\n".join(
            f"--- {label} ({count} queries):\n" + "\n".join(sql)
            for label, count, sql in zip(labels, counts, statements, strict=True)
        )
        self.fail(f"query count grows with the records: {counts} for {labels}\n{listing}")

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=True))
        cls.company = cls.env["res.company"].create({"name": "Pemerintah Kabupaten Uji"})
        cls.company_b = cls.env["res.company"].create({"name": "Pemerintah Kota Lain"})
        companies = [Command.set((cls.company | cls.company_b).ids)]

        def user(login, groups="base.group_user"):
            return new_test_user(
                cls.env,
                login=login,
                lang="en_US",
                groups=groups,
                company_id=cls.company.id,
                company_ids=companies,
            )

        cls.user_pegawai = user("uji_pegawai")
        cls.user_penilai = user("uji_penilai")
        cls.user_atasan = user("uji_atasan")
        cls.user_rekan = user("uji_rekan")
        cls.user_admin = user("uji_admin", "base.group_user,hr_kinerja_asn.group_kinerja_admin")
        cls.user_kasi = user("uji_kasi")

        Employee = cls.env["hr.employee"].with_company(cls.company)
        cls.bupati = Employee.create({"name": "Bupati Uji", "jenis_jabatan": "pejabat_negara"})
        cls.kadis = Employee.create(
            {
                "name": "Kadis",
                "jenis_jabatan": "jpt_pratama",
                "nip": "197503122000032001",
                "parent_id": cls.bupati.id,
                "user_id": cls.user_atasan.id,
            }
        )
        cls.kabid = Employee.create(
            {
                "name": "Kabid",
                "jenis_jabatan": "administrator",
                "nip": "198209152006042002",
                "parent_id": cls.kadis.id,
                "user_id": cls.user_penilai.id,
            }
        )
        cls.ketua_tim = Employee.create(
            {
                "name": "Ketua Tim",
                "jenis_jabatan": "fungsional",
                "nip": "198805232011011008",
                "parent_id": cls.kabid.id,
                "user_id": cls.user_rekan.id,
            }
        )
        cls.staf = Employee.create(
            {
                "name": "Staf",
                "jenis_jabatan": "pelaksana",
                "nip": "199308082015031009",
                "parent_id": cls.ketua_tim.id,
                "user_id": cls.user_pegawai.id,
            }
        )
        cls.kasi = Employee.create(
            {
                "name": "Kasi",
                "jenis_jabatan": "pengawas",
                "nip": "198703032010011012",
                "parent_id": cls.kabid.id,
                "user_id": cls.user_kasi.id,
            }
        )
        cls.operator = Employee.create(
            {
                "name": "Operator PPPK",
                "jenis_jabatan": "pelaksana",
                "nip": "199805152023221011",
                "parent_id": cls.kasi.id,
            }
        )
        cls.employee_admin = Employee.create(
            {
                "name": "Admin Kepegawaian",
                "jenis_jabatan": "fungsional",
                "nip": "199207072019031006",
                "parent_id": cls.kabid.id,
                "user_id": cls.user_admin.id,
            }
        )

    @classmethod
    def bahasa_indonesia(cls):
        """Bahasa Indonesia installed with the addon's terms (what ``make test`` and the
        demo database have), for tests that read what an Indonesian user reads."""
        Lang = cls.env["res.lang"]
        if not Lang._lang_get("id_ID"):
            Lang._activate_lang("id_ID")
            cls.env["ir.module.module"]._load_module_terms(["hr_kinerja_asn"], ["id_ID"])

    @classmethod
    def new_pegawai(cls, login, name, nip, parent, jenis_jabatan="pelaksana"):
        """A user of company A and their employee under ``parent`` (role fixtures)."""
        user = new_test_user(
            cls.env,
            login=login,
            lang="en_US",
            company_id=cls.company.id,
            company_ids=[Command.set((cls.company | cls.company_b).ids)],
        )
        employee = (
            cls.env["hr.employee"]
            .with_company(cls.company)
            .create(
                {
                    "name": name,
                    "jenis_jabatan": jenis_jabatan,
                    "nip": nip,
                    "parent_id": parent.id,
                    "user_id": user.id,
                }
            )
        )
        return user, employee

    @classmethod
    def new_hr_lain(cls, login):
        """The HR office of company B, with no access to company A."""
        return new_test_user(
            cls.env,
            login=login,
            lang="en_US",
            groups="base.group_user,hr_kinerja_asn.group_kinerja_admin",
            company_id=cls.company_b.id,
            company_ids=[Command.set(cls.company_b.ids)],
        )


class SkpCase(KinerjaCase):
    """Adds the 2026 performance year (deadline 31 January 2026, already past)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.periode = cls.env["hr.kinerja.periode"].create(
            {"tahun": 2026, "company_id": cls.company.id}
        )
        cls.periode.write({"state": "berjalan"})
        cls.Skp = cls.env["hr.kinerja.skp"].with_company(cls.company)

    def make_skp(self, employee, user=None, rhk="Layanan aplikasi tersedia", **vals):
        """A draft SKP of ``employee`` with one RHK utama and one indicator."""
        Skp = self.Skp.with_user(user) if user else self.Skp
        skp = Skp.create({"employee_id": employee.id, "periode_id": self.periode.id, **vals})
        if rhk:
            skp.rhk_ids.create(
                {
                    "skp_id": skp.id,
                    "name": rhk,
                    "indikator_ids": [
                        Command.create(
                            {
                                "aspek": "kuantitas",
                                "name": "Jumlah modul selesai",
                                "target_min": 3,
                                "target_max": 4,
                                "satuan": "modul",
                            }
                        )
                    ],
                }
            )
        return skp

    def set_skp(self, skp):
        """Submit and set ``skp`` as the HR office (for fixtures)."""
        skp.with_user(self.user_admin).action_ajukan()
        skp.with_user(self.user_admin).action_tetapkan()
        return skp
