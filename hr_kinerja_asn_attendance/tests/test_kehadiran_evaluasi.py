"""The attendance of the evaluated month beside the evaluation, for whoever reads the
evaluation: the PPK and the HR office read the figures."""

from datetime import date

from odoo.addons.hr_kinerja_asn.tests.test_penilaian import PenilaianCase

from .common import MARET, KehadiranCase


class TestKehadiranEvaluasi(PenilaianCase, KehadiranCase):
    def test_summary_beside_the_evaluation(self):
        self.hadir_tepat(self.staf, skip=(date(2026, 3, 4), date(2026, 3, 5)))
        self.scan(self.staf, date(2026, 3, 5), (7, 50), (16, 5))
        evaluasi = self.Evaluasi.sudo().create(
            {
                "employee_id": self.staf.id,
                "skp_id": self.skp_staf.id,
                "periode_id": self.periode.id,
                "company_id": self.company.id,
                "date_start": MARET,
                "date_end": date(2026, 3, 31),
                "periode_label": "Maret 2026",
                "penilai_id": self.kabid.id,
            }
        )
        self.assertEqual(evaluasi.kehadiran_count, 0)
        self.Kehadiran._kinerja_hitung(self.staf | self.kasi, MARET)
        self.Kehadiran._kinerja_hitung(self.staf, date(2026, 4, 1))  # outside the period
        evaluasi.invalidate_recordset()
        for user in (self.user_penilai, self.user_admin):
            as_user = evaluasi.with_user(user)
            self.assertRecordValues(
                as_user,
                [
                    {
                        "kehadiran_count": 1,
                        "kehadiran_hari_kerja": 22,
                        "kehadiran_hari_hadir": 21,
                        "kehadiran_tanpa_keterangan": 1,
                        "kehadiran_terlambat": 1,
                        "kehadiran_menit_terlambat": 20,
                    }
                ],
            )
            action = as_user.action_kehadiran()
            records = self.env[action["res_model"]].with_user(user).search(action["domain"])
            self.assertEqual(records.employee_id, self.staf)
            self.assertEqual(records.date_start, MARET)
