#!/usr/bin/env bash
# `make bench N=…`: the scale benchmark (bench/bench_skala.py) on a database of its own
# (hr_kinerja_asn without demo, created once, updated when the code's version changed).
# The steps run on a throwaway copy of it (scripts/bench-ukur.sh): reruns start from the
# same state.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
bash scripts/setup.sh
VENV=${VENV:-$ROOT/.venv}
ODOO_RC=${ODOO_RC:-$ROOT/.odoorc}
DB=${BENCH_DB:-kinerja_bench}
if ! "$VENV/bin/python" - "$ODOO_RC" "$DB" <<'PYEOF'
import sys, configparser, psycopg2
c = configparser.ConfigParser(); c.read(sys.argv[1]); o = c["options"]
try:
    psycopg2.connect(host=o["db_host"], port=o["db_port"], user=o["db_user"],
                     password=o["db_password"], dbname=sys.argv[2]).close()
except psycopg2.Error:
    sys.exit(1)
PYEOF
then
  echo "[bench] creating $DB (hr_kinerja_asn, no demo)"
  "$VENV/bin/odoo" -c "$ODOO_RC" -d "$DB" -i hr_kinerja_asn --without-demo=all \
    --stop-after-init --log-level=warn --http-port=0
else
  "$VENV/bin/odoo" -c "$ODOO_RC" -d "$DB" -u hr_kinerja_asn --stop-after-init \
    --log-level=warn --http-port=0
fi
# the rows earlier runs wrote and rolled back, vacuumed as autovacuum does for an
# agency's database (else every run measures the previous runs' dead rows)
"$VENV/bin/python" - "$ODOO_RC" "$DB" <<'PYEOF'
import sys, configparser, psycopg2
c = configparser.ConfigParser(); c.read(sys.argv[1]); o = c["options"]
conn = psycopg2.connect(host=o["db_host"], port=o["db_port"], user=o["db_user"],
                        password=o["db_password"], dbname=sys.argv[2])
conn.autocommit = True
conn.cursor().execute("VACUUM ANALYZE")
conn.close()
PYEOF
if [ -n "${BENCH_SIMPAN:-}" ]; then
  # the instansi generated once and kept in $DB (50,000 take half an hour)
  BENCH_HANYA_BUAT=1 N=${N:-1000} "$VENV/bin/odoo" shell -c "$ODOO_RC" -d "$DB" \
    --log-level=error --http-port=0 --no-http < bench/bench_skala.py
fi
# the measured run on a copy of $DB, each step committed (scripts/bench-ukur.sh)
N=${N:-1000} bash scripts/bench-ukur.sh "$DB"
