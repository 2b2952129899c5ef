"""Russian temporal knowledge, read by the same engine as English (see en.py for the format).

Russian inflects: a month is "ноябрь" alone, "19 ноября" with a day, "в ноябре" after a
preposition; so each class lists every form a news text uses. Spans leave out the leading
preposition ("в 2022 году" -> "2022 году"), as TimeML does in English.
"""
import re

from ..grammar import trie_pattern


def _forms(stems: dict[str, int], endings: tuple[str, ...]) -> dict[str, int]:
    return {stem + end: value for stem, value in stems.items() for end in endings}


MONTHS = {
    "январь": 1, "января": 1, "январе": 1, "февраль": 2, "февраля": 2, "феврале": 2,
    "март": 3, "марта": 3, "марте": 3, "апрель": 4, "апреля": 4, "апреле": 4,
    "май": 5, "мая": 5, "мае": 5, "июнь": 6, "июня": 6, "июне": 6,
    "июль": 7, "июля": 7, "июле": 7, "август": 8, "августа": 8, "августе": 8,
    "сентябрь": 9, "сентября": 9, "сентябре": 9, "октябрь": 10, "октября": 10, "октябре": 10,
    "ноябрь": 11, "ноября": 11, "ноябре": 11, "декабрь": 12, "декабря": 12, "декабре": 12,
    "янв.": 1, "фев.": 2, "февр.": 2, "апр.": 4, "авг.": 8, "сент.": 9, "окт.": 10, "нояб.": 11,
    "дек.": 12,
    # instrumental, after "между", "с ... по", "перед": "между октябрем и декабрем"
    "январем": 1, "январём": 1, "февралем": 2, "февралём": 2, "мартом": 3, "апрелем": 4, "маем": 5,
    "июнем": 6, "июлем": 7, "августом": 8, "сентябрем": 9, "сентябрём": 9, "октябрем": 10,
    "октябрём": 10, "ноябрем": 11, "ноябрём": 11, "декабрем": 12, "декабрём": 12,
}
# Agency datelines abbreviate the month after the day: "МОСКВА, 20 ноя — РИА Новости".
MONTH_ABBREVIATIONS = {"янв": 1, "фев": 2, "мар": 3, "апр": 4, "мая": 5, "июн": 6, "июл": 7, "авг": 8,
                       "сен": 9, "окт": 10, "ноя": 11, "дек": 12}

WEEKDAYS = {
    "понедельник": 1, "понедельника": 1, "вторник": 2, "вторника": 2, "среда": 3, "среду": 3,
    "среды": 3, "четверг": 4, "четверга": 4, "пятница": 5, "пятницу": 5, "пятницы": 5,
    "суббота": 6, "субботу": 6, "субботы": 6, "воскресенье": 7, "воскресенья": 7,
}
WEEKDAY_PLURALS = {"понедельникам": 1, "вторникам": 2, "средам": 3, "четвергам": 4,
                   "пятницам": 5, "субботам": 6, "воскресеньям": 7, "выходным": "WE"}

SEASONS = {
    "весна": "SP", "весной": "SP", "весны": "SP", "весну": "SP", "лето": "SU", "летом": "SU",
    "лета": "SU", "осень": "FA", "осенью": "FA", "осени": "FA", "зима": "WI", "зимой": "WI",
    "зимы": "WI", "зиму": "WI",
}

UNITS = {
    **dict.fromkeys(("секунда", "секунды", "секунд", "секунду"), "S"),
    **dict.fromkeys(("минута", "минуты", "минут", "минуту"), "MIN"),
    **dict.fromkeys(("час", "часа", "часов"), "H"),
    **dict.fromkeys(("день", "дня", "дней", "сутки", "суток"), "D"),
    **dict.fromkeys(("неделя", "недели", "недель", "неделю"), "W"),
    **dict.fromkeys(("месяц", "месяца", "месяцев"), "M"),
    **dict.fromkeys(("квартал", "квартала", "кварталов"), "Q"),
    **dict.fromkeys(("год", "года", "лет"), "Y"),
    **dict.fromkeys(("десятилетие", "десятилетия", "десятилетий"), "E"),
    **dict.fromkeys(("век", "века", "веков"), "C"),
    "годом": "Y", "месяцем": "M", "неделей": "W", "днем": "D", "днём": "D",
    "годы": "Y", "месяцы": "M", "дни": "D",
    # "к 12 годам колонии", "с тремя годами", "по двум месяцам"
    "годам": "Y", "годами": "Y", "месяцам": "M", "месяцами": "M", "неделям": "W", "неделями": "W",
    "дням": "D", "днями": "D", "суткам": "D", "часам": "H", "часами": "H", "минутам": "MIN",
}
# Unit words that mean "some": "годы назад" (years ago) without a number.
UNITS_PLURAL = {"годы": True, "месяцы": True, "недели": True, "дни": True, "лет": True}
EVERY_COUNTS = {}
# After "в прошлом", "в этом", "на следующей": the calendar unit in the prepositional case.
CALENDAR_UNITS = {
    "году": "Y", "год": "Y", "месяце": "M", "месяц": "M", "неделе": "W", "неделю": "W",
    "квартале": "Q", "квартал": "Q", "десятилетии": "E", "веке": "C", "года": "Y", "месяца": "M",
    "недели": "W", "день": "D", "века": "C", "квартала": "Q",
    "выходные": "WE", "выходных": "WE",
}

NUMBER_WORDS = {
    **dict.fromkeys(("один", "одна", "одно", "одного", "одну", "одной"), 1),
    **dict.fromkeys(("два", "две", "двух"), 2), **dict.fromkeys(("три", "трех", "трёх"), 3),
    **dict.fromkeys(("четыре", "четырех", "четырёх"), 4), **dict.fromkeys(("пять", "пяти"), 5),
    **dict.fromkeys(("шесть", "шести"), 6), **dict.fromkeys(("семь", "семи"), 7),
    **dict.fromkeys(("восемь", "восьми"), 8), **dict.fromkeys(("девять", "девяти"), 9),
    **dict.fromkeys(("десять", "десяти"), 10), **dict.fromkeys(("пятнадцать", "пятнадцати"), 15),
    **dict.fromkeys(("двадцать", "двадцати"), 20), **dict.fromkeys(("тридцать", "тридцати"), 30),
    **dict.fromkeys(("одиннадцать", "одиннадцати"), 11), **dict.fromkeys(("двенадцать", "двенадцати"), 12),
    **dict.fromkeys(("тринадцать", "тринадцати"), 13), **dict.fromkeys(("четырнадцать", "четырнадцати"), 14),
    **dict.fromkeys(("шестнадцать", "шестнадцати"), 16), **dict.fromkeys(("семнадцать", "семнадцати"), 17),
    **dict.fromkeys(("восемнадцать", "восемнадцати"), 18), **dict.fromkeys(("девятнадцать", "девятнадцати"), 19),
    **dict.fromkeys(("сорок", "сорока"), 40), **dict.fromkeys(("пятьдесят", "пятидесяти"), 50),
    **dict.fromkeys(("шестьдесят", "шестидесяти"), 60), **dict.fromkeys(("семьдесят", "семидесяти"), 70),
    **dict.fromkeys(("восемьдесят", "восьмидесяти"), 80), **dict.fromkeys(("девяносто", "девяноста"), 90),
    **dict.fromkeys(("сто", "ста"), 100), "полтора": 1.5, "полутора": 1.5,
    "пол": 0.5,  # "полгода", "полчаса": written as one word with the unit
    "пару": 2, "пара": 2,
    # instrumental, before "днями ранее", "годами позже": "двумя днями ранее"
    "двумя": 2, "тремя": 3, "четырьмя": 4, "пятью": 5, "шестью": 6, "семью": 7, "восемью": 8,
    "девятью": 9, "десятью": 10, "одним": 1, "несколькими": "X",
    # collective, before "суток": "через двое суток"
    "двое": 2, "трое": 3, "четверо": 4, "пятеро": 5, "шестеро": 6, "семеро": 7,
    **dict.fromkeys(("несколько", "нескольких", "много", "многих"), "X"),
}
TENS = {}
DIGIT_WORDS = {}

