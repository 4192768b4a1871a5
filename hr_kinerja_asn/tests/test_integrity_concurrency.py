"""Two requests at once on the same records, each in its own committed transaction.

A ``TransactionCase`` runs everything in one transaction, where two requests can never
meet. Here every request gets a real cursor of its own (a separate PostgreSQL
connection and REPEATABLE READ transaction, as in the server), runs in its own thread
through the RPC layer's ``odoo.service.model.retrying`` (which retries serialisation
failures and turns constraint violations into ``ValidationError``) and commits. A
barrier makes both transactions take their snapshot before either commits.

The fixtures are committed too: a dedicated agency (company) created for the class
with unique names, and deleted with everything in it at the end, whatever happened.
"""

# two real transactions that commit are the subject of these tests
# pylint: disable=invalid-commit,method-required-super

import datetime
import functools
import logging
import threading
import time
import uuid
from contextlib import closing

import psycopg2

from odoo import SUPERUSER_ID, Command, api, sql_db
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.modules.registry import Registry
from odoo.service.model import retrying
from odoo.tests import BaseCase, get_db_name, tagged
from odoo.tools import mute_logger

_logger = logging.getLogger(__name__)

CLEAR = (UserError, ValidationError, AccessError)
OCT = (datetime.date(2026, 10, 1), datetime.date(2026, 10, 31))
#: how long two requests may take together before the test calls it a hang
TIMEOUT = 60


