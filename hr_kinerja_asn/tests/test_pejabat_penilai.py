"""Derivation of the Pejabat Penilai Kinerja and the penilai group (spec decision 8)."""

from .common import KinerjaCase


class TestPejabatPenilai(KinerjaCase):
    def setUp(self):
        super().setUp()
        self.group_penilai = self.env.ref("hr_kinerja_asn.group_kinerja_penilai")

    def test_direct_pengawas(self):
        self.assertEqual(self.operator.pejabat_penilai_id, self.kasi)
        self.assertEqual(self.operator.atasan_pejabat_penilai_id, self.kabid)

    def test_fungsional_team_lead_is_skipped(self):
        self.assertEqual(self.staf.parent_id, self.ketua_tim)
        self.assertEqual(self.staf.pejabat_penilai_id, self.kabid)
        self.assertEqual(self.staf.atasan_pejabat_penilai_id, self.kadis)

    def test_pelaksana_superior_is_skipped(self):
        self.operator.write({"parent_id": self.kasi.id})
        bawahan = self.env["hr.employee"].create(
            {
                "name": "Bawahan Pelaksana",
                "jenis_jabatan": "pelaksana",
                "parent_id": self.operator.id,
                "company_id": self.company.id,
            }
        )
        self.assertEqual(bawahan.pejabat_penilai_id, self.kasi)

    def test_pejabat_negara_at_top(self):
        self.assertEqual(self.kadis.pejabat_penilai_id, self.bupati)
        self.assertFalse(self.kadis.atasan_pejabat_penilai_id)
        self.assertEqual(self.kabid.atasan_pejabat_penilai_id, self.bupati)

    def test_top_without_superior(self):
        self.assertFalse(self.bupati.pejabat_penilai_id)
        lone = self.env["hr.employee"].create(
            {
                "name": "Tanpa Atasan",
                "jenis_jabatan": "pelaksana",
                "company_id": self.company.id,
            }
        )
        self.assertFalse(lone.pejabat_penilai_id)
        self.assertFalse(lone.atasan_pejabat_penilai_id)

    def test_change_of_parent_recomputes(self):
        self.staf.parent_id = self.kasi
        self.assertEqual(self.staf.pejabat_penilai_id, self.kasi)
        self.assertEqual(self.staf.atasan_pejabat_penilai_id, self.kabid)

    def test_change_of_jabatan_recomputes_down_the_tree(self):
        # the team lead is promoted to pengawas: they become their staff's PPK
        self.ketua_tim.jenis_jabatan = "pengawas"
        self.assertEqual(self.staf.pejabat_penilai_id, self.ketua_tim)
        # the kabid becomes fungsional: everyone under them climbs to the Kadis
        self.ketua_tim.jenis_jabatan = "fungsional"
        self.kabid.jenis_jabatan = "fungsional"
        self.assertEqual(self.staf.pejabat_penilai_id, self.kadis)
        self.assertEqual(self.kasi.pejabat_penilai_id, self.kadis)
        self.assertEqual(self.operator.atasan_pejabat_penilai_id, self.kadis)

    def test_delegation_kept_through_hierarchy_changes(self):
        self.staf.pejabat_penilai_delegasi_id = self.kasi  # Plt
        self.assertEqual(self.staf.pejabat_penilai_id, self.kasi)
        self.assertEqual(self.staf.atasan_pejabat_penilai_id, self.kabid)
        self.staf.parent_id = self.kadis
        self.ketua_tim.jenis_jabatan = "pengawas"
        self.assertEqual(self.staf.pejabat_penilai_id, self.kasi)
        # cleared: derived again from the current hierarchy
        self.staf.pejabat_penilai_delegasi_id = False
        self.assertEqual(self.staf.pejabat_penilai_id, self.kadis)

    def test_delegation_outside_subtree(self):
        other = self.env["hr.employee"].create(
            {
                "name": "Kepala Dinas Lain",
                "jenis_jabatan": "jpt_pratama",
                "company_id": self.company.id,
            }
        )
        self.operator.pejabat_penilai_delegasi_id = other
        self.assertEqual(self.operator.pejabat_penilai_id, other)

    def test_group_granted_and_withdrawn(self):
        # the fungsional team lead is nobody's PPK
        self.assertNotIn(self.group_penilai, self.user_rekan.groups_id)
        self.assertIn(self.group_penilai, self.user_penilai.groups_id)
        self.assertIn(self.group_penilai, self.user_atasan.groups_id)
        self.assertNotIn(self.group_penilai, self.user_pegawai.groups_id)
        # promoted to pengawas: granted
        self.ketua_tim.jenis_jabatan = "pengawas"
        self.assertIn(self.group_penilai, self.user_rekan.groups_id)
        # back to fungsional: withdrawn
        self.ketua_tim.jenis_jabatan = "fungsional"
        self.assertNotIn(self.group_penilai, self.user_rekan.groups_id)
        # a delegation grants it too, and clearing it withdraws it
        self.operator.pejabat_penilai_delegasi_id = self.staf
        self.assertIn(self.group_penilai, self.user_pegawai.groups_id)
        self.operator.pejabat_penilai_delegasi_id = False
        self.assertNotIn(self.group_penilai, self.user_pegawai.groups_id)

    def test_group_follows_user_link_and_archive(self):
        self.kabid.user_id = False
        self.assertNotIn(self.group_penilai, self.user_penilai.groups_id)
        self.kabid.user_id = self.user_penilai
        self.assertIn(self.group_penilai, self.user_penilai.groups_id)

    def test_admin_keeps_group(self):
        self.assertIn(self.group_penilai, self.user_admin.groups_id)
        self.env["hr.employee"]._kinerja_sync_penilai_group()
        self.assertIn(self.group_penilai, self.user_admin.groups_id)

    def test_no_self_delegation(self):
        from odoo.exceptions import ValidationError

        with self.assertRaises(ValidationError):
            self.staf.pejabat_penilai_delegasi_id = self.staf
