"""Keberatan (spec decision 4), as each role and as the attacker: filing within the
window and once, the PPK's explanation, the atasan's final decision, the evaluation
reissued with the decided result, escalation to the HR office, who may read it."""

import datetime

from odoo.exceptions import AccessError, UserError

from .test_penilaian import PenilaianCase


class KeberatanCase(PenilaianCase):
    def setUp(self):
        super().setUp()
        self.capaian("baik", user=self.user_admin)
        generated = self.generate()
        self.team = generated.filtered(lambda e: e.penilai_id == self.kabid)
        self.rate(self.team[:2], "sesuai", "sesuai")
        self.rate(self.team[2:3], "dibawah", "sesuai")
        self.rate(self.team[3:], "diatas", "diatas")
        self.rate(self.team.filtered(lambda e: e.employee_id == self.staf), "dibawah", "sesuai")
        self.team.unit_id.with_user(self.user_penilai).action_finalkan(justifikasi="Uji")
        self.staf_ev = self.team.filtered(lambda e: e.employee_id == self.staf)
        self.Keberatan = self.env["hr.kinerja.keberatan"]

    def file(self, user=None, alasan="Realisasi Oktober melampaui target dan ada bukti dukung."):
        objection = self.Keberatan.with_user(user or self.user_pegawai).create(
            {"evaluasi_id": self.staf_ev.id, "alasan": alasan}
        )
        objection.action_ajukan()
        return objection

    def todo(self, record, xmlid):
        act = self.env.ref(f"hr_kinerja_asn.{xmlid}")
        return record.activity_ids.filtered(lambda a: a.activity_type_id == act)

    def inbox(self, user, record):
        return " ".join(
            self.env["mail.notification"]
            .search(
                [
                    ("res_partner_id", "=", user.partner_id.id),
                    ("mail_message_id.model", "=", record._name),
                    ("mail_message_id.res_id", "=", record.id),
                ]
            )
            .mail_message_id.mapped("body")
        )


class TestKeberatanFiling(KeberatanCase):
    def test_the_pegawai_files_once_within_the_window(self):
        self.assertEqual(self.staf_ev.state, "final")
        self.assertTrue(self.staf_ev.with_user(self.user_pegawai).can_keberatan)
        objection = self.file()
        self.assertEqual(objection.state, "diajukan")
        self.assertEqual(
            (objection.employee_id, objection.atasan_id, objection.penilai_id),
            (self.staf, self.kadis, self.kabid),
            "taken from the evaluation",
        )
        self.assertEqual(objection.predikat_lama, self.staf_ev.predikat)
        # decision 4's deadlines (14 days each by default): filing counted from the day
        # the evaluation became final, deciding from the day it was filed
        self.assertEqual(
            (objection.batas_ajukan, objection.batas_putus),
            (
                self.staf_ev.tanggal_final.date() + datetime.timedelta(days=14),
                objection.tanggal_ajukan.date() + datetime.timedelta(days=14),
            ),
        )
        self.assertEqual(self.todo(objection, "mail_act_keberatan_putus").user_id, self.user_atasan)
        # the atasan's home counts it, and the card opens it
        home = self.env["hr.kinerja.beranda"].with_user(self.user_atasan).get_beranda()
        card = next(k for k in home["atasan"]["kartu"] if k["kode"] == "keberatan_putus")
        self.assertEqual(card["count"], 1)
        self.assertEqual(
            self.Keberatan.with_user(self.user_atasan).search(card["action"]["domain"]), objection
        )
        self.assertIn("objects to the evaluation", self.inbox(self.user_atasan, objection))
        self.assertFalse(self.staf_ev.with_user(self.user_pegawai).can_keberatan)
        with self.assertRaisesMsg(UserError, "objected to once"):
            self.Keberatan.with_user(self.user_pegawai).create(
                {"evaluasi_id": self.staf_ev.id, "alasan": "Lagi"}
            )
        with self.assertRaisesMsg(UserError, "already filed"):
            objection.with_user(self.user_pegawai).action_ajukan()

    def test_a_late_filing_names_the_deadline(self):
        late = datetime.datetime.now() - datetime.timedelta(days=15)
        self.staf_ev.sudo()._kinerja_transisi().write({"tanggal_final": late})
        self.assertFalse(self.staf_ev.with_user(self.user_pegawai).can_keberatan)
        with self.assertRaisesMsg(UserError, "objection window"):
            self.file()
        self.assertFalse(self.Keberatan.sudo().search([("evaluasi_id", "=", self.staf_ev.id)]))
        # the window is the year's: a longer one lets it through
        self.periode.with_user(self.user_admin).hari_keberatan = 30
        self.assertEqual(self.file().state, "diajukan")

    def test_only_the_pegawai_files_and_only_a_final_evaluation(self):
        for user in (self.user_penilai, self.user_atasan, self.user_admin, self.user_kasi):
            with self.assertRaises(UserError):
                self.Keberatan.with_user(user).create(
                    {"evaluasi_id": self.staf_ev.id, "alasan": "Bukan milik saya"}
                )
        november = (datetime.date(2026, 11, 1), datetime.date(2026, 11, 30))
        draft = self.generate(november).filtered(lambda e: e.employee_id == self.staf)
        with self.assertRaises(UserError):
            self.Keberatan.with_user(self.user_pegawai).create(
                {"evaluasi_id": draft.id, "alasan": "Belum final"}
            )
        self.assertIn("not final", draft._alasan_tidak_bisa_keberatan(datetime.date.today()))
        # an empty objection is not filed
        objection = self.Keberatan.with_user(self.user_pegawai).create(
            {"evaluasi_id": self.staf_ev.id}
        )
        with self.assertRaisesMsg(UserError, "reasons"):
            objection.action_ajukan()
        self.assertEqual(objection.state, "draft")


