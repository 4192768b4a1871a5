"""Tunjangan kinerja / TPP (issue 13): each style of rule with numbers worked by hand,
the issue's Rp 4,371,943 example, a month computed from a real final evaluation,
verify and lock, what nobody may do, and the correction after an objection."""

import datetime
import logging

from odoo.exceptions import AccessError, UserError, ValidationError

from ..models import tunjangan_rumus
from .test_penilaian import OCT, PenilaianCase

NOV = datetime.date(2026, 11, 1)
_logger = logging.getLogger(__name__)


def skema_dict(**vals):
    return {
        "gaya": "persen_bagian",
        "bobot_kinerja": 60,
        "dasar_potongan": "seluruh",
        "batas_potongan": 100,
        "pembulatan": 1,
        "potongan_tanpa_realisasi": 35,
        **vals,
    }


class TestRumus(PenilaianCase):
    """The arithmetic, by hand (regulation-research §11)."""

    # 2 × TL1 (0.5 %) + 1 × TL3 (1.25 %) + 1 absent day (5 %) = 7.25 %
    CUTS = [0.5, 0.5, 1.25, 5]

    def test_worked_example_cuts_on_the_whole_amount(self):
        # 4,371,943 × 60 % = 2,623,165.8 → 2,623,166
        # 4,371,943 × 40 % = 1,748,777.2; − 7.25 % × 4,371,943 (316,966.17) = 1,431,811.03
        result = tunjangan_rumus.hitung(skema_dict(), 4371943, 100, False, self.CUTS)
        self.assertEqual(result["jumlah_kinerja"], 2623166)
        self.assertEqual(result["jumlah_disiplin"], 1431811)
        self.assertEqual(result["jumlah"], 4054977)

    def test_worked_example_cuts_on_the_discipline_part(self):
        # − 7.25 % × 1,748,777.2 (126,786.35) = 1,621,990.85 → 1,621,991
        result = tunjangan_rumus.hitung(
            skema_dict(dasar_potongan="disiplin"), 4371943, 100, False, self.CUTS
        )
        self.assertEqual(result["jumlah_disiplin"], 1621991)
        self.assertEqual(result["jumlah"], 4245157)

    def test_share_of_the_performance_part(self):
        # butuh perbaikan 90 % of 3,000,000 = 2,700,000, + 2,000,000
        result = tunjangan_rumus.hitung(skema_dict(), 5000000, 90, False, [])
        self.assertEqual((result["jumlah_kinerja"], result["jumlah"]), (2700000, 4700000))
        self.assertEqual(result["persen_kinerja"], 90)

    def test_flat_cut(self):
        # Bakamla style: kurang −1 % of the whole 5,000,000 = −50,000 from the kinerja part
        result = tunjangan_rumus.hitung(skema_dict(gaya="potongan_tetap"), 5000000, 1, False, [])
        self.assertEqual((result["jumlah_kinerja"], result["jumlah"]), (2950000, 4950000))

    def test_rate_for_the_following_year(self):
        # LHK style: last year's kurang → 85 % of the pagu, split 60/40
        result = tunjangan_rumus.hitung(
            skema_dict(gaya="tarif_tahun_depan"), 5000000, 85, False, []
        )
        self.assertEqual(result["pagu_dasar"], 4250000)
        self.assertEqual((result["jumlah_kinerja"], result["jumlah_disiplin"]), (2550000, 1700000))

    def test_no_realisation_penalty_never_adds_to_the_predikat(self):
        # 35 %: 3,000,000 × 65 % = 1,950,000; with a predikat share of 90 % still 65 %
        self.assertEqual(
            tunjangan_rumus.hitung(skema_dict(), 5000000, None, True, [])["jumlah_kinerja"],
            1950000,
        )
        self.assertEqual(
            tunjangan_rumus.hitung(skema_dict(), 5000000, 90, True, [])["jumlah_kinerja"], 1950000
        )
        # a harsher predikat wins: 50 % < 65 %
        self.assertEqual(
            tunjangan_rumus.hitung(skema_dict(), 5000000, 50, True, [])["jumlah_kinerja"], 1500000
        )

    def test_cap_and_base(self):
        month_absent = [5] * 25  # 125 %, capped at 100 %
        whole = tunjangan_rumus.hitung(skema_dict(), 5000000, 100, False, month_absent)
        self.assertEqual(whole["potongan_persen"], 100)
        self.assertEqual(whole["jumlah"], 0, "100 % of the whole amount takes the whole amount")
        part = tunjangan_rumus.hitung(
            skema_dict(dasar_potongan="disiplin"), 5000000, 100, False, month_absent
        )
        self.assertEqual((part["jumlah_kinerja"], part["jumlah_disiplin"]), (3000000, 0))
        capped = tunjangan_rumus.hitung(skema_dict(batas_potongan=10), 5000000, 100, False, [5] * 3)
        self.assertEqual(capped["potongan_persen"], 10)

    def test_rounding(self):
        result = tunjangan_rumus.hitung(skema_dict(pembulatan=1000), 4371943, 100, False, self.CUTS)
        self.assertEqual((result["jumlah_kinerja"], result["jumlah_disiplin"]), (2623000, 1432000))


