import datetime as dt
from pathlib import Path

import pytest

from timeline import EVENT_COLUMNS, Article, InputError, build_timeline, extract_events

SAMPLE = (Path(__file__).parent.parent / "seeds" / "us-mines-ukraine.txt").read_text("utf-8")


@pytest.fixture(scope="module")
def sample():
    return extract_events(SAMPLE, source="us-mines-ukraine.txt")


def test_sample_gives_its_eight_events_in_date_order(sample):
    assert list(sample.columns) == EVENT_COLUMNS
    assert sample["date_value"].tolist() == [
        "1997-12-03", "2005", "2022", "2022-02-24", "2023-10", "2023-11", "2024-10-04", "2024-11-19"]
    assert sample.loc[sample.date_value == "2023-10", "date_mod"].item() == "END"


def test_offsets_point_at_the_date_as_written(sample):
    for row in sample.itertuples():
        assert SAMPLE[row.char_start:row.char_end] == row.date_text


def test_publication_date_is_inferred_and_said_so(sample):
    assert set(sample.publication_date) == {"2024-11-19"}
    assert set(sample.publication_date_basis) == {"inferred"}


def test_a_year_event_covers_its_year(sample):
    ratified = sample[sample.date_value == "2005"].iloc[0]
    assert (ratified.date_start, ratified.date_end, ratified.granularity) == ("2005-01-01", "2005-12-31", "year")


def test_translation_credit_is_not_an_event(sample):
    assert not sample.sentence.str.contains("Яндекс").any()


def test_a_given_publication_date_re_resolves_relative_dates():
    frame = extract_events(SAMPLE, published="2025-11-20")
    assert "2025-11-19" in frame.date_value.tolist() and "2024-11" in frame.date_value.tolist()
    assert set(frame.publication_date_basis) == {"given"}


def test_empty_text_is_refused_with_a_message():
    with pytest.raises(InputError, match="empty"):
        extract_events("   \n ")


def test_a_bad_publication_date_is_refused_with_a_message():
    with pytest.raises(InputError, match="not a date"):
        extract_events(SAMPLE, published="20/11/2024")


def test_many_articles_make_one_timeline_and_bad_ones_are_reported():
    res = build_timeline([
        Article("The council met on March 3, 2021 in Brussels.", "a.txt"),
        Article("   ", "empty.txt"),
        Article("Nothing dated happens here at all.", "nodates.txt"),
        Article("The Normans invaded England in 1066, and the treaty was signed on May 5, 2019.", "old.txt"),
    ])
    assert set(res.events.source) == {"a.txt", "old.txt"}
    text = " ".join(res.messages)
    assert "empty.txt" in text and "nodates.txt: no dated events" in text
    assert "'1066'" in text and "not drawn" in text
    old = res.events[res.events.date_value == "1066"].iloc[0]
    assert old.date_start == "" and old.granularity == "year"


def test_dates_before_the_chart_s_range_keep_their_place_in_time():
    res = build_timeline([Article("The museum reopened on May 5, 2019. Julius Caesar was assassinated in 44 BC. "
                                  "The Normans conquered England in 1066.", "old.txt")])
    assert res.events.date_value.tolist() == ["BC0044", "1066", "2019-05-05"]
    assert res.events.granularity.tolist() == ["year", "year", "day"]
    assert sum("not drawn" in m for m in res.messages) == 2


def test_without_any_reference_relative_dates_are_placed_from_today_and_the_user_is_told():
    res = build_timeline([Article("The minister resigned yesterday.", "r.txt")])
    assert res.events.date_value.tolist() == [(dt.date.today() - dt.timedelta(days=1)).isoformat()]
    assert set(res.events.publication_date_basis) == {"assumed"}
    assert any("set the reference date" in m for m in res.messages)
    res = build_timeline([Article("The minister resigned yesterday.", "r.txt", dt.date(2024, 3, 5))])
    assert res.events.date_value.tolist() == ["2024-03-04"]


def test_a_dateline_gives_the_publication_date_and_is_not_an_event():
    text = "Kyiv, March 14, 2025\n\nUkraine and the United States agreed on Tuesday to a ceasefire proposal."
    frame = extract_events(text, source="kyiv.txt")
    assert frame.date_value.tolist() == ["2025-03-11"]
    assert set(frame.publication_date_basis) == {"found"} and set(frame.publication_date) == {"2025-03-14"}


