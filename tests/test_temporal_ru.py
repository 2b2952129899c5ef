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


# --- the tense of the clause places a date without a year ---------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a perfective verb in the non-past form speaks of the future
    ("В четверг министр посетит завод в Туле.", ("четверг", "2024-11-21")),
    ("В понедельник комиссия проверит отчёты.", ("понедельник", "2024-11-25")),
    ("В субботу в столице откроется выставка.", ("субботу", "2024-11-23")),
    ("В апреле депутаты рассмотрят поправки.", ("апреле", "2025-04")),
    ("Летом подрядчик завершит ремонт трассы.", ("Летом", "2025-SU")),
    # the past tense, by its "-л" ending or a past form without it
    ("В пятницу губернатор подписал указ.", ("пятницу", "2024-11-15")),
    ("В пятницу колонна вернулась на базу.", ("пятницу", "2024-11-15")),
    ("В понедельник скончался бывший мэр.", ("понедельник", "2024-11-18")),
    ("В субботу в аварии погиб водитель.", ("субботу", "2024-11-16")),
])
def test_russian_verbs_give_the_tense(text, expected):
    assert [(x[0], x[2]) for x in found(text)] == [expected]


def test_russian_past_verb_puts_a_later_day_or_month_in_last_year():
    assert found("30 ноября экспедиция вернулась в порт.")[0][2] == "2023-11-30"
    assert found("В декабре завод остановил линию.")[0][2] == "2023-12"
    # the day before the document's own date stays in its year, and so does a coming day
    assert found("19 ноября экспедиция вернулась в порт.")[0][2] == "2024-11-19"
    assert found("30 ноября экспедиция вернётся в порт.")[0][2] == "2024-11-30"


def test_russian_nouns_that_end_like_verbs_give_no_tense():
    # "совет", "отчёт", "финал" are nouns: the weekday keeps its default reading
    assert found("В пятницу совет директоров.")[0][2] == found("В пятницу.")[0][2]
    assert found("В декабре финал турнира.")[0][2] == found("В декабре.")[0][2]


def test_russian_two_months_joined_by_and_share_the_verb():
    assert [x[2] for x in found("В марте и апреле тарифы снизятся.")] == ["2025-03", "2025-04"]


def test_russian_weekday_with_its_date_is_one_day():
    assert found("В четверг, 28 ноября, пройдет саммит.") == [("четверг, 28 ноября", "DATE", "2024-11-28", "")]


# --- four-digit counts are not years -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Колонна прошла 1500 километров.", "Беспилотник упал в 1200 метрах от дома.",
    "На акцию вышли до 3000 человек.", "Штраф составит до 5000 рублей.",
    "Фонд работает с 1800 семьями.", "Объём вырос в 1900 раз.", "Убыток составил 2020 млн рублей.",
    "Запасы оцениваются в 1700 тонн.", "Сделку оценили в 2100 долларов.",
    "Вышка высотой в 1600 метров.", "Курс составил 2010–2020 рублей.", "Выручка выросла в 2.50 раза.",
])
def test_russian_counts_are_not_years(text):
    assert found(text) == []


# --- ranges of years, decades and centuries -----------------------------------------------------

@pytest.mark.parametrize("text, values", [
    ("В 2011–2013 годах завод простаивал.", ["2011", "2013"]),
    ("В 2017-2018 гг. цены росли.", ["2017", "2018"]),
    ("Бюджет принят на 2026–2028 годы.", ["2026", "2028"]),
    ("Между 2009 и 2012 годами город рос.", ["2009", "2012"]),
    ("В XVII–XVIII веках здесь стояла крепость.", ["16", "17"]),
    ("В 1950–1960-е годы строили заводы.", ["195", "196"]),
    ("В восьмидесятые город опустел.", ["198"]),
    ("В нулевые годы цены росли.", ["200"]),
    ("В 30-х годах прошлого века построили плотину.", ["193"]),
])
def test_russian_periods(text, values):
    assert [x[2] for x in found(text)] == values


