"""Heavy batches go to the job queue in parts (issue 14): opening a year, creating a
period's evaluations, finalising units. Parts are run here as OCA queue_job's runner
runs them (:mod:`.antrian`); ``integration/test_job_runner.py`` runs them through the
real runner of a prefork server."""

from odoo.exceptions import AccessError, UserError

from . import antrian
from .test_dokumen_http import pdf_text
from .test_penilaian import OCT, PenilaianCase

CHANNEL = "root.kinerja"


class TestProses(PenilaianCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        antrian.masuk_mode_uji(cls)
        # parts of 2 records: the test agency's handful of pegawai is a "province"
        cls.env["ir.config_parameter"].sudo().set_param("hr_kinerja_asn.ukuran_bagian", "2")
        cls.Proses = cls.env["hr.kinerja.proses"]

    def run_parts(self):
        return antrian.jalankan_antrian(self.env, self.registry, CHANNEL)

    def rated_team(self):
        """October's evaluations of the bidang, each rated "sesuai" by its PPK."""
        evaluations = self.generate()
        self.capaian("baik", self.user_admin)
        team = evaluations.filtered(lambda e: e.unit_id.department_id == self.dept)
        for ev in team:
            ev.with_user(ev.penilai_id.user_id).write(
                {"rating_hasil_kerja": "sesuai", "rating_perilaku": "sesuai"}
            )
        return team

    def proses_of(self, action):
        self.assertEqual(action["res_model"], "hr.kinerja.proses", action)
        return self.Proses.browse(action["res_id"])

    def test_opening_a_year_in_parts(self):
        periode = (
            self.env["hr.kinerja.periode"]
            .with_user(self.user_admin)
            .create({"tahun": 2027, "company_id": self.company.id})
        )
        expected = self.Skp._kinerja_pegawai_tanpa_skp(periode)
        self.assertGreater(len(expected), 4)
        action = periode.with_user(self.user_admin).action_mulai()
        proses = self.proses_of(action)
        self.assertEqual(periode.state, "berjalan")
        self.assertEqual(proses.jenis, "buka_tahun")
        self.assertEqual(proses.jumlah_bagian, (len(expected) + 1) // 2)
        self.assertEqual(proses.user_id, self.user_admin)
        self.assertFalse(self.Skp.search_count([("periode_id", "=", periode.id)]))
        # the HR office follows it (read only), the jobs run as the HR officer
        self.assertEqual(proses.with_user(self.user_admin).progres, 0)
        jobs = antrian.job_menunggu(self.env, CHANNEL)
        self.assertEqual(jobs.user_id, self.user_admin)
        self.assertEqual(jobs.kinerja_proses_id, proses)
        self.assertEqual(set(self.run_parts()), {"done"})
        skps = self.Skp.search([("periode_id", "=", periode.id)])
        self.assertEqual(skps.employee_id, expected)
        self.assertEqual(proses.state, "selesai")
        self.assertEqual(proses.progres, 100)
        self.assertEqual(proses.jumlah_hasil, len(expected))
        # whoever started it is told, in their inbox
        notice = proses.message_ids.filtered(
            lambda m: "done" in str(m.body) or "selesai" in str(m.body)
        )
        self.assertEqual(notice.partner_ids, self.user_admin.partner_id)
        # each pegawai has the to-do to draft their SKP, as when the year opens at once
        self.assertTrue(skps.activity_ids)

    def test_a_retried_part_does_nothing_twice(self):
        periode = self.env["hr.kinerja.periode"].create(
            {"tahun": 2028, "company_id": self.company.id}
        )
        proses = self.proses_of(periode.with_user(self.user_admin).action_mulai())
        job = antrian.job_menunggu(self.env, CHANNEL)[:1]
        part = proses.with_user(self.user_admin)
        ids, argumen = job.args
        first = part._kinerja_kerjakan(ids, argumen)
        # the same part again (the runner retrying it after a lost connection)
        self.assertEqual(part._kinerja_kerjakan(ids, argumen), 0)
        self.assertEqual(first, 2)
        self.assertEqual(
            self.Skp.search_count([("periode_id", "=", periode.id), ("employee_id", "in", ids)]),
            2,
        )

    def test_evaluations_in_parts_of_whole_units(self):
        action = self.Evaluasi.with_user(self.user_admin)._kinerja_antrikan_evaluasi(
            self.periode, *OCT, "periodik", "Oktober 2026"
        )
        proses = self.proses_of(action)
        self.assertEqual(set(self.run_parts()), {"done"})
        evaluations = self.Evaluasi.search(
            [("date_start", "=", OCT[0]), ("jenis", "=", "periodik")]
        )
        self.assertEqual(proses.jumlah_hasil, len(evaluations))
        # one unit evaluation per unit, though its SKPs came in different parts
        for unit in evaluations.unit_id:
            self.assertEqual(
                len(
                    unit.search(
                        [("department_id", "=", unit.department_id.id), ("date_start", "=", OCT[0])]
                    )
                ),
                1,
            )
        self.assertEqual(proses.state, "selesai")

    def test_finalising_units_in_parts(self):
        team = self.rated_team()
        unit = team.unit_id
        self.assertGreater(len(team), 2)
        action = unit.with_user(self.user_admin).action_finalkan(justifikasi="Tim merata")
        proses = self.proses_of(action)
        self.assertNotEqual(unit.state, "final")  # checked now, finalised by the queue
        self.assertEqual(set(self.run_parts()), {"done"})
        self.assertEqual(unit.state, "final")
        self.assertEqual(set(team.mapped("state")), {"final"})
        self.assertEqual(proses.jumlah_hasil, len(team))
        self.assertEqual(proses.state, "selesai")

    def test_finalising_checks_before_queueing(self):
        evaluations = self.generate()
        self.capaian("baik", self.user_admin)
        unit = evaluations.filtered(lambda e: e.unit_id.department_id == self.dept).unit_id
        # nobody rated yet: refused at once, in the request, nothing queued
        with self.assertRaisesMsg(UserError, "not rated"):
            unit.with_user(self.user_admin).action_finalkan(justifikasi="x")
        self.assertFalse(antrian.job_menunggu(self.env, CHANNEL))

    def test_nobody_writes_a_batch(self):
        periode = self.env["hr.kinerja.periode"].create(
            {"tahun": 2029, "company_id": self.company.id}
        )
        proses = self.proses_of(periode.with_user(self.user_admin).action_mulai())
        for user in (self.user_admin, self.user_pegawai):
            Proses = self.Proses.with_user(user)
            with self.assertRaises(AccessError):
                Proses.create({"name": "x", "jenis": "buka_tahun", "company_id": self.company.id})
            with self.assertRaises(AccessError):
                proses.with_user(user).write({"bagian_selesai": 99})
            with self.assertRaises(AccessError):
                proses.with_user(user).unlink()
        # a pegawai does not read the HR office's batches
        with self.assertRaises(AccessError):
            proses.with_user(self.user_pegawai).read(["name"])

    def test_a_unit_changed_meanwhile_is_named_not_finalised(self):
        team = self.rated_team()
        unit = team.unit_id
        proses = self.proses_of(unit.with_user(self.user_admin).action_finalkan(justifikasi="x"))
        # before the queue runs, the PPK takes a rating back
        ev = team[0]
        ev.with_user(ev.penilai_id.user_id).write({"rating_hasil_kerja": False})
        self.assertEqual(set(self.run_parts()), {"done"})
        self.assertNotEqual(unit.state, "final")
        self.assertEqual(proses.state, "selesai")
        self.assertEqual(proses.jumlah_hasil, 0)
        self.assertIn(unit.name, proses.catatan)
        self.assertIn(ev.employee_id.name, proses.catatan)

    def test_printing_unit_reports_in_the_background(self):
        """Month end: the HR office prints every unit's Laporan Berjenjang at once; one
        job per unit renders it as a real PDF, kept on the batch, read by the HR office
        only; a PPK may neither start it nor read the documents."""
        evaluations = self.generate()
        units = evaluations.unit_id
        self.assertGreater(len(units), 1)
        for user in (self.user_penilai, self.user_pegawai):
            with self.assertRaisesMsg(AccessError, "HR office prints"):
                units.with_user(user).action_cetak_laporan()
        self.assertFalse(antrian.job_menunggu(self.env, CHANNEL))
        proses = self.proses_of(units.with_user(self.user_admin).action_cetak_laporan())
        self.assertEqual((proses.jenis, proses.jumlah_bagian), ("cetak_unit", len(units)))
        self.assertEqual(set(self.run_parts()), {"done"})
        self.assertEqual((proses.state, proses.jumlah_hasil), ("selesai", len(units)))
        documents = proses.with_user(self.user_admin).dokumen_ids
        self.assertEqual(len(documents), len(units))
        for unit in units:
            doc = documents.filtered(lambda d, u=unit: u.name in d.name)
            self.assertEqual(doc.mimetype, "application/pdf")
            self.assertTrue(doc.raw.startswith(b"%PDF"), doc.name)
            # the summary and every pegawai of the unit are in it
            text = pdf_text(doc.raw)
            self.assertIn("LAPORAN", text.upper())
            for employee in unit.evaluasi_ids.employee_id:
                self.assertIn(employee.name.split(",")[0], text)
        with self.assertRaises(AccessError):
            documents.with_user(self.user_penilai).read(["name"])
