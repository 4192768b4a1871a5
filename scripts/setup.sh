#!/usr/bin/env bash
# One idempotent set-up for `make run` and `make test` on a fresh Debian machine:
#   1. Odoo 18.0 source at $ODOO_SRC (shallow clone of the official branch if absent)
#   2. system packages (PostgreSQL, chromium, wkhtmltopdf, build headers) when missing
#   3. a virtualenv with Odoo's requirements + ours (skipped when unchanged)
#   4. the local PostgreSQL cluster started and an `odoo` role, unless PG* is given
#   5. an Odoo config file at $ODOO_RC
# A second run finds everything in place and returns in seconds.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
ODOO_SRC=${ODOO_SRC:-/opt/odoo-18.0}
VENV=${VENV:-$ROOT/.venv}
ODOO_RC=${ODOO_RC:-$ROOT/.odoorc}
PYTHON=${PYTHON:-python3.11}
command -v "$PYTHON" >/dev/null 2>&1 || PYTHON=python3

log() { printf '[setup] %s\n' "$*" >&2; }
die() { printf '[setup] ERROR: %s\n' "$*" >&2; exit 1; }

# --- 1. Odoo source ---------------------------------------------------------
if [ ! -f "$ODOO_SRC/odoo/release.py" ]; then
  log "no Odoo source at $ODOO_SRC: cloning the official 18.0 branch"
  git clone --depth 1 --branch 18.0 https://github.com/odoo/odoo.git "$ODOO_SRC" \
    || die "Odoo 18.0 source missing at ODOO_SRC=$ODOO_SRC and it could not be cloned"
fi
grep -q "18, 0" "$ODOO_SRC/odoo/release.py" || die "$ODOO_SRC is not Odoo 18.0"

# --- 2. system packages -----------------------------------------------------
SYS_PKGS="postgresql postgresql-client chromium wkhtmltopdf libpq-dev libldap2-dev
libsasl2-dev libxml2-dev libxslt1-dev libjpeg-dev zlib1g-dev python3-dev build-essential
fonts-dejavu-core poppler-utils"
missing=()
for p in $SYS_PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo -n"
  if command -v apt-get >/dev/null 2>&1 && { [ -z "$SUDO" ] || sudo -n true 2>/dev/null; }; then
    log "installing system packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    log "WARNING: missing system packages (${missing[*]}) and no way to install them"
  fi
fi

# --- 3. virtualenv ----------------------------------------------------------
REQ_HASH=$(cat "$ODOO_SRC/requirements.txt" "$ROOT/requirements.txt" "$ROOT/requirements-dev.txt" \
  "$0" | sha256sum | cut -c1-16)
STAMP="$VENV/.kinerja-$REQ_HASH"
if [ ! -f "$STAMP" ]; then
  log "building virtualenv $VENV"
  [ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
  # the machine's pip.conf may list absent local indexes: drop that noise, keep pip's status
  pip_q() { "$VENV/bin/pip" "$@" 2>&1 | { grep -v "is ignored: it is neither a file nor a directory" || true; }; }
  PIP=pip_q
  "$PIP" install -q --upgrade pip wheel "setuptools<81" setuptools_scm
  # cbor2 5.4.2 (pinned by Odoo) needs pkg_resources at build time
  "$PIP" install -q --no-build-isolation "cbor2==5.4.2"
  "$PIP" install -q -r "$ODOO_SRC/requirements.txt"
  # editable install: makes `odoo` importable and `odoo.addons` a namespace
  # that PyPI's OCA addons join
  "$PIP" install -q --no-build-isolation --no-deps -e "$ODOO_SRC"
  # setuptools' editable finder sits behind the path finder: once an OCA addon
  # from PyPI creates site-packages/odoo/addons, `import odoo` would find that
  # empty namespace first and lose the real package. The source on sys.path
  # keeps `odoo` a regular package whose `odoo.addons` extends over site-packages.
  SITE=$("$VENV/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
  printf '%s\n' "$ODOO_SRC" > "$SITE/odoo-src.pth"
  "$PIP" install -q -r "$ROOT/requirements.txt" -r "$ROOT/requirements-dev.txt"
  rm -f "$VENV"/.kinerja-*
  touch "$STAMP"
fi

# --- 4. PostgreSQL ----------------------------------------------------------
if [ -z "${PGHOST:-}${PGUSER:-}${PGPASSWORD:-}${DB_HOST:-}" ]; then
  DB_HOST=localhost DB_PORT=5432 DB_USER=odoo DB_PASSWORD=odoo
  if ! pg_isready -q -h localhost -p 5432 2>/dev/null; then
    log "starting the local PostgreSQL cluster"
    if command -v pg_ctlcluster >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ]; then
      ver=$(pg_lsclusters -h 2>/dev/null | awk 'NR==1{print $1}')
      [ -n "$ver" ] || { ver=$(ls /usr/lib/postgresql | sort -n | tail -1); pg_createcluster "$ver" main; }
      pg_ctlcluster "$ver" main start
    else
      sudo -n service postgresql start || true
    fi
    for _ in $(seq 1 30); do pg_isready -q -h localhost -p 5432 && break; sleep 1; done
  fi
  pg_isready -q -h localhost -p 5432 || die "PostgreSQL is not running on localhost:5432"
  if ! PGPASSWORD=odoo psql -h localhost -U odoo -d postgres -tAc 'select 1' >/dev/null 2>&1; then
    log "creating the PostgreSQL role odoo"
    if [ "$(id -u)" -eq 0 ]; then AS_PG="runuser -u postgres --"; else AS_PG="sudo -n -u postgres"; fi
    $AS_PG psql -qtAc "DO \$\$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname='odoo')
      THEN CREATE ROLE odoo LOGIN CREATEDB PASSWORD 'odoo'; ELSE ALTER ROLE odoo LOGIN CREATEDB PASSWORD 'odoo'; END IF; END\$\$;"
  fi
else
  DB_HOST=${DB_HOST:-${PGHOST:-localhost}} DB_PORT=${DB_PORT:-${PGPORT:-5432}}
  DB_USER=${DB_USER:-${PGUSER:-odoo}} DB_PASSWORD=${DB_PASSWORD:-${PGPASSWORD:-}}
fi

# --- 5. Odoo configuration --------------------------------------------------
ADDONS="$ODOO_SRC/odoo/addons,$ROOT"
# OCA addons installed from PyPI (requirements.txt: odoo-addon-*)
SITE=$("$VENV/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
[ -d "$SITE/odoo/addons" ] && ADDONS="$ADDONS,$SITE/odoo/addons"
cat > "$ODOO_RC" <<CONF
[options]
addons_path = $ADDONS
db_host = $DB_HOST
db_port = $DB_PORT
db_user = $DB_USER
db_password = $DB_PASSWORD
admin_passwd = admin
data_dir = $ROOT/.odoo-data
http_interface = 127.0.0.1
http_port = ${HTTP_PORT:-8069}
without_demo = False
CONF
log "ready: Odoo $ODOO_SRC, venv $VENV, config $ODOO_RC"
