"""The tagger: recognize (one regex scan) -> normalize (groups to Spec) -> resolve (calendar)."""
from __future__ import annotations

import datetime as dt
import importlib
import re
from dataclasses import replace
from functools import lru_cache

from ..timex import Timex
from . import normalize as norm
from .grammar import Grammar, compile_grammar
from .resolve import DEADLINE, SEASON_START, Context, position, resolve, story_known_finely
from .spec import Mention, Spec


def word_pattern(words, extra: str = "", not_after=()) -> re.Pattern:
    """Any of the words (or phrases), whole; `extra` is one more alternative, a regex;
    `not_after`: words that, just before, cancel a match ("will be held" is not past)."""
    alternatives = [re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)]
    if extra:
        alternatives.append(extra)
    if not alternatives:
        return re.compile(r"(?!)")
    guard = "".join(r"(?<!\b%s )" % re.escape(w) for w in not_after)
    return re.compile(r"(?<!\w)%s(?:%s)(?!\w)" % (guard, "|".join(alternatives)), re.I)


def words_before(words) -> re.Pattern | None:
    """Any of the words right before a date: what stands between them is whitespace only."""
    if not words:
        return None
    return re.compile(r"(?<!\w)(?:%s)\s+$" % "|".join(map(re.escape, words)), re.I)


class Language:
    """A language's compiled grammar, tables and context patterns."""

    def __init__(self, code: str):
        self.code = code
        data = self.data = importlib.import_module(f"{__package__}.lang.{code}")
        self.grammar: Grammar = compile_grammar(data)
        self.tables = norm.Tables(data)
        self.future = word_pattern(data.FUTURE_MARKERS, getattr(data, "FUTURE_MARKER_PATTERN", ""))
        self.future_hints = word_pattern(getattr(data, "FUTURE_HINTS", ()), getattr(data, "FUTURE_HINT_PATTERN", ""))
        self.weak_future = word_pattern(getattr(data, "WEAK_FUTURE_MARKERS", ()))
        # a past-tense verb by its ending ("-ed"), where the language allows
        self.past = word_pattern(data.PAST_MARKERS, getattr(data, "PAST_WORD_PATTERN", ""),
                                 getattr(data, "NOT_PAST_BEFORE", ()))
        as_of = getattr(data, "AS_OF_WORDS", ())
        self.as_of = re.compile(r"(?<!\w)(?:%s)\s+$" % "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in as_of),
                                re.I) if as_of else None
        self.deadline = words_before(getattr(data, "DEADLINE_WORDS", ()))
        self.checks = getattr(data, "CHECKS", {})
        # "submitted plans before the UN's September deadline": a deadline named after its date,
        # in a clause told in the past, has passed (None: the language gives no such nouns)
        nouns = getattr(data, "DEADLINE_NOUNS", ())
        self.deadline_noun = re.compile(r"\s+(?:%s)\b" % "|".join(map(re.escape, nouns)), re.I) if nouns else None
        met = getattr(data, "DEADLINE_TO_MEET", "")  # "agreed to meet the September deadline": still ahead
        self.deadline_met = re.compile(met + "$", re.I) if met else None
        # where the past tense is unmistakable, a date told in it is not after the document's
        # (by more than this many days, for a document date a day behind): None where it is not
        self.past_slack_days = getattr(data, "PAST_IS_BEFORE_DOCUMENT", None)
        # "Тогда, 10 октября, ...": a word that says the sentence goes on with the story's time
        then = getattr(data, "THEN_WORDS", ())
        # rules whose forward offset counts from the story's date when told in the past ("Через
        # месяц его запустили вновь": a month after the story's date), a length without one
        self.story_in_past = frozenset(getattr(data, "STORY_IN_PAST_RULES", ()))
        # rules whose offset from the story ("Месяцем ранее") is only a length when the story has no
        # date known finely enough to count from (not the document's date)
        self.length_without_story = frozenset(getattr(data, "LENGTH_WITHOUT_STORY_RULES", ()))
        # "the next day" told ahead counts from the last day named ahead, not from the story's
        self.next_day_ahead = getattr(data, "NEXT_DAY_AHEAD", False)
        # what may stand between a year and a month or day it holds ("In 2005, on March 3")
        gap = getattr(data, "YEAR_THEN_DAY_GAP", None)
        self.year_then_day_gap = re.compile(gap + "$") if gap else _YEAR_THEN_DAY_GAP
        period = getattr(data, "PERIOD_BEFORE_YEAR", None)  # "за 2024 год": a year reported on
        self.period_before_year = re.compile(period + "$", re.I) if period else None
        self.then = word_pattern(then) if then else None
        # ... unless a preposition before it names a day the past decision points to ("назначили на")
        self.past_points_ahead = words_before(getattr(data, "PAST_MAY_POINT_AHEAD_AFTER", ()))
        # "had filed reports by Wednesday": a deadline already past
        self.past_perfect = word_pattern(getattr(data, "PAST_PERFECT", ()))
        # "cleared by Tuesday": done by a day, told in the past (not "was extended by", a passive)
        done_by, passive_by = getattr(data, "DONE_BY", ""), getattr(data, "PASSIVE_BY", "")
        self.done_by = re.compile(done_by) if done_by else None
        self.passive_by = re.compile(passive_by) if passive_by else None
        # "the fourth quarter ended Sept. 30": a fiscal quarter, over whatever its number says
        self.ended = re.compile(r"\s*(?:%s)(?!\w)" % "|".join(getattr(data, "ENDED_WORDS", ("(?!)",))), re.I)
        # "about [five hours]", "Earlier [Friday]": words read with a date but left out of its span
        self.outside_span = [(re.compile(r"(?:%s)\s+" % pattern, re.I), keep_mod)
                             for pattern, keep_mod in getattr(data, "OUTSIDE_SPAN", ())]
        # "For the nine months, ... a year earlier": a sentence about a longer period than the quarter
        self.longer_period = word_pattern(getattr(data, "LONGER_THAN_QUARTER", ()))
        # the words that join the two ends of one stretch ("from 14 February to 2 June"), not two dates
        # ("on 14 February and 2 June")
        self.stretch_joins = frozenset(j for j in getattr(data, "RANGE_JOINS", {}) if j not in ("and", "or"))
        # settings read by single steps of tag() (None where the language gives none)
        interview = getattr(data, "INTERVIEW_WORDS", ())
        self.interview_words = word_pattern(interview) if interview else None
        self.quote_verbs = word_pattern(getattr(data, "QUOTE_VERBS", ()))
        today = getattr(data, "TODAY_CLOCK_WORDS", ())
        self.today_clock_words = re.compile(r"(?<!\w)(?:%s)" % "|".join(today), re.I) if today else None
        habitual = getattr(data, "HABITUAL_WORDS", ())
        self.habitual_words = word_pattern(habitual) if habitual else None
        opening = getattr(data, "OPENING_DAYS_AFTER", ())
        self.opening_words = re.compile(r"(?<!\w)(?:%s)\s+(?:(?:daily|only|again)\s+)?(?:from\s+)?$" % "|".join(
            re.escape(w).replace(r"\ ", r"\s+") for w in opening), re.I) if opening else None
        night = getattr(data, "NIGHT_THROUGH_WORDS", ())
        self.night_through = re.compile(r"(?<!\w)(?:%s)(?!\w)" % "|".join(re.escape(w) for w in night), re.I) \
            if night else None
        self.story_before_words = words_before(getattr(data, "STORY_BEFORE_WORDS", ()))
        # where a clause ends: punctuation, or a word that opens another clause
        breaks = getattr(data, "CLAUSE_WORDS", ())
        self.clause_break = re.compile(r"[,;:()\"\u201c\u201d]|--|\u2014|``|''" + "".join(
            r"|(?<!\w)%s(?!\w)" % re.escape(w) for w in breaks), re.I)
        # "April 24 and 25": a day number after a range word, then nothing that makes it a count;
        # after a dash ("Nov. 20-21 failed") only a unit or "percent" makes it one
        range_words = "|".join(re.escape(w) for w in sorted(data.RANGE_WORDS, key=len, reverse=True))
        counted = "|".join(re.escape(w) for w in sorted(list(data.UNITS) + list(getattr(data, "COUNT_WORDS", ())),
                                                        key=len, reverse=True))
        self.second_day = re.compile(
            r"\s*(?:(?P<dash>[-\u2013\u2014])|%s)\s*(?P<day>[12]\d|3[01]|0?[1-9])(?:,?\s*(?P<year>(?:1[0-9]|20)\d\d))?"
            r"(?!\d|[.,:]\d)(?(dash)(?!\s*(?:%%|(?:%s)(?!\w)))|(?!\s*[^\W\d_]))" % (range_words, counted), re.I)
        # "from 10 to 12 March", "10-12 March 2024": a day number before a range word and a day-month date
        # "on Tuesday 3 and Thursday 5 December": a weekday and its day, then another weekday and day-month
        weekdays = "|".join(re.escape(w) for w in sorted(data.WEEKDAYS, key=len, reverse=True))
        # "18 и 19 ноября": where days come first, a bare day and a word joining it to a day-month date
        day_and = "".join(r"|\s+%s(?=\s)" % re.escape(w) for w in getattr(data, "DAY_AND_WORDS", ()))
        self.first_day = re.compile(
            r"(?:(?<![\w.,])(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?:\s*[-\u2013\u2014]%s)\s*"
            r"|(?:%s)\s+(?P<day_w>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:%s)\s+"
            r"|(?P<weekday>(?-i:%s))\s+(?P<day_x>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s*(?:,|and|or|&)\s+)$"
            % (day_and, "|".join(map(re.escape, getattr(data, "RANGE_OPENERS", ()))) or "(?!)", range_words, weekdays), re.I)