ORDINALS = {"первый": 1, "первом": 1, "первого": 1, "первой": 1, "второй": 2, "втором": 2,
            "второго": 2, "третий": 3, "третьем": 3, "третьего": 3, "четвертый": 4, "четвертом": 4,
            "четвёртом": 4, "четвертого": 4, "последнем": -1, "последний": -1}
QUARTER_ORDINALS = {**{k: v for k, v in ORDINALS.items() if v in (1, 2, 3, 4, -1)},
                    "I": 1, "II": 2, "III": 3, "IV": 4}  # "в IV квартале"
# "первой половине" (of a year), "первом полугодии"
HALF_ORDINALS = {"первой": 1, "первая": 1, "первую": 1, "второй": 2, "вторая": 2, "вторую": 2,
                 "первом": 1, "первое": 1, "первого": 1, "втором": 2, "второе": 2, "второго": 2,
                 **{f"{n}{end}": n for n in (1, 2) for end in ("", "-м", "-е", "-го", "-ом", "м", "е", "го")},
                 "I": 1, "II": 2}  # "во II полугодии"
# "первого декабря": a day of the month in words, in the genitive
_DAY_WORDS = ("перв", "втор", "треть", "четверт", "пят", "шест", "седьм", "восьм", "девят", "десят",
              "одиннадцат", "двенадцат", "тринадцат", "четырнадцат", "пятнадцат", "шестнадцат",
              "семнадцат", "восемнадцат", "девятнадцат", "двадцат")
DAY_ORDINALS = {(stem + ("его" if stem == "треть" else "ого")): n for n, stem in enumerate(_DAY_WORDS, 1)}
DAY_ORDINALS |= {"двадцать " + k: 20 + v for k, v in DAY_ORDINALS.items() if v < 10}
DAY_ORDINALS |= {"тридцатого": 30, "тридцать первого": 31, "четвёртого": 4}
ORDINALS = {**DAY_ORDINALS, **ORDINALS}
# "девяностые", "в нулевые": decades by name (and "20" in "20-х годах прошлого века"), as 19x0s
DECADE_NAMES = {stem + end: n for n, stem in ((2, "двадцат"), (3, "тридцат"), (4, "сороков"), (5, "пятидесят"),
                                               (6, "шестидесят"), (7, "семидесят"), (8, "восьмидесят"),
                                               (9, "девяност"), (10, "нулев"), (10, "двухтысячн"),
                                               (11, "десят"))
                for end in ("ые", "ых", "ым", "ыми")}
DECADE_WORDS = {**DECADE_NAMES, **{str(10 * n): n for n in range(1, 10)}}

# -1 previous, 0 current, +1 next; "+A"/"-A"/"=A" from the story's last date.
RELATIVE = {
    **dict.fromkeys(("прошлом", "прошлой", "прошлый", "прошлую", "прошлого", "прошлая",
                     "минувшем", "минувшей", "минувший", "минувшую",
                     "минувшие", "прошлые", "минувших", "прошлых", "прошедшую", "прошедшей",
                     "прошлым", "минувшим"), -1),
    **dict.fromkeys(("позапрошлом", "позапрошлого", "позапрошлый", "позапрошлой"), -2),
    **dict.fromkeys(("этом", "этой", "этот", "эту", "этого", "текущем", "текущей", "текущего", "эти",
                     "нынешнем", "нынешней", "сем", "этим", "нынешним"), 0),
    # "следующий"/"предыдущий": from the document's date in news, from the story's in a story told in
    # the past ("Завод закрыли в 2009 году, а в следующем году снесли": 2010)
    **dict.fromkeys(("следующем", "следующей", "следующий", "следующую", "следующего", "следующие",
                     "следующим"), "+P"),
    **dict.fromkeys(("предыдущем", "предыдущей", "предыдущий", "предыдущую", "предыдущего"), "-P"),
    **dict.fromkeys(("будущем", "будущей", "будущий", "будущую", "грядущем", "наступающем",
                     "будущие", "будущим",
                     "ближайший", "ближайшую", "ближайшее"), 1),  # "в ближайший понедельник": the next
    "ближайшие": 0,  # "в ближайшие выходные": the coming ones, this week's
    **dict.fromkeys(("тот же", "тот", "той же", "том же", "того же", "этого же"), "=A"),
}
# "три года назад" (from the document date); "четыре года спустя" (from the story's date).
OFFSET_WORDS = {"назад": -1, "тому назад": -1, "спустя": "+A", "позже": "+A", "позднее": "+A",
                "раньше": "-A", "ранее": "-A", "через": 1}
# "на следующий день", "на следующее утро": counted from the story's last day
# "в этот день", "в тот же день": the story's day
DAY_RELATIVE = {"следующий": "+A", "следующее": "+A", "следующую": "+A", "предыдущий": "-A",
                "предыдущее": "-A", "предыдущую": "-A", "этот": "=A", "тот": "=A", "этот же": "=A",
                "тот же": "=A", "то же": "=A", "ту же": "=A", "ту": "=A"}
# "в предыдущий день": which way from the story's last date.
SIDE_WORDS = {"следующий": 1, "следующей": 1, "следующую": 1, "предыдущий": -1, "предыдущей": -1,
              "накануне": -1}

PART_OF = {"первой декаде": "START", "второй декаде": "MID", "третьей декаде": "END",
           "последней декаде": "END", "первые дни": "START", "последние дни": "END",
           "начале": "START", "начала": "START", "началу": "START", "середине": "MID", "середины": "MID",
           "середину": "MID", "конце": "END", "конца": "END", "концу": "END", "исходе": "END"}
PREFIX_MODS = {}
APPROX_MODS = {"около": "APPROX", "примерно": "APPROX", "почти": "LESS_THAN",
               "более": "MORE_THAN", "больше": "MORE_THAN", "свыше": "MORE_THAN",
               "менее": "LESS_THAN", "меньше": "LESS_THAN", "не менее": "EQUAL_OR_MORE",
               "не более": "EQUAL_OR_LESS", "до": "EQUAL_OR_LESS"}

TIMES_OF_DAY = {"утром": "MO", "утро": "MO", "днем": "AF", "днём": "AF", "вечером": "EV",
                "вечер": "EV", "ночью": "NI", "ночь": "NI"}
# "10 часов вечера", "3 часа ночи", "в 5 утра"
AMPM_WORDS = {"утра": "am", "ночи": "am", "дня": "pm", "вечера": "pm"}
# a time of day after a weekday is read as a named time: "в четверг вечером" is a TIME
NAMED_TIMES = {"полночь": "24:00", "полдень": "12:00", "полуночи": "24:00", "полудня": "12:00", "полудню": "12:00",
               **TIMES_OF_DAY}

