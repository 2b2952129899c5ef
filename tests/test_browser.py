"""The page in real Chromium: the server as a user starts it, a click on the filter, a real download.

Uses Debian's /usr/bin/chromium through Playwright (no browser download); `make test` installs it.
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from timeline.export import read_csv

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
START_TIMEOUT_S = 120
CHART_TIMEOUT_MS = 180_000  # the first page view loads spaCy's English pipeline

pytestmark = pytest.mark.skipif(not os.path.exists(CHROMIUM),
                                reason=f"{CHROMIUM} is absent: install Debian's chromium (make test does)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server_url(tmp_path_factory):
    """`streamlit run timeline_app.py` from the repository root on a free loopback port; always stopped."""
    port = free_port()
    log_path = tmp_path_factory.mktemp("streamlit") / "server.log"
    with open(log_path, "w") as log:
        server = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "timeline_app.py", "--server.headless", "true",
             "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"],
            cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"streamlit did not start:\n{log_path.read_text()[-2000:]}")
            time.sleep(0.3)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def page(browser, server_url):
    """A fresh browser session on the page, once the chart is drawn."""
    context = browser.new_context(accept_downloads=True, viewport={"width": 1400, "height": 1100})
    try:
        page = context.new_page()
        page.goto(server_url)
        page.locator(".js-plotly-plot .main-svg").first.wait_for(timeout=CHART_TIMEOUT_MS)
        yield page
    finally:
        context.close()


def wait_for_run_end(page) -> None:
    """Streamlit redraws the page element by element: wait until the script run is over."""
    page.locator('[data-testid="stApp"][data-test-script-state="notRunning"]').wait_for(timeout=60_000)


def pick_actor(page, name: str) -> None:
    box = page.get_by_test_id("stSidebar").get_by_test_id("stMultiSelect").filter(has_text="Actors")
    box.click()
    option = page.get_by_role("option", name=f"{name} (", exact=False).first
    option.click()
    page.keyboard.press("Escape")


def test_pick_an_actor_and_download_exactly_their_events(page, tmp_path):
    headings = page.get_by_test_id("stHeading")
    assert headings.filter(has_text="8 events").count() == 1

    pick_actor(page, "Russia")
    shown = headings.filter(has_text="of 8 events")
    shown.wait_for(timeout=60_000)
    wait_for_run_end(page)
    n_shown = int(shown.inner_text().split()[0])
    assert 0 < n_shown < 8
    page.locator(".js-plotly-plot .main-svg").first.wait_for()

    with page.expect_download(timeout=60_000) as download_info:
        page.get_by_role("button", name="Download CSV").click()
    download = download_info.value
    assert download.suggested_filename == "timeline.csv"
    path = tmp_path / "timeline.csv"
    download.save_as(path)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM, for spreadsheets
    rows = read_csv(data)
    assert len(rows) == n_shown
    assert all("Russia" in actors for actors in rows["actors"])


def download_csv(page, tmp_path, name: str):
    with page.expect_download(timeout=60_000) as download_info:
        page.get_by_role("button", name="Download CSV").click()
    path = tmp_path / name
    download_info.value.save_as(path)
    return read_csv(path.read_bytes())


def test_a_correction_typed_in_the_table_is_kept_through_filters_and_downloaded(page, tmp_path):
    grid = page.get_by_test_id("stDataFrame").first
    grid.scroll_into_view_if_needed()
    box = grid.bounding_box()
    # The grid is drawn on a canvas: select the first row's first cell (below the header row),
    # move to the "event" column with the keyboard, open its editor and type, as a user would.
    page.mouse.click(box["x"] + 40, box["y"] + 53)
    for _ in range(4):  # date as written -> date (normalized) -> from -> to -> event
        page.keyboard.press("ArrowRight")
    page.keyboard.press("Enter")  # opens the cell editor
    editor = page.locator("#portal textarea, #portal input").first
    editor.wait_for(timeout=10_000)
    editor.fill("Treaty signed in Ottawa (checked)")
    page.keyboard.press("Enter")
    page.get_by_text("1 event corrected by you").wait_for(timeout=60_000)
    wait_for_run_end(page)

    rows = download_csv(page, tmp_path, "all.csv")
    assert rows["summary"].iloc[0] == "Treaty signed in Ottawa (checked)"
    assert rows["date_value"].iloc[0] == "1997-12-03"

    pick_actor(page, "Ottawa Treaty")
    page.get_by_test_id("stHeading").filter(has_text="of 8 events").wait_for(timeout=60_000)
    wait_for_run_end(page)
    rows = download_csv(page, tmp_path, "treaty.csv")
    assert "Treaty signed in Ottawa (checked)" in rows["summary"].tolist()
    assert all("Ottawa Treaty" in actors for actors in rows["actors"])