class TunjanganCase(PenilaianCase):
    """October 2026: the staf reported, was rated "dibawah"/"sesuai" (butuh perbaikan)."""

    def setUp(self):
        super().setUp()
        realisasi = self.realisasi_staf(*OCT, "Modul perizinan selesai")
        realisasi.with_user(self.user_pegawai).action_laporkan()
        self.capaian("baik", user=self.user_admin)
        generated = self.generate()
        self.team = generated.filtered(lambda e: e.penilai_id == self.kabid)
        self.rate(self.team, "sesuai", "sesuai")
        self.staf_ev = self.team.filtered(lambda e: e.employee_id == self.staf)
        self.rate(self.staf_ev, "dibawah", "sesuai")
        self.team.unit_id.with_user(self.user_penilai).action_finalkan(justifikasi="Uji")
        self.staf.sudo().kelas_jabatan = 8
        self.skema = (
            self.env["hr.kinerja.tunjangan.skema"]
            .with_user(self.user_admin)
            .create(
                {
                    "name": "Perbup Uji TPP",
                    "company_id": self.company.id,
                    "date_start": datetime.date(2026, 1, 1),
                    "pagu_ids": [
                        (0, 0, {"name": "TPP", "kelas_jabatan": 8, "jumlah": 4371943}),
                    ],
                }
            )
        )
        self.Tunjangan = self.env["hr.kinerja.tunjangan"]

    def hitung(self, month=OCT[0], user=None):
        return self.Tunjangan.with_user(user or self.user_admin)._kinerja_hitung(
            self.company, month
        )

    def staf_month(self, month=OCT[0]):
        return self.Tunjangan.sudo().search(
            [("employee_id", "=", self.staf.id), ("date_start", "=", month)]
        )


