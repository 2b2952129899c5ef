"""What the page shows of an events frame: filters, counts and the user's corrections.

Plain pandas, no Streamlit, so each rule is testable alone and the page stays thin.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping

import pandas as pd

from . import dates
from .chart import as_list

EDITABLE_COLUMNS = ("summary", "date_value", "actors")
SEARCHED_COLUMNS = ("summary", "sentence", "date_text", "date_value", "actors", "primary_actor",
                    "attributed_to", "source")


def counts(frame: pd.DataFrame, column: str) -> dict[str, int]:
    """How many events name each value of a column (each actor of a list), most frequent first."""
    if column not in frame.columns:
        return {}
    if column == "actors":
        counter = Counter(a for value in frame[column] for a in dict.fromkeys(as_list(value)))
    else:
        counter = Counter(str(v) for v in frame[column] if isinstance(v, str) and v)
    return dict(sorted(counter.items(), key=lambda kv: (-kv[1], kv[0].lower())))


def date_bounds(frame: pd.DataFrame) -> tuple[dt.date, dt.date] | None:
    """First and last day covered by the drawable events, or None if none is drawable."""
    if frame.empty or "date_start" not in frame.columns:
        return None
    starts = [d for d in frame["date_start"].map(dates.day_of) if d]
    ends = [d for d in frame["date_end"].map(dates.day_of) if d] if "date_end" in frame.columns else []
    if not starts:
        return None
    return min(starts), max(ends + starts)


def _overlaps(row: pd.Series, first: dt.date, last: dt.date) -> bool:
    start = dates.day_of(row.get("date_start"))
    if start is None:
        return False
    end = dates.day_of(row.get("date_end")) or start
    return start <= last and end >= first


def _matches(row: pd.Series, needle: str) -> bool:
    for column in SEARCHED_COLUMNS:
        value = row.get(column)
        text = "; ".join(as_list(value)) if column == "actors" else ("" if value is None else str(value))
        if needle in text.casefold():
            return True
    return False


def filter_events(frame: pd.DataFrame, *, actors: Iterable[str] = (), kinds: Iterable[str] = (),
                  date_range: tuple[dt.date, dt.date] | None = None, query: str = "") -> pd.DataFrame:
    """The events a user asked for; an empty filter keeps everything.

    actors: events naming any of them. date_range: events whose span overlaps it (events that
    cannot be placed in time are dropped once a range is asked for). query: case-insensitive
    text in the summary, sentence, date, actors or source.
    """
    keep = pd.Series(True, index=frame.index)
    wanted = set(actors)
    if wanted and "actors" in frame.columns:
        keep &= frame["actors"].map(lambda a: bool(wanted & set(as_list(a))))
    wanted_kinds = set(kinds)
    if wanted_kinds and "event_kind" in frame.columns:
        keep &= frame["event_kind"].isin(wanted_kinds)
    if date_range is not None:
        first, last = date_range
        keep &= frame.apply(lambda row: _overlaps(row, first, last), axis=1).astype(bool)
    needle = " ".join(query.split()).casefold()
    if needle:
        keep &= frame.apply(lambda row: _matches(row, needle), axis=1).astype(bool)
    return frame[keep]


def _recompute_span(row: dict, value: str) -> None:
    """A corrected date value moves the event: its period and granularity follow the value."""
    row["granularity"], row["date_start"], row["date_end"] = dates.frame_columns(value, row.get("date_mod", ""))


def _same_sentence(text: object) -> str:
    return " ".join(str(text or "").split())


def _find_row(rows: list[dict], event_id: str, fix: Mapping, by_id: dict[str, int],
              by_place: dict[tuple[str, str], list[int]]) -> int | None:
    """The row a correction belongs to: its event (or the merged event holding it) when the date as
    written still matches; else, when the text moved ("Update: " typed above it, the sample renamed
    "pasted text"), the one event with the same date as written in the same sentence."""
    i = by_id.get(event_id)
    if i is not None and fix.get("date_text", rows[i]["date_text"]) == rows[i]["date_text"]:
        return i
    if "sentence" in fix:
        found = by_place.get((str(fix.get("date_text", "")), _same_sentence(fix["sentence"])), [])
        if len(found) == 1:
            return found[0]
    return None


def apply_corrections(frame: pd.DataFrame, corrections: Mapping[str, Mapping]) -> tuple[pd.DataFrame, list[str]]:
    """The frame with the user's corrections and a message per correction that could not be used;
    corrected rows say so in the column ``corrected``.

    A correction is keyed by event_id and records the date as written (and the sentence) of its
    event, so that if the text changes and another event lands on the same id it is not misapplied,
    and if the event only moved it is found again. A merged event takes the corrections of any
    event merged into it. A cleared date goes back to the date found in the text.
    """
    if frame.empty:
        return frame, []
    rows = [dict(row, corrected=False) for row in frame.to_dict(orient="records")]
    by_id: dict[str, int] = {}
    by_place: dict[tuple[str, str], list[int]] = {}
    for i, row in enumerate(rows):
        by_id.setdefault(row["event_id"], i)
        for merged in as_list(row.get("merged_ids")):
            by_id.setdefault(merged, i)
        by_place.setdefault((str(row["date_text"]), _same_sentence(row.get("sentence"))), []).append(i)
    messages, lost = [], 0
    for event_id, fix in corrections.items():
        i = _find_row(rows, event_id, fix, by_id, by_place)
        if i is None:
            lost += 1
            continue
        row = rows[i]
        row["corrected"] = True
        if "summary" in fix:
            row["summary"] = str(fix["summary"] or "")
        if "actors" in fix:
            row["actors"] = as_list(fix["actors"])
        value = str(fix.get("date_value") or "").strip()
        if value and value != row["date_value"]:
            row["date_value"] = value
            _recompute_span(row, value)
            if not row["date_start"]:
                messages.append(f"Your date '{value}' for “{row['date_text']}” is not a calendar date the "
                                "chart can draw (write it like 2023-11, 2022 or 2024-10-04, or a period "
                                "as 2014/2016); the event stays in the table.")
    if lost:
        messages.append(f"{lost} of your corrections no longer match an event (the text changed where they were "
                        "made); they are kept and apply again if that text comes back.")
    fixed = pd.DataFrame(rows, columns=list(frame.columns) + ["corrected"])
    # events without a date the chart can place go last, not first
    fixed["_undated"] = fixed["date_start"].map(lambda d: not isinstance(d, str) or not d)
    fixed = fixed.sort_values(["_undated", "date_start", "date_value", "source", "char_start"], kind="stable")
    return fixed.drop(columns="_undated").reset_index(drop=True), messages


def for_editing(frame: pd.DataFrame) -> pd.DataFrame:
    """The table as the user edits it: actor lists as "a; b" text (a list cell is not editable)."""
    table = frame.copy()
    if "actors" in table.columns:
        table["actors"] = table["actors"].map(lambda a: "; ".join(as_list(a)))
    return table
