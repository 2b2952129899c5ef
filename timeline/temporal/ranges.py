"""Which pairs of tagged dates are the two ends of one period: "from 2014 to 2016",
"between October and December 2023", "Nov. 20-21", "2014–2016".

The tagger gives each end as its own TIMEX3 (as TimeML does); a timeline wants one event that
covers the whole period. The words that join and open a range are per-language data
(RANGE_JOINS, CHANGE_VERBS in lang/xx.py).
"""
from __future__ import annotations

import re

from ..timex import Timex
from .engine import language, opener_before, range_gap

# a value that starts with a year: only such ends can be put in order
_CALENDAR = re.compile(r"\d{4}")


def _is_change(text: str, start: int, verbs: tuple[str, ...]) -> bool:
    """'postponed from May to June' names two dates, not a period."""
    before = text[max(0, start - 40):start].lower()
    return any(re.search(r"(?<!\w)%s(?:\s+\w+){0,3}\s+\w+\s*$" % re.escape(v), before) for v in verbs)


def ends_in_order(first: Timex, second: Timex) -> bool:
    """Both are calendar dates and the second does not begin before the first."""
    if first.type not in ("DATE", "TIME") or second.type not in ("DATE", "TIME"):
        return False
    if not (_CALENDAR.match(first.value) and _CALENDAR.match(second.value)):
        return False
    if "T" in first.value and "T" in second.value:  # "from midnight until 9 a.m.": clock order too
        return second.value > first.value
    return second.value[:10] >= first.value[:len(second.value[:10])] and second.value != first.value


def find_ranges(text: str, timexes: list[Timex], lang: str = "en") -> list[tuple[int, int]]:
    """Index pairs (i, i + 1) into ``timexes`` (sorted by start) that make one range each."""
    data = language(lang).data
    joins: dict[str, str] = getattr(data, "RANGE_JOINS", {})
    openers = tuple(sorted({o for o in joins.values() if o}, key=len, reverse=True))
    change_verbs = tuple(getattr(data, "CHANGE_VERBS", ()))
    pairs: list[tuple[int, int]] = []
    i = 0
    while i < len(timexes) - 1:
        a, b = timexes[i], timexes[i + 1]
        gap = range_gap(text, a.end, b.start)
        needs = joins.get(gap)
        joined = gap in joins and (needs is None or opener_before(text, a.start, openers) == needs)
        if joined and ends_in_order(a, b) and not _is_change(text, a.start, change_verbs):
            pairs.append((i, i + 1))
            i += 2  # an end belongs to one range only
        else:
            i += 1
    return pairs
