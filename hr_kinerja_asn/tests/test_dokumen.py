"""Official documents: signatures at the workflow's steps, their hash, the four
documents' content (HTML text), and that nobody prints what they cannot read."""

import datetime

from odoo import Command
from odoo.exceptions import AccessError, UserError

from .test_penilaian import OCT, PenilaianCase

REPORT = "hr_kinerja_asn.%s"


class DokumenCase(PenilaianCase):
    def html(self, report, records, user=None):
        # a fresh cache, as in a real request: nothing read earlier as superuser leaks in
        self.env.flush_all()
        self.env.invalidate_all()
        Report = self.env["ir.actions.report"]
        if user:
            Report = Report.with_user(user)
        return Report._render_qweb_html(REPORT % report, records.ids)[0].decode()

    def signatures(self, record):
        return record._kinerja_tanda_tangan()

    def todo(self, evaluation, kind):
        """The evaluation's to-do of ``mail_act_evaluasi_<kind>``."""
        act = self.env.ref(f"hr_kinerja_asn.mail_act_evaluasi_{kind}")
        return evaluation.activity_ids.filtered(lambda a: a.activity_type_id == act)

    def final_unit(self):
        """October evaluated and finalised by the kabid: realisation, feedback, a take-over."""
        rhk = self.skp_staf.rhk_ids
        self.env["hr.kinerja.realisasi"].with_user(self.user_pegawai).create(
            {
                "skp_id": self.skp_staf.id,
                "rhk_id": rhk.id,
                "indikator_id": rhk.indikator_ids.id,
                "date_start": OCT[0],
                "date_end": OCT[1],
                "realisasi": "Tiket layanan aplikasi diselesaikan",
                "nilai": 11,
            }
        )
        # the team lead reports the RHK as a whole (no indicator): it prints too
        self.env["hr.kinerja.realisasi"].with_user(self.user_rekan).create(
            {
                "skp_id": self.skp_ketua.id,
                "rhk_id": self.skp_ketua.rhk_ids.id,
                "date_start": OCT[0],
                "date_end": OCT[1],
                "realisasi": "Koordinasi tim dukungan berjalan",
            }
        ).action_laporkan()
        self.env["hr.kinerja.umpan.balik"].with_user(self.user_penilai).create(
            {
                "employee_id": self.staf.id,
                "rhk_id": rhk.id,
                "sumber": "pimpinan",
                "isi": "Respons tiket cepat, dokumentasikan solusinya",
                "tanggal": datetime.date(2026, 10, 15),
            }
        )
        self.env["hr.kinerja.ambil.alih.wizard"].with_user(self.user_penilai).create(
            {"rhk_id": self.skp_kasi.rhk_ids.id, "catatan": "Diambil alih karena cuti panjang"}
        ).action_confirm()
        self.capaian("baik", user=self.user_admin)
        evaluations = self.generate()
        head = evaluations.filtered("is_kepala_unit")
        team = evaluations - head
        self.rate(team, "sesuai", "sesuai")
        staf = team.filtered(lambda e: e.employee_id == self.staf)
        staf.with_user(self.user_penilai).write(
            {
                "rating_hasil_kerja": "diatas",
                "rating_perilaku": "diatas",
                "catatan": "Pertahankan kecepatan layanan",
            }
        )
        self.rate(head, "sesuai", "sesuai", user=self.user_atasan)
        team.with_user(self.user_penilai).action_hitung_predikat()
        head.with_user(self.user_atasan).action_hitung_predikat()
        unit = team.unit_id
        action = unit.with_user(self.user_penilai).action_finalkan()
        self.assertIsInstance(action, dict, "three baik of four breach the pattern")
        self.env["hr.kinerja.finalkan.wizard"].with_user(self.user_penilai).create(
            {"unit_id": unit.id, "justifikasi": "Tim menuntaskan migrasi layanan lebih awal"}
        ).action_confirm()
        # the kabid counts in the unit she is rated in: her PPK finalises it (the
        # kadis has no unit above the bidang here: the agency's, with its achievement)
        self.assertNotEqual(head.unit_id, unit)
        self.env["hr.kinerja.capaian.organisasi"].search(
            [("department_id", "=", self.dept.id)]
        ).copy({"department_id": False})
        self.assertIs(head.unit_id.with_user(self.user_atasan).action_finalkan(), True)
        self.assertEqual(set(evaluations.mapped("state")), {"final"})
        return evaluations, staf, head


