"""Feedback from every side, anonymity as the receiver, follow-up, coaching and requests."""

from odoo import Command
from odoo.exceptions import AccessError, UserError, ValidationError

from .test_pelaksanaan import PelaksanaanCase


class TestUmpanBalik(PelaksanaanCase):
    def give(self, user, receiver, **vals):
        return (
            self.env["hr.kinerja.umpan.balik"]
            .with_user(user)
            .create(
                {
                    "employee_id": receiver.id,
                    "isi": "Masukan",
                    **vals,
                }
            )
        )

    def test_from_ppk_peer_and_other_party(self):
        ppk = self.give(
            self.user_penilai, self.staf, sumber="pimpinan", rhk_id=self.rhk.id, sifat="berkala"
        )
        self.assertEqual(ppk.skp_id, self.skp_staf, "the current set SKP is found")
        self.assertEqual(ppk.pemberi_id, self.kabid)
        loyal = self.env.ref("hr_kinerja_asn.core_value_loyal")
        peer = self.give(
            self.user_kasi, self.staf, sumber="rekan", core_value_id=loyal.id, cara="tidak_langsung"
        )
        self.assertEqual(peer.perilaku_id.core_value_id, loyal)
        self.assertEqual(peer.perilaku_id.skp_id, self.skp_staf)
        self.assertEqual(peer.pemberi_label, "Kasi")
        with self.assertRaisesMsg(UserError, "not a leader"):
            self.give(self.user_kasi, self.staf, sumber="pimpinan")
        with self.assertRaisesMsg(UserError, "not to oneself"):
            self.give(self.user_pegawai, self.staf, sumber="rekan")
        partner = self.env["res.partner"].create({"name": "Warga Pemohon Izin"})
        other = self.give(
            self.user_penilai, self.staf, sumber="pihak_lain", pemberi_partner_id=partner.id
        )
        self.assertEqual(other.pemberi_label, "Warga Pemohon Izin")
        with self.assertRaisesMsg(UserError, "recorded by the appraiser"):
            self.give(self.user_kasi, self.staf, sumber="pihak_lain", pemberi_partner_id=partner.id)
        # all of it is the SKP's "rekaman informasi umpan balik"
        self.assertEqual(self.skp_staf.umpan_balik_ids, ppk | peer | other)

    def test_access(self):
        peer = self.give(self.user_kasi, self.staf, sumber="rekan")
        ppk = self.give(self.user_penilai, self.staf, sumber="pimpinan")
        Feedback = self.env["hr.kinerja.umpan.balik"]
        # the receiver reads what they received
        self.assertEqual(Feedback.with_user(self.user_pegawai).search([]), peer | ppk)
        # the giver reads what they gave, not the others'
        self.assertEqual(Feedback.with_user(self.user_kasi).search([]), peer)
        with self.assertRaises(AccessError):
            ppk.with_user(self.user_kasi).read(["isi"])
        # leaders above read their subtree
        self.assertEqual(Feedback.with_user(self.user_atasan).search([]), peer | ppk)
        # nobody else: the team lead above the staf is no appraiser and gave nothing
        self.assertFalse(Feedback.with_user(self.user_rekan).search([]))
        # only the giver changes it; the receiver never
        with self.assertRaises(UserError):
            peer.with_user(self.user_pegawai).write({"isi": "diubah"})
        peer.with_user(self.user_kasi).write({"isi": "Lebih rinci"})
        with self.assertRaises(UserError):
            peer.with_user(self.user_kasi).write({"sumber": "pimpinan"})

    def test_anonymous_subordinate_hidden_from_receiver_only(self):
        feedback = self.give(
            self.user_pegawai,
            self.ketua_tim,
            sumber="bawahan",
            anonim=True,
            isi="Arahan tim kurang jelas",
        )
        as_receiver = feedback.with_user(self.user_rekan)
        data = as_receiver.read(["pemberi_id", "pemberi_label", "create_uid", "write_uid", "isi"])[
            0
        ]
        self.assertFalse(data["pemberi_id"])
        self.assertEqual(data["pemberi_label"], "Anonymous subordinate")
        self.assertNotEqual(data["create_uid"][0], self.user_pegawai.id)
        self.assertNotEqual(data["write_uid"][0], self.user_pegawai.id)
        self.assertEqual(data["isi"], "Arahan tim kurang jelas")
        self.assertFalse(
            self.env["hr.kinerja.umpan.balik.pemberi"].with_user(self.user_rekan).search([])
        )
        self.assertFalse(
            self.env["hr.kinerja.umpan.balik"]
            .with_user(self.user_rekan)
            .search([("anonim_pemberi_ids.pemberi_id", "=", self.staf.id)])
        )
        for probe in (
            ("create_uid", "=", self.user_pegawai.id),
            ("write_uid", "=", self.user_pegawai.id),
            ("pemberi_id", "=", self.staf.id),
        ):
            self.assertFalse(
                self.env["hr.kinerja.umpan.balik"].with_user(self.user_rekan).search([probe]), probe
            )
        self.assertNotIn("message_ids", feedback._fields, "no chatter that could name an author")
        self.assertFalse(
            self.env["mail.message"]
            .sudo()
            .search([("model", "=", "hr.kinerja.umpan.balik"), ("res_id", "=", feedback.id)])
        )
        # the giver still reads and edits what they gave
        self.assertTrue(feedback.with_user(self.user_pegawai).is_pemberi)
        feedback.with_user(self.user_pegawai).write({"isi": "Arahan tim belum jelas"})
        self.assertNotEqual(feedback.write_uid, self.user_pegawai)
        # the receiver's appraiser knows who gave it
        self.assertIn("Staf", feedback.with_user(self.user_penilai).pemberi_label)
        # anonymity is for subordinates only
        with self.assertRaisesMsg(ValidationError, "Only feedback from subordinates"):
            self.give(self.user_kasi, self.staf, sumber="rekan", anonim=True)
        with self.assertRaisesMsg(UserError, "is not a leader of"):
            self.give(self.user_kasi, self.staf, sumber="bawahan", anonim=True)

    def test_follow_up_coaching(self):
        feedback = self.give(self.user_penilai, self.staf, sumber="pimpinan", rhk_id=self.rhk.id)
        Wizard = self.env["hr.kinerja.tindak.lanjut.wizard"]
        with self.assertRaisesMsg(UserError, "Only the appraiser"):
            Wizard.with_user(self.user_pegawai).create(
                {"umpan_balik_id": feedback.id, "kemajuan": "ada"}
            ).action_confirm()
        with self.assertRaisesMsg(UserError, "does not fit"):
            Wizard.with_user(self.user_penilai).create(
                {
                    "umpan_balik_id": feedback.id,
                    "kemajuan": "ada",
                    "tindak_lanjut": "bimbingan",
                }
            ).action_confirm()
        action = (
            Wizard.with_user(self.user_penilai)
            .create(
                {
                    "umpan_balik_id": feedback.id,
                    "kemajuan": "tidak_ada",
                    "tindak_lanjut": "bimbingan",
                    "catatan": "Bimbingan penyusunan laporan",
                }
            )
            .action_confirm()
        )
        pembinaan = self.env["hr.kinerja.pembinaan"].browse(action["res_id"])
        self.assertEqual(feedback.pembinaan_id, pembinaan)
        self.assertEqual(pembinaan.jenis, "bimbingan")
        self.assertEqual(pembinaan.employee_id, self.staf)
        self.assertEqual(len(pembinaan._pernyataan_labels()), 9)
        # the pegawai answers B.1.8, nothing else; the PPK never answers for them
        pembinaan.with_user(self.user_pegawai).write(
            {"pernyataan_1": "ya", "pernyataan_9": "ya", "tanggapan_pegawai": "Sangat membantu"}
        )
        with self.assertRaises(UserError):
            pembinaan.with_user(self.user_pegawai).write({"catatan": "diubah"})
        with self.assertRaises(UserError):
            pembinaan.with_user(self.user_penilai).write({"pernyataan_2": "tidak"})
        # B.1.9 competencies, 1 to 5
        pembinaan.with_user(self.user_penilai).write(
            {
                "kompetensi_ids": [
                    Command.create({"name": "Penyusunan laporan", "nilai": 3, "alasan": "Cukup"})
                ]
            }
        )
        with self.assertRaises(ValidationError):
            pembinaan.with_user(self.user_penilai).write(
                {"kompetensi_ids": [Command.create({"name": "Komunikasi", "nilai": 6})]}
            )
        with self.assertRaises(UserError):
            feedback.with_user(self.user_kasi).sudo(False).write({"isi": "x"})

    def test_follow_up_new_assignment_opens_revision(self):
        feedback = self.give(self.user_penilai, self.staf, sumber="pimpinan")
        action = (
            self.env["hr.kinerja.tindak.lanjut.wizard"]
            .with_user(self.user_penilai)
            .create(
                {
                    "umpan_balik_id": feedback.id,
                    "kemajuan": "ada",
                    "tindak_lanjut": "penugasan_baru",
                    "rhk_baru": "Mendampingi migrasi server ke pusat data nasional",
                }
            )
            .action_confirm()
        )
        revision = self.env["hr.kinerja.skp"].browse(action["res_id"])
        self.assertEqual(revision.revisi_dari_id, self.skp_staf)
        tambahan = revision.rhk_ids.filtered(lambda r: r.jenis == "tambahan")
        self.assertEqual(tambahan.name, "Mendampingi migrasi server ke pusat data nasional")
        self.assertTrue(self.skp_staf.aktif, "the set version stays in force meanwhile")
        self.assertEqual(feedback.tindak_lanjut, "penugasan_baru")

    def test_ppk_asks_peers_and_subordinates(self):
        wizard = self.env["hr.kinerja.umpan.balik.minta.wizard"]
        with self.assertRaises(UserError):  # the kasi cannot even read the team lead's SKP
            wizard.with_user(self.user_kasi).create(
                {
                    "skp_id": self.skp_ketua.id,
                    "rekan_ids": [Command.set(self.kasi.ids)],
                }
            ).action_confirm()
        with self.assertRaisesMsg(UserError, "Only the appraiser"):
            wizard.with_user(self.user_atasan).create(
                {
                    "skp_id": self.skp_ketua.id,
                    "rekan_ids": [Command.set(self.kasi.ids)],
                }
            ).action_confirm()
        # the kabid is the team lead's PPK: asks the kasi (peer) and the staf (subordinate)
        wizard.with_user(self.user_penilai).create(
            {
                "skp_id": self.skp_ketua.id,
                "rekan_ids": [Command.set(self.kasi.ids)],
                "bawahan_ids": [Command.set(self.staf.ids)],
                "pesan": "Bagaimana kepemimpinan tim?",
            }
        ).action_confirm()
        requests = self.env["hr.kinerja.umpan.balik.permintaan"].search(
            [("skp_id", "=", self.skp_ketua.id)]
        )
        self.assertEqual(requests.diminta_dari_id, self.kasi | self.staf)
        for request in requests:
            self.assertEqual(request.activity_ids.user_id, request.diminta_dari_id.user_id)
        mine = requests.filtered(lambda r: r.diminta_dari_id == self.staf).with_user(
            self.user_pegawai
        )
        self.assertEqual(
            self.env["hr.kinerja.umpan.balik.permintaan"].with_user(self.user_pegawai).search([]),
            mine,
        )
        action = mine.action_beri()
        self.assertTrue(action["context"]["default_anonim"])
        feedback = (
            self.env["hr.kinerja.umpan.balik"]
            .with_user(self.user_pegawai)
            .with_context(**action["context"])
            .create({"isi": "Rapat tim terlalu jarang"})
        )
        self.assertTrue(feedback.anonim)
        self.assertEqual(mine.state, "selesai")
        self.assertFalse(mine.activity_ids)
        self.assertNotIn("kinerja_permintaan_id", action["context"], "no key decides it")
        # a request to someone else is not even readable: refused by the access rule
        with self.assertRaises(AccessError):
            requests.filtered(lambda r: r.diminta_dari_id == self.kasi).with_user(
                self.user_pegawai
            ).sudo(False).action_beri()
