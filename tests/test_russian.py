"""Russian articles: read with the Russian tagger and Natasha, into the same events frame."""
import pytest

from timeline import extract_events
from timeline.language import detect

ARTICLE = (
    "МОСКВА, 20 ноября. /ТАСС/. Правительство России в среду утвердило новые правила вывоза леса, "
    "которые вступят в силу 1 марта 2025 года. Об этом сообщила пресс-служба кабинета министров.\n\n"
    "Мартынов напомнил, что впервые ограничения ввели в июне 2021 года.\n\n"
    "Бывший глава Рослесхоза Ирина Соболева была задержана 3 апреля 2024 года. Соболеву "
    "арестовали на два месяца.\n\n"
    "Вице-премьер Алексей Мартынов заявил во вторник, что правила пересмотрят через год."
)


@pytest.fixture(scope="module")
def frame():
    return extract_events(ARTICLE, source="tass.txt", published="2024-11-20")


def test_the_language_is_told_by_the_letters():
    assert detect(ARTICLE) == "ru"
    assert detect("Putin (Путин) met Xi in Moscow on Tuesday, officials said.") == "en"


def test_russian_dates_are_read_by_the_russian_rules(frame):
    got = dict(zip(frame.date_text, frame.date_value))
    assert got["среду"] == "2024-11-20"
    assert got["1 марта 2025 года"] == "2025-03-01"
    assert got["июне 2021 года"] == "2021-06"
    assert got["3 апреля 2024 года"] == "2024-04-03"
    assert got["вторник"] == "2024-11-19"


def test_a_russian_dateline_is_neither_an_event_nor_an_actor(frame):
    assert not any(a in ("МОСКВА", "ТАСС") for actors in frame.actors for a in actors)
    assert not any(s.startswith(("МОСКВА", "/ТАСС/")) for s in frame.summary)


def test_summaries_are_the_dated_clause_without_its_date(frame):
    by_date = dict(zip(frame.date_value, frame.summary))
    assert by_date["2024-11-20"] == "Правительство России утвердило новые правила вывоза леса"
    # a relative clause is told about the noun "которые" stands for
    assert by_date["2025-03-01"] == "Новые правила вывоза леса вступят в силу"
    assert by_date["2024-04-03"] == "Бывший глава Рослесхоза Ирина Соболева была задержана"


def test_actors_are_named_in_the_nominative_and_shared_with_english_reports(frame):
    row = frame[frame.date_value == "2024-11-20"].iloc[0]
    assert row.primary_actor == "Russia"  # "Правительство России"
    assert row.event_kind == "decision"
    arrested = frame[frame.date_value == "2024-04-03"].iloc[0]
    assert "Ирина Соболева" in arrested.actors and arrested.event_kind == "legal"


def test_a_statement_is_attributed_to_its_speaker(frame):
    said = frame[frame.date_value == "2024-11-19"].iloc[0]
    assert said.primary_actor == "Алексей Мартынов" and said.attributed_to == "Алексей Мартынов"
    assert said.event_kind == "statement"
    assert "пересмотрят" in said.summary


def test_english_text_still_goes_through_the_english_pipeline():
    frame = extract_events("The council of Leeds approved a new bridge on May 5, 2021.")
    assert frame.summary.tolist() == ["The council of Leeds approved a new bridge"]


def test_two_subjects_joined_by_and_both_act_and_the_person_beside_a_title_is_the_actor():
    frame = extract_events("СОЧИ, 19 ноября. /ТАСС/. Президент России Владимир Путин и президент Турции Реджеп "
                           "Тайип Эрдоган в среду договорились возобновить переговоры.", published="2025-11-19")
    row = frame.iloc[0]
    assert row.summary.startswith("Президент России Владимир Путин и президент Турции Реджеп Тайип Эрдоган договорились")
    assert row.primary_actor == "Vladimir Putin"
    assert {"Vladimir Putin", "Recep Tayyip Erdogan"} <= set(row.actors)