DEICTIC = {
    "сегодня": ("shift", "D", 0), "вчера": ("shift", "D", -1), "завтра": ("shift", "D", 1),
    "позавчера": ("shift", "D", -2), "послезавтра": ("shift", "D", 2),
    "сегодня утром": ("tod", "D", 0, "MO"), "вчера вечером": ("tod", "D", -1, "EV"),
    "вчера утром": ("tod", "D", -1, "MO"), "сегодня вечером": ("tod", "D", 0, "EV"),
    "вчера днем": ("tod", "D", -1, "AF"), "вчера ночью": ("tod", "D", -1, "NI"),
    "сегодня днем": ("tod", "D", 0, "AF"), "сегодня ночью": ("tod", "D", 0, "NI"),
    "завтра утром": ("tod", "D", 1, "MO"), "завтра днем": ("tod", "D", 1, "AF"),
    "завтра вечером": ("tod", "D", 1, "EV"), "завтра ночью": ("tod", "D", 1, "NI"),
    "сейчас": ("ref", "PRESENT_REF"), "теперь": ("ref", "PRESENT_REF"),
    "в настоящее время": ("ref", "PRESENT_REF"), "в данный момент": ("ref", "PRESENT_REF"),
    "ныне": ("ref", "PRESENT_REF"), "недавно": ("ref", "PAST_REF"),
    "в последнее время": ("ref", "PAST_REF"), "в будущем": ("ref", "FUTURE_REF"),
    "в ближайшее время": ("ref", "FUTURE_REF"), "скоро": ("ref", "FUTURE_REF"),
    "в ближайшем будущем": ("ref", "FUTURE_REF"), "в обозримом будущем": ("ref", "FUTURE_REF"),
    "на днях": ("ref", "PAST_REF"), "в последние дни": ("ref", "PAST_REF"),
    "накануне": ("shift", "D", -1),  # alone; "накануне выборов" is the eve of something else
}
HOLIDAYS = {**dict.fromkeys(("Новый год", "Нового года", "Новому году", "Новым годом"), (1, 1)),
            **dict.fromkeys(("Рождество", "Рождества", "Рождеству"), (1, 7)),
            **dict.fromkeys(("День Победы", "Дня Победы", "Дню Победы", "Днем Победы", "Днём Победы"), (5, 9)),
            **dict.fromkeys(("День России", "Дня России", "Дню России"), (6, 12)),
            **dict.fromkeys(("День народного единства", "Дня народного единства"), (11, 4))}

SET_WORDS = {"ежедневно": "P1D", "еженедельно": "P1W", "ежемесячно": "P1M", "ежегодно": "P1Y",
             "каждый день": "P1D", "каждую неделю": "P1W", "каждый месяц": "P1M",
             "каждый год": "P1Y", "ежеквартально": "P3M", "ежечасно": "PT1H", "каждый час": "PT1H",
             "раз в год": "P1Y", "раз в месяц": "P1M", "раз в неделю": "P1W"}

FUTURE_MARKERS = ("будет", "будут", "буду", "будем", "станет",
                  # perfective verbs of news schedules: their present form speaks of the future
                  "завершится", "завершатся", "начнется", "начнётся", "начнутся", "вступит", "вступят",
                  "продлится", "закончится", "закончатся", "откроется", "откроются",
                  # perfective verbs in "-ается", which the pattern below leaves to the imperfective
                  "отчитается", "отчитаются", "останется", "останутся", "окажется", "окажутся",
                  "попытается", "попытаются", "постарается", "постараются", "добьется", "добьётся",
                  "добьются", "рассчитается", "расплатится", "сократится", "сократятся")
# Words that open another clause: tense words beyond them speak of another event.
CLAUSE_WORDS = ("и", "но", "а", "однако", "который", "которая", "которое", "которые", "хотя")
FUTURE_HINTS = ("планирует", "планируют", "планируется", "намерен", "намерена", "намерены", "намерено",
                # a promise or an extension points ahead: "обещают запустить в мае", "продлены по февраль"
                "обещает", "обещают", "обещано", "обещаны", "пообещал", "пообещала", "пообещали",
                "продлен", "продлён", "продлена", "продлено", "продлены", "продлили", "продлит", "продлят",
                "собирается", "собираются", "предстоящ", "ожидается", "ожидаются", "запланирован",
                "запланировано", "запланирована", "запланированы", "состоится", "состоятся", "ближайшие",
                "ближайших",
                "пройдет", "пройдёт", "пройдут", "намечен", "намечено", "намечена", "назначено",
                # a day set or moved: "назначен на пятницу", "перенесли на 5 декабря"
                "назначен на", "назначена на", "назначены на", "перенесен на", "перенесена на",
                "перенесено на", "перенесли на", "перенесут на", "отложили до", "отложено до",
                # perfective verbs too short for the pattern below
                "примет", "примут", "придет", "придёт", "придут", "снимет", "снимут", "даст", "дадут")
# A verb in the non-past form of the third person ("отправится", "выступит", "проведут",
# "вырастут") speaks of the future when it is perfective, and of a schedule or a habit when
# not ("проводит", "проходит"): with a date, both point ahead. Verbs in "-ает/-яет" are left
# out: they are mostly imperfective and report ("сообщает", "заявляет", "считается").
# Nouns that end the same way ("совет", "отчёт", "визит", "валют") are listed as exceptions.
NOT_VERBS = ("совет", "ответ", "запрет", "привет", "рассвет", "предмет", "портрет", "секрет",
             "сюжет", "самолет", "самолёт", "вертолет", "вертолёт", "полет", "полёт", "вылет",
             "перелет", "перелёт", "прилет", "прилёт", "налет", "налёт", "отчет", "отчёт", "счет",
             "счёт", "расчет", "расчёт", "учет", "учёт", "зачет", "зачёт", "подсчет", "подсчёт",
             "приоритет", "суверенитет", "университет", "авторитет", "иммунитет", "паритет",
             "комитет", "факультет", "визит", "салют", "валют", "приют", "институт",
             "маршрут", "абсолют", "парашют", "атрибут", "статут", "обет", "завет", "навет", "скелет",
             "сонет", "силуэт", "пакет", "бюджет", "кабинет", "билет", "интернет", "монет", "ракет",
             "газет", "планет", "анкет", "сигарет", "котлет", "конфет", "минут", "побед", "кредит",
             "депозит", "дефицит", "транзит", "лимит", "аппетит", "профицит", "Бейрут", "Кнессет",
             "избит", "разбит", "забит", "подбит", "прибит", "добит",
             # present-tense verbs of reporting and of state: "как пишет газета", "зависит от"
             "говорит", "говорят", "говорится", "пишет", "пишут", "следует", "стоит", "стоят",
             "состоит", "зависит", "зависят", "находится", "находятся", "значит", "сидит", "служит",
             "саммит", "Египет", "Тибет", "Сургут", "Бахмут", "Бриджит", "Маргарет", "пистолет",
             "жилет", "бронежилет", "планшет", "букет", "балет", "буфет", "туалет", "нейтралитет",
             "менталитет", "кларнет", "браслет", "минарет", "лазарет", "корвет", "хребет", "отлет",
             "взлет", "взлёт", "пролет", "почет", "почёт", "просчет", "пересчет", "гранит", "магнит",
             "бандит", "гепатит", "бронхит", "энцефалит", "алфавит", "динамит", "фаворит",
             "метеорит", "реквизит", "монолит", "ребят", "лоскут", "хомут")
_NOT_VERB = r"(?!(?:%s)(?!\w))" % "|".join(NOT_VERBS)
# (A word is taken whole, then its ending is checked by looking back: no backtracking through it.)
_NON_PAST_VERB = (r"[а-яё]{5,}+(?!\w)(?:(?<=[иеёуюя]т)|(?<=[жшчщ]ат)|(?<=[иеёяую]тся)|(?<=[жшчщ]атся))"
                  r"(?<![ая]ет)(?<![ая]ют)(?<![ая]ется)(?<![ая]ются)"
                  # "принят", "занят", "поднят": short participles of the past, not "отменят"
                  r"(?<![иадтб]нят)")
