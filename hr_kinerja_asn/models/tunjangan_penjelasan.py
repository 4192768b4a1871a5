"""The breakdown lines and the explanation of one month's tunjangan, in the
pegawai's own language.

The issue asks for an explanation the pegawai can read in plain Indonesian
("Predikat Baik Maret 2026: 100 % dari bagian kinerja 60 %; 2× terlambat 1–30
menit: −1,0 % …"): every line here names the number, where it came from and what it
did to the amount, so a payslip's TPP lines trace back to the predikat and the late
arrivals that made them.
"""

from odoo.tools.misc import format_date, formatLang

from . import tunjangan_rumus

SINGKAT = "d MMM"


class Penjelasan:
    """Text for one month, built in ``env``'s language (the pegawai's)."""

    def __init__(self, env, skema, month):
        self.env = env
        self._ = env._
        self.skema = skema.with_env(env)
        self.month = month
        self.bulan = format_date(env, month, date_format="MMMM y")

    # -- numbers as the reader writes them ----------------------------------------
    def rp(self, amount):
        return f"Rp {formatLang(self.env, float(amount), digits=0)}"

    def persen(self, value):
        value = round(float(value), 2)
        digits = 0 if value == int(value) else 1 if round(value * 10) == value * 10 else 2
        return f"{formatLang(self.env, value, digits=digits)} %"

    def label_predikat(self, code):
        evaluasi = self.env["hr.kinerja.evaluasi"]
        return dict(evaluasi._fields["predikat"]._description_selection(self.env)).get(code, "")

    # -- problems -----------------------------------------------------------------
    def tanpa_pagu(self, kelas):
        return self._(
            "The scheme %(skema)s has no ceiling for job class %(kelas)s.",
            skema=self.skema.name,
            kelas=kelas or "-",
        )

    def belum_final(self):
        return self._(
            "The evaluation of %(month)s is not final yet: compute again once it is.",
            month=self.bulan,
        )

    # -- lines --------------------------------------------------------------------
    def baris(self, hasil, komponen, evaluasi, tanpa_realisasi, kejadian, koreksi, disiplin):
        """The breakdown lines (``hr.kinerja.tunjangan.baris`` values) in order."""
        _ = self._
        lines = []

        def add(jenis, uraian, nominal=0, persen=0, kode=False, jumlah=0):
            lines.append(
                {
                    "sequence": len(lines) + 1,
                    "jenis": jenis,
                    "kode": kode,
                    "uraian": uraian,
                    "jumlah_kejadian": jumlah,
                    "persen": float(persen),
                    "nominal": float(nominal),
                }
            )

        for name, amount in komponen:
            add("pagu", _("%(component)s (ceiling of the job class)", component=name), amount)
        skema = self.skema
        if skema.gaya_predikat == "tarif_tahun_depan":
            add(
                "kinerja",
                self._tarif(hasil, evaluasi),
                hasil["pagu_dasar"] - sum(a for _n, a in komponen),
            )
        kinerja = hasil["jumlah_kinerja"] - tunjangan_rumus.desimal(sum(koreksi.mapped("selisih")))
        add(
            "kinerja",
            self._kinerja(hasil, evaluasi, tanpa_realisasi),
            kinerja,
            hasil["persen_kinerja"],
        )
        dasar = (
            hasil["pagu_dasar"] if skema.dasar_potongan == "seluruh" else hasil["bagian_disiplin"]
        )
        for line, items in kejadian:
            persen = line.persen * len(items)
            add(
                "disiplin",
                self._kejadian(line, items),
                -dasar * tunjangan_rumus.desimal(persen) / 100,
                -persen,
                line.kode,
                len(items),
            )
        add(
            "disiplin",
            self._disiplin(hasil, kejadian, disiplin),
            hasil["jumlah_disiplin"],
            hasil["persen_disiplin"],
        )
        for rec in koreksi:
            add("koreksi", rec.uraian, rec.selisih)
        return lines

    def _tarif(self, hasil, evaluasi):
        _ = self._
        if not evaluasi:
            return _(
                "No final annual evaluation of %(year)s: the full ceiling is paid in %(this)s.",
                year=self.month.year - 1,
                this=self.month.year,
            )
        return _(
            "Annual predikat %(year)s %(predikat)s: %(rate)s of the ceiling is paid every "
            "month of %(this)s.",
            year=self.month.year - 1,
            predikat=self.label_predikat(evaluasi.predikat),
            rate=self.persen(self.skema._nilai_predikat().get(evaluasi.predikat, 100)),
            this=self.month.year,
        )

    def _kinerja(self, hasil, evaluasi, tanpa_realisasi):
        _ = self._
        skema = self.skema
        bagian = _(
            "performance part %(weight)s (%(amount)s)",
            weight=self.persen(skema.bobot_kinerja),
            amount=self.rp(tunjangan_rumus.bulatkan(hasil["bagian_kinerja"], 1)),
        )
        if skema.gaya_predikat == "tarif_tahun_depan":
            text = _("Full %(part)s.", part=bagian)
        elif not evaluasi:
            text = _("No final evaluation for %(month)s: %(part)s.", month=self.bulan, part=bagian)
        elif skema.gaya_predikat == "persen_bagian":
            text = _(
                "Predikat %(predikat)s %(month)s: %(share)s of the %(part)s.",
                predikat=self.label_predikat(evaluasi.predikat),
                month=self.bulan,
                share=self.persen(skema._nilai_predikat().get(evaluasi.predikat, 100)),
                part=bagian,
            )
        else:
            text = _(
                "Predikat %(predikat)s %(month)s: a cut of %(cut)s of the whole amount from the "
                "%(part)s.",
                predikat=self.label_predikat(evaluasi.predikat),
                month=self.bulan,
                cut=self.persen(skema._nilai_predikat().get(evaluasi.predikat, 0)),
                part=bagian,
            )
        if tanpa_realisasi:
            text += " " + _(
                "No realisation was reported for %(month)s: the performance part is cut by "
                "%(cut)s.",
                month=self.bulan,
                cut=self.persen(skema.potongan_tanpa_realisasi),
            )
        return text

    def _kejadian(self, line, items):
        _ = self._
        jenis = dict(line._fields["jenis"]._description_selection(self.env))[line.jenis]
        rentang = line._rentang()
        dates = ", ".join(
            format_date(self.env, item["tanggal"], date_format=SINGKAT)
            for item in sorted(items, key=lambda i: i["tanggal"])
        )
        band = " " + rentang if rentang else ""
        return _(
            "%(count)s× %(kind)s%(band)s (%(code)s): −%(cut)s (%(dates)s)",
            count=len(items),
            kind=jenis.lower(),
            band=band,
            code=line.kode,
            cut=self.persen(line.persen * len(items)),
            dates=dates,
        )

    def _disiplin(self, hasil, kejadian, disiplin):
        _ = self._
        skema = self.skema
        bagian = _(
            "Discipline part %(weight)s (%(amount)s)",
            weight=self.persen(skema.bobot_disiplin),
            amount=self.rp(tunjangan_rumus.bulatkan(hasil["bagian_disiplin"], 1)),
        )
        if not skema.potong_kehadiran:
            return _("%(part)s: attendance does not cut the allowance in this scheme.", part=bagian)
        if not disiplin:
            return _(
                "%(part)s: no attendance record for %(month)s, nothing cut.",
                part=bagian,
                month=self.bulan,
            )
        if not kejadian:
            return _(
                "%(part)s: no late arrival, early leave or absence in %(month)s.",
                part=bagian,
                month=self.bulan,
            )
        dasar = (
            _("of the whole amount")
            if skema.dasar_potongan == "seluruh"
            else _("of the discipline part")
        )
        text = _(
            "%(part)s minus %(cut)s %(base)s (%(amount)s).",
            part=bagian,
            cut=self.persen(hasil["potongan_persen"]),
            base=dasar,
            amount=self.rp(tunjangan_rumus.bulatkan(hasil["potongan_nominal"], 1)),
        )
        total = sum(line.persen * len(items) for line, items in kejadian)
        if total > skema.batas_potongan:
            text += " " + _("The cuts are capped at %s.", self.persen(skema.batas_potongan))
        return text

    # -- the whole text -----------------------------------------------------------
    def teks(self, baris, hasil):
        _ = self._
        lines = [
            _("Allowance for %(month)s", month=self.bulan),
        ]
        for line in baris:
            lines.append(f"• {line['uraian']}  {self._tanda(line['nominal'])}")
        lines.append(_("Amount: %s", self.rp(hasil["jumlah"])))
        return "\n".join(lines)

    def _tanda(self, nominal):
        if nominal < 0:
            return f"−{self.rp(-nominal)}"
        return self.rp(nominal)
