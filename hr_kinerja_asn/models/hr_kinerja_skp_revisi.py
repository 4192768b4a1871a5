"""Revisions of a set SKP (spec decision 12): the set version stays in force until its
revision is set; then the revision becomes current and what pointed at the old
version follows: subordinates' cascading links (``hr.kinerja.rhk._follow_new_versions``)
and the records of the pelaksanaan stage, each through its own
``_kinerja_ikuti_revisi`` (``hr.kinerja.ikut.revisi``)."""

from odoo import Command, models


# one concern per file (issue #10): the SKP is extended here on purpose
class HrKinerjaSkp(models.Model):
    _inherit = "hr.kinerja.skp"  # pylint: disable=consider-merging-classes-inherited

    def action_tetapkan(self):
        result = super().action_tetapkan()
        revisions = self.filtered("revisi_dari_id")
        if revisions:
            revisions._replace_previous_version()
        return result

    def action_revisi(self):
        """Open a new draft version of a ditetapkan SKP (the current one stays in force)."""
        self._check_can_revisi()
        revisions = self.env["hr.kinerja.skp"]
        for skp in self:
            revisions |= skp._copy_as_revision()
        if len(revisions) == 1:
            return {
                "type": "ir.actions.act_window",
                "res_model": self._name,
                "res_id": revisions.id,
                "view_mode": "form",
            }
        return True

    def _copy_as_revision(self):
        self.ensure_one()
        revision = self.sudo().create(
            {
                "employee_id": self.employee_id.id,
                "periode_id": self.periode_id.id,
                "company_id": self.company_id.id,
                "date_start": self.date_start,
                "date_end": self.date_end,
                "jenis_skp": self.jenis_skp,
                "pendekatan": self.pendekatan,
                "pimpinan_ids": [Command.set(self.pimpinan_ids.ids)],
                "revisi_dari_id": self.id,
                "versi": self.versi + 1,
                "aktif": False,
                "name": self.name,
            }
        )
        self.rhk_ids._copy_to(revision, keep_origin=True)
        self.env["hr.kinerja.perilaku"].sudo().create(
            [
                {
                    "skp_id": revision.id,
                    "core_value_id": p.core_value_id.id,
                    "ekspektasi_khusus": p.ekspektasi_khusus,
                }
                for p in self.perilaku_ids
            ]
        )
        self.env["hr.kinerja.lampiran"].sudo().create(
            [
                {
                    "skp_id": revision.id,
                    "jenis": line.jenis,
                    "sequence": line.sequence,
                    "name": line.name,
                }
                for line in self.lampiran_ids
            ]
        )
        self.message_post(
            body=self.env._(
                "Revision %(versi)s opened; this version stays in force until it is set.",
                versi=revision.versi - 1,
            )
        )
        return revision.sudo(False)

    def _replace_previous_version(self):
        """A ditetapkan revision becomes current: links that pointed at the old RHK follow."""
        old_versions = self.revisi_dari_id
        old_versions._kinerja_transisi().write({"aktif": False})
        old_versions.flush_recordset(["aktif"])  # the old one steps down first (no overlap)
        self._kinerja_transisi().write({"aktif": True})
        mapping = {rhk.asal_id.id: rhk.id for rhk in self.rhk_ids if rhk.asal_id}
        self.env["hr.kinerja.rhk"]._follow_new_versions(mapping)
        peta = {
            "skp": {new.revisi_dari_id.id: new.id for new in self},
            "rhk": mapping,
            "perilaku": {
                old.id: new.id
                for skp in self.sudo()
                for old in skp.revisi_dari_id.perilaku_ids
                for new in skp.perilaku_ids
                if new.core_value_id == old.core_value_id
            },
        }
        followers = self.pool.descendants(["hr.kinerja.ikut.revisi"], "_inherit")
        for model in sorted(followers - {"hr.kinerja.ikut.revisi"}):
            self.env[model]._kinerja_ikuti_revisi(peta)