@pytest.mark.parametrize("text, expected", [
    ("В конце 1970-х годов завод закрыли.", ("конце 1970-х годов", "DATE", "197", "END")),
    ("В середине XX века город перестроили.", ("середине XX века", "DATE", "19", "MID")),
    ("К концу века уровень моря поднимется.", ("концу века", "DATE", "20", "END")),
    ("К концу года инфляция замедлится.", ("концу года", "DATE", "2024", "END")),
    ("В начале прошлого века здесь была деревня.", ("начале прошлого века", "DATE", "19", "START")),
    ("Нулевые ставки сохранятся.", None),
])
def test_russian_parts_of_periods(text, expected):
    assert found(text) == ([expected] if expected else [])


# --- quarters, halves and dates counted from the document's -------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Во II квартале 2023 года спрос упал.", ("II квартале 2023 года", "2023-Q2")),
    ("В 3-м квартале 2022 года выручка выросла.", ("3-м квартале 2022 года", "2022-Q3")),
    ("Во втором полугодии 2023 года добыча снизилась.", ("втором полугодии 2023 года", "2023-H2")),
    ("В первом полугодии банк заработал больше.", ("первом полугодии", "2024-H1")),
    ("Во II полугодии 2022 года спрос упал.", ("II полугодии 2022 года", "2022-H2")),
    ("В марте прошлого года открылся филиал.", ("марте прошлого года", "2023-03")),
    ("В мае следующего года пройдут выборы.", ("мае следующего года", "2025-05")),
    ("В позапрошлом году урожай был рекордным.", ("позапрошлом году", "2022")),
    ("Полгода назад фирма сменила владельца.", ("Полгода назад", "2024-05")),
    ("В прошлые выходные прошли матчи.", ("прошлые выходные", "2024-W46-WE")),
    ("На следующей неделе начнутся учения.", ("следующей неделе", "2024-W48")),
    ("Первого декабря заработает новый закон.", ("Первого декабря", "2024-12-01")),
])
def test_russian_calendar_parts(text, expected):
    assert [(x[0], x[2]) for x in found(text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("На днях мэр подписал постановление.", ("На днях", "DATE", "PAST_REF", "")),
    ("В последние годы добыча падала.", ("последние годы", "DURATION", "PXY", "")),
    ("В прошлые годы урожай был выше.", ("прошлые годы", "DURATION", "PXY", "")),
    ("К полудню снег прекратился.", ("полудню", "TIME", "2024-11-20T12:00", "")),
    ("Ремонт займёт полгода.", ("полгода", "DURATION", "P6M", "")),
    ("Суд назначил ему 15 годам колонии.", ("15 годам", "DURATION", "P15Y", "")),
    ("Ремонт длился пятьдесят дней.", ("пятьдесят дней", "DURATION", "P50D", "")),
    ("Перепись проводится каждые десять лет.", ("каждые десять лет", "SET", "P10Y", "")),
    ("Библиотека закрыта по выходным.", ("по выходным", "SET", "XXXX-WXX-WE", "")),
    ("Бригада вернулась в пятницу вечером.", ("пятницу вечером", "TIME", "2024-11-15TEV", "")),
])
def test_russian_other_expressions(text, expected):
    assert found(text) == [expected]


def test_russian_eve_of_an_event_is_no_date():
    assert found("Накануне выборов партия провела съезд.") == []
    assert found("Накануне министр провел совещание.")[0][2] == "2024-11-19"


def test_russian_next_day_leaves_out_the_preposition():
    got = found("17 ноября экспедиция вышла в море. На следующий день начался шторм.")
    assert [(x[0], x[2]) for x in got] == [("17 ноября", "2024-11-17"), ("следующий день", "2024-11-18")]


def test_russian_clock_time_is_on_the_day_next_to_it():
    got = found("Заседание откроется 3 декабря в 10:30 по московскому времени.")
    assert [(x[0], x[2]) for x in got] == [("3 декабря", "2024-12-03"),
                                           ("10:30 по московскому времени", "2024-12-03T10:30")]
    got = found("Приём заявок закончится в 18:00 мск 25 ноября.")
    assert [x[2] for x in got] == ["2024-11-25T18:00", "2024-11-25"]
    assert found("Взрыв прогремел вчера в 22.15 мск.")[1][2] == "2024-11-19T22:15"