class TestKeberatanDecision(KeberatanCase):
    def test_explanation_then_accepted_decision_reissues_the_documents(self):
        objection = self.file()
        old_predikat = self.staf_ev.predikat
        ppk_signature = self.staf_ev._kinerja_tanda_tangan_terakhir("penilai")
        self.assertTrue(ppk_signature)
        # the atasan asks the PPK, who explains; each writes only their own part
        as_atasan = objection.with_user(self.user_atasan)
        as_atasan.action_minta_penjelasan()
        self.assertEqual(
            self.todo(objection, "mail_act_keberatan_jelaskan").user_id, self.user_penilai
        )
        with self.assertRaises(UserError):
            objection.with_user(self.user_pegawai).write({"penjelasan_penilai": "Saya sendiri"})
        with self.assertRaises(UserError):
            as_atasan.write({"penjelasan_penilai": "Atasan menulis"})
        objection.with_user(self.user_penilai).write(
            {"penjelasan_penilai": "Realisasi dilaporkan setelah batas; bukti belum lengkap."}
        )
        self.assertTrue(objection.tanggal_penjelasan)
        self.assertFalse(self.todo(objection, "mail_act_keberatan_jelaskan"))
        with self.assertRaises(UserError):
            objection.with_user(self.user_penilai).write({"keputusan": "diterima"})
        with self.assertRaises(UserError):
            objection.with_user(self.user_pegawai).action_putuskan()

        # the atasan decides: accepted, with both new ratings and the grounds
        as_atasan.write({"keputusan": "diterima", "rating_hasil_kerja_baru": "sesuai"})
        with self.assertRaisesMsg(UserError, "grounds"):
            as_atasan.action_putuskan()
        as_atasan.write({"alasan_keputusan": "Bukti dukung lengkap dan tepat waktu."})
        with self.assertRaisesMsg(UserError, "both new ratings"):
            as_atasan.action_putuskan()
        as_atasan.write({"rating_perilaku_baru": "sesuai"})
        self.assertEqual(objection.predikat_baru, "baik")
        self.assertTrue(objection.with_user(self.user_atasan).distribusi_html)
        if objection.melanggar:
            with self.assertRaisesMsg(UserError, "justification"):
                as_atasan.action_putuskan()
            as_atasan.write({"justifikasi": "Hasil keberatan"})
        as_atasan.action_putuskan()

        self.assertEqual(objection.state, "diputus")
        self.assertEqual(objection.diputus_oleh_id, self.user_atasan)
        ev = self.staf_ev
        self.assertEqual(
            (ev.rating_hasil_kerja, ev.rating_perilaku, ev.predikat), ("sesuai", "sesuai", "baik")
        )
        self.assertEqual(ev.state, "final")
        self.assertEqual(ev.hasil_keberatan_id, objection)
        history = ev.kalibrasi_ids.filtered(lambda k: "Objection accepted" in k.alasan)
        self.assertEqual((history.predikat_lama, history.predikat_baru), (old_predikat, "baik"))
        # reissued: the atasan signed the result; the pegawai acknowledges again
        atasan_sig = ev._kinerja_tanda_tangan_terakhir("atasan")
        self.assertEqual(atasan_sig.user_id, self.user_atasan)
        self.assertEqual(atasan_sig.document_hash, ev._kinerja_hash())
        self.assertFalse(ev.tanggal_diterima)
        self.assertEqual(self.todo(ev, "mail_act_evaluasi_terima").user_id, self.user_pegawai)
        status, in_force = ev._kinerja_status_dokumen()
        self.assertIn("HASIL KEPUTUSAN KEBERATAN", status)
        self.assertTrue(in_force)
        self.assertIn(
            "Digantikan oleh keputusan keberatan", ev._kinerja_catatan_tanda_tangan(ppk_signature)
        )
        self.assertFalse(ev._kinerja_catatan_tanda_tangan(atasan_sig))
        self.assertIn("was decided", self.inbox(self.user_pegawai, objection))
        html = self.html_report("report_dokumen_evaluasi", ev, self.user_pegawai)
        self.assertIn("HASIL KEBERATAN", html)
        self.assertIn("Bukti dukung lengkap dan tepat waktu.", html)
        # the decision is final
        with self.assertRaisesMsg(UserError, "not waiting for a decision"):
            as_atasan.action_putuskan()
        with self.assertRaises(UserError):
            as_atasan.write({"keputusan": "ditolak"})
        ev.with_user(self.user_pegawai).action_terima()
        self.assertTrue(ev.tanggal_diterima)

    def test_rejected_keeps_the_evaluation(self):
        objection = self.file()
        before = (self.staf_ev.rating_hasil_kerja, self.staf_ev.predikat)
        objection.with_user(self.user_atasan).write(
            {"keputusan": "ditolak", "alasan_keputusan": "Penilaian sesuai bukti."}
        )
        objection.with_user(self.user_atasan).action_putuskan()
        self.assertEqual((self.staf_ev.rating_hasil_kerja, self.staf_ev.predikat), before)
        self.assertFalse(self.staf_ev.hasil_keberatan_id)
        self.assertIn("Rejected", self.inbox(self.user_pegawai, objection))

    def test_late_decision_goes_to_the_hr_office(self):
        objection = self.file()
        objection.sudo()._kinerja_transisi().write(
            {"tanggal_ajukan": datetime.datetime.now() - datetime.timedelta(days=20)}
        )
        self.assertEqual(self.Keberatan._cron_eskalasi(), 1)
        self.assertIn(self.user_admin, self.todo(objection, "mail_act_keberatan_eskalasi").user_id)
        self.assertEqual(self.Keberatan._cron_eskalasi(), 0, "once")

    def html_report(self, name, record, user):
        report = self.env.ref(f"hr_kinerja_asn.action_{name}")
        html, _kind = (
            self.env["ir.actions.report"]
            .with_user(user)
            .with_context(lang="en_US")
            ._render_qweb_html(report, record.ids)
        )
        return html.decode()


