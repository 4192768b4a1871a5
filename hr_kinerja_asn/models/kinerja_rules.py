"""The regulation's pure rules, readable against the text in one place.

Nothing here touches the ORM: models call these functions, and the tests check
them directly against the product decisions (``docs/decisions.md``) without any setup.

* NIP structure (spec decision 9; Perka BKN 22/2007 for PNS, NI PPPK for PPPK)
* which jabatan may be a Pejabat Penilai Kinerja (spec decision 8)
* angka kredit of a jabatan fungsional (spec decision 5)
"""

import datetime
import math
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

#: jenis_jabatan keys that may be derived as someone's Pejabat Penilai Kinerja:
#: pengawas or higher, or a pejabat negara (Kepala Daerah / Menteri).
#: A fungsional or pelaksana is never derived, even with subordinates.
JABATAN_PENILAI = frozenset(
    {"jpt_utama", "jpt_madya", "jpt_pratama", "administrator", "pengawas", "pejabat_negara"}
)

#: jenis_jabatan keys whose SKP uses the JPT layout (perspektif, no intervened RHK)
JABATAN_JPT = frozenset({"jpt_utama", "jpt_madya", "jpt_pratama"})

#: minimum age, in years, at TMT CPNS or PPPK appointment
USIA_MINIMUM = 18


class NipError(ValueError):
    """A NIP broke one rule.

    ``code`` names the rule (``length``, ``digits``, ``birth_date``,
    ``pppk_round``, ``pppk_age``, ``tmt_month``, ``tmt_age``, ``gender``);
    ``params`` fill the user's message, which the model translates.
    """

    def __init__(self, code, **params):
        super().__init__(code, params)
        self.code = code
        self.params = params


@dataclass(frozen=True)
class NipInfo:
    """What an 18-digit NIP says about its holder."""

    nip: str
    asn_type: str  # 'pns' | 'pppk'
    birthday: datetime.date
    gender: str  # 'male' | 'female'
    tmt_year: int
    tmt_month: int | None  # PNS only: month of TMT CPNS
    pppk_round: int | None  # PPPK only: appointment round 1-9


def normalize_nip(value):
    """Strip the spaces and dots users type between NIP groups."""
    if not value:
        return value
    return "".join(ch for ch in value if ch not in " .-\u00a0\t")


def parse_nip(value):
    """Parse and validate a NIP, returning a :class:`NipInfo`.

    Raises :class:`NipError` for the first rule broken:

    * exactly 18 digits
    * digits 1-8: a real birth date YYYYMMDD
    * digit 13 = 2: PPPK -> digits 9-12 appointment year (>= 18 years after
      birth), digit 14 the appointment round 1-9
    * otherwise PNS -> digits 9-14 TMT CPNS YYYYMM, a real month at least
      18 years after the birth month
    * digit 15: gender, 1 (male) or 2 (female)
    """
    nip = normalize_nip(value or "")
    if not nip.isdigit():
        raise NipError("digits", nip=value or "")
    if len(nip) != 18:
        raise NipError("length", nip=nip, count=len(nip))
    try:
        birthday = datetime.date(int(nip[0:4]), int(nip[4:6]), int(nip[6:8]))
    except ValueError:
        raise NipError("birth_date", nip=nip, part=nip[0:8]) from None
    if nip[12] == "2":
        asn_type = "pppk"
        tmt_year, tmt_month, pppk_round = int(nip[8:12]), None, int(nip[13])
        if pppk_round == 0:
            raise NipError("pppk_round", nip=nip)
        if tmt_year < birthday.year + USIA_MINIMUM:
            raise NipError("pppk_age", nip=nip, year=tmt_year, age=USIA_MINIMUM)
    else:
        asn_type = "pns"
        tmt_year, tmt_month, pppk_round = int(nip[8:12]), int(nip[12:14]), None
        if not 1 <= tmt_month <= 12:
            raise NipError("tmt_month", nip=nip, part=nip[8:14])
        if (tmt_year, tmt_month) < (birthday.year + USIA_MINIMUM, birthday.month):
            raise NipError("tmt_age", nip=nip, part=nip[8:14], age=USIA_MINIMUM)
    if nip[14] not in "12":
        raise NipError("gender", nip=nip)
    return NipInfo(
        nip=nip,
        asn_type=asn_type,
        birthday=birthday,
        gender="male" if nip[14] == "1" else "female",
        tmt_year=tmt_year,
        tmt_month=tmt_month,
        pppk_round=pppk_round,
    )


def is_jabatan_penilai(jenis_jabatan):
    """True when this jenis_jabatan may be derived as a Pejabat Penilai Kinerja."""
    return jenis_jabatan in JABATAN_PENILAI


def is_jabatan_jpt(jenis_jabatan):
    """True when this jenis_jabatan writes a JPT SKP (spec, regulation-research 1.4)."""
    return jenis_jabatan in JABATAN_JPT


