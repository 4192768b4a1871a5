from . import res_company
from . import res_config_settings
from . import hr_payslip
from . import hr_payslip_run
