from . import test_kinerja_rules
from . import test_nip
from . import test_pejabat_penilai
from . import test_access
from . import test_periode
from . import test_performance
from . import test_skp_workflow
from . import test_skp_versions
from . import test_skp_planning
from . import test_skp_performance
from . import test_pelaksanaan
from . import test_umpan_balik
from . import test_penilaian_rules
from . import test_penilaian
from . import test_angka_kredit
from . import test_tour
from . import test_skp_tour
from . import test_pelaksanaan_tour
from . import test_penilaian_tour
from . import test_dokumen
from . import test_dokumen_http
from . import test_integrity
from . import test_integrity_rpc
from . import test_access_matrix
from . import test_integrity_property
from . import test_integrity_concurrency
from . import test_i18n
from . import test_pemberitahuan
from . import test_beranda
from . import test_xlsx
from . import test_impor_pegawai
from . import test_bulan_tour
from . import test_keberatan
<<<<<<< HEAD
from . import test_keberatan_tour
=======
from . import test_tindak_lanjut
>>>>>>> penghargaan
