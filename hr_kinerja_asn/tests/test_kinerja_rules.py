"""The pure NIP rule against the spec's examples, without any database setup."""

import datetime

from odoo.tests import BaseCase

from odoo.addons.hr_kinerja_asn.models import kinerja_rules as rules


class TestNipRule(BaseCase):
    def assertNipError(self, nip, code):
        with self.assertRaises(rules.NipError) as ctx:
            rules.parse_nip(nip)
        self.assertEqual(ctx.exception.code, code, nip)

    def test_valid_pns(self):
        info = rules.parse_nip("197503122000032001")
        self.assertEqual(info.asn_type, "pns")
        self.assertEqual(info.birthday, datetime.date(1975, 3, 12))
        self.assertEqual((info.tmt_year, info.tmt_month), (2000, 3))
        self.assertEqual(info.gender, "female")
        self.assertIsNone(info.pppk_round)

    def test_valid_pppk_spec_example(self):
        # spec decision 9: 19890225 2024 2 1 1 013
        info = rules.parse_nip("19890225 2024 2 1 1 013")
        self.assertEqual(info.nip, "198902252024211013")
        self.assertEqual(info.asn_type, "pppk")
        self.assertEqual(info.birthday, datetime.date(1989, 2, 25))
        self.assertEqual(info.tmt_year, 2024)
        self.assertEqual(info.pppk_round, 1)
        self.assertEqual(info.gender, "male")

    def test_length_and_letters(self):
        self.assertNipError("19750312200003200", "length")  # 17 digits
        self.assertNipError("1975031220000320011", "length")  # 19 digits
        self.assertNipError("19750312200003200A", "digits")
        self.assertNipError("", "digits")

    def test_birth_date(self):
        self.assertNipError("197502312000032001", "birth_date")  # 31 February
        self.assertNipError("197513012000032001", "birth_date")  # month 13

    def test_pns_tmt(self):
        self.assertNipError("197503122000132001", "tmt_month")  # TMT month 13
        self.assertNipError("197503122000002001", "tmt_month")  # TMT month 00
        self.assertNipError("197503121993022001", "tmt_age")  # TMT at 17
        # exactly 18 years, same month: allowed
        self.assertEqual(rules.parse_nip("197503121993031001").tmt_year, 1993)

    def test_pppk(self):
        self.assertNipError("198902252024201013", "pppk_round")  # round 0
        self.assertNipError("198902252006211013", "pppk_age")  # appointed at 17

    def test_gender(self):
        self.assertNipError("197503122000033001", "gender")
        self.assertNipError("197503122000030001", "gender")

    def test_normalize(self):
        self.assertEqual(rules.normalize_nip(" 19750312 200003 2 001 "), "197503122000032001")
        self.assertEqual(rules.normalize_nip("19750312.200003.2.001"), "197503122000032001")

    def test_jabatan_penilai(self):
        for key in (
            "jpt_utama",
            "jpt_madya",
            "jpt_pratama",
            "administrator",
            "pengawas",
            "pejabat_negara",
        ):
            self.assertTrue(rules.is_jabatan_penilai(key), key)
        for key in ("pelaksana", "fungsional", False, None):
            self.assertFalse(rules.is_jabatan_penilai(key), key)