def test_a_bug_on_one_article_is_reported_and_the_others_kept(monkeypatch):
    from timeline import pipeline

    real = pipeline.process

    def failing(article):
        if article.source == "bad.txt":
            raise RecursionError("maximum recursion depth exceeded")
        return real(article)

    monkeypatch.setattr(pipeline, "process", failing)
    res = build_timeline([Article("The law passed on June 1, 2020.", "good.txt"),
                          Article("The law passed on June 2, 2020.", "bad.txt")])
    assert set(res.events.source) == {"good.txt"}
    assert any(m.startswith("bad.txt: left out because of an internal error (RecursionError") for m in res.messages)


def test_a_wire_dateline_is_neither_event_nor_actors_nor_summary():
    text = ("WASHINGTON | Wed Mar 2, 2011 9:52am EST\n"
            "WASHINGTON (Reuters) - Secretary of State Hillary Clinton said on Tuesday that Libya's leader "
            "Muammar Gaddafi must step down.")
    frame = extract_events(text, source="wire.txt")
    assert frame.date_value.tolist() == ["2011-03-01"]
    event = frame.iloc[0]
    assert event.publication_date == "2011-03-02" and event.publication_date_basis == "found"
    assert not event.summary.startswith("WASHINGTON") and "Hillary Clinton" in event.summary
    assert "Reuters" not in event.actors and "Hillary Clinton" in event.actors


def test_a_period_is_one_event_spanning_both_ends():
    text = ("Russia occupied the region from 2014 to 2016, officials said. "
            "The summit was held on March 3-5, 2024 in Paris. "
            "From early 2020 to late 2021 the border was closed.")
    frame = extract_events(text, published="2024-11-20")
    rows = {r.date_text: r for r in frame.itertuples()}
    assert set(rows) == {"2014 to 2016", "March 3-5, 2024", "early 2020 to late 2021"}
    years = rows["2014 to 2016"]
    assert (years.date_value, years.granularity, years.date_start, years.date_end) == (
        "2014/2016", "year", "2014-01-01", "2016-12-31")
    assert "2014" not in years.summary and "2016" not in years.summary and "occupied the region" in years.summary
    days = rows["March 3-5, 2024"]
    assert (days.date_value, days.granularity, days.date_start, days.date_end) == (
        "2024-03-03/2024-03-05", "day", "2024-03-03", "2024-03-05")
    narrowed = rows["early 2020 to late 2021"]
    assert (narrowed.date_mod, narrowed.date_start, narrowed.date_end) == ("START/END", "2020-01-01", "2021-12-31")
    for row in frame.itertuples():
        assert text[row.char_start:row.char_end] == row.date_text


def test_an_event_dated_three_days_after_the_last_date_is_placed_on_that_day():
    text = ("Russian troops crossed the border on February 24, 2022. "
            "Three days later, they reached the outskirts of Kyiv.")
    frame = extract_events(text, published="2024-11-20")
    row = frame[frame.date_text == "Three days later"].iloc[0]
    assert (row.date_value, row.granularity, row.date_start) == ("2022-02-27", "day", "2022-02-27")
    assert "reached the outskirts of Kyiv" in row.summary


def test_a_date_restated_more_precisely_is_one_event_on_the_precise_date():
    text = ("Fighting began in Khartoum on 15 April 2023. A year later, in March 2024, the army retook the "
            "presidential palace. In 2019, on April 11, the army removed the president from power.")
    frame = extract_events(text, published="2025-06-01")
    assert frame.date_value.tolist() == ["2019-04-11", "2023-04-15", "2024-03"]
    retook = frame[frame.date_value == "2024-03"].iloc[0]
    assert retook.summary == "The army retook the presidential palace"


