"""Many articles into one timeline: merging the same event, flagging date conflicts, key dates."""
import pandas as pd

from timeline import dates
from timeline.corpus import key_dates, key_events, merge_events, wording_similarity
from timeline.pipeline import EVENT_COLUMNS


def event(source, value, summary, actors, published="2024-03-10", mod="", char_start=0, date_text="on Monday"):
    span = dates.period(value, mod)
    return {
        "event_id": f"{source}#{char_start}", "date_value": value, "date_mod": mod,
        "granularity": span.granularity, "date_start": span.start.isoformat(), "date_end": span.end.isoformat(),
        "date_text": date_text, "summary": summary, "sentence": summary + ".", "actors": list(actors),
        "primary_actor": actors[0] if actors else "", "event_kind": "other", "attributed_to": "",
        "source": source, "char_start": char_start, "char_end": char_start + len(date_text),
        "publication_date": published, "publication_date_basis": "given",
    }


def frame(*rows):
    return pd.DataFrame(list(rows), columns=EVENT_COLUMNS)


def test_two_articles_reporting_the_same_event_become_one_row_with_both_sources():
    merged = merge_events(frame(
        event("a.txt", "2024-03-04", "The harbour authority closed the northern ferry terminal",
              ["Harbour Authority"], published="2024-03-05", char_start=40),
        event("b.txt", "2024-03-04", "Harbour authority closes northern ferry terminal after storm",
              ["Harbour Authority", "Port Town"], published="2024-03-04", char_start=12),
        event("b.txt", "2024-03-01", "The mayor of Port Town opened a new library", ["Mayor Lund"], char_start=300),
    ))
    assert len(merged) == 2
    ferry = merged[merged["date_value"] == "2024-03-04"].iloc[0]
    assert ferry["source_count"] == 2
    assert ferry["sources"] == ["b.txt", "a.txt"]  # earliest published first
    assert sorted(ferry["merged_ids"]) == ["a.txt#40", "b.txt#12"]
    assert ferry["event_id"] in ("a.txt#40", "b.txt#12")
    assert set(ferry["actors"]) == {"Harbour Authority", "Port Town"}  # the representative's own
    assert ferry["date_conflict"] == ""


def test_a_merged_event_keeps_actors_two_sources_name_and_drops_one_source_s_stray_name():
    merged = merge_events(frame(
        event("a.txt", "2024-03-04", "Harbour authority closes the northern ferry terminal", ["Harbour Authority"]),
        event("b.txt", "2024-03-04", "Harbour authority closes the northern ferry terminal",
              ["Harbour Authority", "Coast Guard", "GMT LONDON"]),
        event("c.txt", "2024-03-04", "Harbour authority closes the northern ferry terminal",
              ["Harbour Authority", "Coast Guard"]),
    ))
    assert len(merged) == 1
    assert set(merged.iloc[0]["actors"]) == {"Harbour Authority", "Coast Guard"}


def test_a_vague_date_merges_into_the_precise_one_and_keeps_its_event_id():
    merged = merge_events(frame(
        event("a.txt", "2023-10", "Parliament passed the fisheries reform bill", ["Parliament"],
              mod="END", char_start=7, date_text="late October"),
        event("b.txt", "2023-10-25", "Parliament passes fisheries reform bill", ["Parliament"], char_start=99),
    ))
    assert len(merged) == 1
    row = merged.iloc[0]
    assert row["date_value"] == "2023-10-25" and row["event_id"] == "b.txt#99"
    assert row["source_count"] == 2


def test_different_events_on_the_same_day_stay_apart():
    merged = merge_events(frame(
        event("a.txt", "2024-03-04", "The harbour authority closed the northern ferry terminal", ["Harbour Authority"]),
        event("b.txt", "2024-03-04", "Farmers protested against grain import quotas in the capital", ["Farmers Union"]),
    ))
    assert len(merged) == 2
    assert list(merged["source_count"]) == [1, 1]


def test_same_wording_but_different_actors_is_not_one_event():
    merged = merge_events(frame(
        event("a.txt", "2024-03-04", "Police arrested the opposition leader in the capital", ["Norland"]),
        event("b.txt", "2024-03-04", "Police arrested the opposition leader in the capital", ["Sudland"]),
    ))
    assert len(merged) == 2


def test_conflicting_dates_for_the_same_event_are_flagged_not_merged():
    merged = merge_events(frame(
        event("a.txt", "2011-02-17", "Security forces fired on protesters in the port city of Verana",
              ["Verana"], published="2011-02-20", date_text="on February 17"),
        event("b.txt", "2011-02-18", "Security forces fired on protesters in the port city of Verana",
              ["Verana"], published="2011-02-20", date_text="on Feb. 18"),
    ))
    assert len(merged) == 2
    by_date = merged.set_index("date_value")["date_conflict"]
    assert by_date["2011-02-17"] == "2011-02-18 in b.txt"
    assert by_date["2011-02-18"] == "2011-02-17 in a.txt"


