"""The attendance feeds the disiplin part of the tunjangan: the override's
occurrences, and the issue's worked example end to end from real attendances."""

import datetime

from odoo.addons.hr_kinerja_asn.tests.test_tunjangan import TunjanganCase

from .common import KehadiranCase

OKT = datetime.date(2026, 10, 1)
HARI_KERJA_OKT = [
    OKT + datetime.timedelta(days=n)
    for n in range(31)
    if (OKT + datetime.timedelta(days=n)).weekday() < 5
]


class TestKehadiranTunjangan(TunjanganCase, KehadiranCase):
    def setUp(self):
        super().setUp()
        self.skema.with_user(self.user_admin).potong_kehadiran = True
        # October 2026, Eko-like: 12 and 30 minutes late (TL1), 75 minutes (TL3),
        # one working day absent without leave; on time otherwise
        self.late = {
            HARI_KERJA_OKT[2]: (7, 42),
            HARI_KERJA_OKT[4]: (8, 0),
            HARI_KERJA_OKT[6]: (8, 45),
        }
        self.absent = HARI_KERJA_OKT[8]
        self.hadir_tepat(self.staf, skip=(self.absent, *self.late), days=HARI_KERJA_OKT)
        for day, masuk in self.late.items():
            self.scan(self.staf, day, masuk, (16, 5))
        # a technical attendance on the absent day changes nothing
        self.scan(
            self.staf, self.absent, (7, 30), (7, 30), in_mode="technical", out_mode="technical"
        )

    def test_override_returns_the_occurrences(self):
        result = self.Tunjangan._kinerja_kejadian_disiplin(
            self.staf | self.kasi, OKT, datetime.date(2026, 10, 31)
        )
        self.assertEqual(set(result), {self.staf.id, self.kasi.id}, "every employee given")
        kehadiran = self.env["hr.kinerja.kehadiran"].search(
            [("employee_id", "=", self.staf.id), ("date_start", "=", OKT)]
        )
        self.assertEqual(result[self.staf.id]["kehadiran_id"], kehadiran.id)
        self.assertEqual(result[self.staf.id]["sumber"], kehadiran.display_name)
        self.assertEqual(
            result[self.staf.id]["kejadian"],
            [
                {"jenis": "terlambat", "tanggal": HARI_KERJA_OKT[2], "menit": 12},
                {"jenis": "terlambat", "tanggal": HARI_KERJA_OKT[4], "menit": 30},
                {"jenis": "terlambat", "tanggal": HARI_KERJA_OKT[6], "menit": 75},
                {"jenis": "tanpa_keterangan", "tanggal": self.absent, "menit": None},
            ],
        )
        # the kasi never scanned: every working day absent, nothing else
        kasi = result[self.kasi.id]["kejadian"]
        self.assertEqual(len(kasi), len(HARI_KERJA_OKT))
        self.assertEqual({item["jenis"] for item in kasi}, {"tanpa_keterangan"})

    def test_worked_example_end_to_end(self):
        """Rp 4,371,943, 60/40, 2 × TL1 + TL3 + one absent day from real attendances:
        Rp 4,054,977 with the cuts on the whole amount, Rp 4,245,157 on the disiplin
        part only."""
        # rated "baik" (100 % of the performance part), as in the example
        self.staf_ev.sudo()._kinerja_transisi().write(
            {"rating_hasil_kerja": "sesuai", "rating_perilaku": "sesuai"}
        )
        self.assertEqual(self.staf_ev.predikat, "baik")
        self.hitung()
        rec = self.staf_month()
        self.assertEqual(rec.potongan_persen, 7.25)
        self.assertEqual(rec.jumlah, 4054977)
        self.assertIn(self.staf.name, rec.sumber_disiplin)
        self.skema.with_user(self.user_admin).dasar_potongan = "disiplin"
        self.hitung()
        self.assertEqual(self.staf_month().jumlah, 4245157)
        # the month's attendance was stored for checking, computed once per month
        self.assertEqual(
            self.env["hr.kinerja.kehadiran"].search_count([("employee_id", "=", self.staf.id)]), 1
        )