# (the ending is checked first: most words fail there, before the list of exceptions is tried)
FUTURE_MARKER_PATTERN = "(?=%s)%s%s" % (_NON_PAST_VERB, _NOT_VERB, _NON_PAST_VERB)
# Weaker: a future seen from the present ("может повысить", "должны завершить"), for months.
WEAK_FUTURE_MARKERS = ("может", "могут", "сможет", "смогут", "должен", "должна", "должно", "должны",
                       "рассчитывает", "рассчитывают", "прогнозирует", "прогнозируют", "ожидает",
                       "ожидают", "предполагается", "не исключено")
PAST_MARKERS = ("назад", "был", "была", "были", "было", "ранее", "прошлом")
# Past forms the ending pattern below does not find (read as one letter tree: a long list of
# alternatives would be tried word by word at every word)
PAST_FORMS = (  # without the "-л" of the others: "умер", "вынес", "погиб", "помог"
                "умер", "умерла", "умерли", "погиб", "погибла", "погибли", "вынес", "вынесла",
                "вынесли", "внес", "внёс", "внесла", "внесли", "принес", "принёс", "принесла",
                "принесли", "привез", "привёз", "привезла", "привезли", "помог", "помогла",
                "помогли", "смог", "смогла", "смогли", "мог", "могла", "могли", "достиг",
                "достигла", "достигли", "вырос", "выросла", "выросли", "выросло", "рос", "росла",
                "росли", "сгорел", "запер", "стер", "спас", "спасла", "спасли", "пострадал",
                "произошло", "прошла", "прошло", "прошли", "пришла", "пришли", "ушла", "ушли",
                "снес", "снёс", "снесла", "снесли", "унес", "унёс", "унесла", "унесли", "перенес",
                "перенёс", "перенесла", "перенесли", "вывез", "вывезла", "вывезли", "увез", "увезла",
                "увезли", "ввезли", "завезли", "сжег", "сжёг", "сожгла", "сожгли", "поджег", "поджёг",
                "подожгли", "лег", "лёг", "легла", "легли", "слег", "слегла", "слегли", "берег", "сберегли",
                "нашла", "нашли", "вошла", "вошли", "вышла", "вышли", "зашла", "зашли", "перешли",
                "перешла", "дошли", "дошла", "обошлось", "обошли", "пошли", "пошла",
                # short passive participles the pattern leaves out: "закон принят", "проведен"
                "принят", "принята", "принято", "приняты", "снят", "снята", "сняты", "избран",
                "избрана", "избраны", "подписан", "подписана", "подписано", "подписаны", "задержан",
                "задержана", "задержаны", "убит", "убита", "убиты", "ранен", "ранена", "ранены",
                "открыт", "открыта", "открыто", "открыты", "закрыт", "закрыта", "закрыто", "закрыты",
                "начат", "начата", "начато", "проведен", "проведён", "проведена", "проведено",
                "проведены", "введен", "введён", "введена", "введено", "введены", "найден", "найдена",
                "найдено", "найдены", "сбит", "сбита", "сбиты", "взят", "взята", "взято", "взяты",
                # "-тели" ends nouns of agents far more often ("жители", "представители")
                "хотели", "захотели", "летели", "вылетели", "прилетели", "улетели", "пролетели")
# "будет подписан", "должен быть проведен": a participle after these is no past
NOT_PAST_BEFORE = ("будет", "будут", "будем", "буду", "будешь", "быть", "станет", "станут", "не будет")
# The past tense ends in "-л", "-ла", "-ло", "-ли", with "-ся"/"-сь" for reflexive verbs
# ("прибыла", "вернулся", "состоялись"); nouns that end the same way are listed as exceptions.
NOT_PAST = ("генерал", "канал", "финал", "сигнал", "материал", "журнал", "капитал", "персонал",
            "квартал", "арсенал", "скандал", "потенциал", "интервал", "вокзал", "минерал", "радикал",
            "идеал", "недели", "модели", "отели", "панели", "артели", "метели", "начало",
            "немало", "зеркало", "одеяло", "покрывало", "Михаил", "Даниил", "Гавриил", "Израил",
            "Непал", "Сенегал", "Урал", "Сомали", "Бенгал", "Трибунал", "трибунал", "пенал",
            "мемориал", "сериал", "официал", "шакал", "накал",
            "провал", "подвал", "перевал", "завал", "обвал", "детали", "медали", "магистрали",
            "постели", "мебели", "параллели",
            "кардинал", "маршал", "адмирал", "ритуал", "Байкал", "полуфинал", "четвертьфинал",
            "карнавал", "портал", "пьедестал", "терминал", "спортзал", "Рафаил", "Исмаил", "Измаил",
            "автомобили", "профили", "стили", "правило", "крыло", "светило", "стрела", "могила",
            "скала", "шкала", "Гватемала", "Камала", "Ангела", "должен")
# Endings of the past, looked back on from the end of a whole word (no backtracking through it).
_PAST_ENDINGS = (
    # "-л", "-ла", "-ло", "-ли", "-лся", "-лась" after a vowel or "ну": "прибыла", "вернулся"
    r"[аеёиыя]л", r"[аеёиыя]л[аои]", r"[аеёиыя]лся", r"[аеёиыя]л[аои]сь", r"нул", r"нул[аои]", r"нулся",
    r"нул[аои]сь",
    # active past participles: "состоявшейся", "прошедшего", "погибших"
    r"[вдб]ш(?:ий|ая|ее|ие|их|им|ую|ем|ей)", r"[вдб]ш(?:его|ими)", r"[вдб]ш(?:ий|ая|ее|ие|их|им|ую|ем|ей)с[яь]",
    r"[вдб]ш(?:его|ими)с[яь]",
    # short passive participles: "бюджет исполнен", "закон подписан", "он арестован"
    r"ован", r"ован[аоы]", r"(?:жден|ждён|влен|влён)", r"(?:жден|ждён|влен|влён)[аоы]",
    r"(?:щен|щён|чен|шен|шён|жен|лен|лён|нен|нён)", r"(?:щен|щён|чен|шен|шён|жен|лен|лён|нен|нён)[аоы]")
_PAST_FORM = (r"[а-яё]{4,}+(?!\w)(?:%s)(?<!тели)" % "|".join("(?<=%s)" % e for e in _PAST_ENDINGS))
# ("бывший", "former", describes someone now)
PAST_WORD_PATTERN = "(?!бывш)(?=%s)(?!(?:%s)(?!\\w))%s|%s" % (_PAST_FORM, "|".join(NOT_PAST), _PAST_FORM,
                                                            trie_pattern(PAST_FORMS))
# The past tense is unmistakable in Russian: a day or month told in it lies before the document's
# date (a day of slack for a document dated a day behind its news).
PAST_IS_BEFORE_DOCUMENT = 1
# ... but not a day the past decision points to: "заседание назначили на 5 декабря", "пошлины
# повысили с 1 декабря"
PAST_MAY_POINT_AHEAD_AFTER = ("на", "с", "со", "до", "к", "по")
DEADLINE_WORDS = ("до", "к", "не позднее")
# "по состоянию на 1 октября": the day a state is reported at lies behind, whatever the verb
AS_OF_WORDS = ("по состоянию на", "по данным на", "на момент")
# The future tense points ahead up to the same day next year: "Льгота действует до 31 декабря",
# said on 15 January, is this December's (the default window stops half a month short)
WINDOW_START = {1: -0.4}

