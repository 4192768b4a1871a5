"""The pola distribusi as a server-side SVG chart for the printed evaluation.

Drawn on the server (no JavaScript in wkhtmltopdf, nothing fetched): the counts given
per predikat in the unit, then one row per rule of the pattern with the limit it sets
(maximum allowed, minimum required, or the largest other predikat for "terbanyak")
against what was given, red when the rule is breached.
"""

from markupsafe import Markup, escape

from . import istilah

ORDER = ["sangat_baik", "baik", "butuh_perbaikan", "kurang", "sangat_kurang"]
BLUE, GREY, RED, INK = "#1d4ed8", "#9ca3af", "#b91c1c", "#111827"
JENIS = {
    "max_persen": "maks. {n} ({p}%)",
    "min_persen": "min. {n} ({p}%)",
    "min_orang": "min. {n} orang",
    "terbanyak": "terbanyak (≥ {n})",
}


def _text(x, y, label, size=11, anchor="start", weight="normal", fill=INK):
    return (
        f'<text x="{x}" y="{y}" font-size="{size}" text-anchor="{anchor}" '
        f'font-weight="{weight}" fill="{fill}" font-family="DejaVu Sans">{escape(label)}</text>'
    )


def _columns(counts, top):
    """Part 1: one column per predikat, height by count."""
    parts = [_text(0, 14, "Sebaran predikat yang diberikan", 12, weight="bold")]
    base, height, width = 112, 72, 120
    for i, key in enumerate(ORDER):
        n = counts.get(key, 0)
        h = round(height * n / top) if top else 0
        x = 10 + i * width
        parts.append(f'<rect x="{x + 30}" y="{base - h}" width="50" height="{h}" fill="{BLUE}"/>')
        parts.append(_text(x + 55, base - h - 4, str(n), 12, "middle", "bold"))
        parts.append(_text(x + 55, base + 14, istilah.PREDIKAT[key].title(), 10, "middle"))
    parts.append(f'<line x1="10" y1="{base}" x2="{10 + 5 * width}" y2="{base}" stroke="{INK}"/>')
    return parts, base + 30


def _rules(counts, results, y, top):
    parts = [
        _text(0, y + 12, "Batas pola distribusi dibandingkan yang diberikan", 12, weight="bold")
    ]
    y += 24
    parts.append(f'<rect x="300" y="{y - 9}" width="12" height="10" fill="{GREY}"/>')
    parts.append(_text(316, y, "batas pola", 10))
    parts.append(f'<rect x="400" y="{y - 9}" width="12" height="10" fill="{BLUE}"/>')
    parts.append(_text(416, y, "diberikan", 10))
    y += 10
    scale = 300 / top if top else 0
    for r in results:
        limit = r["threshold"]
        if r["jenis"] == "terbanyak":
            limit = max((counts.get(k, 0) for k in ORDER if k not in r["keys"]), default=0)
        keys = " + ".join(istilah.PREDIKAT[k].title() for k in r["keys"])
        rule = JENIS[r["jenis"]].format(n=limit, p="{:g}".format(r["nilai"]))
        if not r["applies"]:
            rule += " — tidak berlaku (< 3 dinilai)"
        ok = r["ok"]
        parts.append(_text(0, y + 12, f"{keys}: {rule}", 10, fill=INK if ok else RED))
        parts.append(
            _text(
                630, y + 12, "sesuai" if ok else "MELANGGAR", 10, "end", "bold", INK if ok else RED
            )
        )
        y += 16
        parts.append(
            f'<rect x="0" y="{y}" width="{round((limit or 0) * scale)}" height="9" fill="{GREY}"/>'
        )
        parts.append(_text(round((limit or 0) * scale) + 4, y + 8, str(limit), 9))
        y += 11
        given_w = round(r["given"] * scale)
        parts.append(
            f'<rect x="0" y="{y}" width="{given_w}" height="9" fill="{BLUE if ok else RED}"/>'
        )
        parts.append(_text(given_w + 4, y + 8, str(r["given"]), 9))
        y += 16
    return parts, y


def distribusi_svg(counts, results):
    """SVG markup of the unit's distribution: ``counts`` {predikat: n}, ``results`` from
    ``kinerja_rules.check_distribution``."""
    limits = [r["threshold"] or 0 for r in results] + [r["given"] for r in results]
    top = max([*counts.values(), *limits, 1])
    parts, y = _columns(counts, max([*counts.values(), 1]))
    if results:
        more, y = _rules(counts, results, y, top)
        parts += more
    return Markup(
        f'<svg xmlns="http://www.w3.org/2000/svg" width="640" height="{y + 4}" '
        f'viewBox="0 0 640 {y + 4}">{"".join(parts)}</svg>'
    )
