"""Events: one per dated clause, with actors, summary, kind, primary actor and attribution."""
import json
import pathlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline import extract_events
from timeline.actors import find_actors
from timeline.document import Document
from timeline.events import find_events, is_calendar_date
from timeline.timex import Timex

SEEDS = pathlib.Path(__file__).resolve().parent.parent / "seeds"


def timex(text, written, value, type_="DATE", mod=""):
    start = text.index(written)
    return Timex(start, start + len(written), written, type_, value, mod)


def events_of(text, dates, skipped=()):
    """dates: (text as written, value) or (text, value, type); timexes built by hand, as the tagger would."""
    doc = Document(text)
    find_actors(doc)
    doc.timexes = sorted((timex(text, *d) for d in dates), key=lambda t: t.start)
    doc.skipped = list(skipped)
    return find_events(doc)


def test_two_dated_clauses_in_one_sentence_are_two_events_with_their_own_actors():
    text = "The accord was drafted by Norway, signed on March 3, 2001, and Poland ratified it in 2004."
    evs = events_of(text, [("March 3, 2001", "2001-03-03"), ("2004", "2004")])
    assert len(evs) == 2
    ratified = next(e for e in evs if e.timex.value == "2004")
    assert ratified.primary_actor == "Poland"
    assert ratified.kind == "agreement"
    assert "Poland ratified" in ratified.summary


def test_a_summary_does_not_end_on_the_and_that_led_to_the_next_dated_clause():
    text = "Russia annexed Crimea in March 2014 and launched its full-scale invasion on February 24, 2022."
    evs = events_of(text, [("March 2014", "2014-03"), ("February 24, 2022", "2022-02-24")])
    assert [e.summary for e in evs] == ["Russia annexed Crimea", "Russia launched its full-scale invasion"]


def test_a_pronoun_subject_is_the_last_person_named():
    text = "Angela Merkel visited Warsaw in spring. In 2015, she actually opened the border to refugees."
    ev, = events_of(text, [("2015", "2015")])
    assert ev.primary_actor == "Angela Merkel"
    assert ev.summary.startswith("Angela Merkel opened the border")


def test_report_of_the_previous_sentence_is_the_reporters_event():
    text = "Germany has sent more tanks to Ukraine. This was reported by Reuters on May 5, citing a source."
    ev, = events_of(text, [("May 5", "2024-05-05")])
    assert ev.primary_actor == "Reuters"
    assert ev.attributed_to == "Reuters"
    assert ev.kind == "statement"
    assert {"Reuters", "Germany", "Ukraine"} <= set(ev.actors)
    assert ev.summary.startswith("Reuters reported that Germany has sent")
    assert "citing" not in ev.summary and "This was" not in ev.summary


def test_a_reported_claim_records_who_claims_it():
    text = "On June 2, Human Rights Watch said that Ethiopia had detained dozens of journalists."
    ev, = events_of(text, [("June 2", "2024-06-02")])
    assert ev.attributed_to == "Human Rights Watch"
    assert ev.primary_actor == "Human Rights Watch"
    assert "Ethiopia" in ev.actors


def test_summary_drops_hedges_and_discourse_words():
    text = "It is noted that on April 1 France closed its embassy. As the paper pointed out, " \
           "earlier, on March 9, Italy also recalled its ambassador."
    first, second = events_of(text, [("April 1", "2024-04-01"), ("March 9", "2024-03-09")])
    assert first.summary == "France closed its embassy"
    assert first.primary_actor == "France"
    assert second.summary == "Italy recalled its ambassador"


@pytest.mark.parametrize("text,written,kind", [
    ("On May 2, Russian forces shelled the city of Kharkiv.", "May 2", "attack"),
    ("On May 2, the parliament approved the budget.", "May 2", "decision"),
    ("On May 2, Canada delivered ammunition to Latvia.", "May 2", "aid"),
    ("On May 2, Greece held a general election.", "May 2", "election"),
    ("On May 2, a court in Paris convicted the former minister.", "May 2", "legal"),
    ("On May 2, the weather was mild.", "May 2", "other"),
])
def test_event_kind_from_the_verb(text, written, kind):
    ev, = events_of(text, [(written, "2024-05-02")])
    assert ev.kind == kind


