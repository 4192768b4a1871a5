"""The month's tunjangan kinerja / TPP on the payslip.

Who may do what (the payslip's own rights stay OCA payroll's):

==================================  =======================================================
Action                              Who
==================================  =======================================================
compute a payslip (TPP filled)      payroll officer / manager (OCA ``payroll`` groups)
read a payslip                      payroll officer (OCA rule); a pegawai: their own only
set ``kinerja_tunjangan_id``        nobody: only :meth:`_kinerja_isi_tpp` (the compute)
choose refuse / warn                payroll manager, per company (Settings › Payroll)
==================================  =======================================================

The amounts are the HR office's: the locked ``hr.kinerja.tunjangan`` of the
employee and month, never a figure typed on the payslip. The salary rules
``TPP_KINERJA`` and ``TPP_DISIPLIN`` declare inputs of the same codes
(``hr.rule.input``) and read ``inputs.TPP_KINERJA.amount``; this model fills those
inputs and links the record it used, so a reader goes from the TPP line to the
record's explanation (the predikat, each late arrival and its cut).

Two entry points take the inputs:

* :meth:`get_inputs` (OCA's hook, called by the form's onchange for one payslip)
  fills the declared TPP inputs it is given, in one query;
* :meth:`compute_sheet` (the form's button, OCA's batch wizard and confirmation)
  fills them again for the whole recordset in a constant number of queries — it is
  the authority, because OCA's batch wizard calls ``get_inputs`` on an empty
  payslip whose structure it does not know yet (no inputs come back there), and
  because an input line typed or edited by hand must not reach the payslip.
  It refuses a month whose tunjangan is missing or not locked, or, if the company
  chose so, computes TPP 0 and says why in the payslip's chatter.
"""

from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools.misc import format_date, formatLang

#: the input codes the TPP salary rules declare and read (``inputs.<code>.amount``)
TPP_KINERJA = "TPP_KINERJA"
TPP_DISIPLIN = "TPP_DISIPLIN"
KODE_TPP = (TPP_KINERJA, TPP_DISIPLIN)

#: how many names an error lists before "and N more"
BATAS_DAFTAR = 10