def test_an_interfax_dateline_gives_the_day_and_the_written_years_give_the_year():
    frame = extract_events("Москва. 20 ноября. INTERFAX - Мещанский суд Москвы во вторник приговорил бывшего "
                           "замминистра Тимура Иванова к 13 годам колонии. Иванов был задержан 23 апреля 2024 года.")
    assert set(frame.publication_date) == {"2024-11-20"}
    got = dict(zip(frame.date_text, frame.date_value))
    assert got["вторник"] == "2024-11-19" and got["23 апреля 2024 года"] == "2024-04-23"
    assert not any(a in ("INTERFAX", "Москва") for actors in frame.actors for a in actors)
    arrested = frame[frame.date_value == "2024-04-23"].iloc[0]
    assert "Тимур Иванов" in arrested.actors  # "Иванов" is the person named in full


def test_what_is_said_stays_with_the_verb_of_saying_and_a_date_takes_its_leaning_words():
    frame = extract_events("Депутат Госдумы Антон Горелкин в июле предупредил, что WhatsApp «пора готовиться к "
                           "уходу с российского рынка». Саму Meta суд признал экстремистской организацией еще в "
                           "марте 2022 года.", published="2025-11-19")
    rows = {r.date_value: r for r in frame.itertuples()}
    assert rows["2025-07"].summary.endswith("«пора готовиться к уходу с российского рынка»")
    assert rows["2025-07"].primary_actor == "Антон Горелкин" and rows["2025-07"].event_kind == "statement"
    assert rows["2022-03"].summary == "Саму Meta суд признал экстремистской организацией"
    assert rows["2022-03"].event_kind == "legal"


def test_a_parse_that_loops_cuts_its_cycle():
    from timeline.russian import acyclic_heads
    heads = acyclic_heads({"1": "3", "2": "3", "3": "4", "4": "3"})
    assert heads["1"] == "3" and None in heads.values()
    assert acyclic_heads({"1": "2", "2": "0"}) == {"1": "2", "2": "0"}


def test_an_article_whose_parse_loops_still_gives_its_events():
    # Natasha makes "пролеты" and "сомкнули" each other's heads here: the article hung
    frame = extract_events("Мост строили три года. К 2021 году пролеты сомкнули.", published="2025-10-01")
    assert "2021" in set(frame.date_value)


@pytest.mark.parametrize("text, dates", [
    ("В третьем квартале прибыль составила 441 млрд рублей против 412 млрд рублей в июле—сентябре 2024 года.",
     ["2025-Q3"]),
    ("В третьем квартале прибыль составила 441 млрд рублей против 412 млрд рублей годом ранее.", ["2025-Q3"]),
    ("Правила действуют с 1 марта 2025 года.", ["2025-03-01"]),
])
def test_russian_the_period_a_figure_is_compared_with_is_no_event(text, dates):
    assert sorted(extract_events(text, published="2025-10-30").date_value) == dates


def test_a_russian_chronology_gives_each_line_its_event():
    text = ("Хроника переговоров:\n28 мая — «Динамо» направляет первое официальное предложение;\n"
            "12 июля — игрок пропускает сбор команды в Турции;\nвчера — клубы договариваются о сумме.")
    got = dict(zip(*[extract_events(text, published="2025-08-29")[c] for c in ("date_value", "summary")]))
    assert got == {"2025-05-28": "«Динамо» направляет первое официальное предложение",
                   "2025-07-12": "Игрок пропускает сбор команды в Турции",
                   "2025-08-28": "Клубы договариваются о сумме"}


def test_a_tass_lede_without_a_date_of_its_own_is_the_news_of_its_dateline():
    text = ("МОСКВА, 15 марта 2024 года. /ТАСС/. Правительство России утвердило новые правила, сообщил "
            "премьер-министр Михаил Мишустин.")
    frame = extract_events(text)
    assert list(zip(frame.date_value, frame.summary)) == [("2024-03-15", "Правительство России утвердило новые правила")]
    # a lede with a date of its own keeps it
    frame = extract_events("МОСКВА, 20 ноября. /ТАСС/. Правительство России в среду утвердило новые правила.",
                           published="2024-11-20")
    assert list(frame.date_value) == ["2024-11-20"]
