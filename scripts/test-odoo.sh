#!/usr/bin/env bash
# The suite through Odoo's own runner (-i ... --test-enable), in a throwaway database.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
VENV=${VENV:-$ROOT/.venv}
ODOO_RC=${ODOO_RC:-$ROOT/.odoorc}
ADDONS=${ADDONS:-$(bash scripts/addons.sh)}
DB=kinerja_odootest_$$
trap '"$VENV/bin/python" scripts/dropdb.py "$ODOO_RC" "$DB" || true' EXIT
"$VENV/bin/odoo" -c "$ODOO_RC" -d "$DB" -i "$ADDONS" --load-language=id_ID --without-demo= \
  --test-enable --test-tags="$(echo "$ADDONS" | sed "s/\([^,]*\)/\/\1/g")" \
  --stop-after-init --log-level=test --http-port=0
