"""The publication date an article's relative dates are resolved against.

Three bases, reported to the user: ``given`` (by the user or the file's metadata),
``found`` (a dateline or a date line at the top of the article), ``inferred`` (from the
dates the article mentions). When none can be had, relative dates stay unresolved and
the user is asked for one.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Callable

from .dates import day_of, period
from .timex import Timex

# A dateline or byline date is near the top: the first few lines of the article.
HEADER_CHARS = 300

_YEARLESS = re.compile(r"^XXXX-(\d{2})(?:-(\d{2}))?$")
_YEARLESS_DAY = re.compile(r"^XXXX-(\d{2})-(\d{2})$")
_EXPLICIT = re.compile(r"^(\d{4})(-\d{2})?")


def _header_end(text: str) -> int:
    """Where the title, dateline and byline end: the first few lines, at most HEADER_CHARS."""
    end = min(len(text), HEADER_CHARS)
    newlines = [m.start() for m in re.finditer("\n", text[:end])]
    return newlines[6] if len(newlines) > 6 else end


# What may stand around a date in a dateline: "MOSCOW, Nov 20 (Reuters) -", "WASHINGTON (AP) — Nov. 20, 2024 —".
# The place is capitalised words without digits ("WASHINGTON", "New York"), not a sentence ("The summit ran
# March 30 –", whose next date is the end of a period, not a dateline).
_PLACE = r"[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё.'’-]*(?: [A-ZА-ЯЁ][A-Za-zА-Яа-яЁё.'’-]*){0,4}"
_DATELINE_BEFORE = re.compile(r"^\s*%s(?:, %s)?(,|\.|\s*(\([^)]{1,30}\))?\s*[-–—])\s*$" % (_PLACE, _PLACE))
# what follows the date: "(Reuters) -", "—", and the Russian agencies' ". /ТАСС/." and ". INTERFAX -"
_AGENCY = r"(?:\([^)\n]{1,30}\)|/[^/\n]{1,20}/|(?-i:[A-ZА-ЯЁ]{3,20}))"
_DATELINE_AFTER = re.compile(r"^\s*\.?\s*%s?\s*[-–—.]" % _AGENCY)
# A date line or byline has few words besides the date and is not a sentence: "Published 20 November 2024, 14:05".
MAX_HEADER_LINE_WORDS = 6
# After a date that opens a chronology's line: a colon or a dash, then words
_LIST_ITEM_AFTER = re.compile(r"[ \t]*(?::|[-–—][ \t])[ \t]*[\w«\"'(]")
# A byline with its date: "By Tom Becker | Sep 9, 2026, 1:04 PM PDT", "Автор: Анна Петрова, 13 октября 2025"
_BYLINE_BEFORE = re.compile(r"^\s*(?:By|From|Автор:?|Текст:?)\s+[^\n|,·•]{2,60}[|,·•]\s*$")


# A wire dateline opening a line: "WASHINGTON (Reuters) - ", "MOSCOW, Nov 20 (Reuters) — ".
# (the place may carry its country and the date: "ODESA, Ukraine, March 3, 2023 (Reuters) -")
_DATELINE_PREFIX = re.compile(r"[A-ZА-ЯЁ][A-ZА-ЯЁ .'’-]{2,40}(?:,\s*[A-ZА-ЯЁ][\w .'’-]{1,30}){0,2}(?:,\s*\d{4})?\s*"
                              r"(?:\([^)\n]{1,40}\))?\s*[-–—]+\s")


def dateline_prefixes(text: str) -> list[tuple[int, int]]:
    """Every line that opens with a wire dateline ("PARIS, June 5, 2023 — "): where each dateline is.
    Articles pasted together carry one each; a dateline is neither an event nor an actor."""
    spans = []
    for m in re.finditer(r"^", text, re.MULTILINE):
        end = dateline_prefix_end(text, m.start())
        if end:
            spans.append((m.start(), end))
    return spans


def dateline_prefix_end(text: str, pos: int) -> int | None:
    """Where the wire dateline that opens the line holding ``pos`` ends, if there is one."""
    line_start = text.rfind("\n", 0, pos) + 1
    m = _DATELINE_PREFIX.match(text, line_start)
    return m.end() if m else None


def line_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the line holding text[start:end] begins and ends (its newline left out)."""
    line_end = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if line_end < 0 else line_end