def test_russian_year_word_in_the_genitive_plural_stays_whole():
    assert found("Всю зиму 2015–2016 годов шли дожди.")[0][0] == "зиму 2015–2016 годов"


def test_russian_dates_told_as_the_story_goes_on_keep_its_year():
    got = found("Забастовка началась весной 2019 года. Тогда, 12 апреля, встали заводы.")
    assert got[-1][:3] == ("12 апреля", "DATE", "2019-04-12")
    got = found("Карантин ввели в марте 2020 года. Он действовал с 20 марта по 15 мая.")
    assert [x[2] for x in got] == ["2020-03", "2020-03-20", "2020-05-15"]


def test_russian_past_decision_about_a_day_ahead_keeps_it_ahead():
    assert found("Слушания назначили на 3 декабря.")[0][2] == "2024-12-03"
    assert found("Тарифы повысили с 1 декабря.")[0][2] == "2024-12-01"


def test_russian_weeks_after_an_event_are_a_length():
    assert found("Через три недели после аварии завод возобновил работу.") == [("три недели", "DURATION", "P3W", "")]


@pytest.mark.parametrize("text, value", [
    ("В 2016 компания вышла на биржу.", "2016"),
    ("В 2018 метро открыло новую линию.", "2018"),
    ("В 2021 жители деревни получили газ.", "2021"),
    ("В 2019 нам удалось нарастить экспорт.", "2019"),
])
def test_russian_year_before_a_subject_stays_a_year(text, value):
    assert [x[2] for x in found(text)] == [value]


def test_russian_more_calendar_words():
    assert found("В десятые годы город рос.")[0][2] == "201"
    assert found("Во 2-м полугодии 2023 года спрос вырос.")[0][2] == "2023-H2"
    assert found("В первой половине дня шёл дождь.") == []
    assert found("Через пару дней начнутся учения.")[0][:3] == ("Через пару дней", "DATE", "2024-11-22")
    assert found("Накануне глава региона подписал указ.")[0][2] == "2024-11-19"


def test_russian_past_participle_gives_the_past():
    # "состоявшейся в пятницу встречи": the meeting that took place
    assert found("Итоги состоявшейся в пятницу встречи подвели эксперты.")[0][2] == "2024-11-15"


def test_russian_in_a_month_told_in_the_past_counts_from_the_story():
    got = found("В мае 2019 года цех закрыли. Через месяц его открыли снова.")
    assert got[-1][:3] == ("Через месяц", "DATE", "2019-06")
    assert found("Через месяц цех откроют снова.")[0][2] == "2024-12"
    assert found("Через месяц цех открыли снова.")[0][1:3] == ("DURATION", "P1M")


@pytest.mark.parametrize("text, expected", [
    ("Вечером 18 ноября прошёл митинг.", ("Вечером 18 ноября", "TIME", "2024-11-18TEV", "")),
    ("Утром в понедельник объявили тревогу.", ("Утром в понедельник", "TIME", "2024-11-18TMO", "")),
    ("Завтра утром откроется выставка.", ("Завтра утром", "TIME", "2024-11-21TMO", "")),
    ("Собрание начнётся в 11 часов.", ("11 часов", "TIME", "2024-11-20T11:00", "")),
    ("Приём назначен на 9 часов утра пятницы.", ("9 часов утра пятницы", "TIME", "2024-11-22T09:00", "")),
    ("Забастовка длилась 11 часов.", ("11 часов", "DURATION", "PT11H", "")),
    ("В первой декаде января ждут морозов.", ("первой декаде января", "DATE", "2025-01", "START")),
    ("Три года спустя он вернулся.", ("Три года спустя", "DURATION", "P3Y", "")),
])
def test_russian_times_of_day_and_more(text, expected):
    assert found(text) == [expected]


