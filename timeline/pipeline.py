"""From articles to the events frame: each step reads and adds to one Document.

    boilerplate -> publication date -> dates (temporal tagger) -> actors -> events -> frame
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Callable, Iterable

import pandas as pd

from . import dates, publication
from .document import Document
from .errors import InputError
from .ingest import Article
from .language import detect

EVENT_COLUMNS = [
    "event_id", "date_value", "date_mod", "granularity", "date_start", "date_end", "date_text",
    "summary", "sentence", "actors", "primary_actor", "event_kind", "attributed_to",
    "source", "char_start", "char_end", "publication_date", "publication_date_basis",
]


# Past this length an article is parsed only where it holds dates (the parser's memory grows with the
# text, and spaCy refuses more than 1,000,000 characters at once).
LONG_TEXT_CHARS = 200_000


@dataclass
class TimelineResult:
    events: pd.DataFrame
    documents: list[Document] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)  # one line per problem, for the user


@lru_cache(maxsize=1)
def _boilerplate_patterns() -> list[re.Pattern]:
    lines = resources.files("timeline").joinpath("data", "boilerplate.txt").read_text("utf-8").splitlines()
    return [re.compile(line, re.IGNORECASE) for line in lines if line.strip() and not line.startswith("#")]


def find_boilerplate(text: str) -> list[tuple[int, int]]:
    """Whole lines that are not article content (translation credits, share buttons, copyright)."""
    spans = []
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped and any(p.search(stripped) for p in _boilerplate_patterns()):
            spans.append((offset, offset + len(line)))
        offset += len(line)
    return spans


def _tag(text: str, reference: dt.date | None, latest: bool = False, lang: str = "en"):
    from .temporal import tag  # imported late: the tagger compiles its patterns on first use

    return tag(text, reference, lang=lang, dct_is_latest=latest)


def set_publication_date(doc: Document) -> None:
    """Use the given date, else a dateline, else infer one from the dates the article mentions."""
    unresolved = _tag(doc.text, None, lang=doc.language)
    dateline = publication.header_date(doc.text, unresolved)
    if dateline:
        # the date of writing is not an event, nor the clock time written beside it ("9:52am EST"),
        # nor is its place an actor ("LONDON, March 10, 2019 —")
        start, end = publication.dateline_span(doc.text, dateline)
        for t in unresolved:
            if t.start >= dateline.end and re.fullmatch(r"[ \t,]*(?:at\s+)?", doc.text[dateline.end:t.start]):
                end = max(end, t.end)
        doc.skipped.append((start, end))
    if doc.published is not None:
        doc.publication_basis = doc.publication_basis or "given"
        return
    found = dates.day_of(dateline.value) if dateline else None
    if found is None and dateline is not None:
        # a yearless dateline above a full date line ("Updated: November 4, 2026", a byline's date)
        found = publication.full_header_date(doc.text, unresolved)
    if found:
        doc.published, doc.publication_basis = found, "found"
        return
    # a yearless dateline gives the day; its year is still inferred, from the years the article
    # places its news in: not from a year it looks ahead to, measures from ("since 1990") or that
    # ends a period ("в 2025–2027 годах")
    from .temporal import find_ranges

    period_ends = {id(unresolved[j]) for _, j in find_ranges(doc.text, unresolved, lang=doc.language)}
    inferred = publication.infer(unresolved, publication.yearless_day(dateline),
                                 lambda t: id(t) in period_ends or looks_ahead(doc.text, t, doc.language)
                                 or is_measured_from(doc.text, t),
                                 writes_current_year=_writes_current_year(doc.language))
    if inferred and inferred <= today():
        doc.published, doc.publication_basis = inferred, "inferred"
        return
    doc.publication_basis = ""
    if any("X" in t.value for t in unresolved if t.type in ("DATE", "TIME")):
        # nothing in the text says the year: a pasted news story is most likely recent, so its dates
        # are placed from today (or the dateline's last occurrence) rather than not at all
        day = publication.assumed(publication.yearless_day(dateline), today())
        doc.published, doc.publication_basis = day, "assumed"
        doc.warnings.append(f"{doc.source}: no publication date given, found or inferable, so dates such as "
                            f"'yesterday' or 'November 19' were placed as if it was published on {day.isoformat()}"
                            f"{' (its dateline, in the last year)' if dateline else ' (today)'}; "
                            "set the reference date if it is older.")


def _writes_current_year(lang: str) -> bool:
    """Whether news in this language writes the year of this year's dates (Russian does)."""
    from .temporal.engine import language

    return bool(getattr(language(lang).data, "NEWS_WRITES_CURRENT_YEAR", False))