# Words between the two ends of a range ("between October and December 2023").
RANGE_WORDS = {"и", "по", "до", "-", "\u2013", "\u2014", "или"}
# The two ends of one period: "с 2014 по 2016 год", "между маем и июлем", "2014–2016".
RANGE_JOINS = {"-": None, "\u2013": None, "\u2014": None, "по": "с", "до": "с", "и": "между"}
# "В 2019 году в марте", "В 2023 году 4 марта": a month or day right after a year is in it (no
# comma needed, unlike English)
YEAR_THEN_DAY_GAP = r"\s*,?\s*(?:\w+\s+)?"
# Words joining a bare day to a day-month date: "18 и 19 ноября"
DAY_AND_WORDS = ("и", "или")
# Words that open a range written day first: "с 10 по 12 марта", "между 3 и 5 мая".
RANGE_OPENERS = ("с", "со", "между")
CHANGE_VERBS = ("перенесли", "перенесено", "перенесена", "перенесен", "отложили", "отложено", "отложена")

# "Через месяц его запустили вновь": in the past tense, "через" counts from the story's date;
# "Два года спустя он вернулся" with no date before it is a length
STORY_IN_PAST_RULES = ("in_future", "offset")
# "Месяцем ранее" after "в 2019 году" (or with no date before it) is a month's length, not a month
# before the document's date
LENGTH_WITHOUT_STORY_RULES = ("offset", "offset_year")
# "Прощание пройдет 22 ноября. Похороны состоятся на следующий день": 23 November
NEXT_DAY_AHEAD = True
# "Тогда, 10 октября, ...": the sentence goes on at the time of the story just told
THEN_WORDS = ("тогда",)
# "2 декабря в 11:00", "06:00 мск 21 ноября": the words between a day and a clock time on it
CLOCK_DAY_JOINS = ("в", "около", "", ",")

DAYFIRST = True  # numeric dates: 03/04/2024 is 3 April

FRAGMENTS = {
    "YEAR4": r"(?<![\w$€#.,/:])(?:1[0-9]|20)\d\d(?![\w%]|[.,:/]\d)",
    "YEARWORD": r"(?:-(?:го|м)(?!\w))?(?: (?:года|году|годов|год|г\.)(?!\w))?",  # "в марте 2023-го"
    "DAY": r"(?:[12]\d|3[01]|0?[1-9])(?:-?(?:го|е|ое))?(?!\w|[.,:]\d)",
    "NUMDIGIT": r"(?<![\w$.,])\d{1,3}(?:[ \u00a0]?\d{3})*(?:,\d+)?(?![\w%]|[.,]\d)",
    # centuries in Roman numerals, I to XXI, listed so that the engine knows their first letters
    "ROMAN": r"(?-i:XXI|XX|XIX|XVIII|XVII|XVI|XV|XIV|XIII|XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?!\w)",
    "CENTURYWORD": r"(?:век[аеу]?|веках|веков|вв?\.|столети[еийя]|столетиях)(?!\w)",
    "DECADE_END": r"-?(?:[хе]|ые|ых)(?!\w)",
    "DASH": r" ?[-\u2013\u2014] ?",
    "CLOCK": r"(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?!\d)",
    "ZONE": r"(?: (?:по московскому времени|по местному времени|по Гринвичу|по киевскому времени|по Москве|мск|МСК|\(мск\)))?",
}

NUMBER = r"(?:(?P<numd>{NUMDIGIT})|(?P<num><NUMBER_WORDS>))"

