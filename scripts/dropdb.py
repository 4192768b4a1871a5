"""Drop a throwaway test database (and its filestore) using the Odoo config's credentials."""

import configparser
import shutil
import sys
from pathlib import Path

import psycopg2

rc, db = sys.argv[1], sys.argv[2]
cfg = configparser.ConfigParser()
cfg.read(rc)
opts = cfg["options"]
conn = psycopg2.connect(
    host=opts["db_host"],
    port=opts["db_port"],
    user=opts["db_user"],
    password=opts["db_password"],
    dbname="postgres",
)
conn.autocommit = True
with conn.cursor() as cr:
    cr.execute(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
conn.close()
shutil.rmtree(Path(opts["data_dir"]) / "filestore" / db, ignore_errors=True)
