"""What a temporal expression means before it is placed on the calendar."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Spec:
    type: str = "DATE"  # DATE, TIME, DURATION, SET
    value: str | None = None  # a value that needs no reference date (durations, sets, refs)
    gran: str = "day"  # day, week, weekend, month, season, quarter, half, year, decade, century
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # ISO 1 = Monday
    season: str | None = None  # SP, SU, FA, WI
    quarter: int | None = None
    half: int | None = None
    decade: int | None = None  # 199 for the 1990s
    century: int | None = None  # 19 for 1900-1999
    bc: bool = False
    shift: tuple[str, int] | None = None  # (unit letter, n): n units from the reference
    anchor: str = "dct"  # "dct": the document date; "story": the last date mentioned before
    direction: int | None = None  # -1 last, 0 this, +1 next; None: from the sentence's tense
    time: str | None = None  # "14:30", "12:00" or a part of day "MO", "AF", "EV", "NI"
    mod: str = ""
    explicit: bool = False  # the text gives the year itself (may anchor later expressions)
    topic: bool = False  # "the quarter", "the latest period": the quarter the story reports on
    year_shift: int | None = None  # "last year's third quarter": the reference's year + n
    nth: tuple | None = None  # holidays on the n-th weekday of a month: (weekday, n)
    easter: int | None = None  # movable feasts: days from Easter Sunday
    holiday: bool = False  # a named day of the year ("Thanksgiving"): its own day, never weeks off
    follow_topic: bool = False  # "a year earlier" in a story about a quarter means that quarter
    # "[three days] later": the length also places an event, this many days from the story's date,
    # over the whole phrase (start, end) with its anchoring word
    point_days: int | None = None
    point_span: tuple[int, int] | None = None
    # "Monday week", "a week on Friday": days added once the weekday is placed (ahead)
    days_after: int = 0
    # "the first day of next month", "the last trading day of February": a day picked inside the
    # period the rest of the spec resolves to: ("day", n, business days only) or ("weekday", ISO, n);
    # n = -1 is the last
    within: tuple | None = None
    # TimeML's SET attributes: "every other Thursday" is XXXX-WXX-4 with quant EVERY, freq 2W
    quant: str = ""
    freq: str = ""


@dataclass
class Mention:
    start: int
    end: int
    spec: Spec
    rule: str
