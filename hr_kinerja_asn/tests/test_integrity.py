"""Workflow integrity at the model boundary, tested as the attacker acts.

Each test replays one category of what a logged-in user could send over JSON-RPC
(``create``/``write``/``unlink``/public methods with any values and any context) and
asserts that it is refused with a clear message and that nothing was written. The
same categories run over HTTP against the demo agency in ``test_integrity_rpc``.
"""

import datetime

from odoo import Command, fields
from odoo.exceptions import AccessError, UserError, ValidationError

from .test_penilaian import OCT, PenilaianCase

REFUSED = (UserError, AccessError, ValidationError)
#: context keys the old code trusted; a client can send any of them
FORGED_CONTEXT = {
    "kinerja_skp_system": True,
    "kinerja_evaluasi_system": True,
    "kinerja_transisi": True,
    "kinerja_no_default_lines": True,
}


class IntegrityCase(PenilaianCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.user_baru, cls.baru = cls.new_pegawai(
            "uji_baru", "Pegawai Baru", "199601012020121003", cls.ketua_tim
        )

    def refused(self, func, fragment=None):
        """``func`` raises a clear refusal, never a raw database error (and its savepoint
        rolls back)."""
        with self.assertRaises(Exception) as cm:
            func()
        self.assertIsInstance(cm.exception, REFUSED, str(cm.exception))
        if fragment:
            self.assertIn(fragment, str(cm.exception))
        return cm.exception

    def snapshot(self, record, fnames):
        record.invalidate_recordset()
        return {f: record[f] for f in fnames}

    def rated_unit(self):
        """October's unit of the bidang with every evaluation rated (the head, rated by
        the atasan in the unit she is rated in, rated too but not returned)."""
        self.capaian("baik", user=self.user_admin)
        evaluations = self.generate()
        for ev in evaluations:
            user = ev.penilai_id.user_id
            self.rate(ev, "sesuai", "sesuai", user=user)
            ev.with_user(user).action_hitung_predikat()
        return evaluations.filtered(lambda e: e.unit_id.department_id == self.dept)


class TestSkpForgery(IntegrityCase):
    WORKFLOW = {
        "state": "ditetapkan",
        "aktif": False,
        "tanggal_penetapan": "2026-01-05 08:00:00",
        "tanggal_pengajuan": "2026-01-04 08:00:00",
        "eskalasi_terkirim": True,
        "dikembalikan": True,
        "name": "SKP/PALSU/1",
        "versi": 9,
    }

    def test_pegawai_forges_every_workflow_field_of_own_draft(self):
        skp = self.make_skp(self.operator)
        own = self.make_skp(self.baru, user=self.user_baru)
        before = self.snapshot(own, [*self.WORKFLOW, "ditetapkan_oleh_id", "pejabat_penilai_id"])
        as_pegawai = own.with_user(self.user_baru)
        for fname, value in self.WORKFLOW.items():
            self.refused(lambda f=fname, v=value: as_pegawai.write({f: v}), "workflow")
            self.refused(
                lambda f=fname, v=value: as_pegawai.with_context(**FORGED_CONTEXT).write({f: v})
            )
        for fname, value in (
            ("ditetapkan_oleh_id", self.user_pegawai.id),
            ("pejabat_penilai_id", self.kasi.id),
            ("atasan_pejabat_penilai_id", self.kasi.id),
            ("jabatan", "Kepala Dinas"),
            ("revisi_dari_id", skp.id),
        ):
            self.refused(lambda f=fname, v=value: as_pegawai.write({f: v}), "workflow")
        # whose SKP it is does not change either
        self.refused(lambda: as_pegawai.write({"employee_id": self.staf.id}))
        self.assertEqual(self.snapshot(own, before), before)
        # content of a draft is still theirs to change
        as_pegawai.write({"pendekatan": "kualitatif"})

    def test_create_already_set_or_not_current(self):
        Skp = self.Skp.with_user(self.user_baru)
        for fname, value in self.WORKFLOW.items():
            self.refused(
                lambda f=fname, v=value: Skp.create(
                    {"employee_id": self.baru.id, "periode_id": self.periode.id, f: v}
                )
            )
        # snapshots come from the employee, whatever the caller sends
        skp = Skp.create(
            {
                "employee_id": self.baru.id,
                "periode_id": self.periode.id,
                "pejabat_penilai_id": self.staf.id,
                "jabatan": "Kepala Dinas",
                "state": "draft",
                "aktif": True,
            }
        )
        self.assertEqual(skp.pejabat_penilai_id, self.kabid)
        self.assertNotEqual(skp.jabatan, "Kepala Dinas")
        self.assertEqual(len(skp.perilaku_ids), 7, "no context key skips the 7 values")

    def test_set_skp_is_set_only_by_its_ppk_through_the_action(self):
        skp = self.make_skp(self.baru, user=self.user_baru)
        skp.with_user(self.user_baru).action_ajukan()
        # the atasan (not the PPK) has write access on the subtree: it does not set
        for user in (self.user_atasan, self.user_penilai, self.user_admin, self.user_baru):
            self.refused(lambda u=user: skp.with_user(u).write({"state": "ditetapkan"}))
        self.refused(lambda: skp.with_user(self.user_atasan).action_tetapkan(), "appraiser")
        self.assertEqual(skp.state, "diajukan")
        self.assertFalse(skp.can_tetapkan)
        self.assertTrue(skp.with_user(self.user_penilai).can_tetapkan)
        skp.with_user(self.user_penilai).action_tetapkan()
        self.assertEqual(skp.ditetapkan_oleh_id, self.user_penilai)

    def test_set_skp_never_goes_back_to_draft_nor_changes(self):
        skp = self.skp_staf
        as_pegawai = skp.with_user(self.user_pegawai)
        self.refused(lambda: as_pegawai.write({"state": "draft"}))
        self.refused(lambda: as_pegawai.write({"date_end": "2026-06-30"}))
        self.refused(lambda: as_pegawai.with_context(**FORGED_CONTEXT).write({"aktif": False}))
        rhk = skp.rhk_ids.with_user(self.user_pegawai)
        self.refused(lambda: rhk.with_context(**FORGED_CONTEXT).write({"name": "diubah"}))
        self.refused(rhk.unlink)
        self.refused(lambda: skp.with_user(self.user_admin).unlink())
        self.assertEqual((skp.state, skp.aktif), ("ditetapkan", True))
        self.assertEqual(rhk.name, f"RHK {self.staf.name}")


class TestEvaluasiForgery(IntegrityCase):
    def test_ppk_cannot_write_final_nor_skip_the_checks(self):
        evaluations = self.generate()
        staf = evaluations.filtered(lambda e: e.employee_id == self.staf)
        unit = staf.unit_id
        as_ppk = staf.with_user(self.user_penilai)
        for vals in (
            {"state": "final"},
            {"state": "dinilai"},
            {"tanggal_final": fields.Datetime.now()},
            {"justifikasi": "karangan"},
            {"predikat": "sangat_baik"},
            {"ditandatangani_penilai": True},
            {"penilai_id": self.kasi.id},
            {"unit_id": False},
        ):
            self.refused(lambda v=vals: as_ppk.write(v))
            self.refused(lambda v=vals: as_ppk.with_context(**FORGED_CONTEXT).write(v))
        as_unit = unit.with_user(self.user_penilai)
        self.refused(lambda: as_unit.write({"state": "final", "justifikasi": "karangan"}))
        self.refused(lambda: unit.with_user(self.user_admin).write({"state": "final"}))
        self.refused(as_unit.action_finalkan, "not rated")
        self.assertEqual(staf.state, "draft")
        self.assertEqual(unit.state, "berjalan")

    def test_atasan_cannot_send_a_rated_evaluation_back(self):
        evaluations = self.rated_unit()
        staf = evaluations.filtered(lambda e: e.employee_id == self.staf)
        self.refused(lambda: staf.with_user(self.user_atasan).write({"state": "draft"}))
        self.assertEqual(staf.state, "dinilai")

    def test_final_is_read_only_for_everyone_notes_and_capaian_included(self):
        evaluations = self.rated_unit()
        unit = evaluations.unit_id
        unit.with_user(self.user_penilai).action_finalkan(justifikasi="Tim seluruhnya sesuai")
        staf = evaluations.filtered(lambda e: e.employee_id == self.staf)
        self.assertEqual(staf.state, "final")
        for user in (self.user_penilai, self.user_admin):
            self.refused(lambda u=user: staf.with_user(u).write({"catatan": "x"}), "final")
            self.refused(
                lambda u=user: (
                    self.env["hr.kinerja.evaluasi.catatan"]
                    .with_user(u)
                    .create({"evaluasi_id": staf.id, "catatan": "ditambah"})
                ),
                "final",
            )
            self.refused(lambda u=user: staf.with_user(u).unlink())
            self.refused(
                lambda u=user: (
                    staf.with_user(u).with_context(**FORGED_CONTEXT).write({"catatan": "x"})
                )
            )
        self.refused(lambda: unit.with_user(self.user_admin).action_finalkan(), "already final")
        capaian = unit.capaian_organisasi_id
        self.refused(
            lambda: capaian.with_user(self.user_admin).write({"capaian": "istimewa"}), "finalised"
        )
        self.refused(lambda: capaian.with_user(self.user_admin).unlink(), "finalised")
        self.assertEqual(capaian.capaian, "baik")
        self.assertFalse(staf.catatan)

    def test_ppk_does_not_read_own_evaluation_before_final(self):
        evaluations = self.generate()
        own = evaluations.filtered(lambda e: e.employee_id == self.kabid)
        self.assertTrue(own)
        Evaluasi = self.Evaluasi.with_user(self.user_penilai)
        self.assertNotIn(own, Evaluasi.search([]))
        self.refused(lambda: own.with_user(self.user_penilai).read(["rating_hasil_kerja"]))
        # her own atasan rates it
        self.rate(own, "sesuai", "sesuai", user=self.user_atasan)
        self.refused(lambda: own.with_user(self.user_penilai).read(["catatan"]))

    def test_hr_only_wizard_and_calibration_history(self):
        Wizard = self.env["hr.kinerja.buat.evaluasi.wizard"].with_user(self.user_penilai)
        self.refused(lambda: Wizard.create({"periode_id": self.periode.id, "jenis": "tahunan"}))
        self.assertFalse(
            self.Evaluasi.search([("jenis", "=", "tahunan"), ("company_id", "=", self.company.id)])
        )
        evaluations = self.rated_unit()
        Kalibrasi = self.env["hr.kinerja.evaluasi.kalibrasi"]
        for user in (self.user_atasan, self.user_admin):
            self.refused(
                lambda u=user: Kalibrasi.with_user(u).create(
                    {"evaluasi_id": evaluations[0].id, "user_id": u.id, "alasan": "palsu"}
                )
            )

    def test_create_with_contract_fields_derives_the_rest(self):
        Evaluasi = self.Evaluasi.with_user(self.user_admin)
        ev = Evaluasi.create(
            {
                "employee_id": self.staf.id,
                "skp_id": self.skp_staf.id,
                "periode_id": self.periode.id,
                "jenis": "periodik",
                "date_start": OCT[0],
                "date_end": OCT[1],
            }
        )
        self.assertEqual(ev.company_id, self.company)
        self.assertEqual(ev.penilai_id, self.kabid)
        self.assertEqual(ev.atasan_penilai_id, self.kadis)
        self.assertEqual(ev.unit_id.department_id, self.dept)
        self.assertEqual(ev.state, "draft")
        base = {"skp_id": self.skp_staf.id, "jenis": "periodik"}
        draft = self.make_skp(self.operator)
        for vals, fragment in (
            ({**base, "skp_id": draft.id}, "not the current set SKP"),
            ({**base, "employee_id": self.kasi.id}, "not the SKP of this employee"),
            ({**base, "date_start": "2026-11-30", "date_end": "2026-11-01"}, "forwards"),
            ({**base, "date_start": "2027-01-01", "date_end": "2027-01-31"}, "forwards"),
            (
                {**base, "date_start": "2026-11-01", "date_end": "2026-11-30", "state": "final"},
                "workflow",
            ),
            (
                {**base, "date_start": "2026-11-01", "date_end": "2026-11-30", "predikat": "baik"},
                "workflow",
            ),
        ):
            self.refused(lambda v=vals: Evaluasi.create(v), fragment)
        # an evaluation without its unit says why it cannot be finalised alone
        lone = self.Evaluasi.sudo().create(
            {
                **self.Evaluasi._kinerja_vals_dari_skp(
                    self.skp_ketua, "periodik", OCT[0], OCT[1], "Oktober 2026"
                )
            }
        )
        self.refused(lambda: lone.with_user(self.user_admin).action_finalkan(), "no unit")

    def test_one_evaluation_per_pegawai_and_time(self):
        """A second evaluation of the same kind overlapping the first is refused, in a
        batch of its own or beside an existing one; the next month is not an overlap."""
        Evaluasi = self.Evaluasi.sudo()

        def vals(start, end, skp=self.skp_ketua):
            return Evaluasi._kinerja_vals_dari_skp(skp, "periodik", start, end, str(start))

        nov = (datetime.date(2026, 11, 1), datetime.date(2026, 11, 30))
        dec = (datetime.date(2026, 12, 1), datetime.date(2026, 12, 31))
        mid = (datetime.date(2026, 11, 15), datetime.date(2026, 12, 15))
        self.refused(lambda: Evaluasi.create([vals(*nov), vals(*mid)]), "already has")
        first = Evaluasi.create([vals(*nov), vals(*dec), vals(*nov, skp=self.skp_staf)])
        self.assertEqual(len(first), 3)
        self.refused(lambda: Evaluasi.create(vals(*mid)), "already has")
        # another kind over the same months is not a second evaluation of that kind
        Evaluasi.create(Evaluasi._kinerja_vals_dari_skp(self.skp_ketua, "tahunan", *nov, "Tahunan"))


class TestEvaluasiAfterRevision(IntegrityCase):
    def revise_staf(self):
        self.skp_staf.with_user(self.user_pegawai).action_revisi()
        revision = self.skp_staf.revisi_ids
        revision.with_user(self.user_pegawai).action_ajukan()
        revision.with_user(self.user_penilai).action_tetapkan()
        self.assertTrue(revision.aktif)
        return revision

    def test_a_revision_is_not_a_second_pegawai(self):
        """Found by the property-based test: regenerating a finalised month after the
        pegawai's revision was set added a second draft evaluation to the final unit."""
        evaluations = self.rated_unit()
        unit = evaluations.unit_id
        unit.with_user(self.user_penilai).action_finalkan(justifikasi="Tim seluruhnya sesuai")
        revision = self.revise_staf()
        self.assertFalse(self.generate(), "October was evaluated: nothing new")
        self.assertEqual(len(unit._evaluasi_semua()), len(evaluations))
        self.refused(
            lambda: self.Evaluasi.with_user(self.user_admin).create(
                {
                    "skp_id": revision.id,
                    "jenis": "periodik",
                    "date_start": OCT[0],
                    "date_end": OCT[1],
                }
            ),
            "final",
        )
        staf = evaluations.filtered(lambda e: e.employee_id == self.staf)
        self.assertEqual(
            staf.skp_id, self.skp_staf, "a final evaluation keeps the version it judged"
        )

    def test_draft_evaluation_follows_the_revision(self):
        evaluations = self.generate()
        staf = evaluations.filtered(lambda e: e.employee_id == self.staf)
        revision = self.revise_staf()
        self.assertEqual(staf.skp_id, revision)
        self.assertFalse(self.generate())
        self.refused(
            lambda: self.Evaluasi.with_user(self.user_admin).create(
                {
                    "skp_id": revision.id,
                    "jenis": "periodik",
                    "date_start": OCT[0],
                    "date_end": OCT[1],
                }
            )
        )


class TestPelaksanaanForgery(IntegrityCase):
    def reported(self):
        rec = self.realisasi_staf("2026-09-01", "2026-09-30", "Sembilan tiket selesai")
        rec.action_laporkan()
        return rec

    def test_reported_realisation_is_kept(self):
        rec = self.reported().with_user(self.user_pegawai)
        before = self.snapshot(rec, ["state", "tanggal_lapor", "realisasi"])
        for vals in (
            {"state": "draft"},
            {"tanggal_lapor": "2026-10-01 08:00:00"},
            {"realisasi": "diubah"},
        ):
            self.refused(lambda v=vals: rec.write(v))
            self.refused(lambda v=vals: rec.with_context(**FORGED_CONTEXT).write(v))
        self.refused(rec.unlink, "reported")
        self.refused(lambda: rec.with_user(self.user_admin).unlink(), "reported")
        self.assertEqual(self.snapshot(rec, before), before)

    def test_empty_realisation_is_not_reported_by_write(self):
        Realisasi = self.env["hr.kinerja.realisasi"].with_user(self.user_pegawai)
        vals = {
            "skp_id": self.skp_staf.id,
            "rhk_id": self.rhk.id,
            "date_start": "2026-08-01",
            "date_end": "2026-08-31",
        }
        self.refused(lambda: Realisasi.create({**vals, "state": "dilaporkan"}), "workflow")
        empty = Realisasi.create(vals)
        self.refused(lambda: empty.write({"state": "dilaporkan"}), "workflow")
        self.refused(empty.action_laporkan, "describe")
        self.assertEqual(empty.state, "draft")

    def test_take_over_is_the_ppks_act(self):
        rhk = self.rhk.with_user(self.user_pegawai)
        self.refused(lambda: rhk.write({"diambil_alih": True}))
        self.refused(lambda: rhk.write({"catatan_pengambilalihan": "saya"}))
        self.refused(lambda: rhk._ambil_alih("saya sendiri"), "appraiser")
        self.rhk.with_user(self.user_penilai)._ambil_alih("Tidak ada kemajuan")
        self.assertTrue(self.rhk.diambil_alih)
        self.refused(lambda: rhk.write({"diambil_alih": False}))
        self.assertTrue(self.rhk.diambil_alih)

    def test_records_cannot_move_into_a_leaders_set_skp(self):
        leader_skp = self.skp_kabid
        draft = self.make_skp(self.operator)
        own = self.make_skp(self.baru, user=self.user_baru)
        as_pegawai = own.with_user(self.user_baru)
        rhk = as_pegawai.rhk_ids
        indikator = rhk.indikator_ids
        self.assertTrue(rhk and indikator)
        lampiran = as_pegawai.lampiran_ids[:1]
        self.refused(lambda: rhk.write({"skp_id": leader_skp.id}))
        self.refused(lambda: indikator.write({"rhk_id": leader_skp.rhk_ids[:1].id}))
        self.refused(lambda: lampiran.write({"skp_id": leader_skp.id}))
        realisasi = self.reported()
        self.refused(
            lambda: realisasi.with_user(self.user_pegawai).write(
                {"skp_id": leader_skp.id, "rhk_id": leader_skp.rhk_ids[:1].id}
            )
        )
        draft_rec = self.realisasi_staf("2026-07-01", "2026-07-31", "x")
        self.refused(lambda: draft_rec.write({"skp_id": draft.id, "rhk_id": draft.rhk_ids.id}))
        self.assertEqual(rhk.skp_id, own)
        self.assertEqual(indikator.rhk_id, rhk)
        self.assertEqual(lampiran.skp_id, own)
        self.assertEqual(draft_rec.skp_id, self.skp_staf)

    def test_coaching_is_recorded_by_the_ppk(self):
        Pembinaan = self.env["hr.kinerja.pembinaan"]
        vals = {"skp_id": self.skp_staf.id, "penilai_id": self.kabid.id, "catatan": "x"}
        self.refused(lambda: Pembinaan.with_user(self.user_pegawai).create(vals), "appraiser")
        self.refused(lambda: Pembinaan.with_user(self.user_atasan).create(vals), "appraiser")
        coaching = Pembinaan.with_user(self.user_penilai).create(
            {**vals, "kompetensi_ids": [Command.create({"name": "Komunikasi", "nilai": 2})]}
        )
        line = coaching.kompetensi_ids.with_user(self.user_pegawai)
        self.refused(lambda: line.write({"nilai": 5}), "appraiser")
        self.refused(
            lambda: (
                self.env["hr.kinerja.pembinaan.kompetensi"]
                .with_user(self.user_pegawai)
                .create({"pembinaan_id": coaching.id, "name": "Kepemimpinan", "nilai": 5})
            )
        )
        self.refused(line.unlink)
        self.refused(lambda: coaching.with_user(self.user_pegawai).unlink(), "appraiser")
        self.refused(
            lambda: coaching.with_user(self.user_pegawai).write({"penilai_id": self.staf.id})
        )
        # the pegawai answers B.1.8, nothing else
        coaching.with_user(self.user_pegawai).write({"pernyataan_1": "ya"})
        self.assertEqual(line.nilai, 2)
        self.assertEqual(len(coaching.kompetensi_ids), 1)


class TestAnonymity(IntegrityCase):
    def test_receiver_never_finds_the_anonymous_giver(self):
        # the staf's subordinate does not exist: the kabid's subordinate gives to the kabid
        Feedback = self.env["hr.kinerja.umpan.balik"]
        feedback = Feedback.with_user(self.user_kasi).create(
            {
                "employee_id": self.kabid.id,
                "sumber": "bawahan",
                "anonim": True,
                "isi": "Arahan kurang jelas",
            }
        )
        feedback.with_user(self.user_kasi).write({"isi": "Arahan kadang kurang jelas"})
        as_receiver = Feedback.with_user(self.user_penilai)
        mine = as_receiver.search([("id", "=", feedback.id)])
        self.assertEqual(mine, feedback)
        values = mine.read(["create_uid", "write_uid", "pemberi_id", "pemberi_label"])[0]
        for fname in ("create_uid", "write_uid"):
            self.assertNotEqual(values[fname][0], self.user_kasi.id, fname)
        self.assertFalse(values["pemberi_id"])
        self.assertNotIn("Kasi", values["pemberi_label"])
        for fname in ("create_uid", "write_uid"):
            self.assertFalse(as_receiver.search([(fname, "=", self.user_kasi.id)]))
            groups = as_receiver.read_group([("id", "=", feedback.id)], [fname], [fname])
            self.assertNotIn(self.user_kasi.id, [g[fname][0] for g in groups if g[fname]])
        self.assertFalse(
            self.env["hr.kinerja.umpan.balik.pemberi"]
            .with_user(self.user_penilai)
            .search([("umpan_balik_id", "=", feedback.id)])
        )

    def test_requests_about_oneself_are_not_readable(self):
        request = (
            self.env["hr.kinerja.umpan.balik.permintaan"]
            .sudo()
            .create(
                {
                    "skp_id": self.skp_kabid.id,
                    "diminta_dari_id": self.kasi.id,
                    "sumber": "bawahan",
                }
            )
        )
        Request = self.env["hr.kinerja.umpan.balik.permintaan"]
        self.assertFalse(Request.with_user(self.user_penilai).search([("id", "=", request.id)]))
        self.assertEqual(
            Request.with_user(self.user_atasan).search([("id", "=", request.id)]), request
        )

    def test_a_context_key_answers_no_request(self):
        """The kasi is asked about the kabid; feedback on the staf, sent with the key the
        form once carried, answers nothing: only feedback on the asked SKP does."""
        request = (
            self.env["hr.kinerja.umpan.balik.permintaan"]
            .sudo()
            .create(
                {"skp_id": self.skp_kabid.id, "diminta_dari_id": self.kasi.id, "sumber": "bawahan"}
            )
        )
        Feedback = self.env["hr.kinerja.umpan.balik"].with_user(self.user_kasi)
        Feedback.with_context(kinerja_permintaan_id=request.id).create(
            {
                "employee_id": self.staf.id,
                "sumber": "rekan",
                "isi": "Tiket cepat",
                "tanggal": OCT[0],
            }
        )
        self.assertEqual(request.state, "terbuka")
        answer = Feedback.create(
            {"employee_id": self.kabid.id, "sumber": "bawahan", "anonim": True, "isi": "Jelas"}
        )
        self.assertEqual(request.state, "selesai")
        self.assertEqual(request.umpan_balik_id, answer)

    def test_printed_evaluation_says_anonim_whoever_prints(self):
        feedback = (
            self.env["hr.kinerja.umpan.balik"]
            .with_user(self.user_kasi)
            .create(
                {
                    "employee_id": self.kabid.id,
                    "sumber": "bawahan",
                    "anonim": True,
                    "isi": "Rapat terlalu panjang",
                    "tanggal": OCT[0],
                }
            )
        )
        lines = self.env["hr.kinerja.report"].with_user(self.user_atasan)._umpan_balik(feedback)
        self.assertEqual(lines[0]["dari"], "Anonim")
        self.assertIn("Kasi", feedback.with_user(self.user_atasan).pemberi_label)

    def test_feedback_is_not_dated_ahead(self):
        self.refused(
            lambda: (
                self.env["hr.kinerja.umpan.balik"]
                .with_user(self.user_penilai)
                .create({"employee_id": self.staf.id, "isi": "Bagus", "tanggal": "2031-01-01"})
            ),
            "future",
        )


class TestCompanyIsolation(IntegrityCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.user_hr_b = cls.new_hr_lain("uji_hr_b")

    def test_other_agency_reads_no_signature_and_evaluates_nothing(self):
        Signature = self.env["hr.kinerja.tanda.tangan"].with_user(self.user_hr_b)
        self.assertTrue(self.skp_staf._kinerja_tanda_tangan())
        self.assertFalse(Signature.search([]))
        self.refused(
            lambda: Signature.browse(self.skp_staf._kinerja_tanda_tangan()[:1].id).read(["token"])
        )
        self.refused(
            lambda: self.Evaluasi.with_user(self.user_hr_b).create(
                {
                    "skp_id": self.skp_staf.id,
                    "jenis": "periodik",
                    "date_start": OCT[0],
                    "date_end": OCT[1],
                }
            )
        )
        # the agency's own run still creates October's evaluation of the staf
        self.assertIn(self.staf, self.generate().employee_id)
