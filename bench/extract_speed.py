"""How long extraction takes: the sample article warm and cold, and throughput on TimeBank.

    .venv/bin/python bench/extract_speed.py

- Warm: `timeline.extract_events` on seeds/us-mines-ukraine.txt, repeated in one process
  after a first call (which loads spaCy; its time is given apart).
- Cold: `python -m timeline extract seeds/us-mines-ukraine.txt --format json` as a new
  process each time, interpreter start and imports included.
- Throughput: `extract_events(text, published=creation date)` over the 183 TimeBank
  texts, one core, words per second end to end (tagger, spaCy, actors, events, frame).
"""
from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import APP_PYTHON, ROOT, TEMPEVAL3, fmt_int, machine_facts, median, write_section  # noqa: E402
from tagger_speed import pin_to_one_core  # noqa: E402

SAMPLE = ROOT / "seeds" / "us-mines-ukraine.txt"


def timed(fn, *args, **kwargs):
    started = time.perf_counter()
    result = fn(*args, **kwargs)
    return time.perf_counter() - started, result


def warm_sample(repeats: int) -> tuple[float, float, int]:
    from timeline import extract_events

    text = SAMPLE.read_text(encoding="utf-8")
    first, frame = timed(extract_events, text, source=SAMPLE.name)
    times = [timed(extract_events, text, source=SAMPLE.name)[0] for _ in range(repeats)]
    return first, median(times), len(frame)


def cold_sample(repeats: int) -> tuple[float, list[float]]:
    python = str(APP_PYTHON if APP_PYTHON.exists() else sys.executable)
    command = [python, "-m", "timeline", "extract", str(SAMPLE.relative_to(ROOT)), "--format", "json"]
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
        times.append(time.perf_counter() - started)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} exited {done.returncode}: {done.stderr.strip()[-300:]}")
    return median(times), times


def timebank_throughput() -> tuple[int, int, int, float]:
    from timeline import extract_events
    from timeline.errors import InputError
    from timeline.evaluate import read_corpus

    documents = read_corpus(TEMPEVAL3 / "timebank")
    extract_events("Warm-up: the talks began on March 3, 1997 in Geneva.", published=dt.date(1997, 3, 20))
    seconds, events = 0.0, 0
    for d in documents:
        try:
            t, frame = timed(extract_events, d.text, published=d.dct, source=d.name)
        except InputError:
            continue
        seconds += t
        events += len(frame)
    return len(documents), sum(d.words for d in documents), events, seconds


def run(warm_repeats: int, cold_repeats: int) -> str:
    pinned = pin_to_one_core()
    first, warm, n_events = warm_sample(warm_repeats)
    cold, cold_times = cold_sample(cold_repeats)
    n_docs, n_words, tb_events, tb_seconds = timebank_throughput()
    sample_words = len(SAMPLE.read_text(encoding="utf-8").split())
    return "\n".join([
        "## Extraction speed",
        "",
        machine_facts() + f" Process {pinned} (the cold runs' child processes inherit it).",
        "",
        f"Sample article `seeds/{SAMPLE.name}` ({sample_words} words, {n_events} events):",
        "",
        "| measure | median |",
        "|---|---|",
        f"| warm: `extract_events` in process, {warm_repeats} repeats | **{warm * 1000:,.0f} ms** |",
        f"| cold: `python -m timeline extract seeds/{SAMPLE.name} --format json`, new process, {cold_repeats} runs "
        f"| **{cold:.2f} s** (runs: {', '.join(f'{t:.2f}' for t in cold_times)}) |",
        f"| first call in a fresh process (loads spaCy's pipeline) | {first:.2f} s |",
        "",
        f"**End-to-end throughput on TimeBank**: {n_docs} texts, {fmt_int(n_words)} words, {fmt_int(tb_events)} "
        f"events in {tb_seconds:.1f} s = **{fmt_int(n_words / tb_seconds)} words/s** "
        "(`extract_events` with the creation date as publication date, one core, warm).",
        "",
        "Reproduce: `.venv/bin/python bench/extract_speed.py`.",
    ])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Extraction speed: sample warm and cold, TimeBank throughput.")
    parser.add_argument("--warm", type=int, default=10, help="warm repeats")
    parser.add_argument("--cold", type=int, default=5, help="cold runs")
    parser.add_argument("--no-report", action="store_true")
    args = parser.parse_args(argv)
    body = run(args.warm, args.cold)
    print(body)
    if not args.no_report:
        write_section("extract-speed", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