RULES = [
    ("partof_date", "date",
     r"(?P<partof><PART_OF>) (?:(?P<rel><RELATIVE>) (?P<calunit><CALENDAR_UNITS>|года|месяца|недели|века)"
     r"|(?P<decade>(?:1[0-9]|20)\d0)-?х(?: (?:годов|годах|гг\.))?|(?P<dec>[1-9]0)-?х(?: (?:годов|годах))?"
     r"|(?P<month><MONTHS>)(?: (?P<year>{YEAR4}){YEARWORD}| (?P<yrel><RELATIVE>) года(?!\w))?"
     r"|(?P<year_y>{YEAR4})(?:-?(?:го|м))?{YEARWORD}"
     r"|(?P<century>{ROMAN}|\d{1,2}(?:-?го)?) (?:века|столетия)(?!\w)"
     r"|(?P<calunit_this>года|месяца|недели|века)(?! \d))"),
    # "в первой половине 2023 года", "во втором полугодии": a half of a year; "половина" alone
    # is also half of a day or a month ("в первой половине дня"), so it needs the year said
    ("half_of", "date",
     r"(?P<half><HALF_ORDINALS>) (?:половин[еыау] (?:(?P<year>{YEAR4}){YEARWORD}|(?P<rel><RELATIVE>) года|(?P<calunit>года))"
     r"|полугоди(?:[еияю]|ем)(?: (?:(?P<year_2>{YEAR4}){YEARWORD}|(?P<rel_2><RELATIVE>) года|(?P<calunit_2>года)))?)(?!\w)"),
    ("quarter_of", "date",
     r"(?:(?P<quarter><QUARTER_ORDINALS>)|(?P<quarter_d>[1-4])(?:-?(?:м|й|го|ом))?) (?:квартал[еау]?|кв\.)"
     r"(?: (?:(?P<year>{YEAR4}){YEARWORD}|(?P<rel><RELATIVE>) года|(?P<calunit>года)))?(?!\w)"),
    # "во вторник, 26 ноября": one day, named twice
    ("weekday_day_month", "date",
     r"(?P<weekday><WEEKDAYS>),? (?P<day>{DAY}) (?P<month><MONTHS>)(?: (?P<year>{YEAR4}){YEARWORD})?"),
    # "в ночь с 3 на 4 марта": the first day takes the month (and year) of the second
    ("night_first_day", "date",
     r"(?<=ночь[ ]с[ ])(?P<day>{DAY})(?= на {DAY} (?P<month><MONTHS>)(?: (?P<year>{YEAR4}))?)"),
    ("day_tod", "time", r"(?P<day>{DAY}) (?P<month><MONTHS>)(?: (?P<year>{YEAR4}){YEARWORD})? (?P<tod>утром|днем|днём|вечером|ночью)(?!\w)"),
    ("day_month_year", "date",
     r"(?P<day>{DAY}|<DAY_ORDINALS>) (?P<month><MONTHS>|<MONTH_ABBREVIATIONS>)"
     # "1 сентября прошлого года", "5 мая того же года"
     r"(?: (?P<year>{YEAR4}){YEARWORD}| (?P<yrel><RELATIVE>) года(?!\w))?"),
    ("year_word", "date", r"(?P<year>{YEAR4})(?:-?м)? (?:года|году|год|г\.)(?!\w)"),
    ("numeric_date", "numeric",
     r"(?<![\w./-])(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{4}|\d\d)(?![\w/-]|\.\d)"),
    # "с 20.11 по 25.11": a day and month in figures, only after a preposition (else a decimal)
    ("day_month_figures", "date",
     r"(?:(?<=\bс[ ])|(?<=\bпо[ ])|(?<=\bдо[ ])|(?<=\bна[ ])|(?<=\bот[ ])|(?<=\bк[ ]))"
     r"(?P<day>[0-2]\d|3[01])\.(?P<mnum>0[1-9]|1[0-2])(?![\w%/-]|[.,]\d| ?(?:раз|руб|долл|евро|%))"),
    ("iso_date", "date", r"(?<![\w.-])(?P<year>(?:1[0-9]|20)\d\d)-(?P<mnum>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])(?![\w-]|\.\d)"),
    ("month_year", "date", r"(?P<month><MONTHS>) (?P<year>{YEAR4}){YEARWORD}"),
    # "зимой 1941–1942 года": the winter that starts in 1941
    ("season_years", "date", r"(?P<season><SEASONS>) (?P<year>(?:1[0-9]|20)\d\d)[-\u2013/](?:1[0-9]|20)?\d\d(?![\w-]|[.,]\d){YEARWORD}"),
    ("season_year", "date", r"(?P<season><SEASONS>) (?:(?P<year>{YEAR4}){YEARWORD}|(?P<yrel><RELATIVE>) года(?!\w))"),
    # "в 1960–1970-е годы", "в 80–90-х": the first decade of a range of decades
    ("decade_first", "date", r"(?P<decade>(?:1[0-9]|20)\d0)(?={DASH}(?:1[0-9]|20)\d0{DECADE_END})"
                             r"|(?P<dec>[1-9]0)(?={DASH}[1-9]0{DECADE_END})"),
    # "в 20-х годах прошлого века": the 1920s, not the 2020s
    ("decade_last_century", "date",
     r"(?P<decword>[1-9]0){DECADE_END} (?:годы|годов|годах) (?:прошлого|XX|двадцатого|20-го) (?:века|столетия)(?!\w)"),
    ("decade", "date", r"(?P<decade>(?:1[0-9]|20)\d0)-?(?:[хе]|ые|ых)(?: (?:годы|годов|годах|гг\.))?(?!\w)"
                       r"|(?P<dec>[1-9]0)-?(?:[хе]|ые|ых)(?: (?:годы|годов|годах))?(?!\w)"),
    ("decade_word", "date", r"(?P<decword><DECADE_NAMES>)(?: (?:годы|годов|годах|гг\.))?(?!\w)"),
    # "в XIX–XX веках": the first century of a range
    ("century_first", "date", r"(?P<century>{ROMAN}|\d{1,2})(?={DASH}(?:{ROMAN}|\d{1,2}) {CENTURYWORD})"),
    ("century", "date", r"(?P<century>{ROMAN}|\d{1,2}(?:-?м)?) {CENTURYWORD}(?! до (?:н\. ?э\.|нашей эры))"),
    ("year_bc", "date", r"(?P<yearb>\d{1,4}) (?:год[ау]? )?до (?:н\. ?э\.|нашей эры)"),
    # "2014–2016", "в 2019-2020 гг.": two years, two expressions
    ("year_range", "yearrange",
     r"(?<![\w$#.,/-])(?P<year>(?:1[0-9]|20)\d\d){DASH}(?P<year2e>(?:(?:1[0-9]|20)(?=\d\d))?\d\d)(?!\w|[.,-]\d)"),
    ("half_offset", "offset", r"(?P<num>пол)(?P<unit>года|месяца|века) (?P<offset><OFFSET_WORDS>)(?!\w)"),
    ("offset", "offset",
     r"(?P<approx><APPROX_MODS> )?(?:(?!(?:1[0-9]|20)\d\d\b)" + NUMBER + r" )?(?P<unit><UNITS>) (?P<offset><OFFSET_WORDS>)(?!\w)"),
    ("offset_year", "offset", r"(?P<unit>годом|месяцем|неделей|днем|днём) (?P<offset>раньше|ранее|позже|позднее)(?!\w)"),
    # "через две недели после выборов" counts from the elections: a length only
    ("in_future", "offset", r"(?P<offset>через|спустя) (?:" + NUMBER + r" )?(?P<unit><UNITS>)(?!\w)(?! после)"
                            r"|(?P<offset_2>через|спустя) (?P<num_2>пол)(?P<unit_2>года|месяца|часа|суток)(?!\w)"),
    # "на следующий день", "на следующее утро": from the story's last day
    ("next_day", "relunit", r"(?P<rel><DAY_RELATIVE>) (?P<calunit>день|утро|вечер|ночь)(?!\w)"),
    # "за последние сутки", "за прошедшую неделю": the length up to now
    ("past_unit", "duration",
     r"(?<=за[ ])(?P<rel>последние|минувшие|прошедшие|прошедшую|последнюю|минувшую|прошедший|минувший|последний)"
     r" (?P<unit>сутки|неделю|месяц|год)(?!\w)"),
    ("rel_night", "relunit", r"(?P<rel>минувшей|прошлой|прошедшей|этой|сегодняшней) (?P<calunit>ночью)(?!\w)"
                             r"|(?P<rel_2>минувшую|прошлую|прошедшую|эту) (?P<calunit_2>ночь)(?!\w)"),
    ("rel_unit", "relunit", r"(?P<rel><RELATIVE>) (?P<calunit><CALENDAR_UNITS>)(?!\w)"),
    # "в мае того же года": in the story's year
    ("month_same_year", "date", r"(?P<month><MONTHS>) (?P<rel>того же|этого же) года(?!\w)"),
    # "в ноябре прошлого года", "в марте следующего года"
    ("month_rel_year", "date", r"(?P<month><MONTHS>) (?P<yrel><RELATIVE>) года(?!\w)"),
    ("rel_month", "date", r"(?P<rel><RELATIVE>) (?P<month><MONTHS>)(?!\w)"),
    # "в эту субботу": the nearest, before or after as the verb says
    ("this_weekday", "date", r"(?:этот|эту|это) (?P<weekday><WEEKDAYS>)(?!\w)"),
    ("rel_weekday", "date", r"(?P<rel><RELATIVE>) (?P<weekday><WEEKDAYS>)(?!\w)"),
    ("rel_season", "date", r"(?P<rel><RELATIVE>) (?P<season><SEASONS>)(?!\w)"),
    ("clock", "time", r"{CLOCK}{ZONE}"),
    # "в 23.00 мск": a point between hours and minutes only after a preposition or before "мск"
    ("clock_dot", "time",
     r"(?:(?<=\bв[ ])|(?<=\bк[ ])|(?<=\bс[ ])|(?<=\bдо[ ])|(?<=около[ ]))(?P<hour>[01]?\d|2[0-3])\.(?P<minute>[0-5]\d)(?![\d%]|[.,]\d| ?раз)"
     r"{ZONE}"),
    # "в 10 часов утра", "10 часов вечера четверга", "в 5 утра": a clock time, not ten hours
    ("hour_of_day", "time",
     r"(?P<hour>[1-9]|1[012])(?: час(?:а|ов)?)? (?P<ampm><AMPM_WORDS>)(?: (?P<weekday><WEEKDAYS>))?{ZONE}(?!\w)"
     r"|(?:(?<=\bв[ ])|(?<=\bк[ ])|(?<=\bдо[ ]))(?P<hour_2>[01]?\d|2[0-3]) час(?:а|ов)?{ZONE}(?!\w)"),
    ("named_time", "time", r"(?P<named>полночь|полдень|полуночи|полудня|полудню)(?!\w)"),
    # "в четверг вечером", "утром в среду": that evening (a time of day, as for "вчера вечером")
    ("weekday_tod", "time", r"(?P<weekday><WEEKDAYS>) (?P<named><TIMES_OF_DAY>)(?!\w)"),
    ("tod_weekday", "time", r"(?P<named>утром|днем|днём|вечером|ночью) во? (?P<weekday><WEEKDAYS>)(?!\w)"),
    # "вечером 19 ноября" ("19 ноября вечером" is with the days above)
    ("tod_day", "time", r"(?P<tod>утром|днем|днём|вечером|ночью) (?P<day>{DAY}) (?P<month><MONTHS>)(?: (?P<year>{YEAR4}){YEARWORD})?"),
    ("set_weekday", "set", r"(?:кажд(?:ый|ую|ое) (?P<weekday><WEEKDAYS>)|по (?P<weekdays><WEEKDAY_PLURALS>))(?!\w)"),
    ("set_every", "set", r"кажд(?:ые|ый|ую|ое) (?P<nd>\d{1,3}|<NUMBER_WORDS>) (?P<unit><UNITS>)(?!\w)"),
    # "дважды в год", "три раза в месяц", "раз в пять лет"
    ("set_times", "set", r"(?:(?:\d+|<NUMBER_WORDS>) )?(?:раза?|дважды|трижды) в (?:(?P<nd>\d{1,3}|<NUMBER_WORDS>) (?P<unit><UNITS>)|(?P<unit_2>день|неделю|месяц|год|сутки|час))(?!\w)"),
    ("set_word", "set", r"(?P<setword><SET_WORDS>)(?!\w)"),
    ("duration", "duration",
     r"(?:(?P<approx><APPROX_MODS>) )?(?:(?P<rel>последние|ближайшие|следующие|последних|ближайших|следующих) )?(?!(?:1[0-9]|20)\d\d\b)"
     + NUMBER + r" (?P<unit><UNITS>)(?!\w)(?! (?:утра|ночи|вечера|дня)(?!\w))"),
    # "в последние годы", "в ближайшие дни": some years, some days
    ("some_units", "duration", r"(?P<rel>последние|ближайшие|следующие|предстоящие|последующие|предыдущие|прошлые|минувшие)"
                               r" (?P<unit>годы|месяцы|недели|дни)(?!\w)"),
    ("half_unit", "duration", r"(?P<num>пол)(?P<unit>года|месяца|часа|суток|века)(?!\w)"),
    # "в течение суток", "в течение года": one
    ("one_unit", "duration", r"(?<=течение[ ])(?P<unit>суток|дня|недели|месяца|года|часа)(?!\w)"),
    ("holiday", "holiday", r"(?P<holiday><HOLIDAYS>)(?!\w)"),
    ("deictic", "deictic", r"(?P<deictic><DEICTIC>)(?!\w)(?! (?:году|месяце|неделе))"),
    # "по итогам года": the year the story is in
    ("results_of", "relunit", r"(?<=итогам[ ])(?P<calunit>года|месяца|квартала)(?P<definite>)(?!\w)"),
    ("weekend", "relunit", r"(?P<calunit>выходные|выходных)(?P<definite>)(?!\w)"),
    ("weekday", "date", r"(?P<weekday><WEEKDAYS>)(?!\w)"),
    ("bare_month", "date", r"(?P<month><MONTHS>)(?!\w)"),
    ("season", "date", r"(?P<season>весной|летом|осенью|зимой)(?!\w)"),
    ("year", "date", r"(?P<year>{YEAR4})(?:-(?:м|го|й)(?!\w))?(?:(?= (?:года|году|год|г\.|годах|годами)(?!\w)) (?:года|году|год|г\.|годах|годами))?"),
]

