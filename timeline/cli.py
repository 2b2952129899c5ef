"""The command line: ``python -m timeline extract ...`` and ``python -m timeline tag ...``.

Problems with the input are one line each on stderr and a non-zero exit; everything that
could be read is still processed and written.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys

from .errors import InputError
from .temporal.engine import LANGUAGES
from .ingest import HTML_SUFFIXES, MAX_COLLECTION_BYTES, TEXT_SUFFIXES, Article, read_jsonl, read_path

EXIT_INPUT_PROBLEM = 1


def _date(s: str) -> dt.date:
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{s!r} is not a date like 2024-11-20") from None


def _jsonl_articles(path: str, problems: list[str]) -> list[Article]:
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_COLLECTION_BYTES + 1)
        articles, bad_lines = read_jsonl(os.path.basename(path), data)
    except OSError as e:
        problems.append(f"{path}: cannot be read ({e.strerror}).")
        return []
    except InputError as e:
        problems.append(str(e))
        return []
    problems += bad_lines
    return articles


def read_inputs(paths: list[str], problems: list[str]) -> list[Article]:
    """Files, folders (their .txt, .md and .html files) and JSONL collections of articles."""
    articles: list[Article] = []
    for path in paths:
        if os.path.isdir(path):
            names = sorted(
                os.path.join(root, f) for root, _, files in os.walk(path) for f in files
                if f.lower().endswith(TEXT_SUFFIXES + HTML_SUFFIXES + (".jsonl",)))
            if not names:
                problems.append(f"{path}: the folder has no .txt, .md, .html or .jsonl files.")
            articles += read_inputs(names, problems)
        elif path.lower().endswith(".jsonl"):
            articles += _jsonl_articles(path, problems)
        else:
            try:
                article = read_path(path)
            except InputError as e:
                problems.append(str(e))
                continue
            # A path keeps folder names apart ("2011-03-01/1.txt"), a bare name is shorter to read.
            article.source = path if len(paths) > 1 and os.sep in path else article.source
            articles.append(article)
    return articles


def cmd_extract(args) -> int:
    from .export import to_csv, to_json
    from .pipeline import build_timeline

    problems: list[str] = []
    articles = read_inputs(args.files, problems)
    if args.published:
        for a in articles:
            a.published, a.published_basis = args.published, "given"

    def progress(i, n, source):
        if args.progress and n > 1:
            print(f"\r{i}/{n} articles", end="" if i < n else "\n", file=sys.stderr, flush=True)

    result = build_timeline(articles, progress=progress, workers=args.workers, bulk=args.bulk)
    # what an article's reading says of it ("no dated events found", "a long text ...") is a note, not
    # a failure: the output is complete, so the exit status stays 0 for it
    notes = {w for doc in result.documents for w in doc.warnings}
    problems += [m for m in result.messages if m not in notes]
    events = result.events
    if args.merge or args.key_events:
        from .corpus import key_events, merge_events

        events = merge_events(events)
        if args.key_events:
            events = key_events(events, args.key_events)
    data = to_json(events) if args.format == "json" else to_csv(events)
    if args.output:
        try:
            with open(args.output, "wb") as f:
                f.write(data)
        except OSError as e:
            problems.append(f"{args.output}: cannot be written ({e.strerror}); nothing was saved.")
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    for p in problems:
        print(f"timeline: {p}", file=sys.stderr)
    for n in (m for m in result.messages if m in notes):
        print(f"timeline: note: {n}", file=sys.stderr)
    return EXIT_INPUT_PROBLEM if problems else 0


def _tag_text(text: str, dct: dt.date | None, lang: str) -> list[dict]:
    from .temporal import tag

    fields = ("start", "end", "text", "type", "value", "mod")
    out = []
    for t in tag(text, dct, lang=lang):
        obj = {k: getattr(t, k) for k in fields}
        if t.point is not None:  # "[three days] later": the day it places an event on
            obj["point"] = {k: getattr(t.point, k) for k in fields}
        for k in ("quant", "freq"):  # a recurrence's TimeML attributes: "every other Thursday" is EVERY, 2W
            if getattr(t, k, ""):
                obj[k] = getattr(t, k)
        out.append(obj)
    return out


def _read_text(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    with open(path, encoding="utf-8") as f:
        return f.read()


def cmd_tag(args) -> int:
    try:
        text = _read_text(args.file)
    except (OSError, UnicodeDecodeError) as e:
        print(f"timeline: {args.file}: cannot be read as UTF-8 text ({getattr(e, 'strerror', None) or e}).",
              file=sys.stderr)
        return EXIT_INPUT_PROBLEM
    out = sys.stdout
    if not args.jsonl:
        for obj in _tag_text(text, args.dct, args.lang):
            out.write(json.dumps(obj, ensure_ascii=False) + "\n")
        return 0
    problems = 0
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            doc = json.loads(line)
            body = doc["text"]
            dct = dt.date.fromisoformat(doc["dct"][:10]) if doc.get("dct") else args.dct
            if not isinstance(body, str):
                raise TypeError
        except (json.JSONDecodeError, KeyError, TypeError, ValueError, AttributeError):
            print(f"timeline: line {n}: not an object with 'id', a 'text' string and an optional ISO 'dct'.",
                  file=sys.stderr)
            problems += 1
            continue
        out.write(json.dumps({"id": doc.get("id", n), "timexes": _tag_text(body, dct, args.lang)},
                             ensure_ascii=False) + "\n")
    return EXIT_INPUT_PROBLEM if problems else 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m timeline", description="Dated events from news articles.")
    sub = p.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="events of one or many articles as CSV or JSON")
    ex.add_argument("files", nargs="+", metavar="FILE",
                    help=".txt, .md or .html files, folders of them, or .jsonl collections")
    ex.add_argument("--published", type=_date, help="publication date of every article (YYYY-MM-DD)")
    ex.add_argument("--format", choices=["csv", "json"], default="csv")
    ex.add_argument("-o", "--output", help="write here instead of standard output")
    ex.add_argument("--progress", action="store_true", help="show progress on stderr")
    ex.add_argument("--merge", action="store_true",
                    help="one row per event reported by several articles (adds sources, source_count, date_conflict)")
    ex.add_argument("--key-events", type=int, metavar="N", help="only the N events most articles report (merges)")
    ex.add_argument("--workers", type=int, default=1, help="processes to use for many articles (default 1)")
    ex.add_argument("--bulk", action="store_true",
                    help="parse only the lines that hold a date: about 3x faster on large collections")
    ex.set_defaults(run=cmd_extract)
    tg = sub.add_parser("tag", help="temporal expressions, one JSON object per line")
    tg.add_argument("file", nargs="?", default="-", metavar="FILE|-")
    tg.add_argument("--dct", type=_date, help="document creation (publication) date, YYYY-MM-DD")
    tg.add_argument("--lang", default="en", choices=LANGUAGES, help="language of the text")
    tg.add_argument("--jsonl", action="store_true",
                    help="read one JSON object per line (id, text, optional dct), write id and timexes")
    tg.set_defaults(run=cmd_tag)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.run(args)
    except InputError as e:
        print(f"timeline: {e}", file=sys.stderr)
        return EXIT_INPUT_PROBLEM
    except BrokenPipeError:  # `... | head` closed the pipe: not an error
        return 0
