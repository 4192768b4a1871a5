"""Random sequences of actions by random roles keep the workflow's invariants.

A hypothesis ``RuleBasedStateMachine`` plays the users of one agency: each step picks
a role (the pegawai, the PPK, the atasan PPK, the HR office, an unrelated peer) and an
action on an SKP, an evaluation or a unit evaluation, allowed or not: the workflow
buttons, raw writes of workflow fields, writes under a forged context, content edits,
deletions. A refused call (``UserError``, ``AccessError``, ``ValidationError``) rolls
back to its savepoint; any other exception (a raw database error, a crash) fails.

After every step the invariants are checked on all records of the agency, as
superuser with a cold cache:

* ``predikat`` is the kuadran of the two ratings (False while one is missing);
* an evaluation is final only with both ratings, only with its unit, and only in a
  step that finalised the unit (never by a write);
* a set SKP and a final evaluation keep their content (RHK, indicators, targets,
  ratings, notes) and are never deleted;
* states move only along the allowed transitions (kept per record by the machine);
* an employee never has two current SKPs overlapping in time.

Each example starts from the same committed-in-test state (a savepoint opened in the
machine's ``__init__`` and rolled back in ``teardown``); an ``initialize`` step picks
how far the October evaluations and a new employee's SKP have progressed.
"""

import datetime
import logging
import os
import time
from collections import Counter

from hypothesis import HealthCheck, note, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
    run_state_machine_as_test,
)

from odoo import Command

from ..models import kinerja_rules
from .test_integrity import FORGED_CONTEXT, REFUSED, IntegrityCase

_logger = logging.getLogger(__name__)

#: examples per run: 25 keeps the suite fast; a nightly run may ask for more
EXAMPLES = int(os.environ.get("KINERJA_PROPERTY_EXAMPLES", "25"))

#: "tepat": the party the action belongs to; the others act on a record they may
#: not (or may only partly) act on
ROLES = ("tepat", "pegawai", "ppk", "atasan", "hr", "peer")
RATINGS = (False, "dibawah", "sesuai", "diatas")
SPANS = {
    "tahun": (datetime.date(2026, 1, 1), datetime.date(2026, 12, 31)),
    "semester_1": (datetime.date(2026, 1, 1), datetime.date(2026, 6, 30)),
    "semester_2": (datetime.date(2026, 7, 1), datetime.date(2026, 12, 31)),
}
SKP_TRANSITIONS = {
    ("draft", "diajukan"),
    ("diajukan", "draft"),
    ("diajukan", "ditetapkan"),
    ("draft", "dibatalkan"),
}
#: saving both ratings rates it; clearing one makes it a draft again (before final)
EVALUASI_TRANSITIONS = {("draft", "dinilai"), ("dinilai", "draft"), ("dinilai", "final")}
UNIT_TRANSITIONS = {("berjalan", "final")}

#: what a client may send as values (some allowed on a draft, most refused)
SKP_RAW_VALUES = (
    {"state": "draft"},
    {"state": "diajukan"},
    {"state": "ditetapkan"},
    {"state": "dibatalkan"},
    {"aktif": False},
    {"aktif": True},
    {"dikembalikan": True, "alasan_pengembalian": "palsu"},
    {"tanggal_penetapan": "2026-01-05 08:00:00"},
    {"versi": 7},
    {"pendekatan": "kualitatif"},
    {"date_end": "2026-06-30"},
    {"date_start": "2026-07-01"},
)
EVALUASI_RAW_VALUES = (
    {"state": "final"},
    {"state": "dinilai"},
    {"state": "draft"},
    {"predikat": "sangat_baik"},
    {"tanggal_final": "2026-11-05 08:00:00"},
    {"justifikasi": "karangan"},
    {"ditandatangani_penilai": True},
    {"unit_id": False},
    {"catatan": "Catatan diubah"},
    {"rekomendasi": "Rekomendasi diubah"},
    {"rating_hasil_kerja": "diatas", "rating_perilaku": "diatas"},
    {"rating_perilaku": False},
)


