"""Screenshot an Odoo page as a given user, in headless chromium (for reviewing views).

Usage: [CLICK='css||css'] .venv/bin/python scripts/screenshot.py LOGIN PASSWORD URL_PATH OUT.png [DB] [WIDTH HEIGHT]
Logs in through JSON-RPC, hands the session cookie to chromium over the
DevTools protocol, waits for the web client to settle, and saves a PNG.
"""

import base64
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.request

import websocket

BASE = os.environ.get("ODOO_URL", "http://localhost:8069")


def login(db, user, password):
    req = urllib.request.Request(
        f"{BASE}/web/session/authenticate",
        data=json.dumps({"params": {"db": db, "login": user, "password": password}}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(req, timeout=30) as resp:
        cookie = resp.headers["Set-Cookie"]
    return cookie.split("session_id=")[1].split(";")[0]


def main(user, password, path, out, db="kinerja_demo", width=1400, height=900):
    sid = login(db, user, password)
    profile = tempfile.mkdtemp()
    port = 9333
    proc = subprocess.Popen(
        [
            "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
            f"--remote-debugging-port={port}",
            f"--window-size={width},{height}",
            "about:blank",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(50):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/json", timeout=2) as r:
                    tabs = [t for t in json.load(r) if t["type"] == "page"]
                if tabs:
                    break
            except OSError:
                pass
            time.sleep(0.2)
        ws = websocket.create_connection(tabs[0]["webSocketDebuggerUrl"], timeout=60)
        seq = iter(range(1, 10**6))

        def call(method, **params):
            msg_id = next(seq)
            ws.send(json.dumps({"id": msg_id, "method": method, "params": params}))
            while True:
                msg = json.loads(ws.recv())
                if msg.get("id") == msg_id:
                    return msg.get("result", {})

        call("Network.enable")
        call("Network.setCookie", name="session_id", value=sid, domain="localhost", path="/")
        call(
            "Emulation.setDeviceMetricsOverride",
            width=int(width),
            height=int(height),
            deviceScaleFactor=1,
            mobile=False,
        )
        call("Page.navigate", url=f"{BASE}{path}")
        ready = (
            "!!document.querySelector('.o_form_view, .o_list_view, .o_kanban_view, "
            ".o_login_auth, .o_report_iframe, main') && "
            "!document.querySelector('.o_loading_indicator, .o_blockUI')"
        )
        for _ in range(120):
            res = call("Runtime.evaluate", expression=ready, returnByValue=True)
            if res.get("result", {}).get("value"):
                break
            time.sleep(0.5)
        time.sleep(1.5)
        for selector in filter(None, os.environ.get("CLICK", "").split("||")):
            call("Runtime.evaluate", expression=f"document.querySelector({selector!r}).click()")
            time.sleep(1.5)
        shot = call("Page.captureScreenshot", format="png")
        with open(out, "wb") as f:
            f.write(base64.b64decode(shot["data"]))
    finally:
        proc.kill()


if __name__ == "__main__":
    main(*sys.argv[1:])