#: Indonesian month names, for period labels on documents and screens
BULAN = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)


def evaluation_periods(year, frekuensi):
    """The instansi's periodic evaluation periods of a year (Permen 6/2022: monthly or
    quarterly, the instansi chooses), as ``(date_start, date_end, label)``."""
    months = 1 if frekuensi == "bulanan" else 3
    periods = []
    for first in range(1, 13, months):
        last = first + months - 1
        end = datetime.date(year, last + 1, 1) if last < 12 else datetime.date(year + 1, 1, 1)
        end -= datetime.timedelta(days=1)
        label = (
            f"{BULAN[first - 1]} {year}"
            if months == 1
            else f"Triwulan {('I', 'II', 'III', 'IV')[first // 3]} {year}"
        )
        periods.append((datetime.date(year, first, 1), end, label))
    return periods


def period_of(date, frekuensi):
    """The evaluation period containing ``date``."""
    for start, end, label in evaluation_periods(date.year, frekuensi):
        if start <= date <= end:
            return start, end, label
    raise ValueError(date)


def deadline_after(period_end, day):
    """Day ``day`` of the month following a period (D1/D2/D3 of spec decision 7)."""
    first = period_end + datetime.timedelta(days=1)
    return first.replace(day=min(day, 28))


# ----------------------------------------------------------------------
# Penilaian: the kuadran and the distribution pattern (spec decisions 1-2)
# ----------------------------------------------------------------------

