"""NIP on hr.employee: the corpus through the ORM and the form, as HR users do it."""

import datetime

from psycopg2 import IntegrityError

from odoo.exceptions import ValidationError
from odoo.tests import Form
from odoo.tools import mute_logger

from .common import KinerjaCase


class TestNip(KinerjaCase):
    def _create(self, **vals):
        return (
            self.env["hr.employee"]
            .with_company(self.company)
            .create({"name": "Pegawai Baru", **vals})
        )

    def assertRefused(self, fragment, **vals):
        """The NIP is refused with a message naming the rule, and nothing is written."""
        count = self.env["hr.employee"].search_count([("name", "=", "Pegawai Baru")])
        with self.assertRaises(ValidationError) as ctx:
            self._create(**vals)
        self.assertIn(fragment, str(ctx.exception))
        self.assertEqual(
            self.env["hr.employee"].search_count([("name", "=", "Pegawai Baru")]), count
        )

    def test_valid_pns_fills_birthday_gender_type(self):
        emp = self._create(nip="19850410 201001 2 005")
        self.assertEqual(emp.nip, "198504102010012005")
        self.assertEqual(emp.asn_type, "pns")
        self.assertEqual(emp.birthday, datetime.date(1985, 4, 10))
        self.assertEqual(emp.gender, "female")

    def test_valid_pppk_spec_example(self):
        emp = self._create(nip="19890225 2024 2 1 1 013")
        self.assertEqual(emp.asn_type, "pppk")
        self.assertEqual(emp.birthday, datetime.date(1989, 2, 25))
        self.assertEqual(emp.gender, "male")

    def test_refused_inputs(self):
        self.assertRefused("exactly 18 digits", nip="19850410201001200")
        self.assertRefused("exactly 18 digits", nip="1985041020100120051")
        self.assertRefused("digits only", nip="19850410201001200X")
        self.assertRefused("not a real birth date", nip="198502312010012005")
        self.assertRefused("not a real TMT CPNS month", nip="198504102010132005")
        self.assertRefused("less than 18 years", nip="198504102003012005")
        self.assertRefused("digit 15 is the gender", nip="198504102010013005")
        self.assertRefused("less than 18 years", nip="198902252006211013")
        self.assertRefused("appointment round", nip="198902252024201013")

    def test_contradictions(self):
        self.assertRefused("recorded as PPPK", nip="198504102010012005", asn_type="pppk")
        self.assertRefused("recorded as PNS", nip="198902252024211013", asn_type="pns")
        self.assertRefused(
            "birthday", nip="198504102010012005", birthday=datetime.date(1985, 4, 11)
        )
        self.assertRefused("gender", nip="198504102010012005", gender="male")
        self.assertRefused(
            "pejabat negara", nip="198504102010012005", jenis_jabatan="pejabat_negara"
        )

    def test_existing_birthday_must_agree_on_write(self):
        emp = self._create(birthday=datetime.date(1990, 1, 1), gender="male")
        with self.assertRaises(ValidationError):
            emp.write({"nip": "198504102010011005"})
        self.assertFalse(emp.nip)
        emp.write({"birthday": datetime.date(1985, 4, 10), "nip": "198504102010011005"})
        self.assertEqual(emp.asn_type, "pns")

    def test_pangkat_matches_type(self):
        self.assertRefused(
            "does not belong to a PPPK", nip="198902252024211013", pangkat_golongan="iii_a"
        )
        self.assertRefused(
            "does not belong to a PNS", nip="198504102010012005", pangkat_golongan="pppk_9"
        )
        emp = self._create(nip="198902252024211013", pangkat_golongan="pppk_9")
        self.assertEqual(emp.pangkat_golongan, "pppk_9")

    @mute_logger("odoo.sql_db")
    def test_unique_per_company(self):
        self._create(nip="198504102010012005")
        with self.assertRaises(IntegrityError), self.cr.savepoint():
            self._create(nip="198504102010012005")
        other = (
            self.env["hr.employee"]
            .with_company(self.company_b)
            .create(
                {
                    "name": "Same NIP elsewhere",
                    "nip": "198504102010012005",
                    "company_id": self.company_b.id,
                }
            )
        )
        self.assertEqual(other.nip, "198504102010012005")

    def test_message_in_indonesian(self):
        emp = self._create(name="Pegawai Baru").with_context(lang="id_ID")
        with self.assertRaises(ValidationError) as ctx:
            emp.write({"nip": "198504102010013005"})
        self.assertIn("digit ke-15", str(ctx.exception))

    def test_form_proposes_from_nip(self):
        with Form(self.env["hr.employee"].with_company(self.company)) as form:
            form.name = "Lewat Formulir"
            form.nip = "19960225 2022 2 1 2 010"
            self.assertEqual(form.nip, "199602252022212010")
            self.assertEqual(form.asn_type, "pppk")
            self.assertEqual(form.birthday, datetime.date(1996, 2, 25))
            self.assertEqual(form.gender, "female")
        self.assertEqual(form.record.asn_type, "pppk")
