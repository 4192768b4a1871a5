"""The arithmetic of one month's tunjangan kinerja / TPP, in one place.

There is no national table (``../shared/spec/README.md`` decision 6;
``regulation-research.md`` §4.3 and §11): each instansi's Perpres/Permen or Perkada
sets the shape, and the shape common to the regulations read is::

    paid = pagu × (w_kinerja × kinerja% + w_disiplin × (100 % − Σ cuts%))

with three styles of turning the predikat into the kinerja part (share of the
kinerja part, a flat cut, or next year's rate), cuts per occurrence of lateness,
early leave and absence capped at a maximum, and regions that take the cuts from
the whole amount or from the disiplin part only. A late arrival is cut here, by
percentage, and nowhere else (the payroll bridge pays a fixed pagu, never worked
hours): the double cut other HR systems make is impossible by construction.

Pure functions on :class:`~decimal.Decimal`: no ORM, so the model, the correction
after an objection and the tests all go through the same lines.
"""

from decimal import ROUND_HALF_UP, Decimal

SERATUS = Decimal(100)


def desimal(value):
    """A float or int from the ORM as the exact decimal it was typed as."""
    return Decimal(str(value or 0))


def bulatkan(amount, unit):
    """Round half up to a multiple of ``unit`` rupiah (1, 100 or 1,000)."""
    unit = desimal(unit) or Decimal(1)
    return (amount / unit).quantize(Decimal(1), rounding=ROUND_HALF_UP) * unit


def bagian_kinerja(skema, bagian, pagu_dasar, nilai_predikat, tanpa_realisasi):
    """The kinerja part before rounding and its share in percent.

    ``skema``: dict with ``gaya`` and ``potongan_tanpa_realisasi``; ``nilai_predikat``:
    the scheme's value for the predikat (None when the table has no row)."""
    gaya = skema["gaya"]
    if gaya == "persen_bagian":
        share = SERATUS if nilai_predikat is None else desimal(nilai_predikat)
        amount = bagian * share / SERATUS
    elif gaya == "potongan_tetap":
        cut = Decimal(0) if nilai_predikat is None else desimal(nilai_predikat)
        amount = max(bagian - pagu_dasar * cut / SERATUS, Decimal(0))
    else:  # tarif_tahun_depan: the rate already shrank the pagu
        amount = bagian
    if tanpa_realisasi:
        # the "no monthly report" penalty (KLH 2025: 35 %), or the predikat's share
        # if that pays less: never both
        penalised = bagian * (SERATUS - desimal(skema["potongan_tanpa_realisasi"])) / SERATUS
        amount = min(amount, penalised)
    share = amount / bagian * SERATUS if bagian else Decimal(0)
    return amount, share


def hitung(skema, pagu, nilai_predikat, tanpa_realisasi, potongan, koreksi=0):
    """One month's amounts.

    ``skema``: dict ``gaya``, ``bobot_kinerja``, ``dasar_potongan`` (``seluruh`` or
    ``disiplin``), ``batas_potongan``, ``pembulatan``, ``potongan_tanpa_realisasi``.
    ``potongan``: the percentages of each occurrence of a discipline cut.
    ``koreksi``: rupiah carried from an earlier, locked month.
    Returns a dict of Decimals: ``pagu_dasar``, ``bagian_kinerja``,
    ``bagian_disiplin``, ``persen_kinerja``, ``potongan_persen``,
    ``potongan_nominal``, ``jumlah_kinerja``, ``jumlah_disiplin``, ``jumlah``.
    """
    pagu = desimal(pagu)
    if skema["gaya"] == "tarif_tahun_depan" and nilai_predikat is not None:
        pagu_dasar = pagu * desimal(nilai_predikat) / SERATUS
    else:
        pagu_dasar = pagu
    bobot = desimal(skema["bobot_kinerja"])
    bagian_k = pagu_dasar * bobot / SERATUS
    bagian_d = pagu_dasar - bagian_k
    kinerja, persen_kinerja = bagian_kinerja(
        skema, bagian_k, pagu_dasar, nilai_predikat, tanpa_realisasi
    )
    potongan_persen = min(
        sum((desimal(p) for p in potongan), Decimal(0)), desimal(skema["batas_potongan"])
    )
    dasar = pagu_dasar if skema["dasar_potongan"] == "seluruh" else bagian_d
    potongan_nominal = dasar * potongan_persen / SERATUS
    disiplin = bagian_d - potongan_nominal
    if disiplin < 0:
        # a cut on the whole amount larger than the disiplin part reaches the kinerja part
        kinerja = max(kinerja + disiplin, Decimal(0))
        disiplin = Decimal(0)
    unit = skema["pembulatan"]
    jumlah_kinerja = bulatkan(kinerja, unit) + desimal(koreksi)
    jumlah_disiplin = bulatkan(disiplin, unit)
    return {
        "pagu_dasar": pagu_dasar,
        "bagian_kinerja": bagian_k,
        "bagian_disiplin": bagian_d,
        "persen_kinerja": persen_kinerja,
        "potongan_persen": potongan_persen,
        "potongan_nominal": potongan_nominal,
        "persen_disiplin": disiplin / bagian_d * SERATUS if bagian_d else Decimal(0),
        "jumlah_kinerja": jumlah_kinerja,
        "jumlah_disiplin": jumlah_disiplin,
        "jumlah": jumlah_kinerja + jumlah_disiplin,
    }
