"""Place a Spec on the calendar: against the document date, or the story's last date."""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace

from .spec import Spec

SEASON_OF_MONTH = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU",
                   9: "FA", 10: "FA", 11: "FA"}
SEASON_ORDER = ["SP", "SU", "FA", "WI"]
DEADLINE = "deadline"  # a tense: "by May", "until Nov. 6" lean ahead
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    year = d.year + y
    if not 1 <= year <= 9999:
        raise OverflowError
    return dt.date(year, m + 1, min(d.day, calendar.monthrange(year, m + 1)[1]))


def shifted(ref: dt.date, unit: str, n: int) -> dt.date:
    if unit in ("D", "H", "MIN", "S"):
        return ref + dt.timedelta(days=n if unit == "D" else 0)
    if unit in ("W", "WE"):
        return ref + dt.timedelta(weeks=n)
    if unit == "M":
        return add_months(ref, n)
    if unit == "Q":
        return add_months(ref, 3 * n)
    if unit == "SEASON":
        return add_months(ref, 3 * n)
    if unit == "Y":
        return add_months(ref, 12 * n)
    if unit == "E":
        return add_months(ref, 120 * n)
    if unit in ("C", "L"):
        return add_months(ref, 1200 * n)
    return ref


def year_str(year: int | None, bc: bool = False) -> str:
    if year is None:
        return "XXXX"
    return f"BC{year:04d}" if bc else f"{year:04d}"