LANGUAGES = ("en", "ru")


@lru_cache(maxsize=None)
def language(code: str) -> Language:
    if code not in LANGUAGES:
        raise ValueError(f"no temporal rules for language {code!r} (have: {', '.join(LANGUAGES)})")
    return Language(code)


# A sentence ends at ".", "!" or "?" before a capital or a quote (not after an initial such as
# "P." nor before "1" as in "Feb. 1"), at ";", or at a line break.
_SENTENCE_END = re.compile(r"(?<![\s.][A-Z\u0410-\u042f])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|Co|No))(?<!\bMrs|\bGen|\bSen|\bRep|\bGov|\bInc|\bCol|\bLt\.)"
                           r"[.!?](?=\s+[^\s\da-z\u0430-\u044f])|;\s|\n")


def sentence_bounds(text: str, start: int, end: int, reach: int = 120) -> tuple[int, int]:
    """The sentence around [start, end), looking at most `reach` characters each way."""
    left = max(0, start - reach)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, left, start)]
    s = ends[-1] if ends else left
    m = _SENTENCE_END.search(text, end, min(len(text), end + reach))
    e = m.start() + 1 if m else min(len(text), end + reach)
    return s, e


def clause_bounds(lang: Language, text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around [start, end) within its sentence: up to a comma, a semicolon, a dash,
    a quote or a word that opens another clause ("and", "but", "which"). "The talks began in
    September and will conclude in September": each September reads its own verbs."""
    s, e = sentence_bounds(text, start, end)
    left = [m.end() for m in lang.clause_break.finditer(text, s, start)]
    right = lang.clause_break.search(text, end, e)
    return (left[-1] if left else s), (right.start() if right else e)


def nearest_marker(lang: Language, text: str, lo: int, start: int, end: int, hi: int, markers):
    """The sign of the tense marker nearest the expression in [lo, start) or [end, hi), or None."""
    best, verdict = None, None
    for pattern, sign in markers:
        for m in pattern.finditer(text, lo, start):
            if best is None or start - m.end() < best:
                best, verdict = start - m.end(), sign
        m = pattern.search(text, end, hi)
        if m and (best is None or m.start() - end < best):
            best, verdict = m.start() - end, sign
    return verdict


def clause_tense(lang: Language, text: str, lo: int, start: int, end: int, hi: int, weekday: bool):
    """The tense a clause gives: a future auxiliary wins for a month ('will be paid Dec. 14');
    otherwise, and always for a weekday ('said Friday it will ...'), the nearest marker."""
    if not weekday and (lang.future.search(text, lo, start) or lang.future.search(text, end, hi)):
        return 1
    if weekday and lang.past_perfect.search(text, lo, start):
        return -1  # "had been scheduled to expire Friday": the plan and its day are both past
    # hints first: on a tie ("is scheduled") the hint is the longer reading
    markers = [(lang.future_hints, 1), (lang.past, -1)] + (
        [(lang.future, 1)] if weekday else [(lang.weak_future, 1)])
    return nearest_marker(lang, text, lo, start, end, hi, markers)


def deadline_passed(lang: Language, text: str, lo: int, start: int, end: int) -> bool:
    """'Only 12 countries submitted plans before the UN's September deadline': a date that names a
    deadline, in a clause whose verb before it is past with no word of the future, has passed."""
    if lang.deadline_noun is None or not lang.deadline_noun.match(text, end):
        return False
    return lang.past.search(text, lo, start) is not None and lang.future.search(text, lo, start) is None \
        and lang.weak_future.search(text, lo, start) is None \
        and not (lang.deadline_met and lang.deadline_met.search(text, lo, start))


def closes_a_range(lang: Language, text: str, start: int) -> bool:
    """'ran from 10 a.m. until noon on Monday': the end of a past period, not a deadline ahead.
    The word before the date joins a range on its own ("until", "to") and "from" opens it shortly before."""
    joins = getattr(lang.data, "RANGE_JOINS", {})
    openers = {o for o in joins.values() if o}
    m = re.search(r"(\w+)\s+$", text[max(0, start - 16):start])
    if m is None or m.group(1).lower() not in joins or joins[m.group(1).lower()] is not None:
        return False
    before = text[max(0, start - len(m.group(0)) - 30):start - len(m.group(0))].lower()
    return any(re.search(r"(?<!\w)%s\s" % re.escape(o), before) for o in openers)


def tense_near(lang: Language, text: str, start: int, end: int, weekday: bool = False):
    """+1 if the expression's clause speaks of the future ('will conclude in September'), -1 if
    of the past ('began in September'), None if nothing says; DEADLINE for 'by May', 'until Nov. 6'.
    The clause decides first; when it has no tense word ("In September, it announced ..."),
    the nearby words of the sentence do."""
    if lang.as_of is not None and lang.as_of.search(text, max(0, start - 30), start):
        return -1  # "по состоянию на 1 октября": the day a state is reported at, not one ahead
    cs, ce = clause_bounds(lang, text, start, end)
    verdict = clause_tense(lang, text, max(cs, start - 60), start, end, min(ce, end + 40), weekday)
    if verdict == 1 and deadline_passed(lang, text, max(cs, start - 60), start, end):
        return -1
    if verdict is None and not weekday and lang.future.search(text, max(cs, start - 120), start):
        verdict = 1  # "will be named commander of the shuttle for a mission in December"
    if verdict is None:
        s, e = sentence_bounds(text, start, end)
        lo, hi = max(s, start - 60), min(e, end + 45)
        if lang.future.search(text, lo, start) or lang.future.search(text, end, hi):
            verdict = 1
        elif lang.future_hints.search(text, lo, start) or lang.future_hints.search(text, end, min(hi, end + 15)):
            verdict = 1  # "is expected to close in March", "March is the deadline"
        else:
            markers = [(lang.past, -1)] + ([] if weekday else [(lang.weak_future, 1)])
            verdict = nearest_marker(lang, text, lo, start, end, hi, markers)
    possessive = text.startswith("'s", end) or text.startswith("\u2019s", end)  # "before Friday's purchases"
    if verdict != 1 and not possessive and lang.deadline is not None \
            and lang.deadline.search(text, max(0, start - 14), start) \
            and not (verdict == -1 and closes_a_range(lang, text, start)):
        s, e = sentence_bounds(text, start, end)
        if verdict == -1 and lang.past_perfect.search(text, s, e):
            return -1  # "had filed reports by Wednesday", "until Thursday, they had not": a past deadline
        if verdict == -1 and lang.done_by is not None and lang.done_by.search(text[max(cs, start - 30):start]) \
                and not (lang.passive_by and lang.passive_by.search(text[max(cs, start - 40):start])) \
                and not lang.weak_future.search(text, s, e) and not lang.future.search(text, s, e):
            return -1  # "the storm hit on Monday and cleared by Tuesday": done by then, in the past
        return DEADLINE
    return verdict


def recognize(lang: Language, text: str, dayfirst: bool | None = None) -> list[Mention]:
    """Every expression the grammar finds, left to right, not overlapping."""
    tables, out = lang.tables, []
    scan = lang.grammar.scan(text)
    step = None
    while True:
        try:
            rule, m = scan.send(step)
        except StopIteration:
            break
        groups, spans = rule.read(m)
        check = lang.checks.get(rule.name)
        found = []
        if check is None or check(text, m, groups):
            found = read(rule.kind, groups, spans, tables, m, dayfirst)
        out.extend(Mention(s, e, spec, rule.name) for s, e, spec in found)
        step = m.end() if found else None
    return out


def read(kind, groups, spans, tables, m, dayfirst) -> list[tuple[int, int, Spec]]:
    if kind == "numeric":
        spec = norm.numeric_spec(groups, dayfirst)
    elif kind == "yearrange":
        return norm.year_range_specs(groups, spans)
    else:
        spec = norm.READERS[kind](groups, tables)
    if spec is None:
        return []
    start, end = m.span()
    if kind == "duration" and groups.get("sep") == "-" and "rel" not in groups and "approx" not in groups:
        # "the two-week strike": TimeML leaves the article out of an adjectival duration
        start = min(spans[k][0] for k in ("numd", "tens", "num") if k in spans)
    if kind == "offset" and spec.type == "DURATION" and "offset" in spans:
        # "[three days] later", "спустя [три дня]": the word that anchors it stays out
        o_start, o_end = spans["offset"]
        spec.point_span = (start, max(end, o_end))
        if o_start > start:
            end = o_start
        else:
            start = o_end
            while start < end and text_strip(m.string[start]):
                start += 1
    if kind == "relunit" and "side" in spans and _OBJECT_AFTER.match(m.string, end):
        end = spans["side"][0]  # "[the day] before the plunge": the preposition and its event stay out
    while end > start and text_strip(m.string[end - 1]):
        end -= 1
    return [(start, end, spec)]


_OBJECT_AFTER = re.compile(r"[ \t]+[^\W\d_]")  # a word follows: "before" governs it


def text_strip(ch: str) -> bool:
    return ch in " \t\n,;:-"


_PREFIX_WORD = re.compile(r"(\w+)[ \t]+$")


def with_prefix(lang: Language, text: str, mention: Mention) -> Mention:
    """'around Nov. 1', 'sometime next year': a hedge right before a date joins its span."""
    prefixes = getattr(lang.data, "DATE_PREFIXES", {})
    if mention.spec.type not in ("DATE", "TIME") or not prefixes:
        return mention
    m = _PREFIX_WORD.search(text, max(0, mention.start - 16), mention.start)
    if m is None or m.group(1).lower() not in prefixes:
        return mention
    if text.startswith("'s", mention.end) or text.startswith("\u2019s", mention.end):
        return mention  # "get around Wednesday's ruling": the date is a possessive, not hedged
    spec = mention.spec
    mod = prefixes[m.group(1).lower()]
    if mod and not spec.mod:
        spec = replace(spec, mod=mod)
    return Mention(m.start(1), mention.end, spec, mention.rule)


def outside_span(lang: Language, text: str, mention: Mention) -> Mention:
    """'about [five hours]', 'Earlier [Friday], lawyers filed': a hedge or an adverb that TimeML
    annotators leave out of the span ("about" still sets APPROX; "earlier" dates the event, not
    the day, so it sets nothing)."""
    for pattern, keep_mod in lang.outside_span:
        m = pattern.match(text, mention.start, mention.end)
        if m is not None and m.end() < mention.end:
            spec = mention.spec if keep_mod else replace(mention.spec, mod="")
            return Mention(m.end(), mention.end, spec, mention.rule)
    return mention


def with_second_days(lang: Language, text: str, mentions: list[Mention]) -> list[Mention]:
    """'April 24 and 25', 'June 5-7, 2024': the bare second day is a date of the same month
    (and a year written after it is for both)."""
    out, skip_until = [], -1
    for i, mention in enumerate(mentions):
        if mention.start < skip_until:
            continue  # the year of "June 5-7, 2024", now part of the second day
        spec = mention.spec
        is_day = spec.gran == "day" and spec.month and spec.day and spec.type == "DATE"
        if is_day and (text[mention.start:mention.start + 1].isdigit() or spec.weekday):
            # a bare weekday just before may be the start of "Tuesday 3 and Thursday 5 December"
            bare_weekday = bool(out) and out[-1].spec.weekday and not out[-1].spec.month
            first = first_day_before(lang, text, mention, (out[-1].start if bare_weekday else out[-1].end) if out else 0)
            if first is not None:
                if out and out[-1].start >= first.start:
                    out.pop()  # "Tuesday" is now part of "Tuesday 3"
                out.append(first)
        out.append(mention)
        if not is_day:
            continue
        m = lang.second_day.match(text, mention.end)
        if m is None:
            continue
        j, inside = i + 1, []
        while j < len(mentions) and mentions[j].start < m.end():  # what the second day would cover
            inside.append(mentions[j])
            j += 1
        if any(x.spec.gran != "year" or x.end > m.end() for x in inside):
            continue
        day = int(m.group("day"))
        if day <= spec.day or day > norm.DAYS_IN_MONTH[spec.month]:
            continue
        second = replace(spec, day=day, weekday=None)
        if m.group("year") and spec.year is None:
            year = int(m.group("year"))
            out[-1] = Mention(mention.start, mention.end, replace(spec, year=year, explicit=True), mention.rule)
            second = replace(second, year=year, explicit=True)
        out.append(Mention(m.start("day"), m.end(), second, "second_day"))
        skip_until = m.end()
    return out


def first_day_before(lang: Language, text: str, mention: Mention, free_from: int) -> Mention | None:
    """'from 10 to 12 March', '10-12 March 2024': the bare first day is a date of the same month
    and year as the day-month date that ends the range."""
    window_start = max(free_from, mention.start - 40)
    m = lang.first_day.search(text[window_start:mention.start])
    if m is None:
        return None
    group = "day" if m.group("day") else "day_w" if m.group("day_w") else "day_x"
    day = int(m.group(group))
    if day >= mention.spec.day:
        return None
    start = window_start + m.start(group)
    end = start + len(m.group(group))
    weekday = None
    if group == "day_x":  # the weekday belongs to the first day: "Tuesday 3"
        start, weekday = window_start + m.start("weekday"), lang.data.WEEKDAYS.get(m.group("weekday"))
    return Mention(start, end, replace(mention.spec, day=day, weekday=weekday), "first_day")


_AFTER_DATELINE = re.compile(r"\s*(?:\(|--|\u2014|\u2013|_)")


def dateline_day(text: str, mentions: list[Mention], dct: dt.date | None) -> dt.date | None:
    """The day a wire story was filed, from its dateline ("WASHINGTON, August 13 (Xinhua) --"),
    when it is a day or three before the document date: relative dates count from it."""
    if dct is None or not mentions:
        return dct
    first = mentions[0]
    spec = first.spec
    if first.start - (len(text) - len(text.lstrip())) > 80 or not _AFTER_DATELINE.match(text, first.end):
        return dct
    if not (spec.gran == "day" and spec.month and spec.day and spec.year is None and spec.type == "DATE"):
        return dct
    for year in (dct.year, dct.year - 1):
        try:
            day = dt.date(year, spec.month, spec.day)
        except ValueError:
            return dct
        if 0 <= (dct - day).days <= 3:
            return day
    return dct


def implied_day(text: str, spec: Spec, ctx: Context) -> Timex | None:
    """'[Three days] later': the day the phrase places an event on, counted from the story's last
    date when that is known to the day (TimeML's implicit TIMEX3 anchored to it); else None."""
    if spec.point_days is None or spec.point_span is None or ctx.story is None or ctx.story_gran != "day":
        return None
    try:
        day = ctx.story + dt.timedelta(days=spec.point_days)
    except OverflowError:
        return None
    start, end = spec.point_span
    return Timex(start, end, text[start:end], "DATE", day.isoformat(), "")


_YEAR_THEN_DAY_GAP = re.compile(r"\s*,\s*(?:\w+\s+)?$")


def year_then_day(text: str, mentions: list[Mention], gap: re.Pattern = _YEAR_THEN_DAY_GAP,
                  period_before: re.Pattern | None = None) -> None:
    """'In 2005, on March 3, they met': a month or day right after a year, set off by a comma,
    is in that year (not after a year reported on: 'отчитается за 2024 год в марте')."""
    for a, b in zip(mentions, mentions[1:]):
        sa, sb = a.spec, b.spec
        if period_before is not None and period_before.search(text, max(0, a.start - 8), a.start):
            continue
        if sa.gran == "year" and sa.year is not None and sa.explicit and not sa.mod and sb.year is None \
                and sb.month and sb.shift is None and sb.direction is None and sb.value is None \
                and sb.year_shift is None and b.start - a.end <= 6 and gap.fullmatch(text[a.end:b.start]):
            sb.year, sb.explicit = sa.year, True


def range_gap(text: str, end: int, start: int) -> str:
    """What stands between two expressions, as RANGE_JOINS keys it: "to", "until", "-" (spaces and
    commas aside: "Dec. 30, 2024, to Jan. 2, 2025")."""
    return " ".join(text[end:start].split()).strip(" ,").lower()


def opener_before(text: str, start: int, openers) -> str:
    """The range opener ("from", "between") right before an expression, if any, lower-cased."""
    before = text[max(0, start - 20):start].rstrip().lower()
    for word in openers:
        if re.search(r"(?<!\w)%s$" % re.escape(word), before):
            return word
    return ""


def share_year_in_ranges(lang: Language, text: str, mentions: list[Mention]) -> None:
    """'between October and December 2023', 'from May 5 to June 2, 2024': the first end takes
    the year written with the second."""
    for a, b in zip(mentions, mentions[1:]):
        sa, sb = a.spec, b.spec
        if sa.year is None and sb.year is not None and sa.value is None and sa.shift is None \
                and (sa.month or sa.season) and sb.explicit:
            gap = text[a.end:b.start].strip().lower()
            if gap in lang.data.RANGE_WORDS:
                sa.year, sa.explicit = sb.year, True
        elif sa.year is not None and sa.explicit and sa.month and sb.year is None and sb.month \
                and sb.value is None and sb.shift is None and not sb.weekday and sb.gran == sa.gran:
            # "from Dec. 28, 2023, to Jan. 3": the second end follows the first, in its year or the next
            if range_gap(text, a.end, b.start) in getattr(lang.data, "RANGE_JOINS", {}):
                sb.year = sa.year + (1 if (sb.month, sb.day or 0) < (sa.month, sa.day or 0) else 0)


def can_anchor(spec: Spec, value: str) -> bool:
    return spec.type in ("DATE", "TIME") and value[:4].isdigit() and spec.gran in (
        "day", "week", "month", "quarter", "half", "season", "year")


def value_date(value: str) -> dt.date | None:
    """The first day a resolved value covers (to anchor 'four years later')."""
    m = re.match(r"(\d{4})(?:-(\d\d))?(?:-(\d\d))?", value)
    if not m:
        return None
    q = re.match(r"\d{4}-Q(\d)", value)
    month = int(m.group(2)) if m.group(2) else ((int(q.group(1)) - 1) * 3 + 1 if q else 1)
    season = re.match(r"\d{4}-(SP|SU|FA|WI)$", value)
    if season:  # "зимой 2022–2023 годов: тогда в январе": a winter starts in December, its January is next year's
        month = SEASON_START[season.group(1)]
    w = re.match(r"(\d{4})-W(\d\d)", value)
    if w:
        try:
            return dt.date.fromisocalendar(int(w.group(1)), int(w.group(2)), 1)
        except ValueError:
            return None
    try:
        return dt.date(int(m.group(1)), month, int(m.group(3)) if m.group(3) else 1)
    except ValueError:
        return None


# A numeric date that shows its order: a first number over 12 is a day, a second over 12 too.
_NUMERIC_DATE = re.compile(r"(?<![\w./-])(\d{1,2})([./-])(\d{1,2})\2(?:\d{4}|\d\d)(?![\w/-]|\.\d)")


def numeric_order(text: str) -> bool | None:
    """Day first (True) or month first (False), as the text's own numeric dates prove it: "15/03/2024"
    beside "04/03/2024" makes the second 4 March. None when no date proves an order, or dates
    prove both. One pass over the text."""
    day_first = month_first = False
    for m in _NUMERIC_DATE.finditer(text):
        a, b = int(m.group(1)), int(m.group(3))
        day_first |= 12 < a <= 31 and 1 <= b <= 12
        month_first |= 12 < b <= 31 and 1 <= a <= 12
    return None if day_first == month_first else day_first


# Typographic variants read as their plain forms, one character for one so offsets stay valid.
SAME_WIDTH_FORMS = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2010": "-", "\u2011": "-"})


def tag(text: str, dct: dt.date | str | None = None, lang: str = "en", dayfirst: bool | None = None,
        dct_is_latest: bool = False) -> list[Timex]:
    """Temporal expressions in `text`, sorted by start and not overlapping, with TIMEX3 values
    resolved against `dct` (the document creation date, a date or "YYYY-MM-DD"). Without dct, values that need it keep
    X's ("November 19" -> "XXXX-11-19"). dayfirst: read 01/02/2024 as 1 February (None: as the
    text's own dates prove, else by the separator, '.' day first and '/' month first, and by validity). dct_is_latest: the dct is only
    the latest date the text can be from (assumed), so past-tense days fall on or before it."""
    if isinstance(dct, dt.datetime):
        dct = dct.date()
    elif isinstance(dct, str):  # "2024-11-20"
        dct = dt.date.fromisoformat(dct[:10])
    language_ = language(lang)
    if dayfirst is None:  # the language's habit: Russian writes 03/04/2024 for 3 April
        dayfirst = getattr(language_.data, "DAYFIRST", None)
    if dayfirst is None:  # the text's own habit: "15/03/2024" proves day first
        dayfirst = numeric_order(text)
    mentions = recognize(language_, text.translate(SAME_WIDTH_FORMS), dayfirst)
    mentions = [with_prefix(language_, text, m) for m in mentions]
    mentions = [outside_span(language_, text, m) for m in mentions]
    mentions = with_second_days(language_, text, mentions)
    share_year_in_ranges(language_, text, mentions)
    year_then_day(text, mentions, language_.year_then_day_gap, language_.period_before_year)
    ctx = Context(dct=dateline_day(text, mentions, dct), strict_past=dct_is_latest,
                  window_start=getattr(language_.data, "WINDOW_START", None))
    chronology = is_chronology(mentions)
    out, from_story = [], set()
    ahead: tuple[int, dt.date] | None = None  # the last day named ahead of the story (where, which)
    interview, speech, own_dct = interview_dialogue(language_, text), None, ctx.dct
    for mention in mentions:
        spec = mention.spec
        if speech is not None:  # the answers of an archive interview speak from its own day
            ctx.dct = speech if interview[2] <= mention.start < interview[3] else own_dct
        if spec.follow_topic and ctx.quarter is not None and about_longer_period(language_, text, mention):
            spec = replace(spec, follow_topic=False)
        if spec.anchor == norm.STORY_IF_PAST:
            spec = story_or_document(language_, text, mention, spec, ctx)
        if mention.rule in language_.length_without_story and spec.anchor == "story" and spec.shift is not None \
                and not story_fine_enough(spec, ctx):
            spec = Spec(type="DURATION", value=norm.unit_value(abs(spec.shift[1]), spec.shift[0]), mod=spec.mod)
        tense = None
        if mention.rule in language_.story_in_past and spec.shift is not None and spec.shift[1] > 0 \
                and tense_near(language_, text, mention.start, mention.end) == -1:
            spec = counted_from_story(spec, ctx)
        if spec.value is None and spec.year is None and (spec.shift is None or spec.shift == ("WE", 0)
                                                         or (spec.day and spec.shift == ("M", 0))):
            tense = tense_near(language_, text, mention.start, mention.end,
                               weekday=bool(spec.weekday and not spec.month))
            if tense != 1 and month_planned_for(language_, text, mention):
                tense = DEADLINE  # "Рейсы на январь отменили": a coming January, as "by January" is
        if spec.shift == ("WE", 0) and spec.anchor == "dct" and tense != 1 and story_is_elsewhere(ctx):
            # "The hurricane hit on 28 October 2012. By the weekend, power was back": that week's
            spec = replace(spec, anchor="story")
        if is_heading_clock(text, mention) or todays_clock(language_, text, mention, ctx, chronology):
            # "07:15 GMT" on a line of its own heads a live blog's entry: it is the day of writing, and
            # the entry below starts from that day again (so does a market's clock opening a paragraph)
            spec = replace(spec, anchor="dct")
            if ctx.dct is not None:
                ctx.story, ctx.story_gran, ctx.last_day, ctx.story_at = ctx.dct, "day", ctx.dct, mention.start
        spec = year_of_sentence(language_, text, mention, spec, out[-1] if out else None, ctx, tense)
        then = language_.then is not None and says_then(language_, text, mention.start)
        if (chronology or then or same_month_as_story(spec, ctx, tense)) \
                and narrative_applies(text, spec, ctx, mention.start, tense, story_explicit=not then):
            spec = replace(spec, year=narrative_year(spec, ctx.story))
            from_story.add(len(out))
        elif planned_before_the_story(language_, text, spec, ctx, mention.start, mention.end, tense):
            spec = replace(spec, year=narrative_year(spec, ctx.story))
            from_story.add(len(out))
        elif in_year_told_by_story(spec, ctx, mention.start, tense):
            spec = replace(spec, year=ctx.story.year)
            from_story.add(len(out))
        elif continues_dated_story(spec, ctx, mention.start, tense):
            spec = replace(spec, year=narrative_year(spec, ctx.story))
            from_story.add(len(out))
        elif precedes_old_story(language_, text, spec, ctx, mention.start, tense):
            spec = replace(spec, year=ctx.story.year if spec.month < ctx.story.month else ctx.story.year - 1)
            from_story.add(len(out))
        if language_.next_day_ahead and ahead is not None and ahead[0] > ctx.story_at and spec.anchor == "story" \
                and spec.shift is not None and spec.shift[0] == "D" and spec.type in ("DATE", "TIME") \
                and tense_near(language_, text, mention.start, mention.end) == 1:
            # "Прощание пройдет 22 ноября. Похороны состоятся на следующий день": from that day ahead
            value = resolve(spec, replace(ctx, story=ahead[1], story_gran="day", last_day=ahead[1]), tense)
        else:
            value = resolve(spec, ctx, tense)
        if is_habitual(language_, text, mention):  # "snow usually falls in early winter": any year's
            value = resolve(spec, Context(), None)
        if tense == -1 and language_.past_slack_days is not None and told_in_the_past(language_, text, mention):
            value = before_the_document(spec, value, ctx, tense, language_.past_slack_days)
        if interview is not None and speech is None and interview[0] <= mention.start < interview[1]:
            speech = day_spoken(value, own_dct)
        point = implied_day(text, spec, ctx)
        out.append(Timex(mention.start, mention.end, text[mention.start:mention.end], spec.type, value, spec.mod,
                         point, quant=spec.quant, freq=spec.freq))
        ended = spec.gran == "quarter" and language_.ended.match(text, mention.end) is not None
        # a date ahead ("a storm is expected on Friday night") is not where the story is: "at 7:45 a.m."
        # after it is still today
        remember(ctx, spec, value, ended, mention.start, story=tense not in (1, DEADLINE))
        if tense == 1 and spec.type == "DATE" and _FULL_DAY.match(value):
            ahead = (mention.start, dt.date.fromisoformat(value))
        if point is not None:  # "Three days later ... The next day": the story has moved on
            ctx.story, ctx.story_gran = dt.date.fromisoformat(point.value), "day"
            ctx.last_day = ctx.story
    out = quotes_said_then(language_, text, mentions, out, ctx)
    out = interview_said_then(language_, text, mentions, out, ctx)
    out = keep_ranges_in_order(language_, text, mentions, out)
    out = day_ranges_in_order(language_, text, mentions, out)
    out = range_ends_in_the_story(language_, text, mentions, out, from_story)
    out = same_month_in_day_ranges(mentions, out)
    out = same_day_in_clock_ranges(language_, text, mentions, out)
    out = overnight_clock_ranges(language_, text, out)
    out = weekdays_in_order(language_, text, mentions, out, ctx.dct)
    out = weekday_pairs_in_order(language_, text, mentions, out, ctx.dct)
    out = share_recurrence(language_, text, mentions, out)
    out = opening_days(language_, text, mentions, out)
    out = clock_on_adjacent_day(language_, text, mentions, out)
    out = morning_after_the_night(language_, text, out)
    out = bare_clock_days(text, mentions, out, ctx.dct)
    return join_day_next_to_date(language_, text, out)


_QUOTE_CLOSE = re.compile(r"[,.!?]\s*[\"\u201d]")


def quotes_said_then(lang: Language, text: str, mentions: list[Mention], out: list[Timex], ctx: Context) -> list[Timex]:
    """'"We will have spades in the ground by next year," Shapps told MPs in October 2019': a date
    counted from the day of speaking, inside a quote whose attribution dates the speaking in an
    earlier year, counts from that date (2020), not from the document's."""
    verbs = getattr(lang.data, "QUOTE_VERBS", ())
    if not verbs or ctx.dct is None:
        return out
    said = lang.quote_verbs
    for i, mention in enumerate(mentions):
        spec = mention.spec
        if spec.anchor != "dct" or spec.type not in ("DATE", "TIME") or spec.value is not None \
                or (spec.direction is None and spec.shift is None and spec.year_shift is None):
            continue
        close = _QUOTE_CLOSE.search(text, mention.end, min(len(text), mention.end + 200))
        if close is None or "\n" in text[mention.end:close.end()] or not inside_quote(text, mention.start):
            continue
        _, attribution_end = sentence_bounds(text, close.end(), close.end())
        if said.search(text, close.end(), min(attribution_end, close.end() + 60)) is None:
            continue
        for j in range(i + 1, len(mentions)):
            other = mentions[j]
            if other.start >= attribution_end:
                break
            if other.start < close.end():
                continue
            when = value_date(out[j].value) if other.spec.explicit else None
            if when is not None and when.year < ctx.dct.year and other.spec.gran in ("day", "month"):
                x = out[i]
                out[i] = replace(x, value=resolve(spec, Context(dct=when, window_start=ctx.window_start), None))
            break
    return out


# How far after its introduction an interview's quotes are read from the day it was given.
INTERVIEW_REACH = 4000


def interview_said_then(lang: Language, text: str, mentions: list[Mention], out: list[Timex], ctx: Context) -> list[Timex]:
    """'We publish an interview he gave us in March 2010. "Last year we showed the new model"': the
    quotes after an introduction that dates the interview in an earlier year speak from that date
    (2009), not from the document's."""
    words = lang.interview_words
    if words is None or ctx.dct is None:
        return out
    when, intro_end = None, -1
    for i, mention in enumerate(mentions):
        spec = mention.spec
        if when is None or mention.start > intro_end + INTERVIEW_REACH:
            when = None
            day = value_date(out[i].value) if spec.explicit and spec.gran in ("day", "month") else None
            if day is not None and day.year < ctx.dct.year and not inside_quote(text, mention.start):
                s, e = sentence_bounds(text, mention.start, mention.end)
                if words.search(text, s, e):
                    when, intro_end = day, e
            continue
        if mention.start < intro_end or not inside_quote(text, mention.start) or spec.anchor != "dct" \
                or spec.type not in ("DATE", "TIME") or spec.value is not None or spec.year is not None:
            continue
        tense = tense_near(lang, text, mention.start, mention.end, weekday=bool(spec.weekday and not spec.month))
        out[i] = replace(out[i], value=resolve(spec, Context(dct=when, window_start=ctx.window_start), tense))
    return out


_QUOTE_REACH = 1000  # a paragraph's length: how far back an opening quote is looked for


def inside_quote(text: str, at: int) -> bool:
    """An opening quote before `at` on its line (within a paragraph's reach) is not yet closed."""
    lo = max(0, at - _QUOTE_REACH)
    line = text[text.rfind("\n", lo, at) + 1 or lo:at]
    return line.count('"') % 2 == 1 or line.rfind("\u201c") > line.rfind("\u201d")


def alone_on_its_line(text: str, start: int, end: int) -> bool:
    """Nothing but the expression (and a dash, colon or bar after it) on its line: a heading ("10:32 GMT")."""
    # a heading is short: look no further than its line could reach (a line of a megabyte with a
    # clock every few words made this scan quadratic); a run of blanks that long counts as a break
    lo, hi = max(0, start - _HEADING_REACH), min(len(text), end + _HEADING_REACH)
    line_start = text.rfind("\n", lo, start) + 1 or lo
    line_end = text.find("\n", end, hi)
    line_end = hi if line_end < 0 else line_end
    return not text[line_start:start].strip() and not text[end:line_end].strip(" \t-–—:|")


_HEADING_REACH = 200


def is_heading_clock(text: str, mention: Mention) -> bool:
    """A clock time alone on its line ("10:32 GMT"): the heading of a live blog's entry."""
    s = mention.spec
    return s.type == "TIME" and s.shift == ("D", 0) and s.anchor == "story" and not s.weekday and not s.month \
        and alone_on_its_line(text, mention.start, mention.end)


# How far back a paragraph's start is looked for (a longer paragraph is taken as one the story goes on in).
_PARAGRAPH_REACH = 600
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def todays_clock(lang: Language, text: str, mention: Mention, ctx: Context, chronology: bool) -> bool:
    """'Ставку снизили 25 июля.⏎⏎Акции к 12:00 мск выросли на 1,2%': in a news report, a clock time
    in a new paragraph, in a sentence about the market (TODAY_CLOCK_WORDS), is the day of writing,
    not the last day the story named in an earlier paragraph."""
    words = lang.today_clock_words
    s = mention.spec
    if words is None or chronology or ctx.dct is None or ctx.story is None or ctx.story == ctx.dct:
        return False
    if not (s.type == "TIME" and s.shift == ("D", 0) and s.anchor == "story" and not s.weekday and not s.month):
        return False
    breaks = [m.end() for m in _PARAGRAPH_BREAK.finditer(text, max(0, mention.start - _PARAGRAPH_REACH), mention.start)]
    if not breaks or ctx.story_at >= breaks[-1]:
        return False  # the story's day was named in this paragraph
    sentence_start, sentence_end = sentence_bounds(text, mention.start, mention.end)
    return words.search(text, max(sentence_start, breaks[-1]), sentence_end) is not None


def month_planned_for(lang: Language, text: str, mention: Mention) -> bool:
    """'Рейсы на январь отменили', 'План на март выполнили': a month a thing is for (after one of
    the language's MONTH_FOR_WORDS) leans ahead as a deadline does (from three months back); a past
    verb says when something was done about it, not when the month is."""
    words = getattr(lang.data, "MONTH_FOR_WORDS", ())
    s = mention.spec
    if not words or s.gran != "month" or s.day or not s.month:
        return False
    before = _PREFIX_WORD.search(text, max(0, mention.start - 12), mention.start)
    return before is not None and before.group(1).lower() in words


# How far back in its sentence a year may hold a month or a day that follows.
_SENTENCE_YEAR_REACH = 200


def year_of_sentence(lang: Language, text: str, mention: Mention, spec: Spec, previous: Timex | None,
                     ctx: Context, tense) -> Spec:
    """'В 2023 году компания проиграла спор: 28 августа суд обязал…', 'В следующем году стройка
    встала: весной границу закрыли': where the language says so (YEAR_HOLDS_ITS_SENTENCE), a day,
    month or season without a year, right after a year in its sentence, is in that year (not after
    a year that bounds a period, PERIOD_YEAR_AFTER: 'за 2024 год', 'к 2030 году'; nor a past year
    for a plan)."""
    if not getattr(lang.data, "YEAR_HOLDS_ITS_SENTENCE", False) or previous is None:
        return spec
    if spec.year is not None or spec.shift is not None or spec.direction is not None or spec.weekday \
            or spec.year_shift is not None or spec.value is not None or spec.type not in ("DATE", "TIME") \
            or spec.gran not in ("day", "month", "season") or not (spec.month or spec.season):
        return spec
    if previous.type != "DATE" or not re.fullmatch(r"\d{4}", previous.value) or previous.mod not in ("", "START", "MID", "END"):
        return spec
    if not 0 <= mention.start - previous.end <= _SENTENCE_YEAR_REACH or _SENTENCE_END.search(text, previous.end, mention.start):
        return spec
    period = getattr(lang.data, "PERIOD_YEAR_AFTER", None)
    if period and re.search(period, text[max(0, previous.start - 12):previous.start], re.I):
        return spec
    cs, ce = clause_bounds(lang, text, mention.start, mention.end)
    if clause_tense(lang, text, cs, mention.start, mention.end, ce, False) is None:
        return spec  # "в 1954-м и надеюсь выйти на нее в мае": no verb tells when its clause is
    year = int(previous.value)
    if tense == 1 and ctx.dct is not None and year < ctx.dct.year:
        return spec  # "В 2023 году компания проиграла спор, а в декабре подаст апелляцию": this December
    if tense in (1, DEADLINE) and ctx.dct is not None and year == ctx.dct.year and spec.month \
            and spec.month < ctx.dct.month:
        return spec  # "к расходам 2025 года, если успеет передать сведения до 1 марта", said in December: next March
    return replace(spec, year=year)


def told_in_the_past(lang: Language, text: str, mention: Mention) -> bool:
    """The expression's own clause has a past verb ('28 ноября делегация прибыла'), not only its
    sentence ('«В декабре мы запустим завод», — сказал губернатор'), and no preposition before it
    names a day a past decision points to ('назначили на 5 декабря')."""
    if lang.past_points_ahead and lang.past_points_ahead.search(text, max(0, mention.start - 12), mention.start):
        return False
    cs, ce = clause_bounds(lang, text, mention.start, mention.end)
    return bool(lang.past.search(text, cs, mention.start) or lang.past.search(text, mention.end, ce))


def before_the_document(spec: Spec, value: str, ctx: Context, tense, slack_days: int) -> str:
    """'28 ноября делегация прибыла', written on 20 November: a day or a month without a year,
    told in an unmistakable past tense, is last year's when this year's is still to come."""
    if ctx.dct is None or spec.year is not None or spec.direction is not None or spec.shift is not None \
            or spec.value is not None or not spec.month or spec.gran not in ("day", "month"):
        return value
    start = value_date(value)
    if start is None or (start - ctx.dct).days <= slack_days:
        return value
    return resolve(replace(spec, year=start.year - 1), ctx, tense)


_WEEKLY = re.compile(r"XXXX-WXX-\d(T\w+)?$")


def share_recurrence(lang: Language, text: str, mentions: list[Mention], out: list[Timex]) -> list[Timex]:
    """'on Monday and Tuesday nights': the first weekday recurs like the second."""
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        weekday = mentions[i].spec.weekday
        # only a plural shared by both ("Tuesday nights"), not "every Tuesday"
        if a.type != "DATE" or not weekday or mentions[i].spec.month or mentions[i + 1].rule != "weekday_tods":
            continue
        m = _WEEKLY.match(b.value)
        if m and text[a.end:b.start].strip().lower() in getattr(lang.data, "COORDINATION_WORDS", ()):
            out[i] = Timex(a.start, a.end, a.text, "SET", f"XXXX-WXX-{weekday}{m.group(1) or ''}", "")
    return out


def is_habitual(lang: Language, text: str, mention: Mention) -> bool:
    """'The first snow usually falls in early winter': a season or month without a year, in a
    clause that tells what happens as a rule, is no one year's (XXXX-WI)."""
    s = mention.spec
    if s.gran not in ("season", "month") or s.year is not None or s.shift is not None or s.direction is not None \
            or s.year_shift is not None or s.value is not None or s.type != "DATE":
        return False
    habitual = lang.habitual_words
    if habitual is None:
        return False
    cs, ce = clause_bounds(lang, text, mention.start, mention.end)
    return habitual.search(text, cs, ce) is not None


def opening_days(lang: Language, text: str, mentions: list[Mention], out: list[Timex]) -> list[Timex]:
    """'The office is open Monday to Friday': days on which something opens recur each week
    (two SETs, the ends of the stretch), not two days of one week."""
    opening = lang.opening_words
    if opening is None:
        return out
    joins = getattr(lang.data, "RANGE_JOINS", {})
    for i in range(len(out) - 1):
        a, b = mentions[i].spec, mentions[i + 1].spec
        if not all(x.weekday and not x.month and x.direction is None and not x.days_after and x.type == "DATE"
                   for x in (a, b)):
            continue
        if range_gap(text, out[i].end, out[i + 1].start) not in joins \
                or not opening.search(text, max(0, out[i].start - 30), out[i].start):
            continue
        for j, spec in ((i, a), (i + 1, b)):
            t = out[j]
            out[j] = Timex(t.start, t.end, t.text, "SET", f"XXXX-WXX-{spec.weekday}", "", freq="1W")
    return out


_FULL_DAY = re.compile(r"\d{4}-\d\d-\d\d$")


def clock_on_adjacent_day(lang: Language, text: str, mentions: list[Mention], out: list[Timex]) -> list[Timex]:
    """'2 декабря в 11:00', '06:00 мск 21 ноября': a clock time next to a day, joined by one of
    the language's CLOCK_DAY_JOINS, is on that day, even a day ahead that the story has not
    moved to (the day before it wins over the day after)."""
    joins = getattr(lang.data, "CLOCK_DAY_JOINS", ())
    if not joins:
        return out
    for i, mention in enumerate(mentions):
        spec = mention.spec
        if spec.type != "TIME" or spec.anchor != "story" or spec.shift != ("D", 0) or not spec.time:
            continue
        for j in (i - 1, i + 1):
            if not 0 <= j < len(out) or not _FULL_DAY.match(out[j].value):
                continue
            gap = text[out[j].end:out[i].start] if j < i else text[out[i].end:out[j].start]
            if gap.strip().lower() in joins:
                x = out[i]
                out[i] = Timex(x.start, x.end, x.text, x.type, f"{out[j].value}T{spec.time}", x.mod, x.point)
                break
    return out


def morning_after_the_night(lang: Language, text: str, out: list[Timex]) -> list[Timex]:
    """'прорвало около 23:00. Бригады работали всю ночь, к 8 утра им удалось': a morning clock
    told after a late-evening one on the same day, with a word of the night between them
    (NIGHT_THROUGH_WORDS), is the next morning."""
    night = lang.night_through
    if night is None:
        return out
    for i in range(len(out) - 1):
        a, b = _CLOCK_VALUE.match(out[i].value), _CLOCK_VALUE.match(out[i + 1].value)
        if not (a and b and a.group(1) == b.group(1) and int(a.group(2)) >= 20 and int(b.group(2)) < 12):
            continue
        if out[i + 1].start - out[i].end > 200 or not night.search(text, out[i].end, out[i + 1].start):
            continue
        x, day = out[i + 1], dt.date.fromisoformat(b.group(1)) + dt.timedelta(days=1)
        out[i + 1] = Timex(x.start, x.end, x.text, x.type, day.isoformat() + x.value[10:], x.mod, x.point)
    return out


_LIST_ITEM_START = re.compile(r"(?:^|\n)[ \t]*[-\u2022*\u2013\u2014][ \t]*$")
# How far a clock in the small hours may follow an evening clock to be in the night after it.
NIGHT_REACH = 400


def bare_clock_days(text: str, mentions: list[Mention], out: list[Timex], dct: dt.date | None) -> list[Timex]:
    """The day of a clock written alone ('at 2 a.m.'): after an evening clock of the story's day
    ('the polls closed at 8 p.m. on Tuesday. Haldane conceded before 2 a.m.') the small hours are
    the night after it; and a list item's day ('- Jan. 21: boards approve the deal') does not carry
    into a later paragraph (a clock there is the day of writing)."""
    last_day_at, evening = None, None
    for i, mention in enumerate(mentions):
        if i >= len(out):
            break
        x, spec = out[i], mention.spec
        clock = _CLOCK_VALUE.match(x.value)
        bare = spec.type == "TIME" and spec.anchor == "story" and spec.shift == ("D", 0) and bool(spec.time)
        if bare and clock:
            day = dt.date.fromisoformat(clock.group(1))
            if evening is not None and evening[1] == day and int(clock.group(2)) < 6 \
                    and x.start - evening[0] <= NIGHT_REACH and (dct is None or day < dct):
                day += dt.timedelta(days=1)  # the small hours after an evening clock of that day
            elif last_day_at is not None and dct is not None and is_list_item_day(text, last_day_at) \
                    and "\n\n" in text[last_day_at:x.start]:
                day = dct
            out[i] = Timex(x.start, x.end, x.text, x.type, f"{day.isoformat()}T{clock.group(2)}:{clock.group(3)}",
                           x.mod, x.point)
        elif _FULL_DAY.match(x.value) or clock:
            last_day_at = x.start
        if clock and int(clock.group(2)) >= 18:
            evening = (x.start, dt.date.fromisoformat(clock.group(1)))
    return out


def is_list_item_day(text: str, at: int) -> bool:
    """'- Jan. 21: Boards approve the deal': a day heading a list item."""
    return _LIST_ITEM_START.search(text, max(0, at - 8), at) is not None


def join_day_next_to_date(lang: Language, text: str, out: list[Timex]) -> list[Timex]:
    """'the day before last Tuesday' is one expression, a day from that Tuesday; 'Oct. 12, the
    day before the plunge' restates Oct. 12."""
    table = getattr(lang.data, "DAY_NEXT_TO_DATE", {})
    if not table:
        return out
    joined: list[Timex] = []
    i = 0
    while i < len(out):
        x = out[i]
        side, phrase_end = None, x.end
        for phrase, n in table.items():
            head, _, word = phrase.rpartition(" ")  # "the day", "before"
            if x.text.lower() != head:  # (checked first: the pattern below is needed only then)
                continue
            m = re.match(r"\s+%s\s+" % re.escape(word), text[x.end:x.end + 20], re.I)
            if m:
                side, phrase_end = n, x.end + m.end()
                break
        if side is not None:
            nxt = out[i + 1] if i + 1 < len(out) else None
            if nxt is not None and nxt.start == phrase_end and _FULL_DAY.match(nxt.value):
                day = dt.date.fromisoformat(nxt.value) + dt.timedelta(days=side)
                joined.append(Timex(x.start, nxt.end, text[x.start:nxt.end], "DATE", day.isoformat(), ""))
                i += 2
                continue
            prev = joined[-1] if joined else None
            if prev is not None and text[prev.end:x.start].strip() == "," and _FULL_DAY.match(prev.value):
                x = Timex(x.start, x.end, x.text, x.type, prev.value, x.mod)
        joined.append(x)
        i += 1
    return joined


def about_longer_period(lang: Language, text: str, mention: Mention) -> bool:
    """'For the nine months, net rose ... from $2 million a year earlier': the comparison is with
    the same months of last year, not with the quarter the story is about."""
    s, _ = sentence_bounds(text, mention.start, mention.end, reach=300)
    return lang.longer_period.search(text, s, mention.start) is not None


def keep_ranges_in_order(lang: Language, text: str, mentions: list[Mention], out: list[Timex]) -> list[Timex]:
    """'January and February', 'from June to August': two months without a year placed
    apart by the tense rules are put in one stretch, ending where the second was placed."""
    for i in range(len(out) - 1):
        a, b = mentions[i].spec, mentions[i + 1].spec
        if not (a.gran == b.gran == "month" and a.year is None and b.year is None and a.shift is None
                and b.shift is None and a.direction is None and a.month and b.month):
            continue
        if text[out[i].end:out[i + 1].start].strip().lower() not in lang.data.RANGE_WORDS:
            continue
        second = out[i + 1].value
        if not second[:4].isdigit():
            continue
        year = int(second[:4]) - (1 if a.month > b.month else 0)
        out[i] = Timex(out[i].start, out[i].end, out[i].text, out[i].type,
                       f"{year:04d}-{a.month:02d}", out[i].mod)
    return out


def day_ranges_in_order(lang: Language, text: str, mentions: list[Mention], out: list[Timex]) -> list[Timex]:
    """'The exhibition runs from 14 February to 2 June', told on 12 March: two yearless days that the
    tense rules put in the wrong order are put in one stretch. Told in the past, the stretch is
    over, and the first day moves back a year; otherwise the last day moves on a year."""
    joins = lang.stretch_joins
    for i in range(len(out) - 1):
        a, b = mentions[i].spec, mentions[i + 1].spec
        first, last = out[i], out[i + 1]
        if not (a.gran == b.gran == "day" and a.year is None and b.year is None and a.month and b.month
                and a.day and b.day and a.shift is None and b.shift is None and not a.weekday and not b.weekday
                and _FULL_DAY.match(first.value) and _FULL_DAY.match(last.value) and last.value < first.value
                and range_gap(text, first.end, last.start) in joins):
            continue
        year_after = (b.month, b.day) < (a.month, a.day)
        if tense_near(lang, text, first.start, last.end) == -1:
            year = int(last.value[:4]) - year_after
            out[i] = replace(first, value=f"{year:04d}{first.value[4:]}")
        else:
            year = int(first.value[:4]) + year_after
            out[i + 1] = replace(last, value=f"{year:04d}{last.value[4:]}")
    return out


_CLOCK_ON_DAY = re.compile(r"\d{4}-\d\d-\d\dT")


def same_day_in_clock_ranges(lang: Language, text: str, mentions: list[Mention], out: list[Timex]) -> list[Timex]:
    """'from 9 a.m. to 5 p.m. on Monday', 'between 2 p.m. and 4 p.m. Tuesday': the first clock is on
    the day written with the second."""
    joins = getattr(lang.data, "RANGE_JOINS", {})
    for i in range(len(out) - 1):
        a, b = mentions[i].spec, out[i + 1]
        if not (a.type == "TIME" and a.shift == ("D", 0) and a.anchor == "story" and not a.weekday and not a.month):
            continue
        if range_gap(text, out[i].end, b.start) in joins and b.type == "TIME" and _CLOCK_ON_DAY.match(b.value) and _CLOCK_ON_DAY.match(out[i].value):
            t = out[i]
            out[i] = Timex(t.start, t.end, t.text, t.type, b.value[:11] + t.value[11:], t.mod, t.point)
    return out


_CLOCK_VALUE = re.compile(r"(\d{4}-\d\d-\d\d)T(\d\d):(\d\d)$")


def overnight_clock_ranges(lang: Language, text: str, out: list[Timex]) -> list[Timex]:
    """'The curfew runs from 10pm to 6am': a clock range that ends before it starts ends the next day."""
    joins = lang.stretch_joins
    for i in range(len(out) - 1):
        a, b = _CLOCK_VALUE.match(out[i].value), _CLOCK_VALUE.match(out[i + 1].value)
        if a and b and a.group(1) == b.group(1) and b.group(2, 3) < a.group(2, 3) \
                and range_gap(text, out[i].end, out[i + 1].start) in joins:
            day = dt.date.fromisoformat(b.group(1)) + dt.timedelta(days=1)
            out[i + 1] = replace(out[i + 1], value=f"{day.isoformat()}{out[i + 1].value[10:]}")
    return out


def weekdays_in_order(lang: Language, text: str, mentions: list[Mention], out: list[Timex],
                      dct: dt.date | None) -> list[Timex]:
    """'lasted from Monday until Friday', told on a Wednesday: the week before, not a Monday after
    its Friday; 'will run from Monday to Friday': the week ahead."""
    joins = getattr(lang.data, "RANGE_JOINS", {})
    for i in range(len(out) - 1):
        a, b = mentions[i].spec, mentions[i + 1].spec
        if not (a.weekday and b.weekday and not a.month and not b.month and a.direction is None):
            continue
        gap = range_gap(text, out[i].end, out[i + 1].start)
        need = joins.get(gap)
        if need and opener_before(text, out[i].start, (need,)) != need:
            continue  # "made Friday and Thursday": two days, not a period
        first, second = value_date(out[i].value), value_date(out[i + 1].value)
        if gap in joins and first and second and _FULL_DAY.match(out[i].value) and first > second:
            if dct is not None and first > dct:  # a period ahead: its end is the next such day
                t, day, j = out[i + 1], (second + dt.timedelta(days=7)).isoformat(), i + 1
            else:
                t, day, j = out[i], (first - dt.timedelta(days=7)).isoformat(), i
            out[j] = Timex(t.start, t.end, t.text, t.type, day + t.value[10:], t.mod, t.point)
    return out


def interview_dialogue(lang: Language, text: str) -> tuple[int, int, int, int] | None:
    """'Мы публикуем интервью, которое он дал в марте 2010 года.' then '— В прошлом году вы…': the
    sentence that introduces an interview (INTERVIEW_WORDS) and the dialogue lines after it (each
    opening with a DIALOGUE_DASHES dash), as (sentence start, end, dialogue start, end)."""
    pattern, dashes = lang.interview_words, getattr(lang.data, "DIALOGUE_DASHES", ())
    if pattern is None or not dashes:
        return None
    for _, m in zip(range(3), pattern.finditer(text)):  # (a headline may name the interview first)
        s, e = sentence_bounds(text, m.start(), m.end())
        para_end = text.find("\n", e)
        if para_end < 0:
            return None
        dialogue = dialogue_lines(text, para_end + 1, dashes)
        if dialogue is not None:
            return (s, e) + dialogue
    return None


def dialogue_lines(text: str, at: int, dashes: tuple) -> tuple[int, int] | None:
    """The lines from `at` that each open with a dash (blank lines between them), as (start, end)."""
    start = end = None
    while at < len(text):
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        line = text[at:line_end].strip()
        if line and not line.startswith(dashes):
            break
        if line:
            start = at if start is None else start
            end = line_end
        at = line_end + 1
    return None if start is None else (start, end)


def day_spoken(value: str, dct: dt.date | None) -> dt.date | None:
    """The day an interview was given, from the date its introduction names ('в марте 2010 года'):
    only a year before the document's; a month alone stands for its middle."""
    m = re.fullmatch(r"(\d{4})-(\d\d)(?:-(\d\d))?", value)
    if m is None or dct is None or int(m.group(1)) >= dct.year:
        return None
    return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3) or 15))


