"""The attendance rules of the discipline facts, as plain functions.

They turn a day's expected intervals (from the employee's ``resource.calendar``) and
the real ``hr.attendance`` scans into the occurrences that cut the tunjangan kinerja /
TPP: *terlambat* (TL, late arrival), *pulang sebelum waktunya* (PSW, early leave) and
*tidak masuk kerja tanpa keterangan* (absent without leave). The disiplin part of the
allowance counts these per the agency's own regulation (Perkada / Perbup on TPP,
within PP 94/2021 on the discipline of civil servants and PermenPANRB 6/2022 on the
performance that the other part rewards); the minute bands and percentages belong to
the core's allowance scheme. Here only the raw facts are measured:

* minutes are whole minutes begun late or left early, seconds dropped (a scan at
  07:30:59 against 07:30 is on time): the bands of the regulations read "1 to 30
  minutes", counted on the clock;
* a shift is the day's expected intervals, grouped by the local date they start on;
  an interval that ends at midnight and the one that starts there are one shift, so a
  night shift 22:00-06:00 belongs to the date it starts on (``kelompokkan_shift``);
* a scan belongs to the shift it overlaps most, never to a calendar date, so the
  check-in at 22:10 on Monday and the check-out at 06:00 on Tuesday are one
  attendance of Monday's night shift (``pilih_shift``).
"""

from collections import defaultdict
from datetime import timedelta

#: how far before a shift starts (or after it ends) a scan still belongs to it
JEDA_SHIFT = timedelta(hours=4)
#: intervals this close are one: a line ending at 24:00 ends at 23:59:59.999999
SAMBUNG = timedelta(minutes=1)


def menit_penuh(delta):
    """Whole minutes of ``delta`` (seconds dropped); 0 when not positive."""
    seconds = delta.total_seconds()
    return int(seconds // 60) if seconds > 0 else 0


def kelompokkan_shift(intervals):
    """{local date: [(start, stop), ...]} from sorted, tz-aware intervals.

    Touching intervals are merged first (22:00-24:00 then 00:00-06:00 is one
    interval starting at 22:00; Odoo ends a line at 24:00 a microsecond early), then grouped by the date their start falls on in
    their own timezone: the morning and afternoon of a day shift are one shift, a
    night shift is the shift of the evening it starts on.
    """
    merged = []
    for start, stop in sorted(intervals):
        if merged and start - merged[-1][1] <= SAMBUNG:
            merged[-1] = (merged[-1][0], max(stop, merged[-1][1]))
        else:
            merged.append((start, stop))
    shifts = defaultdict(list)
    for start, stop in merged:
        shifts[start.date()].append((start, stop))
    return dict(shifts)


def tumpang_tindih(a_start, a_stop, b_start, b_stop):
    """Seconds the two intervals share."""
    return max((min(a_stop, b_stop) - max(a_start, b_start)).total_seconds(), 0.0)


def pilih_shift(check_in, check_out, spans, jeda=JEDA_SHIFT):
    """Index in ``spans`` ([(start, stop)]) of the shift a scan belongs to, or None.

    The shift the attendance overlaps most; an attendance without check-out is the
    moment of its check-in. A scan counts for a shift only within ``jeda`` of it
    (arriving early or staying late), and among shifts it does not overlap the
    nearest start wins. Attendances far from any shift (work on a day off) belong to
    none: they neither excuse an absence nor count as late.
    """
    end = check_out or check_in
    best, best_key = None, None
    for index, (start, stop) in enumerate(spans):
        if end < start - jeda or check_in > stop + jeda:
            continue
        key = (
            tumpang_tindih(check_in, end, start, stop),
            -abs((check_in - start).total_seconds()),
        )
        if best_key is None or key > best_key:
            best, best_key = index, key
    return best


def terlambat(expected_start, first_in):
    """Minutes late against the shift's first expected moment (0: on time)."""
    return menit_penuh(first_in - expected_start)


def pulang_cepat(expected_end, last_out):
    """Minutes left before the shift's last expected moment (0: stayed); None when
    the last scan has no check-out (not measurable: the core puts it in the highest
    band, as the regulations treat a missing check-out scan)."""
    if last_out is None:
        return None
    return menit_penuh(expected_end - last_out)


def kekurangan_fleksibel(worked_seconds, hours_per_day):
    """Minutes a flexible day falls short of the calendar's hours per day.

    A flexible schedule has no clock to be late against: the only measure is the
    day's worked time, and the shortfall is reported as an early leave.
    """
    return menit_penuh(timedelta(hours=hours_per_day) - timedelta(seconds=worked_seconds))
