"""The kuadran and the distribution arithmetic, against the spec's own tables."""

from odoo.tests import BaseCase

from odoo.addons.hr_kinerja_asn.models import kinerja_rules as rules

POLA = {  # spec decision 2, as loaded by data/hr_kinerja_penilaian_data.xml
    "istimewa": [(["sangat_baik"], "terbanyak", 0), (["sangat_baik"], "max_persen", 70)],
    "baik": [
        (["baik"], "terbanyak", 0),
        (["baik"], "max_persen", 70),
        (["butuh_perbaikan", "kurang"], "min_orang", 1),
    ],
    "butuh_perbaikan": [
        (["butuh_perbaikan"], "min_persen", 60),
        (["sangat_baik"], "max_persen", 10),
    ],
    "kurang": [
        (["kurang"], "min_persen", 60),
        (["butuh_perbaikan"], "min_persen", 10),
        (["sangat_baik"], "max_persen", 10),
    ],
    "sangat_kurang": [
        (["sangat_kurang"], "min_persen", 60),
        (["kurang", "butuh_perbaikan"], "min_persen", 10),
        (["sangat_baik"], "max_persen", 0),
    ],
}


def counts(**kw):
    return kw


class TestKuadran(BaseCase):
    def test_nine_cells(self):
        expected = {
            ("diatas", "dibawah"): "kurang",
            ("diatas", "sesuai"): "baik",
            ("diatas", "diatas"): "sangat_baik",
            ("sesuai", "dibawah"): "kurang",
            ("sesuai", "sesuai"): "baik",
            ("sesuai", "diatas"): "baik",
            ("dibawah", "dibawah"): "sangat_kurang",
            ("dibawah", "sesuai"): "butuh_perbaikan",
            ("dibawah", "diatas"): "butuh_perbaikan",
        }
        for (hasil, perilaku), predikat in expected.items():
            self.assertEqual(rules.predikat_kuadran(hasil, perilaku), predikat, (hasil, perilaku))
        self.assertFalse(rules.predikat_kuadran("sesuai", False))
        self.assertFalse(rules.predikat_kuadran(False, False))


class TestDistributionArithmetic(BaseCase):
    def test_spec_table(self):
        table = {
            ("max_persen", 70): {1: 1, 3: 2, 10: 7, 11: 7},
            ("max_persen", 10): {1: 1, 3: 1, 10: 1, 11: 1},
            ("min_persen", 60): {3: 2, 10: 6, 11: 7},
            ("min_persen", 10): {3: 1, 10: 1, 11: 2},
        }
        for (jenis, nilai), expected in table.items():
            for n, threshold in expected.items():
                self.assertEqual(
                    rules.rule_threshold(jenis, nilai, n), threshold, (jenis, nilai, n)
                )
        self.assertEqual(rules.rule_threshold("max_persen", 0, 10), 0)
        self.assertEqual(rules.rule_threshold("min_orang", 1, 10), 1)

    def assertPattern(self, capaian, ok, **given):
        results = rules.check_distribution(POLA[capaian], given)
        self.assertEqual(all(r["ok"] for r in results), ok, (capaian, given, results))

    def test_five_levels_at_sizes_1_3_10_11(self):
        # istimewa: most sangat baik, at most 70 %
        self.assertPattern("istimewa", True, sangat_baik=1)
        self.assertPattern("istimewa", True, sangat_baik=2, baik=1)
        self.assertPattern("istimewa", False, sangat_baik=3)
        self.assertPattern("istimewa", True, sangat_baik=7, baik=3)
        self.assertPattern("istimewa", False, sangat_baik=8, baik=2)
        self.assertPattern("istimewa", True, sangat_baik=7, baik=4)
        self.assertPattern("istimewa", False, sangat_baik=3, baik=5, butuh_perbaikan=2)
        # baik: most baik, at most 70 %, at least one butuh perbaikan or kurang (n >= 3)
        self.assertPattern("baik", True, baik=1)
        self.assertPattern("baik", False, baik=3)
        self.assertPattern("baik", True, baik=2, kurang=1)
        self.assertPattern("baik", True, baik=7, butuh_perbaikan=2, sangat_baik=1)
        self.assertPattern("baik", False, baik=7, sangat_baik=3)
        self.assertPattern("baik", False, baik=8, kurang=3)
        self.assertPattern("baik", True, baik=7, kurang=1, sangat_baik=3)
        # butuh perbaikan: at least 60 % butuh perbaikan, sangat baik at most 10 %
        self.assertPattern("butuh_perbaikan", True, baik=1)
        self.assertPattern("butuh_perbaikan", False, butuh_perbaikan=1, baik=2)
        self.assertPattern("butuh_perbaikan", True, butuh_perbaikan=2, sangat_baik=1)
        self.assertPattern("butuh_perbaikan", True, butuh_perbaikan=6, sangat_baik=1, baik=3)
        self.assertPattern("butuh_perbaikan", False, butuh_perbaikan=6, sangat_baik=2, baik=2)
        self.assertPattern("butuh_perbaikan", False, butuh_perbaikan=6, baik=5)
        # kurang: at least 60 % kurang and 10 % butuh perbaikan, sangat baik at most 10 %
        self.assertPattern("kurang", True, sangat_baik=1)
        self.assertPattern("kurang", True, kurang=2, butuh_perbaikan=1)
        self.assertPattern("kurang", False, kurang=3)
        self.assertPattern("kurang", True, kurang=6, butuh_perbaikan=1, baik=3)
        self.assertPattern("kurang", False, kurang=7, butuh_perbaikan=1, sangat_baik=2, baik=1)
        self.assertPattern("kurang", True, kurang=7, butuh_perbaikan=2, baik=2)
        # sangat kurang: 60 % sangat kurang, 10 % kurang or butuh perbaikan, no sangat baik
        self.assertPattern("sangat_kurang", False, sangat_baik=1)
        self.assertPattern("sangat_kurang", True, sangat_kurang=2, kurang=1)
        self.assertPattern("sangat_kurang", True, sangat_kurang=6, butuh_perbaikan=1, baik=3)
        self.assertPattern("sangat_kurang", False, sangat_kurang=10)
        self.assertPattern(
            "sangat_kurang", True, sangat_kurang=7, kurang=1, butuh_perbaikan=1, baik=2
        )