def test_durations_references_and_boilerplate_make_no_event():
    text = "The talks lasted two years. Today the mood is calm. Copyright 2024 Example News."
    evs = events_of(text, [("two years", "P2Y", "DURATION"), ("Today", "PRESENT_REF"), ("2024", "2024")],
                    skipped=[(text.index("Copyright"), len(text))])
    assert evs == []


def test_is_calendar_date():
    assert is_calendar_date(Timex(0, 4, "2005", "DATE", "2005"))
    assert is_calendar_date(Timex(0, 4, "x", "DATE", "2024-W05"))
    assert is_calendar_date(Timex(0, 4, "x", "DATE", "199"))
    assert not is_calendar_date(Timex(0, 4, "x", "DATE", "XXXX-11-19"))
    assert not is_calendar_date(Timex(0, 4, "x", "DURATION", "P2Y"))
    assert not is_calendar_date(Timex(0, 4, "x", "SET", "XXXX-WXX-2"))


def test_sample_article_gold_actors_are_all_found_under_their_canonical_names():
    gold = json.loads((SEEDS / "us-mines-ukraine.gold.json").read_text())
    text = (SEEDS / gold["source"]).read_text()
    dates = [(g["date_text"], g["value"], "DATE", g.get("mod", "")) for g in gold["events"]]
    evs = {e.timex.value: e for e in events_of(text, dates)}
    for g in gold["events"]:
        assert set(g["actors"]) - {"The Washington Post"} <= set(evs[g["value"]].actors), g["what"]
    assert "The Washington Post" in evs["2024-11-19"].actors
    assert evs["2022"].primary_actor == "Joe Biden"
    assert evs["2023-11"].attributed_to == "Mark Hiznay"


def test_a_period_bounded_by_the_date_leaves_the_summary_with_the_date():
    ev, = events_of("In the quarter ended June 30, the bakery posted a record loss.", [("June 30", "2024-06-30")])
    assert ev.summary == "The bakery posted a record loss"


def test_a_date_that_is_an_argument_stays_in_the_summary():
    ev, = events_of("The general picked Saturday night as the time to move.", [("Saturday night", "2024-05-04TNI")])
    assert "Saturday night" in ev.summary


def test_a_relative_clause_with_its_own_subject_is_that_subjects_event():
    ev, = events_of("Angela Merkel defended the reforms she began in 2005.", [("2005", "2005")])
    assert ev.primary_actor == "Angela Merkel"
    assert ev.summary == "Angela Merkel began the reforms"


def test_a_bare_participle_gives_the_clause_around_it():
    ev, = events_of("Under the deal, announced Friday, shareholders will receive cash.", [("Friday", "2024-05-03")])
    assert "shareholders will receive cash" in ev.summary


def test_an_active_report_of_the_previous_sentence_is_the_reporters_event_too():
    text = "Poland will buy new air-defence systems. Reuters reported this on May 5."
    ev, = events_of(text, [("May 5", "2024-05-05")])
    assert ev.primary_actor == ev.attributed_to == "Reuters"
    assert "Poland" in ev.actors
    assert ev.summary == "Reuters reported that Poland will buy new air-defence systems"


def test_a_second_verb_keeps_the_subject_it_shares_with_the_first():
    text = "The state news agency did not name the officer, but said on Friday that the inquiry had ended."
    ev, = events_of(text, [("Friday", "2024-05-03")])
    assert ev.summary == "The state news agency said that the inquiry had ended"
    assert ev.kind == "statement"


def test_it_as_the_subject_of_an_action_is_the_organisation_just_named():
    text = "Deutsche Bank reported weak results. On May 2, it said it would cut 500 jobs."
    ev, = events_of(text, [("May 2", "2024-05-02")])
    assert ev.primary_actor == "Deutsche Bank"
    assert ev.summary.startswith("Deutsche Bank said")


def test_it_in_an_impersonal_clause_is_nobody():
    text = "Deutsche Bank reported weak results. On May 2, it was clear that rates would rise."
    ev, = events_of(text, [("May 2", "2024-05-02")])
    assert ev.primary_actor == ""


