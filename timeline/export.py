"""Downloads: the events a user sees, as CSV and JSON.

CSV is opened in spreadsheets, which run any cell starting with = + - @ (or a tab or
carriage return) as a formula; article text is untrusted, so such cells get a leading
apostrophe, the neutralization OWASP recommends. ``read_csv`` undoes it.
"""
from __future__ import annotations

import io
import json

import pandas as pd

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
LIST_SEPARATOR = "; "
LIST_COLUMNS = ("actors",)


def neutralize(cell: str) -> str:
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def _unneutralize(cell: str) -> str:
    return cell[1:] if cell.startswith("'") and cell[1:2] in FORMULA_STARTS else cell


def _flat(value) -> object:
    if isinstance(value, (list, tuple)):
        return LIST_SEPARATOR.join(map(str, value))
    return value


def _csv_cell(value) -> object:
    value = _flat(value)
    return neutralize(value) if isinstance(value, str) else value


def to_csv(frame: pd.DataFrame) -> bytes:
    """UTF-8 with a byte-order mark, so Excel shows accents and Cyrillic right."""
    out = frame.copy()
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col]):
            out[col] = out[col].map(_csv_cell)
    return out.to_csv(index=False).encode("utf-8-sig")


def read_csv(data: bytes) -> pd.DataFrame:
    """The frame back from ``to_csv`` output (formula guards removed, actor lists rebuilt)."""
    frame = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig", dtype=str, keep_default_na=False)
    for col in frame.columns:
        frame[col] = frame[col].map(_unneutralize)
    for col in LIST_COLUMNS:
        if col in frame.columns:
            frame[col] = frame[col].map(lambda s: s.split(LIST_SEPARATOR) if s else [])
    return frame


def to_records(frame: pd.DataFrame) -> list[dict]:
    records = []
    for row in frame.to_dict(orient="records"):
        records.append({k: (list(v) if isinstance(v, tuple) else v) for k, v in row.items()})
    return records


def to_json(frame: pd.DataFrame) -> bytes:
    """An array of objects, one per event, with the frame's columns; lists stay lists."""
    return json.dumps(to_records(frame), ensure_ascii=False, indent=1, default=str).encode("utf-8")


def to_xlsx(frame: pd.DataFrame) -> bytes:
    """An Excel workbook of the events; text cells are written as text, formulas neutralized as in CSV."""
    out = frame.copy()
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col]):
            out[col] = out[col].map(_csv_cell)
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        out.to_excel(writer, index=False, sheet_name="events")
    return buffer.getvalue()


def _timelinejs_date(iso: str, granularity: str) -> dict:
    year, month, day = iso.split("-")
    date = {"year": int(year)}
    if granularity not in ("year", "decade", "century"):
        date["month"] = int(month)
    if granularity in ("day",):
        date["day"] = int(day)
    return date


def to_timelinejs(frame: pd.DataFrame, title: str = "Timeline") -> bytes:
    """Knight Lab TimelineJS JSON, which newsrooms embed; its text fields are HTML, so ours are escaped."""
    from html import escape

    events = []
    for row in to_records(frame):
        if not row.get("date_start"):
            continue  # TimelineJS cannot place it either
        granularity = row.get("granularity", "day")
        event = {
            "unique_id": str(row.get("event_id", "")),
            # a date the user corrected is shown as corrected, not as the text wrote it
            "start_date": {**_timelinejs_date(row["date_start"], granularity),
                           "display_date": str(row.get("date_value" if row.get("corrected") is True else "date_text", ""))},
            "text": {"headline": escape(str(row.get("summary", ""))),
                     "text": f"<p>{escape(str(row.get('sentence', '')))}</p>"
                             f"<p>Source: {escape(str(row.get('source', '')))}</p>"},
        }
        if row.get("date_end") and row["date_end"] != row["date_start"]:
            event["end_date"] = _timelinejs_date(row["date_end"], "day")
        if row.get("primary_actor"):
            event["group"] = escape(str(row["primary_actor"]))
        events.append(event)
    return json.dumps({"title": {"text": {"headline": escape(title)}}, "events": events},
                      ensure_ascii=False, indent=1).encode("utf-8")
