"""The Streamlit page, driven headless with streamlit.testing.v1.AppTest on the real pipeline."""
from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.testing.v1 import AppTest

from timeline.export import read_csv

ROOT = Path(__file__).resolve().parents[1]
APP = str(ROOT / "timeline_app.py")
SAMPLE_TEXT = (ROOT / "seeds" / "us-mines-ukraine.txt").read_text("utf-8")
RUN_TIMEOUT = 180  # the first run loads spaCy's English pipeline


@pytest.fixture
def downloads(monkeypatch) -> dict[str, bytes]:
    """The bytes the page hands to its download buttons, by file name: what a browser would save."""
    saved: dict[str, bytes] = {}
    add = MediaFileManager.add

    def recording_add(self, path_or_data, mimetype, coordinates, file_name=None, is_for_static_download=False):
        if is_for_static_download:
            saved[file_name] = path_or_data
        return add(self, path_or_data, mimetype, coordinates, file_name=file_name,
                   is_for_static_download=is_for_static_download)

    monkeypatch.setattr(MediaFileManager, "add", recording_add)
    return saved


def run(at_or_widget) -> AppTest:
    """Run the page (after setting a widget's value) and check it raised nothing."""
    at = at_or_widget.run(timeout=RUN_TIMEOUT)
    assert not at.exception, [e.value for e in at.exception]
    return at


@pytest.fixture
def page() -> AppTest:
    return run(AppTest.from_file(APP, default_timeout=RUN_TIMEOUT))


def table(at: AppTest):
    return at.data_editor[0].value


def messages(at: AppTest) -> str:
    return "\n".join(m.value for m in [*at.warning, *at.error])


def test_opens_on_the_sample_article_with_its_eight_events(page):
    assert page.text_area(key="text").value == SAMPLE_TEXT
    rows = table(page)
    assert len(rows) == 8
    # In chronological order of the first day each date covers.
    assert rows["date_value"].tolist() == ["1997-12-03", "2005", "2022", "2022-02-24", "2023-10", "2023-11",
                                           "2024-10-04", "2024-11-19"]
    assert len(page.get("plotly_chart")) == 1
    # The reference date used, and where it came from: the article gives none.
    reference = page.date_input(key="reference::us-mines-ukraine.txt").value
    assert dt.date(2024, 11, 19) <= reference <= dt.date(2024, 11, 21)
    assert any("inferred" in m.value for m in page.markdown)


def test_actor_filter_reduces_the_rows_and_the_downloads_are_exactly_those_rows(page, downloads):
    actors = page.multiselect(key="f_actors")
    # Each actor is offered with the number of events naming it.
    russia = [o for o in actors.options if o.startswith("Russia (")]
    assert len(russia) == 1 and russia[0].removeprefix("Russia (").rstrip(")").isdigit()
    run(actors.set_value(["Russia"]))
    rows = table(page)
    assert 0 < len(rows) < 8
    assert all("Russia" in a.split("; ") for a in rows["actors"])

    csv_rows = read_csv(downloads["timeline.csv"])
    json_rows = json.loads(downloads["timeline.json"].decode("utf-8"))
    assert list(csv_rows.columns) == list(rows.columns) == list(json_rows[0])
    assert csv_rows["summary"].tolist() == rows["summary"].tolist() == [r["summary"] for r in json_rows]
    assert csv_rows["date_value"].tolist() == rows["date_value"].tolist() == [r["date_value"] for r in json_rows]
    assert all("Russia" in r["actors"] for r in json_rows)

    sheet = load_workbook(io.BytesIO(downloads["timeline.xlsx"])).active
    assert [row[list(rows.columns).index("summary")] for row in sheet.iter_rows(min_row=2, values_only=True)] \
        == rows["summary"].tolist()
    story = json.loads(downloads["timeline-timelinejs.json"])
    assert len(story["events"]) == len(rows)


def test_search_and_date_range_filter_and_shown_columns_shape_the_download(page, downloads):
    run(page.text_input(key="f_query").set_value("ottawa"))
    searched = table(page)
    assert 0 < len(searched) < 8
    low, high = page.slider(key="f_dates").value
    run(page.slider(key="f_dates").set_value((dt.date(2023, 1, 1), high)))
    rows = table(page)
    assert set(rows["date_value"]) <= set(searched["date_value"])
    assert all(v >= "2023" for v in rows["date_value"])
    run(page.multiselect(key="f_columns").set_value(["date_value", "summary"]))
    assert list(read_csv(downloads["timeline.csv"]).columns) == ["date_value", "summary"]
    assert page.text_input(key="f_query").value == "ottawa"  # filters survive each other


