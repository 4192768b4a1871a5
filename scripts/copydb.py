"""Copy a database (``CREATE DATABASE <dst> TEMPLATE <src>``) with the Odoo config's
credentials: the scale benchmark measures on a throwaway copy, committing each step as
the product's requests and jobs do (``scripts/bench-ukur.sh``)."""

import sys

from pgdb import connect
from psycopg2 import sql

rc, src, dst = sys.argv[1], sys.argv[2], sys.argv[3]
conn = connect(rc)
with conn.cursor() as cr:
    cr.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(dst)))
    cr.execute(
        sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(sql.Identifier(dst), sql.Identifier(src))
    )
conn.close()