def test_russian_year_with_its_ending():
    got = found("Фирму основали в 2001 году, а в 2007-м продали.")
    assert [x[:3] for x in got] == [("2001 году", "DATE", "2001"), ("2007-м", "DATE", "2007")]


@pytest.mark.parametrize("text, value", [
    # a future verb in a clause of its own still speaks for the weekday
    ("В четверг, как пишет газета, министр подпишет указ.", "2024-11-21"),
    # short passive participles tell of the past; after "будет" of the future
    ("Указ подписан в четверг.", "2024-11-14"),
    ("В январе план выполнен досрочно.", "2024-01"),
    ("Доклад будет опубликован в четверг.", "2024-11-21"),
    # "принят" is a participle, "отменят" a future verb
    ("Закон принят в понедельник.", "2024-11-18"),
    ("В феврале пошлины отменят.", "2025-02"),
    # nouns that end like verbs
    ("В октябре саммит прошёл в Казани.", "2024-10"),
    ("В мае маршал принимал парад.", "2024-05"),
    ("В понедельник на мосту столкнулись автомобили.", "2024-11-18"),
])
def test_russian_tense_words_and_look_alikes(text, value):
    assert [x[2] for x in found(text)] == [value]


@pytest.mark.parametrize("text, expected", [
    ("Пожар начался около 4 часов ночи.", ("4 часов ночи", "TIME", "2024-11-20T04:00", "")),
    ("Концерт начнётся в 8 вечера.", ("8 вечера", "TIME", "2024-11-20T20:00", "")),
    ("Встреча назначена на 2 часа дня субботы.", ("2 часа дня субботы", "TIME", "2024-11-23T14:00", "")),
    ("Митинг пройдёт в 19:00 по местному времени.", ("19:00 по местному времени", "TIME", "2024-11-20T19:00", "")),
    ("Журнал выходит трижды в год.", ("трижды в год", "SET", "P1Y", "")),
    ("Перепись проходит раз в десять лет.", ("раз в десять лет", "SET", "P10Y", "")),
    ("В День Победы прошёл парад.", ("День Победы", "DATE", "2024-05-09", "")),
    ("К Новому году откроется каток.", ("Новому году", "DATE", "2025-01-01", "")),
    ("В день выборов шёл дождь.", None),
    ("Во II веке до н. э. здесь был порт.", None),
])
def test_russian_clock_words_sets_and_holidays(text, expected):
    assert found(text) == ([expected] if expected else [])


def test_russian_night_between_two_days():
    got = found("В ночь с 5 на 6 июня 2023 года прорвало дамбу.")
    assert [(x[0], x[2]) for x in got] == [("5", "2023-06-05"), ("6 июня 2023 года", "2023-06-06")]


@pytest.mark.parametrize("text, expected", [
    ("Осенью прошлого года прошли учения.", ("Осенью прошлого года", "DATE", "2023-FA", "")),
    ("Следующим летом откроется парк.", ("Следующим летом", "DATE", "2025-SU", "")),
    ("В конце января следующего года откроют мост.", ("конце января следующего года", "DATE", "2025-01", "END")),
    ("За минувшие сутки выпало 30 мм осадков.", ("минувшие сутки", "DURATION", "P1D", "")),
    ("За прошедшую неделю курс упал.", ("прошедшую неделю", "DURATION", "P1W", "")),
    ("В течение последних трёх лет цены росли.", ("последних трёх лет", "DURATION", "P3Y", "")),
])
def test_russian_periods_counted_from_now(text, expected):
    assert found(text) == [expected]


def test_russian_eve_followed_by_its_date_leaves_the_date_to_say_it():
    got = found("Саммит откроется 28 ноября. Накануне, 27 ноября, пройдут консультации.")
    assert [(x[0], x[2]) for x in got] == [("28 ноября", "2024-11-28"), ("27 ноября", "2024-11-27")]


def test_russian_results_of_the_year():
    assert found("По итогам года выручка превысит 1 трлн рублей.")[0][:3] == ("года", "DATE", "2024")