class HrPayslip(models.Model):
    _name = "hr.payslip"
    _inherit = ["hr.payslip", "hr.kinerja.workflow.mixin"]

    # -- fields -------------------------------------------------------------------
    kinerja_tunjangan_id = fields.Many2one(
        "hr.kinerja.tunjangan",
        string="Performance Allowance",
        readonly=True,
        copy=False,
        index="btree_not_null",
        ondelete="restrict",
        help="The locked monthly performance allowance (tunjangan kinerja / TPP) whose "
        "amounts this payslip's TPP inputs carry. Set by the computation only.",
    )
    kinerja_penjelasan = fields.Text(
        related="kinerja_tunjangan_id.penjelasan", string="Allowance Explanation"
    )
    kinerja_predikat = fields.Selection(related="kinerja_tunjangan_id.predikat", string="Predikat")
    kinerja_jumlah = fields.Monetary(
        related="kinerja_tunjangan_id.jumlah",
        string="Allowance Amount",
        currency_field="kinerja_currency_id",
    )
    kinerja_currency_id = fields.Many2one(related="kinerja_tunjangan_id.currency_id")

    #: the link is the computation's: a client never writes it (project sentinel)
    _kinerja_workflow_fields = frozenset({"kinerja_tunjangan_id"})
    _kinerja_jaga_crud = True

    # -- CRUD ---------------------------------------------------------------------
    def copy(self, default=None):
        """A refund (OCA copies the payslip) keeps the link of the payslip it reverses:
        its TPP inputs are that record's amounts."""
        new = super().copy(default)
        if self.kinerja_tunjangan_id and "kinerja_tunjangan_id" not in (default or {}):
            new._kinerja_transisi().write({"kinerja_tunjangan_id": self.kinerja_tunjangan_id.id})
        return new

    # -- OCA hooks ----------------------------------------------------------------
    def get_inputs(self, contracts, date_from, date_to):
        """OCA's inputs, with the declared TPP inputs carrying the month's amounts."""
        res = super().get_inputs(contracts, date_from, date_to)
        lines = [line for line in res if line.get("code") in KODE_TPP]
        if not lines or not date_from:
            return res
        month = fields.Date.to_date(date_from).replace(day=1)
        found = self._kinerja_cari_tunjangan(contracts.employee_id, [month])
        for line in lines:
            employee = contracts.browse(line["contract_id"]).employee_id
            tunjangan = found.get((employee.id, month))
            line.update(self._kinerja_nilai_input(line["code"], tunjangan, month))
        return res

    def compute_sheet(self):
        self._kinerja_isi_tpp()
        return super().compute_sheet()

    # -- business helpers ---------------------------------------------------------
    @api.model
    def _kinerja_bulan(self, payslip):
        """The calendar month a payslip pays TPP for: the month of its first day."""
        return payslip.date_from.replace(day=1)

    @api.model
    def _kinerja_cari_tunjangan(self, employees, months):
        """{(employee id, month): tunjangan} for these employees and months, in one
        query. Read as superuser: the payroll office pays what the HR office locked
        without holding the HR office's rights; the payslip is what it may see."""
        if not employees or not months:
            return {}
        records = (
            self.env["hr.kinerja.tunjangan"]
            .sudo()
            .search_fetch(
                [("employee_id", "in", employees.ids), ("date_start", "in", list(months))],
                [
                    "employee_id",
                    "date_start",
                    "state",
                    "predikat",
                    "jumlah_kinerja",
                    "jumlah_disiplin",
                    "potongan_persen",
                ],
            )
        )
        return {(rec.employee_id.id, rec.date_start): rec for rec in records}

    def _kinerja_nilai_input(self, code, tunjangan, month):
        """The name and amount of one TPP input: the line says what it came from (the
        month, the predikat, the discipline cuts) so the payslip reads on its own."""
        _ = self.env._
        label = format_date(self.env, month, date_format="MMMM y")
        kinerja = code == TPP_KINERJA
        if not tunjangan:
            name = (
                _("Performance TPP %(month)s (no allowance record)", month=label)
                if kinerja
                else _("Discipline TPP %(month)s (no allowance record)", month=label)
            )
            return {"name": name, "amount": 0.0}
        if tunjangan.state != "dikunci":
            state = dict(tunjangan._fields["state"]._description_selection(self.env))
            state = state[tunjangan.state]
            name = (
                _("Performance TPP %(month)s (not locked: %(state)s)", month=label, state=state)
                if kinerja
                else _("Discipline TPP %(month)s (not locked: %(state)s)", month=label, state=state)
            )
            return {"name": name, "amount": 0.0}
        if kinerja:
            predikat = dict(tunjangan._fields["predikat"]._description_selection(self.env))
            return {
                "name": _(
                    "Performance TPP %(month)s (predikat %(predikat)s)",
                    month=label,
                    predikat=predikat.get(tunjangan.predikat) or _("none"),
                ),
                "amount": tunjangan.jumlah_kinerja,
            }
        if not tunjangan.potongan_persen:
            name = _("Discipline TPP %(month)s (no cuts)", month=label)
        else:
            cut = f"{formatLang(self.env, tunjangan.potongan_persen, digits=2)} %"
            name = _("Discipline TPP %(month)s (cuts %(cut)s)", month=label, cut=cut)
        return {"name": name, "amount": tunjangan.jumlah_disiplin}

    def _kinerja_kode_tpp(self):
        """{payslip: the TPP input codes its structure declares}: payslips whose
        structure has no TPP rule are none of this module's business. One look-up per
        structure, not per payslip (a batch shares its structure)."""
        per_struktur, result = {}, {}
        # browse again: a recordset taken from a one2many whose cache was dropped would
        # fetch its records one by one
        for slip in self.browse(self.ids):
            if slip.struct_id not in per_struktur:
                rules = slip._get_salary_rules()
                codes = tuple(c for c in KODE_TPP if c in set(rules.input_ids.mapped("code")))
                if not slip.struct_id:  # the contracts' structures: this payslip's own
                    result[slip] = codes
                    continue
                per_struktur[slip.struct_id] = codes
            if per_struktur[slip.struct_id]:
                result[slip] = per_struktur[slip.struct_id]
        return {slip: codes for slip, codes in result.items() if codes}

    def _kinerja_isi_tpp(self):
        """Fill the TPP inputs of these payslips from their months' tunjangan, link the
        record used, and refuse (or, as the company chose, warn about) a month whose
        tunjangan is missing or not locked. Constant queries for the whole batch: one
        look-up of the tunjangan, one delete and one insert of input lines, one update
        of the links, one insert of warnings."""
        kode = self._kinerja_kode_tpp()
        if not kode:
            return
        _ = self.env._
        slips = self.browse([slip.id for slip in kode])
        slips.check_access("write")
        month_of = {slip: self._kinerja_bulan(slip) for slip in slips}
        found = self._kinerja_cari_tunjangan(slips.employee_id, set(month_of.values()))
        used, problems = {}, {}
        for slip in slips:
            tunjangan = found.get((slip.employee_id.id, month_of[slip]))
            if tunjangan and tunjangan.state == "dikunci":
                used[slip] = tunjangan
            else:
                problems[slip] = self._kinerja_masalah(slip, tunjangan, month_of[slip])
        refused = [
            slip for slip in problems if slip.company_id.kinerja_tpp_belum_dikunci != "peringatan"
        ]
        if refused:
            listed = [problems[slip] for slip in refused[:BATAS_DAFTAR]]
            if len(refused) > BATAS_DAFTAR:
                listed.append(_("and %s more", len(refused) - BATAS_DAFTAR))
            raise UserError(
                _(
                    "Payroll pays only a locked performance allowance (tunjangan kinerja / "
                    "TPP):\n%(list)s\nThe HR office computes, verifies and locks the month in "
                    "Kinerja ASN › Allowances.",
                    list="\n".join(f"• {line}" for line in listed),
                )
            )
        # the inputs: what the tunjangan says, whatever the lines said before
        slips.input_line_ids.filtered(lambda line: line.code in KODE_TPP).unlink()
        vals_list = []
        for slip in slips:
            contract = slip.contract_id or slip._get_employee_contracts()[:1]
            if not contract:
                continue
            tunjangan = found.get((slip.employee_id.id, month_of[slip]))
            for code in kode[slip]:
                values = slip._kinerja_nilai_input(code, tunjangan, month_of[slip])
                if slip in problems:
                    values["amount"] = 0.0
                vals_list.append(
                    {"payslip_id": slip.id, "contract_id": contract.id, "code": code, **values}
                )
        self.env["hr.payslip.input"].create(vals_list)
        # the link (access checked above; one UPDATE for the batch when flushed)
        for slip in slips.sudo():
            slip.kinerja_tunjangan_id = used.get(slip, False)
        if problems:
            slips.browse([slip.id for slip in problems])._message_log_batch(
                bodies={
                    slip.id: Markup("<p>%s</p>") % _("No TPP on this payslip: %s", problems[slip])
                    for slip in problems
                }
            )

    def _kinerja_masalah(self, slip, tunjangan, month):
        """Why ``slip`` cannot pay TPP, in one sentence naming the employee."""
        _ = self.env._
        label = format_date(self.env, month, date_format="MMMM y")
        if not tunjangan:
            return _(
                "%(employee)s has no performance allowance record for %(month)s.",
                employee=slip.employee_id.name,
                month=label,
            )
        state = dict(tunjangan._fields["state"]._description_selection(self.env))
        return _(
            "The performance allowance of %(employee)s for %(month)s is %(state)s, not locked.",
            employee=slip.employee_id.name,
            month=label,
            state=state[tunjangan.state],
        )
