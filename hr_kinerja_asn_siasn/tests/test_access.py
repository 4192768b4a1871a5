"""Who sees and who sends: the HR office only. A pegawai or a PPK reads no submission
and sends nothing, through the ORM or over JSON-RPC; nobody writes a submission's
fields by hand, whatever the context; the credentials are the HR office's."""

import json

from odoo.exceptions import AccessError, UserError
from odoo.tests import HttpCase

from .common import SiasnCase


class TestSiasnAccess(SiasnCase):
    def setUp(self):
        super().setUp()
        self.kiriman = self.send(self.ev["staf"])

    def test_pegawai_and_ppk_read_nothing(self):
        for user in (self.user_pegawai, self.user_penilai, self.user_atasan):
            Kiriman = self.Kiriman.with_user(user)
            with self.assertRaises(AccessError):
                Kiriman.search([])
            with self.assertRaises(AccessError):
                Kiriman.browse(self.kiriman.id).read(["payload"])
            # the pegawai reads their own final evaluation, not its submissions
            with self.assertRaises(AccessError):
                self.ev["staf"].with_user(user).read(["siasn_kiriman_ids"])
            with self.assertRaises(AccessError):
                self.company.with_user(user).read(["siasn_consumer_secret"])
            with self.assertRaises(AccessError):
                self.staf.with_user(user).read(["siasn_pns_id"])

    def test_pegawai_and_ppk_send_nothing(self):
        self.run_jobs()
        for user in (self.user_pegawai, self.user_penilai):
            with self.assertRaises(AccessError):
                self.ev["staf"].with_user(user).action_kirim_siasn()
            with self.assertRaises(AccessError):
                self.team.with_user(user).action_kirim_siasn()
            with self.assertRaises(AccessError):
                self.periode.with_user(user).action_kirim_siasn()
            with self.assertRaises(AccessError):
                self.team.unit_id.with_user(user).action_kirim_siasn()
            with self.assertRaises(AccessError):
                self.kiriman.with_user(user).action_kirim_ulang()
            with self.assertRaises(AccessError):
                self.env["hr.kinerja.siasn.pengaturan"].with_user(user).create(
                    {"company_id": self.company.id, "siasn_kirim_otomatis": True}
                )
        self.assertFalse(self.pending_jobs())
        self.assertFalse(self.company.siasn_kirim_otomatis)

    def test_hr_office_reads_its_companies_only(self):
        Kiriman = self.Kiriman.with_user(self.user_admin)
        self.assertEqual(Kiriman.search([]), self.kiriman)
        other = self.new_hr_lain("uji_hr_lain")
        self.assertFalse(self.Kiriman.with_user(other).search([]))
        with self.assertRaises(AccessError):
            self.Kiriman.with_user(other).browse(self.kiriman.id).read(["payload"])

    def test_no_hand_written_submission(self):
        """Create and write refused even to the HR office, with or without a context key
        older code trusted; the record is the job's."""
        Kiriman = self.Kiriman.with_user(self.user_admin)
        for context in ({}, {"kinerja_transisi": True}):
            with self.assertRaisesMsg(UserError, "never created directly"):
                Kiriman.with_context(**context).create(
                    {
                        "evaluasi_id": self.ev["kasi"].id,
                        "employee_id": self.kasi.id,
                        "company_id": self.company.id,
                        "jenis": "kinerjaperiodik",
                    }
                )
            for vals in (
                {"state": "terkirim"},
                {"siasn_id": "palsu"},
                {"attempts": 5},
                {"error": "dibuat-buat"},
                {"payload": "{}"},
                {"employee_id": self.kasi.id},
            ):
                with self.assertRaisesMsg(UserError, "never written directly"):
                    self.kiriman.with_user(self.user_admin).with_context(**context).write(vals)
        with self.assertRaises(AccessError):  # no unlink right at all
            self.kiriman.with_user(self.user_admin).unlink()
        # queued: not resent twice
        with self.assertRaisesMsg(UserError, "already queued"):
            self.kiriman.with_user(self.user_admin).action_kirim_ulang()
        self.assertEqual(self.kiriman.state, "antri")

    def test_settings_dialog(self):
        Pengaturan = self.env["hr.kinerja.siasn.pengaturan"].with_user(self.user_admin)
        dialog = Pengaturan.create({"company_id": self.company.id})
        self.assertEqual(dialog.siasn_consumer_key, "kunci-uji")
        dialog.siasn_kirim_otomatis = True
        dialog.action_simpan()
        self.assertTrue(self.company.siasn_kirim_otomatis)
        # another agency's HR office cannot change it
        other = self.new_hr_lain("uji_hr_lain")
        with self.assertRaises(AccessError):
            self.env["hr.kinerja.siasn.pengaturan"].with_user(other).create(
                {"company_id": self.company.id}
            )


class TestSiasnAccessRpc(HttpCase, SiasnCase):
    def call(self, model, method, args, kwargs=None):
        payload = {
            "jsonrpc": "2.0",
            "method": "call",
            "params": {"model": model, "method": method, "args": args, "kwargs": kwargs or {}},
        }
        return self.url_open(
            "/web/dataset/call_kw",
            data=json.dumps(payload),
            headers={"Content-Type": "application/json"},
        ).json()

    def test_json_rpc_pegawai_and_hr_office(self):
        kiriman = self.send(self.ev["staf"])
        self.run_jobs()
        self.assertEqual(kiriman.state, "terkirim")
        self.authenticate("uji_pegawai", "uji_pegawai")
        for model, method, args in (
            ("hr.kinerja.evaluasi", "action_kirim_siasn", [self.ev["staf"].ids]),
            ("hr.kinerja.periode", "action_kirim_siasn", [self.periode.ids]),
            ("hr.kinerja.siasn.kiriman", "action_kirim_ulang", [kiriman.ids]),
            ("hr.kinerja.siasn.kiriman", "search_read", [[]]),
            ("hr.kinerja.siasn.kiriman", "_siasn_kirim", [kiriman.ids]),
        ):
            response = self.call(model, method, args, {"context": {"kinerja_transisi": True}})
            self.assertIn("error", response, (model, method))
        self.assertFalse(self.pending_jobs())

        # the HR office itself cannot rewrite what was sent, whatever the context
        self.authenticate("uji_admin", "uji_admin")
        for context in ({}, {"kinerja_transisi": True}):
            response = self.call(
                "hr.kinerja.siasn.kiriman",
                "write",
                [kiriman.ids, {"state": "antri", "siasn_id": "palsu"}],
                {"context": context},
            )
            self.assertEqual(response["error"]["data"]["name"], "odoo.exceptions.UserError")
            self.assertIn("never written directly", response["error"]["data"]["message"])
        kiriman.invalidate_recordset()
        self.assertEqual(kiriman.state, "terkirim")
        self.assertNotEqual(kiriman.siasn_id, "palsu")
        # ... and sends through the action
        response = self.call("hr.kinerja.siasn.kiriman", "action_kirim_ulang", [kiriman.ids])
        self.assertNotIn("error", response)
        self.assertEqual(len(self.pending_jobs()), 1)
