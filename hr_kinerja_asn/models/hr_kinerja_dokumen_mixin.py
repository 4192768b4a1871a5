"""What every signed official document (SKP, evaluation) shares: its canonical content
and hash, its electronic signatures, and the formatting the printed forms use.

The hash is taken over a canonical JSON of what the document *says* (the values
printed on the page, as stored keys and names, never translated labels), so a
signature stays valid across languages and layouts and turns invalid as soon as any
printed content is changed behind the workflow's back.
"""

import base64
import hashlib
import json
import secrets

from babel.dates import format_date, format_datetime
from markupsafe import Markup, escape

from odoo import fields, models

from .kinerja_sisip import sisipkan

ZONA_WAKTU = "Asia/Jakarta"
ZONA_INDONESIA = ("Asia/Jakarta", "Asia/Pontianak", "Asia/Makassar", "Asia/Jayapura")


class HrKinerjaDokumenMixin(models.AbstractModel):
    _name = "hr.kinerja.dokumen.mixin"
    _description = "Signed Performance Document"

    tanda_tangan_html = fields.Html(
        string="Electronic Signatures",
        compute="_compute_tanda_tangan_html",
        sanitize=False,
    )

    # -- to implement -----------------------------------------------------
    def _kinerja_dokumen_konten(self):
        """The printed content as plain JSON-able data (one record)."""
        raise NotImplementedError

    def _kinerja_dokumen_nama(self):
        """Short name of the document for the signature and the verification page."""
        raise NotImplementedError

    def _kinerja_dokumen_identitas(self):
        """What the public verification page may show: a list of (label, value)."""
        raise NotImplementedError

    def _kinerja_cetak_konsep(self):
        """The banner of a document not yet in force (empty when it is)."""
        raise NotImplementedError

    def _kinerja_cetak_pihak(self):
        """The signature blocks: ``pegawai`` and ``penilai`` (employees, readable: the form
        prints their identity), ``tempat`` and ``tanggal`` above the PPK."""
        raise NotImplementedError

    def _kinerja_prefetch(self):
        """Read what the hash needs for the whole batch at once (override per document)."""

    def _kinerja_status_dokumen(self):
        """(words for the verification page, in force or not): a signed document that
        was returned, replaced or cancelled is no longer valid even if unchanged."""
        raise NotImplementedError

    def _kinerja_catatan_tanda_tangan(self, signature):
        """A note under one signature on the verification page ('' when none), e.g. that
        a later decision superseded what it signed."""
        return ""

    def _kinerja_pihak_peran(self, peran):
        """The official a role's signature stands for (employee), e.g. the pegawai."""
        raise NotImplementedError

    def _kinerja_atas_nama(self, signature):
        """'atas nama <official>' when someone signed for the official (the HR office
        for a pegawai or a PPK without an account), else ''."""
        official = self._kinerja_pihak_peran(signature.peran).sudo()
        if not official or signature.employee_id == official:
            return ""
        return f"atas nama {official.name}"

    # -- hash and signatures -------------------------------------------------
    def _kinerja_hash(self):
        self.ensure_one()
        return self._kinerja_hash_batch()[self.id]

    def _kinerja_hash_batch(self):
        """{id: SHA-256 of the printed content} for a batch of documents: what each
        signature keeps and the verification page recomputes (one document)."""
        # one language for the hash: translated names (unit, core values) must not make
        # the same document hash differently for an Indonesian and an English reader
        docs = self.sudo().with_context(lang="en_US")
        return {
            doc_id: hashlib.sha256(
                json.dumps(
                    content,
                    sort_keys=True,
                    ensure_ascii=False,
                    separators=(",", ":"),
                    default=str,
                ).encode()
            ).hexdigest()
            for doc_id, content in docs._kinerja_dokumen_konten_batch().items()
        }

    def _kinerja_dokumen_konten_batch(self):
        """{id: printed content} of a batch (a document reading its lines in batch
        overrides it, and its one-record content is then this batch's)."""
        self._kinerja_prefetch()
        return {doc.id: doc._kinerja_dokumen_konten() for doc in self}

    def _kinerja_tanda_tangan(self):
        return (
            self.env["hr.kinerja.tanda.tangan"]
            .sudo()
            .search([("res_model", "=", self._name), ("res_id", "in", self.ids)])
        )

    def _kinerja_tanda_tangan_terakhir(self, peran):
        """The latest signature of the document in a role (what the page prints)."""
        self.ensure_one()
        return (
            self.env["hr.kinerja.tanda.tangan"]
            .sudo()
            .search(
                [("res_model", "=", self._name), ("res_id", "=", self.id), ("peran", "=", peran)],
                order="signed_at desc, id desc",
                limit=1,
            )
        )

    def _kinerja_sign(self, peran):
        """The current user signs every document of ``self`` in ``peran``: one insert."""
        user = self.env.user
        now = fields.Datetime.now()
        hashes = self._kinerja_hash_batch()
        employees = {e.company_id.id: e for e in reversed(user.sudo().employee_ids)}
        rows = []
        for doc in self:
            employee = employees.get(doc.company_id.id) or self.env["hr.employee"]
            rows.append(
                {
                    "res_model": self._name,
                    "res_id": doc.id,
                    "company_id": doc.company_id.id,
                    "dokumen": doc._kinerja_dokumen_nama(),
                    "peran": peran,
                    "user_id": user.id,
                    "employee_id": employee.id,
                    "nama": employee.name or user.name,
                    "jabatan": employee.job_title or False,
                    "signed_at": now,
                    "document_hash": hashes[doc.id],
                    "token": secrets.token_urlsafe(24),
                }
            )
        Signature = self.env["hr.kinerja.tanda.tangan"].sudo()
        if len(rows) == 1:
            return Signature.create(rows)
        # a unit's or a year's signatures in one INSERT (``kinerja_sisip``)
        return sisipkan(Signature, {name: [row[name] for row in rows] for name in rows[0]})

    def _compute_tanda_tangan_html(self):
        signatures = self._kinerja_tanda_tangan()
        # the signers' time zones in one read (user by user: two queries per signer)
        signatures.user_id.mapped("tz")
        by_doc = {}
        for sig in signatures:
            by_doc.setdefault(sig.res_id, []).append(sig)
        _ = self.env._
        peran = dict(
            self.env["hr.kinerja.tanda.tangan"]._fields["peran"]._description_selection(self.env)
        )
        heads = "".join(
            f"<th>{escape(label)}</th>"
            for label in (_("Signed As"), _("Signer"), _("Signed On"), _("Hash"), _("Status"))
        )
        not_signed = _("Not signed yet.")
        for doc in self:
            sigs = by_doc.get(doc.id) if doc.id else None
            if not sigs:
                doc.tanda_tangan_html = Markup("<p class='text-muted'>%s</p>") % not_signed
                continue
            current = doc._kinerja_hash()
            rows = []
            for sig in sigs:
                ok = sig.document_hash == current
                status = _("matches the document") if ok else _("document changed since")
                rows.append(
                    "<tr><td>{}</td><td>{}</td><td>{}</td><td><code>{}…</code></td>"
                    "<td class='{}'>{}</td><td><a href='{}' target='_blank'>{}</a></td></tr>".format(
                        escape(peran[sig.peran]),
                        escape(sig.nama),
                        escape(doc._kinerja_waktu(sig.signed_at, sig.user_id)),
                        escape(sig.document_hash[:16]),
                        "text-success" if ok else "text-danger fw-bold",
                        escape(status),
                        escape(sig._verification_url()),
                        escape(_("Verify")),
                    )
                )
            doc.tanda_tangan_html = Markup(
                f"<table class='table table-sm'><thead><tr>{heads}<th></th></tr></thead>"
                f"<tbody>{''.join(rows)}</tbody></table>"
            )

    # -- printing helpers ----------------------------------------------------
    def _kinerja_qr_src(self, signature):
        """The QR code of a signature's verification URL as a data URI: wkhtmltopdf
        renders it without fetching anything from the server."""
        png = self.env["ir.actions.report"].barcode(
            "QR", signature._verification_url(), width=180, height=180
        )
        return "data:image/png;base64," + base64.b64encode(png).decode()

    @staticmethod
    def _kinerja_tanggal(value):
        """``1 Januari 2026``: the official forms' date format."""
        return format_date(value, format="d MMMM y", locale="id_ID") if value else ""

    def _kinerja_waktu(self, value, user=None):
        """Date and time of a signature in the signer's Indonesian zone (WIB, WITA or
        WIT; WIB when the signer works in another zone, e.g. a system account)."""
        if not value:
            return ""
        tz = (user or self.env.user).tz
        tz = tz if tz in ZONA_INDONESIA else ZONA_WAKTU
        return format_datetime(value, format="d MMMM y HH:mm zzz", tzinfo=tz, locale="id_ID")