# commits: after every module is installed, never inside an installation
@tagged("post_install", "-at_install")
class TestIntegrityConcurrency(BaseCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.registry = Registry(get_db_name())
        cls.tag = uuid.uuid4().hex[:8]
        cls.ids = {}
        cls.addClassCleanup(cls.drop_agency)
        with closing(cls.cursor_()) as cr:
            cls.build_agency(api.Environment(cr, SUPERUSER_ID, {"tracking_disable": True}))
            cr.commit()

    # ------------------------------------------------------------------
    # real cursors
    # ------------------------------------------------------------------
    @classmethod
    def cursor_(cls):
        """A cursor on its own connection: never the test cursor of a test mode."""
        if cls.registry.in_test_mode():
            return sql_db.db_connect(cls.registry.db_name).cursor()
        return cls.registry.cursor()

    def env_of(self, cr, uid):
        return api.Environment(cr, uid, {"lang": "en_US"})

    def read(self, func):
        """``func(env)`` as superuser in a fresh transaction (what is committed now)."""
        with closing(self.cursor_()) as cr:
            return func(self.env_of(cr, SUPERUSER_ID))

    def setup_as(self, func):
        """``func(env)`` as superuser in a fresh transaction, committed."""
        with closing(self.cursor_()) as cr:
            env = api.Environment(cr, SUPERUSER_ID, {"lang": "en_US", "tracking_disable": True})
            result = func(env)
            env.flush_all()
            cr.commit()
            return result

    def at_once(self, *jobs):
        """Run each job ``(uid, func(env))`` in its own thread, cursor and environment,
        through ``retrying``, both snapshots taken before either commits.

        Returns one ``(result, exception)`` per job; fails when a job hangs.
        """
        barrier = threading.Barrier(len(jobs), timeout=TIMEOUT)
        outcomes = [(None, RuntimeError("did not run"))] * len(jobs)
        backends = {}

        def worker(index, uid, func):
            try:
                with closing(self.cursor_()) as cr:
                    env = self.env_of(cr, uid)
                    # the transaction's snapshot: taken before the other one commits
                    cr.execute("SELECT pg_backend_pid()")
                    backends[index] = cr.fetchone()[0]
                    barrier.wait()
                    outcomes[index] = (retrying(functools.partial(func, env), env), None)
            except Exception as exc:  # reported to the test
                outcomes[index] = (None, exc)

        threads = [
            threading.Thread(target=worker, args=(i, uid, func), name=f"kinerja-konkuren-{i}")
            for i, (uid, func) in enumerate(jobs)
        ]
        started = time.monotonic()
        # the loser's conflicting statement is logged as a "bad query": it is expected,
        # the outcome below says what the client got
        with mute_logger("odoo.sql_db"):
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(max(0.1, TIMEOUT - (time.monotonic() - started)))
        hung = [t.name for t in threads if t.is_alive()]
        if hung:
            # end the stuck transactions, or the cleanup would wait on their locks
            with closing(self.cursor_()) as cr:
                for pid in backends.values():
                    cr.execute("SELECT pg_terminate_backend(%s)", [pid])
                cr.commit()
            for thread in threads:
                thread.join(10)
            self.fail(f"{hung} still running after {TIMEOUT} s: a deadlock or a lock wait")
        for (_result, exc), (uid, _func) in zip(outcomes, jobs, strict=True):
            _logger.info("concurrent request of uid %s: %r", uid, exc or "committed")
        return outcomes

    def assertOneWins(self, outcomes):
        """Exactly one request committed; the other got a clear refusal, never a raw
        database error. Returns (winner index, the refusal)."""
        errors = [exc for _result, exc in outcomes if exc]
        self.assertEqual(len(errors), 1, f"exactly one request fails: {outcomes}")
        error = errors[0]
        self.assertNotIsInstance(error, psycopg2.Error, f"a raw database error: {error!r}")
        self.assertIsInstance(error, CLEAR, f"not a clear refusal: {error!r}")
        winner = next(i for i, (_result, exc) in enumerate(outcomes) if not exc)
        return winner, error

    # ------------------------------------------------------------------
    # the agency, committed
    # ------------------------------------------------------------------
    @classmethod
    def build_agency(cls, env):
        tag = cls.tag
        company = env["res.company"].create({"name": f"Kabupaten Konkuren {tag}"})

        def user(role, groups=("base.group_user",)):
            return env["res.users"].create(
                {
                    "name": f"Konkuren {role} {tag}",
                    "login": f"konkuren_{role}_{tag}",
                    "email": f"konkuren.{role}.{tag}@example.com",
                    "lang": "en_US",
                    "notification_type": "inbox",
                    "company_id": company.id,
                    "company_ids": [Command.set(company.ids)],
                    "groups_id": [Command.set([env.ref(g).id for g in groups])],
                }
            )

        users = {
            "atasan": user("atasan"),
            "penilai": user("penilai"),
            "pegawai_a": user("pegawai_a"),
            "pegawai_b": user("pegawai_b"),
            "pegawai_c": user("pegawai_c"),
            "admin": user("admin", ("base.group_user", "hr_kinerja_asn.group_kinerja_admin")),
        }
        Employee = env["hr.employee"].with_company(company)

        def employee(name, jenis, nip, parent, user_key=None):
            return Employee.create(
                {
                    "name": f"{name} {tag}",
                    "company_id": company.id,
                    "jenis_jabatan": jenis,
                    "nip": nip,
                    "parent_id": parent.id,
                    "user_id": users[user_key].id if user_key else False,
                }
            )

        bupati = Employee.create(
            {"name": f"Bupati {tag}", "company_id": company.id, "jenis_jabatan": "pejabat_negara"}
        )
        kadis = employee("Kadis", "jpt_pratama", "197503122000032001", bupati, "atasan")
        kabid = employee("Kabid", "administrator", "198209152006042002", kadis, "penilai")
        staf_a = employee("Staf A", "pelaksana", "199308082015031009", kabid, "pegawai_a")
        staf_b = employee("Staf B", "pelaksana", "198805232011011008", kabid, "pegawai_b")
        staf_c = employee("Staf C", "pelaksana", "198703032010011012", kabid, "pegawai_c")
        employee("Admin", "fungsional", "199207072019031006", kabid, "admin")
        dept = env["hr.department"].create(
            {"name": f"Bidang Konkuren {tag}", "company_id": company.id, "manager_id": kabid.id}
        )
        (kabid | staf_c).write({"department_id": dept.id})
        kabid.write({"parent_id": kadis.id})
        staf_c.write({"parent_id": kabid.id})
        periode = env["hr.kinerja.periode"].create({"tahun": 2026, "company_id": company.id})
        periode.write({"state": "berjalan"})
        cls.ids = {
            "company": company.id,
            "periode": periode.id,
            "dept": dept.id,
            "kadis": kadis.id,
            "kabid": kabid.id,
            "staf_a": staf_a.id,
            "staf_b": staf_b.id,
            "staf_c": staf_c.id,
            **{f"user_{key}": u.id for key, u in users.items()},
            "partners": [*(u.partner_id.id for u in users.values()), company.partner_id.id],
        }

    def make_set_skp(self, env, employee_id, set_it=True):
        """A submitted (or set) SKP with one RHK, as its pegawai and PPK would."""
        employee = env["hr.employee"].browse(employee_id)
        pegawai, ppk = employee.user_id, employee.pejabat_penilai_id.user_id
        skp = (
            env["hr.kinerja.skp"]
            .with_user(pegawai)
            .create({"employee_id": employee.id, "periode_id": self.ids["periode"]})
        )
        env["hr.kinerja.rhk"].with_user(pegawai).create(
            {
                "skp_id": skp.id,
                "name": f"RHK {employee.name}",
                "indikator_ids": [
                    Command.create(
                        {
                            "name": "Tiket selesai",
                            "target_min": 10,
                            "target_max": 12,
                            "satuan": "tiket",
                        }
                    )
                ],
            }
        )
        skp.with_user(pegawai).action_ajukan()
        if set_it:
            skp.with_user(ppk).action_tetapkan()
        return skp.id

    @classmethod
    def drop_agency(cls):
        """Delete every row of the test agency (SQL: the models rightly refuse to delete
        set SKPs, final evaluations and signatures), repeating until the foreign keys
        let everything go; chatter, followers and activities of the rows go along."""
        company_id = cls.ids.get("company")
        if not company_id:
            return
        with closing(cls.cursor_()) as cr, mute_logger("odoo.sql_db"):
            cr.execute(
                """
                SELECT c.table_name FROM information_schema.columns c
                  JOIN information_schema.tables t
                    ON t.table_name = c.table_name AND t.table_schema = c.table_schema
                 WHERE c.column_name = 'company_id' AND c.table_schema = current_schema()
                   AND t.table_type = 'BASE TABLE'
                """
            )
            tables = sorted(row[0] for row in cr.fetchall())
            models = {}
            for name, model in cls.registry.models.items():
                if not model._abstract and model._auto:
                    models.setdefault(model._table, []).append(name)
            pending = [(table, "company_id = %s", [company_id]) for table in tables]
            pending += [
                ("res_users", "id = ANY(%s)", [[cls.ids[k] for k in cls.ids if k[:5] == "user_"]]),
                ("res_partner", "id = ANY(%s)", [cls.ids["partners"]]),
                ("res_company", "id = %s", [company_id]),
            ]
            cr.execute(
                "UPDATE res_company SET resource_calendar_id = NULL WHERE id = %s", [company_id]
            )
            cr.execute(
                "UPDATE res_partner SET company_id = NULL WHERE id = ANY(%s)", [cls.ids["partners"]]
            )
            for _attempt in range(12):
                left = []
                for table, where, params in pending:
                    cr.execute("SAVEPOINT drop_agency")
                    try:
                        cr.execute(f'DELETE FROM "{table}" WHERE {where} RETURNING id', params)
                        ids = [row[0] for row in cr.fetchall()]
                        for model in models.get(table, ()) if ids else ():
                            for mail_table, column in (
                                ("mail_message", "model"),
                                ("mail_followers", "res_model"),
                                ("mail_activity", "res_model"),
                            ):
                                cr.execute(
                                    f"DELETE FROM {mail_table} WHERE {column} = %s "
                                    "AND res_id = ANY(%s)",
                                    [model, ids],
                                )
                        cr.execute("RELEASE SAVEPOINT drop_agency")
                    except psycopg2.IntegrityError:
                        cr.execute("ROLLBACK TO SAVEPOINT drop_agency")
                        left.append((table, where, params))
                if not left or len(left) == len(pending):
                    pending = left
                    break
                pending = left
            cr.commit()
        cls.registry.clear_all_caches()
        if pending:
            raise AssertionError(f"the test agency could not be deleted: {pending}")

    # ------------------------------------------------------------------
    # the cases
    # ------------------------------------------------------------------
    def october(self, env, company_id, dept_id, skp_ids=None):
        """The unit's October achievement (baik) set by the HR office, then October's
        evaluations made (of ``skp_ids`` only, when given)."""
        env["hr.kinerja.capaian.organisasi"].with_user(self.ids["user_admin"]).create(
            {
                "company_id": company_id,
                "department_id": dept_id,
                "periode_id": self.ids["periode"],
                "date_start": OCT[0],
                "date_end": OCT[1],
                "capaian": "baik",
            }
        )
        periode = env["hr.kinerja.periode"].browse(self.ids["periode"])
        return env["hr.kinerja.evaluasi"]._generate(
            periode, *OCT, "periodik", "Oktober 2026", skp_ids=skp_ids
        )

    def test_two_skps_created_at_once_for_one_pegawai(self):
        """The pegawai and the HR office create the year's SKP at the same moment."""
        staf_a, periode = self.ids["staf_a"], self.ids["periode"]

        def create(env):
            return env["hr.kinerja.skp"].create({"employee_id": staf_a, "periode_id": periode}).id

        outcomes = self.at_once(
            (self.ids["user_pegawai_a"], create), (self.ids["user_admin"], create)
        )
        winner, error = self.assertOneWins(outcomes)
        _logger.info("two SKPs at once: the loser got %r", error)
        current = self.read(
            lambda env: (
                env["hr.kinerja.skp"]
                .search([("employee_id", "=", staf_a), ("state", "!=", "dibatalkan")])
                .ids
            )
        )
        self.assertEqual(current, [outcomes[winner][0]], "exactly one SKP exists")

    def test_set_and_return_at_once(self):
        """The PPK sets the submitted SKP while the HR office returns it."""
        skp_id = self.setup_as(lambda env: self.make_set_skp(env, self.ids["staf_b"], False))
        alasan = "Target kuantitas belum terukur"

        def tetapkan(env):
            return env["hr.kinerja.skp"].browse(skp_id).action_tetapkan()

        def kembalikan(env):
            return env["hr.kinerja.skp"].browse(skp_id).action_kembalikan(alasan=alasan)

        outcomes = self.at_once(
            (self.ids["user_penilai"], tetapkan), (self.ids["user_admin"], kembalikan)
        )
        winner, error = self.assertOneWins(outcomes)
        self.assertIsInstance(error, UserError, "the state changed under the loser")
        _logger.info("set and return at once: %s won, the loser got %r", winner, error)

        def facts(env):
            skp = env["hr.kinerja.skp"].browse(skp_id)
            signatures = env["hr.kinerja.tanda.tangan"].search(
                [("res_model", "=", "hr.kinerja.skp"), ("res_id", "=", skp_id)]
            )
            messages = skp.message_ids.mapped("body")
            return {
                "state": skp.state,
                "dikembalikan": skp.dikembalikan,
                "alasan": skp.alasan_pengembalian,
                "penilai": len(signatures.filtered(lambda s: s.peran == "penilai")),
                "pegawai": len(signatures.filtered(lambda s: s.peran == "pegawai")),
                "set_logs": len([b for b in messages if "SKP set by" in str(b)]),
                "return_logs": len([b for b in messages if "returned for revision" in str(b)]),
            }

        got = self.read(facts)
        if winner == 0:
            expected = {"state": "ditetapkan", "dikembalikan": False, "alasan": False}
            expected.update(penilai=1, set_logs=1, return_logs=0)
        else:
            expected = {"state": "draft", "dikembalikan": True, "alasan": alasan}
            expected.update(penilai=0, set_logs=0, return_logs=1)
        self.assertEqual(got, {**expected, "pegawai": 1})

    def test_two_ppks_finalise_one_unit_at_once(self):
        """The kabid (PPK of the team) and the HR office finalise the same unit."""

        def prepare(env):
            for key in ("kabid", "staf_c"):
                self.make_set_skp(env, self.ids[key])
            evaluations = self.october(env, self.ids["company"], self.ids["dept"])
            evaluations = evaluations.filtered(
                lambda e: e.unit_id.department_id.id == self.ids["dept"]
            )
            for ev in evaluations:
                as_ppk = ev.with_user(ev.penilai_id.user_id)
                as_ppk.write({"rating_hasil_kerja": "diatas", "rating_perilaku": "diatas"})
                as_ppk.action_hitung_predikat()
            return evaluations.unit_id.id, evaluations.ids

        unit_id, evaluation_ids = self.setup_as(prepare)
        self.assertEqual(len(evaluation_ids), 1, "the kabid counts in her own PPK's unit")

        def finalise(env):
            return (
                env["hr.kinerja.evaluasi.unit"]
                .browse(unit_id)
                .action_finalkan(justifikasi="Seluruh tim melampaui target")
            )

        outcomes = self.at_once(
            (self.ids["user_penilai"], finalise), (self.ids["user_admin"], finalise)
        )
        winner, error = self.assertOneWins(outcomes)
        self.assertIs(outcomes[winner][0], True)

        def facts(env):
            unit = env["hr.kinerja.evaluasi.unit"].browse(unit_id)
            evaluations = env["hr.kinerja.evaluasi"].browse(evaluation_ids)
            signatures = env["hr.kinerja.tanda.tangan"].search(
                [
                    ("res_model", "=", "hr.kinerja.evaluasi"),
                    ("res_id", "in", evaluation_ids),
                    ("peran", "=", "penilai"),
                ]
            )
            return {
                "unit": unit.state,
                "evaluations": set(evaluations.mapped("state")),
                "signatures per evaluation": sorted(
                    len(signatures.filtered(lambda s, e=ev: s.res_id == e.id)) for ev in evaluations
                ),
                "finalised logs": len(
                    [b for b in unit.message_ids.mapped("body") if "Finalised" in str(b)]
                ),
                # the news is in the pegawai's to-do to acknowledge (one per person)
                "final notices": len(
                    [a for a in evaluations.activity_ids if "is final" in str(a.note)]
                ),
            }

        self.assertEqual(
            self.read(facts),
            {
                "unit": "final",
                "evaluations": {"final"},
                # the PPK signs when she finalised; when the HR office did, she has a
                # to-do to sign (the HR office signs only for a PPK without an account)
                "signatures per evaluation": [1] if winner == 0 else [0],
                "finalised logs": 1,
                "final notices": 1,
            },
        )
        # the loser is told what happened: the unit was finalised meanwhile
        self.assertIsInstance(error, UserError)
        self.assertIn("already final", str(error))

    # -- issue 14: units finalised at once, by users and by the job queue --------------
    def new_team(self, env, key):
        """A bidang of its own for one test (an SKP is one per pegawai and year): its
        head, the PPK, and two staf, each with a login; their SKPs set and their
        October rated "sesuai". Returns (the unit's id, its evaluations' ids)."""
        tag = f"{self.tag}{key}"
        company = env["res.company"].browse(self.ids["company"])

        def user(role):
            return env["res.users"].create(
                {
                    "name": f"Konkuren {role} {tag}",
                    "login": f"konkuren_{role}_{tag}",
                    "lang": "en_US",
                    "notification_type": "inbox",
                    "company_id": company.id,
                    "company_ids": [Command.set(company.ids)],
                    "groups_id": [Command.set([env.ref("base.group_user").id])],
                }
            )

        Employee = env["hr.employee"].with_company(company)
        head = Employee.create(
            {
                "name": f"Kabid {tag}",
                "company_id": company.id,
                "jenis_jabatan": "administrator",
                "parent_id": self.ids["kadis"],
                "user_id": user("kabid").id,
            }
        )
        dept = env["hr.department"].create(
            {"name": f"Bidang {tag}", "company_id": company.id, "manager_id": head.id}
        )
        head.write({"department_id": dept.id, "parent_id": self.ids["kadis"]})
        staff = Employee.create(
            [
                {
                    "name": f"Staf {n} {tag}",
                    "company_id": company.id,
                    "jenis_jabatan": "pelaksana",
                    "parent_id": head.id,
                    "department_id": dept.id,
                    "user_id": user(f"staf{n}").id,
                }
                for n in (1, 2)
            ]
        )
        skp_ids = [self.make_set_skp(env, employee.id) for employee in staff]
        evaluations = self.october(env, company.id, dept.id, skp_ids)
        for ev in evaluations:
            ev.with_user(ev.penilai_id.user_id).write(
                {"rating_hasil_kerja": "sesuai", "rating_perilaku": "sesuai"}
            )
        self.assertEqual(len(evaluations.unit_id), 1)
        return evaluations.unit_id.id, evaluations.ids, head.user_id.id

    def final_facts(self, evaluation_ids):
        def facts(env):
            evaluations = env["hr.kinerja.evaluasi"].browse(evaluation_ids)
            # the news is in the pegawai's to-do to acknowledge (one per person)
            notices = [a for a in evaluations.activity_ids if "is final" in str(a.note)]
            return {
                "units": set(evaluations.unit_id.mapped("state")),
                "evaluations": set(evaluations.mapped("state")),
                "final notices per evaluation": sorted(
                    len([m for m in notices if m.res_id == ev.id]) for ev in evaluations
                ),
                "acknowledge to-dos per evaluation": sorted(
                    len(
                        ev.activity_ids.filtered(
                            lambda a, ev=ev: a.user_id == ev.employee_id.user_id
                        )
                    )
                    for ev in evaluations
                ),
            }

        return self.read(facts)

    def test_two_units_finalised_at_once(self):
        """Two PPKs finalise their two units at once: both commit, each unit once."""
        unit_a, evaluations_a, ppk_a = self.setup_as(lambda env: self.new_team(env, "a"))
        unit_b, evaluations_b, ppk_b = self.setup_as(lambda env: self.new_team(env, "b"))
        evaluation_ids = evaluations_a + evaluations_b

        def finalise(unit_id):
            return lambda env: (
                env["hr.kinerja.evaluasi.unit"]
                .browse(unit_id)
                .action_finalkan(justifikasi="Seluruh tim sesuai ekspektasi")
            )

        outcomes = self.at_once((ppk_a, finalise(unit_a)), (ppk_b, finalise(unit_b)))
        self.assertEqual([exc for _result, exc in outcomes], [None, None], outcomes)
        n = len(evaluation_ids)
        self.assertEqual(
            self.final_facts(evaluation_ids),
            {
                "units": {"final"},
                "evaluations": {"final"},
                "final notices per evaluation": [1] * n,
                "acknowledge to-dos per evaluation": [1] * n,
            },
        )

    def test_job_queue_and_ppk_finalise_one_unit_at_once(self):
        """The HR office's batch (a job of the queue) and the unit's PPK finalise the
        bidang at once: the job never fails and never finalises twice; the PPK either
        finalised it or is told it is final already."""
        bidang, in_bidang, ppk_id = self.setup_as(lambda env: self.new_team(env, "q"))

        def queue(env):
            Proses = env["hr.kinerja.proses"].with_user(self.ids["user_admin"])
            action = Proses._kinerja_antrikan(
                "finalkan_unit",
                env["res.company"].browse(self.ids["company"]),
                "Finalisasi Oktober",
                [[bidang]],
                argumen={"justifikasi": "Seluruh tim sesuai ekspektasi"},
            )
            # run below by the test, as the runner would: not left for a runner
            env["queue.job"].search([("kinerja_proses_id", "=", action["res_id"])]).unlink()
            return action["res_id"]

        proses_id = self.setup_as(queue)

        def job(env):
            proses = env["hr.kinerja.proses"].browse(proses_id)
            return proses._kinerja_kerjakan(
                [bidang], {"justifikasi": "Seluruh tim sesuai ekspektasi"}
            )

        def ppk(env):
            return (
                env["hr.kinerja.evaluasi.unit"]
                .browse(bidang)
                .action_finalkan(justifikasi="Seluruh tim sesuai ekspektasi")
            )

        outcomes = self.at_once((self.ids["user_admin"], job), (ppk_id, ppk))
        job_result, job_error = outcomes[0]
        self.assertIsNone(job_error, "the job is never refused")
        _result, ppk_error = outcomes[1]
        if ppk_error:
            self.assertIsInstance(ppk_error, UserError)
            self.assertIn("already final", str(ppk_error))
            self.assertGreater(job_result, 0)
        else:
            self.assertEqual(job_result, 0, "the PPK finalised it: the job skips it")
        self.assertEqual(
            self.final_facts(in_bidang),
            {
                "units": {"final"},
                "evaluations": {"final"},
                "final notices per evaluation": [1] * len(in_bidang),
                "acknowledge to-dos per evaluation": [1] * len(in_bidang),
            },
        )
        self.assertEqual(
            self.read(lambda env: env["hr.kinerja.proses"].browse(proses_id).state), "selesai"
        )
