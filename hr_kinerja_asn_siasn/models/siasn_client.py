"""The HTTP conversation with BKN's SIASN web service, and what each failure means.

Authentication is what the public clients do (black-coffee04/ws-siasn-php): an API
gateway token from the consumer key and secret (OAuth2 ``client_credentials`` at the
token URL), sent as ``Authorization: Bearer ...``, and the SSO token of the agency's
SIASN operator (``password`` grant at the SSO URL with the client id), sent as
``Auth: bearer ...``. Both are kept in memory until shortly before they expire; a 401
forgets them, so the retry asks again.

Every request has a timeout. A failure is classified once, here:

- retried later (:attr:`SiasnError.retryable`): no connection, timeout, HTTP 5xx, 429
  (BKN's rate limit; its ``Retry-After`` is honoured) and 401 (an expired token);
- final: any other 4xx, and a 2xx whose body says ``success: false`` (BKN refuses
  some payloads that way). Sending the same payload again cannot succeed: the HR
  office must correct the data and resend.
"""

import json
import threading
import time

import requests

from .siasn_payload import berhasil

#: tokens by (URL, client, secret): (token, expiry in time.monotonic())
_TOKENS = {}
_TOKENS_LOCK = threading.Lock()


class SiasnError(Exception):
    """A failed exchange. ``kind``: koneksi, timeout, server, batas, token, ditolak,
    respon; ``status``: the HTTP status (None without a response); ``body``: BKN's
    answer as text (truncated)."""

    RETRYABLE = frozenset({"koneksi", "timeout", "server", "batas", "token"})

    def __init__(self, kind, status=None, body="", retry_after=None):
        super().__init__(f"{kind} {status or ''} {body[:200]}")
        self.kind = kind
        self.status = status
        self.body = body[:4000]
        self.retry_after = retry_after

    @property
    def retryable(self):
        return self.kind in self.RETRYABLE


def _request(method, url, timeout, **kwargs):
    try:
        return requests.request(method, url, timeout=timeout, **kwargs)
    except requests.Timeout as exc:
        raise SiasnError("timeout", body=str(exc)) from exc
    except requests.RequestException as exc:
        raise SiasnError("koneksi", body=str(exc)) from exc


def _retry_after(response):
    try:
        return max(int(response.headers.get("Retry-After", "")), 1)
    except ValueError:
        return None


def _raise_for(response):
    """Raise the :class:`SiasnError` an unsuccessful response means."""
    status = response.status_code
    if status < 400:
        return
    kind = (
        "token"
        if status == 401
        else "batas"
        if status == 429
        else "server"
        if status >= 500
        else "ditolak"
    )
    raise SiasnError(kind, status, response.text, _retry_after(response))


def _token(url, data, auth, timeout):
    key = (url, data.get("client_id") or (auth or ("",))[0], json.dumps(data, sort_keys=True))
    with _TOKENS_LOCK:
        token, expiry = _TOKENS.get(key, (None, 0))
    if token and expiry > time.monotonic():
        return token
    response = _request(
        "POST", url, timeout, data=data, auth=auth, headers={"Accept": "application/json"}
    )
    _raise_for(response)
    try:
        body = response.json()
        token = body["access_token"]
    except (ValueError, KeyError, TypeError) as exc:
        raise SiasnError("respon", response.status_code, response.text) from exc
    expires_in = body.get("expires_in") or 3600
    with _TOKENS_LOCK:
        _TOKENS[key] = (token, time.monotonic() + max(int(expires_in) - 30, 1))
    return token


def lupakan_token():
    """Forget every cached token (after a 401, or when the settings change)."""
    with _TOKENS_LOCK:
        _TOKENS.clear()


def _headers(config):
    timeout = config["timeout"]
    headers = {"Accept": "application/json"}
    if config.get("consumer_key"):
        wso = _token(
            config["token_url"],
            {"grant_type": "client_credentials"},
            (config["consumer_key"], config.get("consumer_secret") or ""),
            timeout,
        )
        headers["Authorization"] = f"Bearer {wso}"
    if config.get("sso_username"):
        sso = _token(
            config["sso_url"],
            {
                "grant_type": "password",
                "client_id": config.get("client_id") or "",
                "username": config["sso_username"],
                "password": config.get("sso_password") or "",
            },
            None,
            timeout,
        )
        headers["Auth"] = f"bearer {sso}"
    return headers


def _call(config, method, path, **kwargs):
    url = f"{config['url'].rstrip('/')}/{path.lstrip('/')}"
    try:
        headers = _headers(config)
        response = _request(method, url, config["timeout"], headers=headers, **kwargs)
        _raise_for(response)
    except SiasnError as exc:
        if exc.kind == "token":
            lupakan_token()
        raise
    try:
        body = response.json()
    except ValueError as exc:
        raise SiasnError("respon", response.status_code, response.text) from exc
    return response.status_code, body


def simpan(config, endpoint, payload):
    """POST ``payload`` to ``endpoint``; BKN's JSON answer when it saved the row."""
    status, body = _call(config, "POST", endpoint, json=payload)
    if not berhasil(body):
        raise SiasnError("ditolak", status, json.dumps(body, ensure_ascii=False))
    return body


def pns_id(config, nip):
    """The SIASN id of the PNS with this NIP (``pns/data-utama/{nip}``), or None."""
    status, body = _call(config, "GET", f"pns/data-utama/{nip}")
    data = body.get("data") if isinstance(body, dict) else None
    if isinstance(data, dict) and data.get("id"):
        return str(data["id"])
    raise SiasnError("ditolak", status, json.dumps(body, ensure_ascii=False))
