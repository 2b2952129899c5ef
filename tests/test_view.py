"""Filters, counts and corrections behind the page, on hand-made frames."""
from __future__ import annotations

import datetime as dt

from tests.test_chart import event, frame
from timeline import view


def sample():
    return frame(
        event("1997-12-03", "day", "1997-12-03", "1997-12-03", summary="Ottawa Treaty signed",
              actors=("Ottawa Treaty",), at=0),
        event("2005", "year", "2005-01-01", "2005-12-31", summary="Ukraine ratified the treaty",
              actors=("Ukraine", "Ottawa Treaty"), kind="agreement", at=10),
        event("2023-11", "month", "2023-11-01", "2023-11-30", summary="Hiznay says Ukraine violated it",
              actors=("Mark Hiznay", "Ukraine"), kind="statement", at=20),
        event("1066", "year", "", "", text="in 1066", summary="The Normans invade", actors=("Normans",), at=30),
    )


def test_counts_are_per_event_most_frequent_first():
    rows = sample()
    rows.at[1, "actors"] = ["Ukraine", "Ottawa Treaty", "Ukraine"]  # named twice in one event: counted once
    assert view.counts(rows, "actors") == {"Ottawa Treaty": 2, "Ukraine": 2, "Mark Hiznay": 1, "Normans": 1}
    assert view.counts(rows, "event_kind") == {"other": 2, "agreement": 1, "statement": 1}
    assert view.counts(rows.drop(columns="event_kind"), "event_kind") == {}


def test_actor_filter_keeps_events_naming_any_chosen_actor():
    kept = view.filter_events(sample(), actors=["Mark Hiznay", "Ottawa Treaty"])
    assert kept["summary"].tolist() == ["Ottawa Treaty signed", "Ukraine ratified the treaty",
                                        "Hiznay says Ukraine violated it"]
    assert len(view.filter_events(sample())) == 4


def test_date_range_keeps_overlapping_periods_and_drops_undrawable_events():
    kept = view.filter_events(sample(), date_range=(dt.date(2005, 12, 1), dt.date(2023, 11, 5)))
    assert kept["date_value"].tolist() == ["2005", "2023-11"]
    assert view.date_bounds(sample()) == (dt.date(1997, 12, 3), dt.date(2023, 11, 30))


def test_search_is_case_insensitive_over_text_and_actors():
    assert view.filter_events(sample(), query="  UKRAINE ")["date_value"].tolist() == ["2005", "2023-11"]
    assert view.filter_events(sample(), query="hiznay")["date_value"].tolist() == ["2023-11"]
    assert view.filter_events(sample(), query="in 1066")["date_value"].tolist() == ["1066"]
    assert view.filter_events(sample(), query="Paris").empty


def test_filters_combine():
    kept = view.filter_events(sample(), actors=["Ukraine"], kinds=["statement"], query="violated")
    assert kept["date_value"].tolist() == ["2023-11"]


def test_a_corrected_date_moves_the_event_and_its_span():
    rows = sample()
    fixed, problems = view.apply_corrections(rows, {"a.txt#10": {"date_text": "2005", "date_value": "2006-03",
                                                                 "summary": "Ukraine ratified it in March 2006",
                                                                 "actors": "Ukraine; Verkhovna Rada"}})
    row = fixed[fixed["event_id"] == "a.txt#10"].iloc[0]
    assert (row["date_value"], row["granularity"], row["date_start"], row["date_end"]) == (
        "2006-03", "month", "2006-03-01", "2006-03-31")
    assert row["summary"] == "Ukraine ratified it in March 2006"
    assert row["actors"] == ["Ukraine", "Verkhovna Rada"]
    assert problems == []
    assert rows.loc[1, "date_value"] == "2005"  # the extracted frame is left as it was


def test_a_date_that_cannot_be_drawn_is_kept_with_a_message():
    fixed, problems = view.apply_corrections(sample(), {"a.txt#10": {"date_text": "2005", "date_value": "soon"}})
    row = fixed[fixed["event_id"] == "a.txt#10"].iloc[0]
    assert row["date_value"] == "soon" and row["date_start"] == ""
    assert len(problems) == 1 and "soon" in problems[0]


def test_a_correction_is_not_applied_to_another_event_that_took_its_id():
    # The text changed: offset 10 now holds a different date expression.
    fixed, _ = view.apply_corrections(sample(), {"a.txt#10": {"date_text": "last year", "summary": "Wrong"}})
    assert "Wrong" not in fixed["summary"].tolist()


def test_editing_view_shows_actor_lists_as_text():
    assert view.for_editing(sample())["actors"].tolist()[1] == "Ukraine; Ottawa Treaty"


def test_a_date_corrected_to_a_period_spans_it():
    fixed, problems = view.apply_corrections(sample(), {"a.txt#10": {"date_text": "2005", "date_value": "2005/2007"}})
    row = fixed[fixed["event_id"] == "a.txt#10"].iloc[0]
    assert (row["granularity"], row["date_start"], row["date_end"]) == ("year", "2005-01-01", "2007-12-31")
    assert problems == []


def test_a_cleared_date_goes_back_to_the_date_found_and_undated_events_go_last():
    fixed, problems = view.apply_corrections(sample(), {"a.txt#10": {"date_text": "2005", "date_value": ""}})
    row = fixed[fixed["event_id"] == "a.txt#10"].iloc[0]
    assert (row["date_value"], row["date_start"]) == ("2005", "2005-01-01") and problems == []
    fixed, _ = view.apply_corrections(sample(), {"a.txt#10": {"date_text": "2005", "date_value": "soon"}})
    assert fixed["date_value"].tolist()[-2:] == ["soon", "1066"] or fixed["date_value"].tolist()[-2:] == ["1066", "soon"]
    assert fixed["corrected"].tolist().count(True) == 1


def test_a_correction_whose_text_moved_finds_its_event_again_and_a_lost_one_is_reported():
    rows = sample()
    moved = {"a.txt#999": {"date_text": "2023-11", "sentence": "Hiznay says Ukraine violated it.", "summary": "Fixed"}}
    fixed, problems = view.apply_corrections(rows, moved)
    assert fixed.loc[fixed["date_value"] == "2023-11", "summary"].item() == "Fixed" and problems == []
    lost = {"a.txt#999": {"date_text": "2023-11", "sentence": "Another sentence.", "summary": "Fixed"}}
    fixed, problems = view.apply_corrections(rows, lost)
    assert "Fixed" not in fixed["summary"].tolist()
    assert problems == ["1 of your corrections no longer match an event (the text changed where they were made); "
                        "they are kept and apply again if that text comes back."]
