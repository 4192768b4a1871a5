"""Workflow integrity over JSON-RPC, against the demo agency, as an attacker acts.

``test_integrity`` checks each category of forged call at the ORM level. Here the same
categories are replayed the way the web client or any external client sends them: log
in as a demo user over HTTP and post to ``/web/dataset/call_kw`` (and ``call_button``)
with any values and any context. Each attack must be refused with a clear error (a
JSON-RPC error whose ``data.name`` is UserError, AccessError, ValidationError or
MissingError, with a message: never a database error nor a generic server error), and
re-reading the record as superuser afterwards shows that nothing was written.

The demo users log in with id_ID, so the messages come back in Indonesian: the tests
assert the exception class and a non-empty message, never the wording.

Eko Prasetyo (ketua tim, receiver of Budi's anonymous feedback, owner of the demo
realisation) has no login in the demo: the class gives him one (``uji_eko``), so his
own attacks (un-reporting his realisation, taking over his own RHK, rating his own
coaching, finding his anonymous giver) are replayed as himself too.

Every attack is counted (``ATTACKS``, per test) and the total is logged when the class
ends. A refusal that does not happen is collected rather than raised at once, so one
run lists every hole of a category; the test then fails with the whole list.
"""

import collections
import datetime
import json
import logging
import pprint

from odoo import Command
from odoo.tests import HttpCase, new_test_user, tagged
from odoo.tools import mute_logger

from . import antrian

_logger = logging.getLogger(__name__)

#: the clear refusals an attack may end in (``data.name`` of the JSON-RPC error)
REFUSALS = frozenset(
    {
        "odoo.exceptions.UserError",
        "odoo.exceptions.AccessError",
        "odoo.exceptions.ValidationError",
        "odoo.exceptions.MissingError",
    }
)
#: context keys older code trusted; any client can send them
FORGED_CONTEXT = {
    "kinerja_skp_system": True,
    "kinerja_evaluasi_system": True,
    "kinerja_transisi": True,
    "kinerja_no_default_lines": True,
}
#: attack calls made in this run, per test method
ATTACKS = collections.Counter()

SKP = "hr.kinerja.skp"
RHK = "hr.kinerja.rhk"
EVALUASI = "hr.kinerja.evaluasi"
UNIT = "hr.kinerja.evaluasi.unit"
CATATAN = "hr.kinerja.evaluasi.catatan"
REALISASI = "hr.kinerja.realisasi"
PEMBINAAN = "hr.kinerja.pembinaan"
KOMPETENSI = "hr.kinerja.pembinaan.kompetensi"
UMPAN_BALIK = "hr.kinerja.umpan.balik"
PEMBERI = "hr.kinerja.umpan.balik.pemberi"
PERMINTAAN = "hr.kinerja.umpan.balik.permintaan"
TANDA_TANGAN = "hr.kinerja.tanda.tangan"

#: demo logins use their login as password; the users made here have their own
PASSWORDS = {"uji_eko": "uji_eko_rpc", "uji_hr_lain": "uji_hr_lain_rpc"}


