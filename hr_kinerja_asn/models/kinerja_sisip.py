"""One INSERT for a whole batch of rows the product writes itself (issue 14).

Finalising a province's units, opening its year or signing its SKPs writes tens of
thousands of to-dos, chatter messages, inbox notifications and signatures. The ORM's
``create`` spends most of that time per row in Python (defaults, precomputes, cache),
not in PostgreSQL; for rows whose every column the caller states, the same rows go
in one ``INSERT ... SELECT FROM unnest(...)``.

Only for internal steps that already passed the caller's checks (a transition's own
side effects, as superuser): never a path for data a user typed. Each caller's test
compares the rows with what the ORM's ``create`` writes (``test_sisip``).
"""

import re

from markupsafe import Markup

from odoo import fields
from odoo.tools import SQL

from .kinerja_larik import larik, seragam

# one paragraph of escaped printable ASCII text (names, periods, predikat): lxml
# writes some other characters as entities (a no-break space as &nbsp;)
_PARAGRAF = re.compile(r"<p>[\x20-\x3b=\x3f-\x7e]*</p>\Z")


def paragraf_bersih(value):
    """What ``html_sanitize`` makes of ``Markup("<p>%s</p>") % text`` (the product's
    own notes and messages), without parsing it: the paragraph as it is, the two
    characters markupsafe writes as numeric references spelled out as lxml writes
    them. Sanitising parses each text (tens of thousands of distinct messages at a
    province's month end, one name each); ``test_sisip`` checks both give the same
    for any text. False for anything else, which the field sanitises."""
    if not isinstance(value, Markup) or not _PARAGRAF.match(value):
        return False
    return str(value).replace("&#39;", "'").replace("&#34;", '"')


def nilai_kolom(field, model, values):
    """The database values of ``field`` for ``values``, each distinct value converted
    once: an HTML body is sanitised as the ORM does, but a batch repeats the same few
    texts (a period, a predikat)."""
    converted = {}
    column = []
    for value in values:
        key = (type(value), value)
        if key not in converted:
            fast = field.type == "html" and paragraf_bersih(value)
            converted[key] = fast or field.convert_to_column(value, model)
        column.append(converted[key])
    return column


def sisipkan(model, columns):
    """Insert the rows given column by column (``{field name: [values]}``, all lists of
    one length) into ``model``'s table; return the new records (in order).

    ``create_uid``/``write_uid`` are the current user, ``create_date``/``write_date``
    now, as the ORM writes them (on models that log access). Fields not named keep their column default (NULL):
    the caller names every column the ORM would have filled.
    """
    if not columns:
        return model.browse()
    lengths = {len(values) for values in columns.values()}
    if len(lengths) != 1:
        raise ValueError(f"columns of different lengths: {lengths}")
    (count,) = lengths
    if not count:
        return model.browse()
    if model._log_access:
        columns = {**columns, **{name: [value] * count for name, value in _jejak(model).items()}}
    names, selected, varying, arrays = [], [], [], []
    for name, values in columns.items():
        field = _kolom_polos(model, name)
        names.append(SQL.identifier(name))
        if seragam(values):
            # the same value in every row (the user, the date, the to-do's type): one
            # constant, not an array of thousands of copies
            value = nilai_kolom(field, model, values[:1])[0]
            selected.append(SQL("%s::%s", value, SQL(field.column_type[1])))
        else:
            column = nilai_kolom(field, model, values)
            selected.append(SQL("v.%s", SQL.identifier(name)))
            varying.append(SQL.identifier(name))
            arrays.append(larik(column, field.column_type[1]))
    rows = (
        SQL("unnest(%s) AS v(%s)", SQL(", ").join(arrays), SQL(", ").join(varying))
        if arrays
        else SQL("generate_series(1, %s)", count)
    )
    model.env.cr.execute(
        SQL(
            "INSERT INTO %s (%s) SELECT %s FROM %s RETURNING id",
            SQL.identifier(model._table),
            SQL(", ").join(names),
            SQL(", ").join(selected),
            rows,
        )
    )
    return _baru(model, model.env.cr.fetchall())


def _jejak(model):
    """The columns the ORM writes on every row of a model that logs access: the
    current user and now."""
    now = fields.Datetime.now()
    uid = model.env.uid
    return {"create_uid": uid, "write_uid": uid, "create_date": now, "write_date": now}


def sisipkan_dari(model, columns, sumber, kembali=()):
    """Insert one row per row of ``sumber`` (an SQL ``FROM`` clause, joins and
    conditions included) into ``model``'s table, each column computed by PostgreSQL
    (``{field name: SQL expression}``); return the new records in the order
    ``sumber`` gives them (its ``ORDER BY``).

    Where a batch's rows are read from the database anyway (a province's final
    evaluations, their pegawai's accounts and languages), building them in PostgreSQL
    spares reading them into Python and sending them back as arrays: at 50,000 to-dos
    that was about a second of a finalisation (issue 14). ``create_uid``/``write_uid``,
    ``create_date``/``write_date`` as ``sisipkan`` writes them. ``kembali``: columns
    of the new rows to return as well, as ``(records, [row, ...])``."""
    if model._log_access:
        columns = {
            **columns,
            **{
                name: SQL("%s::%s", value, SQL(model._fields[name].column_type[1]))
                for name, value in _jejak(model).items()
            },
        }
    for name in columns:
        _kolom_polos(model, name)
    model.env.cr.execute(
        SQL(
            "INSERT INTO %s (%s) SELECT %s FROM %s RETURNING %s",
            SQL.identifier(model._table),
            SQL(", ").join(SQL.identifier(name) for name in columns),
            SQL(", ").join(columns.values()),
            sumber,
            SQL(", ").join(SQL.identifier(name) for name in ("id", *kembali)),
        )
    )
    rows = model.env.cr.fetchall()
    records = _baru(model, rows)
    return (records, [row[1:] for row in rows]) if kembali else records


def _kolom_polos(model, name):
    """The field ``name`` of ``model``, which must be a column written as it is (not
    translated, not per company)."""
    field = model._fields[name]
    if not field.column_type or field.translate or field.company_dependent:
        raise ValueError(f"{model._name}.{name} is not a plain column")
    return field


def _baru(model, rows):
    """The records the INSERT just returned (``rows``, their id first), in its order."""
    records = model.browse([row[0] for row in rows])
    # the rows' other relations (one2many inverses) were read before they existed
    model.env.invalidate_all()
    return records
