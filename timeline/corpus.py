"""Many articles, one timeline: the same event reported by several articles becomes one row,
and the dates and events most sources report come first.

``merge_events(frame)``  one row per event, with ``sources``, ``source_count``, ``date_conflict``
                         and ``merged_ids`` (the event_ids of the rows it stands for)
``key_dates(frame, n)``  the n dates most independent articles refer to
``key_events(frame, n)`` the n events most independent articles report
``process_many(articles, workers, bulk)`` the documents of many articles, on several cores

Two rows are the same event when their dates are compatible (the same period, or one inside the
other: "October 2023, late" holds "25 October 2023"), they do not name different actors, and their
summaries are worded alike (overlap of character 4-grams of their content words, so "imposes" and
"imposed" agree). Rows worded almost identically, with the same actors but dates that cannot both be
right, are kept apart and each names the other's date in ``date_conflict``, so a reader sees the
disagreement instead of a silent choice. It is a conflict only if the sources wrote different dates:
the same words ("on Monday") placed on different days, or at the same distance from each article's
publication day, are a recurring report; and a source that gives both dates tells two events.

Merging and ranking involve no model: everything is set overlap, fast enough for thousands of articles.
For large collections ``process_many`` runs the pipeline on several processes and, in bulk mode,
parses with spaCy only the lines that hold a date (the parse is most of the time, and only dated
clauses become events).
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Callable, Iterable

import pandas as pd
from spacy.lang.en.stop_words import STOP_WORDS  # language data only: no model is loaded

from .dates import day_of

MERGED_COLUMNS = ["sources", "source_count", "date_conflict", "merged_ids"]

# Wording similarity (Dice coefficient of character 4-gram sets, 0..1) needed to call two rows one event.
MERGE_WORDING_WITH_SHARED_ACTOR = 0.45  # when they share an actor
MERGE_WORDING_WITHOUT_ACTORS = 0.65  # when one of them names no actor: the wording must carry it alone
# Almost the same words and the same actors, yet dates that cannot both hold: a conflict, not two events.
CONFLICT_WORDING = 0.8
CONFLICT_ACTOR_OVERLAP = 0.5  # Jaccard overlap of the two actor sets
# Candidate pairs share one of each row's rarest words; this many per row are looked up.
RARE_WORDS_PER_ROW = 5
# Words in more rows than this say nothing about which event a row is ("said", a country in a war story).
MAX_ROWS_PER_WORD = 400
CONFLICT_NAMES_SHOWN = 3  # sources named in a conflict note before "and N more"

# A source counts fully when it refers back to a date; its own publication day and dates it
# announces ahead count half, since nearly every article mentions the day it appears.
LATER_SOURCE_WEIGHT = 1.0
SAME_DAY_SOURCE_WEIGHT = 0.5
EARLIER_SOURCE_WEIGHT = 0.5

_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*", re.UNICODE)


@dataclass
class _Row:
    index: int
    source: str
    period: tuple[dt.date, dt.date] | None  # first and last day, or None when not on the calendar
    value: str  # date_value + mod, to compare dates that have no period
    words: frozenset[str]
    grams: frozenset[str]
    actors: frozenset[str]
    primary: str
    published: dt.date | None = None
    written: str = ""  # the date as written, lowercased
    kind: str = ""  # the event's kind (statement, decision, ...)
    cyrillic: bool = False  # the summary is written in Cyrillic (its wording cannot be compared with Latin)


# ---------------------------------------------------------------- wording, dates, actors

def content_words(summary: str, date_text: str = "") -> list[str]:
    """Lowercased words of a summary without stop words and without the date expression itself,
    so that two different events on the same day do not look alike because of their date."""
    text = summary or ""
    if date_text:
        text = text.replace(date_text, " ")
    return [w for w in (m.group(0).lower() for m in _WORD.finditer(text))
            if w not in STOP_WORDS and len(w) > 1]


def char_grams(words: Iterable[str], n: int = 4) -> frozenset[str]:
    """Character n-grams of each word padded with spaces ("sanctions" and "sanctioned" share most)."""
    grams = set()
    for w in words:
        padded = f" {w} "
        if len(padded) <= n:
            grams.add(padded)
        grams.update(padded[i:i + n] for i in range(len(padded) - n + 1))
    return frozenset(grams)


def dice(a: frozenset, b: frozenset) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def wording_similarity(summary_a: str, summary_b: str) -> float:
    """How alike two summaries are worded, 0 (nothing shared) to 1 (the same content words)."""
    return dice(char_grams(content_words(summary_a)), char_grams(content_words(summary_b)))


def _row_period(row) -> tuple[dt.date, dt.date] | None:
    start, end = day_of(row.get("date_start")), day_of(row.get("date_end"))
    return (start, end) if start and end else None


def dates_compatible(a: _Row, b: _Row) -> bool:
    """The same period, or one inside the other; dates off the calendar only match themselves."""
    if a.period is None or b.period is None:
        return a.period is None and b.period is None and a.value == b.value
    (s1, e1), (s2, e2) = a.period, b.period
    return (s1 <= s2 and e2 <= e1) or (s2 <= s1 and e1 <= e2)


def _actors_agree(a: _Row, b: _Row) -> bool | None:
    """True if they share an actor, False if both name actors and none is shared, None if one names none."""
    if not a.actors or not b.actors:
        return None
    return bool(a.actors & b.actors)


def _jaccard(a: frozenset, b: frozenset) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


# Two reports of one event in other words (or another language) still name its actors: this many
# shared actors on the very same date make one event.
SHARED_ACTORS_FOR_SAME_EVENT = 2


# Where the wording can be compared (both in one script), it must still agree a little: two events
# of one day with the same two actors ("NATO struck Tripoli", "Gaddafi rejected NATO's terms") are two.
SAME_SCRIPT_MIN_WORDING = 0.3
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")


def same_by_actors(a: _Row, b: _Row, wording: float | None = None) -> bool:
    """'Putin and Erdogan agree to restart talks' and 'Путин и Эрдоган договорились': the same date
    as written in value, from two sources, with two actors in common, or the same actor doing the
    same kind of thing; in one language, with some of their wording too."""
    if a.source == b.source or a.value != b.value or not a.value.split("|")[0]:
        return False
    if a.cyrillic == b.cyrillic and (dice(a.grams, b.grams) if wording is None else wording) < SAME_SCRIPT_MIN_WORDING:
        return False
    if len(a.actors & b.actors) >= SHARED_ACTORS_FOR_SAME_EVENT:
        return True
    return bool(a.primary) and a.primary == b.primary and a.kind == b.kind and a.kind not in ("", "other")


def same_event(a: _Row, b: _Row, wording: float) -> bool:
    if same_by_actors(a, b, wording):
        return True
    if not dates_compatible(a, b):
        return False
    agree = _actors_agree(a, b)
    if agree is False:
        return False
    return wording >= (MERGE_WORDING_WITH_SHARED_ACTOR if agree else MERGE_WORDING_WITHOUT_ACTORS)


def _same_distance_from_publication(a: _Row, b: _Row) -> bool:
    """"On Monday" in two articles published a week apart: a recurring report, not a disagreement."""
    if not (a.period and b.period and a.published and b.published):
        return False
    return a.period[0] - a.published == b.period[0] - b.published


def conflicting_dates(a: _Row, b: _Row, wording: float) -> bool:
    """Evidently one event (same actors, near-identical wording) told by two sources with dates
    that cannot both be right. Within one article two dates are two events, never a conflict."""
    if a.source == b.source or dates_compatible(a, b) or wording < CONFLICT_WORDING:
        return False
    if a.written == b.written or _same_distance_from_publication(a, b):
        return False  # the sources wrote the same date: the difference is in how we placed it, not theirs
    if not a.actors or not b.actors or _jaccard(a.actors, b.actors) < CONFLICT_ACTOR_OVERLAP:
        return False
    return not (a.primary and b.primary and a.primary != b.primary)


# ---------------------------------------------------------------- candidate pairs and clusters

def _rows(frame: pd.DataFrame) -> list[_Row]:
    rows = []
    for i, rec in enumerate(frame.to_dict("records")):
        words = content_words(str(rec.get("summary") or rec.get("sentence") or ""), str(rec.get("date_text") or ""))
        actors = rec.get("actors")
        actors = frozenset(a for a in actors if a) if isinstance(actors, (list, tuple, set, frozenset)) else frozenset()
        rows.append(_Row(i, str(rec.get("source") or ""), _row_period(rec),
                         f"{rec.get('date_value', '')}|{rec.get('date_mod', '')}",
                         frozenset(words), char_grams(words), actors, str(rec.get("primary_actor") or ""),
                         day_of(rec.get("publication_date")), " ".join(str(rec.get("date_text") or "").lower().split()),
                         str(rec.get("event_kind") or ""),
                         bool(_CYRILLIC.search(str(rec.get("summary") or "")))))
    return rows


def _candidate_pairs(rows: list[_Row]) -> set[tuple[int, int]]:
    """Pairs of rows that share one of their rarest content words (a blocking step: comparing every
    pair of 30,000 rows would take minutes; the same event told twice shares its rare words)."""
    df = Counter(w for r in rows for w in r.words)
    postings: dict[str, list[int]] = defaultdict(list)
    for r in rows:
        rare = sorted((w for w in r.words if df[w] <= MAX_ROWS_PER_WORD), key=lambda w: (df[w], w))
        for w in rare[:RARE_WORDS_PER_ROW]:
            postings[w].append(r.index)
    pairs = set()
    for members in postings.values():
        for k, i in enumerate(members):
            for j in members[k + 1:]:
                pairs.add((i, j) if i < j else (j, i))
    # reports in other words share no rare word but their date and actors
    by_date: dict[str, list[_Row]] = defaultdict(list)
    for r in rows:
        if r.actors:
            by_date[r.value].append(r)
    for group in by_date.values():
        if len(group) > MAX_ROWS_PER_WORD:
            continue  # a date most rows share ("2011"): the wording decides there
        for k, a in enumerate(group):
            for b in group[k + 1:]:
                if same_by_actors(a, b):
                    pairs.add((a.index, b.index))
    return pairs


class _Clusters:
    """Union-find whose clusters keep the period all their dates share, so that a vague date
    ("in February") never joins two events that happened on different days."""

    def __init__(self, rows: list[_Row]):
        self.parent = list(range(len(rows)))
        self.period = {r.index: r.period for r in rows}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int) -> bool:
        a, b = self.find(i), self.find(j)
        if a == b:
            return True
        pa, pb = self.period[a], self.period[b]
        if pa is not None and pb is not None:
            start, end = max(pa[0], pb[0]), min(pa[1], pb[1])
            if start > end:
                return False
            shared = (start, end)
        else:
            shared = pa or pb
        self.parent[b] = a
        self.period[a] = shared
        return True


def _period_days(start, end) -> int:
    """How many days a date spans beyond its first (0 for a day); dates off the calendar come last."""
    start, end = day_of(start), day_of(end)
    return (end - start).days if start and end else 10 ** 6


def _precision_key(rec: dict) -> tuple:
    """The row that best stands for a cluster: the most precise date, then the earliest report."""
    days = _period_days(rec.get("date_start"), rec.get("date_end"))
    return (days, str(rec.get("publication_date") or "9999"), rec["_order"])


def _conflict_note(date_value: str, sources: list[str]) -> str:
    shown = ", ".join(sources[:CONFLICT_NAMES_SHOWN])
    more = len(sources) - CONFLICT_NAMES_SHOWN
    return f"{date_value} in {shown}" + (f" and {more} more" if more > 0 else "")


def merge_events(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per event across articles.

    Each row is the most precisely dated of the rows it merges (its event_id is kept, so corrections
    keyed on event_id still apply) plus: ``sources`` (the distinct sources, earliest published first),
    ``source_count``, ``date_conflict`` ("" or the other date and its sources, e.g.
    "2011-02-17 in b.txt") and ``merged_ids`` (every event_id merged into it). Actors are the
    representative's and those at least two of the merged sources name.
    """
    columns = list(frame.columns) + [c for c in MERGED_COLUMNS if c not in frame.columns]
    if frame.empty:
        return pd.DataFrame(columns=columns)
    records = frame.to_dict("records")
    for k, rec in enumerate(records):
        rec["_order"] = k
    rows = _rows(frame)
    clusters = _Clusters(rows)
    scored = []
    conflicts = []
    for i, j in _candidate_pairs(rows):
        a, b = rows[i], rows[j]
        wording = dice(a.grams, b.grams)
        if same_event(a, b, wording):
            scored.append((-wording, i, j))
        elif conflicting_dates(a, b, wording):
            conflicts.append((i, j))
    for _, i, j in sorted(scored):  # most alike first, so the best matches shape the clusters
        clusters.join(i, j)

    members: dict[int, list[int]] = defaultdict(list)
    for r in rows:
        members[clusters.find(r.index)].append(r.index)

    def sources_of(indices: list[int]) -> list[str]:
        ordered = sorted(indices, key=lambda k: (str(records[k].get("publication_date") or "9999"), k))
        return list(dict.fromkeys(str(records[k].get("source", "")) for k in ordered))

    notes: dict[int, list[tuple[str, list[str]]]] = defaultdict(list)
    cluster_sources = {root: {rows[k].source for k in idx} for root, idx in members.items()}
    for i, j in conflicts:
        ci, cj = clusters.find(i), clusters.find(j)
        if ci == cj or cluster_sources[ci] & cluster_sources[cj]:
            continue  # a source that gives both dates tells two events (one sentence can hold two dates)
        for here, there in ((ci, cj), (cj, ci)):
            rep = min((records[k] for k in members[there]), key=_precision_key)
            note = (str(rep.get("date_value", "")), sources_of(members[there]))
            if note not in notes[here]:
                notes[here].append(note)

    out = []
    for root, idx in members.items():
        group = [records[k] for k in idx]
        rep = dict(min(group, key=_precision_key))
        # the representative's actors, and those at least two sources name (one source's stray name is noise)
        actor_sources = Counter(a for rec in group for a in set(rec.get("actors") or []))
        rep_actors = list(rep.get("actors") or [])
        rep["actors"] = rep_actors + [a for a, c in actor_sources.most_common() if c >= 2 and a not in rep_actors]
        rep["sources"] = sources_of(idx)
        rep["source_count"] = len(rep["sources"])
        rep["date_conflict"] = "; ".join(_conflict_note(v, s) for v, s in notes.get(root, []))
        rep["merged_ids"] = [str(records[k].get("event_id", "")) for k in sorted(idx)]
        out.append(rep)
    merged = pd.DataFrame(out)
    sort_by = [c for c in ("date_start", "date_value", "source", "char_start") if c in merged.columns]
    merged = merged.sort_values(sort_by + ["_order"], kind="stable").drop(columns="_order")
    merged["source_count"] = merged["source_count"].astype("int64")
    return merged.reset_index(drop=True)[columns]


