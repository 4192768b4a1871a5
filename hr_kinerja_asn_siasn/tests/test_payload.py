"""The SIASN payloads against BKN's field lists and reference codes, without any
database setup (the pure builder of ``models/siasn_payload.py``), and the same rules
as the SIASN stand-in enforces them."""

import datetime
import itertools

from odoo.tests import BaseCase

from odoo.addons.hr_kinerja_asn.models.kinerja_rules import KUADRAN
from odoo.addons.hr_kinerja_asn_siasn.models import siasn_payload as p

from .siasn_server import validate

PPK = p.penilai(
    nama="Kabid",
    nip="198209152006042002",
    golongan="iii_d",
    jabatan="Kepala Bidang Uji",
    unor="Bidang Uji",
    non_asn=False,
)
BUPATI = p.penilai(
    nama="Bupati Uji",
    nip=False,
    golongan=False,
    jabatan="Bupati",
    unor="Pemerintah Kabupaten Uji",
    non_asn=True,
)


def skp22(predikat="baik", hasil="sesuai", perilaku="sesuai", ppk=PPK, **kw):
    return p.skp22(
        tahun=2026,
        predikat=predikat,
        rating_hasil=hasil,
        rating_perilaku=perilaku,
        ppk=ppk,
        pns_id="pns-staf",
        **kw,
    )


def periodik(start, end, frekuensi, **kw):
    return p.kinerjaperiodik(
        tahun=2026,
        date_start=start,
        date_end=end,
        frekuensi=frekuensi,
        predikat="baik",
        rating_hasil="sesuai",
        rating_perilaku="sesuai",
        ppk=PPK,
        pns_id="pns-staf",
        **kw,
    )


