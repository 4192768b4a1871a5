"""Import ASN employees from a spreadsheet (.xlsx, or .csv), for the HR office.

Columns (the file's own headers, in any order): NIP, Nama, Jabatan, Jenis Jabatan,
Pangkat/Golongan, Unit Kerja, NIP Atasan. An employee is found by NIP within the
agency: found ones are updated, others created; an empty optional cell leaves the
value as it is. The atasan is found by NIP in the file or among the agency's
employees, in any row order.

All or nothing: every row is checked, first for what the file alone tells (a
known jenis jabatan, pangkat and unit, an atasan that exists, a NIP given once),
then by the employee's own rules (NIP structure, pangkat against the ASN type,
hierarchy), by creating or updating it inside a savepoint. When any row fails,
everything is rolled back and the dialog lists each error by row and column;
nothing is imported. Units are never created: an unknown one is refused with the
agency's units listed, because a misspelt unit would silently split a unit's
evaluation and its distribution.
"""

import base64
import csv
import io
import re
import zipfile

import openpyxl
import xlsxwriter
from markupsafe import Markup, escape

from odoo import fields, models
from odoo.exceptions import AccessError, UserError, ValidationError

from ..models import kinerja_rules
from ..models.hr_employee import JENIS_JABATAN, PANGKAT_GOLONGAN

#: the file's columns: (key, header as written in the template)
KOLOM = [
    ("nip", "NIP"),
    ("nama", "Nama"),
    ("jabatan", "Jabatan"),
    ("jenis_jabatan", "Jenis Jabatan"),
    ("pangkat_golongan", "Pangkat/Golongan"),
    ("unit", "Unit Kerja"),
    ("nip_atasan", "NIP Atasan"),
]
HEADER = dict(KOLOM)
WAJIB = ("nip", "nama", "jenis_jabatan")
#: an example row of the template (a fictitious PNS)
CONTOH = {
    "nip": "199001012015031001",
    "nama": "Andi Wijaya, S.Kom.",
    "jabatan": "Pranata Komputer Ahli Pertama",
    "jenis_jabatan": "Fungsional",
    "pangkat_golongan": "Penata Muda (III/a)",
}


def kunci(text):
    """How labels and headers are compared: case, spaces and punctuation ignored."""
    return re.sub(r"[^0-9a-z/]", "", (text or "").lower())


