"""What every benchmark shares: paths, machine facts, and rewriting its own section of REPORT.md.

Each benchmark owns one section of bench/REPORT.md, between
``<!-- begin NAME -->`` and ``<!-- end NAME -->``; running it alone replaces that
section and keeps the others, so the report always holds the latest figures of each.
"""
from __future__ import annotations

import datetime as dt
import os
import platform
import re
import socket
import statistics
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
DATA = (ROOT / ".." / "shared" / "data").resolve()
TEMPEVAL3 = DATA / "tempeval3"
REPORT = BENCH / "REPORT.md"
OUT = BENCH / "out"  # scratch files and caches, not committed
APP_PYTHON = ROOT / ".venv" / "bin" / "python"

if str(ROOT) not in sys.path:  # run as `python bench/x.py` from anywhere
    sys.path.insert(0, str(ROOT))

REPORT_HEAD = """# Benchmarks

Written by the scripts in `bench/`: `.venv/bin/python bench/run_all.py` (or `make bench`) rewrites
every section, each script alone rewrites its own, and each section names the command that
reproduces it. The peer taggers live in their own venv, `bench/.venv-peers`, made by
`bash bench/setup_peers.sh` from `bench/requirements-peers.txt`; it sees the app's `.venv`, so
the app's pins are the ones measured. Figures come from a shared 2-core machine on which other
work may run at the same time: each section gives the load average when it was measured.
"""


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def machine_facts() -> str:
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    now = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return (f"Measured {now} on {os.cpu_count()} cores ({cpu_model()}), Python {platform.python_version()}, "
            f"load average {load}.")


def write_section(name: str, body: str) -> None:
    """Replace (or append) the section NAME of REPORT.md with `body`."""
    begin, end = f"<!-- begin {name} -->", f"<!-- end {name} -->"
    block = f"{begin}\n{body.strip()}\n{end}"
    text = REPORT.read_text(encoding="utf-8") if REPORT.exists() else REPORT_HEAD
    pattern = re.compile(re.escape(begin) + r".*?" + re.escape(end), re.S)
    if pattern.search(text):
        text = pattern.sub(lambda _: block, text)
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    REPORT.write_text(text, encoding="utf-8")


def median(values) -> float:
    return statistics.median(values)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def words(text: str) -> int:
    return len(text.split())


def fmt_int(x: float) -> str:
    return f"{x:,.0f}"
