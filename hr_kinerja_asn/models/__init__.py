from . import kinerja_rules
from . import hr_employee
from . import hr_employee_public
from . import hr_kinerja_periode
from . import hr_kinerja_core_value
