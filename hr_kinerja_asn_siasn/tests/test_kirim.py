"""Sending through the job queue for real: one job per submission, run the way OCA
queue_job's runner runs it, against the SIASN stand-in served over HTTP by the test
(which validates every payload and fails some requests on purpose)."""

import datetime
import json

from odoo import fields

from odoo.addons.hr_kinerja_asn_siasn.models.hr_kinerja_siasn_kiriman import MAX_RETRIES

from .common import SiasnCase


class TestKirim(SiasnCase):
    def test_send_stores_the_id_and_an_update_reuses_it(self):
        kiriman = self.send(self.team)
        self.assertEqual(len(kiriman), 4)
        self.assertEqual(set(kiriman.mapped("jenis")), {"kinerjaperiodik"})
        self.assertEqual(set(kiriman.mapped("state")), {"antri"})
        jobs = self.pending_jobs()
        self.assertEqual(len(jobs), 4, "one job per submission")
        self.assertEqual(jobs.siasn_kiriman_id, kiriman)
        self.assertEqual(set(jobs.mapped("max_retries")), {MAX_RETRIES})
        self.assertEqual(set(kiriman.mapped("job_state")), {"Pending"})

        self.assertEqual(self.run_jobs(), ["done"] * 4)
        self.assertEqual(set(kiriman.mapped("state")), {"terkirim"})
        self.assertEqual(set(kiriman.mapped("attempts")), {1})
        self.assertEqual(len(self.server.saved), 4)
        staf = kiriman.filtered(lambda k: k.employee_id == self.staf)
        endpoint, sent = self.server.saved[staf.siasn_id]
        self.assertEqual(endpoint, "kinerjaperiodik")
        self.assertEqual(json.loads(staf.payload), sent)
        self.assertEqual(sent["pnsDinilaiId"], "pns-staf")
        self.assertEqual(sent["periodikId"], "1")
        self.assertEqual((sent["bulanMulaiPenilaian"], sent["bulanSelesaiPenilaian"]), (2, 2))
        self.assertEqual(sent["penilaiNipNrp"], "198209152006042002")
        self.assertEqual(sent["penilaiGolongan"], "34")
        self.assertEqual(sent["penilaiJabatanNama"], "Kepala Bidang Uji")
        self.assertEqual(sent["penilaiUnorNama"], "Bidang Uji")
        self.assertEqual(sent["statusPenilai"], "ASN")
        ketua = kiriman.filtered(lambda k: k.employee_id == self.ketua_tim)
        self.assertEqual(self.server.saved[ketua.siasn_id][1]["koefisienId"], "22")
        kasi = kiriman.filtered(lambda k: k.employee_id == self.kasi)
        self.assertEqual(self.server.saved[kasi.siasn_id][1]["kuadranKinerjaNilai"], 3)
        # the PNS id was asked once per pegawai and kept
        self.assertEqual(self.staf.siasn_pns_id, "pns-staf")
        self.assertEqual(len(self.server.requests("/pns/data-utama/")), 4)
        # the tokens were asked once each for the whole batch
        self.assertEqual(len(self.server.requests("/oauth2/token")), 1)
        self.assertEqual(len(self.server.requests("/sso/token")), 1)

        # a second run of the same job does nothing (idempotent)
        job = self.env["queue.job"].search([("siasn_kiriman_id", "=", staf.id)])
        self.assertEqual(
            staf._siasn_kirim.__self__.with_context(job_uuid=job.uuid)._siasn_kirim(),
            "nothing to do: terkirim",
        )
        # sending the evaluations again leaves the sent ones alone
        self.send(self.team)
        self.assertFalse(self.pending_jobs())

        # an update (resend of a sent one) carries the id: no second row in SIASN
        self.server.log.clear()
        staf.with_user(self.user_admin).action_kirim_ulang()
        self.assertEqual(staf.state, "antri")
        self.assertEqual(self.run_jobs(), ["done"])
        self.assertEqual(len(self.server.saved), 4)
        posted = json.loads(self.server.requests("/kinerjaperiodik/save")[0][3])
        self.assertEqual(posted["id"], staf.siasn_id)
        self.assertEqual(staf.attempts, 2)
        self.assertFalse(self.server.requests("/pns/data-utama/"), "the PNS id is cached")

    def test_500_then_success_is_retried_and_sent(self):
        self.server.rencana["pns-staf"] = [500]
        kiriman = self.send(self.ev["staf"])
        self.assertEqual(self.run_jobs(), ["retry"])
        kiriman.invalidate_recordset()
        self.assertEqual(kiriman.state, "antri")
        self.assertEqual(kiriman.attempts, 1, "the attempt survived the job's rollback")
        self.assertEqual(kiriman.http_status, 500)
        self.assertIn("SIASN had an internal error", kiriman.error)
        self.assertIn("tried again", kiriman.error)
        job = self.pending_jobs()
        self.assertEqual(job.retry, 1)
        # the job function's retry pattern: the first retry a minute later
        delay = (job.eta - fields.Datetime.now()).total_seconds()
        self.assertAlmostEqual(delay, 60, delta=3)
        self.assertEqual(kiriman.job_eta, job.eta)

        self.assertEqual(self.run_jobs(), ["done"])
        self.assertEqual(kiriman.state, "terkirim")
        self.assertEqual(kiriman.attempts, 2)
        self.assertFalse(kiriman.error)
        self.assertEqual(len(self.server.saved), 1)
        self.assertEqual(kiriman.siasn_id, next(iter(self.server.saved)))

    def test_retries_back_off_and_then_fail(self):
        """Connection cut, timeout, 503, 429 (whose Retry-After wins) ... until the job
        has used its retries: the delays grow, then the submission fails with its last
        error, for the HR office to resend."""
        self.server.rencana["pns-kasi"] = ["putus", "timeout", 503, 429, 502, 500]
        kiriman = self.send(self.ev["kasi"])
        delays = []
        for _i in range(MAX_RETRIES - 1):
            self.assertEqual(self.run_jobs(), ["retry"])
            job = self.pending_jobs()
            delays.append(round((job.eta - fields.Datetime.now()).total_seconds()))
        self.assertEqual(self.run_jobs(), ["failed"])
        kiriman.invalidate_recordset()
        self.assertEqual(kiriman.state, "gagal")
        self.assertEqual(kiriman.attempts, MAX_RETRIES)
        self.assertIn(f"No success after {MAX_RETRIES} attempts", kiriman.error)
        self.assertIn("SIASN had an internal error", kiriman.error)
        self.assertEqual(kiriman.job_state, "Failed")
        # the retry pattern after the 1st, 2nd, 3rd and 5th failure (60, 300, 900,
        # 3600 s); BKN's Retry-After (7 s) after the 4th, the 429
        for delay, expected in zip(delays, (60, 300, 900, 7, 3600), strict=True):
            self.assertAlmostEqual(delay, expected, delta=3, msg=delays)
        self.assertFalse(self.server.saved)
        log = [entry for entry in self.server.log if entry[1].endswith("/save")]
        self.assertEqual(len(log), MAX_RETRIES)

        # in the error report; resent by the HR office, it goes through
        report = self.Kiriman.with_user(self.user_admin).search([("state", "=", "gagal")])
        self.assertEqual(report, kiriman)
        report.action_kirim_ulang()
        self.assertEqual(self.run_jobs(), ["done"])
        self.assertEqual(kiriman.state, "terkirim")
        self.assertEqual(kiriman.attempts, MAX_RETRIES + 1)

    def test_400_is_final_and_readable(self):
        """BKN refuses the data: no retry, the reason in words and BKN's own answer."""
        # BKN does not know the admin's NIP
        self.addCleanup(self.server.pns.update, dict(self.server.pns))
        self.server.pns.pop("199207072019031006")
        self.server.rencana["pns-staf"] = [400]
        kiriman = self.send(self.ev["staf"] | self.ev["employee_admin"])
        self.assertEqual(sorted(self.run_jobs()), ["done", "done"])
        staf = kiriman.filtered(lambda k: k.employee_id == self.staf)
        self.assertEqual(staf.state, "gagal")
        self.assertEqual(staf.attempts, 1)
        self.assertEqual(staf.http_status, 400)
        self.assertIn("SIASN refused the data (HTTP 400)", staf.error)
        self.assertIn("Internal Server Error", staf.error, "BKN's body is kept")
        self.assertFalse(self.pending_jobs(), "a refusal is not retried")
        admin = kiriman - staf
        self.assertEqual(admin.state, "gagal")
        self.assertIn("HTTP 404", admin.error)
        self.assertIn("Data tidak ditemukan", admin.error)

    def test_invalid_payload_refused_by_the_service(self):
        """A payload BKN's validation refuses (here: statusPenilai the agency mistyped)
        fails with BKN's message; corrected and resent, it goes through."""
        self.company.siasn_status_asn = "PNS"
        kiriman = self.send(self.ev["staf"])
        self.run_jobs()
        self.assertEqual(kiriman.state, "gagal")
        self.assertIn("statusPenilai must be ASN or NON ASN", kiriman.error)
        self.assertEqual(json.loads(kiriman.payload)["statusPenilai"], "PNS")
        self.company.siasn_status_asn = "ASN"
        kiriman.with_user(self.user_admin).action_kirim_ulang()
        self.run_jobs()
        self.assertEqual(kiriman.state, "terkirim")

    def test_missing_data_fails_without_sending(self):
        self.staf.nip = False
        kiriman = self.send(self.ev["staf"])
        self.run_jobs()
        self.assertEqual(kiriman.state, "gagal")
        self.assertEqual(kiriman.attempts, 0)
        self.assertIn("has neither a SIASN ID nor a NIP", kiriman.error)
        self.assertFalse(self.server.requests("/save"))

    def test_only_final_evaluations_and_one_per_kind(self):
        draft = self.Evaluasi._generate(
            self.periode, *self.march(), "periodik", "Maret 2026"
        ).filtered(lambda e: e.penilai_id == self.kabid)
        self.assertTrue(draft)
        self.assertFalse(self.send(draft))
        self.assertFalse(self.pending_jobs())
        kiriman = self.send(self.ev["staf"] | draft)
        self.assertEqual(kiriman.evaluasi_id, self.ev["staf"])
        self.send(self.ev["staf"])
        self.assertEqual(len(self.pending_jobs()), 1, "a queued submission is not queued twice")

    def test_year_and_unit_actions(self):
        self.periode.with_user(self.user_admin).action_kirim_siasn()
        self.assertEqual(len(self.pending_jobs()), 4)
        self.team.unit_id.with_user(self.user_admin).action_kirim_siasn()
        self.assertEqual(len(self.pending_jobs()), 4)

    @staticmethod
    def march():
        return datetime.date(2026, 3, 1), datetime.date(2026, 3, 31)


