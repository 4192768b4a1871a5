#!/usr/bin/env bash
# The scale benchmark's measured run (bench/bench_skala.py) on a throwaway copy of the
# database $1: each step commits, as the product's requests and jobs do, so each is
# measured on rows an earlier transaction wrote (not on one transaction's own rows,
# which PostgreSQL re-checks every foreign key of on each update); the copy is dropped
# after, the database itself is left as it was.  Usage: bench-ukur.sh DB [LOG]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
VENV=${VENV:-$ROOT/.venv}
ODOO_RC=${ODOO_RC:-$ROOT/.odoorc}
DB=$1
COPY="${DB}_ukur"
"$VENV/bin/python" scripts/copydb.py "$ODOO_RC" "$DB" "$COPY"
trap '"$VENV/bin/python" scripts/dropdb.py "$ODOO_RC" "$COPY"' EXIT
BENCH_SALINAN=1 "$VENV/bin/odoo" shell -c "$ODOO_RC" -d "$COPY" --log-level=error \
  --http-port=0 --no-http < bench/bench_skala.py
