"""The hierarchy paths cost queries per batch, not per employee."""

from .common import KinerjaCase


class TestPerformance(KinerjaCase):
    def _staff(self, count):
        return self.env["hr.employee"].create(
            [
                {
                    "name": f"Staf {i}",
                    "jenis_jabatan": "pelaksana",
                    "parent_id": self.ketua_tim.id,
                    "company_id": self.company.id,
                }
                for i in range(count)
            ]
        )

    def test_mutasi_of_many_does_not_grow_per_record(self):
        small, large = self._staff(5), self._staff(80)
        q_small = self.count_queries(lambda: small.write({"parent_id": self.kasi.id}))
        q_large = self.count_queries(lambda: large.write({"parent_id": self.kasi.id}))
        self.assertEqual(large.pejabat_penilai_id, self.kasi)
        self.assertLessEqual(q_large, q_small + 2, (q_small, q_large))

    def test_jabatan_change_of_many_does_not_grow_per_record(self):
        """Promoting many employees recomputes their subtrees and the group in one go.

        (hr.employee's own create costs queries per record in Odoo core: avatars,
        followers, resume lines; this module adds none, so create is not measured.)
        """
        small, large = self._staff(5), self._staff(80)
        q_small = self.count_queries(lambda: small.write({"jenis_jabatan": "pengawas"}))
        q_large = self.count_queries(lambda: large.write({"jenis_jabatan": "pengawas"}))
        self.assertEqual(large.kinerja_ppk_kandidat_id, large)
        self.assertLessEqual(q_large, q_small + 2, (q_small, q_large))
