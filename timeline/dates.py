"""What period a TIMEX3 value covers, so that a year is drawn as its year and not as 1 January.

``period("2023-10", "END")`` -> Period(2023-10-21, 2023-10-31, "month").
Values that name no calendar period (durations, sets, PRESENT_REF, values with X's) give None.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

# pandas nanosecond timestamps (and so the chart) reach from 1677-09-21 to 2262-04-11:
# whole years inside that range are drawable.
FIRST_DRAWABLE_YEAR = 1678
LAST_DRAWABLE_YEAR = 2261

# Seasons as meteorological quarters; winter starts in December of the year named.
SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 2)}


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date
    granularity: str  # day, week, month, season, quarter, half, year, decade, century


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _base_period(value: str) -> Period | None:
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?", value)
    if m:
        y, mo, d = map(int, m.groups())
        day = dt.date(y, mo, d)
        return Period(day, day, "day")
    m = re.fullmatch(r"(\d{4})-W(\d{2})(?:-WE)?", value)
    if m:
        y, w = map(int, m.groups())
        monday = dt.date.fromisocalendar(y, w, 1)
        if value.endswith("-WE"):
            return Period(monday + dt.timedelta(days=5), monday + dt.timedelta(days=6), "day")
        return Period(monday, monday + dt.timedelta(days=6), "week")
    m = re.fullmatch(r"(\d{4})-(\d{2})", value)
    if m:
        y, mo = map(int, m.groups())
        return Period(dt.date(y, mo, 1), _month_end(y, mo), "month")
    m = re.fullmatch(r"(\d{4})-(SP|SU|FA|AU|WI)", value)
    if m:
        y, season = int(m.group(1)), m.group(2)
        first, last = SEASONS[season]
        end_year = y + 1 if last < first else y
        return Period(dt.date(y, first, 1), _month_end(end_year, last), "season")
    m = re.fullmatch(r"(\d{4})-Q([1-4])", value)
    if m:
        y, q = int(m.group(1)), int(m.group(2))
        return Period(dt.date(y, 3 * q - 2, 1), _month_end(y, 3 * q), "quarter")
    m = re.fullmatch(r"(\d{4})-H([12])", value)
    if m:
        y, h = int(m.group(1)), int(m.group(2))
        return Period(dt.date(y, 6 * h - 5, 1), _month_end(y, 6 * h), "half")
    m = re.fullmatch(r"\d{4}", value)
    if m:
        y = int(value)
        return Period(dt.date(y, 1, 1), dt.date(y, 12, 31), "year")
    m = re.fullmatch(r"\d{3}", value)
    if m:
        y = int(value) * 10
        return Period(dt.date(max(y, 1), 1, 1), dt.date(y + 9, 12, 31), "decade")
    m = re.fullmatch(r"\d{2}", value)
    if m:
        y = int(value) * 100
        return Period(dt.date(max(y, 1), 1, 1), dt.date(y + 99, 12, 31), "century")
    return None


def _narrow(p: Period, mod: str) -> Period:
    """START / MID / END keep the early, middle or late part of the period.

    Months split at the 10th and 20th and years into thirds of four months, as a reader
    would place "early October" or "late 2021"; other periods split into thirds of days.
    """
    if mod not in ("START", "MID", "END") or p.start == p.end:
        return p
    y = p.start.year
    if p.granularity == "month":
        m = p.start.month
        parts = {"START": (1, 10), "MID": (11, 20), "END": (21, p.end.day)}[mod]
        return Period(dt.date(y, m, parts[0]), dt.date(y, m, parts[1]), p.granularity)
    if p.granularity == "year":
        first, last = {"START": (1, 4), "MID": (5, 8), "END": (9, 12)}[mod]
        return Period(dt.date(y, first, 1), _month_end(y, last), p.granularity)
    days = (p.end - p.start).days + 1
    third = max(days // 3, 1)
    if mod == "START":
        return Period(p.start, p.start + dt.timedelta(days=third - 1), p.granularity)
    if mod == "END":
        return Period(p.end - dt.timedelta(days=third - 1), p.end, p.granularity)
    mid_start = p.start + dt.timedelta(days=third)
    return Period(mid_start, p.end - dt.timedelta(days=third), p.granularity)


def period(value: str, mod: str = "") -> Period | None:
    """The days a TIMEX3 date value covers, narrowed by its modifier; None if it names no period."""
    try:
        p = _base_period(value or "")
    except ValueError:  # e.g. 2023-02-30 or week 54: not a real date
        return None
    return _narrow(p, mod or "") if p else None


def day_of(value: object) -> dt.date | None:
    """The calendar day an ISO-like value starts with ("2024-11-20T08:00Z" -> 2024-11-20), if it is a real day;
    None for "", None, NaN or anything else."""
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", str(value) if value is not None else "")
    if not m:
        return None
    try:
        return dt.date(*map(int, m.groups()))
    except ValueError:
        return None


BC_YEAR = re.compile(r"BC(\d+)")


def year_of(value: str) -> int | None:
    """The (first) year a value lies in, also for BC values ("BC0044" -> -43), for range checks."""
    m = BC_YEAR.match(value or "")
    if m:
        digits = m.group(1)
        if len(digits) == 2:  # a century BC: BC04 is 500-401 BC, which begins in 500 BC
            return 1 - (int(digits) + 1) * 100
        return 1 - int(digits)
    m = re.match(r"(\d{2,4})", value or "")
    if not m:
        return None
    digits = m.group(1)
    return int(digits) * 10 ** (4 - len(digits))


def is_drawable(value: str) -> bool:
    """Whether pandas and Plotly can place this value on a time axis."""
    y = year_of(value)
    return y is not None and FIRST_DRAWABLE_YEAR <= y <= LAST_DRAWABLE_YEAR


# From finest to coarsest: a period written "from March 2020 to 2021" is as precise as its coarser end.
GRANULARITIES = ("day", "week", "month", "season", "quarter", "half", "year", "decade", "century")


def interval(first: str, last: str) -> str:
    """An ISO 8601 interval of two values (or of their modifiers): '2014/2016'."""
    return f"{first}/{last}"


def interval_period(value: str, mod: str = "") -> Period | None:
    """The days an interval '2014/2016' covers, each end narrowed by its own modifier
    ('START/END' for "from early 2020 to late 2021"); None unless both ends are periods in order."""
    first, _, last = value.partition("/")
    mods = (mod or "").split("/") if "/" in (mod or "") else [mod or "", mod or ""]
    a, b = period(first, mods[0]), period(last, mods[1] if len(mods) > 1 else "")
    if a is None or b is None or b.end < a.start:
        return None
    coarser = max(a.granularity, b.granularity, key=GRANULARITIES.index)
    return Period(a.start, b.end, coarser)


def frame_columns(value: str, mod: str = "") -> tuple[str, str, str]:
    """granularity, date_start and date_end of the events frame for a TIMEX3 value (or an interval
    of two, '2014/2016'): the ISO days only when pandas and Plotly can draw them; a BC value is a
    year even though it has no ISO days."""
    if "/" in (value or ""):
        span = interval_period(value, mod)
        drawable = span is not None and all(is_drawable(v) for v in value.split("/"))
        if not drawable:
            return (span.granularity if span else ""), "", ""
        return span.granularity, span.start.isoformat(), span.end.isoformat()
    span = period(value, mod)
    drawable = span is not None and is_drawable(value)
    bc = BC_YEAR.fullmatch(value or "")
    granularity = span.granularity if span else (("century" if len(bc.group(1)) == 2 else "year") if bc else "")
    if not drawable:
        return granularity, "", ""
    return granularity, span.start.isoformat(), span.end.isoformat()