def test_filter_changes_reuse_the_extraction(monkeypatch):
    import streamlit as st

    import timeline

    calls = []
    build = timeline.build_timeline
    monkeypatch.setattr(timeline, "build_timeline", lambda *a, **k: calls.append(1) or build(*a, **k))
    st.cache_data.clear()
    at = run(AppTest.from_file(APP, default_timeout=RUN_TIMEOUT))
    run(at.multiselect(key="f_actors").set_value(["Ukraine"]))
    run(at.text_input(key="f_query").set_value("mines"))
    assert len(calls) == 1
    run(at.text_area(key="text").set_value(SAMPLE_TEXT + "\nOn March 3, 2021, Kyiv asked for more aid."))
    assert len(calls) == 2


def test_clear_filters_shows_every_event_again(page):
    run(page.multiselect(key="f_actors").set_value(["Russia"]))
    run(page.text_input(key="f_query").set_value("mines"))
    assert len(table(page)) < 8
    run(next(b for b in page.button if b.label == "Clear filters").click())
    assert len(table(page)) == 8
    assert page.multiselect(key="f_actors").value == [] and page.text_input(key="f_query").value == ""


def test_a_publication_date_in_page_metadata_is_used_and_said_so(page):
    html = (b'<html><head><meta property="article:published_time" content="2021-03-04T10:00:00Z">'
            b"<title>Leeds bridge</title></head><body><p>Yesterday the council of Leeds approved a new bridge."
            b"</p></body></html>")
    run(page.file_uploader(key="uploads").set_value(("leeds.html", html, "text/html")))
    assert page.date_input(key="reference::leeds.html").value == dt.date(2021, 3, 4)
    assert any("found in the article" in m.value for m in page.markdown)
    assert "2021-03-03" in table(page)["date_value"].tolist()


def test_changing_the_reference_date_resolves_the_dates_again(page):
    run(page.date_input(key="reference::us-mines-ukraine.txt").set_value(dt.date(2025, 11, 20)))
    rows = table(page)
    by_text = dict(zip(rows["date_text"].str.lower(), rows["date_value"]))
    assert by_text["last november"] == "2024-11"
    assert by_text["november 19"] == "2025-11-19"
    assert by_text["december 3, 1997"] == "1997-12-03"  # explicit dates stay put
    assert any("set by you" in m.value for m in page.markdown)


def test_corrections_are_kept_by_event_across_filters(page, downloads):
    rows = page.session_state["corrections"]
    assert rows == {}
    first_id = "us-mines-ukraine.txt#"  # any event of the sample: take the 1997 one from the download
    run(page.multiselect(key="f_columns").set_value(["event_id", "date_text", "summary", "actors"]))
    events = read_csv(downloads["timeline.csv"])
    treaty = events[events["date_text"] == "December 3, 1997"].iloc[0]
    assert treaty["event_id"].startswith(first_id)
    page.session_state["corrections"] = {treaty["event_id"]: {"date_text": "December 3, 1997",
                                                              "summary": "Ottawa Treaty signed in Ottawa",
                                                              "actors": "Ottawa Treaty; Canada"}}
    run(page)
    run(page.multiselect(key="f_actors").set_value(["Canada"]))
    rows = table(page)
    assert rows["summary"].tolist() == ["Ottawa Treaty signed in Ottawa"]
    run(page.multiselect(key="f_actors").set_value([]))
    assert "Ottawa Treaty signed in Ottawa" in table(page)["summary"].tolist()
    assert "Ottawa Treaty signed in Ottawa" in read_csv(downloads["timeline.csv"])["summary"].tolist()


def test_empty_text_says_so_and_keeps_the_text_and_filters(page):
    run(page.multiselect(key="f_actors").set_value(["Russia"]))
    run(page.text_area(key="text").set_value("   \n  "))
    assert "empty" in messages(page).lower()
    assert page.text_area(key="text").value == "   \n  "
    assert page.session_state["f_actors"] == ["Russia"]


def test_text_without_dates_says_so(page):
    run(page.text_area(key="text").set_value("The minister spoke to reporters about the harvest."))
    assert "no dated events" in messages(page).lower()
    assert page.text_area(key="text").value == "The minister spoke to reporters about the harvest."


