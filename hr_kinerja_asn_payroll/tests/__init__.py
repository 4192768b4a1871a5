from . import test_payslip
from . import test_access