def _is_dateline(text: str, t: Timex) -> bool:
    line_start, line_end = line_around(text, t.start, t.end)
    before, after = text[line_start:t.start], text[t.end:line_end]
    if not before.strip(" \t-–—•*·") and _LIST_ITEM_AFTER.match(after):
        return False  # "28 мая — «Динамо» направляет предложение;", "- 1946: Heathrow opens": a chronology's line
    if len((before + " " + after).split()) <= MAX_HEADER_LINE_WORDS and not after.rstrip().endswith((".", "!", "?")):
        return True  # a line of its own, not a sentence
    if _BYLINE_BEFORE.match(before) and not after.rstrip().endswith((".", "!", "?")):
        return True
    return bool(_DATELINE_BEFORE.match(before) and (_DATELINE_AFTER.match(after) or before.rstrip()[-1:] in "-–—"))


def header_date(text: str, timexes: list[Timex]) -> Timex | None:
    """The date of a dateline or byline in the article's first lines, not a date in its first sentence."""
    end = _header_end(text)
    for t in timexes:
        if t.start >= end:
            break
        if t.type in ("DATE", "TIME") and (day_of(t.value) or _YEARLESS_DAY.match(t.value)) and _is_dateline(text, t):
            return t
    return None


_DATELINE_TAIL = re.compile(r"\s*\.?\s*%s?\s*(?:[-–—]+|\.)[ \t]*" % _AGENCY)


def dateline_span(text: str, t: Timex) -> tuple[int, int]:
    """The whole dateline around its date: 'LONDON, March 10, 2019 — ' from the place to the dash,
    so that neither the place nor the dash is read as part of the story."""
    line_start, line_end = line_around(text, t.start, t.end)
    if _BYLINE_BEFORE.match(text[line_start:t.start]):  # "By Tom Becker | Sep 9, 2026, 1:04 PM PDT": all of it
        return line_start, line_end
    start = line_start if _DATELINE_BEFORE.match(text[line_start:t.start]) else t.start
    tail = _DATELINE_TAIL.match(text, t.end)
    return start, tail.end() if tail else t.end


def yearless_day(t: Timex | None) -> tuple[int, int] | None:
    """Month and day of a date written without its year ("Nov 20" -> (11, 20))."""
    m = _YEARLESS_DAY.match(t.value) if t else None
    return (int(m.group(1)), int(m.group(2))) if m else None


def found_in_header(text: str, timexes: list[Timex]) -> dt.date | None:
    """The publication date written in a dateline or byline, when it has a year."""
    t = header_date(text, timexes)
    return day_of(t.value) if t else None


def full_header_date(text: str, timexes: list[Timex]) -> dt.date | None:
    """A full date on a header line of its own, after a yearless dateline ("PHOENIX, Nov. 4 (Reuters)"
    above "Updated: Wednesday, November 4, 2026" or "By Tom Becker | Sep 9, 2026"): the year it lacks."""
    end = _header_end(text)
    for t in timexes:
        if t.start >= end:
            break
        if t.type in ("DATE", "TIME") and day_of(t.value) and _is_dateline(text, t):
            return day_of(t.value)
    return None


def dateline_day(text: str, timexes: list[Timex]) -> tuple[int, int] | None:
    """Month and day of a yearless dateline ("MOSCOW, Nov 20 (Reuters) -")."""
    return yearless_day(header_date(text, timexes))


# The opening of an article, where a news lede dates what it reports.
LEDE_CHARS = 800
_WEEKDAY_FIRST = re.compile(r"(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s", re.I)
_WEEKDAY_INDEX = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def _weekday_written(t: Timex) -> int | None:
    """The weekday (0 = Monday) written at the start of a date ("Saturday, Jan. 18"), if any."""
    m = _WEEKDAY_FIRST.match(t.text)
    return _WEEKDAY_INDEX[m.group(1).lower()] if m else None


def lede_day(timexes: list[Timex]) -> dt.date | None:
    """A full date written with its weekday near the top ("on Wednesday, Sept. 18, 2024"), the weekday
    right for the date: news names the day of the week only for the days around the time of writing."""
    for t in timexes:
        if t.start >= LEDE_CHARS:
            break
        day = day_of(t.value)
        if day and day.weekday() == _weekday_written(t):
            return day
    return None


def _first_day(value: str) -> dt.date | None:
    p = period(value)
    return p.start if p else None


def _year_fitting_weekdays(year: int, yearless: list[Timex]) -> int:
    """'A memorial will be held on Saturday, Jan. 18': the first year from `year` on in which the
    weekdays written with yearless dates fall on those dates (else `year` itself)."""
    written = [(w, int(t.value[5:7]), int(t.value[8:10])) for t in yearless
               if (w := _weekday_written(t)) is not None and _YEARLESS_DAY.match(t.value)]
    if not written:
        return year
    for candidate in range(year, year + 7):
        try:
            if all(dt.date(candidate, month, day).weekday() == w for w, month, day in written):
                return candidate
        except ValueError:
            continue
    return year