class TestTandaTangan(DokumenCase):
    def test_skp_signed_when_submitted_and_when_set(self):
        # the kadis drafts and submits their own SKP; their PPK (the bupati) has no
        # account, so the HR office writes the expectation and sets it
        skp = self.make_skp(self.kadis, self.user_atasan, rhk="Aplikasi perizinan tersedia")
        self.assertFalse(self.signatures(skp))
        skp.with_user(self.user_atasan).action_ajukan()
        pegawai = self.signatures(skp)
        self.assertEqual(len(pegawai), 1)
        self.assertEqual(
            (pegawai.peran, pegawai.user_id, pegawai.employee_id, pegawai.nama),
            ("pegawai", self.user_atasan, self.kadis, self.kadis.name),
        )
        self.assertEqual(pegawai.document_hash, skp._kinerja_hash())
        self.assertEqual(len(pegawai.document_hash), 64)
        self.assertGreaterEqual(len(pegawai.token), 32)

        # the PPK writes a special expectation before setting: the pegawai signed before it
        skp.perilaku_ids[:1].with_user(self.user_admin).write(
            {"ekspektasi_khusus": "Tanggap terhadap keluhan pemohon"}
        )
        self.assertNotEqual(pegawai.document_hash, skp._kinerja_hash())
        skp.with_user(self.user_admin).action_tetapkan()
        penilai = self.signatures(skp) - pegawai
        self.assertEqual((penilai.peran, penilai.user_id), ("penilai", self.user_admin))
        self.assertTrue(penilai._hash_cocok())
        self.assertFalse(pegawai._hash_cocok(), "signed an earlier content")
        self.assertIn("document changed since", skp.with_user(self.user_atasan).tanda_tangan_html)

        # a signature is a fact: never changed, never deleted, not even by the HR office
        with self.assertRaisesMsg(UserError, "cannot be changed"):
            penilai.sudo().write({"nama": "Orang lain"})
        with self.assertRaisesMsg(UserError, "cannot be deleted"):
            penilai.sudo().unlink()
        # and nobody browses signatures (or their tokens) outside their documents
        with self.assertRaises(AccessError):
            self.env["hr.kinerja.tanda.tangan"].with_user(self.user_pegawai).search([])

    def test_hash_is_the_same_in_every_language(self):
        records = self.skp_staf | self.skp_kasi
        evaluation = self.generate()[:1]
        before = [r._kinerja_hash() for r in (*records, evaluation)]
        # the unit gets an Indonesian name: what an Indonesian reader sees changes,
        # the document (and so its hash) does not
        self.dept.update_field_translations("name", {"id_ID": "Bidang Uji (ID)"})
        self.assertEqual(self.dept.with_context(lang="id_ID").name, "Bidang Uji (ID)")
        for lang in ("id_ID", "en_US"):
            self.assertEqual(
                [r.with_context(lang=lang)._kinerja_hash() for r in (*records, evaluation)],
                before,
                lang,
            )

    def test_batch_set_signs_each_skp_once(self):
        skps = self.make_skp(self.kadis) | self.make_skp(self.operator, rhk="Data terpelihara")
        skps.with_user(self.user_admin).action_ajukan()
        skps.with_user(self.user_admin).action_tetapkan()
        sigs = self.signatures(skps)
        self.assertEqual(len(sigs), 4)
        self.assertEqual(len(set(sigs.mapped("token"))), 4)
        self.assertEqual(set(sigs.mapped("user_id")), {self.user_admin})
        for skp in skps:
            self.assertEqual(sorted(self.signatures(skp).mapped("peran")), ["pegawai", "penilai"])
            self.assertTrue(all(s._hash_cocok() for s in self.signatures(skp)))

    def test_evaluation_signed_by_each_ppk_and_acknowledged(self):
        evaluations, staf, head = self.final_unit()
        team = evaluations - head
        # the kabid finalised: they sign the team they appraise, not the head's evaluation
        for ev in team:
            self.assertEqual(self.signatures(ev).mapped("peran"), ["penilai"])
            self.assertEqual(self.signatures(ev).user_id, self.user_penilai)
            self.assertTrue(ev.ditandatangani_penilai)
        # the head's evaluation is in her PPK's unit: the kadis finalised it and signed
        self.assertEqual(self.signatures(head).user_id, self.user_atasan)
        self.assertFalse(self.todo(head, "tanda_tangan"))
        with self.assertRaisesMsg(UserError, "Only the appraiser"):
            head.with_user(self.user_penilai).action_tandatangani()
        with self.assertRaisesMsg(UserError, "not waiting"):
            head.with_user(self.user_atasan).action_tandatangani()

        # the pegawai acknowledges their own final evaluation, once
        self.assertEqual(self.todo(staf, "terima").user_id, self.user_pegawai)
        with self.assertRaisesMsg(UserError, "Only"):
            staf.with_user(self.user_penilai).action_terima()
        staf.with_user(self.user_pegawai).action_terima()
        self.assertTrue(staf.tanggal_diterima)
        mine = self.signatures(staf).filtered(lambda s: s.peran == "pegawai")
        self.assertEqual(mine.user_id, self.user_pegawai)
        self.assertTrue(mine._hash_cocok())
        self.assertFalse(self.todo(staf, "terima"))
        with self.assertRaisesMsg(UserError, "already acknowledged"):
            staf.with_user(self.user_pegawai).action_terima()

    def test_final_without_the_ppk_signature_says_so(self):
        """The HR office finalised for the kabid: until she signs, the printed document
        says it waits for her signature, and the verification page does not call it
        valid (issue 11: documents are final only with the signatures they need)."""
        self.capaian("baik", user=self.user_admin)
        team = self.generate().filtered(lambda e: e.penilai_id == self.kabid)
        self.rate(team, "sesuai", "sesuai")
        team.unit_id.with_user(self.user_admin).action_finalkan(justifikasi="Tim merata")
        staf = team.filtered(lambda e: e.employee_id == self.staf)
        self.assertEqual(staf.state, "final")
        self.assertFalse(staf.ditandatangani_penilai)
        html = self.html("report_dokumen_evaluasi", staf, self.user_penilai)
        self.assertIn("BELUM DITANDATANGANI PEJABAT PENILAI KINERJA", html)
        self.assertFalse(staf._kinerja_status_dokumen()[1])
        staf.with_user(self.user_penilai).action_tandatangani()
        html = self.html("report_dokumen_evaluasi", staf, self.user_penilai)
        self.assertNotIn("BELUM DITANDATANGANI", html)
        self.assertEqual(staf._kinerja_status_dokumen(), ("FINAL", True))

    def test_the_ppk_signs_her_unit_in_one_go(self):
        """Finalised by the HR office, the kabid gets one to-do on the unit (not one per
        evaluation) and signs all she appraises with one button; nobody else can."""
        self.capaian("baik", user=self.user_admin)
        team = self.generate().filtered(lambda e: e.penilai_id == self.kabid)
        self.rate(team, "sesuai", "sesuai")
        unit = team.unit_id
        unit.with_user(self.user_admin).action_finalkan(justifikasi="Tim merata")
        act = self.env.ref("hr_kinerja_asn.mail_act_unit_tanda_tangan")

        def todos():
            return unit.activity_ids.filtered(lambda a: a.activity_type_id == act)

        everyone = unit._evaluasi_semua()
        # one to-do per PPK of the unit, none per evaluation
        self.assertEqual(todos().user_id, everyone.penilai_id.user_id)
        mine = todos().filtered(lambda a: a.user_id == self.user_penilai)
        self.assertIn(f"{len(team)} final evaluation(s)", mine.note)
        self.assertFalse(any(self.todo(ev, "tanda_tangan") for ev in everyone))
        self.assertTrue(unit.with_user(self.user_penilai).can_tandatangani)
        # "Waiting for My Signature" in her menu, in nobody else's
        Unit = self.env["hr.kinerja.evaluasi.unit"]
        waiting = [("can_tandatangani", "=", True)]
        self.assertEqual(Unit.with_user(self.user_penilai).search(waiting), unit)
        self.assertFalse(Unit.with_user(self.user_atasan).search(waiting))
        # neither the pegawai nor the kabid's own superior signs for her (the API)
        self.assertFalse(unit.with_user(self.user_atasan).can_tandatangani)
        for user in (self.user_pegawai, self.user_atasan):
            with self.assertRaises(UserError):  # an AccessError for who cannot read it
                unit.with_user(user).action_tandatangani()
        self.assertFalse(any(team.mapped("ditandatangani_penilai")))
        unit.with_user(self.user_penilai).action_tandatangani()
        self.assertTrue(all(team.mapped("ditandatangani_penilai")))
        for ev in team:
            self.assertEqual(self.signatures(ev).user_id, self.user_penilai)
        self.assertFalse(todos())
        self.assertFalse(Unit.with_user(self.user_penilai).search(waiting))
        with self.assertRaisesMsg(UserError, "waits for your signature"):
            unit.with_user(self.user_penilai).action_tandatangani()

    def test_the_unit_to_do_closes_with_the_last_signature(self):
        self.capaian("baik", user=self.user_admin)
        team = self.generate().filtered(lambda e: e.penilai_id == self.kabid)
        self.rate(team, "sesuai", "sesuai")
        team.unit_id.with_user(self.user_admin).action_finalkan(justifikasi="Tim merata")
        act = self.env.ref("hr_kinerja_asn.mail_act_unit_tanda_tangan")
        *first, last = team
        for ev in first:
            ev.with_user(self.user_penilai).action_tandatangani()
        self.assertTrue(team.unit_id.activity_ids.filtered(lambda a: a.activity_type_id == act))
        last.with_user(self.user_penilai).action_tandatangani()
        self.assertFalse(team.unit_id.activity_ids.filtered(lambda a: a.activity_type_id == act))

    def test_not_final_cannot_be_acknowledged(self):
        ev = self.generate().filtered(lambda e: e.employee_id == self.staf)
        # before it is final the pegawai cannot even read it (the access rule says so)
        with self.assertRaises(AccessError):
            ev.with_user(self.user_pegawai).action_terima()
        self.assertFalse(self.signatures(ev))