def weekday_pairs_in_order(lang: Language, text: str, mentions: list[Mention], out: list[Timex],
                           dct: dt.date | None) -> list[Timex]:
    """'В понедельник и вторник занятия перевели', said on a Monday: today and tomorrow, not today and
    last Tuesday; the second day of a pair (WEEKDAY_PAIR_JOINS) follows the first when that is today
    or ahead."""
    joins = getattr(lang.data, "WEEKDAY_PAIR_JOINS", ())
    if not joins or dct is None:
        return out
    for i in range(len(out) - 1):
        a, b = mentions[i].spec, mentions[i + 1].spec
        if not (a.weekday and b.weekday and not a.month and not b.month and b.direction is None):
            continue
        if range_gap(text, out[i].end, out[i + 1].start) not in joins:
            continue
        first, second = value_date(out[i].value), value_date(out[i + 1].value)
        if first and second and _FULL_DAY.match(out[i + 1].value) and second < first and first >= dct:
            t, day = out[i + 1], (second + dt.timedelta(days=7)).isoformat()
            out[i + 1] = Timex(t.start, t.end, t.text, t.type, day + t.value[10:], t.mod, t.point)
    return out


def range_ends_in_the_story(lang: Language, text: str, mentions: list[Mention], out: list[Timex],
                            from_story: set[int]) -> list[Timex]:
    """'Restrictions came in February 2021. They applied from 15 February to 30 June': a range
    whose first end continues the story's year ends in that year too (or the next, if it ends
    earlier in the year than it began)."""
    for i in sorted(from_story):
        j = i + 1
        if j >= len(out) or j in from_story:
            continue
        a, b = mentions[i].spec, mentions[j].spec
        if b.year is not None or b.shift is not None or b.direction is not None or b.value is not None \
                or b.weekday or not b.month or b.gran not in ("day", "month") or not out[i].value[:4].isdigit():
            continue
        if text[out[i].end:out[j].start].strip().lower() not in lang.data.RANGE_WORDS:
            continue
        first = int(out[i].value[:4])  # the year the story gave the first end
        year = first if position(b) >= position(a) else first + 1
        out[j] = Timex(out[j].start, out[j].end, out[j].text, out[j].type,
                       resolve(replace(b, year=year), Context(), None), out[j].mod, out[j].point)
    return out


