from . import test_payload
from . import test_kirim
from . import test_access
from . import test_batch
from . import test_cron
from . import test_i18n
