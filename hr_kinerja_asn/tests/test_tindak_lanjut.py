"""Penghargaan and sanksi (docs/decisions.md "Penghargaan and sanksi"; PP 30/2019 Pasal
57-58): suggestions from the final annual evaluations (two years Sangat Baik -> talent
pool; Butuh Perbaikan or worse -> the improvement path, step by step), never twice,
decided by the HR office only, read per role, in a fixed number of queries, and the HR
office's confirmation in chromium."""

import datetime

from dateutil.relativedelta import relativedelta

from odoo import Command, fields
from odoo.exceptions import AccessError, UserError
from odoo.tests import HttpCase, tagged

from .test_penilaian import PenilaianCase

REFUSED = UserError  # AccessError is a UserError


class TindakLanjutCase(PenilaianCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.TindakLanjut = cls.env["hr.kinerja.tindak.lanjut"]
        cls.user_lain = cls.new_hr_lain("uji_hr_lain_tl")
        #: this class's agency (the demo agency has its own suggestions)
        cls.mine = [("company_id", "=", cls.company.id)]

    def year(self, tahun):
        """Another performance year with a set SKP for the staf and the team lead."""
        periode = self.env["hr.kinerja.periode"].create(
            {"tahun": tahun, "company_id": self.company.id}
        )
        periode.sudo()._kinerja_transisi().write({"state": "berjalan"})
        for employee in (self.ketua_tim, self.staf):
            skp = self.Skp.create({"employee_id": employee.id, "periode_id": periode.id})
            self.env["hr.kinerja.rhk"].create(
                {
                    "skp_id": skp.id,
                    "name": f"RHK {tahun}",
                    "indikator_ids": [
                        Command.create({"name": "Tiket", "target_max": 12, "satuan": "tiket"})
                    ],
                }
            )
            skp.sudo().write({"department_id": self.dept.id})
            self.set_skp(skp)
        return periode

    def annual(self, periode, ratings):
        """The year's annual evaluations, rated by the kabid (``ratings`` per employee,
        "sesuai" otherwise) and final."""
        self.env["hr.kinerja.capaian.organisasi"].with_user(self.user_admin).create(
            {
                "company_id": self.company.id,
                "department_id": self.dept.id,
                "periode_id": periode.id,
                "jenis": "tahunan",
                "date_start": periode.date_start,
                "date_end": periode.date_end,
                "capaian": "baik",
            }
        )
        evaluations = self.Evaluasi._generate(
            periode, periode.date_start, periode.date_end, "tahunan", f"Tahunan {periode.tahun}"
        )
        team = evaluations.filtered(lambda e: e.penilai_id == self.kabid)
        for ev in team:
            self.rate(
                ev, *ratings.get(ev.employee_id, ("sesuai", "sesuai")), user=self.user_penilai
            )
        team.unit_id.with_user(self.user_penilai).action_finalkan(justifikasi="Uji tindak lanjut")
        return {ev.employee_id: ev for ev in team}

    def usulkan(self, periode, user=None):
        return self.TindakLanjut.with_user(user or self.user_admin)._kinerja_usulkan(periode)


class TestTindakLanjut(TindakLanjutCase):
    def test_talent_pool_after_two_years_sangat_baik(self):
        sangat_baik = ("diatas", "diatas")
        first = self.annual(self.periode, {self.ketua_tim: sangat_baik})
        self.assertEqual(first[self.ketua_tim].predikat, "sangat_baik")
        self.assertFalse(self.usulkan(self.periode), "one year of Sangat Baik: nothing")
        periode_2027 = self.year(2027)
        second = self.annual(periode_2027, {self.ketua_tim: sangat_baik})
        suggested = self.usulkan(periode_2027)
        self.assertEqual(len(suggested), 1)
        self.assertEqual(suggested.employee_id, self.ketua_tim)
        self.assertEqual(suggested.evaluasi_id, second[self.ketua_tim])
        self.assertEqual(suggested.jenis, "penghargaan")
        self.assertEqual(suggested.jenis_id.kode, "talent_pool")
        self.assertEqual(suggested.state, "usulan", "suggested, never decided automatically")
        self.assertIn("2026", suggested.dasar)
        self.assertIn("2027", suggested.dasar)
        # the HR office's to-do to decide it
        self.assertEqual(suggested.activity_ids.user_id, self.user_admin)
        # idempotent: the button again, and the daily cron, add nothing
        self.assertFalse(self.usulkan(periode_2027))
        self.TindakLanjut._cron_usulkan()
        self.assertEqual(self.TindakLanjut.search_count(self.mine), 1)
        # a Sangat Baik year after a Baik year: nothing (the staf was sesuai in 2026)
        self.assertFalse(
            self.TindakLanjut.search([("employee_id", "=", self.staf.id)]),
        )

    def test_improvement_path_step_by_step(self):
        butuh_perbaikan = ("dibawah", "sesuai")
        result = self.annual(self.periode, {self.staf: butuh_perbaikan})
        self.assertEqual(result[self.staf].predikat, "butuh_perbaikan")
        step1 = self.usulkan(self.periode)
        self.assertEqual(step1.employee_id, self.staf)
        self.assertEqual((step1.jenis, step1.langkah, step1.state), ("sanksi", 1, "usulan"))
        today = fields.Date.context_today(step1)
        self.assertEqual(step1.tanggal_mulai, today)
        self.assertEqual(step1.batas_waktu, today + relativedelta(months=6))
        self.assertEqual(step1.penilai_id, self.kabid)
        # step 2 only after step 1 is confirmed and done
        self.assertFalse(self.usulkan(self.periode))
        step1.with_user(self.user_admin).action_konfirmasi()
        self.assertEqual(step1.state, "dikonfirmasi")
        self.assertFalse(self.usulkan(self.periode), "confirmed, not done: no step 2")
        deadline = step1.activity_ids.filtered(
            lambda a: a.activity_type_id.get_external_id()[a.activity_type_id.id].endswith("batas")
        )
        self.assertEqual(deadline.user_id, self.user_admin | self.user_penilai)
        self.assertEqual(set(deadline.mapped("date_deadline")), {step1.batas_waktu})
        with self.assertRaisesMsg(UserError, "outcome"):
            step1.with_user(self.user_admin).action_selesai()
        step1.with_user(self.user_admin).write({"hasil": "lanjut"})
        step1.with_user(self.user_admin).action_selesai()
        step2 = self.TindakLanjut.search([("sebelumnya_id", "=", step1.id)])
        self.assertEqual((step2.langkah, step2.state), (2, "usulan"))
        self.assertEqual(step2.jenis_id.kode, "uji_kompetensi")
        self.assertFalse(step1.activity_ids, "the step's deadline to-dos are closed")
        self.assertFalse(self.usulkan(self.periode), "never twice")
        # step 3 after step 2, then the path ends
        step2.with_user(self.user_admin).action_konfirmasi()
        step2.with_user(self.user_admin).write({"hasil": "lanjut"})
        step2.with_user(self.user_admin).action_selesai()
        step3 = self.TindakLanjut.search([("sebelumnya_id", "=", step2.id)])
        self.assertEqual(step3.jenis_id.kode, "penempatan")
        self.assertEqual(self.TindakLanjut.search_count([("employee_id", "=", self.staf.id)]), 3)

    def test_resolved_step_ends_the_path(self):
        self.annual(self.periode, {self.staf: ("dibawah", "dibawah")})
        step1 = self.usulkan(self.periode)
        self.assertEqual(step1.predikat, "sangat_kurang")
        step1.with_user(self.user_admin).action_konfirmasi()
        step1.with_user(self.user_admin).write({"hasil": "tuntas"})
        step1.with_user(self.user_admin).action_selesai()
        self.assertFalse(self.usulkan(self.periode))
        self.assertEqual(self.TindakLanjut.search_count(self.mine), 1)

    def test_only_the_hr_office_decides(self):
        self.annual(self.periode, {self.staf: ("dibawah", "sesuai")})
        step1 = self.usulkan(self.periode)
        others = (self.user_pegawai, self.user_penilai, self.user_atasan, self.user_lain)
        for user in others:
            with self.assertRaises(REFUSED, msg=user.login):
                step1.with_user(user).action_konfirmasi()
            with self.assertRaises(REFUSED, msg=user.login):
                step1.with_user(user).action_tolak(alasan="Tidak perlu")
            with self.assertRaises(REFUSED, msg=user.login):
                step1.with_user(user).write({"catatan": "x"})
            with self.assertRaises(REFUSED, msg=user.login):
                self.TindakLanjut.with_user(user).create(
                    {
                        "employee_id": self.staf.id,
                        "jenis": "penghargaan",
                        "jenis_id": self.env.ref("hr_kinerja_asn.tindak_lanjut_jenis_apresiasi").id,
                    }
                )
            with self.assertRaises(REFUSED, msg=user.login):
                self.periode.with_user(user).action_usulkan_tindak_lanjut()
        # nobody writes the workflow, the HR office included
        for vals in ({"state": "dikonfirmasi"}, {"employee_id": self.kasi.id}):
            with self.assertRaises(UserError):
                step1.with_user(self.user_admin).write(vals)
        with self.assertRaises(UserError):
            step1.with_user(self.user_admin).unlink()
        # dismissing needs a reason, kept
        with self.assertRaisesMsg(UserError, "why"):
            step1.with_user(self.user_admin).action_tolak()
        step1.with_user(self.user_admin).action_tolak(alasan="Sudah mutasi ke unit lain")
        self.assertEqual(
            (step1.state, step1.alasan_tolak), ("ditolak", "Sudah mutasi ke unit lain")
        )
        self.assertFalse(step1.activity_ids)
        with self.assertRaises(UserError):
            step1.with_user(self.user_admin).action_konfirmasi()
        self.assertFalse(self.usulkan(self.periode), "a dismissed suggestion is not made again")

    def test_hr_office_records_one_by_hand(self):
        evaluasi = self.annual(self.periode, {})[self.staf]
        apresiasi = self.env.ref("hr_kinerja_asn.tindak_lanjut_jenis_apresiasi")
        rec = self.TindakLanjut.with_user(self.user_admin).create(
            {"employee_id": self.staf.id, "evaluasi_id": evaluasi.id, "jenis_id": apresiasi.id}
        )
        self.assertEqual(
            (rec.state, rec.jenis, rec.company_id), ("usulan", "penghargaan", self.company)
        )
        self.assertEqual(rec.name, apresiasi.name)
        with self.assertRaises(UserError):
            self.TindakLanjut.with_user(self.user_admin).create(
                {
                    "employee_id": self.kasi.id,
                    "evaluasi_id": evaluasi.id,
                    "jenis_id": apresiasi.id,
                }
            )
        with self.assertRaises(UserError):
            self.TindakLanjut.with_user(self.user_admin).create(
                {"employee_id": self.staf.id, "jenis_id": apresiasi.id, "state": "selesai"}
            )
        # the national catalogue is read by all, changed by no agency
        with self.assertRaises(AccessError):
            apresiasi.with_user(self.user_admin).write({"name": "Diubah"})
        own = (
            self.env["hr.kinerja.tindak.lanjut.jenis"]
            .with_user(self.user_admin)
            .create({"name": "Satyalancana", "jenis": "penghargaan", "company_id": self.company.id})
        )
        self.assertFalse(
            self.env["hr.kinerja.tindak.lanjut.jenis"]
            .with_user(self.user_lain)
            .search([("id", "=", own.id)])
        )

    def test_who_reads_what(self):
        self.annual(
            self.periode, {self.staf: ("dibawah", "sesuai"), self.kasi: ("dibawah", "dibawah")}
        )
        suggested = self.usulkan(self.periode)
        staf = suggested.filtered(lambda r: r.employee_id == self.staf)
        kasi = suggested.filtered(lambda r: r.employee_id == self.kasi)

        def visible(user):
            self.env.invalidate_all()
            return self.TindakLanjut.with_user(user).search([])

        self.assertFalse(visible(self.user_pegawai), "a suggestion is not shown to its pegawai")
        self.assertEqual(visible(self.user_penilai), suggested, "the PPK reads the team's")
        self.assertEqual(visible(self.user_atasan), suggested, "the atasan PPK too")
        self.assertFalse(visible(self.user_rekan), "a colleague nothing")
        self.assertFalse(visible(self.user_lain), "another agency nothing")
        self.assertEqual(visible(self.user_admin), suggested)
        with self.assertRaises(AccessError):
            staf.with_user(self.user_kasi).read(["name"])
        before = self.env["mail.message"].search_count(
            [("partner_ids", "in", self.user_pegawai.partner_id.ids)]
        )
        staf.with_user(self.user_admin).action_konfirmasi()
        kasi.with_user(self.user_admin).action_tolak(alasan="Data evaluasi salah unit")
        self.assertEqual(visible(self.user_pegawai), staf, "confirmed: the pegawai reads it")
        self.assertFalse(
            visible(self.user_kasi), "a dismissed suggestion stays hidden from its pegawai"
        )
        news = self.env["mail.message"].search(
            [("partner_ids", "in", self.user_pegawai.partner_id.ids)]
        )
        self.assertEqual(len(news), before + 1, "the pegawai is told once")
        self.assertIn("confirmed", news[0].body)
        self.assertEqual(news[0].res_id, staf.id)
        self.assertEqual(self.staf.with_user(self.user_admin).kinerja_tindak_lanjut_count, 1)


class TestTindakLanjutPerformance(TindakLanjutCase):
    def pegawai_with_final_annual(self, tahun, count):
        """``count`` pegawai with a final annual evaluation Butuh Perbaikan in a new year
        (built as superuser: the generator is measured, not the evaluation cycle)."""
        periode = self.env["hr.kinerja.periode"].create(
            {"tahun": tahun, "company_id": self.company.id}
        )
        employees = self.env["hr.employee"].create(
            [{"name": f"Pegawai {tahun} {i}", "company_id": self.company.id} for i in range(count)]
        )
        start = datetime.date(tahun, 1, 1)
        self.Evaluasi.sudo().create(
            [
                {
                    "employee_id": employee.id,
                    "skp_id": self.skp_staf.id,
                    "periode_id": periode.id,
                    "company_id": self.company.id,
                    "jenis": "tahunan",
                    "date_start": start + datetime.timedelta(days=i),
                    "date_end": datetime.date(tahun, 12, 31),
                    "periode_label": f"Tahunan {tahun}",
                    "penilai_id": self.kabid.id,
                    "atasan_penilai_id": self.kadis.id,
                    "rating_hasil_kerja": "dibawah",
                    "rating_perilaku": "sesuai",
                    "state": "final",
                }
                for i, employee in enumerate(employees)
            ]
        )
        return periode

    def test_generator_queries_n_vs_4n(self):
        warm = self.pegawai_with_final_annual(2028, 2)
        small = self.pegawai_with_final_annual(2030, 10)
        large = self.pegawai_with_final_annual(2032, 40)
        self.usulkan(warm)  # the registry's caches (activity type, model ids) warmed once
        counts = []
        for periode in (small, large):
            counts.append(self.count_queries(lambda p=periode: self.usulkan(p)))
        self.assertEqual(self.TindakLanjut.search_count([*self.mine, ("state", "=", "usulan")]), 52)
        self.assertEqual(counts[0], counts[1], counts)
        # and again: nothing new, still a fixed number
        again = [self.count_queries(lambda p=p: self.usulkan(p)) for p in (small, large)]
        self.assertEqual(again[0], again[1], again)
        self.assertEqual(self.TindakLanjut.search_count(self.mine), 52)


@tagged("post_install", "-at_install")
class TestTindakLanjutTour(HttpCase, TindakLanjutCase):
    def test_hr_office_confirms_a_suggestion(self):
        self.user_admin.company_id = self.company
        self.annual(self.periode, {self.staf: ("dibawah", "sesuai")})
        step1 = self.usulkan(self.periode)
        self.start_tour(
            "/odoo/action-hr_kinerja_asn.hr_kinerja_beranda_action",
            "hr_kinerja_asn_tindak_lanjut_tour",
            login="uji_admin",
        )
        self.assertEqual(step1.state, "dikonfirmasi")
        self.assertEqual(step1.diputus_oleh_id, self.user_admin)
