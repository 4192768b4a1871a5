"""A connection to the ``postgres`` database with the Odoo config's credentials, for
the scripts that drop and copy throwaway databases."""

import configparser

import psycopg2


def options(rc):
    cfg = configparser.ConfigParser()
    cfg.read(rc)
    return cfg["options"]


def connect(rc):
    opts = options(rc)
    conn = psycopg2.connect(
        host=opts["db_host"],
        port=opts["db_port"],
        user=opts["db_user"],
        password=opts["db_password"],
        dbname="postgres",
    )
    conn.autocommit = True
    return conn
