from . import hr_kinerja_siasn_pengaturan