VOCAB = {
    "MONTHS": (MONTHS, False), "WEEKDAYS": (WEEKDAYS, False), "WEEKDAY_PLURALS": (WEEKDAY_PLURALS, False),
    "SEASONS": (SEASONS, False), "UNITS": (UNITS, False), "CALENDAR_UNITS": (CALENDAR_UNITS, False),
    "NUMBER_WORDS": (NUMBER_WORDS, False), "TENS": (TENS, False), "DIGIT_WORDS": (DIGIT_WORDS, False),
    "ORDINALS": (ORDINALS, False), "QUARTER_ORDINALS": (QUARTER_ORDINALS, False),
    "HALF_ORDINALS": (HALF_ORDINALS, False), "RELATIVE": (RELATIVE, False),
    "OFFSET_WORDS": (OFFSET_WORDS, False), "PART_OF": (PART_OF, False),
    "APPROX_MODS": (APPROX_MODS, False), "TIMES_OF_DAY": (TIMES_OF_DAY, False),
    "DEICTIC": (DEICTIC, False), "HOLIDAYS": (HOLIDAYS, True), "SET_WORDS": (SET_WORDS, False),
    "PREFIX_MODS": (PREFIX_MODS, False), "SIDE_WORDS": (SIDE_WORDS, False),
    "MONTH_ABBREVIATIONS": (MONTH_ABBREVIATIONS, False), "UNITS_PLURAL": (UNITS_PLURAL, False),
    "NAMED_TIMES": (NAMED_TIMES, False), "DAY_ORDINALS": (DAY_ORDINALS, False),
    "DECADE_WORDS": (DECADE_WORDS, False), "DECADE_NAMES": (DECADE_NAMES, False),
    "DAY_RELATIVE": (DAY_RELATIVE, False), "EVERY_COUNTS": (EVERY_COUNTS, False),
    "AMPM_WORDS": (AMPM_WORDS, False),
}


_PREV_WORD = re.compile(r"(\w+)\W*$")
MONTH_CONTEXT_BEFORE = {"в", "во", "с", "со", "до", "к", "по", "за", "начале", "конце", "середине",
                        "течение", "и", "или", "между", "перед", "после", "прошлом", "этом"}


def check_bare_month(text, m, groups) -> bool:
    """'май' and 'март' alone need a preposition before them to be dates."""
    prev = _PREV_WORD.search(text, max(0, m.start() - 20), m.start())
    return bool(prev) and prev.group(1).lower() in MONTH_CONTEXT_BEFORE


# What follows a four-digit number that makes it a count: "в 2000 километрах", "до 1200 человек",
# "по 2000 рублей", "в 2023 млн рублей", "в 1000 раз". Units in any case form; nouns counted
# in news in the forms a number takes (not "компания", which may open "В 2015 компания вышла").
COUNT_UNIT_STEMS = ("километр", "метр(?!о(?!\\w))", "сантиметр", "миллиметр", "гектар", "рубл", "доллар", "евро",
                    "юан", "тенге", "гривен", "гривн", "франк", "фунт", "иен", "тонн", "килограмм", "грамм",
                    "литр", "баррел", "кубометр", "штук", "мегаватт", "гигаватт", "киловатт", "градус",
                    "процент", "тысяч", "миллион", "миллиард", "экземпляр", "пункт", "балл", "копе")
COUNT_ABBREVIATIONS = ("%", "км", "м", "см", "мм", "га", "кг", "т", "л", "шт", "млн", "млрд", "трлн", "тыс",
                       "руб", "долл", "чел", "МВт", "ГВт", "кВт", "р")
COUNTED_NOUNS = ("человек", "человека", "людей", "раз", "раза", "жителей", "семей", "детей", "мест",
                 "голосов", "случаев", "сотрудников", "работников", "военных", "солдат", "бойцов",
                 "участников", "домов", "квартир", "машин", "автомобилей", "вагонов", "очков", "пунктов",
                 "страниц", "акций", "заключенных", "задержанных", "погибших", "раненых", "пострадавших",
                 "школ", "больниц", "объектов", "предприятий", "компаний", "участков", "шагов", "знаков",
                 "слов", "подписей", "заявлений", "обращений", "жалоб", "дел", "единиц", "позиций",
                 "туристов", "студентов", "учеников", "врачей", "пенсионеров", "избирателей", "депутатов",
                 "пассажиров", "пациентов", "беженцев", "поставщиков", "книг", "беспилотников", "ракет",
                 "снарядов", "танков", "самолетов", "вертолетов", "судов", "кораблей", "деревьев")
COUNT_NOUN = re.compile(r"\s*(?:(?:%s)[а-яё]*|(?:%s)\.?|(?:%s))(?!\w)" % (
    "|".join(COUNT_UNIT_STEMS), "|".join(map(re.escape, COUNT_ABBREVIATIONS)), "|".join(COUNTED_NOUNS)), re.I)