class TestTunjangan(TunjanganCase):
    def test_new_scheme_starts_from_decision_6(self):
        table = {line.predikat: line.nilai for line in self.skema.predikat_ids}
        self.assertEqual(
            table,
            {
                "sangat_baik": 100,
                "baik": 100,
                "butuh_perbaikan": 90,
                "kurang": 85,
                "sangat_kurang": 80,
            },
        )
        self.assertEqual(self.skema.potongan_ids.filtered(lambda p: p.kode == "TL3").persen, 1.25)
        self.assertFalse(self.skema.potong_kehadiran, "attendance counts once the agency says so")
        self.assertEqual((self.skema.bobot_kinerja, self.skema.bobot_disiplin), (60, 40))

    def test_month_from_the_real_evaluation(self):
        records = self.hitung()
        rec = self.staf_month()
        self.assertIn(rec, records)
        self.assertEqual(rec.evaluasi_id, self.staf_ev)
        self.assertEqual(rec.predikat, "butuh_perbaikan")
        self.assertFalse(rec.tanpa_realisasi)
        # 2,623,165.8 × 90 % = 2,360,849.22 → 2,360,849; + 1,748,777
        self.assertEqual((rec.jumlah_kinerja, rec.jumlah_disiplin), (2360849, 1748777))
        self.assertEqual(rec.jumlah, 4109626)
        self.assertEqual(rec.skema_id, self.skema)
        self.assertIn("Needs Improvement", rec.penjelasan)
        self.assertIn("90 % of the performance part 60 %", rec.penjelasan)
        self.assertFalse(rec.masalah)
        # employees without a job class are not paid from this scheme
        self.assertEqual(records.employee_id, self.staf)

    def test_discipline_occurrences_are_priced_by_the_scheme(self):
        """What the attendance bridge reports (2 × TL1, TL3, one absent day) priced by the
        scheme's bands: the issue's example, through the record."""
        kejadian = [
            {"jenis": "terlambat", "tanggal": datetime.date(2026, 10, 5), "menit": 12},
            {"jenis": "terlambat", "tanggal": datetime.date(2026, 10, 7), "menit": 30},
            {"jenis": "terlambat", "tanggal": datetime.date(2026, 10, 9), "menit": 75},
            {"jenis": "tanpa_keterangan", "tanggal": datetime.date(2026, 10, 13), "menit": None},
            {"jenis": "pulang_cepat", "tanggal": datetime.date(2026, 10, 14), "menit": 0},
        ]
        self.rate_again_baik()
        self.skema.with_user(self.user_admin).potong_kehadiran = True
        values = self.nilai_oktober(kejadian)
        self.assertEqual(values["jumlah"], 4054977)
        self.assertEqual(values["potongan_persen"], 7.25)
        lines = [cmd[2] for cmd in values["baris_ids"]]
        tl1 = next(line for line in lines if line["kode"] == "TL1")
        self.assertEqual((tl1["jumlah_kejadian"], tl1["persen"]), (2, -1.0))
        self.assertIn("2× late arrival 1–30 minutes (TL1): −1 %", values["penjelasan"])
        self.assertIn("(TK): −5 %", values["penjelasan"])
        self.assertNotIn("PSW", values["penjelasan"], "0 minutes falls in no band")
        self.skema.with_user(self.user_admin).dasar_potongan = "disiplin"
        values = self.nilai_oktober(kejadian)
        self.assertEqual(values["jumlah"], 4245157)

    def nilai_oktober(self, kejadian):
        """The staf's October values as the batch computes them, with ``kejadian``."""
        return self.Tunjangan._kinerja_nilai(
            self.skema,
            self.staf,
            OCT[0],
            OCT[1],
            self.skema._pagu_per_kelas(),
            self.skema._nilai_predikat(),
            self.staf_ev,
            True,
            {"sumber": "Kehadiran Oktober", "kejadian": kejadian},
            self.env["hr.kinerja.tunjangan.koreksi"],
        )

    def rate_again_baik(self):
        self.staf_ev.sudo()._kinerja_transisi().write(
            {"rating_hasil_kerja": "sesuai", "rating_perilaku": "sesuai"}
        )
        self.assertEqual(self.staf_ev.predikat, "baik")

    def test_the_explanation_is_in_the_pegawai_language(self):
        self.bahasa_indonesia()
        self.user_pegawai.lang = "id_ID"
        self.hitung()
        text = self.staf_month().penjelasan
        self.assertIn("Oktober 2026", text)
        self.assertIn("Butuh Perbaikan", text)
        self.assertIn("Rp 4.109.626", text)

    def test_verify_and_lock(self):
        self.hitung()
        rec = self.staf_month().with_user(self.user_admin)
        rec.action_verifikasi()
        self.assertEqual(rec.state, "diverifikasi")
        with self.assertRaisesMsg(UserError, "is Verified"):
            rec.action_hitung_ulang()
        rec.action_kembalikan()
        rec.action_verifikasi()
        rec.action_kunci()
        self.assertEqual((rec.state, rec.dikunci_oleh_id), ("dikunci", self.user_admin))
        told = self.env["mail.notification"].search(
            [
                ("res_partner_id", "=", self.user_pegawai.partner_id.id),
                ("mail_message_id.model", "=", rec._name),
                ("mail_message_id.res_id", "=", rec.id),
            ]
        )
        self.assertRegex(told.mail_message_id.body, r"Rp 4[.,]109[.,]626")
        before = rec.jumlah
        self.rate_again_baik()
        self.hitung()
        self.assertEqual(rec.jumlah, before, "a locked month is never computed again")
        with self.assertRaisesMsg(UserError, "cannot be deleted"):
            rec.unlink()
        with self.assertRaisesMsg(UserError, "can no longer change"):
            self.skema.with_user(self.user_admin).bobot_kinerja = 70
        with self.assertRaisesMsg(UserError, "can no longer change"):
            self.skema.pagu_ids.with_user(self.user_admin).jumlah = 1

    def test_an_evaluation_not_final_holds_the_month(self):
        november = (NOV, datetime.date(2026, 11, 30))
        realisasi = self.realisasi_staf(*november, "Laporan November")
        realisasi.with_user(self.user_pegawai).action_laporkan()
        self.generate(november)
        self.hitung(NOV)
        rec = self.staf_month(NOV).with_user(self.user_admin)
        self.assertIn("not final yet", rec.masalah)
        self.assertFalse(rec.can_verifikasi)
        with self.assertRaisesMsg(UserError, "cannot be verified yet"):
            rec.action_verifikasi()

    def test_no_scheme_is_a_clear_error(self):
        with self.assertRaisesMsg(UserError, "has no allowance scheme in force"):
            self.hitung(datetime.date(2025, 12, 1))

    def test_may_not(self):
        self.hitung()
        rec = self.staf_month()
        # nobody types a figure, not even the HR office
        for user in (self.user_admin, self.user_pegawai):
            with self.assertRaises(UserError):
                rec.with_user(user).write({"jumlah": 9999999})
            with self.assertRaises(UserError):
                self.Tunjangan.with_user(user).create(
                    {
                        "employee_id": self.staf.id,
                        "company_id": self.company.id,
                        "date_start": NOV,
                        "date_end": datetime.date(2026, 11, 30),
                        "jumlah": 1,
                    }
                )
            with self.assertRaises(UserError):
                rec.baris_ids[:1].with_user(user).write({"nominal": 1})
        # the pegawai reads their own, nobody else's, and acts on nothing
        self.assertEqual(rec.with_user(self.user_pegawai).jumlah, 4109626)
        self.assertEqual(
            self.Tunjangan.with_user(self.user_penilai).search([]),
            self.Tunjangan,
            "the PPK does not read their team's pay",
        )
        for action in ("action_verifikasi", "action_kunci", "action_hitung_ulang"):
            with self.assertRaises(UserError):
                getattr(rec.with_user(self.user_pegawai), action)()
        with self.assertRaises(UserError):
            self.hitung(user=self.user_pegawai)
        with self.assertRaises(AccessError):
            self.skema.with_user(self.user_pegawai).write({"bobot_kinerja": 100})
        # another agency's HR office sees nothing
        lain = self.new_hr_lain("uji_hr_lain_tpp")
        self.assertFalse(self.Tunjangan.with_user(lain).search([]))
        with self.assertRaises(UserError):
            self.Tunjangan.with_user(lain)._kinerja_hitung(self.company, OCT[0])

    def test_scheme_rules(self):
        Skema = self.env["hr.kinerja.tunjangan.skema"].with_user(self.user_admin)
        with self.assertRaisesMsg(ValidationError, "between 0 and 100"):
            Skema.create({"name": "X", "date_start": NOV, "bobot_kinerja": 120})
        with self.assertRaisesMsg(ValidationError, "overlap"):
            self.skema.write(
                {
                    "potongan_ids": [
                        (0, 0, {"jenis": "terlambat", "kode": "TLX", "menit_dari": 20, "persen": 1})
                    ]
                }
            )
        # the scheme in force is the latest that started
        newer = Skema.create(
            {"name": "Perbup 2026-11", "company_id": self.company.id, "date_start": NOV}
        )
        self.assertEqual(Skema._berlaku(self.company, OCT[0]), self.skema)
        self.assertEqual(Skema._berlaku(self.company, NOV), newer)