WORDS = ["The", "the", "company", "said", "on", "May", "2", ",", ".", "\n", "\n\n", "it", "he", "Biden", "Joe",
         "US", "Kyiv", "signed", "treaty", "which", "began", "(", ")", "UNIDIR", "in", "2005", "and", "This", "was",
         "reported", "by", "Reuters", "“", "”", "Ottawa", "Convention", "Mr.", "President", "—", "é", "2024-05-02"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), max_size=60), st.data())
def test_any_text_gives_mentions_and_events_that_point_into_it(words, data):
    text = " ".join(words)
    doc = Document(text)
    find_actors(doc)
    for m in doc.mentions:
        assert text[m.start:m.end] == m.text and m.name
    # dates anywhere, even mid-word or overlapping nothing sensible
    spots = data.draw(st.lists(st.integers(0, max(len(text) - 1, 0)), max_size=4, unique=True))
    doc.timexes = [Timex(s, min(len(text), s + 4), text[s:s + 4], "DATE", "2024-05-02") for s in sorted(spots)
                   if text[s:s + 4].strip()]
    for ev in find_events(doc):
        assert ev.sentence in text or ev.sentence == ""
        assert all(a for a in ev.actors)


def test_a_date_deep_in_relative_clauses_gives_an_event_not_a_crash():
    import timeline

    frame = timeline.extract_events(
        "The agency released photos of a burned warehouse that it said were taken on Monday.",
        published="2011-03-02")
    assert frame.date_value.tolist() == ["2011-02-28"]
    assert "warehouse" in frame.summary.item()  # a summary a reader can place, not two stray words


def test_a_when_clause_under_the_date_is_the_event_of_that_day():
    import timeline

    frame = timeline.extract_events(
        "The talks in Jeddah followed a tense meeting in the Oval Office on February 28, "
        "when Donald Trump and JD Vance berated Volodymyr Zelensky.", published="2025-03-14")
    event = frame.iloc[0]
    assert event.date_value == "2025-02-28"
    assert event.summary == "Donald Trump and JD Vance berated Volodymyr Zelensky"
    assert {"Donald Trump", "JD Vance", "Volodymyr Zelensky"} <= set(event.actors)


def test_a_dropped_clause_takes_its_commas_and_leaves_the_words_apart():
    text = "Paul Volcker, who led the Fed from 1979 to 1987, pushed rates to nearly 20% in 1981."
    evs = events_of(text, [("1979", "1979"), ("1987", "1987"), ("1981", "1981")])
    assert evs[-1].summary == "Paul Volcker pushed rates to nearly 20%"


def test_the_fed_is_the_federal_reserve():
    text = "The Federal Reserve raised rates in 2022. The Fed cut them in 2024."
    evs = events_of(text, [("2022", "2022"), ("2024", "2024")])
    assert [e.actors for e in evs] == [["Federal Reserve"], ["Federal Reserve"]]


def test_two_sentences_joined_by_a_semicolon_are_two_events():
    text = "In 2005 Israel withdrew its settlers from Gaza; in 2007 Hamas seized control of the strip."
    evs = events_of(text, [("2005", "2005"), ("2007", "2007")])
    assert [e.summary for e in evs] == ["Israel withdrew its settlers from Gaza", "Hamas seized control of the strip"]


def test_dates_coordinated_in_one_clause_each_date_the_clause_without_the_others():
    evs = events_of("In 2006, in 2007 and in 2008 the leaders met again.",
                    [("2006", "2006"), ("2007", "2007"), ("2008", "2008")])
    assert [e.summary for e in evs] == ["The leaders met again"] * 3


def test_a_second_verb_with_a_shared_pronoun_subject_is_its_own_short_event():
    evs = events_of("He was born in 1950 and died in 2020.", [("1950", "1950"), ("2020", "2020")])
    assert [e.summary for e in evs] == ["He was born", "He died"]


def test_a_subject_and_its_verb_are_an_event_of_their_own():
    evs = events_of("She married in 1964; he died in 2011.", [("1964", "1964"), ("2011", "2011")])
    assert [e.summary for e in evs] == ["She married", "He died"]