class TestKeberatanAccess(KeberatanCase):
    def test_who_reads_and_who_writes(self):
        objection = self.file()
        for user in (self.user_pegawai, self.user_penilai, self.user_atasan, self.user_admin):
            self.assertEqual(
                self.Keberatan.with_user(user).search([("id", "=", objection.id)]), objection
            )
        for user in (self.user_kasi, self.user_rekan):
            self.assertFalse(self.Keberatan.with_user(user).search([("id", "=", objection.id)]))
            with self.assertRaises(AccessError):
                objection.with_user(user).read(["alasan"])
        other = self.new_hr_lain("uji_hr_lain_keberatan")
        self.assertFalse(self.Keberatan.with_user(other).search([]))
        # workflow fields are nobody's to write, the HR office included
        for user, vals in (
            (self.user_pegawai, {"state": "diputus"}),
            (self.user_pegawai, {"keputusan": "diterima"}),
            (self.user_pegawai, {"alasan": "Diubah setelah diajukan"}),
            (self.user_atasan, {"state": "diputus"}),
            (self.user_atasan, {"tanggal_putus": datetime.datetime.now()}),
            (self.user_admin, {"predikat_lama": "sangat_baik"}),
            (self.user_admin, {"atasan_id": self.kasi.id}),
        ):
            with self.assertRaises(UserError, msg=f"{user.login} {vals}"):
                objection.with_user(user).write(vals)
        with self.assertRaises(UserError):
            objection.with_user(self.user_pegawai).unlink()
        self.assertEqual(objection.state, "diajukan")
        # the pegawai does not decide their own objection through the evaluation either
        with self.assertRaises(UserError):
            self.staf_ev.with_user(self.user_pegawai).write({"hasil_keberatan_id": objection.id})
