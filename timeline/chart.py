"""The timeline figure: one lane per actor, time across, spans for vague dates.

Design choices a reader of the chart relies on:
- One lane per actor, so "what did Russia do" is one row to read. An event with
  several actors is drawn in each of its lanes (rather than picking one lane and hiding
  the others), because the user filters and reads by actor. When the frame says who
  did it (``primary_actor``), that lane gets a filled mark and the other lanes a hollow
  or pale one, so the repeated event still shows who acted and who was only involved.
- A date known to the day is a point. A date known only to the week, month, season,
  quarter, year or decade is a bar from its first to its last day: drawing it as a
  point on the first of the month would claim a precision the article never gave.
- Colours are the Okabe-Ito palette (safe for the common colour-vision deficiencies)
  and encode the event kind when the frame has one.
- Every string from the article (summary, sentence, date as written, actor and source
  names) is HTML-escaped: Plotly renders <b>, <a href> and friends in hover text,
  tick labels and legends, and article text must never inject markup or links.
"""
from __future__ import annotations

import datetime as dt
import html
import textwrap
from collections import Counter

import pandas as pd
import plotly.graph_objects as go

from .dates import FIRST_DRAWABLE_YEAR, LAST_DRAWABLE_YEAR, day_of

# Okabe & Ito (2008), "Color Universal Design". Yellow comes last: weak on white.
OKABE_ITO = ["#0072B2", "#D55E00", "#009E73", "#E69F00", "#CC79A7", "#56B4E9", "#000000", "#F0E442"]
GREY = "#999999"
# Fixed colours for the event kinds the library knows, so a kind keeps its colour
# whatever the filters leave on the chart.
KIND_COLOURS = {
    "statement": "#0072B2",
    "report": "#0072B2",
    "decision": "#E69F00",
    "attack": "#D55E00",
    "agreement": "#009E73",
    "aid": "#56B4E9",
    "legal": "#CC79A7",
    "election": "#000000",
    "other": GREY,
}
NO_ACTOR = "(no actor named)"
OTHER_ACTORS = "(other actors)"
MAX_EVENTS_PER_HOVER = 4  # more would run off the screen
MAX_LANES = 25  # beyond this a lane is a few pixels high: the rest share one lane
POINT_GRANULARITIES = {"day"}
HOVER_WIDTH = 70  # characters per hover line: a sentence wraps instead of running off screen
BAR_WIDTH = 0.55  # of a lane's height
MS_PER_DAY = 86_400_000


def escape(text: object) -> str:
    """Article text made inert for Plotly's HTML-like labels (<, >, & and quotes)."""
    if text is None or (isinstance(text, float) and pd.isna(text)):
        return ""
    return html.escape(" ".join(str(text).split()), quote=True)


def wrap_escaped(text: object, width: int = HOVER_WIDTH) -> str:
    """Wrapped for a hover box: split the raw text first, then escape each line, so a
    line break never lands inside an entity such as &amp;."""
    raw = " ".join(str(text or "").split())
    return "<br>".join(escape(line) for line in textwrap.wrap(raw, width)) if raw else ""


