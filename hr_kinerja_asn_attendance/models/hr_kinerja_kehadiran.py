"""Kehadiran bulanan: one month's attendance of one employee, the facts the disiplin
part of the tunjangan kinerja / TPP is cut by.

The agency's regulation on TPP (within PP 94/2021 on civil-servant discipline) cuts
the allowance for each late arrival and early leave by its minute band and for each
working day absent without leave. PermenPANRB 6/2022 rewards performance through the
other part; this record is what the discipline part reads, computed from the real
``hr.attendance`` scans against the employee's working schedule, never typed:

* expected days: the employee's ``resource.calendar`` in the employee's timezone,
  public holidays (global ``resource.calendar.leaves``) and validated leave (those of
  the employee's resource, created by ``hr_holidays`` on validation, or by hand)
  subtracted; any time type is subtracted, so an official trip or training entered
  as worked time also excuses the day;
* Odoo's own *technical* attendances (``in_mode``/``out_mode`` ``technical``, created
  on absence days for overtime) are not scans and are ignored;
* a fixed schedule: minutes late against the first expected moment of the shift,
  minutes early against the last one (``kehadiran_rules``); a flexible schedule has
  no clock: the day's shortfall against ``hours_per_day`` is an early leave;
* a day without any scan is absent without leave and produces nothing else; a late
  arrival is measured on the clock, never again as missing worked hours: no
  occurrence is cut twice;
* only shifts that have ended are judged (a month can be computed while it runs).

Who may do what:

=================  ==============================  =================================
Action             Who                             Restriction
=================  ==============================  =================================
read               the pegawai (own), their        the user's agencies
                   leaders and PPK, HR office
compute            the HR office                   its own agencies (wizard, button)
create, write      nobody                          only ``_kinerja_hitung`` (sentinel)
=================  ==============================  =================================
"""

from collections import defaultdict
from datetime import datetime, time, timedelta

from dateutil.relativedelta import relativedelta
from pytz import timezone, utc

from odoo import api, fields, models
from odoo.exceptions import AccessError
from odoo.tools.misc import format_date

from odoo.addons.hr_kinerja_asn.models.hr_kinerja_workflow_mixin import transisi
from odoo.addons.resource.models.utils import Intervals

from . import kehadiran_rules as aturan

#: the kinds of a line that are discipline occurrences (the others only explain a day)
JENIS_KEJADIAN = ("terlambat", "pulang_cepat", "tanpa_keterangan")


def _jam(moment, tanggal):
    """Local clock time; "(+1)" when it falls on the day after the shift's date."""
    text = moment.strftime("%H:%M")
    return f"{text} (+1)" if moment.date() > tanggal else text