def infer(timexes: list[Timex], dateline: tuple[int, int] | None = None,
          ahead: Callable[[Timex], bool] | None = None, writes_current_year: bool = False) -> dt.date | None:
    """Infer when an article was written from the dates it mentions (tagged without a reference date).

    News style writes the year only for dates outside the current year: "at the end of
    October 2023" implies the article is from 2024 or later, while "November 19" without a
    year is in the article's own year and, being reported, on or before the publication.
    So the year is one past the latest year written with a month, and the day is the latest
    yearless date in that year (or the dateline's day, when the article has one). Without
    yearless dates, the latest fully written date is used. A full date with its weekday in the
    lede ("on Wednesday, Sept. 18, 2024") comes first, unless a later date is written in full.
    ``ahead(t)`` says whether a date is spoken of as ahead ("scheduled for May 19, 2026"): such dates
    are left out. Weekdays written with yearless dates ("Saturday, Jan. 18") choose among years.
    Where news writes the current year too (Russian: "23 апреля 2024 года" in a November 2024
    report), ``writes_current_year``: the year is the latest written, or the next if the dateline's
    day would come before a date already reported.
    """
    lede = lede_day(timexes)
    year = None
    latest_full: dt.date | None = None
    yearless: list[tuple[int, int]] = []
    yearless_timexes: list[Timex] = []
    for t in timexes:
        if t.type not in ("DATE", "TIME"):
            continue
        m = _YEARLESS.match(t.value)
        if m:
            yearless_timexes.append(t)  # its weekday, if written, still tells the year
            if not (ahead is not None and ahead(t)):  # "takes effect July 1": ahead of the writing
                yearless.append((int(m.group(1)), int(m.group(2) or 1)))
            continue
        m = _EXPLICIT.match(t.value)
        if not m or (ahead is not None and ahead(t)):
            continue  # "scheduled for May 19, 2026": a date ahead says nothing of when the text was written
        y = int(m.group(1))
        # a bare year ("in 2024 so far") may be the current year; a month or day with its year is not.
        candidate = y + 1 if m.group(2) and not writes_current_year else y
        year = candidate if year is None else max(year, candidate)
        # the first day of what it names: "in March 2025" puts the writing in March 2025 or later
        day = day_of(t.value) or _first_day(t.value)
        if day and (latest_full is None or day > latest_full):
            latest_full = day
    if lede is not None and (latest_full is None or latest_full <= lede):
        # "on Wednesday, Sept. 18, 2024" in the lede, and nothing written later: the article is of
        # that week, even when it writes the current year (which the rule below would take as past)
        if dateline:
            try:
                near = dt.date(lede.year, *dateline)
                if 0 <= (near - lede).days <= 7:
                    return near  # the dateline's day, a few days after the lede's
            except ValueError:
                pass
        return lede
    if year is not None and (yearless or dateline):
        year = _year_fitting_weekdays(year, yearless_timexes)
        month, day = dateline or max(yearless)
        if writes_current_year and latest_full is not None and (year, month, day) < (
                latest_full.year, latest_full.month, latest_full.day):
            year += 1  # the writing comes after what it reports
        try:
            return dt.date(year, month, day)
        except ValueError:  # 29 February in a common year
            return dt.date(year, month, 28)
    if latest_full is not None:
        # "A memorial will be held on Saturday, Jan. 18" after "he died in 2011": the next year in
        # which Jan. 18 is a Saturday, and the article is of the days before it
        fitted = _year_fitting_weekdays(latest_full.year, yearless_timexes)
        if fitted != latest_full.year:
            t = next(t for t in yearless_timexes if _weekday_written(t) is not None and _YEARLESS_DAY.match(t.value))
            return dt.date(fitted, int(t.value[5:7]), int(t.value[8:10]))
    return latest_full


def assumed(dateline: tuple[int, int] | None, today: dt.date) -> dt.date:
    """The publication date of an article that gives no year anywhere: the last occurrence of its
    yearless dateline ("LONDON, Nov 18") up to today, else today."""
    if dateline is None:
        return today
    month, day = dateline
    for year in (today.year, today.year - 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:  # 29 February
            candidate = dt.date(year, month, 28)
        if candidate <= today:
            return candidate
    return today