def as_list(value: object) -> list[str]:
    """Actors as a list, whether the frame holds a list, a tuple, an array or "a; b" text."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(";") if v.strip()]
    try:
        return [str(v) for v in value if str(v).strip()]
    except TypeError:
        return [str(value)]


def _text(row: pd.Series, column: str) -> str:
    value = row.get(column, "")
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return str(value)


def _day(value: object) -> dt.date | None:
    """An ISO day, or None for "", NaN or anything pandas/Plotly could not draw."""
    day = day_of(value)
    return day if day and FIRST_DRAWABLE_YEAR <= day.year <= LAST_DRAWABLE_YEAR else None


def is_point(row: pd.Series, start: dt.date, end: dt.date) -> bool:
    granularity = _text(row, "granularity")
    if granularity and start == end:
        return granularity in POINT_GRANULARITIES
    return start == end  # "Nov. 20-21" is a period of days: drawn as a span


def hover_text(row: pd.Series, start: dt.date, end: dt.date, lane: str) -> str:
    value = _text(row, "date_value")
    mod = _text(row, "date_mod")
    normalized = f"{value} ({mod.lower()})" if mod else value
    lines = [f"<b>{escape(_text(row, 'date_text'))}</b> → {escape(normalized)}"]
    if start != end:
        lines.append(f"covers {start.isoformat()} to {end.isoformat()}")
    if _text(row, "summary"):
        lines.append(f"<b>{wrap_escaped(_text(row, 'summary'))}</b>")
    actors = as_list(row.get("actors"))
    primary = _text(row, "primary_actor")
    if actors:
        named = [f"{a} (acted)" if a == primary else a for a in actors]
        lines.append(wrap_escaped("Actors: " + ", ".join(named)))
    if _text(row, "event_kind"):
        lines.append(f"Kind: {escape(_text(row, 'event_kind'))}")
    if _text(row, "attributed_to"):
        lines.append(f"According to: {escape(_text(row, 'attributed_to'))}")
    if _text(row, "sentence"):
        lines.append("<i>" + wrap_escaped("“" + " ".join(_text(row, "sentence").split()) + "”") + "</i>")
    if _text(row, "source"):
        lines.append(f"Source: {escape(_text(row, 'source'))}")
    return "<br>".join(lines)


def drawable(frame: pd.DataFrame) -> pd.DataFrame:
    """The rows that can be placed on a time axis (a valid date_start)."""
    if frame.empty or "date_start" not in frame.columns:
        return frame.iloc[0:0]
    return frame[frame["date_start"].map(_day).notna()]


def lane_order(frame: pd.DataFrame, max_lanes: int = MAX_LANES) -> list[str]:
    """Actors with most events first (ties by name), at most ``max_lanes`` of them; then a lane
    for events whose actors all fell outside those, and one for events naming nobody."""
    per_event = [as_list(a) for a in frame["actors"]] if "actors" in frame.columns else [[]] * len(frame)
    counts = Counter(a for actors in per_event for a in dict.fromkeys(actors))
    order = sorted(counts, key=lambda a: (-counts[a], a.lower()))[:max_lanes]
    if any(actors and not set(actors) & set(order) for actors in per_event):
        order.append(OTHER_ACTORS)
    if any(not actors for actors in per_event):
        order.append(NO_ACTOR)
    return order


def lanes_of(actors: list[str], lanes: set[str]) -> list[str]:
    """The lanes an event is drawn in: those of its actors that have a lane."""
    if not actors:
        return [NO_ACTOR]
    return [a for a in dict.fromkeys(actors) if a in lanes] or [OTHER_ACTORS]


def _colour_for(kinds: list[str]) -> dict[str, str]:
    spare = [c for c in OKABE_ITO if c not in KIND_COLOURS.values()] + OKABE_ITO
    colours, i = {}, 0
    for kind in kinds:
        if kind in KIND_COLOURS:
            colours[kind] = KIND_COLOURS[kind]
        else:
            colours[kind] = spare[i % len(spare)]
            i += 1
    return colours


def _marks(frame: pd.DataFrame, lanes: set[str]) -> list[dict]:
    """One mark per (event, lane): where it goes, what it looks like, what it says."""
    marks = []
    for _, row in frame.iterrows():
        start, end = _day(row["date_start"]), _day(row.get("date_end"))
        if end is None or end < start:
            end = start
        actors = as_list(row.get("actors"))
        primary = _text(row, "primary_actor")
        kind = _text(row, "event_kind") or "other"
        for lane in lanes_of(actors, lanes):
            marks.append({
                "lane": escape(lane),
                "start": start,
                "end": end,
                "point": is_point(row, start, end),
                "kind": kind,
                # When the frame does not say who acted (or names someone outside the lanes),
                # every lane is drawn as the actor's own rather than all of them pale.
                "acted": lane == primary or primary not in actors or lane == OTHER_ACTORS,
                "hover": hover_text(row, start, end, lane),
                "event_id": _text(row, "event_id"),
            })
    return merge_coincident(marks)


def merge_coincident(marks: list[dict]) -> list[dict]:
    """Marks that would sit exactly on top of each other (same lane, same period, same look)
    become one mark whose hover lists every event: otherwise only the top one could be read."""
    groups: dict[tuple, list[dict]] = {}
    for m in marks:
        groups.setdefault((m["lane"], m["start"], m["end"], m["point"], m["kind"], m["acted"]), []).append(m)
    merged = []
    for group in groups.values():
        if len(group) == 1:
            merged.append(group[0])
            continue
        shown = [m["hover"] for m in group[:MAX_EVENTS_PER_HOVER]]
        more = len(group) - len(shown)
        hover = f"<b>{len(group)} events</b><br>" + "<br>――――――<br>".join(shown)
        if more:
            hover += f"<br>… and {more} more: see the table"
        merged.append({**group[0], "hover": hover, "event_id": " ".join(m["event_id"] for m in group)})
    return merged


def _bar_trace(marks: list[dict], name: str, colour: str, acted: bool, show_legend: bool) -> go.Bar:
    # A bar on a date axis: base is the first day, length the days covered in ms, up to the
    # end of the last day, so a year bar reaches 1 January of the next year.
    return go.Bar(
        orientation="h",
        y=[m["lane"] for m in marks],
        base=[m["start"].isoformat() for m in marks],
        x=[((m["end"] - m["start"]).days + 1) * MS_PER_DAY for m in marks],
        width=BAR_WIDTH,
        marker={"color": colour, "opacity": 0.85 if acted else 0.35,
                "line": {"color": colour, "width": 1}},
        **_shared(marks, name, show_legend),
    )


def _shared(marks: list[dict], name: str, show_legend: bool) -> dict:
    """What bars and points share: the legend entry of their kind, the hover text, the event ids."""
    return {"name": name, "legendgroup": name, "showlegend": show_legend,
            "hovertext": [m["hover"] for m in marks], "hoverinfo": "text",
            "customdata": [m["event_id"] for m in marks]}


def _point_trace(marks: list[dict], name: str, colour: str, acted: bool, show_legend: bool) -> go.Scatter:
    return go.Scatter(
        mode="markers",
        y=[m["lane"] for m in marks],
        x=[m["start"].isoformat() for m in marks],
        marker={"color": colour, "size": 13, "symbol": "circle" if acted else "circle-open",
                "line": {"color": "white" if acted else colour, "width": 1.5 if acted else 2.5}},
        **_shared(marks, name, show_legend),
    )


def _empty_figure(message: str) -> go.Figure:
    fig = go.Figure()
    fig.add_annotation(text=escape(message), showarrow=False, font={"size": 16},
                       xref="paper", yref="paper", x=0.5, y=0.5)
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    fig.update_layout(height=220, margin={"l": 20, "r": 20, "t": 20, "b": 20}, template="plotly_white")
    return fig


def _publication_marker(fig: go.Figure, frame: pd.DataFrame) -> None:
    """A dashed line at the publication date when all events share one: the "now" of the story."""
    if "publication_date" not in frame.columns:
        return
    dates = {d for d in frame["publication_date"].map(_day) if d is not None}
    if len(dates) != 1:
        return
    day = dates.pop().isoformat()
    fig.add_shape(type="line", x0=day, x1=day, yref="paper", y0=0, y1=1,
                  line={"color": GREY, "dash": "dash", "width": 1})
    fig.add_annotation(x=day, yref="paper", y=1, text=f"published {day}", showarrow=False,
                       yanchor="bottom", font={"size": 11, "color": "#555555"})


def timeline_figure(frame: pd.DataFrame, *, height: int | None = None, max_lanes: int = MAX_LANES) -> go.Figure:
    """The Plotly timeline of an events frame (the columns of ``timeline.EVENT_COLUMNS``).

    Rows without a drawable ``date_start`` are left out (the table still lists them).
    At most ``max_lanes`` actors get a lane of their own, the busiest; the events of the
    others share one lane, so a many-article timeline stays readable.
    """
    rows = drawable(frame)
    if rows.empty:
        return _empty_figure("No dated events to draw")
    order = lane_order(rows, max_lanes)
    marks = _marks(rows, set(order))
    lanes = [escape(a) for a in order]
    kinds = sorted({m["kind"] for m in marks}, key=lambda k: (k == "other", k))
    colours = _colour_for(kinds)
    colour_by_kind = "event_kind" in rows.columns and len(kinds) > 1

    fig = go.Figure()
    for kind in kinds:
        name = kind if colour_by_kind else "event"
        colour = colours[kind] if colour_by_kind else OKABE_ITO[0]
        shown = False
        for acted in (True, False):
            for point in (False, True):
                group = [m for m in marks if m["kind"] == kind and m["acted"] == acted and m["point"] == point]
                if not group:
                    continue
                make = _point_trace if point else _bar_trace
                fig.add_trace(make(group, name, colour, acted, show_legend=colour_by_kind and not shown))
                shown = True

    lane_height = 38
    fig.update_layout(
        template="plotly_white",
        barmode="overlay",
        height=height or max(320, 150 + lane_height * len(lanes)),
        margin={"l": 10, "r": 10, "t": 40, "b": 10},
        hovermode="closest",
        hoverlabel={"align": "left", "bgcolor": "white", "bordercolor": "#888888",
                    "font": {"size": 13, "color": "#1f1f1f"}},
        # Legend on the right: the top left holds the zoom buttons, the top right the publication date.
        legend={"title": {"text": "Kind of event"}, "orientation": "v", "y": 1, "yanchor": "top"},
        showlegend=colour_by_kind,
    )
    # Lanes read top-down in order of importance; Plotly stacks categories bottom-up.
    fig.update_yaxes(type="category", categoryorder="array", categoryarray=list(reversed(lanes)),
                     showgrid=True, gridcolor="#eeeeee", title=None, automargin=True)
    fig.update_xaxes(
        type="date",
        rangeslider={"visible": True, "thickness": 0.08},
        rangeselector={"buttons": [
            {"count": 1, "label": "1 year", "step": "year", "stepmode": "backward"},
            {"count": 5, "label": "5 years", "step": "year", "stepmode": "backward"},
            {"label": "all", "step": "all"},
        ]},
        showgrid=True, gridcolor="#eeeeee",
    )
    _publication_marker(fig, rows)
    return fig
