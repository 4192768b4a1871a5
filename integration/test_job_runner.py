"""The job queue for real (issue 14): a prefork Odoo server with HTTP workers, a cron
worker and OCA queue_job's job runner, started as ``make run`` starts it, on the test
database. The HR office opens a year over JSON-RPC; the runner (a separate process,
woken by PostgreSQL NOTIFY, calling the server's ``/queue_job/runjob``) creates the
SKPs part by part, and the HR office reads the batch's progress until it is done.

Run by ``make test`` after the suite (``scripts/test.sh``): KINERJA_DB, ODOO_RC and
VENV name the database, configuration and virtualenv."""

import configparser
import json
import os
import socket
import subprocess
import time
import urllib.request
from contextlib import closing

import psycopg2
import pytest

DB = os.environ["KINERJA_DB"]
ODOO_RC = os.environ["ODOO_RC"]
VENV = os.environ["VENV"]
PART = 3
TIMEOUT = 180


def free_port():
    with closing(socket.socket()) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def connect():
    config = configparser.ConfigParser()
    config.read(ODOO_RC)
    o = config["options"]
    return psycopg2.connect(
        host=o["db_host"],
        port=o["db_port"],
        user=o["db_user"],
        password=o["db_password"],
        dbname=DB,
    )


class Rpc:
    def __init__(self, url, login, password):
        self.url = url
        self.uid = self.call("common", "authenticate", DB, login, password, {})
        assert self.uid, f"cannot log in as {login}"
        self.password = password

    def call(self, service, method, *args):
        body = json.dumps(
            {
                "jsonrpc": "2.0",
                "method": "call",
                "params": {"service": service, "method": method, "args": args},
            }
        ).encode()
        request = urllib.request.Request(
            f"{self.url}/jsonrpc", body, {"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=120) as response:
            reply = json.loads(response.read())
        if "error" in reply:
            raise AssertionError(reply["error"]["data"]["message"])
        return reply["result"]

    def __call__(self, model, method, *args, **kwargs):
        return self.call(
            "object", "execute_kw", DB, self.uid, self.password, model, method, list(args), kwargs
        )


@pytest.fixture(scope="module")
def server():
    with closing(connect()) as conn, conn.cursor() as cr:
        # parts of 3 pegawai: the demo agency opens its year in several jobs
        cr.execute(
            "INSERT INTO ir_config_parameter (key, value) VALUES ('hr_kinerja_asn.ukuran_bagian', %s) "
            "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
            [str(PART)],
        )
        conn.commit()
    port = free_port()
    env = dict(os.environ, ODOO_QUEUE_JOB_CHANNELS="root:2,root.kinerja:1,root.siasn:1")
    process = subprocess.Popen(
        [
            f"{VENV}/bin/odoo",
            "-c",
            ODOO_RC,
            "-d",
            DB,
            f"--db-filter=^{DB}$",
            "--workers=2",
            "--max-cron-threads=1",
            "--load=base,web,queue_job",
            f"--http-port={port}",
            f"--gevent-port={free_port()}",
            "--log-level=warn",
        ],
        env=env,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(f"{url}/web/login", timeout=5).close()
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise AssertionError("the prefork server did not start") from None
            time.sleep(0.5)
    yield url
    process.terminate()
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()


def test_opening_a_year_through_the_job_runner(server):
    hr = Rpc(server, "kepegawaian", "kepegawaian")
    company = hr("res.users", "read", [hr.uid], ["company_id"])[0]["company_id"][0]
    tahun = 2035
    periode = hr("hr.kinerja.periode", "create", {"tahun": tahun, "company_id": company})
    expected = hr(
        "hr.employee",
        "search_count",
        [("company_id", "=", company), ("jenis_jabatan", "not in", [False, "pejabat_negara"])],
    )
    assert expected > PART, expected
    started = time.monotonic()
    action = hr("hr.kinerja.periode", "action_mulai", [periode])
    assert action["res_model"] == "hr.kinerja.proses", action
    proses_id = action["res_id"]
    while True:
        proses = hr(
            "hr.kinerja.proses",
            "read",
            [proses_id],
            ["state", "bagian_selesai", "jumlah_bagian", "jumlah_hasil", "progres"],
        )[0]
        if proses["state"] != "berjalan" or time.monotonic() - started > TIMEOUT:
            break
        time.sleep(0.5)
    assert proses["state"] == "selesai", proses
    assert proses["jumlah_bagian"] == -(-expected // PART)
    assert proses["bagian_selesai"] == proses["jumlah_bagian"]
    assert proses["jumlah_hasil"] == expected
    assert proses["progres"] == 100
    skps = hr("hr.kinerja.skp", "search_count", [("periode_id", "=", periode)])
    assert skps == expected
    # each part ran once, as a job of its own, run by the runner as the HR officer
    admin = Rpc(server, "admin", "admin")
    jobs = admin(
        "queue.job", "search_read", [("kinerja_proses_id", "=", proses_id)], ["state", "user_id"]
    )
    assert len(jobs) == proses["jumlah_bagian"]
    assert {job["state"] for job in jobs} == {"done"}
    assert {job["user_id"][0] for job in jobs} == {hr.uid}
    # and the HR officer was told in their inbox
    notices = hr(
        "mail.message",
        "search_count",
        [
            ("model", "=", "hr.kinerja.proses"),
            ("res_id", "=", proses_id),
            ("needaction", "=", True),
        ],
    )
    assert notices == 1