# ---------------------------------------------------------------- key dates and key events

def key_dates(frame: pd.DataFrame, n: int | None = None,
              start: dt.date | str | None = None, end: dt.date | str | None = None) -> pd.DataFrame:
    """The days most independent sources refer to, best first.

    Give it the frame of mentions (one row per dated event, as build_timeline returns it). Only dates
    known to the day count. Each source counts once per date, whatever it repeats: fully when it
    refers back to the date, half on its own publication day (nearly every article mentions the day
    it appears) and half for a date it announces ahead. Ties go to the day more articles were published.
    Columns: date, score, sources (distinct sources referring to it), later_sources, same_day_sources,
    earlier_sources, published (sources in the frame published that day). ``start``/``end`` keep dates
    inside a window.
    """
    start, end = day_of(start) if isinstance(start, str) else start, day_of(end) if isinstance(end, str) else end
    columns = ["date", "score", "sources", "later_sources", "same_day_sources", "earlier_sources", "published"]
    published_on = Counter()
    seen_pub = set()
    pairs = set()
    for rec in frame.to_dict("records"):
        source, pub = str(rec.get("source", "")), day_of(rec.get("publication_date"))
        if pub and source not in seen_pub:
            seen_pub.add(source)
            published_on[pub] += 1
        if rec.get("granularity") != "day":
            continue
        day = day_of(rec.get("date_start"))
        if day and day == day_of(rec.get("date_end")):
            pairs.add((day, source, pub))
    stats: dict[dt.date, Counter] = defaultdict(Counter)
    for day, _source, pub in pairs:
        relation = "same_day_sources" if pub == day else "earlier_sources" if pub and pub < day else "later_sources"
        stats[day][relation] += 1
    rows = []
    for day, c in stats.items():
        if (start and day < start) or (end and day > end):
            continue
        score = (LATER_SOURCE_WEIGHT * c["later_sources"] + SAME_DAY_SOURCE_WEIGHT * c["same_day_sources"]
                 + EARLIER_SOURCE_WEIGHT * c["earlier_sources"])
        rows.append({"date": day.isoformat(), "score": score,
                     "sources": c["later_sources"] + c["same_day_sources"] + c["earlier_sources"],
                     "later_sources": c["later_sources"], "same_day_sources": c["same_day_sources"],
                     "earlier_sources": c["earlier_sources"], "published": published_on[day]})
    rows.sort(key=lambda r: (-r["score"], -r["sources"], -r["published"], r["date"]))
    return pd.DataFrame(rows[:n] if n is not None else rows, columns=columns)