class TestDokumenIsi(DokumenCase):
    def test_skp_variants(self):
        # JA/JF kuantitatif, set and signed by both
        html = self.html("report_skp", self.skp_staf, self.user_pegawai)
        for text in (
            "SASARAN KINERJA PEGAWAI",
            "PENDEKATAN HASIL KERJA KUANTITATIF BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL",
            "PEMERINTAH KABUPATEN UJI",
            "PERIODE PENILAIAN: 1 Januari 2026 s.d. 31 Desember 2026",
            "PEGAWAI YANG DINILAI",
            "PEJABAT PENILAI KINERJA",
            "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI",
            "A. UTAMA",
            "B. TAMBAHAN",
            self.skp_staf.rhk_ids.name,
            "Tiket selesai",
            "10 - 12 tiket",
            "Berorientasi Pelayanan",
            "EKSPEKTASI KHUSUS PIMPINAN",
            "Ditandatangani secara elektronik",
            "data:image/png;base64,",
            self.signatures(self.skp_staf)[:1].document_hash[:16].upper(),
            self.staf.nip,
        ):
            self.assertIn(text, html)
        self.assertNotIn("KONSEP", html)
        self.assertNotIn("PERSPEKTIF", html)

        # JPT kualitatif, draft: a KONSEP banner, perspective, narrative target, no signature
        skp = self.make_skp(
            self.kadis, self.user_atasan, rhk=None, jenis_skp="jpt", pendekatan="kualitatif"
        )
        self.env["hr.kinerja.rhk"].with_user(self.user_atasan).create(
            {
                "skp_id": skp.id,
                "name": "Layanan publik digital terpercaya",
                "perspektif": "penerima_layanan",
                "indikator_ids": [
                    Command.create(
                        {
                            "aspek": "kualitas",
                            "name": "Kepuasan pengguna layanan",
                            "target_uraian": "Indeks kepuasan naik",
                        }
                    )
                ],
            }
        )
        html = self.html("report_skp", skp, self.user_atasan)
        for text in (
            "KONSEP: SKP INI BELUM DITETAPKAN",
            "PENDEKATAN HASIL KERJA KUALITATIF BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT "
            "KERJA MANDIRI",
            "PERSPEKTIF",
            "Penerima Layanan",
            "UKURAN KEBERHASILAN/ INDIKATOR KINERJA INDIVIDU, DAN TARGET",
            "Indeks kepuasan naik",
        ):
            self.assertIn(text, html)
        self.assertNotIn("YANG DIINTERVENSI", html)
        self.assertNotIn("Ditandatangani secara elektronik", html)

    def test_lampiran(self):
        html = self.html("report_lampiran_skp", self.skp_staf, self.user_pegawai)
        for text in (
            "LAMPIRAN SASARAN KINERJA PEGAWAI",
            "DUKUNGAN SUMBER DAYA",
            "SKEMA PERTANGGUNGJAWABAN",
            "KONSEKUENSI",
            "Ditandatangani secara elektronik",
        ):
            self.assertIn(text, html)
        for line in self.skp_staf.lampiran_ids:
            self.assertIn(line.name, html)
        # the prefilled lines are Indonesian, whoever created the SKP (here: English)
        self.assertEqual(self.env.lang or "en_US", "en_US")
        self.assertIn("Anggaran kegiatan sesuai DPA unit kerja", html)

    def test_evaluation_documents(self):
        evaluations, staf, _head = self.final_unit()
        html = self.html("report_evaluasi", staf, self.user_pegawai)
        for text in (
            "EVALUASI KINERJA PEGAWAI",
            "PERIODE: OKTOBER 2026",
            "CAPAIAN KINERJA ORGANISASI",
            "POLA DISTRIBUSI",
            "<svg",
            "Sebaran predikat yang diberikan",
            "Batas pola distribusi dibandingkan yang diberikan",
            "REALISASI BERDASARKAN BUKTI DUKUNG",
            "Tiket layanan aplikasi diselesaikan",
            "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG",
            "Respons tiket cepat, dokumentasikan solusinya",
            "RATING HASIL KERJA",
            "DI ATAS EKSPEKTASI",
            "RATING PERILAKU KERJA",
            "PREDIKAT KINERJA PEGAWAI",
            "SANGAT BAIK",
            "CATATAN DAN/ATAU REKOMENDASI",
            "Pertahankan kecepatan layanan",
            "JUSTIFIKASI PENYIMPANGAN POLA DISTRIBUSI",
            "Tim menuntaskan migrasi layanan lebih awal",
            "MELANGGAR",
            "Ditandatangani secara elektronik",
        ):
            self.assertIn(text, html)
        self.assertNotIn("KONSEP", html)
        # the month's share of the yearly 12 tickets, and a draft said to be a draft
        self.assertIn("(target periode 1 tiket)", html)
        self.assertIn("[belum dilaporkan]", html)
        ketua = evaluations.filtered(lambda e: e.employee_id == self.ketua_tim)
        html = self.html("report_evaluasi", ketua, self.user_penilai)
        self.assertIn("Koordinasi tim dukungan berjalan", html)
        self.assertNotIn("Belum ada realisasi", html.split("PERILAKU KERJA")[0])
        kasi = evaluations.filtered(lambda e: e.employee_id == self.kasi)
        self.assertIn(
            "Diambil alih oleh pimpinan: Diambil alih karena cuti panjang",
            self.html("report_evaluasi", kasi, self.user_kasi),
        )

        html = self.html("report_dokumen_evaluasi", staf, self.user_pegawai)
        for text in (
            "DOKUMEN EVALUASI KINERJA PEGAWAI",
            "PEGAWAI YANG DINILAI",
            "PEJABAT PENILAI KINERJA",
            "ATASAN PEJABAT PENILAI KINERJA",
            self.kadis.name,
            "EVALUASI KINERJA",
            "BAIK",
            "SANGAT BAIK",
            "CATATAN/REKOMENDASI",
            "Pertahankan kecepatan layanan",
        ):
            self.assertIn(text, html)

        # the unit: every evaluation document in one article, a page break between them
        head = evaluations.filtered("is_kepala_unit")
        evaluations -= head  # she is in her PPK's unit
        unit = evaluations.unit_id
        html = self.html("report_evaluasi_unit", unit, self.user_penilai)
        self.assertEqual(html.count('class="article'), 1)
        self.assertEqual(html.count("DOKUMEN EVALUASI KINERJA PEGAWAI"), len(evaluations))
        self.assertEqual(html.count("halaman-baru"), len(evaluations) - 1 + 1)  # +1: the CSS
        for ev in evaluations:
            self.assertIn(ev.employee_id.name, html)

    def test_unit_report_to_the_leaders(self):
        """Pelaporan berjenjang: the summary page, then each pegawai's SKP and Dokumen
        Evaluasi, for the HR office only (issue 12)."""
        evaluations, staf, head = self.final_unit()
        team = evaluations - head
        unit = team.unit_id
        objection = (
            self.env["hr.kinerja.keberatan"]
            .with_user(self.user_pegawai)
            .create({"evaluasi_id": staf.id, "alasan": "Bukti dukung belum dipertimbangkan"})
        )
        objection.action_ajukan()
        html = self.html("report_laporan_unit", unit, self.user_admin)
        for text in (
            "LAPORAN HASIL EVALUASI KINERJA PEGAWAI",
            "CAPAIAN KINERJA ORGANISASI",
            "KETENTUAN POLA DISTRIBUSI",
            "MELANGGAR",
            "Tim menuntaskan migrasi layanan lebih awal",
            "KEBERATAN",
        ):
            self.assertIn(text, html)
        self.assertEqual(html.count("DOKUMEN EVALUASI KINERJA PEGAWAI"), len(team))
        self.assertEqual(html.count(">SASARAN KINERJA PEGAWAI<"), len(team))
        self.assertRegex(html, r"Diajukan</td><td[^>]*>1<")
        self.assertRegex(html, r"Belum diputus</td><td[^>]*>1<")
        for user in (self.user_penilai, self.user_pegawai, self.user_atasan):
            with self.assertRaises(AccessError):
                self.html("report_laporan_unit", unit, user)


