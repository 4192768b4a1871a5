"""Who may read and write the ASN data, and company isolation, tested as each user."""

from odoo import Command
from odoo.exceptions import AccessError

from odoo.addons.hr_kinerja_asn.models.res_users import peran_sekali

from .common import KinerjaCase


class TestAccess(KinerjaCase):
    def test_pegawai_reads_public_twin_not_hr_fields(self):
        public = self.env["hr.employee.public"].with_user(self.user_pegawai).browse(self.staf.id)
        self.assertEqual(public.nip, "199308082015031009")
        self.assertEqual(public.pejabat_penilai_id.id, self.kabid.id)
        self.assertEqual(public.atasan_pejabat_penilai_id.id, self.kadis.id)
        self.assertEqual(public.jenis_jabatan, "pelaksana")
        with self.assertRaises(AccessError):
            self.staf.with_user(self.user_pegawai).read(["nip"])

    def test_pegawai_may_not_edit_asn_data(self):
        with self.assertRaises(AccessError):
            self.staf.with_user(self.user_pegawai).write({"jenis_jabatan": "pengawas"})
        with self.assertRaises(AccessError):
            self.staf.with_user(self.user_penilai).write({"pejabat_penilai_delegasi_id": False})
        self.assertEqual(self.staf.jenis_jabatan, "pelaksana")

    def test_admin_kepegawaian_edits(self):
        self.staf.with_user(self.user_admin).write({"pangkat_golongan": "ii_c"})
        self.assertEqual(self.staf.pangkat_golongan, "ii_c")

    def test_periode_rights(self):
        Periode = self.env["hr.kinerja.periode"]
        with self.assertRaises(AccessError):
            Periode.with_user(self.user_pegawai).create(
                {"tahun": 2030, "company_id": self.company.id}
            )
        with self.assertRaises(AccessError):
            Periode.with_user(self.user_penilai).create(
                {"tahun": 2030, "company_id": self.company.id}
            )
        periode = Periode.with_user(self.user_admin).create(
            {"tahun": 2030, "company_id": self.company.id}
        )
        self.assertEqual(periode.with_user(self.user_pegawai).name, periode.name)
        with self.assertRaises(AccessError):
            periode.with_user(self.user_pegawai).write({"frekuensi_evaluasi": "triwulanan"})

    def test_company_isolation(self):
        periode_b = self.env["hr.kinerja.periode"].create(
            {"tahun": 2031, "company_id": self.company_b.id}
        )
        periode_a = self.env["hr.kinerja.periode"].create(
            {"tahun": 2031, "company_id": self.company.id}
        )
        # the user is allowed in both companies but works in A only
        as_a = (
            self.env["hr.kinerja.periode"]
            .with_user(self.user_admin)
            .with_context(allowed_company_ids=[self.company.id])
        )
        found = as_a.search([("tahun", "=", 2031)])
        self.assertEqual(found, periode_a)
        with self.assertRaises(AccessError):
            as_a.browse(periode_b.id).read(["name"])
        # a user who belongs to company A only never sees B
        self.user_pegawai.write({"company_ids": [Command.set([self.company.id])]})
        with self.assertRaises(AccessError):
            periode_b.with_user(self.user_pegawai).read(["name"])

    def test_core_values_shared_by_all_companies(self):
        values = (
            self.env["hr.kinerja.core.value"]
            .with_user(self.user_pegawai)
            .with_context(allowed_company_ids=[self.company_b.id])
            .search([])
        )
        self.assertEqual(len(values), 7)
        self.assertEqual(
            values.mapped("code"),
            [
                "berorientasi_pelayanan",
                "akuntabel",
                "kompeten",
                "harmonis",
                "loyal",
                "adaptif",
                "kolaboratif",
            ],
        )
        loyal = values.filtered(lambda v: v.code == "loyal")
        self.assertEqual(loyal.panduan_perilaku_3, "menjaga rahasia jabatan dan negara")
        with self.assertRaises(AccessError):
            loyal.write({"name": "Setia"})

    def test_groups_chain(self):
        pegawai = self.env.ref("hr_kinerja_asn.group_kinerja_pegawai")
        admin = self.env.ref("hr_kinerja_asn.group_kinerja_admin")
        fresh = self.env["res.users"].create({"name": "Pengguna Baru", "login": "uji_baru"})
        self.assertIn(pegawai, fresh.groups_id, "every internal user is a kinerja pegawai")
        self.assertNotIn(admin, fresh.groups_id)
        portal = self.env["res.users"].create(
            {
                "name": "Mitra",
                "login": "uji_mitra",
                "groups_id": [Command.set([self.env.ref("base.group_portal").id])],
            }
        )
        self.assertNotIn(pegawai, portal.groups_id)
        self.assertIn(self.env.ref("hr.group_hr_user"), self.user_admin.groups_id)
        self.assertEqual(pegawai.category_id, admin.category_id)
        self.assertEqual(pegawai.category_id.name, "Kinerja ASN")

    def test_hr_office_answered_once_per_batch_check(self):
        """A batch's checks ask once whether the user is the HR office
        (``peran_sekali``); outside a check, a group given is seen at once."""
        user = self.user_pegawai
        admin = self.env.ref("hr_kinerja_asn.group_kinerja_admin")
        with peran_sekali(self.env):
            self.assertFalse(user._kinerja_is_hr())
            with peran_sekali(self.env):
                user.sudo().groups_id = [Command.link(admin.id)]
                self.assertFalse(user._kinerja_is_hr())
            self.assertFalse(user._kinerja_is_hr())
        self.assertTrue(user._kinerja_is_hr())