def test_an_article_that_says_no_year_is_placed_from_its_dateline_or_today_and_says_so(monkeypatch):
    import timeline.pipeline as pipeline

    monkeypatch.setattr(pipeline, "today", lambda: dt.date(2026, 11, 25))
    text = ("LONDON, Nov 18 (Reuters) - A missile struck Odesa on Sunday, officials said. "
            "Last month, a drone attack on Kharkiv killed seven.")
    res = build_timeline([Article(text, "wire.txt")])
    assert set(res.events.publication_date) == {"2026-11-18"}
    assert set(res.events.publication_date_basis) == {"assumed"}
    assert res.events.date_value.tolist() == ["2026-10", "2026-11-15"]
    assert any("placed as if it was published on 2026-11-18" in m for m in res.messages)
    # without a dateline: today
    res = build_timeline([Article("Officials said the talks ended yesterday.", "note.txt")])
    assert res.events.date_value.tolist() == ["2026-11-24"]


def test_a_period_in_the_first_sentence_is_not_taken_for_a_dateline():
    frame = extract_events("The summit ran March 30 – April 2, 2024 in Vienna, officials said.")
    assert frame.date_value.tolist() == ["2024-03-30/2024-04-02"]
    assert frame.date_text.tolist() == ["March 30 – April 2, 2024"]


def test_a_dateline_in_the_first_sentence_leaves_the_summary_and_the_actors():
    frame = extract_events("LONDON, March 10, 2019 — On Monday, the council of Leeds approved a new bridge.")
    assert frame.summary.tolist() == ["The council of Leeds approved a new bridge"]
    assert frame.date_value.tolist() == ["2019-03-04"]  # the Monday before, as "approved" says
    assert "United Kingdom" not in frame.actors.iloc[0]


def test_periods_across_a_year_and_within_a_night():
    frame = extract_events("The festival ran from Dec. 30, 2024, to Jan. 2, 2025.", published="2025-05-10")
    assert frame.date_value.tolist() == ["2024-12-30/2025-01-02"] and frame.summary.tolist() == ["The festival ran"]
    # "from midnight until 9 a.m.": never a period that ends before it starts
    frame = extract_events("A red weather warning was in place from midnight until 9 a.m.", published="2025-01-14")
    for row in frame.itertuples():
        assert "/" not in row.date_value or row.date_start <= row.date_end


def test_a_wire_lede_without_a_date_of_its_own_is_the_news_of_its_datelines_day():
    text = ("WASHINGTON, Nov. 20, 2024 (Reuters) - The U.S. Senate passed the defence bill, sending it to "
            "President Joe Biden. The House approved its version on Nov. 14.")
    frame = extract_events(text)
    lede = frame[frame.date_value == "2024-11-20"].iloc[0]
    assert lede.summary.startswith("The U.S. Senate passed the defence bill")
    assert lede.date_text == "Nov. 20, 2024" and text[lede.char_start:lede.char_end] == "Nov. 20, 2024"
    assert lede.sentence.startswith("The U.S. Senate") and "Joe Biden" in lede.actors
    assert frame.date_value.tolist() == ["2024-11-14", "2024-11-20"]
    # a lede with its own date is dated by it; a date line of its own heads a text, not a lede
    assert extract_events("LONDON, March 10, 2019 — On Monday, the council approved a bridge.").date_value.tolist() \
        == ["2019-03-04"]
    assert extract_events("Published 20 November 2024\nThe history of the mines goes back decades.").empty


def test_a_dateline_with_its_country_is_found():
    frame = extract_events("ODESA, Ukraine, March 3, 2023 (Reuters) - Dockworkers walked off the job on Monday.")
    assert set(frame.publication_date) == {"2023-03-03"} and set(frame.publication_date_basis) == {"found"}
    assert frame.summary.tolist() == ["Dockworkers walked off the job"]
    assert frame.actors.iloc[0] == []  # neither the place nor the agency of the dateline


def test_a_text_longer_than_the_parser_takes_is_still_read_where_it_holds_dates():
    text = "On May 5, 2021 the council of Leeds approved a new bridge. " + \
        "The weather was mild and people walked in the park. " * 24_000  # 1.3 million characters, one line
    res = build_timeline([Article(text, "long.txt")])
    assert res.events.summary.tolist() == ["The council of Leeds approved a new bridge"]
    assert any("long text" in m for m in res.messages)


def test_an_assumed_date_is_the_latest_possible_so_past_days_fall_before_it(monkeypatch):
    import timeline.pipeline as pipeline

    monkeypatch.setattr(pipeline, "today", lambda: dt.date(2026, 11, 25))
    res = build_timeline([Article("The mayor resigned on December 2. Lawmakers will return on Dec. 9.", "x.txt")])
    assert res.events.date_value.tolist() == ["2025-12-02", "2026-12-09"]