_MEASURED_FROM = re.compile(r"(?<!\w)(?:since|than|с|чем)\s+$", re.I)


def is_measured_from(text: str, t) -> bool:
    """'the highest turnout since 1990': a year a record is measured from, long before the writing."""
    return _MEASURED_FROM.search(text, max(0, t.start - 8), t.start) is not None


def looks_ahead(text: str, t, lang: str = "en") -> bool:
    """Whether the text speaks of a date as ahead ("is scheduled for May 19, 2026", "until June 2027")."""
    from .temporal.engine import language, tense_near
    from .temporal.resolve import DEADLINE

    return tense_near(language(lang), text, t.start, t.end) in (1, DEADLINE)


def today() -> dt.date:
    """The day an undated article is assumed to be from (a function, so tests can fix it)."""
    return dt.date.today()


def new_document(article: Article) -> Document:
    """The Document an article starts as: its text, source, the date it brings and its language."""
    return Document(article.text, article.source, article.published,
                    article.published_basis if article.published else "", language=detect(article.text))


def own_publication_date(article: Article) -> tuple[dt.date | None, str]:
    """The publication date an article brings itself (its file's, its dateline's, or inferred), with
    the basis: what a date the user set replaces. Tagging only, no parse: cheap enough to ask often."""
    doc = new_document(article)
    set_publication_date(doc)
    return doc.published, doc.publication_basis


def process(article: Article, parse: Callable[[Document], object] | None = None) -> Document:
    """Run every step on one article. ``parse`` may make the spaCy parse in its own way (the bulk
    mode of many-article runs parses only dated lines); the actors step reuses doc.parsed."""
    from .actors import find_actors
    from .events import find_events

    if not article.text or not article.text.strip():
        raise InputError(f"{article.source}: the text is empty; paste an article or upload a file.")
    doc = new_document(article)
    doc.skipped = find_boilerplate(doc.text) + publication.dateline_prefixes(doc.text)
    set_publication_date(doc)
    # a publication date known (given, found in a dateline or the file, or assumed as the latest it
    # can be) is exact: a day told in the past tense is not after it ("visited on 18 July", written
    # on 10 July, is last year's). An inferred date may be off by days, as TimeBank's are.
    exact = doc.publication_basis in ("given", "found", "file", "assumed")
    doc.timexes = _tag(doc.text, doc.published, latest=exact, lang=doc.language)
    if parse is None and len(doc.text) > LONG_TEXT_CHARS:
        from .corpus import parse_dated_lines

        parse = parse_dated_lines
        doc.warnings.append(f"{doc.source}: a long text ({len(doc.text):,} characters): only its lines that hold a "
                            "date were parsed in full, so actors named only in other lines are not seen.")
    if parse is not None:
        doc.parsed = parse(doc)
    find_actors(doc)
    find_events(doc)
    if not doc.events:
        doc.warnings.append(f"{doc.source}: no dated events found in this text.")
    for ev in doc.events:
        if not dates.is_drawable(ev.timex.value) or (ev.until is not None and not dates.is_drawable(ev.until.value)):
            doc.warnings.append(f"{doc.source}: '{ev.timex.text}' ({ev.timex.value}) is outside the years "
                                f"the chart can draw ({dates.FIRST_DRAWABLE_YEAR}–{dates.LAST_DRAWABLE_YEAR}); "
                                "it is listed in the table but not drawn.")
    return doc


