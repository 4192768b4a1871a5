"""Angka kredit of a jabatan fungsional (spec decision 5): the BKN worked example
through the model method and through real final evaluations, every jenjang x predikat
of the national table, an agency's own koefisien, the Dokumen Evaluasi row, who reads
and who writes, and the totals of a batch of employees in a fixed number of queries."""

import datetime

from odoo import Command
from odoo.exceptions import AccessError, UserError, ValidationError

from ..models import kinerja_rules
from .test_dokumen import DokumenCase
from .test_penilaian import OCT

YEAR = (datetime.date(2026, 1, 1), datetime.date(2026, 12, 31))

#: a full year (12 months) per jenjang and predikat, computed by hand from the national
#: koefisien (Pemula 3.75 ... Ahli Utama 50) and 150/100/75/50/25 %, rounded half up
TABEL_SETAHUN = {
    "pemula": (5.63, 3.75, 2.81, 1.88, 0.94),
    "terampil": (7.5, 5.0, 3.75, 2.5, 1.25),
    "mahir": (18.75, 12.5, 9.38, 6.25, 3.13),
    "penyelia": (37.5, 25.0, 18.75, 12.5, 6.25),
    "ahli_pertama": (18.75, 12.5, 9.38, 6.25, 3.13),
    "ahli_muda": (37.5, 25.0, 18.75, 12.5, 6.25),
    "ahli_madya": (56.25, 37.5, 28.13, 18.75, 9.38),
    "ahli_utama": (75.0, 50.0, 37.5, 25.0, 12.5),
}
PREDIKAT = ("sangat_baik", "baik", "butuh_perbaikan", "kurang", "sangat_kurang")