def test_a_sentence_with_two_dates_copied_by_two_sources_is_two_events_not_a_conflict():
    sentence = "Prices of crude oil hit their highest since September 2008 on Monday as exports fell"
    merged = merge_events(frame(
        *[event(source, value, sentence, ["Oil Exporters Group"], published="2011-03-08", char_start=start)
          for source in ("a.txt", "b.txt") for value, start in (("2008-09", 40), ("2011-03-07", 70))]
    ))
    assert len(merged) == 2
    assert list(merged["source_count"]) == [2, 2]
    assert list(merged["date_conflict"]) == ["", ""]


def test_the_same_words_on_each_article_s_own_day_are_a_recurring_report_not_a_conflict():
    merged = merge_events(frame(
        event("a.txt", "2011-04-12", "The weekly stock report of the energy agency is due", ["Energy Agency"],
              published="2011-04-12", date_text="today"),
        event("b.txt", "2011-08-23", "The weekly stock report of the energy agency is due", ["Energy Agency"],
              published="2011-08-23", date_text="this afternoon"),
    ))
    assert list(merged["date_conflict"]) == ["", ""]


def test_the_same_date_words_placed_on_different_days_are_not_a_conflict_between_sources():
    # both wrote "on the night": if we place it on different days, the sources did not disagree
    merged = merge_events(frame(
        event("a.txt", "2009-06-25", "The doctor gave the singer several sedatives", ["Doctor Vale"],
              published="2009-06-27", date_text="on the night"),
        event("b.txt", "2011-06-25", "The doctor gave the singer several sedatives", ["Doctor Vale"],
              published="2011-10-07", date_text="On the night"),
    ))
    assert list(merged["date_conflict"]) == ["", ""]


def test_two_dates_in_one_article_are_two_events_not_a_conflict():
    merged = merge_events(frame(
        event("a.txt", "1997", "Ukraine signed the convention on mines", ["Ukraine"], char_start=10),
        event("a.txt", "2005", "Ukraine ratified the convention on mines", ["Ukraine"], char_start=80),
    ))
    assert len(merged) == 2
    assert list(merged["date_conflict"]) == ["", ""]


def test_a_month_does_not_join_two_events_on_different_days():
    merged = merge_events(frame(
        event("a.txt", "2011-02", "Rebels seized the airport of Verana", ["Rebels"], date_text="in February"),
        event("b.txt", "2011-02-17", "Rebels seized the airport of Verana", ["Rebels"]),
        event("c.txt", "2011-02-24", "Rebels seized the airport of Verana", ["Rebels"]),
    ))
    assert len(merged) == 2
    assert sorted(merged["source_count"]) == [1, 2]


def test_merging_an_empty_frame_gives_an_empty_frame_with_the_new_columns():
    merged = merge_events(frame())
    assert merged.empty
    assert {"sources", "source_count", "date_conflict"} <= set(merged.columns)


def test_wording_similarity_sees_inflections_and_ignores_stop_words():
    assert wording_similarity("The council imposed sanctions", "Council imposes new sanctions") > 0.6
    assert wording_similarity("The council imposed sanctions", "Farmers protested in the capital") < 0.2


def test_key_dates_rank_a_date_three_sources_report_above_one_reported_once():
    mentions = frame(
        event("a.txt", "2024-03-04", "The ferry terminal closed", ["Harbour Authority"], published="2024-03-06"),
        event("b.txt", "2024-03-04", "Ferry terminal shut", ["Harbour Authority"], published="2024-03-07"),
        event("c.txt", "2024-03-04", "Terminal closure", ["Harbour Authority"], published="2024-03-08"),
        event("d.txt", "2024-03-01", "The library opened", ["Mayor Lund"], published="2024-03-08"),
        # one source repeating a date many times is still one source
        *[event("e.txt", "2024-03-02", f"Storm warning {k}", ["Weather Office"], published="2024-03-08",
                char_start=k * 10) for k in range(5)],
    )
    ranked = key_dates(mentions, 2)
    assert list(ranked["date"]) == ["2024-03-04", "2024-03-01"]
    assert list(ranked["sources"]) == [3, 1]


def test_key_dates_count_an_article_mentioning_its_own_day_less_than_one_looking_back():
    mentions = frame(
        event("a.txt", "2024-03-05", "Talks opened", ["Norland"], published="2024-03-05"),
        event("b.txt", "2024-03-03", "Ceasefire agreed", ["Norland"], published="2024-03-05"),
    )
    ranked = key_dates(mentions)
    assert list(ranked["date"]) == ["2024-03-03", "2024-03-05"]
    assert ranked.iloc[0]["score"] > ranked.iloc[1]["score"]


def test_key_dates_keep_to_the_window_asked_for():
    mentions = frame(
        event("a.txt", "2024-03-04", "The ferry terminal closed", ["Harbour Authority"], published="2024-03-06"),
        event("b.txt", "2024-04-04", "The ferry terminal reopened", ["Harbour Authority"], published="2024-04-06"),
    )
    assert list(key_dates(mentions, start="2024-04-01", end="2024-04-30")["date"]) == ["2024-04-04"]