def key_events(frame: pd.DataFrame, n: int | None = None) -> pd.DataFrame:
    """The events most independent sources report, best first (merged first if need be).

    Ranked by the number of distinct sources, then by how precisely the event is dated, then by date.
    """
    merged = frame if "source_count" in frame.columns else merge_events(frame)
    if merged.empty:
        return merged
    days = [_period_days(s, e) for s, e in zip(merged["date_start"], merged["date_end"])]
    order = merged.assign(_days=days).sort_values(
        ["source_count", "_days", "date_start"], ascending=[False, True, True], kind="stable")
    order = order.drop(columns="_days").reset_index(drop=True)
    return order.head(n) if n is not None else order


# ---------------------------------------------------------------- many articles, several cores

# The longest run given to the parser at once: spaCy refuses texts over 1,000,000 characters and needs
# memory in proportion to length, so long dated runs are cut (at a sentence end when there is one).
MAX_SEGMENT_CHARS = 100_000


def _lines(text: str):
    """The text's lines, a line longer than MAX_SEGMENT_CHARS cut at its last sentence end before the limit."""
    for line in text.splitlines(keepends=True):
        while len(line) > MAX_SEGMENT_CHARS:
            cut = line.rfind(". ", 0, MAX_SEGMENT_CHARS) + 2
            cut = cut if cut > 1 else MAX_SEGMENT_CHARS
            yield line[:cut]
            line = line[cut:]
        yield line


