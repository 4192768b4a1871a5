"""The SKP from draft to ditetapkan, as each role, and every "may not"."""

from odoo.exceptions import AccessError, UserError

from .common import SkpCase


class TestSkpWorkflow(SkpCase):
    def test_pegawai_drafts_submits_ppk_returns_and_sets(self):
        skp = self.make_skp(self.staf, user=self.user_pegawai)
        self.assertEqual(skp.state, "draft")
        self.assertTrue(skp.name.startswith("SKP/"))
        self.assertEqual(len(skp.perilaku_ids), 7, "the seven BerAKHLAK lines come with the SKP")
        self.assertEqual(
            set(skp.lampiran_ids.mapped("jenis")), {"sumber_daya", "skema", "konsekuensi"}
        )
        self.assertEqual(
            (skp.date_start, skp.date_end), (self.periode.date_start, self.periode.date_end)
        )
        self.assertEqual(skp.jenis_skp, "ja_jf")

        skp.with_user(self.user_pegawai).action_ajukan()
        self.assertEqual(skp.state, "diajukan")
        self.assertEqual(skp.pejabat_penilai_id, self.kabid)
        self.assertEqual(skp.atasan_pejabat_penilai_id, self.kadis)
        ppk_activity = skp.activity_ids.filtered(lambda a: a.user_id == self.user_penilai)
        self.assertEqual(
            ppk_activity.activity_type_id, self.env.ref("hr_kinerja_asn.mail_act_skp_tetapkan")
        )

        as_ppk = skp.with_user(self.user_penilai)
        with self.assertRaises(UserError):
            as_ppk.action_kembalikan(alasan="   ")
        as_ppk.action_kembalikan(alasan="Indikator kualitas belum ada")
        self.assertEqual(skp.state, "draft")
        self.assertTrue(skp.dikembalikan)
        message = skp.message_ids.filtered(
            lambda m: "Indikator kualitas belum ada" in (m.body or "")
        )
        self.assertIn(self.user_pegawai.partner_id, message.partner_ids, "the pegawai is notified")
        todo = skp.activity_ids.filtered(lambda a: a.user_id == self.user_pegawai)
        self.assertIn("Indikator kualitas belum ada", todo.note)
        self.assertFalse(skp.activity_ids.filtered(lambda a: a.user_id == self.user_penilai))

        skp.with_user(self.user_pegawai).action_ajukan()
        as_ppk.action_tetapkan()
        self.assertEqual(skp.state, "ditetapkan")
        self.assertEqual(skp.ditetapkan_oleh_id, self.user_penilai)
        self.assertFalse(skp.activity_ids, "nothing left to do")

    def test_submit_needs_rhk_utama_with_indicator_and_ppk(self):
        empty = self.make_skp(self.staf, user=self.user_pegawai, rhk=None)
        with self.assertRaisesMsg(UserError, "RHK utama"):
            empty.with_user(self.user_pegawai).action_ajukan()
        empty.rhk_ids.create({"skp_id": empty.id, "name": "Tanpa indikator"})
        with self.assertRaisesMsg(UserError, "RHK utama"):
            empty.with_user(self.user_pegawai).action_ajukan()
        self.assertEqual(empty.state, "draft")
        lone = self.env["hr.employee"].create(
            {
                "name": "Tanpa Atasan",
                "jenis_jabatan": "pelaksana",
                "company_id": self.company.id,
            }
        )
        skp = self.make_skp(lone)
        with self.assertRaisesMsg(UserError, "no performance appraiser"):
            skp.with_user(self.user_admin).action_ajukan()

    def test_may_not(self):
        skp = self.make_skp(self.staf, user=self.user_pegawai)
        skp.with_user(self.user_pegawai).action_ajukan()
        # self-approval
        with self.assertRaisesMsg(UserError, "own SKP"):
            skp.with_user(self.user_pegawai).action_tetapkan()
        # a colleague: the fungsional team lead is not an appraiser and cannot even read it
        with self.assertRaises(AccessError):
            skp.with_user(self.user_rekan).action_tetapkan()
        # another appraiser outside the subtree
        with self.assertRaises(AccessError):
            skp.with_user(self.user_kasi).action_tetapkan()
        # the atasan PPK reads it (subtree) but is not the assigned PPK
        with self.assertRaisesMsg(UserError, "Only the appraiser"):
            skp.with_user(self.user_atasan).action_tetapkan()
        self.assertEqual(skp.state, "diajukan")
        # nobody edits a submitted SKP's content
        with self.assertRaises(UserError):
            skp.rhk_ids.with_user(self.user_pegawai).write({"name": "Diubah"})
        skp.with_user(self.user_penilai).action_tetapkan()
        # set: read-only and never deleted
        with self.assertRaises(UserError):
            skp.with_user(self.user_pegawai).write({"pendekatan": "kualitatif"})
        with self.assertRaises(UserError):
            skp.rhk_ids.with_user(self.user_pegawai).write({"name": "Diubah"})
        with self.assertRaises(UserError):
            skp.rhk_ids.indikator_ids.with_user(self.user_admin).write({"target_max": 9})
        with self.assertRaises(UserError):
            skp.lampiran_ids[:1].with_user(self.user_pegawai).unlink()
        with self.assertRaises(UserError):
            skp.with_user(self.user_admin).unlink()
        with self.assertRaises(UserError):  # AccessError is a UserError
            skp.with_user(self.user_pegawai).unlink()
        with self.assertRaises(UserError):
            skp.with_user(self.user_admin).action_batalkan()
        self.assertEqual(skp.rhk_ids.name, "Layanan aplikasi tersedia")

    def test_admin_cannot_set_own_skp(self):
        skp = self.make_skp(self.employee_admin, user=self.user_admin)
        skp.with_user(self.user_admin).action_ajukan()
        with self.assertRaisesMsg(UserError, "own SKP"):
            skp.with_user(self.user_admin).action_tetapkan()
        skp.with_user(self.user_penilai).action_tetapkan()
        self.assertEqual(skp.state, "ditetapkan")

    def test_ekspektasi_khusus_by_ppk_only(self):
        skp = self.make_skp(self.staf, user=self.user_pegawai)
        line = skp.perilaku_ids[0]
        with self.assertRaisesMsg(UserError, "Only the appraiser"):
            line.with_user(self.user_pegawai).write({"ekspektasi_khusus": "Saya sendiri"})
        skp.with_user(self.user_pegawai).action_ajukan()
        line.with_user(self.user_penilai).write({"ekspektasi_khusus": "Responsif terhadap keluhan"})
        self.assertEqual(line.ekspektasi_khusus, "Responsif terhadap keluhan")
        with self.assertRaises(UserError):
            line.with_user(self.user_penilai).write(
                {"core_value_id": skp.perilaku_ids[1].core_value_id.id}
            )

    def test_cancel_and_delete_draft(self):
        skp = self.make_skp(self.staf, user=self.user_pegawai)
        with self.assertRaises(UserError):
            skp.with_user(self.user_penilai).action_batalkan()
        skp.with_user(self.user_pegawai).action_batalkan()
        self.assertEqual(skp.state, "dibatalkan")
        self.assertFalse(skp.aktif)
        # a cancelled SKP no longer blocks a new one
        again = self.make_skp(self.staf, user=self.user_pegawai)
        again.with_user(self.user_pegawai).unlink()
        self.assertFalse(again.exists())

    def test_snapshots_frozen_at_submission(self):
        draft = self.make_skp(self.staf, user=self.user_pegawai)
        submitted = self.make_skp(self.operator, date_start="2026-01-01", date_end="2026-12-31")
        submitted.with_user(self.user_admin).action_ajukan()
        self.assertEqual(submitted.pejabat_penilai_id, self.kasi)
        # mutasi in the hierarchy: the operator and the staf both move under the kadis
        (self.staf | self.operator).write({"parent_id": self.kadis.id})
        self.assertEqual(draft.pejabat_penilai_id, self.kadis, "a draft follows the employee")
        self.assertEqual(draft.atasan_pejabat_penilai_id, self.bupati)
        self.assertEqual(submitted.pejabat_penilai_id, self.kasi, "a submitted SKP keeps it")
        # the snapshotted PPK keeps the appraiser group and can still set it
        self.assertIn(
            self.env.ref("hr_kinerja_asn.group_kinerja_penilai"), self.user_kasi.groups_id
        )
        submitted.with_user(self.user_kasi).action_tetapkan()
        self.assertEqual(submitted.state, "ditetapkan")

    def test_batch_set_from_team_list(self):
        skps = self.make_skp(self.staf, user=self.user_pegawai).sudo() | self.make_skp(
            self.employee_admin
        )
        skps.with_user(self.user_admin).action_ajukan()
        action = self.env.ref("hr_kinerja_asn.action_server_skp_tetapkan")
        action.with_user(self.user_penilai).with_context(
            active_model="hr.kinerja.skp", active_ids=skps.ids
        ).run()
        self.assertEqual(set(skps.mapped("state")), {"ditetapkan"})

    def test_batch_return_wizard(self):
        skps = self.make_skp(self.staf, user=self.user_pegawai).sudo() | self.make_skp(
            self.employee_admin
        )
        skps.with_user(self.user_admin).action_ajukan()
        wizard = (
            self.env["hr.kinerja.skp.kembalikan.wizard"]
            .with_user(self.user_penilai)
            .with_context(active_model="hr.kinerja.skp", active_ids=skps.ids)
            .create({"alasan": "Lengkapi target waktu"})
        )
        self.assertEqual(wizard.skp_ids, skps)
        wizard.action_confirm()
        self.assertEqual(set(skps.mapped("state")), {"draft"})
        self.assertEqual(set(skps.mapped("alasan_pengembalian")), {"Lengkapi target waktu"})

    def test_delegated_ppk_outside_subtree_sets(self):
        """A Plt/Plh recorded as delegation reads and sets the SKP, though not above it."""
        self.staf.pejabat_penilai_delegasi_id = self.kasi
        skp = self.make_skp(self.staf, user=self.user_pegawai)
        skp.with_user(self.user_pegawai).action_ajukan()
        self.assertEqual(skp.pejabat_penilai_id, self.kasi)
        team = (
            self.env["hr.kinerja.skp"]
            .with_user(self.user_kasi)
            .search([("pejabat_penilai_id.user_id", "=", self.user_kasi.id)])
        )
        self.assertIn(skp, team)
        # the derived PPK no longer sets it
        with self.assertRaisesMsg(UserError, "Only the appraiser"):
            skp.with_user(self.user_penilai).action_tetapkan()
        skp.with_user(self.user_kasi).action_tetapkan()
        self.assertEqual(skp.state, "ditetapkan")


class TestStrukturDalamAturan(SkpCase):
    """The record rules name a user's subordinates as a list cached with the rule
    (``res.users.kinerja_struktur_ids``): a change of the hierarchy is seen at once."""

    def test_a_move_in_the_hierarchy_changes_who_reads(self):
        skp = self.make_skp(self.staf, self.user_pegawai)
        Skp = self.env["hr.kinerja.skp"].with_user(self.user_atasan)
        # the kadis reads the SKP of a pegawai three levels below her
        self.assertIn(self.staf, self.user_atasan.kinerja_struktur_ids)
        self.assertEqual(Skp.search([("id", "=", skp.id)]), skp)
        # the pegawai moves out of her line: she no longer reads it, in the same request
        self.staf.parent_id = self.bupati
        self.assertNotIn(self.staf, self.user_atasan.kinerja_struktur_ids)
        self.assertFalse(Skp.search([("id", "=", skp.id)]))
        # and back
        self.staf.parent_id = self.ketua_tim
        self.assertEqual(Skp.search([("id", "=", skp.id)]), skp)
