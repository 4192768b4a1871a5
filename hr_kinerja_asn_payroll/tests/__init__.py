from . import test_payslip
from . import test_access
from . import test_batch
from . import test_i18n
from . import test_demo_agency
