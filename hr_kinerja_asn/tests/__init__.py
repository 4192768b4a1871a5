from . import test_kinerja_rules
from . import test_nip
from . import test_pejabat_penilai
from . import test_access
from . import test_periode
from . import test_performance
from . import test_tour