class AngkaKreditCase(DokumenCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # the fungsional team lead (PPK: the kabid) is an Ahli Pertama
        cls.ketua_tim.jenjang_jabatan_fungsional = "ahli_pertama"
        cls.Koefisien = cls.env["hr.kinerja.angka.kredit.koefisien"]

    def capaian_of(self, periode, period, jenis="periodik", level="baik"):
        return (
            self.env["hr.kinerja.capaian.organisasi"]
            .with_user(self.user_admin)
            .create(
                {
                    "company_id": self.company.id,
                    "department_id": self.dept.id,
                    "periode_id": periode.id,
                    "jenis": jenis,
                    "date_start": period[0],
                    "date_end": period[1],
                    "capaian": level,
                }
            )
        )

    def finalise_team(self, evaluations, ketua_rating=("sesuai", "sesuai")):
        """The kabid rates the team (the team lead as given, the others as expected)
        and finalises the unit (a justification covers any breach of the pattern)."""
        team = evaluations.filtered(lambda e: e.penilai_id == self.kabid)
        for ev in team:
            rating = ketua_rating if ev.employee_id == self.ketua_tim else ("sesuai", "sesuai")
            self.rate(ev, *rating, user=self.user_penilai)
        team.unit_id.with_user(self.user_penilai).action_finalkan(justifikasi="Uji angka kredit")
        return team.filtered(lambda e: e.employee_id == self.ketua_tim)

    def periode_2027(self):
        periode = self.env["hr.kinerja.periode"].create(
            {"tahun": 2027, "company_id": self.company.id}
        )
        periode.sudo()._kinerja_transisi().write({"state": "berjalan"})
        skp = self.Skp.create({"employee_id": self.ketua_tim.id, "periode_id": periode.id})
        self.env["hr.kinerja.rhk"].create(
            {
                "skp_id": skp.id,
                "name": "RHK 2027",
                "indikator_ids": [
                    Command.create({"name": "Tiket", "target_max": 12, "satuan": "tiket"})
                ],
            }
        )
        skp.with_user(self.user_admin).action_ajukan()
        skp.with_user(self.user_penilai).action_tetapkan()
        return periode


class TestAngkaKreditRumus(AngkaKreditCase):
    def test_bkn_example_through_the_model_method(self):
        ak = self.Evaluasi.with_company(self.company)._angka_kredit
        first = ak("ahli_pertama", "sangat_baik", 12)
        then = ak("ahli_pertama", "baik", 2)
        self.assertEqual(first, 18.75)
        self.assertEqual(then, 2.08, "12.5 x 100 % x 2/12 = 2.0833 -> 2.08")
        self.assertEqual(round(first + then, 2), 20.83)

    def test_every_jenjang_and_predikat_of_the_national_table(self):
        ak = self.Evaluasi.with_company(self.company)._angka_kredit
        national = self.Koefisien.search([("company_id", "=", False)])
        self.assertEqual(
            {r.jenjang: r.koefisien for r in national}, kinerja_rules.KOEFISIEN_NASIONAL
        )
        for jenjang, values in TABEL_SETAHUN.items():
            for predikat, expected in zip(PREDIKAT, values, strict=True):
                self.assertEqual(ak(jenjang, predikat, 12), expected, (jenjang, predikat))
        self.assertEqual(ak("ahli_muda", "baik", 3), 6.25)
        self.assertEqual(ak("pemula", "sangat_baik", 1), 0.47, "0.46875 rounds half up")
        self.assertEqual(ak("ahli_pertama", False, 12), 0.0, "no predikat, no angka kredit")

    def test_months_and_years_counted_once(self):
        months = kinerja_rules.bulan_dalam_rentang
        self.assertEqual(months(*OCT), 1)
        self.assertEqual(months(datetime.date(2026, 2, 1), datetime.date(2026, 2, 28)), 1)
        self.assertEqual(months(datetime.date(2026, 10, 1), datetime.date(2026, 12, 31)), 3)
        self.assertEqual(months(*YEAR), 12)
        # a mutasi on 15 June: two SKPs, 12 months between them, June counted once
        self.assertEqual(
            months(datetime.date(2026, 1, 1), datetime.date(2026, 6, 15))
            + months(datetime.date(2026, 6, 16), datetime.date(2026, 12, 31)),
            12,
        )
        yearly = kinerja_rules.angka_kredit_tahunan
        self.assertEqual(
            yearly({"periodik": (12.5, 12), "tahunan": (18.75, 12)}), ("periodik", 12.5, 12)
        )
        self.assertEqual(yearly({"tahunan": (18.75, 12)}), ("tahunan", 18.75, 12))
        self.assertIsNone(yearly({}))

    def test_agency_overrides_a_koefisien(self):
        national = self.Koefisien.search(
            [("company_id", "=", False), ("jenjang", "=", "ahli_pertama")]
        )
        with self.assertRaises(AccessError):
            national.with_user(self.user_admin).write({"koefisien": 99})
        own = self.Koefisien.with_user(self.user_admin).create(
            {"jenjang": "ahli_pertama", "koefisien": 15, "company_id": self.company.id}
        )
        self.assertEqual(
            self.Evaluasi.with_company(self.company)._angka_kredit(
                "ahli_pertama", "sangat_baik", 12
            ),
            22.5,
        )
        self.assertEqual(
            self.Evaluasi.with_company(self.company_b)._angka_kredit(
                "ahli_pertama", "sangat_baik", 12
            ),
            18.75,
            "another agency keeps the national koefisien",
        )
        own.with_user(self.user_admin).write({"koefisien": 20})
        self.assertEqual(own.koefisien, 20)
        # the other agency's HR office neither sees nor changes it
        lain = self.new_hr_lain("uji_hr_lain_ak")
        self.assertFalse(self.Koefisien.with_user(lain).search([("id", "=", own.id)]))
        with self.assertRaises(AccessError):
            own.with_user(lain).write({"koefisien": 1})

    def test_jenjang_only_for_jabatan_fungsional_and_kelas_in_range(self):
        with self.assertRaisesMsg(ValidationError, "not in a jabatan fungsional"):
            self.staf.write({"jenjang_jabatan_fungsional": "terampil"})
        with self.assertRaisesMsg(ValidationError, "1 to 17"):
            self.staf.write({"kelas_jabatan": 18})
        self.staf.write({"kelas_jabatan": 7})
        self.assertEqual(self.staf.kelas_jabatan, 7)


class TestAngkaKreditEvaluasi(AngkaKreditCase):
    def test_bkn_example_through_final_evaluations(self):
        # 2026: only the annual evaluation, rated sangat baik: 150 % x 12.5 x 12/12
        self.capaian_of(self.periode, YEAR, "tahunan")
        annual = self.Evaluasi._generate(self.periode, *YEAR, "tahunan", "Tahunan 2026")
        ketua_2026 = self.finalise_team(annual, ("diatas", "diatas"))
        self.assertEqual(ketua_2026.predikat, "sangat_baik")
        self.assertEqual(ketua_2026.jenjang_jabatan_fungsional, "ahli_pertama")
        self.assertEqual(ketua_2026.bulan_angka_kredit, 12)
        self.assertEqual(ketua_2026.angka_kredit, 18.75)
        staf = annual.filtered(lambda e: e.employee_id == self.staf)
        self.assertEqual((staf.state, staf.angka_kredit), ("final", 0.0), "not fungsional")
        # 2027: January and February, monthly, rated baik: 2 months = 2.08
        periode = self.periode_2027()
        ketua_2027 = self.Evaluasi
        for month, label in ((1, "Januari 2027"), (2, "Februari 2027")):
            start = datetime.date(2027, month, 1)
            end = datetime.date(2027, month + 1, 1) - datetime.timedelta(days=1)
            self.capaian_of(periode, (start, end))
            evaluations = self.Evaluasi._generate(periode, start, end, "periodik", label)
            ketua_2027 |= self.finalise_team(evaluations)
        self.assertEqual(ketua_2027.mapped("bulan_angka_kredit"), [1, 1])
        self.assertEqual(round(sum(ketua_2027.mapped("angka_kredit")), 2), 2.08)
        self.env.invalidate_all()
        self.assertEqual(self.ketua_tim.angka_kredit_kumulatif, 20.83)
        totals = self.Evaluasi._angka_kredit_pegawai(self.ketua_tim.ids)[self.ketua_tim.id]
        self.assertEqual(
            totals["tahunan"], [(2026, "tahunan", 18.75, 12), (2027, "periodik", 2.08, 2)]
        )
        self.assertIn("18.75", self.ketua_tim.angka_kredit_html)
        # frozen at finalisation: a promotion changes no final evaluation
        self.ketua_tim.jenjang_jabatan_fungsional = "ahli_muda"
        self.env.flush_all()
        self.assertEqual(ketua_2026.angka_kredit, 18.75)
        self.assertEqual(ketua_2026.jenjang_jabatan_fungsional, "ahli_pertama")

    def test_a_year_is_counted_once(self):
        """Periodic evaluations final in a year: the year is their sum, never plus the
        annual evaluation of the same months."""
        self.capaian("baik", user=self.user_admin)
        ketua_oct = self.finalise_team(self.generate(), ("diatas", "diatas"))
        self.assertEqual(ketua_oct.angka_kredit, 1.56, "150 % x 12.5 x 1/12 = 1.5625")
        self.capaian_of(self.periode, YEAR, "tahunan")
        annual = self.Evaluasi._generate(self.periode, *YEAR, "tahunan", "Tahunan 2026")
        self.finalise_team(annual, ("diatas", "diatas"))
        totals = self.Evaluasi._angka_kredit_pegawai(self.ketua_tim.ids)[self.ketua_tim.id]
        self.assertEqual(totals["tahunan"], [(2026, "periodik", 1.56, 1)])
        self.assertEqual(totals["kumulatif"], 1.56)

    def test_dokumen_evaluasi_prints_the_angka_kredit(self):
        self.capaian("baik", user=self.user_admin)
        generated = self.generate()
        draft_ketua = generated.filtered(lambda e: e.employee_id == self.ketua_tim)
        html = self.html("report_dokumen_evaluasi", draft_ketua)
        self.assertIn("ANGKA KREDIT", html)
        self.assertIn("dihitung saat evaluasi menjadi final", html)
        ketua = self.finalise_team(generated)
        html = self.html("report_dokumen_evaluasi", ketua)
        self.assertIn("ANGKA KREDIT", html)
        self.assertIn("1,04", html)
        self.assertIn("100% \u00d7 12,50 \u00d7 1/12 bulan (koefisien tahunan Ahli Pertama)", html)
        staf = generated.filtered(lambda e: e.employee_id == self.staf)
        html = self.html("report_dokumen_evaluasi", staf)
        self.assertIn("PREDIKAT KINERJA PEGAWAI", html)
        self.assertNotIn("ANGKA KREDIT", html, "only for jabatan fungsional")


class TestAngkaKreditAkses(AngkaKreditCase):
    def test_who_reads_and_who_writes(self):
        self.capaian("baik", user=self.user_admin)
        ketua = self.finalise_team(self.generate())
        self.assertEqual(ketua.angka_kredit, 1.04)
        Public = self.env["hr.employee.public"]
        # the pegawai reads their own total; a colleague reads none of it
        own = Public.with_user(self.user_rekan).browse(self.ketua_tim.id)
        self.assertEqual(own.angka_kredit_kumulatif, 1.04)
        self.assertEqual(own.jenjang_jabatan_fungsional, "ahli_pertama")
        colleague = Public.with_user(self.user_kasi).browse(self.ketua_tim.id)
        self.assertEqual(colleague.angka_kredit_kumulatif, 0.0)
        self.assertFalse(colleague.angka_kredit_html)
        # the HR office reads it on the employee
        self.assertEqual(self.ketua_tim.with_user(self.user_admin).angka_kredit_kumulatif, 1.04)
        # the pegawai writes neither their jenjang nor a koefisien nor the result
        with self.assertRaises(AccessError):
            self.ketua_tim.with_user(self.user_rekan).write(
                {"jenjang_jabatan_fungsional": "ahli_utama"}
            )
        national = self.Koefisien.search([("jenjang", "=", "ahli_pertama")], limit=1)
        with self.assertRaises(AccessError):
            national.with_user(self.user_rekan).write({"koefisien": 50})
        with self.assertRaises(AccessError):
            self.Koefisien.with_user(self.user_rekan).create(
                {"jenjang": "ahli_pertama", "koefisien": 50, "company_id": self.company.id}
            )
        for user in (self.user_rekan, self.user_penilai, self.user_admin):
            for fname, value in (
                ("angka_kredit", 99.0),
                ("koefisien_angka_kredit", 50.0),
                ("jenjang_jabatan_fungsional", "ahli_utama"),
            ):
                with self.assertRaises(UserError):  # AccessError is one too
                    ketua.with_user(user).write({fname: value})
        # a forged create carries no angka kredit either
        with self.assertRaises(UserError):
            self.Evaluasi.with_user(self.user_admin).create(
                {
                    "skp_id": self.skp_ketua.id,
                    "jenis": "periodik",
                    "date_start": "2026-11-01",
                    "date_end": "2026-11-30",
                    "angka_kredit": 99.0,
                }
            )
        self.env.invalidate_all()
        self.assertEqual((ketua.angka_kredit, ketua.koefisien_angka_kredit), (1.04, 12.5))
        # another agency's HR office sees nothing of it
        lain = self.new_hr_lain("uji_hr_lain_akses")
        self.assertFalse(
            self.Evaluasi.with_user(lain)._angka_kredit_pegawai(self.ketua_tim.ids),
        )
        with self.assertRaises(AccessError):
            self.ketua_tim.with_user(lain).read(["angka_kredit_kumulatif"])

    def test_totals_of_a_batch_in_flat_queries(self):
        self.capaian("baik", user=self.user_admin)
        self.finalise_team(self.generate())

        def employees(n):
            return (
                self.env["hr.employee"].create(
                    [
                        {
                            "name": f"Pranata {n}-{i}",
                            "company_id": self.company.id,
                            "jenis_jabatan": "fungsional",
                            "jenjang_jabatan_fungsional": "ahli_muda",
                        }
                        for i in range(n)
                    ]
                )
                | self.ketua_tim
            )

        small, large = employees(5), employees(20)
        hr = self.user_admin

        def totals(batch):
            return lambda: batch.with_user(hr).mapped("angka_kredit_kumulatif")

        totals(small)()  # warm the registry's caches (rules, groups)
        self.assert_constant_queries(
            lambda batch, _attempt: self.count_queries(totals(batch)), (small, large)
        )
        public = self.env["hr.employee.public"]

        def public_totals(batch):
            return lambda: public.with_user(hr).browse(batch.ids).mapped("angka_kredit_html")

        public_totals(small)()
        self.assert_constant_queries(
            lambda batch, _attempt: self.count_queries(public_totals(batch)), (small, large)
        )
