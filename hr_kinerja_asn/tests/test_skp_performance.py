"""SKP batch paths: submit and set cost the same for 5 or 40 SKPs; opening a year is
bounded per SKP by Odoo's own follower subscription of each activity's user."""

from odoo import Command

from .common import SkpCase


class TestSkpPerformance(SkpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.users = cls.env["res.users"].create(
            [
                {
                    "name": f"Pegawai {i}",
                    "login": f"perf_{i}",
                    "company_id": cls.company.id,
                    "company_ids": [Command.set([cls.company.id])],
                }
                for i in range(90)
            ]
        )

    def _team(self, count, offset):
        return self.env["hr.employee"].create(
            [
                {
                    "name": f"Staf {offset + i}",
                    "jenis_jabatan": "pelaksana",
                    "parent_id": self.kasi.id,
                    "company_id": self.company.id,
                    "user_id": self.users[offset + i].id,
                }
                for i in range(count)
            ]
        )

    def _skps(self, count, offset):
        skps = self.Skp.create(
            [
                {"employee_id": e.id, "periode_id": self.periode.id}
                for e in self._team(count, offset)
            ]
        )
        self.env["hr.kinerja.rhk"].create(
            [
                {
                    "skp_id": s.id,
                    "name": "RHK",
                    "indikator_ids": [
                        Command.create(
                            {
                                "name": "IKI",
                                "aspek": "kuantitas",
                                "target_min": 1,
                                "target_max": 2,
                                "satuan": "dokumen",
                            }
                        )
                    ],
                }
                for s in skps
            ]
        )
        return skps

    def test_submit_and_set_do_not_grow_per_skp(self):
        small, large = self._skps(5, 0), self._skps(40, 5)
        submit = [
            self.count_queries(lambda s=s: s.with_user(self.user_admin).action_ajukan())
            for s in (small, large)
        ]
        setting = [
            self.count_queries(lambda s=s: s.with_user(self.user_kasi).action_tetapkan())
            for s in (small, large)
        ]
        self.assertEqual(set(large.mapped("state")), {"ditetapkan"})
        self.assertLessEqual(submit[1], submit[0] + 5, submit)
        self.assertLessEqual(setting[1], setting[0] + 5, setting)

    def test_opening_a_year_is_bounded_per_skp(self):
        self._team(10, 45)
        first = self.env["hr.kinerja.periode"].create(
            {"tahun": 2030, "company_id": self.company.id}
        )
        q_small = self.count_queries(first.action_mulai)
        n_small = self.env["hr.kinerja.skp"].search_count([("periode_id", "=", first.id)])
        self._team(35, 55)
        second = self.env["hr.kinerja.periode"].create(
            {"tahun": 2031, "company_id": self.company.id}
        )
        q_large = self.count_queries(second.action_mulai)
        n_large = self.env["hr.kinerja.skp"].search_count([("periode_id", "=", second.id)])
        per_skp = (q_large - q_small) / (n_large - n_small)
        # 5 per SKP today, all in mail.activity.create subscribing each responsible user
        self.assertLessEqual(per_skp, 6, (q_small, n_small, q_large, n_large))

    def test_batch_numbers_are_the_sequence_numbers(self):
        """Opening a year numbers its SKPs as ``ir.sequence`` would, one by one: the
        prefix (with the year) and padding of the sequence, consecutive numbers."""
        sequence = self.env.ref("hr_kinerja_asn.seq_hr_kinerja_skp").sudo()
        names = self.Skp._next_names(3)
        last = int(names[-1].rsplit("/", 1)[1])
        expected = [sequence.get_next_char(number) for number in range(last - 2, last + 1)]
        self.assertEqual(names, expected)
        self.assertRegex(names[0], r"^SKP/\d{4}/\d{5}$")
        self.assertEqual(sequence.next_by_id(), sequence.get_next_char(last + 1))
