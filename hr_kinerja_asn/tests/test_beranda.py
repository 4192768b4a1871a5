"""The home screen per role (issue 11 item 2): each section counts what its reader must
act on, with that reader's own rights, and opens the matching list."""

from .test_penilaian import OCT, PenilaianCase


class TestBeranda(PenilaianCase):
    def setUp(self):
        super().setUp()
        self.evaluations = self.generate()
        self.bulan = self.periode.periode_evaluasi_ids.filtered(lambda p: p.date_start == OCT[0])

    def beranda(self, user):
        return (
            self.env["hr.kinerja.beranda"]
            .with_user(user)
            .with_company(self.company)
            .get_beranda(periode_evaluasi_id=self.bulan.id)
        )

    def kartu(self, section, label):
        found = [k for k in section["kartu"] if k["label"] == label]
        self.assertEqual(len(found), 1, label)
        return found[0]

    def opens(self, user, kartu):
        """The card's list shows as many records as the card counts, as that user."""
        action = kartu["action"]
        records = self.env[action["res_model"]].with_user(user).search(action["domain"])
        self.assertEqual(len(records), kartu["count"], kartu["label"])
        return records

    def test_pegawai_sees_own_cycle_only(self):
        before = self.beranda(self.user_pegawai)["pegawai"]
        indicators = len(self.skp_staf.rhk_ids.indikator_ids)
        self.assertEqual(self.kartu(before, "Indicators still to report")["count"], indicators)
        self.assertIn("Realisation of a Period", before["skp"]["langkah"])
        self.assertEqual(
            self.kartu(before, "Indicators still to report")["action"]["res_id"], self.skp_staf.id
        )
        self.realisasi_staf("2026-10-01", "2026-10-31", "Sepuluh tiket").action_laporkan()
        data = self.beranda(self.user_pegawai)
        self.assertEqual(data["bulan"]["name"], self.bulan.name)
        pegawai = data["pegawai"]
        self.assertEqual(pegawai["skp"]["id"], self.skp_staf.id)
        self.assertEqual(pegawai["skp"]["state_code"], "ditetapkan")
        reported = self.kartu(pegawai, "Realisations reported")
        self.assertEqual(reported["count"], 1)
        self.assertEqual(self.opens(self.user_pegawai, reported).employee_id, self.staf)
        self.assertEqual(self.kartu(pegawai, "Indicators still to report")["count"], indicators - 1)
        self.assertEqual(self.kartu(pegawai, "My evaluations")["count"], 0, "not final yet")
        self.assertFalse(data["ppk"] or data["atasan"] or data["hr"], "no other role's section")

    def test_ppk_counts_what_she_must_do(self):
        self.realisasi_staf("2026-10-01", "2026-10-31", "Sepuluh tiket").action_laporkan()
        data = self.beranda(self.user_penilai)
        ppk = data["ppk"]
        to_rate = self.kartu(ppk, "Ratings to give")
        self.assertEqual(to_rate["count"], 4, "her team of four; her own evaluation is not hers")
        self.assertEqual(
            self.opens(self.user_penilai, to_rate).employee_id,
            self.staf | self.ketua_tim | self.kasi | self.employee_admin,
        )
        self.assertEqual(self.kartu(ppk, "Realisations to read")["count"], 1)
        units = self.opens(self.user_penilai, self.kartu(ppk, "Units to finalise"))
        self.assertEqual(units.department_id, self.dept)
        self.rate(
            self.evaluations.filtered(lambda e: e.penilai_id == self.kabid), "sesuai", "sesuai"
        )
        self.assertEqual(
            self.kartu(self.beranda(self.user_penilai)["ppk"], "Ratings to give")["count"], 0
        )

    def test_atasan_sees_late_ppks(self):
        data = self.beranda(self.user_atasan)
        late = self.kartu(data["atasan"], "Not yet rated by their PPK")
        self.assertEqual(late["count"], 4)
        self.assertIn(self.kabid.name, late["hint"])
        self.assertEqual(self.kartu(data["atasan"], "Units I supervise")["count"], 1)
        self.assertFalse(self.beranda(self.user_pegawai)["atasan"])

    def test_hr_table_per_unit_and_agency(self):
        self.capaian("baik", user=self.user_admin)
        team = self.evaluations.filtered(lambda e: e.penilai_id == self.kabid)
        self.rate(team, "sesuai", "sesuai")
        self.operator.sudo().kinerja_pengecualian = "cltn"
        hr = self.beranda(self.user_admin)["hr"]
        row = next(r for r in hr["unit"] if r["id"] == self.dept.id)
        self.assertEqual(row["dinilai"], 4)
        self.assertEqual(row["predikat"]["baik"], 4)
        self.assertTrue(row["melanggar"], "four Baik of four breach the pattern")
        self.assertEqual(row["unit_id"], team.unit_id.id)
        self.assertEqual(hr["total"]["predikat"]["baik"], 4)
        without = (
            self.env["hr.employee"].with_user(self.user_admin).search(hr["tanpa_skp"]["domain"])
        )
        self.assertIn(self.operator, without, "a draft SKP is no SKP")
        self.assertNotIn(self.staf, without)
        self.assertEqual(len(without), hr["total"]["tanpa_skp"])
        self.assertEqual(self.operator.with_user(self.user_admin).kinerja_pengecualian, "cltn")
        # another agency's HR office sees nothing of this one
        other = self.new_hr_lain("uji_hr_lain_beranda")
        data = (
            self.env["hr.kinerja.beranda"]
            .with_user(other)
            .with_company(other.company_id)
            .get_beranda()
        )
        self.assertFalse([r for r in data["hr"]["unit"] if r["id"] == self.dept.id])

    def test_hr_table_queries_do_not_grow_with_people(self):
        """The agency table is read_groups: more pegawai, the same queries."""
        before = self.count_queries(lambda: self.beranda(self.user_admin))
        self.env["hr.employee"].create(
            [
                {
                    "name": f"Tambahan {i}",
                    "company_id": self.company.id,
                    "department_id": self.dept.id,
                    "jenis_jabatan": "pelaksana",
                }
                for i in range(20)
            ]
        )
        after = self.count_queries(lambda: self.beranda(self.user_admin))
        self.assertLessEqual(after, before + 2, (before, after))