class TestPayload(BaseCase):
    def test_skp22_has_exactly_bkns_keys(self):
        payload = skp22()
        self.assertEqual(
            set(payload),
            {
                "hasilKinerjaNilai",
                "id",
                "kuadranKinerjaNilai",
                "path",
                "penilaiGolongan",
                "penilaiJabatan",
                "penilaiNama",
                "penilaiNipNrp",
                "penilaiUnorNama",
                "perilakuKerjaNilai",
                "pnsDinilaiOrang",
                "statusPenilai",
                "tahun",
            },
        )
        self.assertEqual(
            payload,
            {
                "id": None,
                "tahun": 2026,
                "hasilKinerjaNilai": 2,
                "perilakuKerjaNilai": 2,
                "kuadranKinerjaNilai": 2,
                "penilaiNama": "Kabid",
                "penilaiNipNrp": "198209152006042002",
                "penilaiGolongan": "34",
                "penilaiJabatan": "Kepala Bidang Uji",
                "penilaiUnorNama": "Bidang Uji",
                "statusPenilai": "ASN",
                "pnsDinilaiOrang": "pns-staf",
                "path": [],
            },
        )
        self.assertEqual(validate("skp22", payload, {}, {"pns-staf"}), [])

    def test_kinerjaperiodik_has_exactly_bkns_keys(self):
        payload = periodik(datetime.date(2026, 2, 1), datetime.date(2026, 2, 28), "bulanan")
        self.assertEqual(
            set(payload),
            {
                "bulanMulaiPenilaian",
                "bulanSelesaiPenilaian",
                "hasilKinerjaNilai",
                "id",
                "koefisienId",
                "kuadranKinerjaNilai",
                "path",
                "penilaiGolongan",
                "penilaiJabatanNama",
                "penilaiNama",
                "penilaiNipNrp",
                "penilaiUnorNama",
                "perilakuKerjaNilai",
                "periodikId",
                "pnsDinilaiId",
                "statusPenilai",
                "tahun",
                "tahunMulaiPenilaian",
                "tahunSelesaiPenilaian",
            },
        )
        self.assertEqual(payload["penilaiJabatanNama"], "Kepala Bidang Uji")
        self.assertNotIn("penilaiJabatan", payload)
        self.assertEqual(payload["pnsDinilaiId"], "pns-staf")
        self.assertEqual(validate("kinerjaperiodik", payload, {}, {"pns-staf"}), [])

    def test_codes_of_every_kuadran_cell(self):
        """All nine cells of the 3 x 3 table: hasil and perilaku codes 1 above, 2 as
        expected, 3 below; kuadran 1 sangat baik ... 5 sangat kurang, from the
        predikat, not max(hasil, perilaku)."""
        kuadran = {
            "sangat_baik": 1,
            "baik": 2,
            "butuh_perbaikan": 3,
            "kurang": 4,
            "sangat_kurang": 5,
        }
        rating = {"diatas": 1, "sesuai": 2, "dibawah": 3}
        for hasil, perilaku in itertools.product(rating, rating):
            predikat = KUADRAN[(hasil, perilaku)]
            payload = skp22(predikat, hasil, perilaku)
            self.assertEqual(payload["hasilKinerjaNilai"], rating[hasil])
            self.assertEqual(payload["perilakuKerjaNilai"], rating[perilaku])
            self.assertEqual(payload["kuadranKinerjaNilai"], kuadran[predikat], (hasil, perilaku))
        # the cell the max() helper gets wrong: above in results, below in behaviour
        wrong = skp22("kurang", "diatas", "dibawah")
        self.assertEqual(wrong["kuadranKinerjaNilai"], 4)
        self.assertNotEqual(wrong["kuadranKinerjaNilai"], max(1, 3))
        forged = dict(wrong, kuadranKinerjaNilai=3)
        self.assertIn(
            "kuadranKinerjaNilai does not follow the kuadran table",
            validate("skp22", forged, {}, {"pns-staf"}),
        )

    def test_monthly_and_quarterly(self):
        monthly = periodik(datetime.date(2026, 2, 1), datetime.date(2026, 2, 28), "bulanan")
        self.assertEqual(
            (
                monthly["periodikId"],
                monthly["bulanMulaiPenilaian"],
                monthly["bulanSelesaiPenilaian"],
                monthly["tahunMulaiPenilaian"],
                monthly["tahunSelesaiPenilaian"],
            ),
            ("1", 2, 2, 2026, 2026),
        )
        quarterly = periodik(datetime.date(2026, 4, 1), datetime.date(2026, 6, 30), "triwulanan")
        self.assertEqual(
            (
                quarterly["periodikId"],
                quarterly["bulanMulaiPenilaian"],
                quarterly["bulanSelesaiPenilaian"],
            ),
            ("2", 4, 6),
        )
        self.assertEqual(validate("kinerjaperiodik", quarterly, {}, {"pns-staf"}), [])
        with self.assertRaises(p.PayloadError) as ctx:
            periodik(datetime.date(2026, 4, 1), datetime.date(2026, 6, 30), False)
        self.assertEqual(ctx.exception.code, "periodik")

    def test_koefisien_of_a_jabatan_fungsional(self):
        start, end = datetime.date(2026, 2, 1), datetime.date(2026, 2, 28)
        self.assertEqual(periodik(start, end, "bulanan", jenjang="ahli_muda")["koefisienId"], "22")
        self.assertEqual(periodik(start, end, "bulanan", jenjang="terampil")["koefisienId"], "62")
        self.assertEqual(periodik(start, end, "bulanan")["koefisienId"], "")

    def test_ppk_who_is_a_pejabat_negara(self):
        """A bupati rating the sekda: no NIP, no golongan, statusPenilai NON ASN."""
        payload = skp22(ppk=BUPATI)
        self.assertEqual(payload["statusPenilai"], "NON ASN")
        self.assertEqual(payload["penilaiNipNrp"], "")
        self.assertEqual(payload["penilaiGolongan"], "")
        self.assertEqual(payload["penilaiNama"], "Bupati Uji")
        self.assertEqual(validate("skp22", payload, {}, {"pns-staf"}), [])
        # an ASN PPK without NIP cannot be sent as ASN either
        self.assertEqual(
            p.penilai("Tanpa NIP", False, "iii_a", "Kepala", "Unit", non_asn=False)[
                "statusPenilai"
            ],
            "NON ASN",
        )
        # the agency's own wording
        custom = p.penilai("Bupati", False, False, "Bupati", "Kab", True, "PNS", "NON PNS")
        self.assertEqual(custom["statusPenilai"], "NON PNS")

    def test_update_sends_the_id_bkn_returned(self):
        payload = skp22(siasn_id="skp22-0001")
        self.assertEqual(payload["id"], "skp22-0001")
        self.assertEqual(
            validate("skp22", payload, {}, {"pns-staf"}), ["id skp22-0001 tidak ditemukan"]
        )

    def test_missing_data_is_named(self):
        for kwargs, code in (
            ({"predikat": False}, "predikat"),
            ({"hasil": False}, "rating"),
        ):
            with self.assertRaises(p.PayloadError) as ctx:
                skp22(**kwargs)
            self.assertEqual(ctx.exception.code, code)
        with self.assertRaises(p.PayloadError) as ctx:
            p.skp22(
                tahun=2026,
                predikat="baik",
                rating_hasil="sesuai",
                rating_perilaku="sesuai",
                ppk=PPK,
                pns_id=False,
            )
        self.assertEqual(ctx.exception.code, "pns_id")

    def test_angkakredit(self):
        payload = p.angkakredit(
            date_start=datetime.date(2026, 1, 1),
            date_end=datetime.date(2026, 12, 31),
            kredit_utama=25.0,
            pns_id="pns-ketua",
            nomor_sk="800/12/BKPSDM/2027",
            tanggal_sk=datetime.date(2027, 1, 15),
            rw_jabatan_id="rw-jab-1",
        )
        self.assertEqual(set(payload), p.ANGKAKREDIT_KEYS)
        self.assertEqual(payload["kreditBaruTotal"], "25")
        self.assertEqual(payload["tanggalSk"], "15-01-2027")
        self.assertEqual(payload["bulanMulaiPenailan"], "1")
        with self.assertRaises(p.PayloadError):
            p.angkakredit(
                date_start=datetime.date(2026, 1, 1),
                date_end=datetime.date(2026, 12, 31),
                kredit_utama=25.0,
                pns_id="pns-ketua",
                nomor_sk=False,
                tanggal_sk=False,
                rw_jabatan_id=False,
            )

    def test_answers(self):
        body = {"success": True, "mapData": {"rwKinerjaPeriodikId": "kp-9"}}
        self.assertEqual(p.id_tersimpan("kinerjaperiodik", body), "kp-9")
        self.assertEqual(p.id_tersimpan("skp22", {"success": True, "mapData": {"rwSkpId": 7}}), "7")
        self.assertIsNone(p.id_tersimpan("skp22", {"success": True, "mapData": "ok"}))
        self.assertTrue(p.berhasil(body))
        self.assertFalse(p.berhasil({"success": False, "message": "NIP tidak valid"}))
        self.assertFalse(p.berhasil({"code": 0, "message": "gagal"}))