def test_datelines_inside_the_text_are_neither_summaries_nor_actors():
    text = ("LONDON, March 10, 2019 — The council of Leeds approved a new bridge on Monday.\n\n"
            "PARIS, June 5, 2021 — France signed the accord in 2020.")
    frame = build_timeline([Article(text, "two.txt")]).events
    assert sorted(frame.summary.tolist()) == ["France signed the accord", "The council of Leeds approved a new bridge"]
    assert "United Kingdom" not in [a for actors in frame.actors for a in actors]


def test_a_century_bc_is_listed_as_a_century():
    frame = extract_events("The temple was built in the 5th century BC.", published="2024-11-20")
    assert frame.date_value.tolist() == ["BC04"] and frame.granularity.tolist() == ["century"]


def test_a_past_day_after_a_known_publication_date_is_last_years():
    frame = extract_events("Angela Merkel visited the valley on 18 July. She will return on 20 July.", published="2026-07-10")
    assert frame.date_value.tolist() == ["2025-07-18", "2026-07-20"]


def test_a_live_blog_entry_is_dated_by_its_heading_clock():
    text = ("Storm live, Wednesday 21 January 2026\n\n"
            "07:48 GMT\nScotRail says all train services will be suspended. A spokesperson apologised.\n\n"
            "08:20 GMT\nYesterday the resilience committee met twice.\n\n"
            "09:05 GMT\nGlasgow Airport has cancelled all flights.\n")
    frame = extract_events(text)
    rows = dict(zip(frame.date_value, frame.summary))
    assert rows["2026-01-21T07:48"] == "ScotRail says all train services will be suspended"
    assert rows["2026-01-21T09:05"] == "Glasgow Airport has cancelled all flights"
    assert rows["2026-01-20"] == "The resilience committee met twice"  # the entry's own date dates it
    assert "2026-01-21T08:20" not in rows


def test_a_record_counted_from_a_date_and_a_sports_season_are_not_placed_as_events():
    frame = extract_events("It was Arsenal's first league win at Stamford Bridge since April 2023. Rice, who has "
                           "played 52 matches this season, scored. Prices have risen since March 2023.",
                           published="2026-04-10")
    assert frame.date_value.tolist() == ["2023-03"]


@pytest.mark.parametrize("text, published, basis", [
    # a record measured from a year is no evidence of the year of writing
    ("PHOENIX, Nov. 4 (Reuters) - Turnout was the highest since 1990.", "2026-11-04", "assumed"),
    # a date the article looks ahead to, or a period's end, is not the year of writing either; and no
    # publication date can be after today
    ("PHOENIX, Nov. 4 (Reuters) - Ortega won on Wednesday.\n- Jan. 5, 2027: Ortega is sworn in.",
     "2026-11-04", "assumed"),
    ("КРАСНОЯРСК, 13 окт — РИА Новости. На программу в 2025–2027 годах выделено 4,2 млрд рублей.",
     "2025-10-13", "inferred"),
    # a full date on a header line gives a yearless dateline its year
    ("PHOENIX, Nov. 4 (Reuters)\nUpdated: Wednesday, November 4, 2026, 7:40 a.m. MST\n\nOrtega won on Wednesday.",
     "2026-11-04", "found"),
    ("By Tom Becker | Sep 9, 2026, 1:04 PM PDT\n\nLumen on Wednesday unveiled the Aria 3.", "2026-09-09", "found"),
])
def test_the_year_of_a_yearless_dateline(monkeypatch, text, published, basis):
    import timeline.pipeline as pipeline

    monkeypatch.setattr(pipeline, "today", lambda: dt.date(2026, 11, 25))
    frame = extract_events(text)
    assert set(zip(frame.publication_date, frame.publication_date_basis)) == {(published, basis)}


def test_a_byline_is_neither_an_event_nor_its_date():
    frame = extract_events("By Tom Becker | Sep 9, 2026, 1:04 PM PDT\n\nLumen on Wednesday unveiled "
                                    "the Aria 3, which ships from October 2.")
    assert sorted(zip(frame.date_text, frame.date_value)) == [("October 2", "2026-10-02"),
                                                              ("Wednesday", "2026-09-09")]
