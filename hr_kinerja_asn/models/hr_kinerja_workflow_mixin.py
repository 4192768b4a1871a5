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

from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import SQL
from odoo.tools.mail import generate_tracking_message_id

from .kinerja_larik import larik, seragam
from .kinerja_perusahaan import cek_perusahaan
from .kinerja_sisip import sisipkan
from .kinerja_teks import kalimat
from .res_users import peran_sekali

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

    def _check_company(self, fnames=None):
        """Odoo's check, set-based for a batch (``kinerja_perusahaan``)."""
        return cek_perusahaan(self, fnames, super()._check_company)

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

    def _kinerja_baca_untuk_aturan(self):
        """Read for the whole batch, before the rules run record by record, the fields
        of related records they compare (a model overrides it): only those columns,
        where a first access would fetch each related record's whole row."""

    @api.depends_context("uid")
    @api.depends("state")
    def _compute_can(self):
        self._kinerja_baca_untuk_aturan()
        with peran_sekali(self.env):
            for rec in self:
                for action in self._kinerja_aksi:
                    rec[f"can_{action}"] = not rec._alasan_tidak_boleh(action)

    def _check_can(self, action):
        self._kinerja_baca_untuk_aturan()
        with peran_sekali(self.env):
            for rec in self:
                reason = rec._alasan_tidak_boleh(action)
                if reason:
                    raise UserError(reason)

    # -- the chatter line of a transition, on a whole batch -------------------------
    def _kinerja_catat(self, bodies):
        """mail's ``_message_log_batch`` (a note on each record, nobody notified), in
        one INSERT for the batch (``kinerja_sisip``): the same columns mail's
        ``_message_create`` fills. For the transitions' own lines only (the caller
        checked the rights)."""
        records = self.sudo()
        count = len(records)
        if not count:
            return self.env["mail.message"]
        author, email_from = records._message_compute_author(None, None, raise_on_email=False)
        reply_to = self.env["mail.thread"]._notify_get_reply_to(default=email_from)[False]
        return sisipkan(
            self.env["mail.message"].sudo(),
            {
                "model": [self._name] * count,
                "res_id": records.ids,
                # a paragraph, as mail's sanitiser stores a plain text
                "body": [Markup("<p>%s</p>") % kalimat(bodies.get(rid, "")) for rid in records.ids],
                "author_id": [author] * count,
                "email_from": [email_from or False] * count,
                "message_type": ["notification"] * count,
                "is_internal": [True] * count,
                "subtype_id": [self.env.ref("mail.mt_note").id] * count,
                "email_add_signature": [False] * count,
                "message_id": [generate_tracking_message_id("message-notify")] * count,
                "reply_to": [reply_to or False] * count,
                "date": [fields.Datetime.now()] * count,
            },
        )

    # -- news for the people a transition concerns ---------------------------------
    def _kinerja_kabari(self, items):
        """Tell each person their news, in their own language, in their inbox and on the
        record's chatter: one batch of messages and notifications, never one
        ``message_post`` per record (a unit or a year is hundreds of records).

        ``items``: iterable of ``(record, partner, body_of)`` where ``body_of(record)``
        builds the text from the record read in the recipient's language
        (``record.env._`` translates).
        """
        subtype = self.env.ref("mail.mt_comment")
        author = self.env.user.partner_id
        # what mail computes per message otherwise (as _message_log_batch does)
        reply_to = self.env["mail.thread"]._notify_get_reply_to(default=author.email_formatted)[
            False
        ]
        rows, partners = [], []
        envs = {}  # one environment per language, not one per record
        for record, partner, body_of in items:
            if not partner:
                continue
            lang = partner.lang or self.env.lang
            if (record.env, lang) not in envs:
                envs[record.env, lang] = record.with_context(lang=lang).env
            in_lang = record.with_env(envs[record.env, lang])
            rows.append(
                (
                    record._name,
                    record.id,
                    # plain text made HTML as mail's sanitiser stores it
                    Markup("<p>%s</p>") % body_of(in_lang),
                    generate_tracking_message_id("kinerja-kabar"),
                )
            )
            partners.append(partner.id)
        now = fields.Datetime.now()
        # the columns ``mail.message.create`` fills, for the whole batch in one INSERT
        # (``kinerja_sisip``): the ORM would build each message in Python
        messages = sisipkan(
            self.env["mail.message"].sudo(),
            {
                "model": [row[0] for row in rows],
                "res_id": [row[1] for row in rows],
                "body": [row[2] for row in rows],
                "message_id": [row[3] for row in rows],
                "message_type": ["comment"] * len(rows),
                "subtype_id": [subtype.id] * len(rows),
                "author_id": [author.id] * len(rows),
                "email_from": [author.email_formatted or False] * len(rows),
                "reply_to": [reply_to or False] * len(rows),
                "email_add_signature": [False] * len(rows),
                "date": [now] * len(rows),
            },
        )
        # recipients and inbox notifications in two set-based statements, not per message
        sisipkan(
            self.env["mail.notification"].sudo(),
            {
                "mail_message_id": messages.ids,
                "res_partner_id": partners,
                "notification_type": ["inbox"] * len(rows),
                "notification_status": ["ready"] * len(rows),
            },
        )
        self.env.cr.execute(
            SQL(
                "INSERT INTO mail_message_res_partner_rel (mail_message_id, res_partner_id) "
                "SELECT * FROM unnest(%s, %s) ON CONFLICT DO NOTHING",
                larik(messages.ids),
                larik(partners),
            )
        )
        messages.invalidate_recordset(["partner_ids"])
        return messages

    # -- per-record values of a batch in one statement ----------------------------
    def _kinerja_tulis_per_record(self, values):
        """Write ``{id: {field: value}}`` (plain stored columns: ids, chars, dates, the
        same fields for every record) in one UPDATE for the whole batch, then tell the
        ORM: cache invalidated, dependent stored fields (related fields of children,
        record-rule columns) marked to recompute. A batch's snapshots differ per record
        (each pegawai's own PPK): ``write`` would need one call per distinct value, i.e.
        queries growing with the number of PPKs; and a province's finalisation writes
        the same values to 50,000 evaluations, which the ORM does in Python record by
        record and in statements of a hundred rows. Only inside a transition; who
        wrote and when are set as ``write`` sets them, and the fields' constraints
        checked."""
        if not values:
            return
        assert self._kinerja_dalam_transisi(), "per-record columns only inside a transition"
        fnames = sorted(next(iter(values.values())))
        ids = list(values)
        records = self.browse(ids)
        # a value still pending in the cache would overwrite this one when flushed
        records.flush_recordset(fnames)
        columns = {fname: [values[i][fname] for i in ids] for fname in fnames}
        if self._log_access:
            columns["write_uid"] = [self.env.uid] * len(ids)
            columns["write_date"] = [fields.Datetime.now()] * len(ids)
        fnames = list(columns)
        fields_ = [self._fields[fname] for fname in fnames]
        for field in fields_:
            assert field.store and field.column_type and not field.translate, field.name
        table = SQL.identifier(self._table)
        # a value the same for every record (the new state, the date, the user) is one
        # constant, converted once; the others (each pegawai's own PPK) an array each
        tetap, beragam = [], []
        for field in fields_:
            (tetap if seragam(columns[field.name]) else beragam).append(field)
        assignments = [
            SQL(
                "%s = %s::%s",
                SQL.identifier(field.name),
                field.convert_to_column(columns[field.name][0], self),
                SQL(field.column_type[1]),
            )
            for field in tetap
        ] + [SQL("%s = v.%s", SQL.identifier(f.name), SQL.identifier(f.name)) for f in beragam]
        if not beragam:
            # a transition of a whole batch: the UPDATE a hand-written batch would run
            self.env.cr.execute(
                SQL(
                    "UPDATE %s SET %s WHERE id = ANY(%s)",
                    table,
                    SQL(", ").join(assignments),
                    larik(ids),
                )
            )
        else:
            arrays = [larik(ids)] + [
                larik(
                    [field.convert_to_column(value, self) for value in columns[field.name]],
                    field.column_type[1],
                )
                for field in beragam
            ]
            self.env.cr.execute(
                SQL(
                    "UPDATE %s AS t SET %s FROM unnest(%s) AS v(%s) WHERE t.id = v.id",
                    table,
                    SQL(", ").join(assignments),
                    SQL(", ").join(arrays),
                    SQL(", ").join(SQL.identifier(f) for f in ["id", *(f.name for f in beragam)]),
                )
            )
        records.invalidate_recordset(fnames)
        records.modified(fnames)
        records._validate_fields(fnames)

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
                    larik(self.ids),
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
