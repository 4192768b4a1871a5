from . import hr_kinerja_skp_kembalikan_wizard
from . import hr_kinerja_skp_akhiri_wizard
from . import hr_kinerja_realisasi_wizard
from . import hr_kinerja_umpan_balik_minta_wizard
from . import hr_kinerja_tindak_lanjut_wizard
from . import hr_kinerja_ambil_alih_wizard
from . import hr_kinerja_penilaian_wizard
from . import hr_kinerja_impor_pegawai_wizard
