"""Drop a throwaway test database (and its filestore) using the Odoo config's credentials."""

import shutil
import sys
import time
from pathlib import Path

import psycopg2
from pgdb import connect, options

rc, db = sys.argv[1], sys.argv[2]
opts = options(rc)
conn = connect(rc)
with conn.cursor() as cr:
    try:
        cr.execute(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
    except psycopg2.errors.InsufficientPrivilege:
        # FORCE may not end the server's own autovacuum worker on that database; a
        # plain DROP stops it (and waits for it)
        for attempt in range(10):
            try:
                cr.execute(f'DROP DATABASE IF EXISTS "{db}"')
                break
            except psycopg2.errors.ObjectInUse:
                if attempt == 9:
                    raise
                time.sleep(1)
conn.close()
shutil.rmtree(Path(opts["data_dir"]) / "filestore" / db, ignore_errors=True)
