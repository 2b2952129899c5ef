"""Read a rule's captured groups into a Spec (what the expression means, not yet resolved)."""
from __future__ import annotations

import re
from dataclasses import replace
from types import ModuleType

from .spec import Spec

_WS = re.compile(r"\s+")


def key(text: str) -> str:
    return _WS.sub(" ", text.strip()).lower()


class Tables:
    """The language's vocabularies, looked up case-insensitively with spacing normalized."""

    def __init__(self, lang: ModuleType):
        self.lang = lang
        self.tables = {name: {key(k): v for k, v in table.items()} for name, (table, _) in lang.VOCAB.items()}

    def get(self, name: str, text: str | None, default=None):
        if text is None:
            return default
        return self.tables[name].get(key(text), default)


def to_int(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def parse_year(text: str, t: "Tables | None" = None) -> int:
    if t is not None and re.search(r"[^\W\d_]", text):  # a year in words, read by the language
        return t.lang.year_from_words(text)
    digits = re.sub(r"\D", "", text)
    year = int(digits)
    if len(digits) == 2:  # '98 -> 1998, '05 -> 2005
        year += 1900 if year >= 30 else 2000
    return year


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman(text: str) -> int | None:
    """'XIX' -> 19 (centuries are written so in Russian and French)."""
    text = text.strip().upper()
    if not text or any(ch not in _ROMAN for ch in text):
        return None
    total = 0
    for ch, nxt in zip(text, text[1:] + " "):
        value = _ROMAN[ch]
        total += -value if nxt in _ROMAN and _ROMAN[nxt] > value else value
    return total


def parse_number(groups: dict, t: Tables):
    """The count in 'three', 'twenty-four', '18', 'a', 'several' (X), '2 and a half'."""
    if "numd" in groups and not groups["numd"][0].isdigit():  # "two to three weeks": a word
        n = float(t.get("DIGIT_WORDS", groups["numd"]) or t.get("TEENS", groups["numd"], 0))
    elif "numd" in groups:
        digits = re.sub(r"[\s\u00a0]", "", groups["numd"])  # "1 000" in Russian
        # "2,500" groups thousands; "2,5" (Russian) has a decimal comma
        n = float(digits.replace(",", "." if re.fullmatch(r"\d+,\d{1,2}", digits) else ""))
    elif "tens" in groups:
        n = t.get("TENS", groups["tens"]) + t.get("DIGIT_WORDS", groups.get("ones"), 0)
    elif "num" in groups:
        n = t.get("NUMBER_WORDS", groups["num"])
        if n == "X":
            return "X"
    else:
        return None
    halves = (groups.get("numh") or "") + (groups.get("unith") or "")
    if "half" in halves or "1/2" in halves or "\u00bd" in halves or key(halves) in t.tables.get("HALF_WORDS", {}):
        n += 0.5
    return n


# A fraction of a unit said in the next smaller one: "half an hour" is PT30M.
SMALLER = {"H": (60, "MIN"), "D": (24, "H"), "Y": (12, "M"), "E": (10, "Y"), "C": (100, "Y"),
           "M": (30, "D"), "W": (7, "D"), "MIN": (60, "S")}


def unit_value(n, unit: str) -> str:
    """TIMEX3 duration value: P3D, PT2H, PXY; a fraction goes to the next smaller unit
    ("two and a half years" P2Y6M, "half an hour" PT30M)."""
    if unit == "2W":
        n, unit = (n * 2 if n != "X" else n), "W"
    if unit == "QC":  # a quarter century
        n, unit = (n * 25 if n != "X" else n), "Y"
    parts = [(n, unit)]
    if n != "X" and not float(n).is_integer() and unit in SMALLER:
        factor, smaller = SMALLER[unit]
        whole, rest = int(n), (n - int(n)) * factor
        if float(rest).is_integer():
            parts = ([(whole, unit)] if whole else []) + [(rest, smaller)]
    date = "".join(f"{_count(c)}{u}" for c, u in parts if u not in ("H", "MIN", "S"))
    time = "".join(f"{_count(c)}{'M' if u == 'MIN' else u}" for c, u in parts if u in ("H", "MIN", "S"))
    return "P" + date + ("T" + time if time else "")


def _count(n) -> str:
    return "X" if n == "X" else (str(int(n)) if float(n).is_integer() else str(n))


def mod_of(groups: dict, t: Tables) -> str:
    if "partof" in groups:
        return t.get("PART_OF", groups["partof"], "")
    if "premod" in groups:  # "early", "the late", "mid-"
        word = key(groups["premod"])
        for form in (word, word.rstrip("- "), word.split(" ", 1)[-1].rstrip("- ")):
            if t.get("PREFIX_MODS", form):
                return t.get("PREFIX_MODS", form)
        return ""
    if "ormod" in groups:  # "1994 or later"
        return t.get("OR_MODS", groups["ormod"], "")
    if "beforeafter" in groups:
        return "BEFORE" if groups["beforeafter"].lower().startswith("pre") else "AFTER"
    if "approx" in groups:
        return t.get("APPROX_MODS", groups["approx"], "")
    return ""


def relative(groups: dict, t: Tables, table: str = "RELATIVE"):
    """(direction, anchor) from a word like last / this / next / the following / that."""
    word = t.get(table, groups.get("rel"))
    if word is None:
        return None, "dct"
    if isinstance(word, str):  # "+A", "-A", "=A": relative to the story's last date
        # "+P", "-P": to the story's in a story told in the past, else to the document's (engine)
        return {"+": 1, "-": -1, "=": 0}[word[0]], ("story" if word[1:] == "A" else STORY_IF_PAST)
    return word, "dct"


STORY_IF_PAST = "story if past"  # an anchor the engine settles by the tense (Russian "в следующем году")


UNIT_GRAN = {"D": "day", "W": "week", "WE": "weekend", "M": "month", "Q": "quarter", "Y": "year",
             "E": "decade", "C": "century", "SEASON": "season", "H": "day", "MIN": "day", "S": "day",
             "2W": "week", "L": "century"}


def date_spec(g: dict, t: Tables) -> Spec | None:
    s = Spec(mod=mod_of(g, t))
    direction, anchor = relative(g, t)
    if "year" in g:
        s.year = parse_year(g["year"], t)
        s.explicit = True
    if "yearb" in g:
        s.year, s.bc, s.explicit = int(g["yearb"]), True, True
    if "yearad" in g:  # "AD 79": the digits as written, no century guessed
        s.year, s.explicit = int(g["yearad"]), True
    if "month" in g:
        s.month = t.get("MONTHS", g["month"]) or t.get("MONTH_ABBREVIATIONS", g["month"])
    if "mnum" in g:
        s.month = int(g["mnum"])
    if "weekday" in g:
        s.weekday = t.get("WEEKDAYS", g["weekday"])
    if "dayof" in g:  # "пятого числа", "с 1-го числа следующего месяца": a day of this month or the one named
        d = g["dayof"]
        day = to_int(d) if d[0].isdigit() else t.get("ORDINALS", d, 0)
        if not 1 <= day <= 31:
            return None
        return Spec(gran="day", day=day, shift=("M", direction or 0), anchor=anchor)
    if "day" in g:
        s.day = to_int(g["day"]) if g["day"][0].isdigit() else t.get("ORDINALS", g["day"], 0)
        if not 1 <= s.day <= 31 or (s.month and s.day > DAYS_IN_MONTH[s.month]):
            return None
    if "yrel" in g:  # "April next year", "early October this year"; "в ноябре прошлого года"
        shift = {"this": 0, "last": -1, "next": 1}.get(key(g["yrel"]))
        shift = shift if shift is not None else t.get("RELATIVE", g["yrel"])
        if isinstance(shift, str) and shift.endswith("A"):  # "летом того же года": the story's year
            direction, anchor = relative({"rel": g["yrel"]}, t)
        elif isinstance(shift, str):  # "в марте следующего года": the next year, from the document or the story
            s.year_shift, s.anchor = relative({"rel": g["yrel"]}, t)
        else:
            s.year_shift = shift
    if "topic" in g:  # "this year's third quarter", "the 1988 period", "the latest quarter"
        s.gran = "quarter"
        q = t.get("QUARTER_ORDINALS", g.get("quarter"))
        s.quarter = 4 if q == -1 else q
        s.topic = s.quarter is None
        if direction is not None and s.year is None:
            s.year_shift = direction
        return s
    if s.day:
        s.gran = ("weekend" if key(g["weekof"]) == "weekend" else "week") if "weekof" in g else "day"
    elif s.month:
        s.gran = "month"
    elif s.weekday:
        s.gran = "day"
    elif "season" in g:
        s.season, s.gran = t.get("SEASONS", g["season"]), "season"
    elif "qend" in g:  # "the December quarter", "the January-March quarter": the quarter ending that month
        end = t.get("MONTHS", g["qend"])
        start = t.get("MONTHS", g["qstart"]) if "qstart" in g else end - 2
        if end % 3 or (end - start) % 12 != 2:
            return None
        s.quarter, s.gran = end // 3, "quarter"
    elif "quarter" in g:
        q = g["quarter"]
        s.quarter = int(q) if q.isdigit() else (t.get("QUARTER_ORDINALS", q) or t.get("QUARTER_MONTHS", q))
        s.quarter = 4 if s.quarter == -1 else s.quarter
        s.gran = "quarter"
        if direction is not None:  # "the third quarter of last year"; "of the year": by the tense, as alone
            s.year_shift, direction = direction, None
    elif "half" in g:
        s.half, s.gran = t.get("HALF_ORDINALS", g["half"]) or t.get("HALF_MONTHS", g["half"]), "half"
        if direction is not None:  # "the first half of last year"; "of the year": by the tense, as alone
            s.year_shift, direction = direction, None
    elif "decade" in g:
        s.decade, s.gran, s.explicit = int(g["decade"]) // 10, "decade", True
    elif "dec" in g:
        d = int(g["dec"]) // 10
        s.decade, s.gran, s.explicit = (190 if d >= 3 else 200) + d, "decade", True
        if "deccent" in g:  # "в 60-х годах XIX века": the 1860s
            c = g["deccent"]
            s.decade = ((to_int(c) if c[0].isdigit() else roman(c)) - 1) * 10 + d
    elif "decword" in g:
        s.decade, s.gran, s.explicit = 190 + t.get("DECADE_WORDS", g["decword"]), "decade", True
    elif "hundreds" in g:  # "the 1800s": the century of 1800-1899
        s.century, s.gran, s.explicit = int(g["hundreds"]), "century", True
    elif "century" in g:
        c = g["century"]
        n = to_int(c) if c[0].isdigit() else (roman(c) or t.get("ORDINALS", c))
        s.century, s.gran, s.explicit = n - 1, "century", True
        s.bc = "centbc" in g  # "the 5th century BC": 500-401 BC, BC04
    elif "deictic" in g:  # "late yesterday"
        meaning = t.get("DEICTIC", g["deictic"])
        s.shift, s.gran = (meaning[1], meaning[2]), "day"
    elif key(g.get("partof", "")) in ("year end", "year-end", "year's end"):  # "at year end"
        s.gran, s.shift = "year", ("Y", 0)
    elif "calunit" in g:  # "the end of the year", "early next month"
        unit = t.get("CALENDAR_UNITS", g["calunit"])
        s.gran = UNIT_GRAN.get(unit, "year")
        s.shift, s.anchor = (unit, direction or 0), anchor
        if anchor == "story":
            s.shift = (unit, direction)
        return s
    elif s.year is not None:
        s.gran = "year"
    else:
        return None
    if direction is not None:
        s.direction, s.anchor = direction, anchor
    return s


DAYS_IN_MONTH = {1: 31, 2: 29, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31}


def numeric_spec(g: dict, dayfirst: bool | None) -> Spec | None:
    """27.07.2023, 11/20/2024, 20-11-24: the order by validity, then by convention/locale."""
    a, b, sep = int(g["a"]), int(g["b"]), g["sep"]
    year = parse_year(g["c"]) if len(g["c"]) == 2 else int(g["c"])
    if not 1000 <= year <= 2199:
        return None
    orders = []
    prefer_dayfirst = dayfirst if dayfirst is not None else sep == "."
    for day_first in (prefer_dayfirst, not prefer_dayfirst):
        day, month = (a, b) if day_first else (b, a)
        if 1 <= month <= 12 and 1 <= day <= DAYS_IN_MONTH[month]:
            orders.append((day, month))
    if not orders:
        return None
    day, month = orders[0]
    return Spec(year=year, month=month, day=day, gran="day", explicit=True)


def offset_spec(g: dict, t: Tables) -> Spec | None:
    """'two years ago', 'three days later', 'a week earlier'."""
    if any(k in g for k in ("numd", "tens", "num")):
        n = parse_number(g, t)
    else:  # "years ago": some years; "год назад": one
        n = "X" if t.get("UNITS_PLURAL", g.get("unit")) else 1
    unit = t.get("UNITS", g.get("unit"))
    word = t.get("OFFSET_WORDS", g.get("offset"))
    if n is None or unit is None or word is None:
        return None
    sign, anchor = (word, "dct") if isinstance(word, int) else ((1 if word[0] == "+" else -1), "story")
    mod = mod_of(g, t)
    if anchor == "story" and unit in ("S", "MIN", "H", "D"):
        # "three days later", "an hour earlier": TimeML marks the length, [three days] later;
        # the day it points to is kept for a timeline (whole days only: "a few days later" has none)
        days = None
        if n != "X":
            days = int(n) if unit == "D" and float(n).is_integer() else int(n // 24) if unit == "H" else 0
        return Spec(type="DURATION", value=unit_value(n, unit), mod=mod,
                    point_days=None if days is None else sign * days)
    if n == "X":
        return Spec(value="PAST_REF" if sign < 0 else "FUTURE_REF", mod=mod)
    if unit == "2W":
        unit, n = "W", n * 2
    if not float(n).is_integer() and unit in SMALLER and float(n * SMALLER[unit][0]).is_integer():
        n, unit = n * SMALLER[unit][0], SMALLER[unit][1]  # "a year and a half ago": 18 months ago
    if not float(n).is_integer():
        return Spec(value="PAST_REF" if sign < 0 else "FUTURE_REF", mod=mod)
    gran = "year" if unit in ("E", "C", "L") else UNIT_GRAN.get(unit, "day")  # "a decade ago": 2014
    return Spec(gran=gran, shift=(unit, sign * int(n)), anchor=anchor, mod=mod,
                follow_topic=unit == "Y" and n == 1)


def duration_spec(g: dict, t: Tables) -> Spec | None:
    if "vague" in g:  # "a while"
        return Spec(type="DURATION", value=t.get("VAGUE_DURATIONS", g["vague"]), mod=mod_of(g, t))
    unit = t.get("UNITS", g.get("unit"))
    if unit is None:
        return None
    if any(k in g for k in ("numd", "tens", "num")):
        n = parse_number(g, t)
    else:  # "years" is some years; "the year ended June 30" one year ("one": the rule says so)
        n = "X" if t.get("UNITS_PLURAL", g["unit"]) and "one" not in g else 1
    if n is None:
        return None
    if unit == "E" and n != "X" and n > 1:  # "two decades": TimeBank writes P20Y
        n, unit = n * 10, "Y"
    return Spec(type="DURATION", value=unit_value(n, unit), mod=mod_of(g, t))


def relunit_spec(g: dict, t: Tables) -> Spec | None:
    """'last year', 'this month', 'next week', 'the following day', 'a year earlier'."""
    direction, anchor = relative(g, t)
    cal = key(g.get("calunit", "year"))
    tod = t.get("TIMES_OF_DAY", cal)
    if (tod or t.get("CALENDAR_UNITS", cal) == "D") and "rel" in g \
            and key(g["rel"]) in t.tables.get("DAY_RELATIVE", {}):  # "the next morning"
        direction, anchor = relative({"rel": g["rel"]}, t, "DAY_RELATIVE")
    if tod in ("MO", "AF", "EV", "NI") and "side" in g:  # "the night before": from the story's day
        return Spec(type="TIME", gran="day", shift=("D", t.get("SIDE_WORDS", g["side"], 1)), anchor="story", time=tod)
    if tod in ("MO", "AF", "EV", "NI"):  # "that morning", "the next night"
        return Spec(type="TIME", gran="day", shift=("D", direction or 0), anchor=anchor, time=tod)
    unit = t.get("CALENDAR_UNITS", cal)
    if unit is None:
        return None
    if "side" in g:  # "the year before", "the day after": from the story's last date
        step = t.get("SIDE_WORDS", g["side"], 1)
        return Spec(gran=UNIT_GRAN[unit], shift=(unit, step), anchor="story")
    if unit == "SEASON" and "definite" not in g:
        # "this season", "last season": a sports, TV or harvest season more often than a spring or a
        # summer, which a timeline would place wrongly; said of the present, past or future only
        return Spec(value={-1: "PAST_REF", 1: "FUTURE_REF"}.get(direction if isinstance(direction, int) else 0,
                                                                  "PRESENT_REF"))
    if "definite" in g:  # "the quarter": the one the story is about
        if unit == "Q":
            return Spec(gran="quarter", topic=True)
        # "the year", "the month": the one the story is at; "the weekend", "the week": this one
        # (no direction of its own: "this weekend" says "this", "the weekend" leaves it to the tense)
        direction, anchor = (None, "dct") if unit in ("W", "WE") else (0, "story")
    return Spec(gran=UNIT_GRAN[unit], shift=(unit, direction or 0), anchor=anchor,
                direction=direction, mod=mod_of(g, t))


def year_ago_spec(g: dict, t: Tables) -> Spec | None:
    """'year-earlier', 'a year ago' as an adjective, 'the year-ago quarter'."""
    cal = t.get("CALENDAR_UNITS", g.get("calunit"))
    if cal == "Q" or "quarter" in g:
        q = t.get("QUARTER_ORDINALS", g.get("quarter"))
        return Spec(gran="quarter", quarter=4 if q == -1 else q, topic=q is None, year_shift=-1)
    gran = "month" if cal == "M" else "year"
    return Spec(gran=gran, shift=("Y", -1), anchor="dct", follow_topic=gran == "year")


def deictic_spec(g: dict, t: Tables) -> Spec | None:
    if "ordday" in g:  # "today is the eighth day of ...": the document's day
        return Spec(gran="day", shift=("D", 0))
    meaning = t.get("DEICTIC", g["deictic"])
    if meaning is None:
        return None
    if meaning[0] == "ref":
        return Spec(value=meaning[1])
    if meaning[0] == "tod":
        return Spec(type="TIME", gran="day", shift=(meaning[1], meaning[2]), time=meaning[3])
    return Spec(gran="day", shift=(meaning[1], meaning[2]))


def time_spec(g: dict, t: Tables) -> Spec | None:
    s = Spec(type="TIME", gran="day", mod=mod_of(g, t))
    if "halfpast" in g:  # "в половине седьмого": half past six, the hour before the one named
        n = t.get("ORDINALS", g["halfpast"])
        if not isinstance(n, int) or not 1 <= n <= 12:
            return None
        g = {**g, "hour": str(n - 1 or 12), "minute": "30"}
    if "hour" in g:
        hour = int(g["hour"]) if g["hour"].isdigit() else t.get("HOUR_WORDS", g["hour"])
        minute = int(g.get("minute") or 0)
        if "minword" in g:  # "half past seven", "a quarter to eight"
            minute = t.get("CLOCK_MINUTES", g["minword"])
            if key(g["pastto"]) == "to":
                hour, minute = (hour - 2) % 12 + 1, 60 - minute
        ampm = key(g.get("ampm", "")).replace(".", "").replace(" ", "")
        ampm = {"inthemorning": "am", "intheafternoon": "pm", "intheevening": "pm", "atnight": "pm"}.get(ampm, ampm)
        ampm = t.tables.get("AMPM_WORDS", {}).get(ampm, ampm)  # the language's own: "вечера" is pm
        if ampm in ("am", "pm") and not 1 <= hour <= 12:
            return None
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        s.time = f"{hour:02d}:{minute:02d}"
    elif "named" in g:
        s.time = t.get("NAMED_TIMES", g["named"])
    elif "tod" in g:
        s.time = t.get("TIMES_OF_DAY", g["tod"])
    if "month" in g or "mnum" in g:  # "at 3 a.m. on 24 February 2022", "2024-03-15T10:30Z"
        s.month = t.get("MONTHS", g["month"]) if "month" in g else int(g["mnum"])
        s.day = to_int(g["day"])
        if "year" in g:
            s.year, s.explicit = parse_year(g["year"], t), True
    elif "weekday" in g:
        s.weekday = t.get("WEEKDAYS", g["weekday"])
        if "hour" not in g and "named" not in g:  # TimeBank: "Wednesday night" is that DATE
            s.type, s.time = "DATE", None
    elif "deictic" in g:
        meaning = t.get("DEICTIC", g["deictic"])
        s.shift = (meaning[1], meaning[2])
    else:  # "at 10 p.m.": on the day the story is telling (if it is known to the day)
        s.shift, s.anchor = ("D", 0), "story"
    return s


def set_spec(g: dict, t: Tables) -> Spec | None:
    if "setword" in g:
        return Spec(type="SET", value=t.get("SET_WORDS", g["setword"]))
    tod = t.get("TIMES_OF_DAY", g.get("tod"))
    suffix = f"T{tod}" if tod and tod != "DT" else ""
    if tod and not any(k in g for k in ("weekday", "weekdays", "unit", "nd")):  # "each morning"
        return Spec(type="SET", value=f"XXXX-XX-XX{suffix}")
    if "weekday" in g:
        return Spec(type="SET", value=f"XXXX-WXX-{t.get('WEEKDAYS', g['weekday'])}{suffix}")
    if "weekdays" in g:
        return Spec(type="SET", value=f"XXXX-WXX-{t.get('WEEKDAY_PLURALS', g['weekdays'])}{suffix}")
    if "month" in g:
        return Spec(type="SET", value=f"XXXX-{t.get('MONTHS', g['month']):02d}")
    if "season" in g:
        return Spec(type="SET", value=f"XXXX-{t.get('SEASONS', g['season'])}")
    unit = t.get("UNITS", g.get("unit"))
    if unit is None:
        return None
    if "nd" in g:  # "every two years", "every other day", "every few weeks"
        nd = g["nd"]
        n = int(nd) if nd.isdigit() else (t.get("EVERY_COUNTS", nd) or t.get("NUMBER_WORDS", nd))
        return Spec(type="SET", value=unit_value(n, unit)) if n else None
    return Spec(type="SET", value=unit_value(1, unit))  # "twice a year"


def holiday_spec(g: dict, t: Tables) -> Spec | None:
    rule = t.get("HOLIDAYS", g["holiday"])
    if rule[0] in ("easter", "easter week"):  # placed in resolve, once the year is known
        s = Spec(month=4, day=1, easter=rule[1], gran="week" if rule[0] == "easter week" else "day")
    else:
        s = Spec(month=rule[0], day=rule[1] if len(rule) == 2 else None, gran="day")
    s.holiday = True
    if len(rule) == 3:
        s.nth, s.day = rule[1:], 1
    if "year" in g:
        s.year, s.explicit = parse_year(g["year"], t), True
    direction, anchor = relative(g, t)
    if direction is not None:
        s.direction, s.anchor = direction, anchor
    return s


def year_range_specs(g: dict, spans: dict) -> list[tuple[int, int, Spec]]:
    """'1990-91', '2014–16', '2009-2012': two years, two expressions (a later second year)."""
    first = int(g["year"])
    second = int(g["year2e"]) if len(g["year2e"]) == 4 else first // 100 * 100 + int(g["year2e"])
    if second <= first:
        return []
    return [(*spans["year"], Spec(year=first, gran="year", explicit=True)),
            (*spans["year2e"], Spec(year=second, gran="year", explicit=True))]


def named_spec(g: dict, t: Tables) -> Spec | None:
    """A day known by its own name ("9/11"): its value whatever the document's date."""
    value = t.get("NAMED_DAYS", g["nday"])
    return Spec(value=value, gran="day") if value else None


def ordinal_of(text: str, t: Tables) -> int | None:
    """'19th' -> 19, 'first' -> 1, 'last' -> -1."""
    return to_int(text) if text[:1].isdigit() else t.get("ORDINALS", text)


def later_weekday_spec(g: dict, t: Tables) -> Spec | None:
    """'Monday week', 'Tuesday fortnight', 'a week on Friday' (British): the coming such day, and
    then a week (a fortnight) on from it."""
    unit = "W" if key(g.get("later", "")) == "after next" else t.get("UNITS", g.get("later"))
    weeks = {"W": 1, "2W": 2}.get(unit)
    if weeks is None:
        return None
    if "deictic" in g:  # "a week today", "a fortnight tomorrow"
        meaning = t.get("DEICTIC", g["deictic"])
        return Spec(gran="day", shift=("D", meaning[2] + 7 * weeks)) if meaning and meaning[0] == "shift" else None
    return Spec(weekday=t.get("WEEKDAYS", g["weekday"]), gran="day", direction=1, days_after=7 * weeks)


def period_spec(g: dict, t: Tables) -> Spec | None:
    """The period a day is picked in: 'February', 'March 2024', 'next month', 'the month', '2024'."""
    if "month" in g or "year" in g:
        return date_spec({k: v for k, v in g.items() if k in ("month", "year")}, t)
    if "calunit" in g:  # "next month", "this year", "the month"
        spec = relunit_spec({k: v for k, v in g.items() if k in ("rel", "calunit", "definite")}, t)
        return spec if spec is not None and spec.gran in ("month", "year") else None
    return None


def day_within_spec(g: dict, t: Tables) -> Spec | None:
    """'the first day of next month', 'the last trading day of February', 'the 19th of next month'."""
    period = period_spec(g, t)
    n = ordinal_of(g["ordday"], t)
    if period is None or not n or n > 31:
        return None
    return replace(period, within=("day", n, "business" in g))


def nth_weekday_spec(g: dict, t: Tables) -> Spec | None:
    """'the first Tuesday in November' (placed as a holiday is, by its own day), 'the last Friday
    of the month', 'the first Monday of next month'."""
    n, weekday = ordinal_of(g["nthw"], t), t.get("WEEKDAYS", g["weekday"])
    if not n or not -1 <= n <= 5 or weekday is None:
        return None
    if "month" in g and "calunit" not in g:
        s = date_spec({k: v for k, v in g.items() if k in ("month", "year")}, t)
        if s is None:
            return None
        s.day, s.nth, s.holiday, s.gran = 1, (weekday, n), True, "day"
        return s
    period = period_spec(g, t)
    if period is None or period.gran != "month":
        return None
    return replace(period, within=("weekday", weekday, n))


def day_of_month_spec(g: dict, t: Tables) -> Spec | None:
    """'on the 19th', 'Tuesday 4th': a day of a month the text does not name."""
    day = ordinal_of(g["day"], t)
    if not day or not 1 <= day <= 31:
        return None
    return Spec(day=day, weekday=t.get("WEEKDAYS", g.get("weekday")), gran="day")


def recurring_day_spec(g: dict, t: Tables) -> Spec | None:
    """'the last Saturday of each month', 'every other Thursday': days that recur (TimeML SET,
    with quant and freq)."""
    quant = "EACH" if key(g.get("quant", "every")).startswith("each") else "EVERY"
    if "nthw" in g:  # a day of each month: the month is the period
        return Spec(type="SET", value="P1M", quant=quant, freq="1M")
    weekday = t.get("WEEKDAYS", g.get("weekday"))
    if weekday is None:
        return None
    step = t.get("EVERY_COUNTS", g.get("nd")) if "nd" in g else 1
    return Spec(type="SET", value=f"XXXX-WXX-{weekday}", quant=quant, freq=f"{step if step != 'X' else 'X'}W")


# The rule kinds a language file may use, and the reader of each.
READERS = {"date": date_spec, "offset": offset_spec, "duration": duration_spec,
           "relunit": relunit_spec, "yearago": year_ago_spec, "deictic": deictic_spec,
           "time": time_spec, "set": set_spec, "holiday": holiday_spec,
           "named": named_spec, "later_weekday": later_weekday_spec, "day_within": day_within_spec,
           "nth_weekday": nth_weekday_spec, "day_of_month": day_of_month_spec, "recurring_day": recurring_day_spec}