class HrKinerjaKehadiran(models.Model):
    _name = "hr.kinerja.kehadiran"
    _inherit = ["hr.kinerja.dihitung.mixin"]
    _description = "Monthly Attendance"
    _order = "date_start desc, employee_id"
    _check_company_auto = True

    employee_id = fields.Many2one(
        "hr.employee",
        required=True,
        index=True,
        readonly=True,
        ondelete="cascade",
        check_company=True,
    )
    company_id = fields.Many2one(
        "res.company", string="Agency", required=True, index=True, readonly=True
    )
    department_id = fields.Many2one("hr.department", string="Unit", readonly=True)
    date_start = fields.Date(string="Month", required=True, index=True, readonly=True)
    date_end = fields.Date(string="To", required=True, readonly=True)
    calendar_id = fields.Many2one("resource.calendar", string="Working Schedule", readonly=True)
    fleksibel = fields.Boolean(string="Flexible Hours", readonly=True)
    hari_kerja = fields.Integer(
        string="Working Days",
        readonly=True,
        help="Days the schedule expects work, public holidays and validated leave "
        "subtracted (only days already over are counted).",
    )
    hari_hadir = fields.Integer(string="Days Present", readonly=True)
    hari_tanpa_keterangan = fields.Integer(string="Absent Without Leave", readonly=True)
    hari_cuti = fields.Integer(string="Leave Days", readonly=True)
    hari_libur = fields.Integer(string="Public Holidays", readonly=True)
    jumlah_terlambat = fields.Integer(string="Late Arrivals", readonly=True)
    menit_terlambat = fields.Integer(string="Minutes Late", readonly=True)
    jumlah_pulang_cepat = fields.Integer(string="Early Leaves", readonly=True)
    menit_pulang_cepat = fields.Integer(string="Minutes Left Early", readonly=True)
    tanggal_hitung = fields.Datetime(string="Computed On", readonly=True)
    keterangan = fields.Char(string="Note", readonly=True)
    baris_ids = fields.One2many(
        "hr.kinerja.kehadiran.baris", "kehadiran_id", string="Days", readonly=True
    )

    _sql_constraints = [
        (
            "employee_month_unique",
            "unique(employee_id, date_start)",
            "An employee has one attendance summary per month.",
        ),
    ]

    # -- compute ------------------------------------------------------------------
    @api.depends("employee_id", "date_start")
    @api.depends_context("lang")
    def _compute_display_name(self):
        for rec in self:
            bulan = format_date(self.env, rec.date_start, date_format="MMMM y")
            rec.display_name = f"{rec.employee_id.sudo().name} · {bulan}"

    # -- CRUD: nobody types a figure ----------------------------------------------
    def _kinerja_pesan_dihitung(self):
        """Figures come from the attendance records only (``_kinerja_hitung``)."""
        return self.env._(
            "The monthly attendance is computed from the attendance records "
            "(Compute Attendance), never entered or changed by hand."
        )

    # -- actions ------------------------------------------------------------------
    def action_hitung_ulang(self):
        """Recompute these records' months from the attendance records (HR office)."""
        by_month = defaultdict(list)
        for rec in self:
            self._kinerja_cek_hak_hitung(rec.company_id)
            by_month[rec.date_start].append(rec.employee_id.id)
        for month, employee_ids in by_month.items():
            self._kinerja_hitung(self.env["hr.employee"].browse(employee_ids), month)
        return True

    @api.model
    def _kinerja_cek_hak_hitung(self, company):
        """Only the HR office of ``company`` computes its attendance."""
        user = self.env.user
        if not (
            user.has_group("hr_kinerja_asn.group_kinerja_admin") and company in user.company_ids
        ):
            raise AccessError(
                self.env._(
                    "Only the HR office of %(company)s computes its monthly attendance.",
                    company=company.name,
                )
            )

    @api.model
    def _kinerja_hitung_instansi(self, company, month):
        """The month of every civil servant of ``company`` (the wizard's batch)."""
        self._kinerja_cek_hak_hitung(company)
        employees = (
            self.env["hr.employee"]
            .sudo()
            .search(
                [
                    ("company_id", "=", company.id),
                    ("jenis_jabatan", "!=", False),
                    ("jenis_jabatan", "!=", "pejabat_negara"),
                ]
            )
        )
        return self._kinerja_hitung(employees, month)

    # -- the computation ----------------------------------------------------------
    @api.model
    def _kinerja_hitung(self, employees, date_start, date_end=None):
        """Compute and store the month of ``employees`` from their attendances.

        Private: the callers check the right. A constant number of queries for any
        number of employees (one search of the attendances, the schedule and leaves
        per working schedule, batched writes).
        """
        date_end = date_end or date_start + relativedelta(months=1, days=-1)
        employees = employees.sudo()
        fakta = self._kinerja_fakta(employees, date_start, date_end)
        Kehadiran = transisi(self.sudo())
        existing = Kehadiran.search(
            [("employee_id", "in", employees.ids), ("date_start", "=", date_start)]
        )
        by_employee = {rec.employee_id.id: rec for rec in existing}
        existing.baris_ids.unlink()
        create_list = []
        for employee in employees:
            values = fakta[employee.id]["nilai"]
            rec = by_employee.get(employee.id)
            if rec:
                # who and which month never change: writing them again would check
                # the company of each record (one query per record)
                rec.write(
                    {k: v for k, v in values.items() if k not in ("employee_id", "date_start")}
                )
            else:
                create_list.append(values)
        records = existing | Kehadiran.create(create_list)
        by_employee = {rec.employee_id.id: rec for rec in records}
        transisi(self.env["hr.kinerja.kehadiran.baris"].sudo()).create(
            [
                dict(line, kehadiran_id=by_employee[employee_id].id)
                for employee_id, data in fakta.items()
                for line in data["baris"]
            ]
        )
        return records.with_env(self.env)

    @api.model
    def _kinerja_fakta(self, employees, date_start, date_end):
        """{employee id: {"nilai": values of the record, "baris": values of its lines}}."""
        now = utc.localize(fields.Datetime.now())
        window = (
            utc.localize(datetime.combine(date_start - timedelta(days=2), time.min)),
            utc.localize(datetime.combine(date_end + timedelta(days=3), time.min)),
        )
        jadwal = self._kinerja_jadwal(employees, date_start, date_end, window)
        scans = self._kinerja_scan(employees, window)
        result = {}
        for employee in employees:
            result[employee.id] = self._kinerja_fakta_pegawai(
                employee, date_start, date_end, jadwal.get(employee.id), scans[employee.id], now
            )
        return result

    @api.model
    def _kinerja_jadwal(self, employees, date_start, date_end, window):
        """{employee id: (calendar, {date: shift intervals}, leave intervals)}: the
        expected shifts of the month and the leaves around them, one schedule search
        and one leave search per working schedule."""
        # ids per schedule, one recordset each at the end (``|=`` in the loop would copy
        # the growing recordset for every employee)
        ids_by_calendar = defaultdict(list)
        for employee in employees:
            if employee.resource_calendar_id:
                ids_by_calendar[employee.resource_calendar_id].append(employee.id)
        by_calendar = {cal: employees.browse(ids) for cal, ids in ids_by_calendar.items()}
        result = {}
        for calendar, group in by_calendar.items():
            resources = group.resource_id
            leaves = calendar._leave_intervals_batch(*window, resources=resources, domain=[])
            if calendar.flexible_hours:
                shifts = self._kinerja_hari_fleksibel(calendar, group, date_start, date_end)
            else:
                intervals = calendar._attendance_intervals_batch(*window, resources=resources)
                shifts = {
                    employee.id: aturan.kelompokkan_shift(
                        (start, stop) for start, stop, _a in intervals[employee.resource_id.id]
                    )
                    for employee in group
                }
            for employee in group:
                result[employee.id] = (
                    calendar,
                    shifts[employee.id],
                    leaves[employee.resource_id.id],
                )
        return result

    @api.model
    def _kinerja_hari_fleksibel(self, calendar, employees, date_start, date_end):
        """The days a flexible schedule expects work: whole local days on the weekdays
        of its attendance lines (Monday to Friday when it has none); their clock hours
        are not used."""
        weekdays = {
            int(line.dayofweek)
            for line in calendar.attendance_ids
            if not line.display_type and line.day_period != "lunch"
        } or set(range(5))
        result = {}
        for employee in employees:
            tz = timezone(employee.tz or calendar.tz or "UTC")
            days = {}
            day = date_start
            while day <= date_end:
                if day.weekday() in weekdays:
                    start = tz.localize(datetime.combine(day, time.min))
                    stop = tz.localize(datetime.combine(day + timedelta(days=1), time.min))
                    days[day] = [(start, stop)]
                day += timedelta(days=1)
            result[employee.id] = days
        return result

    @api.model
    def _kinerja_scan(self, employees, window):
        """{employee id: [(check_in, check_out or None)]} in UTC, Odoo's technical
        absence attendances left out: one search for all employees."""
        attendances = (
            self.env["hr.attendance"]
            .sudo()
            .search_fetch(
                [
                    ("employee_id", "in", employees.ids),
                    ("check_in", "<", window[1].replace(tzinfo=None)),
                    "|",
                    ("check_out", "=", False),
                    ("check_out", ">", window[0].replace(tzinfo=None)),
                    ("in_mode", "!=", "technical"),
                    ("out_mode", "!=", "technical"),
                ],
                ["employee_id", "check_in", "check_out"],
                order="check_in",
            )
        )
        result = defaultdict(list)
        for att in attendances:
            result[att.employee_id.id].append(
                (
                    utc.localize(att.check_in),
                    utc.localize(att.check_out) if att.check_out else None,
                )
            )
        return result

    @api.model
    def _kinerja_fakta_pegawai(self, employee, date_start, date_end, jadwal, scans, now):
        """The record and lines of one employee from the schedule and scans already
        read (no query)."""
        lang = employee.user_id.lang or employee.work_contact_id.lang or self.env.lang
        _ = self.with_context(lang=lang).env._
        nilai = {
            "employee_id": employee.id,
            "company_id": employee.company_id.id,
            "department_id": employee.department_id.id,
            "date_start": date_start,
            "date_end": date_end,
            "calendar_id": False,
            "fleksibel": False,
            "tanggal_hitung": now.replace(tzinfo=None),
            "keterangan": False,
        }
        angka = dict.fromkeys(
            (
                "hari_kerja",
                "hari_hadir",
                "hari_tanpa_keterangan",
                "hari_cuti",
                "hari_libur",
                "jumlah_terlambat",
                "menit_terlambat",
                "jumlah_pulang_cepat",
                "menit_pulang_cepat",
            ),
            0,
        )
        nilai.update(angka)
        if not jadwal:
            nilai["keterangan"] = _("No working schedule: no day is expected.")
            return {"nilai": nilai, "baris": []}
        calendar, shifts, leaves = jadwal
        fleksibel = calendar.flexible_hours
        nilai.update(calendar_id=calendar.id, fleksibel=fleksibel)
        empty = self.env["resource.calendar.attendance"]
        baris = []
        kerja = []  # (date, expected Intervals) of the working shifts already over
        for tanggal in sorted(shifts):
            if not date_start <= tanggal <= date_end:
                continue
            scheduled = Intervals([(start, stop, empty) for start, stop in shifts[tanggal]])
            last = max(stop for _s, stop, _r in scheduled)
            if last > now:
                continue
            touched = scheduled & leaves if fleksibel else None
            expected = Intervals() if touched else scheduled - leaves
            if expected:
                kerja.append((tanggal, expected))
                continue
            overlapping = [
                leave
                for start, stop, records in leaves
                if any(start < s_stop and s_start < stop for s_start, s_stop, _r in scheduled)
                for leave in records
            ]
            libur = [leave for leave in overlapping if not leave.resource_id]
            jenis = "libur" if libur else "cuti"
            nilai["hari_libur" if libur else "hari_cuti"] += 1
            baris.append(
                {
                    "tanggal": tanggal,
                    "jenis": jenis,
                    "jadwal": self._kinerja_teks_jadwal(scheduled, tanggal, calendar, _),
                    "keterangan": ", ".join(
                        sorted({leave.name for leave in libur or overlapping if leave.name})
                    ),
                }
            )
        # each scan to the shift it overlaps most, never to a calendar date
        spans = [
            (min(s for s, _e, _r in expected), max(e for _s, e, _r in expected))
            for _t, expected in kerja
        ]
        per_shift = defaultdict(list)
        for check_in, check_out in scans:
            index = aturan.pilih_shift(check_in, check_out, spans)
            if index is not None:
                per_shift[index].append((check_in, check_out))
        nilai["hari_kerja"] = len(kerja)
        for index, (tanggal, expected) in enumerate(kerja):
            jadwal_teks = self._kinerja_teks_jadwal(expected, tanggal, calendar, _)
            hadir = per_shift.get(index)
            if not hadir:
                nilai["hari_tanpa_keterangan"] += 1
                baris.append(
                    {"tanggal": tanggal, "jenis": "tanpa_keterangan", "jadwal": jadwal_teks}
                )
                continue
            nilai["hari_hadir"] += 1
            tz = spans[index][0].tzinfo
            first_in = min(check_in for check_in, _o in hadir)
            open_scan = any(check_out is None for _i, check_out in hadir)
            last_out = None if open_scan else max(check_out for _i, check_out in hadir)
            absen = "{} - {}".format(
                _jam(first_in.astimezone(tz), tanggal),
                _jam(last_out.astimezone(tz), tanggal) if last_out else "?",
            )
            common = {"tanggal": tanggal, "jadwal": jadwal_teks, "absen": absen}
            if fleksibel:
                start, stop = spans[index]
                worked = sum(
                    aturan.tumpang_tindih(check_in, check_out, start, stop)
                    for check_in, check_out in hadir
                    if check_out
                )
                kurang = (
                    None
                    if open_scan
                    else aturan.kekurangan_fleksibel(worked, calendar.hours_per_day)
                )
                telat = 0
                keterangan = _(
                    "%(worked)s of %(expected)s hours worked",
                    worked=self._kinerja_jam_menit(worked / 3600),
                    expected=self._kinerja_jam_menit(calendar.hours_per_day),
                )
            else:
                telat = aturan.terlambat(spans[index][0], first_in)
                kurang = aturan.pulang_cepat(spans[index][1], last_out)
                keterangan = False
            if telat:
                nilai["jumlah_terlambat"] += 1
                nilai["menit_terlambat"] += telat
                baris.append(dict(common, jenis="terlambat", menit=telat))
            if kurang is None or kurang:
                nilai["jumlah_pulang_cepat"] += 1
                nilai["menit_pulang_cepat"] += kurang or 0
                baris.append(
                    dict(
                        common,
                        jenis="pulang_cepat",
                        menit=kurang or 0,
                        tanpa_scan=kurang is None,
                        keterangan=keterangan or (kurang is None and _("No check-out scan")),
                    )
                )
        baris.sort(key=lambda line: (line["tanggal"], line["jenis"]))
        return {"nilai": nilai, "baris": baris}

    @api.model
    def _kinerja_teks_jadwal(self, intervals, tanggal, calendar, _):
        if calendar.flexible_hours:
            return _(
                "Flexible, %(hours)s hours", hours=self._kinerja_jam_menit(calendar.hours_per_day)
            )
        return ", ".join(
            f"{_jam(start, tanggal)} - {_jam(stop, tanggal)}" for start, stop, _r in intervals
        )

    @api.model
    def _kinerja_jam_menit(self, hours):
        minutes = round(hours * 60)
        return f"{minutes // 60}:{minutes % 60:02d}"

    # -- what the discipline part of the allowance reads --------------------------
    def _kinerja_kejadian(self):
        """{employee id: {"sumber", "kehadiran_id", "kejadian"}} of these records: the
        occurrences for the core's minute bands (``menit`` None: not measurable)."""
        result = {}
        for rec in self:
            kejadian = [
                {
                    "jenis": line.jenis,
                    "tanggal": line.tanggal,
                    "menit": None
                    if line.jenis == "tanpa_keterangan" or line.tanpa_scan
                    else line.menit,
                }
                for line in rec.baris_ids
                if line.jenis in JENIS_KEJADIAN
            ]
            result[rec.employee_id.id] = {
                "sumber": rec.display_name,
                "kehadiran_id": rec.id,
                "kejadian": kejadian,
            }
        return result