class TestKoreksiSetelahKeberatan(TunjanganCase):
    def keberatan_diterima(self):
        """The staf objects, the atasan accepts: Butuh Perbaikan becomes Baik."""
        objection = (
            self.env["hr.kinerja.keberatan"]
            .with_user(self.user_pegawai)
            .create({"evaluasi_id": self.staf_ev.id, "alasan": "Realisasi melampaui target."})
        )
        objection.action_ajukan()
        objection.with_user(self.user_atasan).write(
            {
                "keputusan": "diterima",
                "rating_hasil_kerja_baru": "sesuai",
                "rating_perilaku_baru": "sesuai",
                "alasan_keputusan": "Bukti dukung lengkap.",
                "justifikasi": "Keberatan diterima.",
            }
        )
        objection.with_user(self.user_atasan).action_putuskan()
        return objection

    def test_accepted_objection_corrects_the_next_month(self):
        self.hitung()
        october = self.staf_month().with_user(self.user_admin)
        october.action_verifikasi()
        october.action_kunci()
        self.assertEqual(october.jumlah, 4109626)
        objection = self.keberatan_diterima()
        self.assertEqual(self.staf_ev.predikat, "baik")
        # the locked month is untouched; the difference waits for the next month
        self.assertEqual((october.state, october.jumlah), ("dikunci", 4109626))
        koreksi = (
            self.env["hr.kinerja.tunjangan.koreksi"]
            .sudo()
            .search([("tunjangan_asal_id", "=", october.id)])
        )
        # 100 % instead of 90 % of 2,623,165.8: 2,623,166 − 2,360,849 = 262,317
        self.assertEqual(koreksi.selisih, 262317)
        self.assertEqual(koreksi.keberatan_id, objection)
        self.assertFalse(koreksi.tunjangan_id)
        self.assertEqual(koreksi.with_user(self.user_pegawai).selisih, 262317)
        self.hitung(NOV)
        november = self.staf_month(NOV)
        self.assertEqual(koreksi.tunjangan_id, november)
        self.assertEqual(november.koreksi, 262317)
        self.assertIn("Correction of Oktober 2026 after the objection", november.penjelasan)
        self.assertEqual(
            november.jumlah_kinerja - november.koreksi + november.jumlah_disiplin,
            november.jumlah - 262317,
        )
        # computing November again does not pay it twice
        november.with_user(self.user_admin).action_hitung_ulang()
        self.assertEqual(november.koreksi, 262317)
        self.assertEqual(len(koreksi), 1)

    def test_a_month_not_locked_is_simply_computed_again(self):
        self.hitung()
        october = self.staf_month()
        october.with_user(self.user_admin).action_verifikasi()
        self.keberatan_diterima()
        self.assertEqual((october.state, october.predikat), ("draft", "baik"))
        self.assertEqual(october.jumlah, 4371943)
        self.assertFalse(self.env["hr.kinerja.tunjangan.koreksi"].sudo().search([]))


