"""Run every benchmark that can run here and rewrite bench/REPORT.md.

    .venv/bin/python bench/run_all.py [--only NAME...] [--skip NAME...] [--quick]

Each benchmark runs in its own process (so one core pinning or a crash stays there) and
writes its own section. A benchmark that cannot run gets a section saying why; with
--only/--skip, the sections not run keep their figures from the earlier report.
The peers comparison runs in bench/.venv-peers, made by `bash bench/setup_peers.sh` (run
here when it is missing, unless --no-setup).
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import APP_PYTHON, BENCH, REPORT, REPORT_HEAD, ROOT, machine_facts, write_section  # noqa: E402

PEERS_PYTHON = BENCH / ".venv-peers" / "bin" / "python"

# name: (script, quick arguments, python) in report order
BENCHMARKS = {
    "peers": ("peers.py", ["--reuse-heideltime"], PEERS_PYTHON),
    "tagger-speed": ("tagger_speed.py", ["--passes", "3"], APP_PYTHON),
    "extract-speed": ("extract_speed.py", ["--warm", "5", "--cold", "3"], APP_PYTHON),
    "page-speed": ("page_speed.py", ["--runs", "2"], APP_PYTHON),
    "many-articles": ("many_articles.py", ["--limit", "100"], APP_PYTHON),
}


def old_sections() -> dict[str, str]:
    if not REPORT.exists():
        return {}
    text = REPORT.read_text(encoding="utf-8")
    return {m.group(1): m.group(2) for m in re.finditer(r"<!-- begin (\S+) -->\n(.*?)\n<!-- end \1 -->", text, re.S)}


def run_one(name: str, quick: bool, setup_peers: bool = True) -> tuple[bool, str]:
    script, quick_args, python = BENCHMARKS[name]
    if name == "peers" and not Path(python).exists() and setup_peers:
        print("(making bench/.venv-peers with bash bench/setup_peers.sh)", end=" ", flush=True)
        subprocess.run(["bash", str(BENCH / "setup_peers.sh")], cwd=ROOT, capture_output=True)
    if not Path(python).exists():
        hint = "bash bench/setup_peers.sh" if name == "peers" else "make test"
        return False, f"{python.relative_to(ROOT)} does not exist (run `{hint}` first)"
    command = [str(python), str(BENCH / script)] + (quick_args if quick else [])
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    took = time.perf_counter() - started
    if done.returncode != 0:
        last = [line for line in done.stderr.strip().splitlines() if line.strip()][-1:] or ["no message"]
        return False, f"exited {done.returncode} after {took:.0f} s: {last[0][:300]}"
    return True, f"done in {took:.0f} s"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run the benchmarks and rewrite bench/REPORT.md.")
    parser.add_argument("--only", nargs="+", choices=list(BENCHMARKS), default=None)
    parser.add_argument("--skip", nargs="+", choices=list(BENCHMARKS), default=[])
    parser.add_argument("--no-setup", action="store_true",
                        help="do not make bench/.venv-peers when it is missing (the peers are then not measured)")
    parser.add_argument("--quick", action="store_true",
                        help="fewer repeats, 100 Timeline17 articles, HeidelTime outputs reused when cached")
    args = parser.parse_args(argv)
    chosen = [n for n in (args.only or list(BENCHMARKS)) if n not in args.skip]

    earlier = old_sections()
    REPORT.write_text(REPORT_HEAD, encoding="utf-8")
    for name in BENCHMARKS:  # keep the report's order; sections not run keep their old text
        if name not in chosen and name in earlier:
            write_section(name, earlier[name])
        elif name in chosen:
            write_section(name, f"## {name}\n\n(running)")
    failed = 0
    for name in chosen:
        print(f"{name} ...", end=" ", flush=True)
        ok, message = run_one(name, args.quick, setup_peers=not args.no_setup)
        print(message, flush=True)
        if not ok:
            failed += 1
            write_section(name, f"## {name}\n\n{machine_facts()}\n\nNot measured: {message}.")
    given = " ".join(argv if argv is not None else sys.argv[1:])
    print(f"\n{REPORT.relative_to(ROOT)} rewritten; reproduce with: .venv/bin/python bench/run_all.py {given}".rstrip())
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
