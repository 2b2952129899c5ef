"""The timeline figure, on frames written by hand with the documented columns."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import plotly.graph_objects as go
import pytest

from timeline.chart import KIND_COLOURS, NO_ACTOR, OKABE_ITO, OTHER_ACTORS, timeline_figure

COLUMNS = ["event_id", "date_value", "date_mod", "granularity", "date_start", "date_end", "date_text",
           "summary", "sentence", "actors", "primary_actor", "event_kind", "attributed_to", "source",
           "char_start", "char_end", "publication_date", "publication_date_basis"]


def event(date_value, granularity, start, end, *, text="", summary="Something happened", actors=("Ukraine",),
          primary="", kind="other", mod="", sentence=None, source="a.txt", at=0):
    return {"event_id": f"{source}#{at}", "date_value": date_value, "date_mod": mod, "granularity": granularity,
            "date_start": start, "date_end": end, "date_text": text or date_value, "summary": summary,
            "sentence": sentence if sentence is not None else summary + ".", "actors": list(actors),
            "primary_actor": primary, "event_kind": kind, "attributed_to": "", "source": source,
            "char_start": at, "char_end": at + 4, "publication_date": "2024-11-20",
            "publication_date_basis": "inferred"}


def frame(*events) -> pd.DataFrame:
    return pd.DataFrame(list(events), columns=COLUMNS)


def marks(fig: go.Figure, kind: str):
    """(lane, start, end-exclusive or None, hover) for every mark of a trace type ("bar" or "scatter")."""
    out = []
    for trace in fig.data:
        if trace.type != kind:
            continue
        for i, lane in enumerate(trace.y):
            if kind == "bar":
                start = dt.datetime.fromisoformat(trace.base[i])
                out.append((lane, start, start + dt.timedelta(milliseconds=trace.x[i]), trace.hovertext[i]))
            else:
                out.append((lane, dt.datetime.fromisoformat(trace.x[i]), None, trace.hovertext[i]))
    return out


def test_a_year_event_is_a_bar_covering_the_whole_year():
    fig = timeline_figure(frame(event("2005", "year", "2005-01-01", "2005-12-31", text="in 2005")))
    bars = marks(fig, "bar")
    assert [(lane, start, end) for lane, start, end, _ in bars] == [
        ("Ukraine", dt.datetime(2005, 1, 1), dt.datetime(2006, 1, 1))]
    assert marks(fig, "scatter") == []


def test_a_month_event_narrowed_by_its_modifier_is_a_bar_not_a_first_of_month_point():
    fig = timeline_figure(frame(event("2023-10", "month", "2023-10-21", "2023-10-31", mod="END",
                                      text="the end of October 2023")))
    (lane, start, end, hover), = marks(fig, "bar")
    assert (start, end) == (dt.datetime(2023, 10, 21), dt.datetime(2023, 11, 1))
    assert "2023-10 (end)" in hover and "the end of October 2023" in hover
    assert marks(fig, "scatter") == []


def test_a_day_event_is_a_point_on_its_day():
    fig = timeline_figure(frame(event("2024-10-04", "day", "2024-10-04", "2024-10-04", text="October 4")))
    assert [(lane, x) for lane, x, _, _ in marks(fig, "scatter")] == [("Ukraine", dt.datetime(2024, 10, 4))]
    assert marks(fig, "bar") == []


def test_an_event_with_several_actors_is_in_each_of_their_lanes():
    fig = timeline_figure(frame(
        event("2024-10-04", "day", "2024-10-04", "2024-10-04", actors=("Pentagon", "Ukraine"), primary="Pentagon"),
        event("2005", "year", "2005-01-01", "2005-12-31", actors=("Ukraine",), at=50),
        event("2022", "year", "2022-01-01", "2022-12-31", actors=(), at=90),
    ))
    lanes = sorted(lane for lane, *_ in marks(fig, "scatter") + marks(fig, "bar"))
    assert lanes == sorted(["Pentagon", "Ukraine", "Ukraine", NO_ACTOR])
    # Busiest actor on top: Plotly lists categories bottom-up, so it is last in the array.
    assert list(fig.layout.yaxis.categoryarray)[-1] == "Ukraine"
    # The lane of the actor who acted is drawn filled, the other lane hollow.
    symbols = {trace.y[0]: trace.marker.symbol for trace in fig.data if trace.type == "scatter"}
    assert symbols == {"Pentagon": "circle", "Ukraine": "circle-open"}


def test_events_on_the_same_day_in_the_same_lane_share_one_mark_listing_both():
    fig = timeline_figure(frame(
        event("1990-08-15", "day", "1990-08-15", "1990-08-15", summary="Iraq offers peace to Iran", actors=("Iraq",)),
        event("1990-08-15", "day", "1990-08-15", "1990-08-15", summary="Iraq frees prisoners", actors=("Iraq",), at=9),
    ))
    (lane, _, _, hover), = marks(fig, "scatter")
    assert "2 events" in hover and "Iraq offers peace to Iran" in hover and "Iraq frees prisoners" in hover


def test_beyond_the_lane_limit_the_least_named_actors_share_one_lane():
    fig = timeline_figure(frame(
        event("2001", "year", "2001-01-01", "2001-12-31", actors=("Kyiv", "Lviv"), at=1),
        event("2002", "year", "2002-01-01", "2002-12-31", actors=("Kyiv", "Odesa"), at=2),
        event("2003", "year", "2003-01-01", "2003-12-31", actors=("Odesa",), at=3),
        event("2004", "year", "2004-01-01", "2004-12-31", actors=("Lviv", "Lviv"), at=4),
        event("2005", "year", "2005-01-01", "2005-12-31", actors=("Kharkiv",), at=5),
    ), max_lanes=2)
    assert list(reversed(fig.layout.yaxis.categoryarray)) == ["Kyiv", "Lviv", OTHER_ACTORS]
    drawn = sorted((start.year, lane) for lane, start, _, _ in marks(fig, "bar"))
    assert drawn == [(2001, "Kyiv"), (2001, "Lviv"), (2002, "Kyiv"), (2003, OTHER_ACTORS), (2004, "Lviv"),
                     (2005, OTHER_ACTORS)]


def test_an_event_without_a_known_actor_who_acted_is_filled_in_every_lane():
    fig = timeline_figure(frame(event("2024-10-04", "day", "2024-10-04", "2024-10-04",
                                      actors=("Pentagon", "Ukraine"), primary="")))
    assert [(trace.y, trace.marker.symbol) for trace in fig.data] == [(("Pentagon", "Ukraine"), "circle")]


def test_article_text_in_hover_and_lanes_is_escaped():
    attack = '<a href="https://evil.example">click</a> & <b>bold</b>'
    fig = timeline_figure(frame(event("2022-02-24", "day", "2022-02-24", "2022-02-24", summary=attack,
                                      sentence=attack, text="<i>Feb 24</i>", actors=("<script>x</script>",))))
    (lane, _, _, hover), = marks(fig, "scatter")
    assert "&lt;a href=&quot;https://evil.example&quot;&gt;click&lt;/a&gt; &amp; &lt;b&gt;bold&lt;/b&gt;" in hover
    assert "<a " not in hover and "<script>" not in hover and "<i>Feb" not in hover
    assert "&lt;i&gt;Feb 24&lt;/i&gt;" in hover
    assert lane == "&lt;script&gt;x&lt;/script&gt;"


def test_hover_gives_date_as_written_value_summary_and_sentence():
    fig = timeline_figure(frame(event("2023-11", "month", "2023-11-01", "2023-11-30", text="Last November",
                                      summary="Hiznay says Ukraine violated the convention",
                                      sentence="Last November, Mark Hiznay said that Ukraine had violated it.")))
    (_, _, _, hover), = marks(fig, "bar")
    for part in ("Last November", "2023-11", "Hiznay says Ukraine violated the convention",
                 "Mark Hiznay said that Ukraine", "a.txt"):
        assert part in hover


def test_undrawable_events_are_left_out_and_an_all_undrawable_frame_says_so():
    drawable = event("2005", "year", "2005-01-01", "2005-12-31")
    ancient = event("1066", "year", "", "", text="in 1066", at=40)
    fig = timeline_figure(frame(drawable, ancient))
    assert len(marks(fig, "bar")) == 1 and marks(fig, "scatter") == []
    empty = timeline_figure(frame(ancient))
    assert not empty.data and "No dated events" in empty.layout.annotations[0].text
    assert not timeline_figure(frame()).data


def test_time_axis_has_a_range_slider_and_colours_are_okabe_ito():
    fig = timeline_figure(frame(
        event("2005", "year", "2005-01-01", "2005-12-31", kind="agreement"),
        event("2022-02-24", "day", "2022-02-24", "2022-02-24", kind="attack", at=9),
        event("2023-11", "month", "2023-11-01", "2023-11-30", kind="something new", at=20),
    ))
    assert fig.layout.xaxis.rangeslider.visible
    assert fig.layout.xaxis.type == "date"
    colours = {trace.name: trace.marker.color for trace in fig.data}
    assert colours["agreement"] == KIND_COLOURS["agreement"] and colours["attack"] == KIND_COLOURS["attack"]
    assert set(colours.values()) <= set(OKABE_ITO) | {KIND_COLOURS["other"]}
    assert len(set(colours.values())) == 3


@pytest.mark.parametrize("actors", [["Ukraine", "Russia"], ("Ukraine", "Russia"), "Ukraine; Russia"])
def test_actors_may_come_as_a_list_a_tuple_or_edited_text(actors):
    rows = frame(event("2005", "year", "2005-01-01", "2005-12-31"))
    rows.at[0, "actors"] = actors
    assert sorted(lane for lane, *_ in marks(timeline_figure(rows), "bar")) == ["Russia", "Ukraine"]


def test_a_period_of_days_is_a_bar_from_its_first_to_its_last_day():
    fig = timeline_figure(frame(event("2024-03-03/2024-03-05", "day", "2024-03-03", "2024-03-05",
                                      text="March 3-5, 2024")))
    (lane, start, end, hover), = marks(fig, "bar")
    assert (start, end) == (dt.datetime(2024, 3, 3), dt.datetime(2024, 3, 6))
    assert "covers 2024-03-03 to 2024-03-05" in hover
    assert marks(fig, "scatter") == []
