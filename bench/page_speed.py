"""The page's time from server start to the Plotly chart visible in Chromium.

    .venv/bin/python bench/page_speed.py [--runs 3]

Each run starts `streamlit run timeline_app.py --server.headless true` on a free loopback
port, opens it in Debian's Chromium through Playwright (never a downloaded browser) and
waits until the chart (`.js-plotly-plot` or `[data-testid=stPlotlyChart]`) is visible.
Timed from the server's process start; Chromium is launched once, before the runs.
"""
from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import APP_PYTHON, OUT, ROOT, free_port, machine_facts, median, write_section  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
CHART = ".js-plotly-plot, [data-testid=stPlotlyChart]"
APP = ROOT / "timeline_app.py"


def start_server(port: int) -> subprocess.Popen:
    python = str(APP_PYTHON if APP_PYTHON.exists() else sys.executable)
    command = [python, "-m", "streamlit", "run", str(APP), "--server.headless", "true", "--server.port", str(port),
               "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"]
    return subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)


def stop_server(server: subprocess.Popen) -> None:
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGTERM)  # the session started for this server only
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()


def wait_healthy(port: int, server: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"streamlit exited {server.returncode}: {server.stderr.read().decode()[-500:]}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1) as answer:
                if answer.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.05)
    raise TimeoutError(f"streamlit did not answer on port {port} within {timeout:.0f} s")


def one_run(browser, screenshot: Path | None = None) -> tuple[float, float, float]:
    """(server answering, chart visible, page open -> chart) in seconds from server start."""
    port = free_port()
    started = time.perf_counter()
    server = start_server(port)
    try:
        wait_healthy(port, server)
        healthy = time.perf_counter() - started
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        page = context.new_page()
        opened = time.perf_counter()
        page.goto(f"http://127.0.0.1:{port}/", wait_until="commit")
        page.wait_for_selector(CHART, state="visible", timeout=120_000)
        visible = time.perf_counter()
        if screenshot:
            page.wait_for_timeout(1000)
            page.screenshot(path=str(screenshot), full_page=True)
        context.close()
        return healthy, visible - started, visible - opened
    finally:
        stop_server(server)


def run(runs: int) -> str:
    from playwright.sync_api import sync_playwright

    if not APP.exists():
        raise FileNotFoundError(f"{APP.name} does not exist yet")
    OUT.mkdir(exist_ok=True)
    results = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            for i in range(runs):
                results.append(one_run(browser, OUT / "page.png" if i == 0 else None))
        finally:
            browser.close()
    healthy = [r[0] for r in results]
    visible = [r[1] for r in results]
    from_open = [r[2] for r in results]
    listing = lambda xs: ", ".join(f"{x:.2f}" for x in xs)  # noqa: E731
    return "\n".join([
        "## Page: server start to chart visible",
        "",
        machine_facts(),
        "",
        f"`streamlit run timeline_app.py --server.headless true` on a free loopback port, opened in "
        f"{CHROMIUM} (Playwright, headless), waiting for `{CHART}` to be visible; {runs} runs.",
        "",
        "| measure | median | runs |",
        "|---|---|---|",
        f"| server start -> chart visible | **{median(visible):.2f} s** | {listing(visible)} |",
        f"| server start -> server answers /_stcore/health | {median(healthy):.2f} s | {listing(healthy)} |",
        f"| page opened -> chart visible | {median(from_open):.2f} s | {listing(from_open)} |",
        "",
        "Reproduce: `.venv/bin/python bench/page_speed.py` (screenshot of the first run: bench/out/page.png).",
    ])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Page time from server start to chart visible.")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-report", action="store_true")
    args = parser.parse_args(argv)
    body = run(args.runs)
    print(body)
    if not args.no_report:
        write_section("page-speed", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