def same_month_in_day_ranges(mentions: list[Mention], out: list[Timex]) -> list[Timex]:
    """'between 3 and 5 May', 'April 24 and 25': both days are in the month the written date
    was placed in, whatever the tense near the bare day says."""
    for i, mention in enumerate(mentions):
        partner = i + 1 if mention.rule == "first_day" else i - 1 if mention.rule == "second_day" else None
        if partner is None or not 0 <= partner < len(out):
            continue
        own, other = out[i].value, out[partner].value
        if _FULL_DAY.match(own) and _FULL_DAY.match(other) and own[:7] != other[:7]:
            out[i] = Timex(out[i].start, out[i].end, out[i].text, out[i].type, other[:8] + own[8:], out[i].mod)
    return out


_QUARTER_VALUE = re.compile(r"(\d{4})-Q([1-4])$")


def remember(ctx: Context, spec: Spec, value: str, ended: bool = False, at: int = -1, story: bool = True) -> None:
    """Keep what later expressions may refer to: a date written in full or known to the day
    anchors 'four years later' and 'that day'; a quarter is what 'the quarter' refers to."""
    q = _QUARTER_VALUE.match(value)
    if q:
        ctx.last_quarter = value
    if q and spec.quarter and not spec.year_shift:  # a quarter named ("this year's third"), not one derived
        year, quarter = int(q.group(1)), int(q.group(2))
        # a story reports on a quarter that has ended: "expects a better fourth quarter" said in
        # November is a forecast, not the quarter "the latest quarter" refers to
        if ctx.quarter is not None and (year, quarter) < ctx.quarter:
            return remember_story(ctx, spec, value, at) if story else None  # "after a flat second quarter": background
        if ended or ctx.dct is None or (year, quarter) <= (ctx.dct.year, (ctx.dct.month - 1) // 3 + 1 - (ctx.dct.month % 3 != 0)):
            ctx.quarter = (year, quarter)
    if story:
        remember_story(ctx, spec, value, at)


def remember_story(ctx: Context, spec: Spec, value: str, at: int = -1) -> None:
    told = is_year_told_by_story(spec, value)
    if can_anchor(spec, value) and (spec.explicit or spec.gran in ("day", "month") or told):
        date = value_date(value)
        if date is not None:
            ctx.story, ctx.story_gran = date, spec.gran
            ctx.story_at, ctx.story_explicit = at, bool(spec.explicit)
            ctx.story_year_told = told
            if spec.gran == "day":
                ctx.last_day = date


def is_year_told_by_story(spec: Spec, value: str) -> bool:
    """'The next year', 'that year', 'the following year': a year counted from the story's date."""
    return spec.anchor == "story" and spec.gran == "year" and spec.shift is not None and spec.shift[0] == "Y" \
        and spec.shift[1] != 0 and not spec.follow_topic and spec.type == "DATE" and len(value) == 4 and value.isdigit()


def planned_before_the_story(lang: Language, text: str, spec: Spec, ctx: Context, start: int, end: int,
                             tense) -> bool:
    """'The judge dismissed the case in August 2022. She had scheduled a trial for October': a month
    without a year in a clause told in the past perfect, which the document's date would put ahead of
    it, is the story's time (the next October after it, 2022-10): a plan made before the story."""
    if ctx.story is None or not ctx.story_explicit or ctx.story_gran not in ("day", "month", "season") \
            or ctx.dct is None or ctx.story.year >= ctx.dct.year or not 0 <= ctx.story_at < start \
            or start - ctx.story_at > NARRATIVE_REACH:
        return False
    if spec.year is not None or spec.shift is not None or spec.direction is not None or spec.weekday \
            or spec.year_shift is not None or spec.value is not None or spec.gran not in ("day", "month", "season"):
        return False
    cs, _ = clause_bounds(lang, text, start, end)
    if lang.past_perfect.search(text, max(cs, start - 60), start) is None:
        return False
    own = value_date(resolve(spec, ctx, tense))
    return own is not None and own > ctx.dct


def in_year_told_by_story(spec: Spec, ctx: Context, at: int, tense) -> bool:
    """'He opened the bakery in 2019. The next year was harder. The town closed in March': a month
    or season without a year, told in the past soon after the story moved on to a year of its own,
    is in that year (2020), not the document's. Only where the document's date would put the month
    years after the story (4 years here): in the year after it, the text may have moved on ("the following
    year he was appointed ... However, cited by police in December", the December after that)."""
    if not ctx.story_year_told or tense != -1 or ctx.story is None or not 0 <= ctx.story_at < at \
            or at - ctx.story_at > NARRATIVE_REACH:
        return False
    if spec.year is not None or spec.shift is not None or spec.direction is not None or spec.weekday \
            or spec.year_shift is not None or spec.value is not None or spec.gran not in ("day", "month", "season"):
        return False
    own = value_date(resolve(spec, ctx, tense))
    return own is not None and own.year > ctx.story.year + 1


# How close, and how soon after it in the calendar, a day told in the past follows a day written
# with its year years ago to go on in its story.
STORY_NEXT_REACH, STORY_NEXT_MONTHS, STORY_NEXT_NOT_RECENT = 300, 6, 180


def continues_dated_story(spec: Spec, ctx: Context, at: int, tense) -> bool:
    """'His trial opened on Oct. 3, 2017, and lasted five weeks. The jury found him guilty on Nov. 9':
    a day or month told in the past right after a day written with its year, and a few months after
    it in the calendar, is in that story (2017-11-09) when the document's date would put it years later."""
    if tense != -1 or ctx.story is None or ctx.dct is None or not ctx.story_explicit or ctx.story_gran != "day" \
            or not 0 <= ctx.story_at < at or at - ctx.story_at > STORY_NEXT_REACH:
        return False
    if spec.year is not None or spec.shift is not None or spec.direction is not None or spec.weekday \
            or spec.year_shift is not None or spec.value is not None or spec.gran not in ("day", "month") \
            or not spec.month:
        return False
    year = narrative_year(spec, ctx.story)
    if (year - ctx.story.year) * 12 + spec.month - ctx.story.month > STORY_NEXT_MONTHS:
        return False
    own = value_date(resolve(spec, ctx, tense))  # not if that is recent news ("agreed in April")
    return own is not None and own.year > ctx.story.year + 1 and (ctx.dct - own).days > STORY_NEXT_NOT_RECENT


# How close after the story's date a month told as what came before it must be.
STORY_BEFORE_REACH = 120


def precedes_old_story(lang: Language, text: str, spec: Spec, ctx: Context, at: int, tense) -> bool:
    """'a runoff in February of that year [1991] after a November vote': a month named as what the
    story's date came after (STORY_BEFORE_WORDS), told in the past right after a date years before
    the document's, is the last such month before it (1990-11)."""
    before = lang.story_before_words
    if before is None or tense != -1 or ctx.story is None or ctx.dct is None or ctx.story_gran not in ("day", "month") \
            or ctx.dct.year - ctx.story.year < 2 or not 0 <= ctx.story_at < at or at - ctx.story_at > STORY_BEFORE_REACH:
        return False
    if spec.year is not None or spec.shift is not None or spec.direction is not None or spec.weekday \
            or spec.year_shift is not None or spec.value is not None or spec.gran != "month" or not spec.month:
        return False
    return before.search(text, max(0, at - 20), at) is not None


# How close a month without a year must follow a date written with its year to continue its story.
NARRATIVE_REACH = 600
# A chronology writes at least this many dates with their year and none counted from the day of writing.
CHRONOLOGY_MIN_DATES = 3


def is_chronology(mentions: list[Mention]) -> bool:
    """A text that tells a story in dates written with their years and never counts from the day it
    was written ("yesterday", "on Tuesday", "last week"): an explainer or a chronology, not a news
    report. News counts from its own date almost always; a chronology's bare months follow its story."""
    explicit = 0
    for m in mentions:
        s = m.spec
        if s.type not in ("DATE", "TIME"):
            continue
        if s.anchor == "dct" and ((s.weekday and not s.month) or s.shift is not None
                                  or s.direction is not None or s.year_shift is not None):
            return False  # counted from the day of writing
        if s.explicit and s.year is not None:
            explicit += 1
    return explicit >= CHRONOLOGY_MIN_DATES


def story_is_elsewhere(ctx: Context) -> bool:
    """The story, known to the day, is told months before the document's date: a
    weekend told in the past belongs to it, not to the document's last one."""
    return ctx.story is not None and ctx.story_gran == "day" and ctx.dct is not None \
        and (ctx.dct - ctx.story).days > 60


def counted_from_story(spec: Spec, ctx: Context) -> Spec:
    """An offset told in the past counts from the story's date; with none, it is only a length."""
    if ctx.story is None:
        unit, n = spec.shift
        return Spec(type="DURATION", value=norm.unit_value(abs(n), unit))
    return replace(spec, anchor="story")


def story_or_document(lang: Language, text: str, mention: Mention, spec: Spec, ctx: Context) -> Spec:
    """'в следующем году' is the year after the document's in news, and the year after the story's
    in a story told in the past ('Завод закрыли в 2009 году, а в следующем году снесли': 2010)."""
    if ctx.story is None or tense_near(lang, text, mention.start, mention.end) != -1:
        return replace(spec, anchor="dct")
    if spec.year_shift is not None:  # "1 сентября следующего года"
        return replace(spec, year=ctx.story.year + spec.year_shift, year_shift=None, anchor="dct")
    return replace(spec, anchor="story")


def story_fine_enough(spec: Spec, ctx: Context) -> bool:
    """The story's last date is known at least as finely as the offset's unit ('Месяцем ранее' after
    'в 2019 году' is not: a month before some day of 2019)."""
    if ctx.story is None:
        return False
    return story_known_finely(ctx.story_gran, spec.shift[0])


def says_then(lang: Language, text: str, at: int) -> bool:
    """The sentence, before the expression, says it goes on at the story's time ("Тогда")."""
    s, _ = sentence_bounds(text, at, at)
    return lang.then.search(text, s, at) is not None


def narrative_applies(text: str, spec: Spec, ctx: Context, at: int, tense, story_explicit: bool = True) -> bool:
    """'In June 2023 the RSF took West Darfur. ... By December, seven million had fled': in a
    chronology, a month without a year soon after a date written with its year, in an earlier year
    than the document's, continues that story (December 2023), unless the clause looks ahead.
    story_explicit: the story's date must have been written with its year (not when the sentence
    says "then": its dates all follow the story)."""
    if spec.year is not None or spec.shift is not None or spec.direction is not None or spec.weekday \
            or spec.year_shift is not None or spec.value is not None or spec.gran not in ("day", "month", "season") or tense == 1:
        return False
    if ctx.story is None or (story_explicit and not ctx.story_explicit) or ctx.story_gran not in ("day", "month", "season"):
        return False
    if ctx.dct is not None and ctx.story.year >= ctx.dct.year:
        return False  # the story is this year's: the document's date decides, as in news
    return 0 <= ctx.story_at < at and at - ctx.story_at <= NARRATIVE_REACH


# How long before the document's date a month must lie for news to mean another year's.
RECENT_DAYS = 60


def same_month_as_story(spec: Spec, ctx: Context, tense) -> bool:
    """'Schools closed in March 2020. The state confirmed transmission on March 16': in news, a
    day of the very month the story just named with its year is in that year, unless the
    document's own reading is recent news ('the August 1988 cease-fire ... the invasion on Aug. 2'
    written on August 15)."""
    if ctx.story is None or ctx.dct is None or spec.month != ctx.story.month or ctx.story_gran not in ("day", "month"):
        return False
    own = value_date(resolve(spec, ctx, tense))
    return own is None or (ctx.dct - own).days > RECENT_DAYS


def narrative_year(spec: Spec, story: dt.date) -> int:
    """The year of a month that follows the story's date: the same year, or the next if the month
    is earlier in the year than the story's."""
    return story.year if position(spec) >= (story.month, 0) else story.year + 1
