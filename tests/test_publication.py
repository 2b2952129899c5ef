import datetime as dt

from timeline.publication import dateline_day, found_in_header, infer
from timeline.timex import Timex


def tx(value, start=100, type_="DATE"):
    return Timex(start, start + 5, "x", type_, value)


def test_infers_the_year_after_the_latest_written_month_and_the_latest_yearless_day():
    # the sample article: "November 19", "October 4", "end of October 2023", "February 24, 2022", "2005"
    timexes = [tx("XXXX-11-19"), tx("2022"), tx("XXXX-10-04"), tx("2023-10"), tx("1997-12-03"),
               tx("2005"), tx("2022-02-24")]
    assert infer(timexes) == dt.date(2024, 11, 19)


def test_without_yearless_dates_the_latest_full_date_is_used():
    assert infer([tx("2019-05-02"), tx("2020-01-15"), tx("2018")]) == dt.date(2020, 1, 15)


def test_nothing_to_infer_from():
    assert infer([tx("P3D", type_="DURATION"), tx("PRESENT_REF")]) is None


def test_a_dateline_date_is_found_only_near_the_top():
    text = "Kyiv, November 20, 2024\n" + "Body text. " * 100 + "On March 3, 2021 it began."
    head = Timex(6, 23, "November 20, 2024", "DATE", "2024-11-20")
    late = Timex(len(text) - 20, len(text) - 8, "March 3, 2021", "DATE", "2021-03-03")
    assert found_in_header(text, [head, late]) == dt.date(2024, 11, 20)
    assert found_in_header(text, [late]) is None


def test_a_yearless_dateline_gives_the_day_and_the_mentions_give_the_year():
    text = "MOSCOW, Nov 20 (Reuters) - Russia said on Wednesday it had met in October 2023."
    dateline = Timex(8, 14, "Nov 20", "DATE", "XXXX-11-20")
    later = Timex(67, 79, "October 2023", "DATE", "2023-10")
    earlier_mention = Timex(200, 210, "December 1", "DATE", "XXXX-12-01")
    assert infer([dateline, later, earlier_mention], dateline_day(text, [dateline, later])) == dt.date(2024, 11, 20)


def test_a_date_in_the_first_sentence_is_not_a_dateline():
    text = "On March 3, 2021, the council of Leeds approved the plan after a long debate.\nMore text."
    t = Timex(3, 16, "March 3, 2021", "DATE", "2021-03-03")
    assert found_in_header(text, [t]) is None


def test_datelines_and_bylines_are_found():
    cases = [
        ("Kyiv, March 14, 2025\n\nUkraine and the United States agreed.", "March 14, 2025", "2025-03-14"),
        ("WASHINGTON (AP) — Nov. 20, 2024 — The Senate voted on the bill late on Tuesday night.",
         "Nov. 20, 2024", "2024-11-20"),
        ("Published 20 November 2024, 14:05\nThe Senate voted yesterday.", "20 November 2024", "2024-11-20"),
    ]
    for text, written, value in cases:
        start = text.index(written)
        t = Timex(start, start + len(written), written, "DATE", value)
        assert found_in_header(text, [t]) == dt.date.fromisoformat(value), text


def _infer_from(text):
    from timeline.temporal import tag

    return infer(tag(text))


def test_a_lede_dated_with_its_weekday_dates_the_article_even_when_it_writes_the_current_year():
    text = ("The Federal Reserve left rates unchanged on Wednesday, Sept. 18, 2024, but signaled cuts. "
            "Inflation has cooled since the summer of 2022. Its next meeting is on Nov. 6-7, and "
            "economists expect a cut in December.")
    assert _infer_from(text) == dt.date(2024, 9, 18)
    # the weekday does not fit the date (the 18th was a Wednesday): the usual rule decides
    assert _infer_from(text.replace("Wednesday", "Tuesday")) == dt.date(2025, 12, 1)


def test_a_lede_date_is_not_taken_when_the_article_writes_a_later_date_in_full():
    text = ("On Tuesday, Sept. 11, 2001, hijackers flew planes into the towers. "
            "The memorial opened on Sept. 11, 2011, and a museum followed on May 21, 2014.")
    assert _infer_from(text) == dt.date(2014, 5, 21)


def test_without_yearless_dates_a_chronology_is_dated_by_its_latest_month():
    text = ("Fighting broke out on 15 April 2023. In June 2023, the rebels took the west. "
            "By December, seven million had fled. In March 2025, the army retook the palace.")
    assert _infer_from(text) == dt.date(2025, 3, 1)


def _infer_with_tense(text):
    from timeline.pipeline import looks_ahead
    from timeline.temporal import tag

    return infer(tag(text), ahead=lambda t: looks_ahead(text, t))


def test_dates_ahead_say_nothing_of_when_the_article_was_written():
    text = ("The council approved the budget on Nov. 29, 2024. The primary is scheduled for May 19, 2026, "
            "and the deal runs until June 2027.")
    assert _infer_with_tense(text) == dt.date(2024, 11, 29)


def test_a_weekday_written_with_a_yearless_date_chooses_the_year():
    text = ("She was born on Aug. 2, 1933. Her husband died in 2011. "
            "A memorial service will be held on Saturday, Jan. 18.")
    inferred = _infer_with_tense(text)
    assert inferred == dt.date(2014, 1, 18) and inferred.weekday() == 5  # Jan. 18 was a Saturday in 2014
