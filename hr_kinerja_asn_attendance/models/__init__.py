from . import kehadiran_rules
from . import hr_kinerja_kehadiran
from . import hr_kinerja_kehadiran_baris
from . import hr_kinerja_kehadiran_demo
from . import hr_kinerja_evaluasi
from . import hr_kinerja_tunjangan