class TestKirimTahunan(SiasnCase):
    def test_annual_result_goes_to_skp22(self):
        year = (datetime.date(2026, 1, 1), datetime.date(2026, 12, 31))
        self.env["hr.kinerja.capaian.organisasi"].with_user(self.user_admin).create(
            {
                "company_id": self.company.id,
                "department_id": self.dept.id,
                "periode_id": self.periode.id,
                "date_start": year[0],
                "date_end": year[1],
                "jenis": "tahunan",
                "capaian": "baik",
            }
        )
        annual = self.Evaluasi._generate(self.periode, *year, "tahunan", "Tahun 2026").filtered(
            lambda e: e.penilai_id == self.kabid
        )
        for ev in annual:
            ev.with_user(self.user_penilai).write(
                {"rating_hasil_kerja": "sesuai", "rating_perilaku": "sesuai"}
            )
        annual.filtered(lambda e: e.employee_id == self.kasi).with_user(self.user_penilai).write(
            {"rating_hasil_kerja": "diatas", "rating_perilaku": "dibawah"}
        )
        annual.unit_id.with_user(self.user_penilai).action_finalkan(
            justifikasi="Hasil kerja Kasi di atas ekspektasi, perilaku di bawah (uji)."
        )
        self.assertEqual(set(annual.mapped("state")), {"final"})
        kiriman = self.send(annual)
        self.assertEqual(set(kiriman.mapped("jenis")), {"skp22"})
        self.assertEqual(set(self.run_jobs()), {"done"})
        self.assertEqual(set(kiriman.mapped("state")), {"terkirim"})
        kasi = kiriman.filtered(lambda k: k.employee_id == self.kasi)
        endpoint, sent = self.server.saved[kasi.siasn_id]
        self.assertEqual(endpoint, "skp22")
        self.assertEqual(sent["pnsDinilaiOrang"], "pns-kasi")
        self.assertEqual(sent["tahun"], 2026)
        # above in results, below in behaviour: kurang (4), never max(1, 3)
        self.assertEqual(
            (sent["hasilKinerjaNilai"], sent["perilakuKerjaNilai"], sent["kuadranKinerjaNilai"]),
            (1, 3, 4),
        )