# A plural noun in the instrumental, dative or prepositional case after the number is counted
# by it ("с 1500 поставщиками", "в 2000 регионах"); a year is followed by "году" instead.
COUNTED_CASE = re.compile(r"\s+(?!год)[а-яё]{2,}(?:ами|ями|ам|ям|ах|ях)(?!\w)", re.I)


def counted_after(text: str, end: int) -> bool:
    """A unit or a counted noun follows: the number is a quantity, not a year."""
    return bool(COUNT_NOUN.match(text, end) or COUNTED_CASE.match(text, end))


def check_year(text, m, groups) -> bool:
    """A bare four-digit number is a year after 'в', 'с', 'до', 'к' or with 'год', and not
    before a unit or a counted noun."""
    if len(m.group(0)) > 4:
        return True
    if counted_after(text, m.end()):
        return False
    prev = _PREV_WORD.search(text, max(0, m.start() - 20), m.start())
    return bool(prev) and prev.group(1).lower() in {"в", "с", "до", "к", "по", "году", "и", "от", "между",
                                                     "со", "после", "на"}


def check_figures(text, m, groups) -> bool:
    """'до 10.05' is a day or a time; 'до 10.05 рубля' an amount."""
    return not counted_after(text, m.end())


def check_year_range(text, m, groups) -> bool:
    """'2014–2016' is two years; '2000–2500 рублей' two amounts."""
    return not counted_after(text, m.end())


DECADE_CONTEXT_BEFORE = {"в", "во", "с", "со", "до", "к", "начале", "конце", "середине", "и",
                         "из", "после", "начала", "конца", "середины"}


def check_decade_word(text, m, groups) -> bool:
    """'в девяностые', 'нулевые годы' are decades; 'нулевые ставки' are rates."""
    if " " in m.group(0).strip():  # "девяностые годы"
        return True
    prev = _PREV_WORD.search(text, max(0, m.start() - 20), m.start())
    return bool(prev) and prev.group(1).lower() in DECADE_CONTEXT_BEFORE


def check_weekend(text, m, groups) -> bool:
    """'в выходные', 'на выходных', 'за выходные': the weekend; 'выходные дни' are days off."""
    prev = _PREV_WORD.search(text, max(0, m.start() - 20), m.start())
    if re.match(r"\s+(?:дни|дней|день)(?!\w)", text[m.end():m.end() + 8], re.I):
        return False
    return bool(prev) and prev.group(1).lower() in {"в", "на", "за", "после", "до", "эти"}


# After "накануне" a noun in the genitive makes it a preposition: "накануне выборов" is the eve
# of the elections, not the day before the story's.
_GENITIVE_AFTER = re.compile(r"\s+(?!глава(?!\w))[а-яё]{2,}(?:а|я|ов|ев|ей|ий|ы|и|ого|его|ой|ых|их)(?!\w)", re.I)
_VERB_AFTER = re.compile(r"\s+(?:стало|было|были|был|была|" + PAST_WORD_PATTERN + r")(?!\w)", re.I)


_DATE_IN_APPOSITION = re.compile(r"\s*,\s*\d{1,2}\s+[а-яё]+", re.I)


def check_deictic(text, m, groups) -> bool:
    """'накануне' alone is the day before; 'накануне выборов' the eve of something else, and
    'накануне, 25 ноября,' says its day itself."""
    if groups.get("deictic", "").lower() != "накануне":
        return True
    if _DATE_IN_APPOSITION.match(text, m.end()):
        return False
    if _VERB_AFTER.match(text, m.end()):
        return True
    return not _GENITIVE_AFTER.match(text, m.end())


# "среда" is also the environment ("окружающей среды", "бизнес-среда", "благоприятную среду"):
# it is Wednesday after a preposition or a word of the day's parts, or before its date ("Среда, 20 ноября").
AMBIGUOUS_WEEKDAYS = {"среда", "среду", "среды"}
WEEKDAY_CONTEXT_BEFORE = {"в", "во", "на", "до", "с", "со", "по", "к", "после", "перед", "и", "или", "между",
                          "утро", "утром", "вечер", "вечером", "ночь", "ночью", "днем", "днём", "день"}
_DAY_AFTER = re.compile(r",?\s+\d{1,2}\s")


def check_weekday(text, m, groups) -> bool:
    """'в среду' is Wednesday; 'окружающей среды', 'бизнес-среда' are the environment."""
    if groups.get("weekday", "").lower() not in AMBIGUOUS_WEEKDAYS:
        return True
    after = m.end("weekday")
    if _DAY_AFTER.match(text, after):
        return True
    if re.match(r"\s+обитания(?!\w)", text[after:after + 12]):  # "в среду обитания"
        return False
    prev = re.search(r"([\w-]+)[ \t]*$", text[max(0, m.start() - 20):m.start()])
    return bool(prev) and prev.group(1).lower() in WEEKDAY_CONTEXT_BEFORE


_SCORE_BEFORE = re.compile(r"(?<!\w)(?:сч[её]т(?:ом|е|а)?|ничь(?:ей|я|ю))[ \t]*$", re.I)


def check_clock(text, m, groups) -> bool:
    """'со счетом 21:19' is a score, not a clock time."""
    return _SCORE_BEFORE.search(text, max(0, m.start() - 12), m.start()) is None


CHECKS = {"bare_month": check_bare_month, "clock": check_clock, "weekday": check_weekday, "weekday_tod": check_weekday,
          "weekday_day_month": check_weekday, "year": check_year, "year_range": check_year_range,
          "clock_dot": check_figures, "day_month_figures": check_figures,
          "decade_word": check_decade_word, "weekend": check_weekend, "deictic": check_deictic}

# Streets, squares and stations named after a date: "улица 8 Марта", "Ул. 9 Января", "площадь 1905 года".
_PLACE_BEFORE = re.compile(r"(?<!\w)(?:улиц[аеуы]|ул\.|проспект[аеу]?|пр-т[аеу]?|площад[ьи]|пл\.|переул(?:ок|ке|ка)|пер\."
                           r"|бульвар[аеу]?|б-р|набережн(?:ая|ой|ую)|шоссе|метро|имени|им\.)[ \t]*$", re.I)
PLACE_NAME_RULES = ("day_month_year", "year_word", "year", "month_year")
# A title in quotes that is only the date: the TV channel «Пятница!», the newspaper «Завтра», «8 Марта»
_TITLE_END = re.compile(r"[!?.\u2026]?[\u00bb\"\u201d]")


def is_title(text, m) -> bool:
    """The expression alone in quotes ("газета «Завтра»"): a name, not a date."""
    return text[m.start() - 1:m.start()] in ("\u00ab", '"', "\u201c") and _TITLE_END.match(text, m.end()) is not None


def names_a_place(text, m) -> bool:
    return _PLACE_BEFORE.search(text, max(0, m.start() - 16), m.start()) is not None


def _not_a_name(rule, check):
    """A rule's check, after making sure the expression is no title in quotes nor a street's name."""
    place = rule in PLACE_NAME_RULES

    def checked(text, m, groups):
        if is_title(text, m) or (place and names_a_place(text, m)):
            return False
        return check is None or check(text, m, groups)
    return checked


CHECKS = {name: _not_a_name(name, CHECKS.get(name)) for name, *_ in RULES}

# Russian news writes the year of this year's dates too ("задержан 23 апреля 2024 года" in a November
# 2024 report): a written year does not put the article in a later year (publication.infer).
NEWS_WRITES_CURRENT_YEAR = True
