"""The nightly run sends nothing unless the HR office switched it on, and then only
for its own agency, only what was never sent."""

from .common import SiasnCase


class TestSiasnCron(SiasnCase):
    def test_switch_off_sends_nothing(self):
        self.assertFalse(self.company.siasn_kirim_otomatis, "off by default")
        cron = self.env.ref("hr_kinerja_asn_siasn.ir_cron_kirim_siasn")
        cron.method_direct_trigger()
        self.assertFalse(self.Kiriman.search([]))
        self.assertFalse(self.pending_jobs())
        self.assertFalse(self.run_jobs())
        self.assertFalse(self.server.log, "not one request to SIASN")

    def test_switch_on_queues_the_agencys_unsent_results(self):
        # a failed one waits for the HR office: the night does not resend it
        self.server.rencana["pns-kasi"] = [400]
        self.send(self.ev["kasi"])
        self.run_jobs()
        self.company.siasn_kirim_otomatis = True
        self.company_b.siasn_kirim_otomatis = False
        self.env.ref("hr_kinerja_asn_siasn.ir_cron_kirim_siasn").method_direct_trigger()
        queued = self.Kiriman.search([("state", "=", "antri")])
        self.assertEqual(queued.evaluasi_id, self.team - self.ev["kasi"])
        self.assertEqual(self.run_jobs(), ["done"] * 3)
        self.assertEqual(set(queued.mapped("state")), {"terkirim"})
        # the next night: nothing left to send
        self.env.ref("hr_kinerja_asn_siasn.ir_cron_kirim_siasn").method_direct_trigger()
        self.assertFalse(self.pending_jobs())
