"""The performance year: defaults, constraints and its small workflow."""

import datetime

from psycopg2 import IntegrityError

from odoo.exceptions import UserError, ValidationError
from odoo.tools import mute_logger

from .common import KinerjaCase


class TestPeriode(KinerjaCase):
    def _periode(self, tahun=2027):
        return self.env["hr.kinerja.periode"].create(
            {"tahun": tahun, "company_id": self.company.id}
        )

    def test_defaults(self):
        periode = self._periode()
        self.assertEqual(periode.date_start, datetime.date(2027, 1, 1))
        self.assertEqual(periode.date_end, datetime.date(2027, 12, 31))
        self.assertEqual(periode.batas_penetapan_skp, datetime.date(2027, 1, 31))
        self.assertEqual(periode.frekuensi_evaluasi, "bulanan")
        self.assertEqual(periode.state, "draft")

    def test_workflow_and_delete(self):
        periode = self._periode()
        with self.assertRaises(UserError):
            periode.action_selesai()
        periode.action_mulai()
        self.assertEqual(periode.state, "berjalan")
        with self.assertRaises(UserError):
            periode.unlink()
        periode.action_selesai()
        self.assertEqual(periode.state, "selesai")
        self._periode(2028).unlink()

    def test_bad_dates(self):
        with self.assertRaises(ValidationError):
            self._periode(2019)
        periode = self._periode()
        with self.assertRaises(ValidationError):
            periode.write({"date_start": datetime.date(2028, 1, 1)})

    @mute_logger("odoo.sql_db")
    def test_one_per_company_and_year(self):
        self._periode()
        with self.assertRaises(IntegrityError), self.cr.savepoint():
            self._periode()
        other = self.env["hr.kinerja.periode"].create(
            {"tahun": 2027, "company_id": self.company_b.id}
        )
        self.assertTrue(other)
