#!/usr/bin/env bash
# `make run`: set up, create the demo database once (addons + Bahasa Indonesia +
# demo instansi), then serve Odoo at http://localhost:8069. Later runs reuse it.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
bash scripts/setup.sh
VENV=${VENV:-$ROOT/.venv}
ODOO_RC=${ODOO_RC:-$ROOT/.odoorc}
DB=${DB:-kinerja_demo}
export ODOO_QUEUE_JOB_CHANNELS=${ODOO_QUEUE_JOB_CHANNELS:-root:2,root.kinerja:1,root.siasn:1}
ADDONS=${ADDONS:-$(bash scripts/addons.sh)}
installed=$("$VENV/bin/python" - "$ODOO_RC" "$DB" <<'PYEOF'
import sys, configparser, psycopg2
c = configparser.ConfigParser(); c.read(sys.argv[1]); o = c["options"]
try:
    conn = psycopg2.connect(host=o["db_host"], port=o["db_port"], user=o["db_user"],
                            password=o["db_password"], dbname=sys.argv[2])
    cr = conn.cursor()
    cr.execute("SELECT latest_version FROM ir_module_module WHERE name='hr_kinerja_asn' AND state='installed'")
    row = cr.fetchone()
    import ast, pathlib
    manifest = ast.literal_eval(pathlib.Path("hr_kinerja_asn/__manifest__.py").read_text())
    print("no" if not row else "yes" if row[0] == manifest["version"] else "old")
except psycopg2.Error:
    print("no")
PYEOF
)
if [ "$installed" = "old" ]; then
  echo "[run] updating $ADDONS in $DB to the code's version (migrations run)"
  "$VENV/bin/odoo" -c "$ODOO_RC" -d "$DB" -u "$ADDONS" --stop-after-init --log-level=warn
elif [ "$installed" != "yes" ]; then
  echo "[run] creating database $DB with $ADDONS, Bahasa Indonesia and the demo instansi"
  "$VENV/bin/odoo" -c "$ODOO_RC" -d "$DB" -i "$ADDONS" --load-language=id_ID \
    --without-demo= --stop-after-init --log-level=warn
fi
echo "[run] serving http://localhost:${HTTP_PORT:-8069}  (admin/admin; see README for role logins)"
echo "[run] ${WORKERS:-2} HTTP workers, a cron worker and the queue_job runner (channels $ODOO_QUEUE_JOB_CHANNELS)"
# prefork: HTTP workers, a cron worker, and OCA queue_job's runner (loaded server-wide)
# for the heavy batches (opening a year, evaluations, finalising units on channel
# root.kinerja; SIASN submissions on root.siasn)
exec "$VENV/bin/odoo" -c "$ODOO_RC" -d "$DB" --db-filter="^$DB\$" --http-interface=0.0.0.0 \
  --workers="${WORKERS:-2}" --max-cron-threads=1 --load=base,web,queue_job \
  --limit-time-real=1200 --limit-time-cpu=900 "$@"
