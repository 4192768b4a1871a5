"""A stand-in for BKN's SIASN, served over real HTTP on 127.0.0.1 by the test.

It checks what BKN checks in the public documentation: the two tokens (API gateway
``Authorization: Bearer`` and SSO ``Auth: bearer``), the exact set of keys of each
payload, their types, the reference codes, the kuadran against the 3 x 3 table of
PermenPANRB 6/2022 (an exporter computing ``max(hasil, perilaku)`` is refused), the
NIP of an ASN appraiser, and a known ``id`` on an update. A valid payload is saved
under a new id (or in place, for an update) and answered the way SIASN answers
(``success``, ``mapData``). A refusal is an HTTP 400 with BKN's ``message``.

Failures are scripted per pegawai (``server.rencana[pns_id] = [500, "timeout",
...]``): each request of that pegawai takes the next planned failure, then the
service answers normally.
"""

import json
import logging
import threading
import time
from base64 import b64decode
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

from odoo.addons.hr_kinerja_asn.models.kinerja_rules import KUADRAN
from odoo.addons.hr_kinerja_asn_siasn.models import siasn_payload

_logger = logging.getLogger(__name__)

WSO_TOKEN = "token-gateway-uji"
SSO_TOKEN = "token-sso-uji"
KEY, SECRET = "kunci-uji", "rahasia-uji"
CLIENT, USER, PASSWORD = "klien-uji", "operator-uji", "sandi-uji"

INT = int
STR = str
TYPES = {
    "hasilKinerjaNilai": INT,
    "perilakuKerjaNilai": INT,
    "kuadranKinerjaNilai": INT,
    "tahun": INT,
    "bulanMulaiPenilaian": INT,
    "bulanSelesaiPenilaian": INT,
    "tahunMulaiPenilaian": INT,
    "tahunSelesaiPenilaian": INT,
    "penilaiGolongan": STR,
    "penilaiJabatan": STR,
    "penilaiJabatanNama": STR,
    "penilaiNama": STR,
    "penilaiNipNrp": STR,
    "penilaiUnorNama": STR,
    "pnsDinilaiOrang": STR,
    "pnsDinilaiId": STR,
    "statusPenilai": STR,
    "periodikId": STR,
    "koefisienId": STR,
    "path": list,
}
RATING_KODE = {v: k for k, v in siasn_payload.RATING.items()}
KUADRAN_KODE = siasn_payload.KUADRAN


def validate(endpoint, payload, saved, known_pns):
    """The reasons BKN would refuse ``payload`` (an empty list: accepted)."""
    keys = {
        "skp22": siasn_payload.SKP22_KEYS,
        "kinerjaperiodik": siasn_payload.KINERJAPERIODIK_KEYS,
    }[endpoint]
    errors = []
    if not isinstance(payload, dict):
        return ["body is not a JSON object"]
    if set(payload) != keys:
        errors.append(
            f"keys: missing {sorted(keys - set(payload))}, unknown {sorted(set(payload) - keys)}"
        )
        return errors
    for key, expected in TYPES.items():
        if key in payload and not (
            isinstance(payload[key], expected) and not isinstance(payload[key], bool)
        ):
            errors.append(f"{key} must be {expected.__name__}")
    if errors:
        return errors
    if payload["id"] is not None and payload["id"] not in saved:
        errors.append(f"id {payload['id']} tidak ditemukan")
    hasil = RATING_KODE.get(payload["hasilKinerjaNilai"])
    perilaku = RATING_KODE.get(payload["perilakuKerjaNilai"])
    if not hasil or not perilaku:
        errors.append("hasilKinerjaNilai/perilakuKerjaNilai not in referensi perilakuDanKinerja")
    elif payload["kuadranKinerjaNilai"] != KUADRAN_KODE[KUADRAN[(hasil, perilaku)]]:
        errors.append("kuadranKinerjaNilai does not follow the kuadran table")
    if payload["statusPenilai"] not in ("ASN", "NON ASN"):
        errors.append("statusPenilai must be ASN or NON ASN")
    elif payload["statusPenilai"] == "ASN" and not (
        len(payload["penilaiNipNrp"]) == 18 and payload["penilaiNipNrp"].isdigit()
    ):
        errors.append("penilaiNipNrp of an ASN appraiser must be an 18-digit NIP")
    elif payload["statusPenilai"] == "ASN" and payload["penilaiGolongan"] not in (
        set(siasn_payload.GOLONGAN.values()) | {""}
    ):
        errors.append("penilaiGolongan not in referensi golonganPns")
    if not payload["penilaiNama"]:
        errors.append("penilaiNama is required")
    pns = payload.get("pnsDinilaiOrang") or payload.get("pnsDinilaiId")
    if pns not in known_pns:
        errors.append(f"PNS {pns} tidak ditemukan")
    if not 2000 <= payload["tahun"] <= 2100:
        errors.append("tahun out of range")
    if endpoint == "kinerjaperiodik":
        if payload["periodikId"] not in ("1", "2"):
            errors.append("periodikId not in referensi periodik")
        if not (1 <= payload["bulanMulaiPenilaian"] <= payload["bulanSelesaiPenilaian"] <= 12):
            errors.append("bulan out of range")
        span = payload["bulanSelesaiPenilaian"] - payload["bulanMulaiPenilaian"] + 1
        if (payload["periodikId"], span) not in (("1", 1), ("2", 3)):
            errors.append("periodikId does not match the months")
        if payload["koefisienId"] not in set(siasn_payload.KOEFISIEN.values()) | {""}:
            errors.append("koefisienId not in referensi koefisien")
    return errors


