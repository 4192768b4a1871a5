"""The core's test agency with a final February for the kabid's team, connected to a
SIASN stand-in served by the test (:mod:`.siasn_server`), and a job runner that runs
the queued jobs the way OCA queue_job's runner does.

February 2026 (monthly year) for the kabid's team, rated by the Kabid (PPK,
administrator, III/d):

    Staf            sesuai / sesuai     Baik
    Ketua Tim       sesuai / sesuai     Baik          jabatan fungsional, Ahli Muda
    Kasi            dibawah / sesuai    Butuh Perbaikan
    Admin           diatas / diatas     Sangat Baik
"""

import datetime

from odoo.addons.hr_kinerja_asn.tests import antrian
from odoo.addons.hr_kinerja_asn.tests.test_penilaian import PenilaianCase
from odoo.addons.hr_kinerja_asn_siasn.models import siasn_client

from . import siasn_server

FEB = (datetime.date(2026, 2, 1), datetime.date(2026, 2, 28))
RATINGS = {
    "staf": ("sesuai", "sesuai"),
    "ketua_tim": ("sesuai", "sesuai"),
    "kasi": ("dibawah", "sesuai"),
    "employee_admin": ("diatas", "diatas"),
}
PNS_ID = {
    "199308082015031009": "pns-staf",
    "198805232011011008": "pns-ketua",
    "198703032010011012": "pns-kasi",
    "199207072019031006": "pns-admin",
}


class SiasnCase(PenilaianCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # what the web client sends with every call of these (English) users
        cls.env = cls.env(context=dict(cls.env.context, lang="en_US"))
        cls.env["res.lang"]._activate_lang("en_US")
        cls.kabid.write({"pangkat_golongan": "iii_d", "job_title": "Kepala Bidang Uji"})
        cls.ketua_tim.jenjang_jabatan_fungsional = "ahli_muda"
        generated = cls.Evaluasi._generate(cls.periode, *FEB, "periodik", "Februari 2026")
        team = generated.filtered(lambda e: e.penilai_id == cls.kabid)
        cls.env["hr.kinerja.capaian.organisasi"].with_user(cls.user_admin).create(
            {
                "company_id": cls.company.id,
                "department_id": cls.dept.id,
                "periode_id": cls.periode.id,
                "date_start": FEB[0],
                "date_end": FEB[1],
                "capaian": "baik",
            }
        )
        for name, (hasil, perilaku) in RATINGS.items():
            ev = team.filtered(lambda e, n=name: e.employee_id == getattr(cls, n))
            ev.with_user(cls.user_penilai).write(
                {"rating_hasil_kerja": hasil, "rating_perilaku": perilaku}
            )
        team.unit_id.with_user(cls.user_penilai).action_finalkan()
        cls.team = team
        cls.ev = {
            name: team.filtered(lambda e, n=name: e.employee_id == getattr(cls, n))
            for name in RATINGS
        }
        cls.Kiriman = cls.env["hr.kinerja.siasn.kiriman"]

        cls.server = siasn_server.FakeSiasn(PNS_ID).start()
        cls.addClassCleanup(cls.server.stop)
        cls.company.write(
            {
                "siasn_url": f"{cls.server.url}/api",
                "siasn_token_url": f"{cls.server.url}/oauth2/token",
                "siasn_consumer_key": siasn_server.KEY,
                "siasn_consumer_secret": siasn_server.SECRET,
                "siasn_sso_url": f"{cls.server.url}/sso/token",
                "siasn_client_id": siasn_server.CLIENT,
                "siasn_sso_username": siasn_server.USER,
                "siasn_sso_password": siasn_server.PASSWORD,
                "siasn_timeout": 1,
            }
        )
        antrian.masuk_mode_uji(cls)

    def setUp(self):
        super().setUp()
        siasn_client.lupakan_token()
        self.server.rencana.clear()
        self.server.log.clear()
        self.server.saved.clear()

    # -- the job runner ---------------------------------------------------------
    def pending_jobs(self):
        return antrian.job_menunggu(self.env, "root.siasn")

    def run_jobs(self):
        """Run every pending SIASN job once, as OCA queue_job's runner does
        (:mod:`odoo.addons.hr_kinerja_asn.tests.antrian`): "done", "retry" or
        "failed" each."""
        return antrian.jalankan_antrian(self.env, self.registry, "root.siasn")

    def send(self, evaluations, user=None):
        """*Send to SIASN* on ``evaluations`` as the HR office (or ``user``)."""
        Evaluasi = evaluations.with_user(user or self.user_admin)
        Evaluasi.action_kirim_siasn()
        return self.Kiriman.search([("evaluasi_id", "in", evaluations.ids)])
