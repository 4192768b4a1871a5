from . import hr_kinerja_kehadiran_hitung
