#!/usr/bin/env bash
# `make test`: set up, install the addons in a throwaway database, run the
# whole suite with pytest-odoo (HTTP server on, so tours run in chromium).
# Fails when Odoo, PostgreSQL, chromium or websocket-client is missing, or when
# any test was skipped (see conftest.py): a green run must have tested it all.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
bash scripts/setup.sh
VENV=${VENV:-$ROOT/.venv}
ODOO_RC=${ODOO_RC:-$ROOT/.odoorc}
PY="$VENV/bin/python"
ADDONS=${ADDONS:-$(bash scripts/addons.sh)}

fail() { printf '[test] ERROR: %s\n' "$*" >&2; exit 1; }
"$PY" -c "import odoo.release as r; assert r.version_info[:2] == (18, 0)" \
  || fail "Odoo 18.0 is not importable from $VENV"
"$PY" -c "import websocket" || fail "websocket-client is missing: tours cannot talk to chromium"
command -v chromium >/dev/null 2>&1 || command -v google-chrome >/dev/null 2>&1 \
  || fail "chromium is missing: tours would be skipped"
command -v wkhtmltopdf >/dev/null 2>&1 || fail "wkhtmltopdf is missing"
# the OCA addons the product depends on (requirements.txt: odoo-addon-*)
for oca in $(sed -n 's/^odoo-addon-\([a-z_]*\).*/\1/p' "$ROOT/requirements.txt"); do
  "$PY" -c "import odoo.addons.$oca" 2>/dev/null || fail "OCA addon $oca is missing from $VENV"
done
"$PY" - "$ODOO_RC" <<'PYEOF' || fail "PostgreSQL is not reachable with the settings in $ODOO_RC"
import sys, configparser, psycopg2
c = configparser.ConfigParser(); c.read(sys.argv[1]); o = c["options"]
psycopg2.connect(host=o["db_host"], port=o["db_port"], user=o["db_user"],
                 password=o["db_password"], dbname="postgres").close()
PYEOF

DB=${TEST_DB:-kinerja_test_$$}
BRIDGES=$(printf '%s\n' ${ADDONS//,/ } | grep -v '^hr_kinerja_asn$' || true)
cleanup() {
  [ -n "${KEEP_DB:-}" ] || "$PY" scripts/dropdb.py "$ODOO_RC" "$DB" || true
  for b in $BRIDGES; do "$PY" scripts/dropdb.py "$ODOO_RC" "${DB}_${b##*_}" || true; done
}
trap cleanup EXIT
# each bridge installs alone on top of hr_kinerja_asn (and its demo loads without the other)
for b in $BRIDGES; do
  echo "[test] installing $b alone into ${DB}_${b##*_}"
  "$VENV/bin/odoo" -c "$ODOO_RC" -d "${DB}_${b##*_}" -i "$b" --stop-after-init --log-level=warn \
    --without-demo= --http-port=0 || fail "installing $b alone failed"
  "$PY" scripts/dropdb.py "$ODOO_RC" "${DB}_${b##*_}"
done
echo "[test] installing $ADDONS into throwaway database $DB"
"$VENV/bin/odoo" -c "$ODOO_RC" -d "$DB" -i "$ADDONS" --load-language=id_ID \
  --stop-after-init --log-level=warn --without-demo= --http-port=0 \
  || fail "installing $ADDONS failed"

TEST_PATHS=()
for a in ${ADDONS//,/ }; do TEST_PATHS+=("$a/tests"); done
"$VENV/bin/pytest" -p no:cacheprovider --odoo-config="$ODOO_RC" --odoo-database="$DB" \
  --odoo-http --odoo-log-level=warn -rs "${TEST_PATHS[@]}" "$@"

# the scale benchmark as a smoke test (issue 14): N = 1,000 through every batch path,
# no timing assertion; on a copy of the test database (scripts/bench-ukur.sh), so the
# database is as the suite left it
echo "[test] scale benchmark smoke run (N=${BENCH_N:-1000})"
N=${BENCH_N:-1000} VENV="$VENV" ODOO_RC="$ODOO_RC" bash scripts/bench-ukur.sh "$DB" \
  > "${TMPDIR:-/tmp}/kinerja_bench_$$.log" 2>&1 \
  || { cat "${TMPDIR:-/tmp}/kinerja_bench_$$.log"; fail "the scale benchmark failed"; }
grep -q "^| finalising every unit, monthly" "${TMPDIR:-/tmp}/kinerja_bench_$$.log" \
  || { cat "${TMPDIR:-/tmp}/kinerja_bench_$$.log"; fail "the scale benchmark printed no table"; }
sed -n '/^N = /,$p' "${TMPDIR:-/tmp}/kinerja_bench_$$.log"

# the job queue for real: a prefork server with its cron worker and queue_job's runner
# on the test database (committed data, so after everything else that reads it)
echo "[test] heavy batches through the real job runner (integration/)"
KINERJA_DB="$DB" ODOO_RC="$ODOO_RC" VENV="$VENV" "$VENV/bin/pytest" -p no:cacheprovider \
  -p no:odoo -q integration || fail "the job runner integration test failed"
