"""The SKP as a signed official document: the pegawai signs when submitting it, the
PPK when setting it (PermenPANRB 6/2022: "ditandatangani oleh Pegawai dan ditetapkan
oleh Pejabat Penilai Kinerja"). Kept apart from the workflow in ``hr_kinerja_skp``."""

from odoo import models

from ..report.istilah import JUDUL_JABATAN


class HrKinerjaSkp(models.Model):
    _name = "hr.kinerja.skp"
    _inherit = ["hr.kinerja.skp", "hr.kinerja.dokumen.mixin"]

    def action_ajukan(self):
        result = super().action_ajukan()
        self._kinerja_sign("pegawai")
        return result

    def action_tetapkan(self):
        result = super().action_tetapkan()
        self._kinerja_sign("penilai")
        return result

    # -- document ------------------------------------------------------------
    def _kinerja_judul_varian(self):
        """The official title suffix of the four SKP variants (regulation §1.2)."""
        self.ensure_one()
        pendekatan = "KUALITATIF" if self.pendekatan == "kualitatif" else "KUANTITATIF"
        jabatan = JUDUL_JABATAN.get(self.jenis_skp, JUDUL_JABATAN["ja_jf"])
        return f"PENDEKATAN HASIL KERJA {pendekatan} BAGI {jabatan}"

    def _kinerja_cetak_konsep(self):
        self.ensure_one()
        if self.state in ("draft", "diajukan"):
            return "KONSEP: SKP INI BELUM DITETAPKAN"
        return "DIBATALKAN" if self.state == "dibatalkan" else ""

    def _kinerja_cetak_pihak(self):
        self.ensure_one()
        tanggal = self.tanggal_penetapan or self.tanggal_pengajuan or self.create_date
        return {
            "pegawai": self.employee_id.sudo(),
            "penilai": self.pejabat_penilai_id.sudo(),
            "tempat": self.company_id.city,
            "tanggal": tanggal.date(),
        }

    def _kinerja_status_dokumen(self):
        """In force only while set and current (spec decision 12: a revision replaces it)."""
        self.ensure_one()
        if self.state == "ditetapkan" and self.aktif:
            return "DITETAPKAN dan berlaku", True
        newer = self.sudo().revisi_ids.filtered(lambda r: r.aktif)[:1]
        words = {
            "ditetapkan": f"DIREVISI: digantikan oleh versi {newer.versi}"
            if newer
            else "TIDAK BERLAKU LAGI (diakhiri atau digantikan)",
            "dibatalkan": "DIBATALKAN",
            "diajukan": "DIAJUKAN, belum ditetapkan oleh Pejabat Penilai Kinerja",
            "draft": "DIKEMBALIKAN kepada pegawai untuk diperbaiki, belum berlaku"
            if self.dikembalikan
            else "KONSEP, belum berlaku",
        }
        return words[self.state], False

    def _kinerja_pihak_peran(self, peran):
        self.ensure_one()
        return self.employee_id if peran == "pegawai" else self.pejabat_penilai_id

    def _kinerja_dokumen_nama(self):
        self.ensure_one()
        versi = f" (revisi {self.versi - 1})" if self.versi > 1 else ""
        return f"{self.name}{versi}"

    def _kinerja_dokumen_identitas(self):
        self.ensure_one()
        return [
            ("Dokumen", "Sasaran Kinerja Pegawai"),
            ("Nomor", self._kinerja_dokumen_nama()),
            ("Instansi", self.company_id.name),
            ("Pegawai yang dinilai", self.employee_id.name),
            ("Jabatan", self.jabatan or ""),
            (
                "Periode penilaian",
                f"{self._kinerja_tanggal(self.date_start)} s.d. "
                f"{self._kinerja_tanggal(self.date_end)}",
            ),
        ]

    def _kinerja_rhk_cetak(self, jenis):
        """RHK of one group (utama / tambahan) in printed order."""
        return self.rhk_ids.filtered(lambda r: r.jenis == jenis).sorted(
            lambda r: (r.sequence, r.id)
        )

    def _kinerja_prefetch(self):
        # the printed order (filtered/sorted per SKP) would otherwise fetch per RHK
        self.rhk_ids.indikator_ids.mapped("name")
        self.rhk_ids.rhk_atasan_ids.mapped("name")
        self.perilaku_ids.core_value_id.mapped("name")
        self.lampiran_ids.mapped("name")

    def _kinerja_dokumen_konten(self):
        self.ensure_one()
        rhk = [
            {
                "jenis": r.jenis,
                "rhk": r.name,
                "perspektif": r.perspektif or None,
                "atasan": sorted(r.rhk_atasan_ids.mapped("name")),
                "indikator": [
                    [i.aspek, i.name, i.target_min, i.target_max, i.satuan, i.target_uraian]
                    for i in r.indikator_ids.sorted(lambda i: (i.sequence, i.id))
                ],
            }
            for jenis in ("utama", "tambahan")
            for r in self._kinerja_rhk_cetak(jenis)
        ]
        return {
            "dokumen": "skp",
            "nomor": self.name,
            "versi": self.versi,
            "instansi": self.company_id.name,
            "pegawai": [self.employee_id.name, self.employee_id.nip],
            "jabatan": self.jabatan,
            "unit": self.department_id.name,
            "penilai": [self.pejabat_penilai_id.name, self.pejabat_penilai_id.nip],
            "periode": [self.date_start, self.date_end],
            "varian": [self.jenis_skp, self.pendekatan],
            "rhk": rhk,
            "perilaku": [
                [p.core_value_id.name, p.ekspektasi_khusus]
                for p in self.perilaku_ids.sorted(lambda p: (p.sequence, p.id))
            ],
            "lampiran": [
                [lamp.jenis, lamp.name]
                for lamp in self.lampiran_ids.sorted(lambda x: (x.jenis, x.sequence, x.id))
            ],
        }
