"""How fast the temporal tagger is, on one core, in process.

    .venv/bin/python bench/tagger_speed.py

1. Throughput: words per second over the 183 TimeBank texts (each with its creation date),
   the median of several passes after a warm-up.
2. Growth: tagging time of synthetic news text from 10 KB to 1 MB (sentences written for
   this benchmark), to show that time grows linearly with length (1 MB must take < 2 s).
3. Adversarial input: 100 KB of text built to make patterns backtrack (long runs of
   digits, month names, numbers, hyphens, "the end of"): each must take about as long
   per KB as ordinary text.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import TEMPEVAL3, fmt_int, machine_facts, median, write_section  # noqa: E402

# Sentences written for this benchmark: the kinds of dates news carries, and plain filler.
SENTENCES = [
    "The ministry said on Tuesday that the talks would resume next month in Geneva.",
    "The treaty was signed on December 3, 1997 and ratified in 2005 by the parliament.",
    "Prices rose 3.5 percent in the third quarter of 2023, after a weak first half of the year.",
    "Two years ago the company employed 2,500 people at 14 sites along Route 66.",
    "At the end of October 2023 the council met again, for the first time since mid-2021.",
    "Officials expect the report by 11/20/2024, or at the latest early next year.",
    "The festival runs every Sunday from 10 a.m. until late in the evening.",
    "He may return in March, the spokesman said, although nothing has been decided yet.",
    "For three weeks the roads were closed; traffic resumed on 27.07.2023 at noon.",
    "The committee has met 300 times since the 1990s and will meet again this spring.",
    "Nothing in this sentence refers to any date at all, apart from its ordinary words.",
    "The election, held last November, gave the coalition a narrow majority of 12 seats.",
]

# (language, unit): units built to make patterns backtrack or scans repeat, each repeated to a
# given size. Those after the first seven were found by an adversarial tester (one line of a
# megabyte with a clock every few words made the heading-clock scan quadratic; an optional
# thousands separator let the Russian number pattern split "123 123 ..." every way; "the period"
# looked 3,000 characters back each time).
ADVERSARIAL = {
    "digits without spaces": ("en", "1234567890"),
    "numbers and spaces": ("en", "1 12 123 2024 "),
    "month names": ("en", "March May June "),
    "hyphens and digits": ("en", "2014-2015-2016-"),
    "'the end of'": ("en", "the end of the "),
    "weekday, month, day, year": ("en", "Monday, November 19, 2024, "),
    "slashes and dots": ("en", "11/20/2024/27.07.2023."),
    "clocks on one line": ("en", "at 10 a.m. "),
    "decades with apostrophes": ("en", "'90s '"),
    "'the period' (looks back for earnings words)": ("en", "the period "),
    "yearless day ranges, dense": ("en", "Nov. 20-21-22-23-"),
    "digit groups (ru)": ("ru", "123 "),
    "digit groups, no-break space (ru)": ("ru", "123\u00a0"),
    "clocks on one line (ru)": ("ru", "в 10:30 мск "),
    "a year, then a long blank gap (ru)": ("ru", "в 2020 году" + " " * 1000 + "— в ноябре "),
    "day ranges (ru)": ("ru", "с 10 по 12 марта и "),
}


def synthetic_text(size: int) -> str:
    """About `size` characters of news-like text from SENTENCES, in paragraphs."""
    parts, length, i = [], 0, 0
    while length < size:
        sentence = SENTENCES[i % len(SENTENCES)]
        parts.append(sentence + ("\n\n" if i % 5 == 4 else " "))
        length += len(parts[-1])
        i += 1
    return "".join(parts)[:size]


def repeated(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def pin_to_one_core() -> str:
    try:
        cpus = sorted(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpus[-1]})
        return f"pinned to CPU {cpus[-1]}"
    except (AttributeError, OSError):
        return "not pinned (no sched_setaffinity)"


def timed(fn, *args) -> float:
    started = time.perf_counter()
    fn(*args)
    return time.perf_counter() - started


def run(passes: int = 5) -> str:
    from timeline.evaluate import read_corpus
    from timeline.temporal import tag

    pinned = pin_to_one_core()
    tag("Warm-up: on Tuesday, March 3, 1997, two weeks ago.", dt.date(1997, 3, 20))

    documents = read_corpus(TEMPEVAL3 / "timebank")
    n_words = sum(d.words for d in documents)
    n_found = sum(len(tag(d.text, d.dct)) for d in documents)

    def one_pass():
        for d in documents:
            tag(d.text, d.dct)

    pass_times = [timed(one_pass) for _ in range(passes)]
    t = median(pass_times)
    lines = [
        "## Temporal tagger speed (one core, in process)",
        "",
        machine_facts() + f" Process {pinned}.",
        "",
        f"**Throughput over TimeBank**: {len(documents)} documents, {fmt_int(n_words)} words, {n_found} expressions "
        f"found; median of {passes} passes {t:.3f} s (fastest {min(pass_times):.3f} s) = "
        f"**{fmt_int(n_words / t)} words/s** (fastest pass {fmt_int(n_words / min(pass_times))} words/s).",
        "",
        "**Growth with length** (synthetic news text written for the benchmark, median of 3 runs):",
        "",
        "| size | words | expressions | seconds | µs per KB |",
        "|---|---|---|---|---|",
    ]
    sizes = [10_000, 30_000, 100_000, 300_000, 1_000_000]
    per_kb = {}
    for size in sizes:
        text = synthetic_text(size)
        found = len(tag(text, dt.date(2024, 11, 20)))
        seconds = median([timed(tag, text, dt.date(2024, 11, 20)) for _ in range(3)])
        per_kb[size] = seconds / (size / 1000) * 1e6
        lines.append(f"| {size // 1000:,} KB | {fmt_int(len(text.split()))} | {fmt_int(found)} | {seconds:.3f} "
                     f"| {per_kb[size]:,.0f} |")
    one_mb = per_kb[1_000_000] * 1000 / 1e6
    ratio = per_kb[1_000_000] / per_kb[10_000]
    lines += [
        "",
        f"1 MB tags in {one_mb:.2f} s ({'under' if one_mb < 2 else 'OVER'} the 2 s limit); time per KB at 1 MB is "
        f"{ratio:.2f}x that at 10 KB (1.0 = perfectly linear).",
        "",
        "**Adversarial input** (one unit repeated to 100 KB and to 300 KB; same date). Dense units are",
        "slower per KB than news because each holds an expression every few words; what must hold is that",
        "time grows with length, not faster (growth 1.0 = linear):",
        "",
        "| repeated unit | lang | expressions per KB | µs per KB at 100 KB | at 300 KB | growth |",
        "|---|---|---|---|---|---|",
    ]
    for name, (lang, unit) in ADVERSARIAL.items():
        small, large = repeated(unit, 100_000), repeated(unit, 300_000)
        found = len(tag(small, dt.date(2024, 11, 20), lang=lang))
        us_small = median([timed(tag, small, dt.date(2024, 11, 20), lang) for _ in range(3)]) / 100 * 1e6
        us_large = timed(tag, large, dt.date(2024, 11, 20), lang) / 300 * 1e6
        lines.append(f"| {name}: `{unit.strip()[:24]!r}` | {lang} | {found / 100:,.1f} | {us_small:,.0f} "
                     f"| {us_large:,.0f} | {us_large / us_small:.2f} |")
    lines += ["", "Reproduce: `.venv/bin/python bench/tagger_speed.py`."]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Temporal tagger speed on one core.")
    parser.add_argument("--passes", type=int, default=5)
    parser.add_argument("--no-report", action="store_true")
    args = parser.parse_args(argv)
    body = run(args.passes)
    print(body)
    if not args.no_report:
        write_section("tagger-speed", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