#: rows = rating hasil kerja, columns = rating perilaku (contract.md, "Kuadran")
KUADRAN = {
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
PREDIKAT_KEYS = ("sangat_baik", "baik", "butuh_perbaikan", "kurang", "sangat_kurang")

#: default mapping of a unit's capaian organisasi to its head's rating hasil kerja
CAPAIAN_TO_RATING = {
    "istimewa": "diatas",
    "baik": "sesuai",
    "butuh_perbaikan": "dibawah",
    "kurang": "dibawah",
    "sangat_kurang": "dibawah",
}

#: the minimum unit size for minimums and "terbanyak" (maximums always apply)
MIN_UNIT_FOR_MINIMUMS = 3


def predikat_kuadran(rating_hasil_kerja, rating_perilaku):
    """The predikat of the kuadran, or False while a rating is missing."""
    return KUADRAN.get((rating_hasil_kerja, rating_perilaku), False)


def rule_threshold(jenis, nilai, n):
    """How many pegawai a rule allows (max) or requires (min) in a unit of ``n``.

    ``max_persen`` p: floor(p*n/100), at least 1 when p > 0; ``min_persen`` p:
    ceil(p*n/100); ``min_orang`` k: k; ``terbanyak``: None (a comparison).
    Exact arithmetic (fractions), so 70 % of 10 is 7, never 6.999.
    """
    share = Fraction(str(nilai)) * n / 100
    if jenis == "max_persen":
        allowed = math.floor(share)
        return max(allowed, 1) if nilai > 0 else 0
    if jenis == "min_persen":
        return math.ceil(share)
    if jenis == "min_orang":
        return int(nilai)
    return None


def check_distribution(rules, counts):
    """Check a unit's predikat counts against a pattern's rules.

    ``rules``: iterable of (predikat_keys, jenis, nilai); ``counts``: {predikat: n}.
    Returns one dict per rule: keys, jenis, nilai, given, threshold, applies, ok.
    """
    n = sum(counts.get(key, 0) for key in PREDIKAT_KEYS)
    results = []
    for rule_keys, jenis, nilai in rules:
        keys = tuple(rule_keys)
        given = sum(counts.get(key, 0) for key in keys)
        threshold = rule_threshold(jenis, nilai, n)
        applies = jenis == "max_persen" or n >= MIN_UNIT_FOR_MINIMUMS
        if not applies:
            ok = True
        elif jenis == "max_persen":
            ok = given <= threshold
        elif jenis in ("min_persen", "min_orang"):
            ok = given >= threshold
        else:  # terbanyak: the set outnumbers (or ties) every other single predikat
            others = [counts.get(key, 0) for key in PREDIKAT_KEYS if key not in keys]
            ok = all(given >= other for other in others)
        results.append(
            {
                "keys": keys,
                "jenis": jenis,
                "nilai": nilai,
                "given": given,
                "threshold": threshold,
                "applies": applies,
                "ok": ok,
            }
        )
    return results


# ----------------------------------------------------------------------
# Angka kredit of a jabatan fungsional (spec decision 5; PermenPANRB 1/2023,
# Peraturan BKN 3/2023)
# ----------------------------------------------------------------------

#: share of the yearly koefisien a predikat earns, in percent (Peraturan BKN 3/2023:
#: national, the same for every instansi; the koefisien per jenjang is data)
PERSEN_ANGKA_KREDIT = {
    "sangat_baik": 150,
    "baik": 100,
    "butuh_perbaikan": 75,
    "kurang": 50,
    "sangat_kurang": 25,
}

#: the yearly koefisien per jenjang as the national data file ships them
KOEFISIEN_NASIONAL = {
    "pemula": 3.75,
    "terampil": 5,
    "mahir": 12.5,
    "penyelia": 25,
    "ahli_pertama": 12.5,
    "ahli_muda": 25,
    "ahli_madya": 37.5,
    "ahli_utama": 50,
}

#: an average month in days (a year of 365.25 days / 12), to count a period in months
_HARI_SEBULAN = Fraction(1461, 48)


def _dua_desimal(value):
    """Round half up to two decimals, as the BKN example does (2.0833 -> 2.08)."""
    if isinstance(value, Fraction):
        exact = Decimal(value.numerator) / Decimal(value.denominator)
    else:
        exact = Decimal(str(value))
    return float(exact.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def angka_kredit(koefisien, predikat, bulan):
    """Angka kredit = % predikat x yearly koefisien x months / 12, rounded to two
    decimals (half up). 0 without a predikat, a koefisien or months.

    >>> angka_kredit(12.5, "sangat_baik", 12), angka_kredit(12.5, "baik", 2)
    (18.75, 2.08)
    """
    persen = PERSEN_ANGKA_KREDIT.get(predikat)
    if not persen or not koefisien or not bulan:
        return 0.0
    exact = Fraction(persen, 100) * Fraction(str(koefisien)) * Fraction(int(bulan), 12)
    return _dua_desimal(exact)


def bulan_dalam_rentang(date_start, date_end):
    """The months a period covers: its days over an average month, rounded half up.

    A calendar month is 1 (28 to 31 days), a quarter 3, a year 12; a month split by a
    mutasi between two SKPs counts once, for the segment with most of its days.
    """
    if not date_start or not date_end or date_end < date_start:
        return 0
    days = (date_end - date_start).days + 1
    return math.floor(Fraction(days) / _HARI_SEBULAN + Fraction(1, 2))


def angka_kredit_tahunan(per_jenis):
    """One year's angka kredit from its final evaluations, never counted twice.

    ``per_jenis``: {"periodik": (total, months), "tahunan": (total, months)}, each
    the sum over that kind's final evaluations of the year (either may be missing).
    The periodic evaluations count when there are any (the instansi's cycle covers
    the year month by month or quarter by quarter); the annual ones only when no
    periodic one is final. Returns (basis, total, months), or None for no evaluation.
    """
    for jenis in ("periodik", "tahunan"):
        if jenis in per_jenis:
            total, bulan = per_jenis[jenis]
            return jenis, _dua_desimal(Fraction(str(total))), int(bulan)
    return None


# ----------------------------------------------------------------------------
# Pemeringkatan and the talent nine-box (issue 12 items 2 and 5, docs/decisions.md 13-14)

#: predikat from best to worst: the first key of every ranking (decision 13)
URUTAN_PREDIKAT = ("sangat_baik", "baik", "butuh_perbaikan", "kurang", "sangat_kurang")
#: rating from best to worst: rating hasil kerja and rating perilaku as tie-breakers
URUTAN_RATING = ("diatas", "sesuai", "dibawah")
#: the tie-breakers an agency orders, and the default order when it has configured none
KRITERIA_PERINGKAT = ("hasil_kerja", "perilaku", "tepat_waktu", "pembinaan")

#: the kinerja axis of the nine-box from the predikat (decision 14): only sangat baik
#: is above expectations, baik is as expected, the three others below
SUMBU_KINERJA = {
    "sangat_baik": "tinggi",
    "baik": "menengah",
    "butuh_perbaikan": "rendah",
    "kurang": "rendah",
    "sangat_kurang": "rendah",
}
#: (kinerja, potensi) -> box 1..9, the numbering of the talent nine-box used by
#: BKN/KemenPANRB manajemen talenta (1 lowest, 9 highest; performance weighs more
#: than potential in the middle boxes: 3 = kinerja sesuai + potensial rendah)
KOTAK_TALENTA = {
    ("rendah", "rendah"): 1,
    ("rendah", "menengah"): 2,
    ("menengah", "rendah"): 3,
    ("rendah", "tinggi"): 4,
    ("menengah", "menengah"): 5,
    ("tinggi", "rendah"): 6,
    ("menengah", "tinggi"): 7,
    ("tinggi", "menengah"): 8,
    ("tinggi", "tinggi"): 9,
}


def nilai_urutan(key, urutan):
    """A key's value for sorting, higher is better: len(urutan) for the best, 1 for
    the worst, 0 for an empty or unknown key."""
    return len(urutan) - urutan.index(key) if key in urutan else 0


def kotak_talenta(predikat, potensi):
    """The nine-box of a predikat and a potential (``rendah``/``menengah``/``tinggi``);
    None while the potential is not assessed."""
    kinerja = SUMBU_KINERJA.get(predikat)
    return KOTAK_TALENTA.get((kinerja, potensi))
