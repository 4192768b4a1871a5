from . import test_kehadiran_rules
from . import test_kehadiran
from . import test_kehadiran_access
from . import test_kehadiran_performance
from . import test_kehadiran_evaluasi
from . import test_kehadiran_tunjangan
from . import test_i18n
