from . import kinerja_report
