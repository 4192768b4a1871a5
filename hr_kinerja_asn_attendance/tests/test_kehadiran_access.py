"""Who reads the monthly attendance, and that nobody types or recomputes it but the
HR office of the agency (ORM as each user)."""

from odoo.exceptions import AccessError

from .common import MARET, KehadiranCase


class TestKehadiranAccess(KehadiranCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        for employee in (cls.staf, cls.kasi, cls.ketua_tim):
            cls.hadir_tepat(employee)
        cls.records = cls.env["hr.kinerja.kehadiran"]._kinerja_hitung(
            cls.staf | cls.kasi | cls.ketua_tim, MARET
        )
        cls.own = cls.records.filtered(lambda r: r.employee_id == cls.staf)
        cls.other = cls.records.filtered(lambda r: r.employee_id == cls.kasi)

    def test_pegawai_reads_only_their_own(self):
        Kehadiran = self.env["hr.kinerja.kehadiran"].with_user(self.user_pegawai)
        self.assertEqual(Kehadiran.search([]), self.own)
        self.assertEqual(self.own.with_user(self.user_pegawai).hari_kerja, 22)
        self.assertTrue(self.own.with_user(self.user_pegawai).display_name)
        with self.assertRaises(AccessError):
            self.other.with_user(self.user_pegawai).read(["hari_kerja"])
        Baris = self.env["hr.kinerja.kehadiran.baris"].with_user(self.user_pegawai)
        self.assertFalse(Baris.search([("kehadiran_id", "=", self.other.id)]))

    def test_pegawai_cannot_create_or_write(self):
        Kehadiran = self.env["hr.kinerja.kehadiran"].with_user(self.user_pegawai)
        with self.assertRaises(AccessError):
            Kehadiran.create(
                {
                    "employee_id": self.staf.id,
                    "company_id": self.company.id,
                    "date_start": MARET.replace(month=4),
                    "date_end": MARET.replace(month=4, day=30),
                }
            )
        for values in ({"hari_tanpa_keterangan": 0}, {"jumlah_terlambat": 0}):
            with self.assertRaises(AccessError):
                self.own.with_user(self.user_pegawai).write(values)
        with self.assertRaises(AccessError):
            self.own.with_user(self.user_pegawai).unlink()

    def test_hr_office_cannot_type_figures_either(self):
        with self.assertRaises(AccessError):
            self.own.with_user(self.user_admin).write({"hari_tanpa_keterangan": 0})

    def test_only_the_hr_office_recomputes(self):
        with self.assertRaises(AccessError):
            self.own.with_user(self.user_pegawai).action_hitung_ulang()
        with self.assertRaises(AccessError):
            self.env["hr.kinerja.kehadiran"].with_user(self.user_pegawai)._kinerja_hitung_instansi(
                self.company, MARET
            )
        with self.assertRaises(AccessError):
            self.env["hr.kinerja.kehadiran.hitung"].with_user(self.user_pegawai).create(
                {"company_id": self.company.id, "bulan": "3", "tahun": 2026}
            )
        # the leader reads, but does not compute either
        with self.assertRaises(AccessError):
            self.own.with_user(self.user_penilai).action_hitung_ulang()
        # the HR office of another agency does not compute this one
        hr_lain = self.new_hr_lain("uji_hr_lain_kehadiran")
        with self.assertRaises(AccessError):
            self.env["hr.kinerja.kehadiran"].with_user(hr_lain)._kinerja_hitung_instansi(
                self.company, MARET
            )
        self.assertFalse(self.env["hr.kinerja.kehadiran"].with_user(hr_lain).search([]))

    def test_hr_office_computes_the_agency(self):
        wizard = (
            self.env["hr.kinerja.kehadiran.hitung"]
            .with_user(self.user_admin)
            .create({"company_id": self.company.id, "bulan": "3", "tahun": 2026})
        )
        action = wizard.action_hitung()
        records = (
            self.env["hr.kinerja.kehadiran"].with_user(self.user_admin).search(action["domain"])
        )
        # every civil servant of the agency, not the elected bupati
        self.assertIn(self.staf, records.employee_id)
        self.assertIn(self.operator, records.employee_id)
        self.assertNotIn(self.bupati, records.employee_id)
        self.assertEqual(records.filtered(lambda r: r.employee_id == self.staf), self.own)
        self.assertEqual(self.own.hari_hadir, 22)
        self.assertEqual(self.own.with_user(self.user_admin).action_hitung_ulang(), True)

    def test_leaders_read_their_subtree(self):
        Kehadiran = self.env["hr.kinerja.kehadiran"].with_user(self.user_penilai)
        self.assertEqual(Kehadiran.search([]), self.records)
        Kasi = self.env["hr.kinerja.kehadiran"].with_user(self.user_kasi)
        self.assertEqual(Kasi.search([]), self.other, "the kasi sees neither the staf nor the lead")