def dated_segments(text: str, starts: list[int]) -> list[tuple[int, int, bool]]:
    """The text cut at line ends into (start, end, has_date) runs that cover it exactly;
    a run has_date when a date expression starts in it. Neighbouring lines of one kind are joined,
    up to MAX_SEGMENT_CHARS."""
    starts = sorted(starts)
    segments: list[list] = []
    offset, k = 0, 0
    for line in _lines(text):
        end = offset + len(line)
        while k < len(starts) and starts[k] < offset:
            k += 1
        has_date = k < len(starts) and starts[k] < end
        if segments and segments[-1][2] == has_date and end - segments[-1][0] <= MAX_SEGMENT_CHARS:
            segments[-1][1] = end
        else:
            segments.append([offset, end, has_date])
        offset = end
    return [tuple(s) for s in segments]


_NOT_SPACE = re.compile(r"\S+")


def plain_doc(vocab, text: str):
    """A spaCy Doc split at whitespace only, one sentence per line: cheaper than the tokenizer,
    for text that is never parsed. Its text is exactly `text`."""
    from spacy.tokens import Doc as SpacyDoc

    words: list[str] = []
    spaces: list[bool] = []
    position = 0

    def gap(upto: int) -> None:
        between = text[position:upto]
        if between.startswith(" ") and words and not spaces[-1]:
            spaces[-1] = True  # one space after a word belongs to the word
            between = between[1:]
        if between:
            words.append(between)
            spaces.append(False)

    for m in _NOT_SPACE.finditer(text):
        gap(m.start())
        words.append(m.group())
        spaces.append(False)
        position = m.end()
    gap(len(text))
    starts = [i == 0 or "\n" in words[i - 1] for i in range(len(words))]
    return SpacyDoc(vocab, words=words, spaces=spaces, sent_starts=starts)