def test_russian_last_night():
    assert found("ПВО за минувшую ночь сбила 20 дронов.")[0][:3] == ("минувшую ночь", "TIME", "2024-11-19TNI")
    assert found("За минувшую неделю курс упал.")[0][1:3] == ("DURATION", "P1W")


def test_russian_day_then_time_of_day():
    assert found("17 ноября вечером прошёл митинг.") == [("17 ноября вечером", "TIME", "2024-11-17TEV", "")]


def test_russian_that_day_is_the_story_day():
    got = found("Сделку закрыли 3 марта 2023 года. В тот же день акции выросли.")
    assert got[-1][:3] == ("тот же день", "DATE", "2023-03-03")
    got = found("Сделку закрыли 3 марта 2023 года. В этот день акции выросли.")
    assert got[-1][:3] == ("этот день", "DATE", "2023-03-03")


def test_russian_nearest_weekday_is_the_next_one():
    assert found("В ближайший понедельник пройдёт заседание.")[0][2] == "2024-11-25"
    assert found("В ближайшем будущем цены вырастут.")[0][2] == "FUTURE_REF"


def test_russian_this_weekday_follows_the_verb():
    assert found("В этот четверг откроется выставка.")[0][2] == "2024-11-21"
    assert found("В этот понедельник открылась выставка.")[0][2] == "2024-11-18"


def test_russian_a_reporting_verb_outside_the_quote_does_not_push_a_day_back():
    # the quote's own verb is first person ("запустим"); the past "сказал" is another clause
    assert found("«30 ноября мы запустим завод», — сказал губернатор.")[0][2] == "2024-11-30"


def test_russian_next_day_after_a_day_ahead():
    got = found("Форум закрылся 5 ноября. Новый откроется 25 ноября, а на следующий день пройдут дебаты.")
    assert [(x[0], x[2]) for x in got] == [("5 ноября", "2024-11-05"), ("25 ноября", "2024-11-25"),
                                           ("следующий день", "2024-11-26")]


def test_russian_month_of_the_same_year():
    got = found("В 1983 году он окончил МГУ. В мае того же года его пригласили в институт.")
    assert got[-1][:3] == ("мае того же года", "DATE", "1983-05")


def test_russian_month_or_day_right_after_a_year_is_in_it():
    assert [x[2] for x in found("В 2019 году в марте начались протесты.")] == ["2019", "2019-03"]
    assert [x[2] for x in found("В 2021 году 7 мая открылся мост.")] == ["2021", "2021-05-07"]


def test_russian_two_days_joined_by_and():
    assert [(x[0], x[2]) for x in found("Учения прошли 11 и 12 ноября.")] == [("11", "2024-11-11"),
                                                                            ("12 ноября", "2024-11-12")]


def test_russian_day_and_month_in_figures():
    assert [x[2] for x in found("Акция продлится с 22.11 по 28.11.")] == ["2024-11-22", "2024-11-28"]
    assert found("Курс вырос до 10.05 рубля.") == []
    assert found("Индекс вырос на 12.10 пункта.") == []


@pytest.mark.parametrize("season, value", [("Летом", "2010-SU"), ("Весной", "2010-SP")])
def test_russian_season_of_the_same_year_is_the_storys(season, value):
    # it raised a TypeError, and the whole article was lost
    text = f"В 2010 году завод закрыли. {season} того же года его снесли."
    assert found(text)[-1][:3] == (f"{season} того же года", "DATE", value)


@pytest.mark.parametrize("text", ["Загрязнение окружающей среды выросло.", "Бизнес-среда ухудшилась.",
                                  "Это создаст благоприятную среду для бизнеса.",
                                  "Экологическая среда региона улучшилась.", "В экспертной среде это критикуют."])
def test_russian_environment_is_no_wednesday(text):
    assert found(text) == []


def test_russian_wednesday_after_a_preposition_is_still_a_day():
    assert [x[2] for x in found("В среду суд отложил заседание. До среды ничего не изменится.")] == \
        ["2024-11-20", "2024-11-20"]


