"""Evaluations: generation, rating by the assigned PPK only, predikat, distribution,
finalisation with justification, calibration, lock, annual view, batch query counts."""

import datetime
import math

from odoo.exceptions import UserError

from .test_pelaksanaan import PelaksanaanCase

OCT = (datetime.date(2026, 10, 1), datetime.date(2026, 10, 31))


class PenilaianCase(PelaksanaanCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.dept = cls.env["hr.department"].create(
            {"name": "Bidang Uji", "company_id": cls.company.id, "manager_id": cls.kabid.id}
        )
        # the team of the kabid: ketua tim, staf, kasi, admin + the kabid (head) in one unit
        team = cls.ketua_tim | cls.staf | cls.kasi | cls.employee_admin | cls.kabid
        team.write({"department_id": cls.dept.id})
        (cls.ketua_tim | cls.kasi | cls.employee_admin).write({"parent_id": cls.kabid.id})
        cls.kabid.write({"parent_id": cls.kadis.id})  # the department write moved it
        cls.staf.write({"parent_id": cls.ketua_tim.id})
        cls.skp_kasi = cls.make_skp_cls(cls.kasi, cls.user_kasi)
        cls.skp_admin = cls.make_skp_cls(cls.employee_admin, cls.user_admin)
        cls.skp_kabid = cls.make_skp_cls(cls.kabid, cls.user_penilai)
        (cls.skp_staf | cls.skp_ketua).sudo().write({"department_id": cls.dept.id})
        cls.Evaluasi = cls.env["hr.kinerja.evaluasi"]

    def generate(self, period=OCT):
        return self.Evaluasi._generate(self.periode, *period, "periodik", "Oktober 2026")

    def capaian(self, level, user=None, period=OCT):
        Capaian = self.env["hr.kinerja.capaian.organisasi"]
        return (Capaian.with_user(user) if user else Capaian).create(
            {
                "company_id": self.company.id,
                "department_id": self.dept.id,
                "periode_id": self.periode.id,
                "date_start": period[0],
                "date_end": period[1],
                "capaian": level,
            }
        )

    def bulk_evaluations(self, days, **vals):
        """2 x ``days`` one-day evaluations of the staf and the team lead (for batch
        measurements: the kabid rates them, "sesuai" unless ``vals`` say otherwise)."""
        base = datetime.date(2026, 1, 1)
        return self.Evaluasi.sudo().create(
            [
                {
                    "employee_id": skp.employee_id.id,
                    "skp_id": skp.id,
                    "periode_id": self.periode.id,
                    "company_id": self.company.id,
                    "date_start": base + datetime.timedelta(days=day),
                    "date_end": base + datetime.timedelta(days=day),
                    "periode_label": str(base + datetime.timedelta(days=day)),
                    "penilai_id": self.kabid.id,
                    "rating_hasil_kerja": "sesuai",
                    "rating_perilaku": "sesuai",
                    **vals,
                }
                for skp in (self.skp_staf, self.skp_ketua)
                for day in range(days)
            ]
        )

    def rate(self, evaluations, hasil, perilaku, user=None):
        for ev in evaluations:
            ev.with_user(user or ev.penilai_id.user_id).write(
                {"rating_hasil_kerja": hasil, "rating_perilaku": perilaku}
            )


class TestEvaluasi(PenilaianCase):
    def test_generation_units_and_unit_head(self):
        self.capaian("istimewa", user=self.user_admin)
        evaluations = self.generate()
        self.assertEqual(
            evaluations.employee_id,
            self.staf | self.ketua_tim | self.kasi | self.employee_admin | self.kabid,
        )
        head = evaluations.filtered("is_kepala_unit")
        unit = (evaluations - head).unit_id
        self.assertEqual(len(unit), 1, "one unit evaluation for the department and period")
        self.assertEqual(unit.department_id, self.dept)
        self.assertEqual(unit.capaian, "istimewa")
        self.assertEqual(head.employee_id, self.kabid)
        self.assertEqual(head.department_id, self.dept, "still a member of the unit they lead")
        # decision 2: the head counts in the unit they are rated in (their PPK's; the
        # kadis has no unit above the bidang here: the agency's)
        self.assertNotEqual(head.unit_id, unit)
        self.assertFalse(head.unit_id.department_id)
        self.assertEqual(head.rating_hasil_kerja, "diatas", "defaulted from the led unit's capaian")
        self.assertEqual(head.penilai_id, self.kadis)
        self.assertFalse((evaluations - head).filtered("rating_hasil_kerja"))
        staf = evaluations.filtered(lambda e: e.employee_id == self.staf)
        self.assertEqual(staf.penilai_id, self.kabid)
        self.assertEqual(staf.atasan_penilai_id, self.kadis)
        self.assertFalse(self.generate(), "no duplicates")
        # a draft SKP gets no evaluation
        self.assertFalse(evaluations.filtered(lambda e: e.employee_id == self.operator))

    def test_hr_office_creates_evaluations_after_the_achievement_is_set(self):
        """Found by the month's tour: the achievement set first, the HR office's run then
        failed linking it to the new unit (a workflow field written outside a transition)."""
        capaian = self.capaian("baik", user=self.user_admin)
        october = self.periode.periode_evaluasi_ids.filtered(lambda p: p.date_start == OCT[0])
        self.env["hr.kinerja.buat.evaluasi.wizard"].with_user(self.user_admin).create(
            {"periode_id": self.periode.id, "jenis": "periodik", "periode_evaluasi_id": october.id}
        ).action_confirm()
        team = self.Evaluasi.search([("penilai_id", "=", self.kabid.id)])
        self.assertEqual(team.unit_id.capaian_organisasi_id, capaian)

    def test_mutasi_splits_the_period(self):
        wizard = self.env["hr.kinerja.skp.akhiri.wizard"].create(
            {
                "skp_id": self.skp_staf.id,
                "date_end": datetime.date(2026, 10, 15),
                "alasan": "mutasi",
            }
        )
        new = self.env["hr.kinerja.skp"].browse(wizard.action_confirm()["res_id"])
        self.skp_staf.rhk_ids._copy_to(new, keep_origin=False)
        self.set_skp(new)
        evaluations = self.generate().filtered(lambda e: e.employee_id == self.staf)
        self.assertEqual(len(evaluations), 2)
        self.assertEqual(
            sorted((e.date_start.day, e.date_end.day) for e in evaluations), [(1, 15), (16, 31)]
        )

    def test_only_the_assigned_ppk_rates(self):
        staf = self.generate().filtered(lambda e: e.employee_id == self.staf)
        for user in (self.user_pegawai, self.user_atasan, self.user_admin, self.user_kasi):
            with self.assertRaises(UserError):
                staf.with_user(user).write({"rating_hasil_kerja": "sesuai"})
        with self.assertRaisesMsg(UserError, "both overall ratings"):
            staf.with_user(self.user_penilai).action_hitung_predikat()
        staf.with_user(self.user_penilai).write({"rating_hasil_kerja": "diatas"})
        with self.assertRaisesMsg(UserError, "both overall ratings"):
            staf.with_user(self.user_penilai).action_hitung_predikat()
        staf.with_user(self.user_penilai).write({"rating_perilaku": "diatas"})
        self.assertEqual(staf.predikat, "sangat_baik")
        # saving both ratings is rating it: there is no separate step to forget
        self.assertEqual(staf.state, "dinilai")
        staf.with_user(self.user_penilai).write({"rating_perilaku": False})
        self.assertEqual(staf.state, "draft", "a cleared rating makes it a draft again")
        with self.assertRaisesMsg(UserError, "both overall ratings"):
            staf.with_user(self.user_penilai).action_hitung_predikat()
        staf.with_user(self.user_penilai).write({"rating_perilaku": "diatas"})
        staf.with_user(self.user_penilai).action_hitung_predikat()  # still harmless
        self.assertEqual(staf.state, "dinilai")
        with self.assertRaises(UserError):
            staf.with_user(self.user_penilai).write({"predikat": "kurang"})
        # the pegawai does not see it before it is final
        self.assertFalse(self.Evaluasi.with_user(self.user_pegawai).search([]))

    def test_capaian_set_by_the_leader_one_level_up(self):
        with self.assertRaisesMsg(UserError, "leader one level up"):
            self.capaian("baik", user=self.user_penilai)
        self.dept.parent_id = self.env["hr.department"].create(
            {"name": "Dinas Uji", "company_id": self.company.id, "manager_id": self.kadis.id}
        )
        capaian = self.capaian("baik", user=self.user_atasan)
        self.assertEqual(capaian.capaian, "baik")


class TestFinalisasi(PenilaianCase):
    def setUp(self):
        super().setUp()
        generated = self.generate()
        self.team = generated.filtered(lambda e: e.penilai_id == self.kabid)
        self.head = generated - self.team
        self.unit = self.team.unit_id
        self.evaluations = self.team

    def finalise(self, user, justifikasi=None):
        return self.unit.with_user(user).action_finalkan(justifikasi=justifikasi)

    def test_refuses_unrated_then_breach_then_keeps_justification(self):
        self.capaian("baik", user=self.user_admin)
        self.rate(self.team[:3], "diatas", "diatas")
        with self.assertRaisesMsg(UserError, "not rated yet"):
            self.finalise(self.user_penilai)
        self.rate(self.team, "diatas", "diatas")  # 4 x sangat baik
        self.assertTrue(self.unit.melanggar)
        self.assertIn("BREACH", self.unit.distribusi_html)
        action = self.finalise(self.user_penilai)
        self.assertEqual(
            action["res_model"],
            "hr.kinerja.finalkan.wizard",
            "a breach asks for a written justification",
        )
        self.assertEqual(set(self.evaluations.mapped("state")), {"dinilai"})
        with self.assertRaisesMsg(UserError, "justification"):
            self.env["hr.kinerja.finalkan.wizard"].with_user(self.user_penilai).create(
                {"unit_id": self.unit.id, "justifikasi": "   "}
            ).action_confirm()
        self.env["hr.kinerja.finalkan.wizard"].with_user(self.user_penilai).create(
            {
                "unit_id": self.unit.id,
                "justifikasi": "Seluruh tim menuntaskan transformasi layanan daring lebih cepat.",
            }
        ).action_confirm()
        self.assertEqual(set(self.evaluations.mapped("state")), {"final"})
        self.assertEqual(
            set(self.evaluations.mapped("justifikasi")),
            {"Seluruh tim menuntaskan transformasi layanan daring lebih cepat."},
        )
        # locked; the pegawai now reads it and was notified
        with self.assertRaisesMsg(UserError, "final"):
            self.team[:1].with_user(self.user_penilai).write({"rating_perilaku": "sesuai"})
        mine = self.Evaluasi.with_user(self.user_pegawai).search([])
        self.assertEqual(mine.employee_id, self.staf)
        # one notice: the to-do to acknowledge carries the news (not a message as well)
        todo = mine.activity_ids.filtered(lambda a: a.user_id == self.user_pegawai)
        self.assertEqual(len(todo), 1)
        self.assertIn("is final", todo.note)
        self.assertNotIn(self.user_pegawai.partner_id, mine.message_ids.partner_ids)

    def test_respected_pattern_finalises_without_justification(self):
        self.capaian("baik", user=self.user_admin)
        staf, ketua, kasi, admin = (
            self.team.filtered(lambda e, x=x: e.employee_id == x)
            for x in (self.staf, self.ketua_tim, self.kasi, self.employee_admin)
        )
        self.rate(staf | ketua, "sesuai", "sesuai")  # baik x2
        self.rate(kasi, "dibawah", "sesuai")  # butuh perbaikan
        self.rate(admin, "diatas", "diatas")  # sangat baik: baik is the most, 2 of 4
        self.assertFalse(self.unit.melanggar)
        with self.assertRaises(UserError):  # not an appraiser of the unit
            self.finalise(self.user_pegawai)
        self.assertTrue(self.finalise(self.user_penilai))
        self.assertEqual(set(self.evaluations.mapped("state")), {"final"})
        self.assertFalse(self.evaluations.filtered("justifikasi"))

    def test_the_ppk_own_evaluation_never_blocks_her_unit(self):
        """Decision 2 / issue 11: the kabid finalises her team while her own evaluation,
        which only her PPK rates, waits in her PPK's unit; she never finalises it."""
        self.capaian("baik", user=self.user_admin)
        self.assertNotIn(self.head, self.unit.evaluasi_ids)
        self.rate(self.team[:2], "sesuai", "sesuai")
        self.rate(self.team[2:3], "dibawah", "sesuai")
        self.rate(self.team[3:], "diatas", "diatas")
        self.assertTrue(self.finalise(self.user_penilai))
        self.assertEqual(set(self.team.mapped("state")), {"final"})
        self.assertEqual(self.head.state, "draft", "her own evaluation is not hers to finalise")
        with self.assertRaisesMsg(UserError, "Only an appraiser"):
            self.head.unit_id.with_user(self.user_penilai).action_finalkan()
        with self.assertRaisesMsg(UserError, "to be rated by"):
            self.head.unit_id.with_user(self.user_atasan).action_finalkan()

    def test_rules_read_as_sentences(self):
        """Each rule in words, with this unit's arithmetic done (decision 2)."""
        self.capaian("baik", user=self.user_admin)
        self.rate(self.team, "sesuai", "sesuai")
        html = str(self.unit.distribusi_html)
        self.assertIn("At most 2 rated Good (70% of 4 rated).", html)
        self.assertIn("Good must be the most given predikat", html)
        self.assertIn("BREACH", html, "no Butuh Perbaikan/Kurang among 4: the minimum is 1")

    def test_needs_capaian(self):
        self.rate(self.team, "sesuai", "sesuai")
        with self.assertRaisesMsg(UserError, "organisational achievement"):
            self.finalise(self.user_penilai)

    def test_calibration_by_atasan_keeps_history(self):
        staf = self.team.filtered(lambda e: e.employee_id == self.staf)
        self.rate(staf, "diatas", "diatas")
        staf.with_user(self.user_penilai).action_hitung_predikat()
        Wizard = self.env["hr.kinerja.kalibrasi.wizard"]
        for user in (self.user_penilai, self.user_pegawai):
            with self.assertRaises(UserError):
                Wizard.with_user(user).create(
                    {
                        "evaluasi_id": staf.id,
                        "rating_hasil_kerja": "sesuai",
                        "rating_perilaku": "sesuai",
                        "alasan": "x",
                    }
                ).action_confirm()
        Wizard.with_user(self.user_atasan).create(
            {
                "evaluasi_id": staf.id,
                "rating_hasil_kerja": "sesuai",
                "rating_perilaku": "diatas",
                "alasan": "Setara dengan unit lain pada capaian yang sama",
            }
        ).action_confirm()
        self.assertEqual(staf.predikat, "baik", "the predikat follows the new ratings")
        history = staf.kalibrasi_ids
        self.assertEqual((history.predikat_lama, history.predikat_baru), ("sangat_baik", "baik"))
        self.assertEqual(history.user_id, self.user_atasan)
        self.assertEqual(history.alasan, "Setara dengan unit lain pada capaian yang sama")

    def test_annual_shows_periodic_without_averaging(self):
        staf = self.team.filtered(lambda e: e.employee_id == self.staf)
        self.rate(staf, "diatas", "diatas")
        november = (datetime.date(2026, 11, 1), datetime.date(2026, 11, 30))
        nov = self.Evaluasi._generate(self.periode, *november, "periodik", "November 2026")
        self.rate(nov.filtered(lambda e: e.employee_id == self.staf), "dibawah", "sesuai")
        annual = self.Evaluasi._generate(
            self.periode, self.periode.date_start, self.periode.date_end, "tahunan", "Tahunan 2026"
        )
        mine = annual.filtered(lambda e: e.employee_id == self.staf)
        self.assertFalse(mine.rating_hasil_kerja, "its own judgement, nothing averaged")
        self.assertFalse(mine.predikat)
        html = str(mine.riwayat_periodik_html)
        self.assertIn("Oktober 2026", html)
        self.assertIn("November 2026", html)
        self.assertLess(html.index("Oktober 2026"), html.index("November 2026"))


class TestPenilaianPerformance(PenilaianCase):
    def test_hitung_predikat_batch_queries(self):
        """10 vs 500 evaluations: at most ceil(N/100) more queries (the ORM's write batches)."""
        evaluations = self.bulk_evaluations(255, rating_perilaku="diatas")
        small, large = evaluations[:10], evaluations[10:510]
        counts = [
            self.count_queries(
                lambda b=batch: b.with_user(self.user_penilai).action_hitung_predikat()
            )
            for batch in (small, large)
        ]
        self.assertEqual(set(large.mapped("state")), {"dinilai"})
        self.assertEqual(set(large.mapped("predikat")), {"baik"})
        self.assertLessEqual(counts[1], counts[0] + math.ceil(500 / 100), counts)
