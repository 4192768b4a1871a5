"""The SKP across the year (spec decisions 7 and 8): opening the year for every ASN,
the escalation after the 31 January deadline, and ending an SKP mid-year (mutasi,
promotion, retirement) with a new one for the rest of the year."""

from dateutil.relativedelta import relativedelta

from odoo import api, models
from odoo.exceptions import UserError


# one concern per file (issue #10): the SKP is extended here on purpose
class HrKinerjaSkp(models.Model):
    _inherit = "hr.kinerja.skp"  # pylint: disable=consider-merging-classes-inherited

    def action_akhiri(self):
        """Open the wizard that ends this SKP at a date and may start the next one."""
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("End SKP (mutation, promotion, retirement)"),
            "res_model": "hr.kinerja.skp.akhiri.wizard",
            "view_mode": "form",
            "target": "new",
            "context": {"default_skp_id": self.id},
        }

    @api.model
    def _cron_eskalasi(self):
        """After the deadline, tell the atasan PPK which SKPs below them are still not set."""
        late = self.sudo().search([("terlambat", "=", True), ("eskalasi_terkirim", "=", False)])
        act = self.env.ref("hr_kinerja_asn.mail_act_skp_eskalasi")
        self.env["mail.activity"]._kinerja_jadwalkan(
            {
                "record": skp,
                "type": act,
                "user": skp.atasan_pejabat_penilai_id.user_id or skp.pejabat_penilai_id.user_id,
                "note": skp._kinerja_catatan_eskalasi(),
            }
            for skp in late
        )
        late.write({"eskalasi_terkirim": True})
        return len(late)

    def _kinerja_catatan_eskalasi(self):
        """The escalation's note, in the language of the atasan who reads it."""
        user = self.atasan_pejabat_penilai_id.user_id or self.pejabat_penilai_id.user_id
        _ = self.with_context(lang=user.lang or self.env.lang).env._
        return _(
            "The SKP of %(employee)s was not set by %(deadline)s.",
            employee=self.employee_id.name,
            deadline=self.env["hr.kinerja.dokumen.mixin"]._kinerja_tanggal(
                self.periode_id.batas_penetapan_skp
            ),
        )

    def _end_and_continue(self, date_end, start_new, reason):
        """End this current SKP at ``date_end``; start a draft for the rest of the year."""
        self.ensure_one()
        if not (self.date_start <= date_end < self.date_end):
            raise UserError(
                self.env._(
                    "The end date must lie within %(skp)s (%(start)s to %(end)s).",
                    skp=self.display_name,
                    start=self.date_start,
                    end=self.date_end,
                )
            )
        self._kinerja_transisi().write({"date_end": date_end})
        self.message_post(
            body=self.env._("SKP ended on %(date)s: %(reason)s", date=date_end, reason=reason)
        )
        if not start_new:
            return self.browse()
        new = self.create(
            {
                "employee_id": self.employee_id.id,
                "periode_id": self.periode_id.id,
                "company_id": self.company_id.id,
                "date_start": date_end + relativedelta(days=1),
                "date_end": self.periode_id.date_end,
                "pendekatan": self.pendekatan,
            }
        )
        new._kinerja_activity_update()
        return new

    @api.model
    def _kinerja_pegawai_tanpa_skp(self, periode, date_start=None, employee_ids=None):
        """The active ASN of the periode's agency without a current SKP in it."""
        domain = [
            ("company_id", "=", periode.company_id.id),
            ("jenis_jabatan", "not in", (False, "pejabat_negara")),
        ]
        if employee_ids is not None:
            domain.append(("id", "in", list(employee_ids)))
        employees = self.env["hr.employee"].sudo().search(domain)
        skp_domain = [
            ("periode_id", "=", periode.id),
            ("state", "!=", "dibatalkan"),
            ("date_end", ">=", date_start or periode.date_start),
        ]
        if employee_ids is not None:
            skp_domain.append(("employee_id", "in", employees.ids))
        covered = self.sudo().search(skp_domain).employee_id
        return employees - covered

    @api.model
    def _ensure_for_periode(self, periode, date_start=None, employee_ids=None):
        """Draft SKPs for every active ASN of the periode's agency who has none current
        (among ``employee_ids`` when given: a part of the job queue).

        At the start of the year the SKPs cover the whole periode; later (new
        hires) they start at ``date_start``.
        """
        employees = self._kinerja_pegawai_tanpa_skp(periode, date_start, employee_ids)
        vals = [
            {
                "employee_id": employee.id,
                "periode_id": periode.id,
                "company_id": periode.company_id.id,
                "date_start": date_start or periode.date_start,
                "date_end": periode.date_end,
            }
            for employee in employees
        ]
        skps = self.sudo().create(vals)
        skps.with_context(mail_activity_quick_update=True)._kinerja_activity_update()
        return skps