@pytest.mark.parametrize("text, expected", [
    ("Авария произошла 10 мая 2023 года. Тремя днями ранее инспекция выявила нарушения.", ("P3D", "2023-05-07")),
    ("В 2018 году он ушел в отставку, а двумя годами позже вернулся в политику.", ("2020", None)),
    ("Пятью годами позже он вернулся.", ("P5Y", None)),
])
def test_russian_counts_in_the_instrumental_case(text, expected):
    last = tag(text, DCT, lang="ru")[-1]
    assert (last.value, last.point and last.point.value) == expected


def test_russian_earlier_without_a_fine_story_date_is_a_length():
    # a month before some day of 2019 is not a month before the document's date
    assert found("В 2019 году завод закрыли. Месяцем ранее ушел директор.")[-1][1:3] == ("DURATION", "P1M")
    assert found("Неделей ранее, 5 марта 2023 года, прошли выборы.")[0][1:3] == ("DURATION", "P1W")


@pytest.mark.parametrize("text, value", [
    ("Завод закрыли в 2009 году, а в следующем году снесли.", "2010"),
    ("Завод закрыли в 2009 году. На следующий год его снесли.", "2010"),
    ("В 2009 году завод закрыли, а 1 марта следующего года снесли.", "2010-03-01"),
    # in news, the next year is the document's next
    ("Завод закрыли в 2009 году. В следующем году на его месте построят парк.", "2025"),
    ("Выплаты начнутся 1 марта следующего года.", "2025-03-01"),
])
def test_russian_next_year_in_a_past_story_follows_the_story(text, value):
    assert found(text)[-1][2] == value


@pytest.mark.parametrize("text, expected", [
    ("1 сентября прошлого года школа открылась.", ("1 сентября прошлого года", "2023-09-01")),
    ("В 2014 году он уехал. 5 мая того же года он женился.", ("5 мая того же года", "2014-05-05")),
    ("Постановление действует до 31 декабря текущего года.", ("31 декабря текущего года", "2024-12-31")),
])
def test_russian_day_with_a_year_said_in_words(text, expected):
    assert found(text)[-1][0::2] == expected


@pytest.mark.parametrize("text, value", [
    ("Компания отчитается в марте.", "2025-03"),
    ("Правительство намерено снизить налоги в марте.", "2025-03"),
    ("Проект должен быть завершен в марте.", "2025-03"),
    ("В мае обещают запустить линию.", "2025-05"),
    ("Льготы продлены по февраль включительно.", "2025-02"),
    ("По состоянию на 1 октября просроченная задолженность отсутствует.", "2024-10-01"),
])
def test_russian_intent_promise_and_as_of_give_the_year(text, value):
    assert found(text)[-1][2] == value


def test_russian_present_deadline_said_in_january_is_this_december():
    january = dt.date(2025, 1, 15)
    assert found("Льгота действует до 31 декабря.", january)[0][2] == "2025-12-31"
    assert found("Льгота действовала до 31 декабря.", january)[0][2] == "2024-12-31"


def test_russian_collective_numbers_count_days():
    assert found("Пожар начался 14 июля 2022 года и был потушен лишь через двое суток.")[-1][2] == "2022-07-16"
    assert found("Задержанного продержали в отделе трое суток.") == [("трое суток", "DURATION", "P3D", "")]


@pytest.mark.parametrize("text", ["Магазин находится на улице 8 Марта.", "Шествие прошло по улице 1 Мая.",
                                  "Ул. 9 Января перекрыта.", "Площадь 1905 года реконструируют.",
                                  "Шоу выходит на телеканале «Пятница!».", "Об этом пишет газета «Завтра».",
                                  "Фабрика «8 Марта» обанкротилась.", "Матч завершился со счетом 21:19."])
def test_russian_names_and_scores_are_no_dates(text):
    assert found(text) == []


def test_russian_holiday_and_quoted_speech_stay_dates():
    assert found("Перед 8 Марта цены выросли.")[0][2] == "2024-03-08"
    assert found("«Завтра мы начнем», — сказал он.")[0][2] == "2024-11-21"