def teks(value):
    """A cell as text: numbers written by Excel without ``.0``."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def nilai(records, field):
    """The values ``records`` hold in ``field`` (ids for a relation)."""
    relation = records._fields[field].type == "many2one"
    return {rec[field].id if relation else rec[field] for rec in records}


class HrKinerjaImporPegawaiWizard(models.TransientModel):
    _name = "hr.kinerja.impor.pegawai.wizard"
    _description = "Import ASN Employees"

    company_id = fields.Many2one(
        "res.company",
        string="Agency",
        required=True,
        default=lambda self: self.env.company,
        domain=lambda self: [("id", "in", self.env.user.company_ids.ids)],
    )
    file = fields.Binary(attachment=False)
    filename = fields.Char()
    state = fields.Selection(
        [("pilih", "Choose a File"), ("galat", "Errors")], default="pilih", required=True
    )
    laporan_html = fields.Html(string="Errors", readonly=True, sanitize=False)
    template_file = fields.Binary(string="Template", attachment=False, readonly=True)
    template_filename = fields.Char()

    # ------------------------------------------------------------------
    # Actions
    # ------------------------------------------------------------------
    def action_confirm(self):
        """Check every row; import them all, or none and show the errors."""
        self.ensure_one()
        self._check_boleh()
        wizard = self.with_company(self.company_id)
        rows = wizard._baca()
        errors, summary = wizard._impor(rows)
        if errors:
            self.write({"state": "galat", "laporan_html": self._laporan(errors)})
            return {
                "type": "ir.actions.act_window",
                "name": self.env._("Import ASN Employees"),
                "res_model": self._name,
                "res_id": self.id,
                "view_mode": "form",
                "views": [(False, "form")],
                "target": "new",
            }
        created, updated = summary
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "hr_kinerja_asn.hr_employee_action_kinerja"
        )
        action.update(domain=[("id", "in", (created | updated).ids)], context={})
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "type": "success",
                "title": self.env._("Employees imported"),
                "message": self.env._(
                    "%(created)s new employee(s), %(updated)s updated.",
                    created=len(created),
                    updated=len(updated),
                ),
                "next": action,
            },
        }

    def action_unduh_template(self):
        """The template: the columns, an example row, and the accepted values."""
        self.ensure_one()
        self._check_boleh()
        self.write(
            {
                "template_file": base64.b64encode(self._template()),
                "template_filename": "template_impor_pegawai.xlsx",
            }
        )
        return {
            "type": "ir.actions.act_url",
            "url": f"/web/content/{self._name}/{self.id}/template_file/"
            "template_impor_pegawai.xlsx?download=true",
            "target": "download",
        }

    def action_ulangi(self):
        """Back to choosing a file after reading the errors."""
        self.ensure_one()
        self.write({"state": "pilih", "laporan_html": False, "file": False, "filename": False})
        return {
            "type": "ir.actions.act_window",
            "res_model": self._name,
            "res_id": self.id,
            "view_mode": "form",
            "views": [(False, "form")],
            "target": "new",
        }

    # ------------------------------------------------------------------
    # Rights
    # ------------------------------------------------------------------
    def _check_boleh(self):
        """The HR office of the agency imported into, only."""
        user = self.env.user
        if not user._kinerja_is_hr():
            raise AccessError(self.env._("Only the HR office imports employees."))
        if self.company_id not in user.company_ids:
            raise AccessError(
                self.env._(
                    "You may not import employees into %(company)s.",
                    company=self.company_id.sudo().name,
                )
            )

    # ------------------------------------------------------------------
    # Reading the file
    # ------------------------------------------------------------------
    def _baca(self):
        """``[(row number, {key: text})]`` of the file's non-empty rows."""
        if not self.file:
            raise UserError(self.env._("Choose the file to import (.xlsx or .csv)."))
        data = base64.b64decode(self.file)
        try:
            table = self._baca_xlsx(data) if data[:2] == b"PK" else self._baca_csv(data)
        except (zipfile.BadZipFile, KeyError, ValueError, OSError, csv.Error):
            raise UserError(
                self.env._(
                    "The file cannot be read: save it as an Excel workbook (.xlsx) or as "
                    "CSV, starting from the template."
                )
            ) from None
        table = [(number, row) for number, row in table if any(teks(v) for v in row)]
        if not table:
            raise UserError(self.env._("The file is empty."))
        (_n, header), body = table[0], table[1:]
        columns = {kunci(label): key for key, label in KOLOM}
        keys = [columns.get(kunci(teks(h))) for h in header]
        missing = [HEADER[k] for k in WAJIB if k not in keys]
        if missing:
            raise UserError(
                self.env._(
                    "The first row must hold the column names; missing: %(missing)s. "
                    "Expected: %(expected)s.",
                    missing=", ".join(missing),
                    expected=", ".join(HEADER.values()),
                )
            )
        rows = []
        for number, cells in body:
            row = {}
            for key, value in zip(keys, cells, strict=False):
                if not key:
                    continue
                if key in ("nip", "nip_atasan") and isinstance(value, float) and value >= 1e15:
                    row[key] = float  # the digits are already lost
                else:
                    row[key] = teks(value)
            rows.append((number, row))
        if not rows:
            raise UserError(self.env._("The file has column names but no employee rows."))
        return rows

    def _baca_xlsx(self, data):
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        sheet = workbook.worksheets[0]
        return list(enumerate(sheet.iter_rows(values_only=True), start=1))

    def _baca_csv(self, data):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252")
        dialect = csv.Sniffer().sniff(text.split("\n", 1)[0], delimiters=",;\t")
        return list(enumerate(csv.reader(io.StringIO(text), dialect), start=1))

    # ------------------------------------------------------------------
    # Checking and importing
    # ------------------------------------------------------------------
    def _pilihan(self, field, pairs):
        """{compared label: key} of a selection: keys, labels in English, in Bahasa
        Indonesia and in the user's language; for a pangkat also the golongan alone
        (``III/a``) and its name (``Penata Muda``)."""
        Employee = self.env["hr.employee"]
        labels = {}
        for lang in {"en_US", "id_ID", self.env.lang or "en_US"}:
            env = Employee.with_context(lang=lang).env
            selection = Employee._fields[field]._description_selection(env)
            for key, label in [*pairs, *selection]:
                labels[kunci(key)] = key
                labels[kunci(label)] = key
                if field == "pangkat_golongan":
                    name, _sep, gol = label.partition("(")
                    labels[kunci(name)] = key
                    labels[kunci(gol.rstrip(")") or label.removeprefix("PPPK "))] = key
        return labels

    def _impor(self, rows):
        """``(errors, (created, updated))``: nothing stays written when there are errors;
        an error is ``(row number, column header, message)``."""
        errors = []
        plans, existing = self._periksa(rows, errors)
        created, updated = self._tulis(plans, existing, errors)
        if errors:
            self.env.invalidate_all()
        return sorted(errors), (created, updated)

    def _periksa(self, rows, errors):
        """Step 1, what the file alone tells: ``(plans, {nip: existing employee})``, a
        plan per row without error: ``(number, row, employee or empty, vals, pangkat)``."""
        _ = self.env._
        company = self.company_id
        Employee = self.env["hr.employee"].with_context(active_test=False)
        jenis_map = self._pilihan("jenis_jabatan", JENIS_JABATAN)
        pangkat_map = self._pilihan("pangkat_golongan", PANGKAT_GOLONGAN)
        departments = self.env["hr.department"].search([("company_id", "in", [company.id, False])])
        units = {}
        for dept in departments:
            for label in {dept.name, dept.complete_name}:
                units.setdefault(kunci(label), set()).add(dept)
        known_units = ", ".join(sorted(departments.mapped("complete_name")))

        for _number, row in rows:
            for key in ("nip", "nip_atasan"):
                if isinstance(row.get(key), str):
                    row[key] = kinerja_rules.normalize_nip(row[key])
        nips = {row.get(k) for _n, row in rows for k in ("nip", "nip_atasan")} - {"", None, float}
        existing = {
            e.nip: e
            for e in Employee.search([("company_id", "=", company.id), ("nip", "in", list(nips))])
        }
        in_file = {}
        for number, row in rows:
            in_file.setdefault(row.get("nip"), number)

        def error(number, key, message):
            errors.append((number, HEADER.get(key, "-"), message))

        plans = []
        for number, row in rows:
            before = len(errors)
            nip = row.get("nip")
            if nip is float or row.get("nip_atasan") is float:
                key = "nip" if nip is float else "nip_atasan"
                error(
                    number,
                    key,
                    _(
                        "The NIP was saved as a number and lost its last digits: format "
                        "the column as Text and type it again."
                    ),
                )
                continue
            for key in WAJIB:
                if not row.get(key):
                    error(number, key, _("Required: fill in this column."))
            jenis = jenis_map.get(kunci(row.get("jenis_jabatan")))
            if row.get("jenis_jabatan") and not jenis:
                error(
                    number,
                    "jenis_jabatan",
                    _(
                        '"%(value)s" is not a position type. Use one of: %(values)s.',
                        value=row["jenis_jabatan"],
                        values=", ".join(
                            label for k, label in JENIS_JABATAN if k != "pejabat_negara"
                        ),
                    ),
                )
            elif jenis == "pejabat_negara":
                error(
                    number,
                    "jenis_jabatan",
                    _(
                        "A pejabat negara has no NIP and is not imported: record them on "
                        "the employee form."
                    ),
                )
            pangkat = pangkat_map.get(kunci(row.get("pangkat_golongan")))
            if row.get("pangkat_golongan") and not pangkat:
                error(
                    number,
                    "pangkat_golongan",
                    _(
                        '"%(value)s" is not a rank. Write it as in the template, e.g. '
                        '"Penata Muda (III/a)", "III/a" or "PPPK IX".',
                        value=row["pangkat_golongan"],
                    ),
                )
            department = self.env["hr.department"]
            if row.get("unit"):
                found = set(units.get(kunci(row["unit"]), ()))
                if len(found) == 1:
                    department = found.pop()
                elif found:
                    error(
                        number,
                        "unit",
                        _(
                            '"%(value)s" names several units: write the full name (%(names)s).',
                            value=row["unit"],
                            names=", ".join(sorted(d.complete_name for d in found)),
                        ),
                    )
                else:
                    error(
                        number,
                        "unit",
                        _(
                            'Unknown unit "%(value)s". Units of %(company)s: %(units)s.',
                            value=row["unit"],
                            company=company.name,
                            units=known_units or "-",
                        ),
                    )
            if nip and in_file.get(nip) != number:
                error(
                    number,
                    "nip",
                    _("NIP %(nip)s is already on row %(row)s.", nip=nip, row=in_file[nip]),
                )
            employee = existing.get(nip)
            if employee and not employee.active:
                error(
                    number,
                    "nip",
                    _(
                        "NIP %(nip)s belongs to %(name)s, who is archived: restore the "
                        "employee first.",
                        nip=nip,
                        name=employee.name,
                    ),
                )
            atasan = row.get("nip_atasan")
            if atasan:
                if atasan == nip:
                    error(number, "nip_atasan", _("An employee cannot be their own superior."))
                elif atasan not in in_file and not (atasan in existing and existing[atasan].active):
                    error(
                        number,
                        "nip_atasan",
                        _(
                            "No employee with NIP %(nip)s in the file or in %(company)s.",
                            nip=atasan,
                            company=company.name,
                        ),
                    )
            if len(errors) > before:
                continue
            vals = {"name": row["nama"], "nip": nip, "jenis_jabatan": jenis}
            if row.get("jabatan"):
                vals["job_title"] = row["jabatan"]
            if department:
                vals["department_id"] = department.id
                if employee and not row.get("nip_atasan"):
                    # a new unit and no atasan given: the superior stays who it was,
                    # not the new unit's head Odoo would put there
                    vals["parent_id"] = employee.parent_id.id
            plans.append((number, row, employee, vals, pangkat))

        return plans, existing

    def _tulis(self, plans, existing, errors):
        """Steps 2 and 3, the employee's own rules: create or update each row, then set
        the superiors once every employee of the file exists, inside a savepoint that is
        undone when anything was refused. ``(created, updated)``."""
        _ = self.env._
        company = self.company_id
        Employee = self.env["hr.employee"]

        def error(number, key, message):
            errors.append((number, HEADER.get(key, "-"), message))

        created, updated = Employee.browse(), Employee.browse()
        with self.env.cr.savepoint() as savepoint:
            by_nip = dict(existing)
            for number, row, found, vals, pangkat in plans:
                employee, ok = self._simpan(found, vals, company, number, "nip", error)
                if ok and pangkat:
                    pangkat_vals = {"pangkat_golongan": pangkat}
                    ok = self._simpan(
                        employee, pangkat_vals, company, number, "pangkat_golongan", error
                    )[1]
                if ok:
                    by_nip[employee.nip] = employee
                    if row["nip"] in existing:
                        updated |= employee
                    else:
                        created |= employee
            # step 3: the hierarchy, once every employee of the file exists
            for atasan, group in self._per_atasan(plans).items():
                if errors:
                    break
                members = Employee.browse([by_nip[plan[1]["nip"]].id for plan in group])
                parent = {"parent_id": by_nip[atasan].id}
                if not self._simpan(members, parent, company, None, None, None)[1]:
                    for plan in group:
                        error(
                            plan[0],
                            "nip_atasan",
                            _(
                                "NIP %(nip)s cannot be the superior here: the hierarchy "
                                "would go round in a circle.",
                                nip=atasan,
                            ),
                        )
            if errors:
                savepoint.close(rollback=True)
        return created, updated

    def _per_atasan(self, plans):
        groups = {}
        for plan in plans:
            if plan[1].get("nip_atasan"):
                groups.setdefault(plan[1]["nip_atasan"], []).append(plan)
        return groups

    def _simpan(self, employee, vals, company, number, key, error):
        """Create or update inside its own savepoint: ``(employee, ok)``; a refusal of
        the model's rules becomes the row's message (when ``error`` is given)."""
        if employee:
            # only what changes: writing a unit makes Odoo reset the superior to the
            # unit's head (``hr.employee._compute_parent_id``), unless it is written too
            changed = {k: v for k, v in vals.items() if nilai(employee, k) != {v}}
            if "department_id" in changed and "parent_id" in vals:
                changed["parent_id"] = vals["parent_id"]
            if not changed:
                return employee, True
            vals = changed
        try:
            with self.env.cr.savepoint():
                if employee:
                    employee.write(vals)
                else:
                    employee = self.env["hr.employee"].create({**vals, "company_id": company.id})
            return employee, True
        except (UserError, ValidationError) as err:
            if error:
                error(number, key, str(err.args[0]) if err.args else str(err))
            return employee, False

    # ------------------------------------------------------------------
    # Output
    # ------------------------------------------------------------------
    def _laporan(self, errors):
        _ = self.env._
        heads = "".join(
            f"<th>{escape(label)}</th>" for label in (_("Row"), _("Column"), _("Message"))
        )
        lines = "".join(
            f"<tr><td>{number}</td><td>{escape(column)}</td><td>{escape(message)}</td></tr>"
            for number, column, message in errors
        )
        intro = escape(
            _(
                "Nothing was imported: %(count)s error(s). Correct the file and import it again.",
                count=len(errors),
            )
        )
        return Markup(
            f"<p class='text-danger'>{intro}</p><table class='table table-sm "
            f"o_kinerja_impor_galat'><thead><tr>{heads}</tr></thead><tbody>{lines}</tbody>"
            "</table>"
        )

    def _template(self):
        """The template workbook: the columns (NIP as text), an example, the values."""
        _ = self.env._
        output = io.BytesIO()
        book = xlsxwriter.Workbook(output, {"in_memory": True})
        bold = book.add_format({"bold": True, "border": 1, "bg_color": "#D9E1F2"})
        text = book.add_format({"num_format": "@"})
        sheet = book.add_worksheet("Pegawai")
        for col, (key, label) in enumerate(KOLOM):
            width = 22 if key in ("nip", "nip_atasan") else 30
            sheet.set_column(col, col, width, text)
            sheet.write_string(0, col, label, bold)
            sheet.write_string(1, col, CONTOH.get(key, ""), text)
        sheet.freeze_panes(1, 0)
        guide = book.add_worksheet(_("Guide"))
        guide.set_column(0, 2, 40)
        departments = self.env["hr.department"].search(
            [("company_id", "in", [self.company_id.id, False])]
        )
        columns = [
            (
                HEADER["jenis_jabatan"],
                [label for key, label in JENIS_JABATAN if key != "pejabat_negara"],
            ),
            (HEADER["pangkat_golongan"], [label for _k, label in PANGKAT_GOLONGAN]),
            (HEADER["unit"], sorted(departments.mapped("complete_name"))),
        ]
        for col, (label, values) in enumerate(columns):
            guide.write_string(0, col, label, bold)
            for row, value in enumerate(values, start=1):
                guide.write_string(row, col, value)
        note = _(
            "NIP and NIP Atasan: 18 digits, typed as text. Required: NIP, Nama, Jenis "
            "Jabatan. An empty cell leaves the employee's value as it is."
        )
        guide.write_string(len(PANGKAT_GOLONGAN) + 2, 0, note)
        book.close()
        return output.getvalue()
