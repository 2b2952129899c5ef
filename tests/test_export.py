import json

import pandas as pd

from timeline.export import read_csv, to_csv, to_json


def frame():
    return pd.DataFrame({
        "event_id": ["a#1", "a#2"],
        "summary": ["=HYPERLINK(\"http://evil\",\"click\")", "Ukraine ratifies the treaty"],
        "sentence": ["+1 said", "@channel -5 degrees"],
        "actors": [["Joe Biden", "Ukraine"], []],
        "date_text": ["Last November", "в 2005 году"],
        "char_start": [10, 20],
    })


def test_formula_cells_are_neutralized_in_the_csv():
    text = to_csv(frame()).decode("utf-8-sig")
    assert "'=HYPERLINK" in text and "'+1 said" in text and "'@channel" in text
    for line in text.splitlines()[1:]:
        for cell in line.split(","):
            assert not cell.strip('"').startswith(("=", "+", "@"))


def test_csv_round_trip_gives_the_same_rows():
    original = frame()
    back = read_csv(to_csv(original))
    assert list(back.columns) == list(original.columns)
    assert back["summary"].tolist() == original["summary"].tolist()
    assert back["sentence"].tolist() == original["sentence"].tolist()
    assert back["actors"].tolist() == original["actors"].tolist()
    assert back["date_text"].tolist() == ["Last November", "в 2005 году"]
    assert back["char_start"].astype(int).tolist() == [10, 20]


def test_csv_is_utf8_with_a_byte_order_mark_for_spreadsheets():
    data = to_csv(frame())
    assert data.startswith(b"\xef\xbb\xbf")
    assert "в 2005 году" in data.decode("utf-8-sig")


def test_json_is_an_array_of_objects_with_lists_kept():
    records = json.loads(to_json(frame()))
    assert records[0]["actors"] == ["Joe Biden", "Ukraine"]
    assert records[1]["date_text"] == "в 2005 году"
    assert records[0]["char_start"] == 10


def test_excel_download_keeps_text_and_neutralizes_formulas():
    import io

    from openpyxl import load_workbook

    from timeline.export import to_xlsx

    sheet = load_workbook(io.BytesIO(to_xlsx(frame()))).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:2] == ("event_id", "summary")
    assert rows[1][1] == "'=HYPERLINK(\"http://evil\",\"click\")"  # text, not a formula
    assert rows[2][4] == "в 2005 году"


def test_timelinejs_places_spans_and_escapes_markup():
    from timeline.export import to_timelinejs

    f = pd.DataFrame({
        "event_id": ["a#1", "a#2", "a#3"],
        "date_start": ["2023-11-01", "1997-12-03", ""],
        "date_end": ["2023-11-30", "1997-12-03", ""],
        "granularity": ["month", "day", "year"],
        "date_text": ["Last November", "December 3, 1997", "in 1066"],
        "summary": ["<a href='x'>Hiznay</a> speaks", "Treaty signed", "Hastings"],
        "sentence": ["s1", "s2", "s3"], "source": ["a", "a", "a"], "primary_actor": ["UNIDIR", "", ""],
    })
    doc = json.loads(to_timelinejs(f))
    assert len(doc["events"]) == 2  # the undrawable one is left out
    month, day = doc["events"]
    assert month["start_date"] == {"year": 2023, "month": 11, "display_date": "Last November"}
    assert month["end_date"] == {"year": 2023, "month": 11, "day": 30}
    assert "<a" not in month["text"]["headline"] and "&lt;a" in month["text"]["headline"]
    assert day["start_date"]["day"] == 3 and "end_date" not in day


def test_timelinejs_shows_a_corrected_date_as_corrected():
    from timeline.export import to_timelinejs

    f = pd.DataFrame({
        "event_id": ["a#1", "a#2"], "date_start": ["2014-01-01", "1997-12-03"], "date_end": ["2016-12-31", "1997-12-03"],
        "granularity": ["year", "day"], "date_text": ["December 3, 1997", "December 3, 1997"],
        "date_value": ["2014/2016", "1997-12-03"], "corrected": [True, False],
        "summary": ["x", "y"], "sentence": ["s1", "s2"], "source": ["a", "a"], "primary_actor": ["", ""],
    })
    shown = [e["start_date"]["display_date"] for e in json.loads(to_timelinejs(f))["events"]]
    assert shown == ["2014/2016", "December 3, 1997"]
