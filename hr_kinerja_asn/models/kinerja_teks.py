"""Sentences the module writes around people's names.

Names of ASN carry their academic degrees, and most end with the degree's period:
"Dewi Lestari, S.T., M.Kom.". A sentence ending with such a name takes no second
period (Pedoman Umum Ejaan Bahasa Indonesia, *tanda titik*: an abbreviation's period
at the end of a sentence also ends the sentence), so "ditetapkan oleh Dewi Lestari,
S.T., M.Kom." and never "... M.Kom..". The English source strings do the same.
"""


def kalimat(teks):
    """``teks`` with the sentence's own period dropped when the name before it
    already ends with one (an ellipsis "..." is left as it is)."""
    if teks.endswith("..") and not teks.endswith("..."):
        return teks[:-1]
    return teks