@tagged("post_install", "-at_install")
class TestIntegrityRpc(HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        ref = cls.demo
        cls.emp_budi = ref("emp_pelaksana_aptika")
        cls.emp_eko = ref("emp_prakom_muda")
        cls.emp_dewi = ref("emp_kabid_aptika")
        cls.emp_rina = ref("emp_kadis")
        cls.emp_putri = ref("emp_prakom_pppk")
        cls.user_budi = ref("user_pegawai")
        cls.user_dewi = ref("user_penilai")
        cls.user_rina = ref("user_atasan")
        cls.skp_budi = ref("skp_demo_budi")
        cls.skp_eko = ref("skp_demo_eko")
        cls.skp_putri = ref("skp_demo_putri")
        cls.skp_dewi = ref("skp_demo_kabid_aptika")
        cls.skp_kadis = ref("skp_demo_kadis")
        cls.rhk_budi = ref("rhk_demo_budi_1")
        cls.rhk_eko = ref("rhk_demo_eko_1")
        cls.rhk_dewi = ref("rhk_demo_aptika_1")
        cls.periode = ref("periode_demo")
        cls.year = cls.periode.date_start.year
        cls.main_company = cls.skp_eko.company_id
        # Eko has no login in the demo: give him one, so he attacks his own records
        cls.user_eko = new_test_user(
            cls.env,
            login="uji_eko",
            password=PASSWORDS["uji_eko"],
            name="Eko Prasetyo (uji)",
            lang="id_ID",
            tz="Asia/Jakarta",
            company_id=cls.main_company.id,
            company_ids=[Command.set(cls.main_company.ids)],
        )
        cls.emp_eko.write({"user_id": cls.user_eko.id})
        # a note on January's final evaluation of Eko (superuser: a fixture, not an attack)
        cls.catatan_final = cls.env[CATATAN].create(
            {
                "evaluasi_id": ref("eva_demo_eko_jan").id,
                "rhk_id": cls.rhk_eko.id,
                "sinyal": "sesuai",
                "catatan": "Modul sesuai rencana aksi.",
            }
        )
        # Dewi coached Eko on his set SKP, with one competency rated 2
        cls.pembinaan = cls.env[PEMBINAAN].create(
            {
                "skp_id": cls.skp_eko.id,
                "penilai_id": cls.emp_dewi.id,
                "catatan": "Pembagian tugas tim dijadwalkan di awal minggu.",
                "kompetensi_ids": [Command.create({"name": "Komunikasi", "nilai": 2})],
            }
        )
        # requests for feedback about Eko (asked of Budi) and about Rina (asked of Dewi)
        Permintaan = cls.env[PERMINTAAN]
        cls.permintaan_eko = Permintaan.create(
            {"skp_id": cls.skp_eko.id, "diminta_dari_id": cls.emp_budi.id, "sumber": "bawahan"}
        )
        cls.permintaan_rina = Permintaan.create(
            {"skp_id": cls.skp_kadis.id, "diminta_dari_id": cls.emp_dewi.id, "sumber": "bawahan"}
        )

    @classmethod
    def tearDownClass(cls):
        _logger.info(
            "%s RPC attack calls made by %s: %s",
            sum(ATTACKS.values()),
            cls.__name__,
            ", ".join(f"{name} {count}" for name, count in sorted(ATTACKS.items())),
        )
        super().tearDownClass()

    def setUp(self):
        super().setUp()
        self._login = None
        self._holes = []
        self._request_id = 0

    @classmethod
    def demo(cls, name):
        return cls.env.ref(f"hr_kinerja_asn.{name}")

    # ------------------------------------------------------------------
    # The client
    # ------------------------------------------------------------------
    def as_user(self, login):
        """Log in over HTTP as ``login`` (once per run of calls as the same user)."""
        if self._login != login:
            self.authenticate(login, PASSWORDS.get(login, login))
            self._login = login

    def call(self, model, method, args, kwargs=None, route="call_kw"):
        """``model.method(*args, **kwargs)`` as the web client sends it, as the logged-in
        user; the context is the session's (language, time zone, company) plus whatever
        the caller puts in ``kwargs['context']``. Returns the parsed JSON-RPC response."""
        kwargs = dict(kwargs or {})
        user = self.env["res.users"].browse(self.session.uid)
        context = {
            **self.session.context,
            "allowed_company_ids": user.company_id.ids,
            **kwargs.pop("context", {}),
        }
        self._request_id += 1
        payload = {
            "jsonrpc": "2.0",
            "method": "call",
            "id": self._request_id,
            "params": {
                "model": model,
                "method": method,
                "args": args,
                "kwargs": {**kwargs, "context": context},
            },
        }
        # refusals are logged as warnings by the server: the response says it all
        with mute_logger("odoo.http"):
            response = self.url_open(
                f"/web/dataset/{route}/{model}/{method}",
                data=json.dumps(payload),
                headers={"Content-Type": "application/json"},
            )
        self.assertEqual(response.status_code, 200, response.text[:500])
        return response.json()

    def attack(self, login, model, method, args, kwargs=None, route="call_kw"):
        """One attack call as ``login``, counted."""
        ATTACKS[self._testMethodName] += 1
        self.as_user(login)
        return self.call(model, method, args, kwargs, route)

    def ok(self, login, model, method, args, kwargs=None):
        """A legitimate call (set-up or control, not counted): its result."""
        self.as_user(login)
        response = self.call(model, method, args, kwargs)
        self.assertNotIn("error", response, pprint.pformat(response.get("error"))[:3000])
        return response["result"]

    # ------------------------------------------------------------------
    # The verdicts: holes are collected, the test fails at the end with all of them
    # ------------------------------------------------------------------
    def hole(self, message):
        _logger.warning("HOLE in %s: %s", self._testMethodName, message)
        self._holes.append(message)

    def assert_no_holes(self):
        if self._holes:
            self.fail(f"{len(self._holes)} hole(s):\n- " + "\n- ".join(self._holes))

    @staticmethod
    def describe(login, model, method, args, kwargs=None):
        call = f"{model}.{method}({', '.join(map(repr, args))}"
        if kwargs:
            call += ", " + ", ".join(f"{k}={v!r}" for k, v in kwargs.items())
        return f"as {login!r}: {call})"

    def refused(self, response, what="the call"):
        """``response`` is a clear refusal: an Odoo error with a message. Returns its
        ``data`` (or None after recording the hole)."""
        error = response.get("error")
        if not error:
            self.hole(f"{what} was NOT refused; it returned {response.get('result')!r}"[:1500])
            return None
        data = error.get("data") or {}
        if data.get("name") not in REFUSALS:
            self.hole(
                f"{what} failed with {data.get('name')!r} instead of a clear refusal: "
                f"{data.get('message')!r}\n{(data.get('debug') or '')[-1500:]}"
            )
            return None
        if not (data.get("message") or "").strip():
            self.hole(f"{what} was refused ({data['name']}) without a message")
            return None
        return data

    def refuse(self, login, model, method, args, kwargs=None, route="call_kw"):
        """An attack that must be refused."""
        response = self.attack(login, model, method, args, kwargs, route)
        return self.refused(response, self.describe(login, model, method, args, kwargs))

    def reveals_nothing(self, login, model, method, args, kwargs=None, check=None):
        """An attack that may be refused or answered, but must not disclose: ``check``
        receives the result and returns what it disclosed (falsy when nothing). Returns
        the result, or None when refused."""
        response = self.attack(login, model, method, args, kwargs)
        what = self.describe(login, model, method, args, kwargs)
        if "error" in response:
            self.refused(response, what)
            return None
        disclosed = check(response["result"]) if check else response["result"]
        if disclosed:
            self.hole(f"{what} disclosed {disclosed!r}"[:1500])
        return response["result"]

    # ------------------------------------------------------------------
    # Nothing written: re-read as superuser from the database
    # ------------------------------------------------------------------
    def snapshot(self, record, fnames):
        self.env.invalidate_all()
        return {fname: record[fname] for fname in fnames}

    def unchanged(self, record, before):
        after = self.snapshot(record, list(before))
        for fname, value in before.items():
            if after[fname] != value:
                self.hole(f"{record!r}.{fname} was written: {value!r} -> {after[fname]!r}")

    def expect(self, condition, message):
        if not condition:
            self.hole(message)

    # ------------------------------------------------------------------
    # 1. SKP workflow fields
    # ------------------------------------------------------------------
    def test_01_skp_workflow_fields_are_not_written(self):
        skp = self.skp_budi
        self.assertEqual((skp.state, skp.aktif), ("draft", True))
        self.assertEqual(self.skp_putri.state, "diajukan")
        self.assertEqual(self.skp_eko.state, "ditetapkan")
        budi_fields = [
            "state",
            "aktif",
            "name",
            "versi",
            "ditetapkan_oleh_id",
            "tanggal_penetapan",
            "tanggal_pengajuan",
            "pejabat_penilai_id",
            "atasan_pejabat_penilai_id",
            "eskalasi_terkirim",
            "dikembalikan",
            "employee_id",
        ]
        before = self.snapshot(skp, budi_fields)
        own_skps = self.env[SKP].search_count([("employee_id", "=", self.emp_budi.id)])
        forged = [
            {"state": "ditetapkan"},
            {"state": "diajukan"},
            {"ditetapkan_oleh_id": self.user_dewi.id},
            {"tanggal_penetapan": f"{self.year}-01-05 08:00:00"},
            {"tanggal_pengajuan": f"{self.year}-01-04 08:00:00"},
            {"pejabat_penilai_id": self.emp_eko.id},
            {"atasan_pejabat_penilai_id": self.emp_eko.id},
            {"aktif": False},
            {"eskalasi_terkirim": True},
            {"dikembalikan": True},
            {"name": "SKP/PALSU/1"},
            {"versi": 9},
            {"employee_id": self.emp_eko.id},
            {
                "state": "ditetapkan",
                "ditetapkan_oleh_id": self.user_dewi.id,
                "tanggal_penetapan": f"{self.year}-01-05 08:00:00",
            },
        ]
        for vals in forged:
            self.refuse("pegawai", SKP, "write", [[skp.id], vals])
        # the form's save button: web_save on the record
        self.refuse(
            "pegawai",
            SKP,
            "web_save",
            [[skp.id], {"state": "ditetapkan", "aktif": True}],
            {"specification": {"state": {}}},
        )
        # a new SKP already set, or already replaced (create and the form's web_save)
        base = {"employee_id": self.emp_budi.id, "periode_id": self.periode.id}
        for vals in (
            {"state": "ditetapkan"},
            {"aktif": False},
            {"state": "diajukan", "aktif": False},
            {"aktif": False, "tanggal_penetapan": f"{self.year}-01-05 08:00:00"},
            {"aktif": False, "ditetapkan_oleh_id": self.user_dewi.id},
        ):
            self.refuse("pegawai", SKP, "create", [{**base, **vals}])
        self.refuse(
            "pegawai",
            SKP,
            "web_save",
            [[], {**base, "state": "ditetapkan", "aktif": False}],
            {"specification": {"state": {}}},
        )
        # the atasan PPK (not the PPK) of Putri does not set her submitted SKP
        putri = self.skp_putri
        self.refuse("atasan", SKP, "write", [[putri.id], {"state": "ditetapkan"}])
        self.refuse("atasan", SKP, "action_tetapkan", [[putri.id]])
        self.refuse("atasan", SKP, "action_tetapkan", [[putri.id]], route="call_button")
        self.refuse("atasan", SKP, "action_kembalikan", [[putri.id], "dikembalikan"])
        self.refuse("pegawai", SKP, "action_tetapkan", [[putri.id]])
        # nobody but Budi or the HR office submits his draft (each batch check asks
        # once whether the caller is the HR office)
        for login in ("uji_eko", "atasan", "penilai"):
            self.refuse(login, SKP, "action_ajukan", [[skp.id]])
            self.refuse(login, SKP, "action_ajukan", [[skp.id]], route="call_button")
        # a set SKP never goes back to draft, whoever asks
        eko = self.skp_eko
        for login in ("penilai", "uji_eko", "kepegawaian", "admin", "atasan"):
            self.refuse(login, SKP, "write", [[eko.id], {"state": "draft"}])
        self.refuse("penilai", SKP, "write", [[eko.id], {"aktif": False}])
        self.refuse("uji_eko", SKP, "write", [[eko.id], {"date_end": f"{self.year}-06-30"}])
        self.refuse("kepegawaian", SKP, "unlink", [[eko.id]])
        self.refuse("uji_eko", SKP, "action_tetapkan", [[eko.id]])

        self.unchanged(skp, before)
        self.expect(
            self.env[SKP].search_count([("employee_id", "=", self.emp_budi.id)]) == own_skps,
            "an SKP of Budi was created",
        )
        self.unchanged(putri, {"state": "diajukan", "ditetapkan_oleh_id": self.env["res.users"]})
        self.unchanged(eko, {"state": "ditetapkan", "aktif": True, "date_end": eko.date_end})
        self.assert_no_holes()
        # control: the content of a draft is still Budi's to change, and what an RPC call
        # writes is what ``unchanged`` re-reads
        self.ok("pegawai", SKP, "write", [[skp.id], {"pendekatan": "kualitatif"}])
        self.assertEqual(self.snapshot(skp, ["pendekatan"]), {"pendekatan": "kualitatif"})

    # ------------------------------------------------------------------
    # 2. Context keys sent by the client unlock nothing
    # ------------------------------------------------------------------
    def test_02_forged_context_unlocks_nothing(self):
        ctx = {"context": FORGED_CONTEXT}
        rhk = self.rhk_eko
        final = self.demo("eva_demo_eko_jan")
        unit = self.demo("unit_demo_aptika_feb")
        realisasi = self.demo("realisasi_demo_eko_jan")
        rhk_before = self.snapshot(rhk, ["name", "skp_id", "diambil_alih"])
        final_before = self.snapshot(
            final, ["rating_hasil_kerja", "rating_perilaku", "predikat", "catatan", "state"]
        )
        for login in ("penilai", "uji_eko", "kepegawaian", "admin"):
            self.refuse(login, RHK, "write", [[rhk.id], {"name": "Diubah lewat RPC"}], ctx)
            self.refuse(login, RHK, "unlink", [[rhk.id]], ctx)
        self.refuse("uji_eko", RHK, "write", [[rhk.id], {"diambil_alih": True}], ctx)
        for login in ("penilai", "kepegawaian", "admin"):
            self.refuse(
                login, EVALUASI, "write", [[final.id], {"rating_hasil_kerja": "dibawah"}], ctx
            )
            self.refuse(login, EVALUASI, "write", [[final.id], {"catatan": "diubah"}], ctx)
        self.refuse(
            "penilai",
            EVALUASI,
            "web_save",
            [[final.id], {"rating_hasil_kerja": "dibawah"}],
            {"specification": {"rating_hasil_kerja": {}}, **ctx},
        )
        self.refuse("pegawai", SKP, "write", [[self.skp_budi.id], {"state": "ditetapkan"}], ctx)
        self.refuse("penilai", SKP, "write", [[self.skp_eko.id], {"state": "draft"}], ctx)
        self.refuse("penilai", UNIT, "write", [[unit.id], {"state": "final"}], ctx)
        self.refuse("uji_eko", REALISASI, "write", [[realisasi.id], {"state": "draft"}], ctx)
        # the key with other values a client might try
        for value in ("TRANSISI", 1, {"id": 1}):
            self.refuse(
                "penilai",
                RHK,
                "write",
                [[rhk.id], {"name": "x"}],
                {"context": {"kinerja_transisi": value}},
            )

        self.unchanged(rhk, rhk_before)
        self.unchanged(final, final_before)
        self.unchanged(self.skp_budi, {"state": "draft"})
        self.unchanged(self.skp_eko, {"state": "ditetapkan"})
        self.unchanged(unit, {"state": "berjalan"})
        self.unchanged(realisasi, {"state": "dilaporkan"})
        self.assert_no_holes()

    # ------------------------------------------------------------------
    # 3. Evaluations
    # ------------------------------------------------------------------
    def test_03_evaluations(self):
        eko_feb = self.demo("eva_demo_eko_feb")
        dewi_feb = self.demo("eva_demo_dewi_feb")
        eko_jan = self.demo("eva_demo_eko_jan")
        unit_feb = self.demo("unit_demo_aptika_feb")
        self.assertEqual(eko_feb.state, "dinilai")
        self.assertEqual(dewi_feb.state, "draft")
        self.assertEqual((eko_jan.state, unit_feb.state), ("final", "berjalan"))
        feb_fields = [
            "state",
            "tanggal_final",
            "justifikasi",
            "predikat",
            "penilai_id",
            "unit_id",
            "ditandatangani_penilai",
            "rating_hasil_kerja",
        ]
        feb_before = self.snapshot(eko_feb, feb_fields)
        dewi_before = self.snapshot(dewi_feb, ["state", "rating_hasil_kerja", "catatan"])
        # the PPK writes the outcome instead of finalising the unit
        for vals in (
            {"state": "final"},
            {"state": "final", "tanggal_final": f"{self.year}-03-01 08:00:00"},
            {"tanggal_final": f"{self.year}-03-01 08:00:00"},
            {"justifikasi": "karangan"},
            {"predikat": "sangat_baik"},
            {"ditandatangani_penilai": True},
            {"penilai_id": self.emp_rina.id},
            {"unit_id": False},
        ):
            self.refuse("penilai", EVALUASI, "write", [[eko_feb.id], vals])
        self.refuse(
            "penilai", UNIT, "write", [[unit_feb.id], {"state": "final", "justifikasi": "x"}]
        )
        self.refuse("kepegawaian", UNIT, "write", [[unit_feb.id], {"state": "final"}])
        # Dewi's own evaluation is in her PPK's unit (decision 2): she cannot finalise it,
        # and her PPK cannot while it is unrated
        self.assertNotEqual(dewi_feb.unit_id, unit_feb)
        self.refuse(
            "penilai", UNIT, "action_finalkan", [[dewi_feb.unit_id.id]], route="call_button"
        )
        self.refuse("atasan", UNIT, "action_finalkan", [[dewi_feb.unit_id.id]], route="call_button")
        # private steps are not callable remotely
        self.refuse("penilai", UNIT, "_do_finalise", [[unit_feb.id], "x"])
        self.refuse("atasan", EVALUASI, "_kalibrasi", [[eko_feb.id], "diatas", "diatas", "x"])
        # the atasan PPK sends a rated evaluation back
        self.refuse("atasan", EVALUASI, "write", [[eko_feb.id], {"state": "draft"}])
        # the PPK does not read, rate or compute her own evaluation before it is final
        self.refuse("penilai", EVALUASI, "read", [[dewi_feb.id], ["rating_hasil_kerja", "catatan"]])
        self.refuse(
            "penilai",
            EVALUASI,
            "web_read",
            [[dewi_feb.id]],
            {"specification": {"rating_hasil_kerja": {}, "catatan": {}, "predikat": {}}},
        )
        self.reveals_nothing(
            "penilai",
            EVALUASI,
            "search_read",
            [[("id", "=", dewi_feb.id)], ["rating_hasil_kerja"]],
        )
        self.reveals_nothing(
            "penilai",
            EVALUASI,
            "search_read",
            [[("employee_id", "=", self.emp_dewi.id), ("state", "!=", "final")], ["state"]],
        )
        self.refuse("penilai", EVALUASI, "write", [[dewi_feb.id], {"rating_hasil_kerja": "diatas"}])
        self.refuse("penilai", EVALUASI, "action_hitung_predikat", [[dewi_feb.id]])
        # notes on a final evaluation: neither added, changed nor removed
        for login in ("penilai", "kepegawaian"):
            self.refuse(
                login,
                CATATAN,
                "create",
                [{"evaluasi_id": eko_jan.id, "catatan": "ditambah", "sinyal": "dibawah"}],
            )
            self.refuse(login, CATATAN, "write", [[self.catatan_final.id], {"sinyal": "dibawah"}])
            self.refuse(login, CATATAN, "unlink", [[self.catatan_final.id]])
            self.refuse(login, EVALUASI, "unlink", [[eko_jan.id]])
        # the HR office's wizard is the HR office's
        self.refuse(
            "penilai",
            "hr.kinerja.buat.evaluasi.wizard",
            "create",
            [{"periode_id": self.periode.id, "jenis": "tahunan"}],
        )

        self.unchanged(eko_feb, feb_before)
        self.unchanged(dewi_feb, dewi_before)
        self.unchanged(unit_feb, {"state": "berjalan", "justifikasi": False})
        self.unchanged(dewi_feb.unit_id, {"state": "berjalan", "justifikasi": False})
        self.expect(
            self.catatan_final.exists() and eko_jan.catatan_ids == self.catatan_final,
            f"the notes of the final evaluation changed: {eko_jan.catatan_ids.read(['catatan'])}",
        )
        self.unchanged(self.catatan_final, {"evaluasi_id": eko_jan, "sinyal": "sesuai"})
        # the demo's final annual evaluations (the nine-box's) are the only ones
        demo_annual = self.demo("eva_demo_eko_tahunan") | self.demo("eva_demo_dewi_tahunan")
        self.expect(
            not self.env[EVALUASI].search_count(
                [("jenis", "=", "tahunan"), ("id", "not in", demo_annual.ids)]
            ),
            "an annual evaluation was created",
        )
        self.assert_no_holes()

    # ------------------------------------------------------------------
    # 4. Realisation and RHK
    # ------------------------------------------------------------------
    def test_04_realisation_and_take_over(self):
        jan = self.demo("realisasi_demo_eko_jan")
        feb = self.demo("realisasi_demo_eko_feb")
        self.assertEqual((jan.state, feb.state), ("dilaporkan", "draft"))
        jan_before = self.snapshot(jan, ["state", "tanggal_lapor", "realisasi", "skp_id"])
        feb_before = self.snapshot(feb, ["state", "tanggal_lapor"])
        rhk_before = self.snapshot(self.rhk_eko, ["diambil_alih", "catatan_pengambilalihan"])
        realisations = self.env[REALISASI].search_count([])
        # the owner (Eko) and the HR office: a reported realisation is kept
        for login in ("uji_eko", "kepegawaian", "admin"):
            self.refuse(login, REALISASI, "write", [[jan.id], {"state": "draft"}])
            self.refuse(
                login, REALISASI, "write", [[jan.id], {"state": "draft", "tanggal_lapor": False}]
            )
            self.refuse(login, REALISASI, "unlink", [[jan.id]])
            self.refuse(
                login,
                REALISASI,
                "write",
                [[jan.id], {"tanggal_lapor": f"{self.year}-01-31 08:00:00"}],
            )
            self.refuse(login, REALISASI, "write", [[jan.id], {"realisasi": "diubah"}])
            # a draft is reported by its action, not by writing the state
            self.refuse(login, REALISASI, "write", [[feb.id], {"state": "dilaporkan"}])
            self.refuse(
                login,
                REALISASI,
                "write",
                [[feb.id], {"tanggal_lapor": f"{self.year}-02-28 08:00:00"}],
            )
            self.refuse(
                login,
                REALISASI,
                "create",
                [
                    {
                        "skp_id": self.skp_eko.id,
                        "rhk_id": self.rhk_eko.id,
                        "date_start": f"{self.year}-03-01",
                        "date_end": f"{self.year}-03-31",
                        "realisasi": "Integrasi selesai",
                        "state": "dilaporkan",
                    }
                ],
            )
        # the pegawai reports his own; returning is the PPK's act
        self.refuse("pegawai", REALISASI, "action_laporkan", [[feb.id]])
        self.refuse("uji_eko", REALISASI, "action_kembalikan", [[jan.id]], route="call_button")
        # taking over an RHK is the PPK's act, with a note
        for login in ("uji_eko", "kepegawaian"):
            self.refuse(login, RHK, "write", [[self.rhk_eko.id], {"diambil_alih": True}])
            self.refuse(
                login, RHK, "write", [[self.rhk_eko.id], {"catatan_pengambilalihan": "saya"}]
            )
        self.refuse("uji_eko", RHK, "_ambil_alih", [[self.rhk_eko.id], "saya sendiri"])
        wizard = self.ok(
            "uji_eko",
            "hr.kinerja.ambil.alih.wizard",
            "create",
            [{"rhk_id": self.rhk_eko.id, "catatan": "saya sendiri"}],
        )
        self.refuse(
            "uji_eko",
            "hr.kinerja.ambil.alih.wizard",
            "action_confirm",
            [[wizard]],
            route="call_button",
        )
        self.refuse("atasan", RHK, "write", [[self.rhk_eko.id], {"diambil_alih": True}])

        self.unchanged(jan, jan_before)
        self.unchanged(feb, feb_before)
        self.unchanged(self.rhk_eko, rhk_before)
        self.expect(
            self.env[REALISASI].search_count([]) == realisations, "a realisation was created"
        )
        self.assert_no_holes()

    # ------------------------------------------------------------------
    # 5. Moving records into a leader's set SKP
    # ------------------------------------------------------------------
    def test_05_records_do_not_move_into_a_leaders_skp(self):
        rhk = self.rhk_budi
        indikator = rhk.indikator_ids[:1]
        lampiran = self.skp_budi.lampiran_ids[:1]
        self.assertTrue(indikator and lampiran)
        self.assertEqual(self.skp_dewi.state, "ditetapkan")
        leader_rhk = {skp: skp.rhk_ids for skp in (self.skp_dewi, self.skp_eko)}
        for target in (self.skp_dewi, self.skp_eko):
            self.refuse("pegawai", RHK, "write", [[rhk.id], {"skp_id": target.id}])
            self.refuse(
                "pegawai", "hr.kinerja.lampiran", "write", [[lampiran.id], {"skp_id": target.id}]
            )
            self.refuse(
                "pegawai",
                "hr.kinerja.indikator",
                "write",
                [[indikator.id], {"rhk_id": target.rhk_ids[:1].id}],
            )
            # nor straight into it
            self.refuse("pegawai", RHK, "create", [{"skp_id": target.id, "name": "Titipan Budi"}])
            self.refuse(
                "pegawai",
                "hr.kinerja.lampiran",
                "create",
                [{"skp_id": target.id, "jenis": "skema", "name": "Titipan Budi"}],
            )
        # the web client's one-to-many commands: link his RHK into a leader's SKP
        self.refuse(
            "pegawai",
            SKP,
            "write",
            [[self.skp_dewi.id], {"rhk_ids": [Command.link(rhk.id)]}],
        )
        self.refuse(
            "pegawai",
            SKP,
            "write",
            [
                [self.skp_budi.id],
                {"rhk_ids": [Command.update(rhk.id, {"skp_id": self.skp_dewi.id})]},
            ],
        )

        self.unchanged(rhk, {"skp_id": self.skp_budi})
        self.unchanged(indikator, {"rhk_id": rhk})
        self.unchanged(lampiran, {"skp_id": self.skp_budi})
        for skp, before in leader_rhk.items():
            self.unchanged(skp, {"rhk_ids": before})
        self.expect(
            not self.env["hr.kinerja.lampiran"].search_count([("name", "=", "Titipan Budi")]),
            "a lampiran line was created in a leader's set SKP",
        )
        self.assert_no_holes()

    # ------------------------------------------------------------------
    # 6. Coaching
    # ------------------------------------------------------------------
    def test_06_coaching_is_the_ppks(self):
        coaching = self.pembinaan
        line = coaching.kompetensi_ids
        self.assertEqual(len(line), 1)
        coachings = self.env[PEMBINAAN].search_count([])
        # nobody but the PPK records a coaching "led by" the PPK
        for login, skp in (
            ("pegawai", self.skp_budi),
            ("uji_eko", self.skp_eko),
            ("atasan", self.skp_eko),
            ("pegawai", self.skp_eko),
        ):
            self.refuse(
                login,
                PEMBINAAN,
                "create",
                [
                    {
                        "skp_id": skp.id,
                        "penilai_id": self.emp_dewi.id,
                        "catatan": "Sudah dibina",
                        "kompetensi_ids": [Command.create({"name": "Integritas", "nilai": 5})],
                    }
                ],
            )
        # the coached pegawai answers B.1.8, nothing else
        self.refuse("uji_eko", KOMPETENSI, "write", [[line.id], {"nilai": 5}])
        self.refuse(
            "uji_eko",
            KOMPETENSI,
            "create",
            [{"pembinaan_id": coaching.id, "name": "Kepemimpinan", "nilai": 5}],
        )
        self.refuse("uji_eko", KOMPETENSI, "unlink", [[line.id]])
        self.refuse(
            "uji_eko",
            PEMBINAAN,
            "write",
            [[coaching.id], {"kompetensi_ids": [Command.update(line.id, {"nilai": 5})]}],
        )
        self.refuse("uji_eko", PEMBINAAN, "write", [[coaching.id], {"penilai_id": self.emp_eko.id}])
        self.refuse("uji_eko", PEMBINAAN, "write", [[coaching.id], {"catatan": "Tidak ada"}])
        self.refuse("uji_eko", PEMBINAAN, "unlink", [[coaching.id]])
        # someone else's coaching: neither read nor changed
        self.refuse("pegawai", PEMBINAAN, "read", [[coaching.id], ["catatan"]])
        self.refuse("pegawai", PEMBINAAN, "write", [[coaching.id], {"pernyataan_1": "tidak"}])
        # the PPK does not answer for the pegawai
        self.refuse("penilai", PEMBINAAN, "write", [[coaching.id], {"pernyataan_1": "ya"}])

        self.unchanged(line, {"nilai": 2, "pembinaan_id": coaching})
        self.unchanged(
            coaching,
            {
                "penilai_id": self.emp_dewi,
                "catatan": "Pembagian tugas tim dijadwalkan di awal minggu.",
                "pernyataan_1": False,
            },
        )
        self.expect(len(coaching.kompetensi_ids) == 1, "a competency line was added or removed")
        self.expect(
            self.env[PEMBINAAN].search_count([]) == coachings, "a coaching record was created"
        )
        self.assert_no_holes()
        # control: Eko answers the B.1.8 statements of his own coaching
        self.ok("uji_eko", PEMBINAAN, "write", [[coaching.id], {"pernyataan_1": "ya"}])
        self.assertEqual(self.snapshot(coaching, ["pernyataan_1"]), {"pernyataan_1": "ya"})

    # ------------------------------------------------------------------
    # 7. Anonymous feedback
    # ------------------------------------------------------------------
    def test_07_receiver_never_finds_the_anonymous_giver(self):
        demo_feedback = self.demo("umpan_balik_demo_budi_eko")
        self.assertTrue(demo_feedback.anonim)
        # fresh anonymous feedback over RPC: Budi to Eko, Dewi to Rina, each then edited
        fresh = {}
        for giver, receiver in (("pegawai", self.emp_eko), ("penilai", self.emp_rina)):
            fresh[giver] = self.ok(
                giver,
                UMPAN_BALIK,
                "create",
                [
                    {
                        "employee_id": receiver.id,
                        "sumber": "bawahan",
                        "anonim": True,
                        "isi": "Arahan rapat kadang kurang jelas",
                    }
                ],
            )
            self.ok(
                giver, UMPAN_BALIK, "write", [[fresh[giver]], {"isi": "Arahan rapat kurang jelas"}]
            )
        cases = (
            ("uji_eko", self.user_budi, self.emp_budi, [demo_feedback.id, fresh["pegawai"]]),
            ("atasan", self.user_dewi, self.emp_dewi, [fresh["penilai"]]),
        )
        for receiver, giver_user, giver_emp, ids in cases:
            uid = giver_user.id

            def by_giver(rows, uid=uid, giver_emp=giver_emp):
                """What in ``rows`` (read or search_read) names the giver."""
                name = giver_emp.name.split(",")[0]
                found = []
                for row in rows:
                    for fname in ("create_uid", "write_uid"):
                        if (row.get(fname) or [None])[0] == uid:
                            found.append((row["id"], fname, row[fname]))
                    if (row.get("pemberi_id") or [None])[0] == giver_emp.id:
                        found.append((row["id"], "pemberi_id", row["pemberi_id"]))
                    if name in (row.get("pemberi_label") or ""):
                        found.append((row["id"], "pemberi_label", row["pemberi_label"]))
                return found

            fnames = ["create_uid", "write_uid", "pemberi_id", "pemberi_label", "anonim"]
            rows = self.reveals_nothing(
                receiver, UMPAN_BALIK, "search_read", [[("id", "in", ids)], fnames], check=by_giver
            )
            self.expect(
                rows is None or sorted(r["id"] for r in rows) == sorted(ids),
                f"{receiver} does not see the feedback they received: {rows!r}",
            )
            self.reveals_nothing(receiver, UMPAN_BALIK, "read", [ids, fnames], check=by_giver)
            self.reveals_nothing(
                receiver,
                UMPAN_BALIK,
                "web_read",
                [ids],
                {
                    "specification": {
                        "create_uid": {"fields": {"display_name": {}}},
                        "write_uid": {"fields": {"display_name": {}}},
                        "pemberi_id": {"fields": {"display_name": {}}},
                        "pemberi_label": {},
                    }
                },
                check=lambda rows, uid=uid, emp=giver_emp: [
                    (row["id"], fname)
                    for row in rows
                    for fname in ("create_uid", "write_uid", "pemberi_id")
                    if (row.get(fname) or {}).get("id") in (uid, emp.id)
                ],
            )
            # searching by the giver's user finds nothing
            for fname in ("create_uid", "write_uid"):
                self.reveals_nothing(
                    receiver, UMPAN_BALIK, "search", [[("id", "in", ids), (fname, "=", uid)]]
                )
                for method, groups_of in (
                    ("read_group", lambda res: res),
                    ("web_read_group", lambda res: res["groups"]),
                ):
                    self.reveals_nothing(
                        receiver,
                        UMPAN_BALIK,
                        method,
                        [],
                        {"domain": [("id", "in", ids)], "fields": [fname], "groupby": [fname]},
                        check=lambda res, uid=uid, fname=fname, groups_of=groups_of: [
                            g for g in groups_of(res) if (g.get(fname) or [None])[0] == uid
                        ],
                    )
            self.reveals_nothing(
                receiver,
                UMPAN_BALIK,
                "search",
                [[("id", "in", ids), ("pemberi_id", "=", giver_emp.id)]],
            )
            self.reveals_nothing(
                receiver,
                UMPAN_BALIK,
                "search_count",
                [[("id", "in", ids), ("anonim_pemberi_ids.pemberi_id", "=", giver_emp.id)]],
            )
            self.reveals_nothing(
                receiver,
                UMPAN_BALIK,
                "search_count",
                [[("id", "in", ids), ("anonim_pemberi_ids.pemberi_id.user_id", "=", uid)]],
            )
            self.refuse(receiver, UMPAN_BALIK, "read", [ids, ["anonim_pemberi_ids"]])
            # the giver table itself
            self.reveals_nothing(
                receiver, PEMBERI, "search_read", [[("umpan_balik_id", "in", ids)], ["pemberi_id"]]
            )
            me = self.env["res.users"].search([("login", "=", receiver)]).employee_id
            self.reveals_nothing(
                receiver, PEMBERI, "search_read", [[("receiver_id", "=", me.id)], ["pemberi_id"]]
            )
            # requests for feedback about oneself
            self.reveals_nothing(
                receiver,
                PERMINTAAN,
                "search_read",
                [[("employee_id", "=", me.id)], ["diminta_dari_id", "sumber"]],
            )
            self.reveals_nothing(
                receiver,
                PERMINTAAN,
                "search_read",
                [[], ["employee_id", "diminta_dari_id"]],
                check=lambda rows, me=me: [
                    r for r in rows if (r["employee_id"] or [None])[0] == me.id
                ],
            )
        self.refuse("uji_eko", PERMINTAAN, "read", [[self.permintaan_eko.id], ["diminta_dari_id"]])
        self.refuse("atasan", PERMINTAAN, "read", [[self.permintaan_rina.id], ["diminta_dari_id"]])
        self.assert_no_holes()

    # ------------------------------------------------------------------
    # 8. Another agency
    # ------------------------------------------------------------------
    def test_08_other_agency_sees_and_evaluates_nothing(self):
        company_b = self.env["res.company"].create({"name": "Pemerintah Kota Lain"})
        new_test_user(
            self.env,
            login="uji_hr_lain",
            password=PASSWORDS["uji_hr_lain"],
            name="HR Kota Lain",
            lang="id_ID",
            groups="base.group_user,hr_kinerja_asn.group_kinerja_admin",
            company_id=company_b.id,
            company_ids=[Command.set(company_b.ids)],
        )
        signatures = self.env[TANDA_TANGAN].search([("company_id", "=", self.main_company.id)])
        self.assertTrue(signatures)
        login = "uji_hr_lain"
        self.reveals_nothing(login, TANDA_TANGAN, "search_read", [[], ["nama", "dokumen"]])
        self.reveals_nothing(login, TANDA_TANGAN, "search_count", [[]])
        self.refuse(login, TANDA_TANGAN, "read", [signatures[:1].ids, ["nama", "token"]])
        # claiming the other agency in the context
        self.refuse(
            login,
            TANDA_TANGAN,
            "search_read",
            [[], ["nama", "token"]],
            {"context": {"allowed_company_ids": [self.main_company.id, company_b.id]}},
        )
        self.reveals_nothing(login, SKP, "search_read", [[], ["name"]])
        self.reveals_nothing(login, EVALUASI, "search_read", [[], ["predikat"]])
        self.refuse(login, SKP, "read", [[self.skp_eko.id], ["name"]])
        november = {
            "skp_id": self.skp_eko.id,
            "jenis": "periodik",
            "date_start": f"{self.year}-11-01",
            "date_end": f"{self.year}-11-30",
        }
        self.refuse(login, EVALUASI, "create", [november])
        self.refuse(
            login,
            EVALUASI,
            "create",
            [november],
            {"context": {"allowed_company_ids": [self.main_company.id, company_b.id]}},
        )
        self.expect(
            not self.env[EVALUASI].search_count(
                [("skp_id", "=", self.skp_eko.id), ("date_start", "=", november["date_start"])]
            ),
            "another agency's HR office created an evaluation of Eko",
        )
        self.assert_no_holes()

    # ------------------------------------------------------------------
    # 9. Bad input to the HR office's own actions
    # ------------------------------------------------------------------
    def test_09_bad_input_is_refused_and_contract_fields_suffice(self):
        year = self.year
        november = {
            "skp_id": self.skp_eko.id,
            "jenis": "periodik",
            "date_start": f"{year}-11-01",
            "date_end": f"{year}-11-30",
        }
        self.assertFalse(
            self.env[EVALUASI].search_count(
                [("skp_id", "=", self.skp_eko.id), ("date_start", "=", november["date_start"])]
            ),
            "November's evaluation of Eko must not exist yet",
        )
        evaluations = self.env[EVALUASI].search_count([])
        for vals in (
            {**november, "skp_id": self.skp_budi.id},  # a draft SKP
            {**november, "skp_id": self.skp_putri.id},  # a submitted SKP
            {**november, "employee_id": self.emp_budi.id},  # not Eko's SKP
            {**november, "date_start": f"{year}-11-30", "date_end": f"{year}-11-01"},
            {**november, "date_start": f"{year + 1}-01-01", "date_end": f"{year + 1}-01-31"},
            {**november, "date_start": f"{year}-10-01"},  # two periods at once
            {**november, "state": "final"},
            {**november, "predikat": "sangat_baik"},
            {**november, "penilai_id": self.emp_rina.id},
            {**november, "unit_id": self.demo("unit_demo_aptika_feb").id},
            {"jenis": "periodik", "date_start": november["date_start"]},  # no SKP
        ):
            self.refuse("kepegawaian", EVALUASI, "create", [vals])
        self.expect(
            self.env[EVALUASI].search_count([]) == evaluations, "a refused evaluation was created"
        )
        # the contract's fields suffice: the rest is derived from the SKP
        new_id = self.ok("kepegawaian", EVALUASI, "create", [november])
        self.env.invalidate_all()
        ev = self.env[EVALUASI].browse(new_id)
        self.assertEqual(ev.employee_id, self.emp_eko)
        self.assertEqual(ev.company_id, self.skp_eko.company_id)
        self.assertEqual(ev.penilai_id, self.emp_dewi)
        self.assertEqual(ev.atasan_penilai_id, self.emp_rina)
        self.assertEqual(ev.unit_id.department_id, self.demo("dept_aptika"))
        self.assertEqual(ev.unit_id.date_start, datetime.date(year, 11, 1))
        self.assertEqual(ev.state, "draft")
        self.assertTrue(ev.periode_label)
        # the same month twice
        self.refuse("kepegawaian", EVALUASI, "create", [november])
        # feedback is not dated ahead
        feedbacks = self.env[UMPAN_BALIK].search_count([])
        self.refuse(
            "penilai",
            UMPAN_BALIK,
            "create",
            [{"employee_id": self.emp_eko.id, "isi": "Bagus", "tanggal": f"{year + 5}-01-01"}],
        )
        self.expect(
            self.env[UMPAN_BALIK].search_count([]) == feedbacks, "future feedback was created"
        )
        # an evaluation outside any unit says why it cannot be finalised alone
        Evaluasi = self.env[EVALUASI]
        lone = Evaluasi.create(
            Evaluasi._kinerja_vals_dari_skp(
                self.skp_eko,
                "periodik",
                datetime.date(year, 3, 1),
                datetime.date(year, 3, 31),
                f"Maret {year}",
            )
        )
        self.assertFalse(lone.unit_id)
        for login in ("kepegawaian", "penilai"):
            self.refuse(login, EVALUASI, "action_finalkan", [[lone.id]], route="call_button")
        self.unchanged(lone, {"state": "draft", "unit_id": self.env[UNIT]})
        self.assert_no_holes()

    # ------------------------------------------------------------------
    # 10. Angka kredit: the jenjang is the HR office's, the koefisien national or the
    #     agency's own, the result computed (spec decision 5)
    # ------------------------------------------------------------------
    def test_10_angka_kredit_is_computed_not_written(self):
        KOEFISIEN = "hr.kinerja.angka.kredit.koefisien"
        january = self.demo("eva_demo_eko_jan")
        self.assertEqual((january.state, january.angka_kredit), ("final", 2.08))
        national = self.env[KOEFISIEN].search(
            [("company_id", "=", False), ("jenjang", "=", "ahli_muda")]
        )
        fields_ak = ["angka_kredit", "koefisien_angka_kredit", "jenjang_jabatan_fungsional"]
        before = self.snapshot(january, fields_ak)
        # the pegawai promotes himself, or changes the koefisien
        self.refuse(
            "uji_eko",
            "hr.employee",
            "write",
            [self.emp_eko.ids, {"jenjang_jabatan_fungsional": "ahli_utama"}],
        )
        self.refuse("uji_eko", KOEFISIEN, "write", [national.ids, {"koefisien": 50}])
        self.refuse(
            "pegawai",
            KOEFISIEN,
            "create",
            [{"jenjang": "ahli_muda", "koefisien": 50, "company_id": self.main_company.id}],
        )
        # nobody writes the computed result, the HR office and the PPK included, with or
        # without a forged context; nor the jenjang recorded at finalisation, which is
        # what makes an evaluation count angka kredit (February is not final yet)
        february = self.demo("eva_demo_eko_feb")
        feb_before = self.snapshot(february, fields_ak)
        jenjang = {"jenjang_jabatan_fungsional": "ahli_utama"}
        for login in ("uji_eko", "penilai", "kepegawaian"):
            for target, vals in (
                (january, {"angka_kredit": 99.0}),
                (january, {"koefisien_angka_kredit": 50.0}),
                (january, jenjang),
                (february, jenjang),
            ):
                self.refuse(login, EVALUASI, "write", [target.ids, vals])
                self.refuse(
                    login, EVALUASI, "write", [target.ids, vals], {"context": FORGED_CONTEXT}
                )
        # the HR office changes its own agency's koefisien, never the national row
        self.refuse("kepegawaian", KOEFISIEN, "write", [national.ids, {"koefisien": 30}])
        self.unchanged(january, before)
        self.unchanged(february, feb_before)
        self.unchanged(national, {"koefisien": 25.0})
        self.unchanged(self.emp_eko, {"jenjang_jabatan_fungsional": "ahli_muda"})
        self.assert_no_holes()

    # ------------------------------------------------------------------
    # 11. Keberatan: only the pegawai files, only the PPK explains, only the atasan PPK
    #     decides, the decision is the only change to a final evaluation (decision 4)
    # ------------------------------------------------------------------
    def test_11_keberatan_parties_only(self):
        KEBERATAN = "hr.kinerja.keberatan"
        objection = self.demo("keberatan_demo_eko_jan")
        january = self.demo("eva_demo_eko_jan")
        self.assertEqual(objection.state, "diajukan")
        fields_kb = ["state", "keputusan", "alasan", "penjelasan_penilai", "predikat_lama"]
        before = self.snapshot(objection, fields_kb)
        ev_before = self.snapshot(
            january, ["rating_hasil_kerja", "predikat", "hasil_keberatan_id", "state"]
        )
        # nobody but the four parties reads it
        self.reveals_nothing("pegawai", KEBERATAN, "search_read", [[], ["alasan"]])
        self.refuse("pegawai", KEBERATAN, "read", [objection.ids, ["alasan"]])
        # the pegawai: not the decision, not the workflow, not after filing
        for vals in (
            {"state": "diputus"},
            {"keputusan": "diterima", "rating_hasil_kerja_baru": "diatas"},
            {"alasan": "Diubah setelah diajukan"},
            {"penjelasan_penilai": "Saya jelaskan sendiri"},
            {"predikat_lama": "sangat_baik"},
        ):
            self.refuse("uji_eko", KEBERATAN, "write", [objection.ids, vals])
            self.refuse(
                "uji_eko", KEBERATAN, "write", [objection.ids, vals], {"context": FORGED_CONTEXT}
            )
        self.refuse("uji_eko", KEBERATAN, "unlink", [objection.ids])
        self.refuse("uji_eko", KEBERATAN, "action_putuskan", [objection.ids], route="call_button")
        self.refuse(
            "uji_eko",
            KEBERATAN,
            "create",
            [{"evaluasi_id": january.id, "alasan": "Kedua kalinya"}],
        )
        # the PPK explains, never decides; the atasan decides, never explains
        self.refuse("penilai", KEBERATAN, "write", [objection.ids, {"keputusan": "ditolak"}])
        self.refuse("penilai", KEBERATAN, "action_putuskan", [objection.ids], route="call_button")
        self.refuse(
            "penilai", KEBERATAN, "create", [{"evaluasi_id": january.id, "alasan": "Atas nama"}]
        )
        self.refuse("atasan", KEBERATAN, "write", [objection.ids, {"penjelasan_penilai": "x"}])
        self.refuse("atasan", KEBERATAN, "write", [objection.ids, {"state": "diputus"}])
        # the HR office reads it but does not decide for an atasan who has an account
        self.ok("kepegawaian", KEBERATAN, "read", [objection.ids, ["alasan"]])
        self.refuse(
            "kepegawaian", KEBERATAN, "action_putuskan", [objection.ids], route="call_button"
        )
        # the decision's private step and the evaluation's link are nobody's to call
        self.refuse("atasan", EVALUASI, "_kinerja_hasil_keberatan", [january.ids, objection.id])
        self.refuse(
            "atasan", EVALUASI, "write", [january.ids, {"hasil_keberatan_id": objection.id}]
        )
        self.unchanged(objection, before)
        self.unchanged(january, ev_before)

    # 12. Rewards and sanctions: suggested by the generator, decided by the HR office only
    # ------------------------------------------------------------------
    def test_12_rewards_and_sanctions_are_the_hr_offices(self):
        TL = "hr.kinerja.tindak.lanjut"
        JENIS = "hr.kinerja.tindak.lanjut.jenis"
        january = self.demo("eva_demo_eko_jan")
        talent = self.env.ref("hr_kinerja_asn.tindak_lanjut_jenis_talent_pool")
        # a talent-pool suggestion about Eko (superuser, as the generator makes it)
        suggestion = (
            self.env[TL]
            ._kinerja_transisi()
            .create(
                {
                    "name": talent.name,
                    "employee_id": self.emp_eko.id,
                    "evaluasi_id": january.id,
                    "company_id": self.main_company.id,
                    "jenis": "penghargaan",
                    "jenis_id": talent.id,
                    "penilai_id": self.emp_dewi.id,
                    "atasan_penilai_id": self.emp_rina.id,
                    "otomatis": True,
                }
            )
        )
        demo = self.demo("tindak_lanjut_demo_dewi_jan")
        fields_tl = ["state", "tanggal_keputusan", "diputus_oleh_id", "catatan", "employee_id"]
        before = self.snapshot(suggestion, fields_tl)
        before_demo = self.snapshot(demo, fields_tl)
        # the pegawai confirms his own talent-pool suggestion, or writes its state
        self.refuse("uji_eko", TL, "action_konfirmasi", [suggestion.ids], route="call_button")
        self.refuse("uji_eko", TL, "action_konfirmasi", [suggestion.ids])
        for ctx in ({}, FORGED_CONTEXT):
            self.refuse(
                "uji_eko",
                TL,
                "write",
                [suggestion.ids, {"state": "dikonfirmasi"}],
                {"context": ctx},
            )
        # ... nor reads a suggestion about him
        self.reveals_nothing(
            "uji_eko",
            TL,
            "search_read",
            [[]],
            {"fields": ["name", "state"]},
            check=lambda rows: [r for r in rows if r["id"] == suggestion.id],
        )
        # ... nor records an award for himself
        self.refuse(
            "uji_eko",
            TL,
            "create",
            [{"employee_id": self.emp_eko.id, "evaluasi_id": january.id, "jenis_id": talent.id}],
        )
        # the PPK reads her team's, but neither decides nor writes
        self.ok("penilai", TL, "read", [suggestion.ids, ["name"]])
        self.refuse("penilai", TL, "action_konfirmasi", [suggestion.ids], route="call_button")
        self.refuse("penilai", TL, "action_tolak", [suggestion.ids], {"alasan": "x"})
        for vals in ({"state": "dikonfirmasi"}, {"catatan": "Disetujui PPK"}):
            self.refuse("penilai", TL, "write", [suggestion.ids, vals])
        # the atasan PPK neither
        self.refuse("atasan", TL, "action_konfirmasi", [suggestion.ids], route="call_button")
        # Dewi is the subject of the demo suggestion: she does not even read it
        self.reveals_nothing(
            "penilai", TL, "search_read", [[("id", "=", demo.id)]], {"fields": ["state"]}
        )
        # the HR office: no state by write (forged context or not), no deletion, no
        # suggestion born confirmed
        for ctx in ({}, FORGED_CONTEXT):
            self.refuse(
                "kepegawaian",
                TL,
                "write",
                [suggestion.ids, {"state": "selesai", "tanggal_keputusan": "2026-01-01 00:00:00"}],
                {"context": ctx},
            )
        self.refuse("kepegawaian", TL, "write", [suggestion.ids, {"employee_id": self.emp_budi.id}])
        self.refuse("kepegawaian", TL, "unlink", [suggestion.ids])
        self.refuse(
            "kepegawaian",
            TL,
            "create",
            [
                {
                    "employee_id": self.emp_eko.id,
                    "evaluasi_id": january.id,
                    "jenis_id": talent.id,
                    "state": "dikonfirmasi",
                }
            ],
        )
        # a step marked done before it was confirmed; a dismissal without a reason
        self.refuse("kepegawaian", TL, "action_selesai", [suggestion.ids], route="call_button")
        self.refuse("kepegawaian", TL, "action_tolak", [suggestion.ids], route="call_button")
        # the national catalogue is changed by no agency
        self.refuse("kepegawaian", JENIS, "write", [talent.ids, {"durasi_bulan": 1}])
        self.refuse("kepegawaian", JENIS, "unlink", [talent.ids])
        self.unchanged(suggestion, before)
        self.unchanged(demo, before_demo)
        self.unchanged(talent, {"durasi_bulan": 0})
        # the HR office decides: the control that the calls above could have worked
        self.ok("kepegawaian", TL, "action_konfirmasi", [suggestion.ids])
        self.env.invalidate_all()
        self.assertEqual(suggestion.state, "dikonfirmasi")

    def test_13_ranks_and_potential(self):
        """Decisions 13 and 14: a pegawai reads only their own rank, the nine-box is for
        leaders and the HR office, and only the HR office records a potential."""
        PERINGKAT = "hr.kinerja.peringkat"
        TALENTA = "hr.kinerja.talenta"
        eko_jan, dewi_jan = self.demo("eva_demo_eko_jan"), self.demo("eva_demo_dewi_jan")
        # his own rank: read
        own = self.ok("uji_eko", PERINGKAT, "read", [eko_jan.ids, ["peringkat_instansi"]])
        self.expect(own and own[0]["peringkat_instansi"] == 2, f"Eko's own rank: {own!r}")
        # a colleague's rank, his PPK's rank: never
        for login, target in (("pegawai", eko_jan), ("uji_eko", dewi_jan)):
            self.refuse(login, PERINGKAT, "read", [target.ids, ["peringkat_instansi"]])
            self.reveals_nothing(
                login,
                PERINGKAT,
                "search_read",
                [[("employee_id", "=", target.employee_id.id)], ["peringkat_instansi"]],
            )
            self.reveals_nothing(
                login,
                EVALUASI,
                "search_read",
                [[("id", "=", target.id)], ["peringkat_label"]],
            )
        # the nine-box: not for a pegawai
        self.refuse("uji_eko", TALENTA, "search_read", [[], ["kotak", "potensi"]])
        # nobody writes a rank, the HR office included
        for login in ("uji_eko", "penilai", "kepegawaian"):
            self.refuse(login, PERINGKAT, "write", [eko_jan.ids, {"peringkat_instansi": 1}])
            self.refuse(login, PERINGKAT, "unlink", [eko_jan.ids])
        # the potential: the pegawai on himself, his PPK on him, refused
        before = self.snapshot(self.emp_eko.sudo(), ["kinerja_potensi"])
        for login in ("uji_eko", "penilai"):
            self.refuse(
                login, "hr.employee", "write", [self.emp_eko.ids, {"kinerja_potensi": "tinggi"}]
            )
        self.unchanged(self.emp_eko.sudo(), before)
        self.assert_no_holes()

    # ------------------------------------------------------------------
    # 14. Tunjangan kinerja / TPP (issue 13)
    # ------------------------------------------------------------------
    def test_14_allowances_are_computed_and_private(self):
        """A month's allowance is computed, never typed; the pegawai reads only their
        own; only the HR office verifies and locks; no context key unlocks a write."""
        TUNJANGAN = "hr.kinerja.tunjangan"
        hr = self.env.ref("hr_kinerja_asn.user_kepegawaian")
        # December: a month no demo has computed or locked
        december = self.periode.date_end.replace(day=1)
        months = (
            self.env[TUNJANGAN].with_user(hr)._kinerja_hitung(self.main_company, december).sudo()
        )
        eko = months.filtered(lambda t: t.employee_id == self.emp_eko)
        putri = months.filtered(lambda t: t.employee_id == self.emp_putri)
        self.expect(eko and putri, f"December computed for Eko and Putri: {months.mapped('name')}")
        own = self.ok("uji_eko", TUNJANGAN, "read", [eko.ids, ["jumlah", "penjelasan"]])
        self.expect(own and own[0]["jumlah"] == eko.jumlah, f"Eko reads his own: {own!r}")
        # someone else's pay: never, not even their PPK
        for login in ("uji_eko", "penilai", "atasan"):
            self.refuse(login, TUNJANGAN, "read", [putri.ids, ["jumlah"]])
            self.reveals_nothing(
                login,
                TUNJANGAN,
                "search_read",
                [[("employee_id", "=", self.emp_putri.id)], ["jumlah"]],
            )
        # nobody types a figure, the HR office included, whatever the context says
        before = self.snapshot(eko, ["jumlah", "state", "penjelasan"])
        forged = {"context": {"kinerja_transisi": True, "kinerja_tunjangan_system": True}}
        for login in ("uji_eko", "kepegawaian"):
            self.refuse(login, TUNJANGAN, "write", [eko.ids, {"jumlah": 99999999}])
            self.refuse(login, TUNJANGAN, "write", [eko.ids, {"jumlah": 99999999}], forged)
            self.refuse(login, TUNJANGAN, "write", [eko.ids, {"state": "dikunci"}])
            self.refuse(
                login,
                TUNJANGAN,
                "create",
                [
                    {
                        "employee_id": self.emp_eko.id,
                        "date_start": f"{self.year}-12-01",
                        "date_end": f"{self.year}-12-31",
                        "company_id": self.main_company.id,
                        "jumlah": 1,
                    }
                ],
            )
            self.refuse(
                login,
                "hr.kinerja.tunjangan.baris",
                "write",
                [eko.baris_ids[:1].ids, {"nominal": 1}],
            )
        # verifying and locking are the HR office's
        for login in ("uji_eko", "penilai"):
            for action in ("action_verifikasi", "action_kunci", "action_hitung_ulang"):
                self.refuse(login, TUNJANGAN, action, [eko.ids])
        self.unchanged(eko, before)
        # the scheme is the HR office's; a pegawai cannot change his rule
        skema = eko.skema_id
        self.refuse(
            "uji_eko", "hr.kinerja.tunjangan.skema", "write", [skema.ids, {"bobot_kinerja": 100}]
        )
        self.refuse(
            "uji_eko",
            "hr.kinerja.tunjangan.pagu",
            "write",
            [skema.pagu_ids[:1].ids, {"jumlah": 1e9}],
        )
        # once locked, the month and its scheme stay as they were, for the HR office too
        self.ok("kepegawaian", TUNJANGAN, "action_verifikasi", [eko.ids])
        self.ok("kepegawaian", TUNJANGAN, "action_kunci", [eko.ids])
        self.refuse("kepegawaian", TUNJANGAN, "action_hitung_ulang", [eko.ids])
        self.refuse("kepegawaian", TUNJANGAN, "unlink", [eko.ids])
        self.refuse(
            "kepegawaian", "hr.kinerja.tunjangan.skema", "write", [skema.ids, {"bobot_kinerja": 70}]
        )
        self.assert_no_holes()

    def test_15_batches_are_the_hr_offices(self):
        """Heavy batches (issue 14): only the HR office starts one; nobody writes the
        batch record, whatever the context; its documents (every pegawai's SKP and
        evaluation of a unit) and its jobs are not read by a PPK or a pegawai."""
        UNIT, PROSES = "hr.kinerja.evaluasi.unit", "hr.kinerja.proses"
        units = self.env[UNIT].search([("company_id", "=", self.main_company.id)], limit=2)
        self.expect(units, "the demo agency has unit evaluations")
        for login in ("uji_eko", "penilai", "atasan"):
            self.refuse(login, UNIT, "action_cetak_laporan", [units.ids])
        self.expect(not self.env[PROSES].search([]), "nothing queued by a refused call")
        action = self.ok("kepegawaian", UNIT, "action_cetak_laporan", [units.ids])
        proses = self.env[PROSES].browse(action["res_id"])
        antrian.jalankan_di_transaksi_uji(self.env, "root.kinerja")
        self.expect(len(proses.dokumen_ids) == len(units), f"printed: {proses.dokumen_ids}")
        before = self.snapshot(proses, ["state", "bagian_selesai", "jumlah_hasil", "catatan"])
        forged = {"context": {"kinerja_transisi": True, "_job_edit_sentinel": True}}
        for login in ("kepegawaian", "penilai"):
            for ctx in ({}, forged):
                self.refuse(login, PROSES, "write", [proses.ids, {"bagian_selesai": 0}], ctx)
                self.refuse(login, PROSES, "unlink", [proses.ids], ctx)
                self.refuse(
                    login,
                    PROSES,
                    "create",
                    [{"name": "x", "jenis": "cetak_unit", "company_id": self.main_company.id}],
                    ctx,
                )
            self.refuse(login, PROSES, "_kinerja_kerjakan", [proses.ids, units.ids, {}])
        self.unchanged(proses, before)
        for login in ("uji_eko", "penilai", "atasan"):
            self.refuse(login, PROSES, "read", [proses.ids, ["name"]])
            self.refuse(login, "ir.attachment", "read", [proses.dokumen_ids.ids, ["name"]])
            self.reveals_nothing(
                login,
                "ir.attachment",
                "search_read",
                [[("res_model", "=", PROSES)], ["name", "datas"]],
            )
            self.reveals_nothing(
                login, "queue.job", "search_read", [[("kinerja_proses_id", "!=", False)], ["args"]]
            )
        self.assert_no_holes()

    def test_16_only_the_ppk_signs_a_unit_the_hr_office_finalised(self):
        """The HR office finalises; the PPK's one to-do is on the unit (issue 14). Nobody
        else signs for her, marks her to-do done, hands it over or deletes it, whatever
        the context; she signs with the unit's button."""
        unit_feb = self.demo("unit_demo_aptika_feb")
        eko_feb = self.demo("eva_demo_eko_feb")
        self.ok("kepegawaian", UNIT, "action_finalkan", [[unit_feb.id]], {"justifikasi": "Uji"})
        self.env.invalidate_all()
        self.assertEqual((unit_feb.state, eko_feb.ditandatangani_penilai), ("final", False))
        todo = self.env["mail.activity"].search(
            [("res_model", "=", UNIT), ("res_id", "=", unit_feb.id)]
        )
        self.assertEqual(todo.user_id.login, "penilai")
        forged = {"context": {"kinerja_transisi": True, "mail_activity_automation_skip": True}}
        for login in ("uji_eko", "atasan"):
            for ctx in ({}, forged):
                self.refuse(
                    login, UNIT, "action_tandatangani", [[unit_feb.id]], ctx, route="call_button"
                )
                self.refuse(login, "mail.activity", "action_feedback", [todo.ids], ctx)
                self.refuse(login, "mail.activity", "write", [todo.ids, {"user_id": 1}], ctx)
                self.refuse(login, "mail.activity", "unlink", [todo.ids], ctx)
            self.refuse(login, EVALUASI, "write", [[eko_feb.id], {"ditandatangani_penilai": True}])
        self.env.invalidate_all()
        self.expect(not eko_feb.ditandatangani_penilai, "signed by someone not her PPK")
        self.expect(todo.exists() and todo.user_id.login == "penilai", "her to-do was touched")
        self.ok("penilai", UNIT, "action_tandatangani", [[unit_feb.id]])
        self.env.invalidate_all()
        self.expect(eko_feb.ditandatangani_penilai, "the PPK's signature is recorded")
        self.expect(not todo.exists(), "her to-do closes with her signature")
        self.assert_no_holes()

    def test_17_nobody_writes_the_bus_through_its_batch_insert(self):
        """The bus's own rows of a batch go in one INSERT at commit (issue 14); a user
        sending rows to ``bus.bus.create`` over RPC, a batch of them or one, to
        another user's channel, is refused as Odoo refuses it (nobody has rights on
        the bus), whatever the context, and nothing reaches that channel."""
        penilai = self.env["res.users"].search([("login", "=", "penilai")])
        channel = f'["{self.env.cr.dbname}","res.partner",{penilai.partner_id.id}]'
        message = '{"type":"mail.activity/updated","payload":{"forged":true}}'
        for rows in (60, 1):
            for ctx in ({}, {"context": {"kinerja_transisi": True}}):
                self.refuse(
                    "uji_eko",
                    "bus.bus",
                    "create",
                    [[{"channel": channel, "message": message}] * rows],
                    ctx,
                )
        self.env.invalidate_all()
        self.expect(
            not self.env["bus.bus"].search_count([("message", "like", "forged")]),
            "a forged notification reached the PPK's browser",
        )
        self.assert_no_holes()
