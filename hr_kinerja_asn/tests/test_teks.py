"""A sentence ending with a name that ends with its degree's period ("M.Kom.") takes
no second period (:mod:`..models.kinerja_teks`): on the chatter, in errors."""

from odoo.exceptions import UserError

from ..models.kinerja_teks import kalimat
from .common import SkpCase


class TestKalimat(SkpCase):
    def test_one_period_after_a_degree(self):
        self.assertEqual(
            kalimat("SKP ditetapkan oleh Dewi, S.T., M.Kom.."),
            "SKP ditetapkan oleh Dewi, S.T., M.Kom.",
        )
        self.assertEqual(
            kalimat("SKP ditetapkan oleh Budi Santoso."), "SKP ditetapkan oleh Budi Santoso."
        )
        self.assertEqual(kalimat("Menunggu..."), "Menunggu...")
        self.assertEqual(kalimat(""), "")

    def test_chatter_and_error_name_with_degree(self):
        self.user_admin.name = "Admin Kepegawaian, S.E."
        self.staf.name = "Staf Uji, S.Kom."
        skp = self.make_skp(self.staf)
        skp.with_user(self.user_admin).action_ajukan()
        with self.assertRaises(UserError) as caught:
            skp.with_user(self.user_atasan).action_tetapkan()
        self.assertTrue(str(caught.exception).endswith(" Staf Uji, S.Kom."), caught.exception)
        skp.with_user(self.user_admin).action_tetapkan()
        bodies = [str(body) for body in skp.message_ids.mapped("body")]
        self.assertIn("<p>SKP set by Admin Kepegawaian, S.E.</p>", bodies)
        self.assertIn("<p>SKP submitted to the appraiser by Admin Kepegawaian, S.E.</p>", bodies)
        self.assertFalse([b for b in bodies if "S.E.." in b], bodies)