def test_a_date_the_chart_cannot_draw_is_reported_and_the_rest_still_shown(page):
    text = "In 1066 the Normans invaded England. On March 3, 2021, the council of Leeds approved a new bridge."
    run(page.text_area(key="text").set_value(text))
    assert "1066" in messages(page)
    assert "2021-03-03" in table(page)["date_value"].tolist()
    assert page.text_area(key="text").value == text


def test_bad_uploads_are_refused_one_by_one_and_good_ones_make_one_timeline(page):
    uploader = page.file_uploader(key="uploads")
    uploader.set_value([
        ("scan.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "text/plain"),
        ("latin1.txt", "Le 3 mars 2021, le conseil de Lyon a approuvé".encode("latin-1"), "text/plain"),
        ("huge.txt", b"word " * (3 * 1024 * 1024 // 5), "text/plain"),
        ("[see](https://evil.example) $x$.txt", b"\x00\x01binary", "text/plain"),
        ("mines.txt", SAMPLE_TEXT.encode("utf-8"), "text/plain"),
        ("leeds.html", b"<html><head><title>Leeds bridge</title></head><body><p>On March 3, 2021, the council "
                       b"of Leeds approved a new bridge.</p><script>var x = '2019';</script></body></html>",
         "text/html"),
    ])
    run(page)
    errors = "\n".join(e.value for e in page.error)
    assert "scan.txt" in errors and "binary" in errors
    assert "latin1.txt" in errors and "UTF-8" in errors
    assert "huge.txt" in errors and "MB" in errors
    # A file name is shown as written: the Markdown the message is rendered from has no live link or formula.
    assert r"\[see\](https://evil.example) \$x\$.txt" in errors
    rows = table(page)
    assert set(rows["source"]) == {"mines.txt", "leeds.html"}
    assert len(rows[rows["source"] == "mines.txt"]) == 8
    assert page.text_area(key="text").value == SAMPLE_TEXT  # kept, though unused while files are given


def test_a_jsonl_collection_makes_one_timeline_with_each_event_once(page):
    articles = [
        {"text": "The parliament of Ruritania ratified the border treaty with Elbonia on March 3, 2021, "
                 "ending a decade of disputes.", "published": "2021-03-04", "source": "wire-a"},
        {"text": "Ruritania's parliament ratified the border treaty with Elbonia on March 3, 2021, "
                 "officials said.", "published": "2021-03-05", "source": "paper-b"},
        {"text": "On June 1, 2022, Elbonia opened a new consulate in the capital.", "published": "2022-06-02",
         "source": "paper-c"},
        "not an article",
    ]
    body = "\n".join(json.dumps(a) for a in articles).encode("utf-8")
    run(page.file_uploader(key="uploads").set_value([("collection.jsonl", body, "application/jsonl")]))
    assert "collection.jsonl line 4" in messages(page)
    rows = table(page)
    treaty = rows[rows["date_value"] == "2021-03-03"]
    assert len(treaty) == 1 and treaty["source_count"].item() == 2  # reported twice, shown once
    assert len(rows) == 2
    run(page.toggle(key="f_merge").set_value(False))
    assert len(table(page)) == 3  # every report again
    run(page.toggle(key="f_merge").set_value(True))
    run(page.number_input(key="f_key_events").set_value(1))
    assert table(page)["date_value"].tolist() == ["2021-03-03"]  # the most reported event


def test_columns_chosen_for_many_articles_do_not_break_the_page_back_on_one(page):
    two = [{"text": "Ruritania ratified the treaty on March 3, 2021.", "source": "a"},
           {"text": "Ruritania ratified the treaty on March 3, 2021, officials said.", "source": "b"}]
    body = "\n".join(json.dumps(a) for a in two).encode("utf-8")
    run(page.file_uploader(key="uploads").set_value([("two.jsonl", body, "application/jsonl")]))
    run(page.multiselect(key="f_columns").set_value(["date_value", "source_count"]))
    run(page.file_uploader(key="uploads").set_value([]))
    assert list(table(page).columns) == ["date_value"]


def test_a_reference_date_set_for_one_pasted_article_is_not_kept_for_another(page):
    run(page.text_area(key="text").set_value("On November 19, the mayor of Leeds opened the bridge."))
    run(page.date_input(key="reference::pasted text").set_value(dt.date(2019, 12, 1)))
    assert table(page)["date_value"].tolist() == ["2019-11-19"]
    # a small edit keeps it
    run(page.text_area(key="text").set_value("On November 19, the mayor of Leeds opened the new bridge."))
    assert table(page)["date_value"].tolist() == ["2019-11-19"]
    # another article with a dateline of its own: its date, and the user is told
    run(page.text_area(key="text").set_value("PARIS, June 5, 2023 — Yesterday the French minister resigned."))
    assert table(page)["date_value"].tolist() == ["2023-06-04"]
    assert any("no longer applies" in m.value for m in page.info)


def test_articles_pasted_together_are_split_on_dashes_and_a_missing_split_is_pointed_out(page):
    two = ("LONDON, March 10, 2019 — Yesterday the mayor resigned.\n\n"
           "PARIS, June 5, 2023 — Yesterday the minister resigned.")
    run(page.text_area(key="text").set_value(two))
    assert "seems to hold 2 articles" in messages(page)
    run(page.text_area(key="text").set_value(two.replace("\n\nPARIS", "\n---\nPARIS")))
    assert sorted(table(page)["date_value"].tolist()) == ["2019-03-09", "2023-06-04"]
    assert "seems to hold" not in messages(page)


def test_a_correction_survives_text_typed_above_it_and_of_a_merged_event_keeps_the_merge(page):
    run(page.text_area(key="text").set_value("The bridge opened on May 5, 2021. The mayor resigned on June 1, 2022."))
    rows = table(page)
    page.session_state["corrections"] = {"pasted text#60": {"date_text": "June 1, 2022", "summary": "Mayor quits",
                                                           "sentence": "The mayor resigned on June 1, 2022."}}
    run(page)
    assert "Mayor quits" in table(page)["summary"].tolist()
    run(page.text_area(key="text").set_value("Update: The bridge opened on May 5, 2021. "
                                             "The mayor resigned on June 1, 2022."))
    assert "Mayor quits" in table(page)["summary"].tolist()
    assert "1 event corrected by you" in "\n".join(c.value for c in page.caption)
    # a merged event: its correction does not split it
    articles = [{"text": "Ruritania's parliament ratified the border treaty with Elbonia on March 3, 2021.",
                 "published": "2021-03-04", "source": "wire-a"},
                {"text": "The parliament of Ruritania ratified the border treaty with Elbonia on March 3, 2021, "
                         "officials said.", "published": "2021-03-05", "source": "paper-b"}]
    body = "\n".join(json.dumps(a) for a in articles).encode("utf-8")
    run(page.file_uploader(key="uploads").set_value([("c.jsonl", body, "application/jsonl")]))
    merged = table(page)
    assert len(merged) == 1 and merged["source_count"].item() == 2
    page.session_state["corrections"] = {"wire-a#" + str(articles[0]["text"].index("March 3, 2021")): {
        "date_text": "March 3, 2021", "summary": "Treaty ratified (checked)"},
        "paper-b#" + str(articles[1]["text"].index("March 3, 2021")): {
        "date_text": "March 3, 2021", "summary": "Treaty ratified (checked)"}}
    run(page)
    merged = table(page)
    assert len(merged) == 1 and merged["source_count"].item() == 2
    assert merged["summary"].item() == "Treaty ratified (checked)"


def test_the_sample_keeps_its_name_beside_a_second_article_and_key_events_say_of_how_many(page):
    run(page.text_area(key="text").set_value(SAMPLE_TEXT + "\n---\nPARIS, June 5, 2021 — France signed the accord on "
                                                           "Monday."))
    assert page.date_input(key="reference::us-mines-ukraine.txt").value == dt.date(2024, 11, 19)
    run(page.number_input(key="f_key_events").set_value(1))
    assert page.subheader[0].value.startswith("1 of ")


def test_a_russian_article_pasted_gives_its_events_and_actors(page):
    text = ("МОСКВА, 20 ноября. /ТАСС/. Правительство России в среду утвердило новые правила вывоза леса. "
            "Бывший глава Рослесхоза Ирина Соболева была задержана 3 апреля 2024 года.")
    run(page.text_area(key="text").set_value(text))
    shown = table(page)
    assert set(shown["date_value"]) >= {"2024-04-03"}
    assert any("Ирина Соболева" in actors for actors in shown["actors"])
    assert any("Ирина Соболева" in option for option in page.multiselect(key="f_actors").options)
    assert page.text_area(key="text").value == text