def test_a_sentence_whose_verb_the_model_took_for_a_participle_keeps_its_voice():
    evs = events_of("A storm hit on Tuesday.", [("Tuesday", "2025-01-14")])
    assert evs[0].summary == "A storm hit"
    evs = events_of("The Convention, signed on December 3, 1997, bans mines.", [("December 3, 1997", "1997-12-03")])
    assert evs[0].summary == "The Convention was signed"


def test_a_claim_in_a_reported_clause_is_attributed_to_the_speaker():
    evs = events_of("Chris Carr said his office would appeal by Wednesday.", [("Wednesday", "2025-04-23")])
    assert evs[0].attributed_to == "Chris Carr" and "Chris Carr" in evs[0].actors


def test_a_period_that_names_a_thing_stays_whole_in_the_summary():
    evs = events_of("Berg scored 20 goals in the 2023-24 season.", [("2023", "2023"), ("24", "2024")])
    assert len(evs) == 1 and evs[0].summary == "Berg scored 20 goals in the 2023-24 season"


def test_a_second_verb_shares_the_whole_subject_even_when_the_model_splits_off_its_possessive():
    text = ("Her 1983 paper linking warming seas to bleaching was initially dismissed but became widely cited "
            "after the mass bleaching events of 1998.")
    evs = events_of(text, [("1983", "1983"), ("1998", "1998")])
    assert evs[1].summary == "Her 1983 paper became widely cited after the mass bleaching events"


def test_a_participle_clause_with_its_own_date_is_its_own_event_and_the_main_clause_keeps_its_part():
    text = ("Harbor City came from two goals down to beat the Wolves 3-2 on Saturday night, "
            "booking a place in the cup final on May 24.")
    evs = events_of(text, [("Saturday night", "2025-05-10"), ("May 24", "2025-05-24")])
    assert [e.summary for e in evs] == ["Harbor City came from two goals down to beat the Wolves 3-2",
                                        "Harbor City booking a place in the cup final"]
    assert evs[1].primary_actor == "Harbor City"


def test_a_date_a_record_or_comparison_is_measured_from_is_not_an_event():
    assert events_of("Turnout reached 61 percent, the highest for a municipal election since 1992.",
                     [("1992", "1992")]) == []
    evs = events_of("The 21st century has seen more heat days than the whole of the 20th century.",
                    [("The 21st century", "20"), ("the 20th century", "19")])
    assert [e.timex.value for e in evs] == ["20"]
    # "since" without a record is the start of what goes on
    assert [e.timex.value for e in events_of("The war has continued since 2014.", [("2014", "2014")])] == ["2014"]


def test_a_preposition_whose_date_went_goes_too():
    evs = events_of("Becker conceded at 1:15 a.m. on Wednesday in a brief speech.",
                    [("1:15 a.m. on Wednesday", "2024-11-06T01:15", "TIME")])
    assert evs[0].summary == "Becker conceded in a brief speech"


def test_he_or_she_stands_for_the_last_person_whose_gender_agrees():
    # "he" is not the woman "she" stood for, even when the man is not recognised as a person
    text = "Rosa Delgado was born in Lisbon in 1931. She married the physicist Arthur Park in 1964; he died in 2011."
    evs = {e.timex.value: e for e in events_of(text, [("1931", "1931"), ("1964", "1964"), ("2011", "2011")])}
    assert evs["1964"].primary_actor == "Rosa Delgado"
    assert evs["2011"].primary_actor != "Rosa Delgado" and "Rosa Delgado" not in evs["2011"].summary
    # forms of address say it too
    text = "Ms. Rosa Delgado hired Mr. Arthur Park in 1990. She fired him in 2001, and he sued her in 2002."
    evs = {e.timex.value: e for e in events_of(text, [("1990", "1990"), ("2001", "2001"), ("2002", "2002")])}
    assert evs["2001"].primary_actor == "Rosa Delgado" and evs["2002"].primary_actor == "Arthur Park"