def parse_dated_lines(doc):
    """A spaCy Doc of the whole text in which only the lines holding a calendar date are parsed
    (tagged, parsed, entities); the others are only tokenized, one sentence per line. Events come
    only from dated clauses, so they are the same; actors named only in undated lines are missed."""
    from spacy.tokens import Doc as SpacyDoc

    from .actors import nlp, parse
    from .events import is_calendar_date

    if doc.language != "en":
        return parse(doc)  # Natasha reads a whole article in a few tens of milliseconds
    pipeline = nlp()
    skipped = doc.skipped
    starts = [t.start for t in doc.timexes if is_calendar_date(t)
              and not any(s <= t.start and t.end <= e for s, e in skipped)]
    segments = dated_segments(doc.text, starts)
    parsed = iter(pipeline.pipe([doc.text[s:e] for s, e, dated in segments if dated]))
    pieces = []
    for s, e, dated in segments:
        if dated:
            pieces.append(next(parsed))
            continue
        pieces.append(plain_doc(pipeline.vocab, doc.text[s:e]))
    if not pieces:
        return pipeline.make_doc(doc.text)
    return SpacyDoc.from_docs(pieces, ensure_whitespace=False, exclude=["tensor"])


def process_article(article, bulk: bool = False):
    """pipeline.process, in bulk mode with only the dated lines parsed."""
    from . import pipeline

    return pipeline.process(article, parse=parse_dated_lines if bulk else None)