def _rows(doc: Document) -> Iterable[dict]:
    published = doc.published.isoformat() if doc.published else ""
    for ev in doc.events:
        t = ev.timex
        value, mod, end = t.value, t.mod or "", t.end
        if ev.until is not None:  # a period: an ISO 8601 interval, "2014/2016", each end with its modifier
            value = dates.interval(t.value, ev.until.value)
            mod = dates.interval(t.mod, ev.until.mod) if (t.mod or ev.until.mod) else ""
            end = ev.until.end
        granularity, date_start, date_end = dates.frame_columns(value, mod)
        yield {
            "event_id": f"{doc.source}#{t.start}",
            "date_value": value,
            "date_mod": mod,
            "granularity": granularity,
            "date_start": date_start,
            "date_end": date_end,
            "date_text": doc.text[t.start:end],
            "summary": ev.summary,
            "sentence": ev.sentence,
            "actors": list(ev.actors),
            "primary_actor": ev.primary_actor,
            "event_kind": ev.kind,
            "attributed_to": ev.attributed_to,
            "source": doc.source,
            "char_start": t.start,
            "char_end": end,
            "publication_date": published,
            "publication_date_basis": doc.publication_basis,
        }


def to_frame(docs: Iterable[Document]) -> pd.DataFrame:
    rows = [row for doc in docs for row in _rows(doc)]
    frame = pd.DataFrame(rows, columns=EVENT_COLUMNS)
    if not frame.empty:
        # by year first, so that undrawable dates ("44 BC", "1066") still stand in their place in time
        frame["_year"] = [dates.year_of(v) if dates.year_of(v) is not None else 10 ** 6 for v in frame.date_value]
        frame = frame.sort_values(["_year", "date_start", "date_value", "source", "char_start"], kind="stable")
        frame = frame.drop(columns="_year").reset_index(drop=True)
    frame["char_start"] = frame["char_start"].astype("int64")
    frame["char_end"] = frame["char_end"].astype("int64")
    return frame


def internal_error_message(source: str, error: Exception) -> str:
    return (f"{source}: left out because of an internal error ({type(error).__name__}: {str(error)[:120]}); "
            "this is a bug in Timeline, not in the article: please report it.")


def build_timeline(articles: Iterable[Article],
                   progress: Callable[[int, int, str], None] | None = None,
                   workers: int = 1, bulk: bool = False) -> TimelineResult:
    """One timeline from many articles; a bad article is reported and the others still processed.

    workers > 1 runs the articles on that many processes (the documents then come back without
    their spaCy parse); bulk parses only the lines that hold a date, about three times faster on
    long collections (see timeline.corpus.process_many)."""
    articles = list(articles)
    documents: list[Document] = []
    messages: list[str] = []
    if workers > 1 or bulk:
        from .corpus import process_many

        documents, messages = process_many(articles, workers, bulk, progress)
    else:
        for i, article in enumerate(articles):
            if progress:
                progress(i, len(articles), article.source)
            try:
                documents.append(process(article))
            except InputError as e:
                messages.append(str(e))
            except Exception as e:  # a bug of ours must not cost the user the rest of the collection
                messages.append(internal_error_message(article.source, e))
    from .actors import unify_actors

    unify_actors(documents)  # one name per actor across articles
    frame = to_frame(documents)
    messages += [w for doc in documents for w in doc.warnings]
    if progress:
        progress(len(articles), len(articles), "")
    return TimelineResult(frame, documents, messages)


def extract_events(text: str, published: dt.date | str | None = None, source: str | None = None) -> pd.DataFrame:
    """The dated events of one article as a frame (see EVENT_COLUMNS); problems raise InputError."""
    if isinstance(published, str):
        try:
            published = dt.date.fromisoformat(published)
        except ValueError:
            raise InputError(f"publication date {published!r} is not a date like 2024-11-20.") from None
    from .actors import unify_actors

    doc = process(Article(text, source or "text", published))
    unify_actors([doc])  # as for a collection: "Putin" is Vladimir Putin when nobody else is so named
    return to_frame([doc])