def test_a_common_given_name_tells_whom_she_or_he_stands_for():
    text = ("Margaret Pryor was born in Leeds in 1937. At 12 she read William Beebe's account of his dives. "
            "She studied zoology, graduating in 1959.")
    evs = {e.timex.value: e for e in events_of(text, [("1937", "1937"), ("1959", "1959")])}
    assert evs["1959"].primary_actor == "Margaret Pryor"


def test_a_pronoun_subject_of_a_passive_is_the_person_it_stands_for():
    text = ("Daniel Marsh denied the charges. He was arrested at Heathrow in October 2020 and was charged by "
            "the Serious Fraud Office in May 2022.")
    evs = {e.timex.value: e for e in events_of(text, [("October 2020", "2020-10"), ("May 2022", "2022-05")])}
    assert evs["2020-10"].summary == "Daniel Marsh was arrested at Heathrow" and "Daniel Marsh" in evs["2020-10"].actors
    assert evs["2022-05"].summary.startswith("Daniel Marsh was charged by") and "Daniel Marsh" in evs["2022-05"].actors


def test_the_person_named_beside_a_description_acts_not_its_owner():
    text = "Mr Putin's spokesman, Dmitry Peskov, said on Tuesday that experts would meet."
    ev = events_of(text, [("Tuesday", "2025-11-18")])[0]
    assert ev.primary_actor == "Dmitry Peskov" and ev.attributed_to == "Dmitry Peskov"


@pytest.mark.parametrize("text, dates", [
    ("Revenue rose to $4.1 billion in the third quarter from $3.8 billion a year earlier.", ["2025-Q3"]),
    ("Sales reached £11m this year, up from £8.2m in 2023.", ["2025"]),
    ("Profit fell to $2 billion in 2024, compared with $3 billion in 2023.", ["2024"]),
    # "from" with no figure after it is no comparison
    ("The firm was founded in 2010. It moved on 3 May 2011 from Paris to Lyon.", ["2010", "2011-05-03"]),
])
def test_the_date_a_figure_is_compared_with_is_no_event(text, dates):
    frame = extract_events(text, published="2025-10-29")
    assert sorted(frame.date_value) == sorted(dates)


def test_a_key_dates_list_gives_each_line_its_event():
    text = ("Key dates:\n- 1946: Heathrow opens to civil flights\n"
            "- 15 January 2009: Labour government approves third runway\n\n"
            "On Tuesday, the government said it backs expansion.")
    frame = extract_events(text, published="2024-07-05")
    got = dict(zip(frame.date_value, frame.summary))
    assert got["1946"] == "Heathrow opens to civil flights"
    assert got["2009-01-15"] == "Labour government approves third runway"


def test_the_page_timestamp_dates_the_page_not_an_event():
    text = "Election night live\n\nLast updated: 5 July 2024, 11:42 BST\n\nThe minister resigned on Tuesday."
    frame = extract_events(text)
    assert list(frame.date_value) == ["2024-07-02"]
    assert set(frame.publication_date) == {"2024-07-05"}


@pytest.mark.parametrize("text, dates", [
    ("Emissions reached a record 57.1 billion tonnes in 2024, up 1.3% on 2023.", ["2024"]),
    ("Brazil has promised to cut emissions by 59% by 2035 from 2005 levels.", ["2035"]),
])
def test_a_baseline_year_is_no_event(text, dates):
    assert list(extract_events(text, published="2025-11-12").date_value) == dates


def test_an_updated_note_is_no_event():
    text = ("Updated Sep 9, 2026, 3:30 PM PDT: added European pricing and release dates.\n\n"
            "Lumen on Wednesday unveiled the Aria 3.")
    assert list(extract_events(text, published="2026-09-09").date_value) == ["2026-09-09"]


def test_a_table_row_tells_what_its_date_is_the_date_of():
    text = ("| Region | Price | Release |\n|---|---|---|\n| UK, Germany, France | | October 16 |\n"
            "| China | TBA | early 2027 |\n\nLumen unveiled the Aria 3 on Wednesday.")
    got = dict(zip(*[extract_events(text, published="2026-09-09")[c] for c in ("date_value", "summary")]))
    assert got["2026-10-16"] == "UK, Germany, France"
    assert got["2027"] == "China; TBA"