def format_value(s: Spec, d: dt.date | None) -> str:
    """The TIMEX3 value at the spec's granularity, from a resolved day (or X's without one)."""
    g = s.gran
    if d is None:
        y, m, day = year_str(s.year, s.bc), s.month, s.day
    else:
        y, m, day = year_str(d.year), d.month, d.day
    if g == "day":
        if d is None and s.weekday and not m:
            return "XXXX-WXX-%d" % s.weekday
        return f"{y}-{m:02d}-{day:02d}" if m and day else (f"{y}-XX-XX" if d is None else f"{y}-{m:02d}-{day:02d}")
    if g in ("week", "weekend"):
        if d is None:
            return f"{y}-WXX" + ("-WE" if g == "weekend" else "")
        iso = d.isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}" + ("-WE" if g == "weekend" else "")
    if g == "month":
        return f"{y}-{m:02d}" if m else f"{y}-XX"
    if g == "season":
        season = s.season or (SEASON_OF_MONTH[d.month] if d else "XX")
        return f"{y}-{season}"
    if g == "quarter":
        q = s.quarter or ((d.month - 1) // 3 + 1 if d else None)
        return f"{y}-Q{q}" if q else f"{y}-QX"
    if g == "half":
        h = s.half or ((d.month - 1) // 6 + 1 if d else None)
        return f"{y}-H{h}" if h else f"{y}-HX"
    if g == "year":
        return y
    if g == "decade":
        if s.decade is not None:
            return f"{s.decade:03d}"
        return y[:3] if d else "XXX"
    if g == "century":
        if s.century is not None:
            return f"BC{s.century:02d}" if s.bc else f"{s.century:02d}"
        return y[:2] if d else "XX"
    return y


def tod_suffix(s: Spec) -> str:
    return f"T{s.time}" if s.time else ""


@dataclass
class Context:
    """What resolution may refer to: the document date, the last date the story mentioned,
    and the quarter it reports on (year, quarter)."""
    dct: dt.date | None = None
    story: dt.date | None = None
    story_gran: str = "day"  # how precisely the story's last date is known
    last_day: dt.date | None = None  # the story's last date known to the day ("the previous day" counts from it)
    story_at: int = -1  # where in the text the story's last date was written
    story_explicit: bool = False  # whether that date was written with its year ("June 2023")
    # the story's last date is a year the story itself moved to ("The next year was harder"): its
    # months told in the past are that year's
    story_year_told: bool = False
    # the document date is only the latest it can be (assumed, not known): a day told in the past
    # tense is on or before it (news' own dates are a day or two off often enough not to be strict)
    strict_past: bool = False
    quarter: tuple[int, int] | None = None
    last_quarter: str | None = None  # the last quarter mentioned ("1988-Q2"), what "that quarter" is
    window_start: dict | None = None  # the language's own WINDOW_START entries (None: the defaults)



def resolve(s: Spec, ctx: Context, tense: int | None) -> str:
    """The TIMEX3 value of a spec. tense: -1 past, +1 future, None unknown (decides
    'in September' without a year)."""
    if s.value is not None:
        return s.value
    try:
        if s.within is not None:
            return day_within(s, ctx, tense)
        if s.day and not s.month and s.gran == "day" and s.year is None and s.shift is None:
            return day_of_some_month(s, ctx, tense)
        return _resolve(s, ctx, tense)
    except (OverflowError, ValueError):
        return format_value(s, None) + tod_suffix(s)


def topic_quarter(s: Spec, ctx: Context) -> str:
    """'the quarter', 'the year-ago quarter', 'this year's third quarter' in an earnings story."""
    dct = ctx.dct
    if ctx.quarter is not None:
        year, q = ctx.quarter
    elif dct is not None:  # a results story reports on the quarter that just ended
        year, q = (dct.year, (dct.month - 1) // 3) if dct.month > 3 else (dct.year - 1, 4)
    else:
        year, q = None, None
    q = s.quarter or q
    if s.year is not None:
        year = s.year
    elif s.year_shift is not None:
        base = dct.year if dct is not None else None
        if ctx.quarter is not None and s.topic:
            base = ctx.quarter[0]
        year = base + s.year_shift if base is not None else None
    return f"{year_str(year)}-Q{q}" if q else f"{year_str(year)}-QX"


# Coarseness of granularities: "the day before" needs a story date known at least to the day.
GRAN_RANK = {"day": 0, "week": 1, "weekend": 1, "month": 2, "season": 3, "quarter": 3, "half": 4,
             "year": 5, "decade": 6, "century": 7}
UNIT_RANK = {"D": "day", "H": "day", "MIN": "day", "S": "day", "W": "week", "WE": "week", "M": "month",
             "Q": "quarter", "SEASON": "season", "Y": "year", "E": "decade", "C": "century", "L": "century"}


def story_known_finely(story_gran: str, unit: str) -> bool:
    """The story's date is known at least as finely as the unit an offset counts in ('the day before'
    needs a day; 'Месяцем ранее' after 'в 2019 году' does not have one)."""
    return GRAN_RANK.get(story_gran, 9) <= GRAN_RANK.get(UNIT_RANK.get(unit, "day"), 0)


def _resolve(s: Spec, ctx: Context, tense) -> str:
    dct, story = ctx.dct, ctx.story
    if s.gran == "quarter" and (s.topic or s.year_shift is not None):
        return topic_quarter(s, ctx)
    if s.year_shift is not None and s.gran != "quarter" and s.year is None:  # "April next year"
        if dct is None:
            return format_value(s, None)
        return format_value(replace(s, year=dct.year + s.year_shift), None)
    if s.anchor == "story" and s.shift == ("Q", 0) and ctx.last_quarter is not None:
        return ctx.last_quarter  # "that quarter", "the same quarter": the one just mentioned
    if s.follow_topic and ctx.quarter is not None and s.shift is not None and s.shift[0] == "Y":
        year, q = ctx.quarter
        return f"{year + s.shift[1]:04d}-Q{q}"
    if s.anchor == "story" and s.shift == ("D", 0) and s.type == "DATE" and story is not None \
            and ctx.story_gran == "month":
        # "that same day" after "last October": a day of that month, which one the text does not say
        return f"{story.year:04d}-{story.month:02d}-XX"
    fine_enough = s.shift is None or story_known_finely(ctx.story_gran, s.shift[0])
    if s.anchor == "story" and not fine_enough and s.shift[0] == "D" and ctx.last_day is not None:
        # "She said Tuesday she will retire. Her term ends in January 2027. She told colleagues the
        # previous day": a day counts from the last day the story named, not from a month
        story, fine_enough = ctx.last_day, True
    if s.anchor == "story" and story is not None and not fine_enough and s.type == "DATE" \
            and ctx.story_gran in ("month", "season", "quarter") and s.shift[0] in ("D", "W"):
        # "three weeks earlier" after "in March 2025": counted from the story's month, known to the month
        return format_value(replace(s, gran="month"), shifted(story, *s.shift))
    if s.anchor == "story" and story is not None and not fine_enough and s.type == "DATE" \
            and ctx.story_gran == "year" and s.shift[0] in ("D", "W", "M") and s.shift[1] != 0:
        # "founded in 2010. The next month, it moved": a month of that year, which one the text does
        # not say; the year is what it does say (the document's next month would be made up)
        return f"{story.year:04d}"
    ref = story if (s.anchor == "story" and story is not None and fine_enough) else dct
    if ref is story and dct is not None and s.shift is not None and s.shift[1] == 0 and story.year > dct.year:
        ref = dct  # "the full year" after "by 1992": a target year is not where the story is
    if s.shift is not None:
        if ref is None:
            return format_value(s, None) + tod_suffix(s)
        unit, n = s.shift
        if weekend_just_past(s, ref, tense) and ref is dct:
            n = -1  # "over the weekend" said on a weekday: the one just past
        d = shifted(ref, unit, n)
        if s.day and unit == "M" and s.gran == "day":  # "1-го числа следующего месяца": that day of the month
            if n == 0 and tense in (1, DEADLINE) and s.day < ref.day:
                d = shifted(ref, unit, 1)  # "выплатят 5-го", said on the 20th: next month's
            elif n == 0 and tense == -1 and s.day > ref.day:
                d = shifted(ref, unit, -1)  # "пятого числа ему исполнилось", said on the 3rd: last month's
            d = d.replace(day=min(s.day, calendar.monthrange(d.year, d.month)[1]))
        if unit == "SEASON" and s.gran == "season":  # "last season": the season of the shifted date
            s = replace(s, season=None)
        return format_value(s, d) + tod_suffix(s)
    if s.easter is not None:  # Easter, Good Friday, Holy Week
        if s.year is not None:
            return format_value(s, feast(s, s.year))
        if ref is None:  # the day of Easter depends on the year: no month either
            return format_value(replace(s, month=None, day=None), None)
        near = feast(s, ref.year)
        year = holiday_year(replace(s, month=near.month, day=near.day), ref, tense, lambda y: feast(s, y))
        return format_value(s, feast(s, year))
    if s.year is not None or s.gran in ("decade", "century"):
        if s.nth:
            return nth_weekday_value(s, s.year)
        if s.gran == "day" and s.month and s.day:
            return format_value(s, None) + tod_suffix(s)
        if s.gran in ("week", "weekend") and s.month and s.day:  # "the week of March 6, 2000"
            return format_value(s, dt.date(s.year, s.month, s.day))
        return format_value(s, None)
    # Underspecified: a month, day, weekday, season or quarter without a year.
    if ref is None:
        if s.nth:  # "Thanksgiving", "the first Tuesday in November": the day depends on the year
            return f"XXXX-{s.month:02d}-XX" + tod_suffix(s)
        return format_value(s, None) + tod_suffix(s)
    if ref is story and ctx.story_gran == "year" and s.anchor == "story" and s.direction in (-1, 1) \
            and s.gran in ("season", "month", "quarter", "half"):
        # "moved back in 2023 ... died the following spring": the spring after that year, 2024
        return format_value(replace(s, year=story.year + s.direction), None)
    if s.weekday and not s.month:
        d = weekday_near(ref, s.weekday, s.direction, tense) + dt.timedelta(days=s.days_after)
        return format_value(s, d) + tod_suffix(s)
    if s.gran == "quarter" and s.direction is None and just_ended_quarter(s, ref):
        return format_value(replace(s, year=ref.year - 1), None)
    if s.gran == "quarter" and s.direction is None and tense != -1:
        return format_value(replace(s, year=ref.year), None)  # "the fourth quarter": this year's
    if s.holiday and s.nth:
        near = nth_weekday(ref.year, s.month, *s.nth)
        year = holiday_year(replace(s, day=near.day, nth=None), ref, tense, lambda y: nth_weekday(y, s.month, *s.nth))
        return nth_weekday_value(s, year) + tod_suffix(s)
    if s.holiday:
        year = holiday_year(s, ref, tense, lambda y: dt.date(y, s.month, s.day))
        return format_value(s, dt.date(year, s.month, s.day)) + tod_suffix(s)
    if s.gran == "half" and s.half and s.direction is None:
        return format_value(replace(s, year=half_year(s, ref, tense)), None)
    year = year_near(s, ref, s.direction, tense, ctx.window_start)
    if s.nth:
        return nth_weekday_value(s, year) + tod_suffix(s)
    if s.gran in ("day", "week", "weekend") and s.month and s.day:
        if ctx.strict_past and tense == -1 and s.direction is None and ref is dct \
                and (s.month, s.day) > (ref.month, ref.day) and year == ref.year:
            year -= 1  # "The mayor resigned on December 2", assumed written on November 25: last year's
        day = min(s.day, calendar.monthrange(year, s.month)[1])
        return format_value(s, dt.date(year, s.month, day)) + tod_suffix(s)
    return format_value(replace(s, year=year), None)


def just_ended_quarter(s: Spec, ref: dt.date) -> bool:
    """'Will report fourth-quarter results on Feb. 12', said in January: the quarter that ended
    weeks ago, not the one that starts in nine months."""
    return bool(s.quarter) and ref.month <= 2 and s.quarter == 4


def weekend_just_past(s: Spec, ref: dt.date, tense) -> bool:
    """'Over the weekend' said on a weekday in the past tense is the weekend just past; not one
    looked ahead to ('updates through the weekend'), nor 'this weekend' said on a Friday."""
    if s.shift != ("WE", 0) or tense in (1, DEADLINE) or ref.isoweekday() > 5:
        return False
    return not (s.direction == 0 and ref.isoweekday() == 5)


def holiday_year(s: Spec, ref: dt.date, tense, day_in) -> int:
    """The year of a named day: placed by its own day in the reference's year ("Thanksgiving" said
    on November 20 is eight days ahead), and, told in the past tense, the last one that has been."""
    year = year_near(replace(s, gran="day"), ref, s.direction, tense)
    if s.direction is None and tense == -1 and s.gran == "day" and day_in(year) > ref:
        year -= 1  # "Families gathered for Thanksgiving", written before it: last year's
    return year


def easter_sunday(year: int) -> dt.date:
    """Western Easter (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def feast(s: Spec, year: int) -> dt.date:
    return easter_sunday(year) + dt.timedelta(days=s.easter)


def nth_weekday_value(s: Spec, year: int) -> str:
    """The value of 'the first Tuesday in November' in that year; a fifth weekday the month does not
    have ("the fifth Tuesday in February") is only the month, not a day of the next."""
    day = nth_weekday(year, s.month, *s.nth)
    if isinstance(s.nth[1], int) and day.month != s.month:  # (Cyber Monday may fall in December)
        return f"{year:04d}-{s.month:02d}"
    return format_value(s, day)


def nth_weekday(year: int, month: int, weekday: int, n) -> dt.date:
    """The n-th (or last, n=-1) given weekday of a month; 'election': the Tuesday after the
    first Monday of November."""
    if isinstance(n, tuple) and n[0] == "thanksgiving":  # Black Friday, Cyber Monday
        return nth_weekday(year, 11, 4, 4) + dt.timedelta(days=n[1])
    if n == "election":
        first_monday = nth_weekday(year, month, 1, 1)
        return first_monday + dt.timedelta(days=1)
    if n == -1:
        last = dt.date(year, month, calendar.monthrange(year, month)[1])
        return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))


def position(s: Spec) -> tuple[int, int]:
    """Where in a year the spec falls (month, day), to compare with the reference."""
    if s.month:
        return s.month, s.day or 0
    if s.season:
        return SEASON_START[s.season], 0
    if s.quarter:
        return (s.quarter - 1) * 3 + 1, 0
    if s.half:
        return (s.half - 1) * 6 + 1, 0
    return 1, 0


def ref_position(s: Spec, ref: dt.date) -> tuple[int, int]:
    if s.gran == "day":
        return ref.month, ref.day
    if s.season:
        return SEASON_START[SEASON_OF_MONTH[ref.month]], 0
    if s.quarter:
        return (ref.month - 1) // 3 * 3 + 1, 0
    if s.half:
        return (ref.month - 1) // 6 * 6 + 1, 0
    return ref.month, 0


# Where an unanchored date may fall, in months from the reference, by what the sentence says:
# the window [low, low + 12) holds exactly one occurrence. News looks back more than ahead.
WINDOW_START = {None: -9.5, -1: -10.0, 1: -0.5, DEADLINE: -3.0}


def year_near(s: Spec, ref: dt.date, direction: int | None, tense, window_start: dict | None = None) -> int:
    """The year of a month/season/quarter: 'last' strictly before, 'next' strictly after,
    'this' the reference's year; otherwise the one occurrence in the window for the tense."""
    pos, here = position(s), ref_position(s, ref)
    year = ref.year
    if s.season == "WI" and ref.month in (1, 2):
        here, year = (12, 0), ref.year - 1  # January belongs to the winter that began in December
    elif s.season and ref.month in (1, 2):
        # the season under way began last December: "last fall" said in February is the fall
        # before it, "next spring" the coming one; without a direction, count from the month
        here = (0, 0) if direction in (-1, 1) else (ref.month, 0)
    if direction == -1:
        if s.gran == "month" and not s.day and s.month and (ref.month - s.month) % 12 == 1:
            return ref.year - 1 if s.month < ref.month else ref.year - 2  # "last February" said in March: not last month
        return year if pos < here else year - 1
    if direction == 1:
        return year if pos > here else year + 1
    if direction == 0:
        return year
    ahead = (pos[0] - here[0]) + ((pos[1] - here[1]) / 31 if pos[1] and here[1] else 0)
    low = (window_start or {}).get(tense, WINDOW_START.get(tense, -8.0))
    if ahead < low:
        return year + 1
    if ahead >= low + 12:
        return year - 1
    return year


def half_year(s: Spec, ref: dt.date, tense) -> int:
    """The year of 'the first half' without one: this year's; told in the past, the last such half
    at least three months under way ('Profit fell in the second half', said in January, is last
    year's); told ahead, the next one not yet over."""
    start = (s.half - 1) * 6 + 1
    if tense == -1:
        return ref.year if ref.month >= start + 3 else ref.year - 1
    if tense is not None:
        return ref.year if ref.month < start + 6 else ref.year + 1
    return ref.year


def weekday_near(ref: dt.date, weekday: int, direction: int | None, tense: int | None) -> dt.date:
    """'Friday' in news: the past one (or today) unless the sentence is in the future;
    'last Friday' strictly before, 'next Friday' strictly after, 'this Friday' in this week."""
    delta = weekday - ref.isoweekday()
    if direction == 0:
        return ref + dt.timedelta(days=delta)
    if direction == 1:
        return ref + dt.timedelta(days=delta if delta > 0 else delta + 7)
    if direction == -1:
        return ref + dt.timedelta(days=delta if delta < 0 else delta - 7)
    if tense in (1, DEADLINE):
        return ref + dt.timedelta(days=delta if delta >= 0 else delta + 7)
    if tense is None and delta in (1, -6):  # "Tuesday" in a story dated Monday: tomorrow
        return ref + dt.timedelta(days=1)
    return ref + dt.timedelta(days=delta if delta <= 0 else delta - 7)


_PERIOD_VALUE = re.compile(r"(\d{4}|XXXX)(?:-(\d\d))?$")


def day_within(s: Spec, ctx: Context, tense) -> str:
    """'the first day of next month', 'the last trading day of February', 'the first Monday of
    next month': the period is placed as the rest of the spec says, then the day inside it."""
    period = _resolve(replace(s, within=None), ctx, tense)
    m = _PERIOD_VALUE.match(period)
    if m is None:
        return period
    year, month = m.group(1), m.group(2)
    kind, a, b = s.within
    if year == "XXXX" or (month is None and kind == "weekday"):
        day = a if kind == "day" and a > 0 else None
        return f"{year}-{month or 'XX'}-" + (f"{day:02d}" if day and month else "XX")
    y = int(year)
    if kind == "weekday":
        day = nth_weekday(y, int(month), a, b)
        # "the fifth Tuesday in February" that has only four: the month, not a day of March
        return day.isoformat() if day.month == int(month) else period
    first = dt.date(y, int(month), 1) if month else dt.date(y, 1, 1)
    last = dt.date(y, int(month), calendar.monthrange(y, int(month))[1]) if month else dt.date(y, 12, 31)
    days = [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]
    if b:  # trading or business days: Monday to Friday
        days = [d for d in days if d.isoweekday() < 6]
    if not -len(days) <= (a if a < 0 else a - 1) < len(days):
        return period
    return days[a if a < 0 else a - 1].isoformat()


def day_of_some_month(s: Spec, ctx: Context, tense) -> str:
    """'on the 19th', 'Tuesday 4th': a day of the month the story is in (or the document's), or of
    the month before or after as the tense says; with a weekday, the nearest month where that day
    falls on it."""
    story = ctx.story if ctx.story is not None and ctx.story_gran in ("day", "month") else None
    ref = story or ctx.dct
    if ref is None:
        return "XXXX-XX-%02d" % s.day
    candidates = []
    for k in range(-12, 13):
        month_start = add_months(ref.replace(day=1), k)
        if s.day > calendar.monthrange(month_start.year, month_start.month)[1]:
            continue
        d = month_start.replace(day=s.day)
        if s.weekday and d.isoweekday() != s.weekday:
            continue
        candidates.append(d)
    if not candidates:
        return "XXXX-XX-%02d" % s.day
    if story is not None:  # "from March 3 ... on the 9th": the story goes on from its date
        ahead = [d for d in candidates if d >= story.replace(day=1) and (d >= story or ctx.story_gran == "month")]
        if ahead and not (tense == -1 and ctx.dct is not None and ahead[0] > ctx.dct):
            return ahead[0].isoformat()
        ref = ctx.dct or ref
    if tense in (1, DEADLINE):
        ahead = [d for d in candidates if d >= ref]
        pick = ahead[0] if ahead else candidates[-1]
    elif tense == -1:
        past = [d for d in candidates if d <= ref]
        pick = past[-1] if past else candidates[0]
    else:  # nothing says: this month's when there is one, else the nearest
        pick = min(candidates, key=lambda d: (abs((d.year - ref.year) * 12 + d.month - ref.month), abs((d - ref).days)))
    return pick.isoformat()
