"""Workflow fields change only through the model's own transitions.

Any logged-in user can call ``create`` and ``write`` over JSON-RPC with any values
and any context. So the fields a transition sets (``state``, the dates and "by whom"
of each step, snapshots, numbers, ratings' outcomes, signatures' flags) are refused
in ``create``/``write`` unless the call comes from inside the model's own code: as
superuser (``sudo()`` inside a private method) or under the module-level sentinel
object :data:`TRANSISI`, which no client can send because JSON cannot carry a Python
object's identity (the pattern of ``hr_leave._check_approval_update`` and OCA
``queue_job``'s edit sentinel; ``docs/security.md``).

A value that equals what the record already holds (or, on create, the field's
initial value) is not a change: the web client sends the statusbar's ``state`` with
a new record, and that must not be refused.
"""

from odoo import api, models
from odoo.exceptions import UserError
from odoo.tools import SQL

#: the one object that unlocks workflow fields; compared by identity, never by value
TRANSISI = object()
_KUNCI = "kinerja_transisi"


def transisi(records):
    """``records`` inside a transition: for the private steps of the workflow only."""
    return records.with_context(**{_KUNCI: TRANSISI})


def dalam_transisi(records):
    """True only inside a transition started by :func:`transisi` (never by a client)."""
    return records.env.context.get(_KUNCI) is TRANSISI


class HrKinerjaWorkflowMixin(models.AbstractModel):
    _name = "hr.kinerja.workflow.mixin"
    _description = "Workflow Fields Guarded at the Model Boundary"

    #: fields only the model's transitions set
    _kinerja_workflow_fields = frozenset()
    #: initial values a create may carry for workflow fields (others: empty only)
    _kinerja_nilai_awal = {}
    #: True: ``create``/``write`` below refuse workflow fields; models whose own
    #: ``create``/``write`` derive or guard more call the check themselves instead
    _kinerja_jaga_crud = False

    @api.model_create_multi
    def create(self, vals_list):
        if self._kinerja_jaga_crud:
            self._kinerja_cek_nilai_workflow(vals_list=vals_list)
        return super().create(vals_list)

    def write(self, vals):
        if self._kinerja_jaga_crud:
            self._kinerja_cek_nilai_workflow(vals=vals)
        return super().write(vals)

    #: actions whose right is stated once in ``_alasan_tidak_boleh`` and shown as
    #: ``can_<action>`` (declared by the model)
    _kinerja_aksi = ()

    # -- rights, stated once (hr_expense's can_approve pattern) --------------------
    def _alasan_tidak_boleh(self, action):
        """Why the current user may not ``action`` this record (False when they may).
        The model's buttons (``can_*``) and its actions both read it."""
        self.ensure_one()
        return self._kinerja_aturan()[action]()

    def _kinerja_aturan(self):
        """{action: method returning the reason or False}: one rule per action."""
        return {}

    @api.depends_context("uid")
    @api.depends("state")
    def _compute_can(self):
        for rec in self:
            for action in self._kinerja_aksi:
                rec[f"can_{action}"] = not rec._alasan_tidak_boleh(action)

    def _check_can(self, action):
        for rec in self:
            reason = rec._alasan_tidak_boleh(action)
            if reason:
                raise UserError(reason)

    # -- the sentinel -----------------------------------------------------------
    def _kinerja_transisi(self):
        """This recordset, inside one of its model's own transitions (private steps)."""
        return transisi(self)

    def _kinerja_dalam_transisi(self):
        """Workflow fields may be written: superuser or an explicit transition."""
        return self.env.su or dalam_transisi(self)

    def _kinerja_mulai(self):
        """The first step of every transition: the caller may see these records (any id
        can arrive over RPC) and holds them until the transition is done."""
        self.check_access("read")
        self._kinerja_kunci()

    def _kinerja_kunci(self):
        """Lock these rows before a transition: of two requests acting on one record at
        once, the second waits, then meets PostgreSQL's serialization check and is
        retried by Odoo, so it sees the new state and gets the transition's own message
        (never a half-done step or a duplicate follower, signature or message)."""
        if self.ids:
            self.env.cr.execute(
                SQL(
                    "SELECT id FROM %s WHERE id = ANY(%s) FOR NO KEY UPDATE",
                    SQL.identifier(self._table),
                    self.ids,
                )
            )

    @api.model
    def _kinerja_mail_fields(self):
        """Chatter and activity fields: written by mail's own (checked) methods."""
        return {
            fname
            for fname in self._fields
            if fname.startswith(("message_", "activity_", "website_message", "has_message"))
        }

    # -- the guard --------------------------------------------------------------
    def _kinerja_cek_nilai_workflow(self, vals_list=None, vals=None):
        """Refuse workflow fields in ``vals_list`` (create) or ``vals`` (write)."""
        if self._kinerja_dalam_transisi():
            return
        if vals_list is not None:
            for values in vals_list:
                forged = [
                    fname
                    for fname in set(values) & self._kinerja_workflow_fields
                    if values[fname] != self._kinerja_nilai_awal.get(fname, False)
                    and (values[fname] or fname in self._kinerja_nilai_awal)
                ]
                self._kinerja_tolak_workflow(forged)
            return
        forged = [
            fname
            for fname in set(vals) & self._kinerja_workflow_fields
            if self._kinerja_berubah(fname, vals[fname])
        ]
        self._kinerja_tolak_workflow(forged)

    def _kinerja_berubah(self, fname, value):
        field = self._fields[fname]
        for rec in self:
            new = field.convert_to_record(field.convert_to_cache(value, rec), rec)
            if new != rec[fname]:
                return True
        return False

    def _kinerja_tolak_workflow(self, fnames):
        if not fnames:
            return
        labels = ", ".join(sorted(self._fields[f]._description_string(self.env) for f in fnames))
        raise UserError(
            self.env._(
                "%(fields)s of %(model)s are set by its workflow (the buttons of the form), "
                "never written directly.",
                fields=labels,
                model=self.env["ir.model"]._get(self._name).name,
            )
        )