class TestTunjanganBatch(TunjanganCase):
    def add_employees(self, count, start):
        return (
            self.env["hr.employee"]
            .sudo()
            .create(
                [
                    {
                        "name": f"Pegawai Batch {start + i}",
                        "company_id": self.company.id,
                        "kelas_jabatan": 8,
                    }
                    for i in range(count)
                ]
            )
        )

    def test_queries_do_not_grow_with_the_employees(self):
        """A month for 4 and for 16 employees costs the same queries (the batch reads
        evaluations, realisations, attendance and corrections once each)."""
        self.add_employees(3, 0)
        self.hitung().with_user(self.user_admin).unlink()  # warm-up: one-time lookups
        small = self.count_queries(self.hitung)
        self.hitung().with_user(self.user_admin).unlink()
        self.add_employees(12, 3)
        large = self.count_queries(self.hitung)
        self.assertEqual(len(self.hitung()), 16)
        self.assertEqual(small, large, f"4 employees: {small} queries, 16: {large}")
        _logger.info("allowance month: %s queries for 4 employees and for 16", small)


class TestTunjanganXlsx(TunjanganCase):
    def test_the_month_list_for_the_treasurer(self):
        """The HR office's spreadsheet of the month: the staf's row and the total; a
        pegawai cannot print it."""
        import io

        import openpyxl

        self.env["hr.employee"].sudo().create(
            {"name": "Pegawai Lain", "company_id": self.company.id, "kelas_jabatan": 8}
        )
        records = self.hitung()
        Report = self.env["ir.actions.report"]
        content, kind = Report.with_user(self.user_admin)._render_xlsx(
            "hr_kinerja_asn.rekap_tunjangan_xlsx", records.ids, data=None
        )
        self.assertEqual(kind, "xlsx")
        sheet = openpyxl.load_workbook(io.BytesIO(content)).active
        rows = [[c.value for c in row] for row in sheet.iter_rows()]
        staf = next(r for r in rows if r[2] == self.staf.name)
        self.assertEqual((staf[4], staf[6], staf[12]), (8, 4371943, 4109626))
        # the other reported nothing: 2,623,165.8 × 65 % → 1,705,058 + 1,748,777 = 3,453,835
        self.assertEqual(rows[-1][12], 4109626 + 3453835)
        with self.assertRaises(UserError):
            Report.with_user(self.user_pegawai)._render_xlsx(
                "hr_kinerja_asn.rekap_tunjangan_xlsx", records.ids, data=None
            )
