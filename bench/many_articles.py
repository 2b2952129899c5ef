"""Articles per second end to end on the 1,160 Timeline17 articles (issue 4), one core and both.

    .venv/bin/python bench/many_articles.py [--limit N]

Input: ../shared/data/timeline17_subset/<collection>/InputDocs/<date>/<n>.htm.txt, each an
Article with its folder's date as publication date (test data: only timed here, never tuned on).
- One core: `build_timeline(articles)` in this process, pinned to one CPU, spaCy loaded first.
- Both cores: `build_timeline(articles, workers=2)` when the library offers a `workers`
  option; otherwise two processes (fork), each running `build_timeline` on every other
  article, so the figure then leaves out the cross-article merge and says so.
"""
from __future__ import annotations

import argparse
import datetime as dt
import inspect
import multiprocessing
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import DATA, fmt_int, machine_facts, write_section  # noqa: E402

T17 = DATA / "timeline17_subset"


def load_articles(limit: int | None = None):
    from timeline.ingest import Article

    articles = []
    for path in sorted(T17.glob("*/InputDocs/*/*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        published = dt.date.fromisoformat(path.parent.name)
        articles.append(Article(text, str(path.relative_to(T17)), published))
    return articles[:limit] if limit else articles


def _warm_up() -> None:
    from timeline import extract_events

    extract_events("Warm-up: the talks began on March 3, 1997 in Geneva.", published=dt.date(1997, 3, 20))


def _build_part(part):
    from timeline import build_timeline

    started = time.perf_counter()
    result = build_timeline(part)
    return time.perf_counter() - started, len(result.events)


def one_core(articles) -> tuple[float, int, float]:
    from timeline import build_timeline

    cpus = sorted(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpus[-1]})
    try:
        started = time.perf_counter()
        _warm_up()
        load = time.perf_counter() - started
        started = time.perf_counter()
        result = build_timeline(articles)
        return time.perf_counter() - started, len(result.events), load
    finally:
        os.sched_setaffinity(0, set(cpus))


def both_cores(articles) -> tuple[float, int, str]:
    from timeline import build_timeline

    if "workers" in inspect.signature(build_timeline).parameters:
        started = time.perf_counter()
        result = build_timeline(articles, workers=2)
        return time.perf_counter() - started, len(result.events), "`build_timeline(articles, workers=2)`"
    parts = [articles[0::2], articles[1::2]]
    context = multiprocessing.get_context("fork")  # children share the loaded pipeline
    started = time.perf_counter()
    with context.Pool(2) as pool:
        results = pool.map(_build_part, parts)
    elapsed = time.perf_counter() - started
    how = ("two forked processes, each `build_timeline` on half the articles (the library has no parallel "
           "option yet; the cross-article merge is not included)")
    return elapsed, sum(n for _, n in results), how


def run(limit: int | None, modes: list[str]) -> str:
    articles = load_articles(limit)
    n_words = sum(len(a.text.split()) for a in articles)
    lines = [
        "## Many articles: Timeline17 subset end to end",
        "",
        machine_facts(),
        "",
        f"{len(articles):,} articles, {fmt_int(n_words)} words (`../shared/data/timeline17_subset`, publication date "
        "from each article's folder).",
        "",
        "| run | seconds | articles/s | words/s | events | how |",
        "|---|---|---|---|---|---|",
    ]
    _warm_up()  # forked children inherit the loaded pipeline
    if "one" in modes:
        seconds, events, load = one_core(articles)
        lines.append(f"| one core | {seconds:.1f} | **{len(articles) / seconds:.1f}** | {fmt_int(n_words / seconds)} "
                     f"| {fmt_int(events)} | `build_timeline(articles)` pinned to one CPU, pipeline loaded first |")
    if "both" in modes:
        seconds, events, how = both_cores(articles)
        lines.append(f"| both cores | {seconds:.1f} | **{len(articles) / seconds:.1f}** | {fmt_int(n_words / seconds)} "
                     f"| {fmt_int(events)} | {how} |")
    target = "the issue's target: the 1,160 articles in under 60 s on both cores"
    lines += ["", f"For {target}.", "",
              "Reproduce: `.venv/bin/python bench/many_articles.py" + (f" --limit {limit}" if limit else "") + "`."]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Articles per second on Timeline17, one core and both.")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles (quick check)")
    parser.add_argument("--modes", nargs="+", default=["one", "both"], choices=["one", "both"])
    parser.add_argument("--no-report", action="store_true")
    args = parser.parse_args(argv)
    body = run(args.limit, args.modes)
    print(body)
    if not args.no_report:
        write_section("many-articles", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