class TestDokumenAkses(DokumenCase):
    def test_nobody_prints_what_they_cannot_read(self):
        # the team lead reads neither the staf's SKP nor prints it
        with self.assertRaises(AccessError):
            self.skp_staf.with_user(self.user_rekan).read(["name"])
        for report in ("report_skp", "report_lampiran_skp"):
            with self.assertRaises(AccessError):
                self.html(report, self.skp_staf, self.user_rekan)
        # a pegawai prints their own evaluation, not a colleague's, nor the unit's
        evaluations = self.final_unit()[0]
        mine = evaluations.filtered(lambda e: e.employee_id == self.staf)
        other = evaluations.filtered(lambda e: e.employee_id == self.kasi)
        self.assertIn(
            "EVALUASI KINERJA PEGAWAI", self.html("report_evaluasi", mine, self.user_pegawai)
        )
        for report in ("report_evaluasi", "report_dokumen_evaluasi"):
            with self.assertRaises(AccessError):
                self.html(report, other, self.user_pegawai)
            with self.assertRaises(AccessError):
                self.html(report, mine | other, self.user_pegawai)
        with self.assertRaises(AccessError):
            self.html("report_evaluasi_unit", evaluations.unit_id, self.user_pegawai)
        # another agency's HR office prints nothing of this one
        self.user_admin.write(
            {"company_ids": [(4, self.company_b.id)], "company_id": self.company_b.id}
        )
        with self.assertRaises(AccessError):
            self.env["ir.actions.report"].with_user(self.user_admin).with_company(
                self.company_b
            )._render_qweb_html(REPORT % "report_skp", self.skp_staf.ids)


class TestDokumenPerformance(DokumenCase):
    def test_signing_evaluations_in_flat_queries(self):
        """5 vs 200 evaluations signed by their PPK: the same number of queries."""
        evaluations = self.bulk_evaluations(103, state="final")
        small, large = evaluations[:5], evaluations[5:205]
        counts = [
            self.count_queries(
                lambda b=batch: b.with_user(self.user_penilai)._kinerja_sign_penilai()
            )
            for batch in (small, large)
        ]
        self.assertEqual(len(self.signatures(large)), 200)
        self.assertTrue(all(large.mapped("ditandatangani_penilai")))
        self.assertLessEqual(counts[1], counts[0] + 4, counts)