def test_key_events_put_the_event_most_sources_report_first():
    mentions = frame(
        event("d.txt", "2024-03-01", "The mayor of Port Town opened a new library", ["Mayor Lund"]),
        *[event(f"{s}.txt", "2024-03-04", "Harbour authority closes the northern ferry terminal",
                ["Harbour Authority"]) for s in "abc"],
    )
    ranked = key_events(mentions, 1)
    assert len(ranked) == 1
    assert ranked.iloc[0]["source_count"] == 3 and ranked.iloc[0]["date_value"] == "2024-03-04"


# ---------------------------------------------------------------- many articles on several cores

ARTICLES = [
    ("harbour.txt", "2024-03-06",
     "Port Town, March 6 (Agency) - The harbour authority closed the northern ferry terminal on Monday.\n"
     "Engineers said the pier had been damaged by waves for years.\n"
     "Mayor Anna Lund said the terminal would reopen on April 2, 2024.\n"),
    ("library.txt", "2024-03-08",
     "The new library of Port Town opened on March 1 after two years of work.\n"
     "Readers queued outside in the rain.\n"),
    ("empty.txt", "2024-03-08", "   \n"),
]


def articles():
    import datetime as dt

    from timeline import Article

    return [Article(text, source, dt.date.fromisoformat(day)) for source, day, text in ARTICLES]


def test_dated_segments_cover_the_text_and_mark_the_lines_with_a_date():
    from timeline.corpus import dated_segments

    text = "No date here.\nSigned on 3 May.\nAnd ratified on 9 May.\nThe end.\n"
    segments = dated_segments(text, [text.index("3 May"), text.index("9 May")])
    assert "".join(text[s:e] for s, e, _ in segments) == text
    assert [(text[s:e], dated) for s, e, dated in segments] == [
        ("No date here.\n", False), ("Signed on 3 May.\nAnd ratified on 9 May.\n", True), ("The end.\n", False)]


def test_bulk_mode_finds_the_same_events_as_parsing_everything():
    from timeline import build_timeline

    full = build_timeline(articles())
    bulk = build_timeline(articles(), bulk=True)
    columns = ["event_id", "date_value", "summary", "sentence"]
    assert len(full.events) >= 3
    assert bulk.events[columns].equals(full.events[columns])
    assert bulk.messages == full.messages  # the empty article is reported either way


def test_two_workers_give_the_same_timeline_as_one():
    from timeline import build_timeline

    one = build_timeline(articles())
    seen = []
    two = build_timeline(articles(), workers=2, progress=lambda i, n, source: seen.append(i))
    assert two.events.equals(one.events)
    assert two.messages == one.messages
    assert seen[-1] == len(ARTICLES)  # the progress bar reaches the end


def test_a_plain_doc_keeps_the_text_exactly_and_starts_a_sentence_on_each_line():
    import spacy

    from timeline.corpus import plain_doc

    text = "  Two  spaces, then\na line.\n\n Last line "
    piece = plain_doc(spacy.blank("en").vocab, text)
    assert piece.text == text
    assert [s.text.strip() for s in piece.sents] == ["Two  spaces, then", "a line.", "Last line"]


def test_an_article_a_step_fails_on_is_left_out_with_a_message_and_the_others_kept(monkeypatch):
    from timeline import build_timeline, corpus

    real = corpus.process_article

    def failing_on_library(article, bulk=False):
        if article.source == "library.txt":
            raise ValueError("a bug in some step")
        return real(article, bulk)

    monkeypatch.setattr(corpus, "process_article", failing_on_library)
    result = build_timeline(articles(), bulk=True)
    assert set(result.events["source"]) == {"harbour.txt"}
    assert any(m.startswith("library.txt: left out because of an internal error (ValueError") for m in result.messages)


def test_reports_in_other_words_or_languages_merge_on_their_date_and_shared_actors():
    from timeline.corpus import merge_events

    frame = pd.DataFrame([
        {"event_id": "en#1", "date_value": "2025-11-19", "date_mod": "", "summary": "Putin and Erdogan agree to restart talks",
         "actors": ["Vladimir Putin", "Recep Tayyip Erdogan"], "primary_actor": "Vladimir Putin", "event_kind": "agreement",
         "source": "bbc.txt", "date_text": "19 November 2025", "publication_date": "2025-11-19"},
        {"event_id": "ru#1", "date_value": "2025-11-19", "date_mod": "", "summary": "Путин и Эрдоган договорились возобновить переговоры",
         "actors": ["Vladimir Putin", "Recep Tayyip Erdogan", "Russia"], "primary_actor": "Vladimir Putin",
         "event_kind": "agreement", "source": "tass.txt", "date_text": "среду", "publication_date": "2025-11-19"},
        # the same day, one shared actor, other things done: two events
        {"event_id": "en#2", "date_value": "2025-11-19", "date_mod": "", "summary": "Wheat futures fell in Chicago",
         "actors": ["Vladimir Putin"], "primary_actor": "", "event_kind": "other",
         "source": "reuters.txt", "date_text": "Wednesday", "publication_date": "2025-11-19"},
    ])
    merged = merge_events(frame)
    assert sorted(merged.source_count.tolist()) == [1, 2]
    both = merged[merged.source_count == 2].iloc[0]
    assert set(both.sources) == {"bbc.txt", "tass.txt"}
