"""The regulation's own words for the values printed on the official forms.

These are terms of PermenPANRB 6/2022's Lampiran, not translations of the interface:
the documents print them whatever language the user works in."""

PREDIKAT = {
    "sangat_baik": "SANGAT BAIK",
    "baik": "BAIK",
    "butuh_perbaikan": "BUTUH PERBAIKAN",
    "kurang": "KURANG/MISCONDUCT",
    "sangat_kurang": "SANGAT KURANG",
}
RATING = {
    "diatas": "DI ATAS EKSPEKTASI",
    "sesuai": "SESUAI EKSPEKTASI",
    "dibawah": "DI BAWAH EKSPEKTASI",
}
CAPAIAN = {
    "istimewa": "ISTIMEWA",
    "baik": "BAIK",
    "butuh_perbaikan": "BUTUH PERBAIKAN",
    "kurang": "KURANG",
    "sangat_kurang": "SANGAT KURANG",
}
ASPEK = {"kuantitas": "Kuantitas", "kualitas": "Kualitas", "waktu": "Waktu", "biaya": "Biaya"}
PERSPEKTIF = {
    "penerima_layanan": "Penerima Layanan",
    "proses_bisnis": "Proses Bisnis",
    "penguatan_internal": "Penguatan Internal",
    "anggaran": "Anggaran",
}
LAMPIRAN = {
    "sumber_daya": "DUKUNGAN SUMBER DAYA",
    "skema": "SKEMA PERTANGGUNGJAWABAN",
    "konsekuensi": "KONSEKUENSI",
}
SUMBER_UMPAN_BALIK = {
    "pimpinan": "Pimpinan",
    "rekan": "Rekan kerja",
    "bawahan": "Bawahan",
    "pihak_lain": "Pihak lain",
}
# the jabatan group in the title of the SKP and evaluation variants (regulation §1.2)
JUDUL_JABATAN = {
    "jpt": "PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI",
    "ja_jf": "PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL",
}
# the two signature blocks of every form
PERAN = {
    "pegawai": "Pegawai yang Dinilai",
    "penilai": "Pejabat Penilai Kinerja",
    "atasan": "Atasan Pejabat Penilai Kinerja",
}
