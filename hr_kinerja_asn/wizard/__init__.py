from . import hr_kinerja_skp_kembalikan_wizard
from . import hr_kinerja_skp_akhiri_wizard
