"""The SKP as a signed official document: the pegawai signs when submitting it, the
PPK when setting it (PermenPANRB 6/2022: "ditandatangani oleh Pegawai dan ditetapkan
oleh Pejabat Penilai Kinerja"). Kept apart from the workflow in ``hr_kinerja_skp``."""

from collections import defaultdict

from odoo import models
from odoo.tools import SQL

from ..report.istilah import JUDUL_JABATAN
from .kinerja_larik import larik


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

    def _kinerja_dokumen_konten(self):
        self.ensure_one()
        return self._kinerja_dokumen_konten_batch()[self.id]

    def _kinerja_baris(self, model, parent, parent_ids, fnames):
        """The rows of ``model`` under ``parent_ids``: ``id``, ``parent`` and ``fnames``,
        each value as ``read(load=None)`` gives it (False for an empty value, 0 for an
        empty number), in one SQL query. A province's signed content is hundreds of
        thousands of lines: the ORM's ``search_read`` formatted them for 60 seconds.
        The lines belong to SKPs the caller has already been allowed to read (the
        transition checked it); the content hashed is the same whoever signs."""
        Model = self.env[model]
        Model.flush_model([parent, *fnames])
        fields_ = [Model._fields[fname] for fname in fnames]
        self.env.cr.execute(
            SQL(
                "SELECT id, %s, %s FROM %s WHERE %s = ANY(%s)",
                SQL.identifier(parent),
                SQL(", ").join(SQL.identifier(f.name) for f in fields_),
                SQL.identifier(Model._table),
                SQL.identifier(parent),
                larik(parent_ids),
            )
        )
        kosong = {"float": 0.0, "integer": 0}
        return [
            {
                "id": row[0],
                parent: row[1],
                **{
                    f.name: value if value is not None else kosong.get(f.type, False)
                    for f, value in zip(fields_, row[2:], strict=True)
                },
            }
            for row in self.env.cr.fetchall()
        ]

    def _kinerja_dokumen_konten_batch(self):
        """The printed content of every SKP of the batch, its lines read with one
        query per kind (the values the records give, as the ORM reads them): signing a
        province's SKPs reads hundreds of thousands of lines, which record by record
        through the prefetch costs seconds per thousand."""
        skps = self.with_context(active_test=True)
        heads = skps.read(
            [
                "name",
                "versi",
                "company_id",
                "employee_id",
                "jabatan",
                "department_id",
                "pejabat_penilai_id",
                "date_start",
                "date_end",
                "jenis_skp",
                "pendekatan",
            ],
            load=None,
        )

        def names(model, ids, fnames=("name",)):
            records = self.env[model].browse({i for i in ids if i})
            return {row["id"]: row for row in records.read(list(fnames), load=None)}

        companies = names("res.company", [h["company_id"] for h in heads])
        departments = names("hr.department", [h["department_id"] for h in heads])
        employees = names(
            "hr.employee",
            [h["employee_id"] for h in heads] + [h["pejabat_penilai_id"] for h in heads],
            ("name", "nip"),
        )
        rhks = self._kinerja_baris(
            "hr.kinerja.rhk", "skp_id", skps.ids, ["jenis", "name", "perspektif", "sequence"]
        )
        self.env["hr.kinerja.rhk"].flush_model(["rhk_atasan_ids"])
        self.env.cr.execute(
            SQL(
                "SELECT rhk_id, rhk_atasan_id FROM hr_kinerja_rhk_atasan_rel WHERE rhk_id = ANY(%s)",
                larik(r["id"] for r in rhks),
            )
        )
        rhk_atasan = defaultdict(list)
        for rhk_id, atasan_id in self.env.cr.fetchall():
            rhk_atasan[rhk_id].append(atasan_id)
        for row in rhks:
            row["rhk_atasan_ids"] = rhk_atasan[row["id"]]
        atasan = names("hr.kinerja.rhk", [i for r in rhks for i in r["rhk_atasan_ids"]])
        indikator = defaultdict(list)
        for row in self._kinerja_baris(
            "hr.kinerja.indikator",
            "rhk_id",
            [r["id"] for r in rhks],
            [
                *("aspek", "name", "target_min", "target_max"),
                *("satuan", "target_uraian", "sequence"),
            ],
        ):
            indikator[row["rhk_id"]].append(row)
        per_skp = {kind: defaultdict(list) for kind in ("rhk", "perilaku", "lampiran")}
        for row in rhks:
            per_skp["rhk"][row["skp_id"]].append(row)
        perilaku = self._kinerja_baris(
            "hr.kinerja.perilaku",
            "skp_id",
            skps.ids,
            ["core_value_id", "ekspektasi_khusus", "sequence"],
        )
        values = names("hr.kinerja.core.value", [p["core_value_id"] for p in perilaku])
        for row in perilaku:
            per_skp["perilaku"][row["skp_id"]].append(row)
        for row in self._kinerja_baris(
            "hr.kinerja.lampiran", "skp_id", skps.ids, ["jenis", "name", "sequence"]
        ):
            per_skp["lampiran"][row["skp_id"]].append(row)

        def person(employee_id):
            row = employees.get(employee_id)
            return [row["name"], row["nip"]] if row else [False, False]

        def name_of(table, record_id):
            return table[record_id]["name"] if record_id else False

        contents = {}
        for head in heads:
            rhk = [
                {
                    "jenis": r["jenis"],
                    "rhk": r["name"],
                    "perspektif": r["perspektif"] or None,
                    "atasan": sorted(atasan[i]["name"] for i in r["rhk_atasan_ids"]),
                    "indikator": [
                        [
                            i["aspek"],
                            i["name"],
                            i["target_min"],
                            i["target_max"],
                            i["satuan"],
                            i["target_uraian"],
                        ]
                        for i in sorted(indikator[r["id"]], key=lambda i: (i["sequence"], i["id"]))
                    ],
                }
                for jenis in ("utama", "tambahan")
                for r in sorted(
                    (r for r in per_skp["rhk"][head["id"]] if r["jenis"] == jenis),
                    key=lambda r: (r["sequence"], r["id"]),
                )
            ]
            contents[head["id"]] = {
                "dokumen": "skp",
                "nomor": head["name"],
                "versi": head["versi"],
                "instansi": name_of(companies, head["company_id"]),
                "pegawai": person(head["employee_id"]),
                "jabatan": head["jabatan"],
                "unit": name_of(departments, head["department_id"]),
                "penilai": person(head["pejabat_penilai_id"]),
                "periode": [head["date_start"], head["date_end"]],
                "varian": [head["jenis_skp"], head["pendekatan"]],
                "rhk": rhk,
                "perilaku": [
                    [name_of(values, p["core_value_id"]), p["ekspektasi_khusus"]]
                    for p in sorted(
                        per_skp["perilaku"][head["id"]], key=lambda p: (p["sequence"], p["id"])
                    )
                ],
                "lampiran": [
                    [lamp["jenis"], lamp["name"]]
                    for lamp in sorted(
                        per_skp["lampiran"][head["id"]],
                        key=lambda x: (x["jenis"], x["sequence"], x["id"]),
                    )
                ],
            }
        return contents
