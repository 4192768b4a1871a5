"""Odoo's company consistency check (``check_company=True`` fields) for a batch.

``BaseModel._check_company`` filters each record's related records by a domain, record
by record and field by field: for a unit-wide or province-wide batch (opening a year,
a month's evaluations) that is tens of thousands of ``filtered_domain`` calls, seconds
of Python (issue 14). The rule is the same for every record of one company: so the
related records of a field are checked once per company, over the batch's distinct
values. When one is inconsistent, Odoo's own check runs and names it in its words.
"""

from collections import defaultdict

#: below this many records Odoo's own check is as fast
BATAS_BATCH = 50


def cek_perusahaan(records, fnames, cek_odoo):
    """Check ``records`` as ``BaseModel._check_company(fnames)`` does; ``cek_odoo``
    is that check (called for small batches and to report an inconsistency)."""
    if len(records) < BATAS_BATCH or "company_id" not in records._fields:
        return cek_odoo(fnames)
    if fnames is None or {"company_id", "company_ids"} & set(fnames):
        fnames = records._fields
    fields_ = [records._fields[name] for name in fnames]
    fields_ = [f for f in fields_ if f.relational and f.check_company]
    if any(f.company_dependent for f in fields_):
        return cek_odoo(fnames)
    if not fields_:
        return None
    values = defaultdict(set)  # (company id, field name) -> ids of related records
    for record in records.sudo():
        company = record.company_id.id
        for field in fields_:
            values[company, field.name].update(record[field.name]._ids)
    Company = records.env["res.company"]
    for (company, fname), ids in values.items():
        corecords = records.env[records._fields[fname].comodel_name].sudo().browse(ids)
        if not corecords:
            continue
        domain = corecords._check_company_domain(Company.browse(company))
        if domain and corecords != corecords.with_context(active_test=False).filtered_domain(
            domain
        ):
            return cek_odoo(fnames)
    return None
