from . import kinerja_report
from . import rekap_xlsx
