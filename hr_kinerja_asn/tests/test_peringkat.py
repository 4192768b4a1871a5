"""Pemeringkatan and the talent nine-box (docs/decisions.md, decisions 13 and 14).

October: the kabid's team of four is rated in the Bidang's unit, the kabid herself in
the agency's unit (decision 2). Ranks: predikat first, then the agency's tie-breakers
in its order; only final evaluations; who reads which rows; the nine-box placement;
the ranking read in the same number of queries for N and 4N evaluations.
"""

import datetime

from odoo.exceptions import AccessError, UserError
from odoo.tests import HttpCase, tagged

from .test_penilaian import OCT, PenilaianCase

TAHUN = (datetime.date(2026, 1, 1), datetime.date(2026, 12, 31))


class PeringkatCase(PenilaianCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Peringkat = cls.env["hr.kinerja.peringkat"]
        cls.Kriteria = cls.env["hr.kinerja.peringkat.kriteria"]

    def final_period(self, period, label, ratings, jenis="periodik", before_final=None):
        """Evaluations of ``period`` rated as ``ratings`` {employee: (hasil, perilaku)}
        (the rest "sesuai"), then both units finalised."""
        Capaian = self.env["hr.kinerja.capaian.organisasi"]
        for dept in (self.dept, self.env["hr.department"]):
            if not Capaian.search(
                [
                    ("department_id", "=", dept.id),
                    ("date_start", "=", period[0]),
                    ("jenis", "=", jenis),
                ]
            ):
                Capaian.create(
                    {
                        "company_id": self.company.id,
                        "department_id": dept.id,
                        "periode_id": self.periode.id,
                        "jenis": jenis,
                        "date_start": period[0],
                        "date_end": period[1],
                        "capaian": "baik",
                    }
                )
        evaluations = self.Evaluasi._generate(self.periode, *period, jenis, label)
        for ev in evaluations:
            self.rate(ev, *ratings.get(ev.employee_id, ("sesuai", "sesuai")))
        if before_final:
            before_final(evaluations)
        for unit in evaluations.unit_id:
            unit.sudo().action_finalkan(justifikasi="Uji peringkat")
        return evaluations

    def ranks(self, user=None, field="peringkat_instansi", jenis="periodik"):
        self.env.flush_all()
        self.env.invalidate_all()
        rows = (self.Peringkat.with_user(user) if user else self.Peringkat).search(
            [("jenis", "=", jenis), ("periode_id", "=", self.periode.id)]
        )
        return {row.employee_id: row[field] for row in rows}

    def urutan(self, *kriteria):
        """The agency's tie-breakers, set by the HR office in this order."""
        Kriteria = self.Kriteria.with_user(self.user_admin)
        Kriteria.search([("company_id", "=", self.company.id)]).unlink()
        Kriteria.create(
            [
                {"company_id": self.company.id, "sequence": i, "kriteria": k}
                for i, k in enumerate(kriteria)
            ]
        )


class TestPeringkat(PeringkatCase):
    def setUp(self):
        super().setUp()
        ratings = {
            self.staf: ("diatas", "diatas"),  # sangat baik
            self.ketua_tim: ("sesuai", "diatas"),  # baik, behaviour above
            self.kasi: ("diatas", "sesuai"),  # baik, result above
            self.employee_admin: ("sesuai", "sesuai"),  # baik
            self.kabid: ("diatas", "diatas"),  # sangat baik, in the agency's unit
        }
        self.october = self.final_period(
            OCT, "Oktober 2026", ratings, before_final=self.pelaksanaan
        )

    def pelaksanaan(self, evaluations):
        """October's realisation (kasi on time, ketua late, the admin none) and
        coaching (the ketua once, the kasi twice)."""
        Realisasi = self.env["hr.kinerja.realisasi"]
        for skp, lapor in ((self.skp_kasi, "2026-11-05 03:00:00"), (self.skp_ketua, None)):
            rec = Realisasi.create(
                {
                    "skp_id": skp.id,
                    "rhk_id": skp.rhk_ids[:1].id,
                    "date_start": OCT[0],
                    "date_end": OCT[1],
                    "realisasi": "Laporan Oktober",
                }
            )
            if lapor:
                rec.sudo()._kinerja_transisi().write(
                    {"state": "dilaporkan", "tanggal_lapor": lapor}
                )
            else:  # reported after the deadline (10 November)
                rec.sudo()._kinerja_transisi().write(
                    {"state": "dilaporkan", "tanggal_lapor": "2026-11-20 03:00:00"}
                )
        Pembinaan = self.env["hr.kinerja.pembinaan"].with_user(self.user_penilai)
        for skp, times in ((self.skp_ketua, 1), (self.skp_kasi, 2)):
            Pembinaan.create(
                [
                    {"skp_id": skp.id, "tanggal": f"2026-10-{10 + i}", "catatan": "B"}
                    for i in range(times)
                ]
            )

    def test_default_order_unit_and_agency(self):
        """Predikat, then rating hasil kerja, then rating perilaku (the default)."""
        unit = self.ranks(field="peringkat_unit")
        self.assertEqual(
            unit,
            {
                self.staf: 1,
                self.kasi: 2,
                self.ketua_tim: 3,
                self.employee_admin: 4,
                self.kabid: 1,  # alone in the agency's unit (decision 2)
            },
        )
        agency = self.ranks()
        # the staf and the kabid tie on every key: one rank, then 3
        self.assertEqual(
            agency,
            {
                self.staf: 1,
                self.kabid: 1,
                self.kasi: 3,
                self.ketua_tim: 4,
                self.employee_admin: 5,
            },
        )
        row = self.Peringkat.search([("employee_id", "=", self.kasi.id)])
        self.assertEqual((row.jumlah_unit, row.jumlah_instansi), (4, 5))
        self.assertEqual(row.persen_tepat_waktu, 100.0)
        self.assertEqual(row.jumlah_pembinaan, 2)
        ketua = self.Peringkat.search([("employee_id", "=", self.ketua_tim.id)])
        self.assertEqual(ketua.persen_tepat_waktu, 0.0, "reported after the deadline")
        admin = self.Peringkat.search([("employee_id", "=", self.employee_admin.id)])
        self.assertFalse(admin.persen_tepat_waktu, "no realisation: no share")

    def test_each_tie_breaker(self):
        baik = (self.ketua_tim, self.kasi, self.employee_admin)

        def order():
            ranks = self.ranks(field="peringkat_unit")
            return [ranks[e] for e in baik]

        self.urutan("perilaku", "hasil_kerja")
        self.assertEqual(order(), [2, 3, 4], "behaviour first: the ketua, then the kasi")
        self.urutan("hasil_kerja")
        self.assertEqual(order(), [3, 2, 3], "result only: the ketua and the admin tie")
        self.urutan("tepat_waktu")
        self.assertEqual(order(), [3, 2, 4], "on time: kasi 100 %, ketua 0 %, admin none")
        self.urutan("pembinaan")
        self.assertEqual(order(), [3, 4, 2], "fewer coaching records first")
        self.assertEqual(self.ranks(field="peringkat_unit")[self.staf], 1, "predikat first")
        # a tie-breaker switched off is not used: no active row, predikat alone
        self.Kriteria.with_user(self.user_admin).search(
            [("company_id", "=", self.company.id)]
        ).write({"active": False})
        self.assertEqual(order(), [2, 2, 2])

    def test_only_final_evaluations(self):
        november = (datetime.date(2026, 11, 1), datetime.date(2026, 11, 30))
        nov = self.Evaluasi._generate(self.periode, *november, "periodik", "November 2026")
        self.rate(nov, "diatas", "diatas")
        self.env.flush_all()
        rows = self.Peringkat.search([("periode_id", "=", self.periode.id)])
        self.assertEqual(rows.evaluasi_id, self.october)
        self.assertFalse(rows.filtered(lambda r: r.periode_label == "November 2026"))

    def test_visibility_per_role(self):
        team = self.staf | self.ketua_tim | self.kasi | self.employee_admin
        self.assertEqual(set(self.ranks(self.user_pegawai)), {self.staf}, "own rank only")
        self.assertEqual(set(self.ranks(self.user_kasi)), {self.kasi})
        self.assertEqual(set(self.ranks(self.user_penilai)), set(team | self.kabid))
        self.assertEqual(set(self.ranks(self.user_atasan)), set(team | self.kabid))
        self.assertEqual(len(self.ranks(self.user_admin)), 5, "the HR office: all")
        self.assertFalse(self.ranks(self.new_hr_lain("uji_hr_lain_rank")), "another agency")
        # the pegawai's rank on their own final evaluation; a colleague's is not theirs
        mine = self.october.filtered(lambda e: e.employee_id == self.staf)
        mine = mine.with_user(self.user_pegawai)
        self.assertEqual((mine.peringkat_unit, mine.peringkat_instansi), (1, 1))
        self.assertIn("1 of 4", mine.peringkat_label)
        kasi = self.october.filtered(lambda e: e.employee_id == self.kasi)
        with self.assertRaises(AccessError):
            kasi.with_user(self.user_pegawai).read(["peringkat_label"])
        # a reporting view: nobody edits it
        row = self.Peringkat.with_user(self.user_admin).search([], limit=1)
        with self.assertRaises(UserError):
            row.write({"peringkat_unit": 9})
        with self.assertRaises(UserError):
            row.sudo().write({"peringkat_unit": 9})
        # the nine-box is for leaders and the HR office
        with self.assertRaises(AccessError):
            self.env["hr.kinerja.talenta"].with_user(self.user_pegawai).search([])

    def test_ranking_reads_in_constant_queries(self):
        """N evaluations, then 4N: the ranking (and every rank on the evaluations) is
        read in the same number of queries."""

        def read():
            self.env.flush_all()
            self.env.invalidate_all()
            with _Counter(self) as counter:
                rows = self.Peringkat.with_user(self.user_admin).search_read(
                    [("periode_id", "=", self.periode.id)],
                    ["employee_id", "predikat", "peringkat_unit", "peringkat_instansi"],
                )
                evaluations = self.Evaluasi.with_user(self.user_admin).browse(
                    [r["id"] for r in rows]
                )
                evaluations.mapped("peringkat_label")
            return len(rows), counter.count

        read()  # warm the registry's caches (access rules, fields)
        n, small = read()
        for month in (7, 8, 9):
            start = datetime.date(2026, month, 1)
            end = (start + datetime.timedelta(days=32)).replace(day=1) - datetime.timedelta(1)
            self.final_period((start, end), f"Bulan {month}", {})
        n4, large = read()
        self.assertEqual((n, n4), (5, 20))
        self.assertEqual(small, large, "the same number of queries for N and 4N")
        self.assertLessEqual(large, 8)


class _Counter:
    """Queries run inside the block (the cursor's own counter)."""

    def __init__(self, case):
        self.cr = case.env.cr

    def __enter__(self):
        self.start = self.cr.sql_log_count
        return self

    def __exit__(self, *exc):
        self.count = self.cr.sql_log_count - self.start
        return False


class TestTalenta(PeringkatCase):
    def test_nine_box(self):
        ratings = {
            self.staf: ("diatas", "diatas"),  # sangat baik -> above
            self.kasi: ("sesuai", "sesuai"),  # baik -> as expected
            self.ketua_tim: ("dibawah", "sesuai"),  # butuh perbaikan -> below
            self.employee_admin: ("sesuai", "dibawah"),  # kurang -> below
        }
        self.final_period(TAHUN, "Tahunan 2026", ratings, jenis="tahunan")
        # a periodic final evaluation never places anyone
        self.final_period(OCT, "Oktober 2026", {})
        Employee = self.env["hr.employee"].with_user(self.user_admin)
        Employee.browse(self.staf.id).write(
            {"kinerja_potensi": "tinggi", "kinerja_potensi_sumber": "Assessment center 2026"}
        )
        Employee.browse(self.kasi.id).write({"kinerja_potensi": "tinggi"})
        Employee.browse(self.ketua_tim.id).write({"kinerja_potensi": "menengah"})
        # only the HR office records the potential
        with self.assertRaises(AccessError):
            self.env["hr.employee"].with_user(self.user_penilai).browse(self.kasi.id).write(
                {"kinerja_potensi": "rendah"}
            )
        self.env.flush_all()
        Talenta = self.env["hr.kinerja.talenta"]
        mine = [("periode_id", "=", self.periode.id)]
        boxes = {r.employee_id: r.kotak for r in Talenta.with_user(self.user_admin).search(mine)}
        self.assertEqual(boxes[self.staf], "9")
        self.assertEqual(boxes[self.kasi], "7")
        self.assertEqual(boxes[self.ketua_tim], "2")
        self.assertFalse(boxes[self.employee_admin], "potential not assessed: no box")
        self.assertEqual(boxes[self.kabid], False)
        self.assertEqual(len(boxes), 5, "one row per pegawai: the annual evaluation only")
        labels = dict(Talenta._fields["kotak"]._description_selection(self.env))
        self.assertIn("above expectations and high potential", labels["9"])
        # leaders see their subtree (not themselves), another agency nothing
        leader = {r.employee_id for r in Talenta.with_user(self.user_penilai).search(mine)}
        self.assertEqual(leader, {self.staf, self.kasi, self.ketua_tim, self.employee_admin})
        self.assertFalse(Talenta.with_user(self.new_hr_lain("uji_hr_lain_tal")).search([]))
        # the kanban shows every box, even empty ones
        groups = Talenta.with_user(self.user_admin).read_group(mine, ["kotak"], ["kotak"])
        self.assertEqual(len([g for g in groups if g["kotak"]]), 9)


@tagged("post_install", "-at_install")
class TestPeringkatTour(HttpCase, PeringkatCase):
    def test_hr_office_opens_the_ranking(self):
        self.final_period(OCT, "Oktober 2026", {self.staf: ("diatas", "diatas")})
        self.user_admin.password = "uji_admin_rank"
        self.start_tour(
            "/odoo/action-hr_kinerja_asn.hr_kinerja_beranda_action",
            "hr_kinerja_asn_peringkat_tour",
            login="uji_admin",
        )