class KinerjaMachine(RuleBasedStateMachine):
    """The agency of ``case`` (an IntegrityCase) under random actions by random users.

    ``case`` and ``stats`` are set on a subclass by the test method.
    """

    case = None
    stats = None

    def __init__(self):
        super().__init__()
        case = self.case
        self.env = case.env
        self.company = case.company
        self.stats["examples"] += 1
        # every example starts from the state the test method built
        self.env.flush_all()
        self.env.cr.flush()
        self.env.cr.execute("SAVEPOINT kinerja_prop")
        self.step = "init"
        self.skp_state, self.skp_content, self.skp_submitted = {}, {}, set()
        self.ev_state, self.ev_content, self.unit_state = {}, {}, {}
        self.check(baseline=True)

    def teardown(self):
        cr = self.env.cr
        cr.clear()  # the cache, pending updates and precommit hooks of this example
        cr.postcommit.clear()
        cr.execute("ROLLBACK TO SAVEPOINT kinerja_prop")
        cr.execute("RELEASE SAVEPOINT kinerja_prop")
        self.env.invalidate_all(flush=False)

    # ------------------------------------------------------------------
    # helpers
    # ------------------------------------------------------------------
    def attempt(self, label, func):
        """Run ``func`` as one client request: refused calls roll back, others fail."""
        self.stats["steps"] += 1
        self.step = label
        try:
            with self.env.cr.savepoint():
                result = func()
                self.env.flush_all()
        except REFUSED as exc:
            self.stats["refused"] += 1
            self.stats[f"{label} refused"] += 1
            note(f"  -> refused {type(exc).__name__}: {str(exc)[:160]}")
            return None
        self.stats["accepted"] += 1
        self.stats[f"{label} accepted"] += 1
        note("  -> accepted")
        return result

    def pick(self, records, index):
        """The ``index``-th record (modulo), records in progress first: small indexes,
        which hypothesis tries most, land on the records a workflow step can move."""
        order = {"draft": 0, "diajukan": 1, "berjalan": 1, "dinilai": 1}
        records = records.sorted(lambda r: (order.get(r.state, 2), r.id))
        return records[index % len(records)] if records else records

    def skps(self):
        return self.env["hr.kinerja.skp"].search([("company_id", "=", self.company.id)])

    def evaluations(self):
        return self.env["hr.kinerja.evaluasi"].search([("company_id", "=", self.company.id)])

    def units(self):
        return self.env["hr.kinerja.evaluasi.unit"].search([("company_id", "=", self.company.id)])

    def user_for(self, role, tepat, pegawai=None, ppk=None, atasan=None):
        """The user acting as ``role`` on a record whose parties are given. ``tepat``
        (the right one) is the party the action belongs to (the HR office when that
        party has no account); a missing party is played by an unrelated colleague."""
        case = self.case
        parties = {"pegawai": pegawai, "ppk": ppk, "atasan": atasan, "hr": case.user_admin}
        if role == "tepat":
            return parties[tepat] or case.user_admin
        involved = {u for u in parties.values() if u}
        peer = next(
            u
            for u in (case.user_kasi, case.user_rekan, case.user_baru, case.user_pegawai)
            if u not in involved
        )
        return parties.get(role) or peer

    def skp_user(self, role, skp, tepat="pegawai"):
        skp = skp.sudo()
        return self.user_for(
            role,
            tepat,
            skp.employee_id.user_id,
            skp.pejabat_penilai_id.user_id or skp.employee_id.pejabat_penilai_id.user_id,
            skp.atasan_pejabat_penilai_id.user_id
            or skp.employee_id.atasan_pejabat_penilai_id.user_id,
        )

    def ev_user(self, role, ev, tepat="ppk"):
        ev = ev.sudo()
        return self.user_for(
            role, tepat, ev.employee_id.user_id, ev.penilai_id.user_id, ev.atasan_penilai_id.user_id
        )

    def unit_user(self, role, unit, tepat="ppk"):
        team = unit.sudo().evaluasi_ids.filtered(lambda e: not e.is_kepala_unit)[:1]
        head = unit.sudo().evaluasi_ids.filtered("is_kepala_unit")[:1]
        return self.user_for(
            role,
            tepat,
            team.employee_id.user_id,
            team.penilai_id.user_id,
            head.penilai_id.user_id or team.atasan_penilai_id.user_id,
        )

    @staticmethod
    def ctx(records, forged):
        return records.with_context(**FORGED_CONTEXT) if forged else records

    # ------------------------------------------------------------------
    # the starting point of each example
    # ------------------------------------------------------------------
    @initialize(
        tahap_evaluasi=st.sampled_from(("draft", "dinilai", "siap", "final")),
        tahap_skp=st.sampled_from(("tidak_ada", "draft", "diajukan")),
    )
    def start(self, tahap_evaluasi, tahap_skp):
        """How far October's evaluations and the new employee's SKP have come."""
        case = self.case
        note(f"start: evaluations {tahap_evaluasi}, SKP of the new employee {tahap_skp}")
        if tahap_evaluasi != "draft":
            for ev in self.evaluations().filtered(lambda e: e.employee_id != case.staf):
                user = ev.penilai_id.user_id
                ev.with_user(user).write(
                    {"rating_hasil_kerja": "sesuai", "rating_perilaku": "sesuai"}
                )
                ev.with_user(user).action_hitung_predikat()
            self.check()
            if tahap_evaluasi in ("siap", "final"):
                staf = self.evaluations().filtered(lambda e: e.employee_id == case.staf)
                staf.with_user(case.user_penilai).write(
                    {"rating_hasil_kerja": "diatas", "rating_perilaku": "sesuai"}
                )
                staf.with_user(case.user_penilai).action_hitung_predikat()
                self.check()
            if tahap_evaluasi == "final":
                self.step = "finalkan"
                unit = staf.unit_id.with_user(case.user_penilai)
                assert unit.action_finalkan(justifikasi="Tim seluruhnya sesuai") is True
                self.check()
        if tahap_skp != "tidak_ada":
            self.step = "buat"
            skp = case.make_skp(case.baru, user=case.user_baru, rhk="Laporan bulanan tersusun")
            self.check()
            if tahap_skp == "diajukan":
                self.step = "ajukan"
                skp.with_user(case.user_baru).action_ajukan()
                self.check()
        self.step = "start"

    # ------------------------------------------------------------------
    # SKP rules
    # ------------------------------------------------------------------
    @rule(
        role=st.sampled_from(ROLES),
        siapa=st.sampled_from(("baru", "operator", "staf")),
        rentang=st.sampled_from(tuple(SPANS)),
        dengan_rhk=st.booleans(),
        forged=st.booleans(),
    )
    def skp_buat(self, role, siapa, rentang, dengan_rhk, forged):
        """Create an SKP (with an RHK and its indicator), for oneself or someone else."""
        case = self.case
        employee = {"baru": case.baru, "operator": case.operator, "staf": case.staf}[siapa]
        user = self.user_for(
            role,
            "pegawai",
            employee.user_id,
            employee.pejabat_penilai_id.user_id,
            employee.atasan_pejabat_penilai_id.user_id,
        )
        start, end = SPANS[rentang]
        note(f"skp_buat: {user.login} creates an SKP of {employee.name} {rentang} forged={forged}")

        def create():
            Skp = self.ctx(case.env["hr.kinerja.skp"].with_user(user), forged)
            skp = Skp.create(
                {
                    "employee_id": employee.id,
                    "periode_id": case.periode.id,
                    "date_start": start,
                    "date_end": end,
                }
            )
            if dengan_rhk:
                self.ctx(case.env["hr.kinerja.rhk"].with_user(user), forged).create(
                    {
                        "skp_id": skp.id,
                        "name": "Layanan tersedia",
                        "indikator_ids": [
                            Command.create(
                                {
                                    "name": "Dokumen selesai",
                                    "target_min": 1,
                                    "target_max": 2,
                                    "satuan": "dokumen",
                                }
                            )
                        ],
                    }
                )

        self.attempt("skp_buat", create)

    @rule(
        role=st.sampled_from(ROLES),
        index=st.integers(0, 63),
        action=st.sampled_from(("ajukan", "kembalikan", "tetapkan", "batalkan", "revisi")),
        alasan=st.sampled_from(("Indikator belum terukur", "   ")),
        forged=st.booleans(),
    )
    def skp_aksi(self, role, index, action, alasan, forged):
        """A button of the SKP workflow."""
        skp = self.pick(self.skps(), index)
        user = self.skp_user(
            role, skp, "ppk" if action in ("kembalikan", "tetapkan") else "pegawai"
        )
        note(f"skp_aksi: {user.login} {action} {skp.display_name} ({skp.state}) forged={forged}")
        target = self.ctx(skp.with_user(user), forged)
        calls = {
            "ajukan": target.action_ajukan,
            "kembalikan": lambda: target.action_kembalikan(alasan=alasan),
            "tetapkan": target.action_tetapkan,
            "batalkan": target.action_batalkan,
            "revisi": target.action_revisi,
        }
        self.attempt(f"skp_{action}", calls[action])

    @rule(
        role=st.sampled_from(ROLES),
        index=st.integers(0, 63),
        apa=st.sampled_from(
            (
                "tulis",
                "nama_rhk",
                "target",
                "rhk_baru",
                "hapus_rhk",
                "hapus_indikator",
                "ekspektasi",
                "hapus",
            )
        ),
        vals=st.sampled_from(SKP_RAW_VALUES),
        forged=st.booleans(),
    )
    def skp_ubah(self, role, index, apa, vals, forged):
        """Write the SKP (workflow fields included), change its content, delete it."""
        skp = self.pick(self.skps(), index)
        user = self.skp_user(role, skp)
        shown = vals if apa == "tulis" else ""
        note(f"skp_ubah: {user.login} {apa} {shown} {skp.display_name} ({skp.state}) {forged=}")
        as_user = self.ctx(skp.with_user(user), forged)
        rhk = self.ctx(skp.rhk_ids[:1].with_user(user), forged)
        indikator = self.ctx(skp.rhk_ids.indikator_ids[:1].with_user(user), forged)
        perilaku = self.ctx(skp.perilaku_ids[:1].with_user(user), forged)
        Rhk = self.ctx(self.case.env["hr.kinerja.rhk"].with_user(user), forged)
        calls = {
            "tulis": lambda: as_user.write(vals),
            "nama_rhk": lambda: rhk.write({"name": "RHK diubah"}),
            "target": lambda: indikator.write({"target_max": 99, "target_min": 50}),
            "rhk_baru": lambda: Rhk.create(
                {"skp_id": skp.id, "name": "RHK tambahan", "jenis": "tambahan"}
            ),
            "hapus_rhk": rhk.unlink,
            "hapus_indikator": indikator.unlink,
            "ekspektasi": lambda: perilaku.write({"ekspektasi_khusus": "Harapan diubah"}),
            "hapus": as_user.unlink,
        }
        self.attempt(f"skp_{apa}", calls[apa])

    # ------------------------------------------------------------------
    # evaluation rules
    # ------------------------------------------------------------------
    @rule(role=st.sampled_from(ROLES), bulan=st.sampled_from(("2026-10-01", "2026-11-01")))
    def evaluasi_buat(self, role, bulan):
        """The HR office's "Create Evaluations" (others are refused)."""
        user = self.user_for(role, "hr")
        note(f"evaluasi_buat: {user.login} creates the evaluations of {bulan}")
        case = self.case

        def create():
            Wizard = case.env["hr.kinerja.buat.evaluasi.wizard"].with_user(user)
            period = case.periode.periode_evaluasi_ids.filtered(
                lambda p: str(p.date_start) == bulan
            )
            Wizard.create(
                {
                    "periode_id": case.periode.id,
                    "jenis": "periodik",
                    "periode_evaluasi_id": period.id,
                }
            ).action_confirm()

        self.attempt("evaluasi_buat", create)

    @rule(
        role=st.sampled_from(ROLES),
        index=st.integers(0, 63),
        apa=st.sampled_from(
            ("nilai", "hitung", "hitung_unit", "kalibrasi", "tandatangani", "terima")
        ),
        hasil=st.sampled_from(RATINGS),
        perilaku=st.sampled_from(RATINGS),
        alasan=st.sampled_from(("Setara dengan unit lain", " ")),
        forged=st.booleans(),
    )
    def evaluasi_aksi(self, role, index, apa, hasil, perilaku, alasan, forged):
        """The steps of rating: ratings, predikat, calibration, signing, acknowledging."""
        ev = self.pick(self.evaluations(), index)
        if not ev:
            return
        tepat = {"kalibrasi": "atasan", "terima": "pegawai"}.get(apa, "ppk")
        user = self.ev_user(role, ev, tepat)
        note(
            f"evaluasi_aksi: {user.login} {apa} {hasil}/{perilaku} {ev.display_name} "
            f"({ev.state}) forged={forged}"
        )
        as_user = self.ctx(ev.with_user(user), forged)
        Kalibrasi = self.ctx(self.case.env["hr.kinerja.kalibrasi.wizard"].with_user(user), forged)
        calls = {
            "nilai": lambda: as_user.write(
                {"rating_hasil_kerja": hasil, "rating_perilaku": perilaku}
            ),
            "hitung": as_user.action_hitung_predikat,
            "hitung_unit": lambda: self.ctx(
                ev.unit_id.with_user(user), forged
            ).action_hitung_predikat(),
            # the dialog's ratings are required: the form never sends an empty one
            "kalibrasi": lambda: Kalibrasi.create(
                {
                    "evaluasi_id": ev.id,
                    "rating_hasil_kerja": hasil or "sesuai",
                    "rating_perilaku": perilaku or "sesuai",
                    "alasan": alasan,
                }
            ).action_confirm(),
            "tandatangani": as_user.action_tandatangani,
            "terima": as_user.action_terima,
        }
        self.attempt(f"evaluasi_{apa}", calls[apa])

    @rule(
        role=st.sampled_from(ROLES),
        index=st.integers(0, 63),
        apa=st.sampled_from(("tulis", "catatan", "hapus")),
        vals=st.sampled_from(EVALUASI_RAW_VALUES),
        forged=st.booleans(),
    )
    def evaluasi_ubah(self, role, index, apa, vals, forged):
        """Write the evaluation (workflow fields included), add a note, delete it."""
        ev = self.pick(self.evaluations(), index)
        if not ev:
            return
        user = self.ev_user(role, ev)
        shown = vals if apa == "tulis" else ""
        note(f"evaluasi_ubah: {user.login} {apa} {shown} {ev.display_name} ({ev.state}) {forged=}")
        as_user = self.ctx(ev.with_user(user), forged)
        Catatan = self.ctx(self.case.env["hr.kinerja.evaluasi.catatan"].with_user(user), forged)
        calls = {
            "tulis": lambda: as_user.write(vals),
            "catatan": lambda: Catatan.create({"evaluasi_id": ev.id, "catatan": "Catatan RHK"}),
            "hapus": as_user.unlink,
        }
        self.attempt(f"evaluasi_{apa}", calls[apa])

    # ------------------------------------------------------------------
    # unit rules
    # ------------------------------------------------------------------
    @rule(
        role=st.sampled_from(ROLES),
        index=st.integers(0, 63),
        justifikasi=st.sampled_from((None, "  ", "Tim menuntaskan layanan daring")),
        wizard=st.booleans(),
    )
    def unit_finalkan(self, role, index, justifikasi, wizard):
        """Finalise a unit and period, by the button or the justification dialog."""
        unit = self.pick(self.units(), index)
        if not unit:
            return
        user = self.unit_user(role, unit)
        note(
            f"unit_finalkan: {user.login} finalises {unit.name} ({unit.state}) "
            f"justifikasi={justifikasi!r} wizard={wizard}"
        )
        case = self.case

        def finalise():
            if wizard:
                case.env["hr.kinerja.finalkan.wizard"].with_user(user).create(
                    {"unit_id": unit.id, "justifikasi": justifikasi or " "}
                ).action_confirm()
            else:
                unit.with_user(user).action_finalkan(justifikasi=justifikasi)

        self.attempt("finalkan", finalise)

    @rule(
        role=st.sampled_from(ROLES),
        index=st.integers(0, 63),
        apa=st.sampled_from(("tulis", "hapus", "capaian", "hapus_capaian")),
        vals=st.sampled_from(
            (
                {"state": "final"},
                {"state": "berjalan"},
                {"justifikasi": "karangan"},
                {"capaian_organisasi_id": False},
            )
        ),
        capaian=st.sampled_from(("istimewa", "baik", "kurang")),
        forged=st.booleans(),
    )
    def unit_ubah(self, role, index, apa, vals, capaian, forged):
        """Write or delete a unit evaluation or the organisational achievement it uses."""
        unit = self.pick(self.units(), index)
        if not unit:
            return
        user = self.unit_user(role, unit, "hr")
        shown = vals if apa == "tulis" else capaian if apa == "capaian" else ""
        note(f"unit_ubah: {user.login} {apa} {shown} {unit.name} ({unit.state}) {forged=}")
        as_user = self.ctx(unit.with_user(user), forged)
        record = self.env["hr.kinerja.capaian.organisasi"].search(
            [("company_id", "=", self.company.id)], limit=1
        )
        achievement = self.ctx(record.with_user(user), forged)
        calls = {
            "tulis": lambda: as_user.write(vals),
            "hapus": as_user.unlink,
            "capaian": lambda: achievement.write({"capaian": capaian}),
            "hapus_capaian": achievement.unlink,
        }
        self.attempt(f"unit_{apa}", calls[apa])

    # ------------------------------------------------------------------
    # invariants
    # ------------------------------------------------------------------
    @invariant()
    def invariants(self):
        self.check()

    def skp_snapshot(self, skp):
        return (
            skp.employee_id.id,
            skp.periode_id.id,
            skp.date_start,
            skp.date_end,
            skp.pendekatan,
            skp.jenis_skp,
            skp.jabatan,
            skp.department_id.id,
            skp.pejabat_penilai_id.id,
            skp.atasan_pejabat_penilai_id.id,
            skp.name,
            skp.versi,
            skp.tanggal_penetapan,
            skp.ditetapkan_oleh_id.id,
            tuple(
                (
                    rhk.id,
                    rhk.name,
                    rhk.jenis,
                    rhk.sequence,
                    rhk.perspektif,
                    tuple(
                        (i.id, i.name, i.aspek, i.target_min, i.target_max, i.satuan)
                        for i in rhk.indikator_ids
                    ),
                )
                for rhk in skp.rhk_ids.sorted("id")
            ),
            tuple((p.id, p.ekspektasi_khusus) for p in skp.perilaku_ids.sorted("id")),
            tuple((line.id, line.name) for line in skp.lampiran_ids.sorted("id")),
        )

    def ev_snapshot(self, ev):
        return (
            ev.employee_id.id,
            ev.skp_id.id,
            ev.unit_id.id,
            ev.date_start,
            ev.date_end,
            ev.rating_hasil_kerja,
            ev.rating_perilaku,
            ev.predikat,
            ev.catatan,
            ev.rekomendasi,
            ev.justifikasi,
            ev.tanggal_final,
            ev.penilai_id.id,
            ev.atasan_penilai_id.id,
            ev.capaian_organisasi_id.id,
            ev.capaian,
            tuple((c.id, c.catatan, c.sinyal) for c in ev.catatan_ids.sorted("id")),
            tuple(ev.kalibrasi_ids.sorted("id").ids),
        )

    def check(self, baseline=False):
        """Every invariant on every record of the agency, as superuser, cache cold."""
        env = self.env
        env.invalidate_all()
        step = self.step
        where = f"after {step}"

        # -- SKP --------------------------------------------------------------
        skps = self.skps()
        gone = set(self.skp_state) - set(skps.ids)
        for skp_id in gone:
            assert skp_id not in self.skp_submitted, f"{where}: submitted SKP {skp_id} deleted"
            assert self.skp_state[skp_id] in ("draft", "dibatalkan"), (
                f"{where}: SKP {skp_id} ({self.skp_state[skp_id]}) deleted"
            )
            del self.skp_state[skp_id]
        for skp in skps:
            previous = self.skp_state.get(skp.id)
            if not baseline:
                if previous is None:
                    assert skp.state == "draft", f"{where}: new SKP {skp.id} is {skp.state}"
                elif previous != skp.state:
                    assert (previous, skp.state) in SKP_TRANSITIONS, (
                        f"{where}: SKP {skp.display_name} went {previous} -> {skp.state}"
                    )
            self.skp_state[skp.id] = skp.state
            if skp.tanggal_pengajuan or skp.state != "draft":
                self.skp_submitted.add(skp.id)
            if skp.state == "ditetapkan":
                snapshot = self.skp_snapshot(skp)
                kept = self.skp_content.setdefault(skp.id, snapshot)
                assert kept == snapshot, (
                    f"{where}: set SKP {skp.display_name} changed:\n{kept}\n{snapshot}"
                )
        env.cr.execute(
            """
            SELECT a.id, b.id FROM hr_kinerja_skp a
              JOIN hr_kinerja_skp b ON b.employee_id = a.employee_id AND b.id > a.id
             WHERE a.company_id = %s AND a.aktif AND b.aktif
               AND a.state != 'dibatalkan' AND b.state != 'dibatalkan'
               AND a.date_start <= b.date_end AND b.date_start <= a.date_end
            """,
            [self.company.id],
        )
        overlaps = env.cr.fetchall()
        assert not overlaps, f"{where}: current SKPs overlap {overlaps}"

        # -- units --------------------------------------------------------------
        units = self.units()
        for unit in units:
            previous = self.unit_state.get(unit.id)
            if not baseline and previous is not None and previous != unit.state:
                assert (previous, unit.state) in UNIT_TRANSITIONS, (
                    f"{where}: unit {unit.name} went {previous} -> {unit.state}"
                )
                assert step == "finalkan", f"{where}: unit {unit.name} final outside finalising"
            if not baseline and previous is None:
                assert unit.state == "berjalan", f"{where}: new unit {unit.name} is {unit.state}"
            self.unit_state[unit.id] = unit.state
        gone = set(self.unit_state) - set(units.ids)
        for unit_id in gone:
            assert self.unit_state[unit_id] != "final", f"{where}: final unit {unit_id} deleted"
            del self.unit_state[unit_id]

        # -- evaluations --------------------------------------------------------
        evaluations = self.evaluations()
        gone = set(self.ev_state) - set(evaluations.ids)
        for ev_id in gone:
            assert self.ev_state[ev_id] == "draft", (
                f"{where}: evaluation {ev_id} ({self.ev_state[ev_id]}) deleted"
            )
            del self.ev_state[ev_id]
        for ev in evaluations:
            expected = kinerja_rules.predikat_kuadran(ev.rating_hasil_kerja, ev.rating_perilaku)
            assert ev.predikat == expected, (
                f"{where}: {ev.display_name} {ev.rating_hasil_kerja}/{ev.rating_perilaku} has "
                f"predikat {ev.predikat}, the kuadran says {expected}"
            )
            previous = self.ev_state.get(ev.id)
            if not baseline:
                if previous is None:
                    assert ev.state == "draft", f"{where}: new evaluation {ev.id} is {ev.state}"
                elif previous != ev.state:
                    assert (previous, ev.state) in EVALUASI_TRANSITIONS, (
                        f"{where}: {ev.display_name} went {previous} -> {ev.state}"
                    )
                    if ev.state == "final":
                        assert step == "finalkan", (
                            f"{where}: {ev.display_name} became final outside finalising"
                        )
            self.ev_state[ev.id] = ev.state
            if ev.state == "final":
                assert ev.rating_hasil_kerja and ev.rating_perilaku, (
                    f"{where}: {ev.display_name} is final without both ratings"
                )
                assert ev.unit_id.state == "final", (
                    f"{where}: {ev.display_name} is final, its unit {ev.unit_id.name} is not"
                )
                assert ev.tanggal_final, f"{where}: {ev.display_name} final without a date"
                snapshot = self.ev_snapshot(ev)
                kept = self.ev_content.setdefault(ev.id, snapshot)
                assert kept == snapshot, (
                    f"{where}: final {ev.display_name} changed:\n{kept}\n{snapshot}"
                )


class TestIntegrityProperty(IntegrityCase):
    def test_random_actions_keep_the_invariants(self):
        self.capaian("baik", user=self.user_admin)
        self.assertTrue(self.generate())
        stats = Counter()
        machine = type("Machine", (KinerjaMachine,), {"case": self, "stats": stats})
        started = time.monotonic()
        try:
            run_state_machine_as_test(
                machine,
                settings=settings(
                    max_examples=EXAMPLES,
                    stateful_step_count=12,
                    deadline=None,
                    suppress_health_check=list(HealthCheck),
                    database=None,
                    derandomize=True,
                ),
            )
        finally:
            elapsed = time.monotonic() - started
            _logger.info(
                "property-based integrity: %s examples, %s steps (%s accepted, %s refused) "
                "in %.1f s",
                stats["examples"],
                stats["steps"],
                stats["accepted"],
                stats["refused"],
                elapsed,
            )
            _logger.info(
                "property-based integrity per action: %s",
                ", ".join(
                    f"{key}={value}"
                    for key, value in sorted(stats.items())
                    if key not in ("examples", "steps", "accepted", "refused")
                ),
            )
        self.assertGreaterEqual(stats["examples"], EXAMPLES)
