"""The core's test agency with a real February: final evaluations of the kabid's team,
the tunjangan computed, verified and locked by the HR
office, contracts on the agency's copy of the sample ASN structure, and a payroll
officer and manager who are not the HR office.

February 2026 for the kabid's team (core ``PenilaianCase``):

    Staf       kelas 6   predikat Baik
    Ketua Tim  kelas 8   predikat Baik
    Kasi       kelas 9   predikat Butuh Perbaikan
    Admin      kelas 8   predikat Sangat Baik
    Kabid      kelas 11  (rated by the Kadis: not final)
    Operator   kelas 5   no evaluation (outside the unit, no department)
    Kadis      no job class: no tunjangan at all
"""

import datetime

from odoo import Command
from odoo.tests import Form, new_test_user

from odoo.addons.hr_kinerja_asn.tests.test_penilaian import PenilaianCase

FEB = (datetime.date(2026, 2, 1), datetime.date(2026, 2, 28))
KELAS = {"staf": 6, "ketua_tim": 8, "kasi": 9, "employee_admin": 8, "kabid": 11, "operator": 5}
PAGU = {6: 2_700_000, 8: 4_371_943, 9: 5_200_000, 11: 7_500_000, 5: 2_050_000}
GAJI = {
    "staf": 2_900_000,
    "ketua_tim": 3_400_000,
    "kasi": 3_900_000,
    "employee_admin": 3_300_000,
    "operator": 2_600_000,
}


class PayrollCase(PenilaianCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # what the web client sends with every call of these (English) users
        cls.env = cls.env(context=dict(cls.env.context, lang="en_US"))
        cls.env["res.lang"]._activate_lang("en_US")
        for name, kelas in KELAS.items():
            getattr(cls, name).kelas_jabatan = kelas
        cls.env["hr.kinerja.tunjangan.skema"].create(
            {
                "name": "Perbup Uji tentang TPP",
                "company_id": cls.company.id,
                "date_start": datetime.date(2026, 1, 1),
                "pagu_ids": [
                    Command.create({"name": "TPP", "kelas_jabatan": k, "jumlah": v})
                    for k, v in PAGU.items()
                ],
            }
        )
        # a real final February for the kabid's team
        generated = cls.Evaluasi._generate(cls.periode, *FEB, "periodik", "Februari 2026")
        team = generated.filtered(lambda e: e.penilai_id == cls.kabid)
        cls.capaian_cls("baik")
        ratings = {
            cls.staf: ("sesuai", "sesuai"),
            cls.ketua_tim: ("sesuai", "sesuai"),
            cls.kasi: ("dibawah", "sesuai"),
            cls.employee_admin: ("diatas", "diatas"),
        }
        for ev in team:
            hasil, perilaku = ratings[ev.employee_id]
            ev.with_user(cls.user_penilai).write(
                {"rating_hasil_kerja": hasil, "rating_perilaku": perilaku}
            )
        team.unit_id.with_user(cls.user_penilai).action_finalkan()
        cls.evaluasi_staf = team.filtered(lambda e: e.employee_id == cls.staf)

        cls.user_payroll = new_test_user(
            cls.env,
            login="uji_payroll",
            lang="en_US",
            groups="base.group_user,payroll.group_payroll_manager",
            company_id=cls.company.id,
            company_ids=[Command.set(cls.company.ids)],
        )
        cls.user_officer = new_test_user(
            cls.env,
            login="uji_officer",
            lang="en_US",
            groups="base.group_user,payroll.group_payroll_user",
            company_id=cls.company.id,
            company_ids=[Command.set(cls.company.ids)],
        )
        # the agency's own copy of the sample structure (the sample belongs to the
        # main company)
        cls.struktur = cls.env.ref("hr_kinerja_asn_payroll.struktur_gaji_asn").copy(
            {"company_id": cls.company.id, "code": "ASN-UJI"}
        )
        cls.kontrak = cls.make_contracts(
            {getattr(cls, name): wage for name, wage in GAJI.items()} | {cls.kabid: 4_600_000}
        )
        cls.Tunjangan = cls.env["hr.kinerja.tunjangan"]
        cls.Payslip = cls.env["hr.payslip"]

    @classmethod
    def capaian_cls(cls, level):
        cls.env["hr.kinerja.capaian.organisasi"].with_user(cls.user_admin).create(
            {
                "company_id": cls.company.id,
                "department_id": cls.dept.id,
                "periode_id": cls.periode.id,
                "date_start": FEB[0],
                "date_end": FEB[1],
                "capaian": level,
            }
        )

    @classmethod
    def make_contracts(cls, wages):
        return (
            cls.env["hr.contract"]
            .with_company(cls.company)
            .create(
                [
                    {
                        "name": f"Kontrak {employee.name}",
                        "employee_id": employee.id,
                        "company_id": cls.company.id,
                        "struct_id": cls.struktur.id,
                        "wage": wage,
                        "date_start": datetime.date(2026, 1, 1),
                        "state": "open",
                    }
                    for employee, wage in wages.items()
                ]
            )
        )

    def hitung_tunjangan(self, kunci=True):
        """February computed by the HR office, then verified and, unless ``kunci`` is
        False, locked. (The late arrivals of real attendance reach the payslip in the
        demo agency's test, ``test_demo_agency``, where the attendance bridge is
        installed too.)"""
        records = self.Tunjangan.with_user(self.user_admin)._kinerja_hitung(self.company, FEB[0])
        ready = records.filtered(lambda r: not r.masalah)
        ready.with_user(self.user_admin).action_verifikasi()
        if kunci:
            ready.with_user(self.user_admin).action_kunci()
        return records

    def payslip(self, employee, user=None):
        """A draft payslip made the way the form makes it (OCA onchanges: contract,
        structure, inputs through ``get_inputs``), saved."""
        Payslip = self.Payslip.with_user(user or self.user_payroll).with_context(
            default_date_from=FEB[0], default_date_to=FEB[1]
        )
        form = Form(Payslip)
        form.employee_id = employee
        return form.save()
