"""The demo agency reads as a real month: each step on the chatter is written by the
person who took it (the XML's ``uid``), in Indonesian, with one period after a
degree. Runs on the database ``make test`` installs with its demo."""

from odoo.tests import TransactionCase

LANGKAH = ("hr.kinerja.skp", "hr.kinerja.realisasi", "hr.kinerja.evaluasi.unit")


class TestDemoAgency(TransactionCase):
    def test_each_step_is_written_by_who_took_it(self):
        ref = self.env.ref
        unit = ref("hr_kinerja_asn.unit_demo_aptika_jan")
        rated = unit.message_ids.filtered(lambda m: "dinilai oleh" in m.body)
        self.assertEqual(rated.author_id, ref("hr_kinerja_asn.user_penilai").partner_id)
        self.assertEqual(
            str(rated.body),
            "<p>1 evaluasi dinilai oleh Dewi Lestari, S.T., M.Kom.: Eko Prasetyo, S.Kom.</p>",
        )
        Message = self.env["mail.message"]
        steps = [("model", "in", LANGKAH), ("message_type", "=", "notification")]
        # the superuser only creates the records ("... dibuat"), it takes no step
        by_odoobot = Message.search(
            [*steps, ("author_id", "=", ref("base.partner_root").id)]
        ).filtered(lambda m: not str(m.body).endswith(" dibuat</p>"))
        self.assertFalse(by_odoobot.mapped("body"))
        self.assertFalse(Message.search([*steps, ("body", "like", "..</p>")]).mapped("body"))
