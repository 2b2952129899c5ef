"""The tagger in Russian: the same expression classes as English, from lang/ru.py."""
import datetime as dt

import pytest

from timeline.temporal import tag

DCT = dt.date(2024, 11, 20)  # a Wednesday


def found(text, dct=DCT):
    return [(x.text, x.type, x.value, x.mod) for x in tag(text, dct, lang="ru")]


@pytest.mark.parametrize("text, expected", [
    ("Об этом 19 ноября сообщила газета.", ("19 ноября", "DATE", "2024-11-19", "")),
    ("В 2022 году он отменил решение.", ("2022 году", "DATE", "2022", "")),
    ("В прошлом ноябре эксперт заявил об этом.", ("прошлом ноябре", "DATE", "2023-11", "")),
    ("В конце октября 2023 года представитель указал на нарушение.",
     ("конце октября 2023 года", "DATE", "2023-10", "END")),
    ("Три года назад всё изменилось.", ("Три года назад", "DATE", "2021", "")),
    ("Вчера президент подписал указ.", ("Вчера", "DATE", "2024-11-19", "")),
    ("Операция началась 24 февраля 2022 года.", ("24 февраля 2022 года", "DATE", "2022-02-24", "")),
    ("Рост начался в середине 2021 года.", ("середине 2021 года", "DATE", "2021", "MID")),
    ("Продажи упали в первой половине 2023 года.", ("первой половине 2023 года", "DATE", "2023-H1", "")),
    ("Город рос в 1990-х годах.", ("1990-х годах", "DATE", "199", "")),
    ("Крепость построили в XIX веке.", ("XIX веке", "DATE", "18", "")),
    ("Документ датирован 27.07.2023.", ("27.07.2023", "DATE", "2023-07-27", "")),
    ("Встреча пройдет в понедельник.", ("понедельник", "DATE", "2024-11-25", "")),
    ("Переговоры длились три дня.", ("три дня", "DURATION", "P3D", "")),
    ("Совет собирается каждый вторник.", ("каждый вторник", "SET", "XXXX-WXX-2", "")),
    ("Цены выросли в прошлом году.", ("прошлом году", "DATE", "2023", "")),
    ("Решение примут в следующем месяце.", ("следующем месяце", "DATE", "2024-12", "")),
    ("Летом 2020 года шли дожди.", ("Летом 2020 года", "DATE", "2020-SU", "")),
    ("Год назад всё было иначе.", ("Год назад", "DATE", "2023", "")),
    ("План выполнят в начале года.", ("начале года", "DATE", "2024", "START")),
    ("Закон принят в 2022-м году.", ("2022-м году", "DATE", "2022", "")),
    ("Это было в 90-е годы.", ("90-е годы", "DATE", "199", "")),
    ("Заседание начнётся в 15:00.", ("15:00", "TIME", "2024-11-20T15:00", "")),
    ("Цезарь погиб в 44 году до н. э.", ("44 году до н. э.", "DATE", "BC0044", "")),
])

def test_russian_expressions(text, expected):
    assert found(text) == [expected]


def test_russian_ranges_give_both_ends():
    assert [x[2] for x in found("Он работал там с 2014 по 2016 год.")] == ["2014", "2016"]
    assert [x[2] for x in found("Бои шли между октябрем и декабрем 2023 года.")] == ["2023-10", "2023-12"]
    # days written first share the month and year of the date that ends the range
    assert [x[2] for x in found("Переговоры прошли с 10 по 12 марта 2024 года.")] == ["2024-03-10", "2024-03-12"]
    assert [x[2] for x in found("Между 3 и 5 мая 2023 года шли бои.")] == ["2023-05-03", "2023-05-05"]
    assert [x[:3] for x in found("Зимой 1941–1942 года город голодал.")] == [("Зимой 1941–1942 года", "DATE", "1941-WI")]


def test_russian_days_later_point_to_a_day_from_the_story():
    from timeline.temporal import tag

    got = tag("Он приехал 2 мая 2024 года. Спустя три дня он уехал.", lang="ru")
    assert (got[1].point.text, got[1].point.value) == ("Спустя три дня", "2024-05-05")


def test_russian_numeric_dates_put_the_day_first():
    assert found("Документ от 03/04/2024.")[0][2] == "2024-04-03"


def test_russian_agency_dateline():
    assert found("МОСКВА, 20 ноя — РИА Новости.", None)[0][:3] == ("20 ноя", "DATE", "XXXX-11-20")


def test_russian_narrative_anchor():
    got = found("Война началась в 2014 году. Спустя четыре года он уехал.")
    assert got[-1][2] == "2018"
    got = found("Операция началась 24 февраля 2022 года. На следующий день войска вошли. "
                "На следующей неделе пройдёт встреча.")
    assert [x[2] for x in got] == ["2022-02-24", "2022-02-25", "2024-W48"]


def test_russian_without_a_reference_date_keeps_xs():
    assert found("Об этом 19 ноября сообщила газета.", None)[0][2] == "XXXX-11-19"


@pytest.mark.parametrize("text", ["Он может прийти.", "Цена составила 2500 рублей.", "Трасса М4 закрыта."])
def test_russian_false_friends(text):
    assert found(text) == []


def test_russian_each_clause_reads_its_own_tense():
    got = found("Переговоры начались в сентябре, а завершатся в сентябре.")
    assert [x[2] for x in got] == ["2024-09", "2025-09"]


def test_russian_days_later_are_a_length_without_the_anchor_word():
    assert found("Спустя три дня он вернулся.")[0][:3] == ("три дня", "DURATION", "P3D")
    assert found("Три дня спустя он вернулся.")[0][:3] == ("Три дня", "DURATION", "P3D")