def _process_or_report(article, bulk: bool):
    """(document, None), or (None, message) when the article cannot be read or a step fails on it:
    in a long collection one article's failure costs that article, not the whole run."""
    from .errors import InputError

    try:
        return process_article(article, bulk), None
    except InputError as e:
        return None, str(e)
    except Exception as e:  # noqa: BLE001 - a bug on one article must not lose the other thousand
        from .pipeline import internal_error_message

        return None, internal_error_message(article.source, e)


def _process_in_worker(job):
    """Run in a worker process: the document without its spaCy parse (too costly to send back)."""
    doc, message = _process_or_report(*job)
    if doc is not None:
        doc.parsed = None
    return doc, message


def process_many(articles: list, workers: int = 1, bulk: bool = False,
                 progress: Callable[[int, int, str], None] | None = None) -> tuple[list, list[str]]:
    """(documents, messages) for many articles, in their order, on `workers` processes.

    With several workers the documents come back without their spaCy parse (doc.parsed is None).
    An article that fails is left out with a message; the others are still processed.
    """
    import multiprocessing

    articles = list(articles)
    documents, messages = [], []
    n = len(articles)
    if workers <= 1 or n < 2:
        for i, article in enumerate(articles):
            if progress:
                progress(i, n, article.source)
            doc, message = _process_or_report(article, bulk)
            if doc is not None:
                documents.append(doc)
            else:
                messages.append(message)
        return documents, messages
    methods = multiprocessing.get_all_start_methods()
    # fork shares the loaded spaCy pipeline with the workers; elsewhere each worker loads its own
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    with context.Pool(min(workers, n)) as pool:
        jobs = ((a, bulk) for a in articles)
        for i, (doc, message) in enumerate(pool.imap(_process_in_worker, jobs, chunksize=4)):
            if progress:
                progress(i, n, articles[i].source)
            if doc is not None:
                documents.append(doc)
            else:
                messages.append(message)
    return documents, messages
