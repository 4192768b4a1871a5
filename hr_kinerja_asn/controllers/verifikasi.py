"""Public verification of a printed document, reached by the QR code of a signature.

Anyone holding the printed page may check it: the page shows the document's identity
(what the page itself prints), its current status (a returned, revised or cancelled SKP
is no longer in force even when its content did not change), its signatures (with "atas
nama" when the HR office signed for the official) and whether the stored document still
matches the hash each signature recorded. Nothing else is disclosed, and an unknown
token answers the same page with "not found" (404), telling nothing about other tokens.
"""

from odoo import http
from odoo.http import request

from ..report.istilah import PERAN


class KinerjaVerifikasi(http.Controller):
    @http.route(
        "/kinerja/verifikasi/<string:token>",
        type="http",
        auth="public",
        methods=["GET"],
        sitemap=False,
    )
    def verifikasi(self, token, **kwargs):
        Signature = request.env["hr.kinerja.tanda.tangan"].sudo()
        signature = Signature.search([("token", "=", token)], limit=1) if len(token) >= 16 else None
        document = signature._document() if signature else None
        if not document:
            return request.render("hr_kinerja_asn.verifikasi_page", {"found": False}, status=404)
        current = document._kinerja_hash()
        signatures = document._kinerja_tanda_tangan()
        status, berlaku = document._kinerja_status_dokumen()
        values = {
            "found": True,
            "signature": signature,
            "identitas": document._kinerja_dokumen_identitas(),
            "cocok": signature.document_hash == current,
            "status": status,
            "berlaku": berlaku,
            "rows": [
                {
                    "sig": sig,
                    "waktu": document._kinerja_waktu(sig.signed_at, sig.user_id),
                    "cocok": sig.document_hash == current,
                    "peran": PERAN[sig.peran],
                    "atas_nama": document._kinerja_atas_nama(sig),
                    "kode": sig.document_hash[:16].upper(),
                    "catatan": document._kinerja_catatan_tanda_tangan(sig),
                }
                for sig in signatures
            ],
        }
        return request.render("hr_kinerja_asn.verifikasi_page", values)