class FakeSiasn:
    """The server, its saved rows, its planned failures and its request log."""

    def __init__(self, pns=None):
        #: NIP -> SIASN PNS id, as pns/data-utama answers
        self.pns = dict(pns or {})
        #: SIASN id -> (endpoint, payload)
        self.saved = {}
        #: pns id -> list of planned failures: an HTTP status, "timeout" or "putus"
        self.rencana = {}
        #: (method, path, headers, body) of every request
        self.log = []
        self.lambat = 2.0  # seconds a "timeout" answer waits (the tests' timeout is 1)
        self._seq = 0
        self._lock = threading.Lock()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self):
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def start(self):
        self.thread.start()
        return self

    def stop(self):
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(5)

    def requests(self, path_part):
        return [entry for entry in self.log if path_part in entry[1]]

    def _new_id(self, prefix):
        with self._lock:
            self._seq += 1
            return f"{prefix}-{self._seq:04d}"

    def _handler(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # keep the test output clean
                return

            def _send(self, status, body, headers=None):
                data = json.dumps(body).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    for key, value in (headers or {}).items():
                        self.send_header(key, value)
                    self.end_headers()
                    self.wfile.write(data)
                except OSError as exc:  # the client gave up (timeout)
                    _logger.debug("SIASN stand-in: client gone: %s", exc)

            def _body(self):
                length = int(self.headers.get("Content-Length") or 0)
                return self.rfile.read(length).decode() if length else ""

            def _authorised(self):
                return (
                    self.headers.get("Authorization") == f"Bearer {WSO_TOKEN}"
                    and self.headers.get("Auth") == f"bearer {SSO_TOKEN}"
                )

            def do_POST(self):
                raw = self._body()
                server.log.append(("POST", self.path, dict(self.headers), raw))
                handler = {"/oauth2/token": self._gateway_token, "/sso/token": self._sso_token}
                answer = handler.get(self.path, self._save)(raw)
                if answer:
                    self._send(*answer)

            def _gateway_token(self, raw):
                basic = b64decode(
                    (self.headers.get("Authorization") or "Basic ").split(" ", 1)[1]
                ).decode()
                if basic != f"{KEY}:{SECRET}" or parse_qs(raw).get("grant_type") != [
                    "client_credentials"
                ]:
                    return 401, {"error": "invalid_client"}
                return 200, {"access_token": WSO_TOKEN, "expires_in": 3600}

            def _sso_token(self, raw):
                form = {k: v[0] for k, v in parse_qs(raw).items()}
                expected = {
                    "grant_type": "password",
                    "client_id": CLIENT,
                    "username": USER,
                    "password": PASSWORD,
                }
                if form != expected:
                    return 401, {"error": "invalid_grant"}
                return 200, {"access_token": SSO_TOKEN, "expires_in": 3600}

            def _save(self, raw):
                endpoint = self.path.removeprefix("/api/").removesuffix("/save")
                refusal = None
                if endpoint not in ("skp22", "kinerjaperiodik"):
                    refusal = 404, {"message": "not found"}
                elif not self._authorised():
                    refusal = 401, {"message": "Invalid Credentials"}
                try:
                    payload = json.loads(raw)
                except ValueError:
                    payload = None
                    refusal = refusal or (400, {"success": False, "message": "invalid JSON"})
                if refusal:
                    return refusal
                failure = self._planned_failure(payload)
                if failure:
                    return failure if isinstance(failure, tuple) else None
                errors = validate(endpoint, payload, server.saved, set(server.pns.values()))
                if errors:
                    return 400, {"success": False, "message": "; ".join(errors), "mapData": None}
                key = {"skp22": "rwSkpId", "kinerjaperiodik": "rwKinerjaPeriodikId"}[endpoint]
                row_id = payload["id"] or server._new_id(endpoint)
                server.saved[row_id] = (endpoint, payload)
                return 200, {"success": True, "message": "success", "mapData": {key: row_id}}

            def _planned_failure(self, payload):
                """The next planned failure of this pegawai: an answer (status, body,
                headers), True when the connection was cut, None when none is planned."""
                pns = payload.get("pnsDinilaiOrang") or payload.get("pnsDinilaiId")
                with server._lock:
                    plan = server.rencana.get(pns) or []
                    failure = plan.pop(0) if plan else None
                if failure == "timeout":
                    time.sleep(server.lambat)
                    return 500, {"message": "too late"}
                if failure == "putus":
                    self.close_connection = True
                    self.connection.shutdown(2)
                    return True
                if failure == 429:
                    return 429, {"message": "Too Many Requests"}, {"Retry-After": "7"}
                if failure:
                    return failure, {"message": "Internal Server Error"}
                return None

            def do_GET(self):
                server.log.append(("GET", self.path, dict(self.headers), ""))
                if not self.path.startswith("/api/pns/data-utama/"):
                    return self._send(404, {"message": "not found"})
                if not self._authorised():
                    return self._send(401, {"message": "Invalid Credentials"})
                nip = self.path.rsplit("/", 1)[1]
                if nip not in server.pns:
                    return self._send(404, {"code": 0, "data": "Data tidak ditemukan"})
                return self._send(200, {"code": 1, "data": {"id": server.pns[nip], "nipBaru": nip}})

        return Handler
