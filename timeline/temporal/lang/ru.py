"""Russian temporal knowledge, read by the same engine as English (see en.py for the format).

Russian inflects: a month is "ноябрь" alone, "19 ноября" with a day, "в ноябре" after a
preposition; so each class lists every form a news text uses. Spans leave out the leading
preposition ("в 2022 году" -> "2022 году"), as TimeML does in English.
"""
import re


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
                   "пятницам": 5, "субботам": 6, "воскресеньям": 7}

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
    "годы": "Y", "месяцы": "M",
}
# Unit words that mean "some": "годы назад" (years ago) without a number.
UNITS_PLURAL = {"годы": True, "месяцы": True, "недели": True, "дни": True, "лет": True}
# After "в прошлом", "в этом", "на следующей": the calendar unit in the prepositional case.
CALENDAR_UNITS = {
    "году": "Y", "год": "Y", "месяце": "M", "месяц": "M", "неделе": "W", "неделю": "W",
    "квартале": "Q", "квартал": "Q", "десятилетии": "E", "веке": "C", "года": "Y", "месяца": "M",
    "недели": "W", "день": "D",
}

NUMBER_WORDS = {
    **dict.fromkeys(("один", "одна", "одно", "одного", "одну", "одной"), 1),
    **dict.fromkeys(("два", "две", "двух"), 2), **dict.fromkeys(("три", "трех", "трёх"), 3),
    **dict.fromkeys(("четыре", "четырех", "четырёх"), 4), **dict.fromkeys(("пять", "пяти"), 5),
    **dict.fromkeys(("шесть", "шести"), 6), **dict.fromkeys(("семь", "семи"), 7),
    **dict.fromkeys(("восемь", "восьми"), 8), **dict.fromkeys(("девять", "девяти"), 9),
    **dict.fromkeys(("десять", "десяти"), 10), **dict.fromkeys(("пятнадцать", "пятнадцати"), 15),
    **dict.fromkeys(("двадцать", "двадцати"), 20), **dict.fromkeys(("тридцать", "тридцати"), 30),
    **dict.fromkeys(("сто", "ста"), 100), "полтора": 1.5, "полутора": 1.5,
    **dict.fromkeys(("несколько", "нескольких", "много", "многих"), "X"),
}
TENS = {}
DIGIT_WORDS = {}

ORDINALS = {"первый": 1, "первом": 1, "первого": 1, "первой": 1, "второй": 2, "втором": 2,
            "второго": 2, "третий": 3, "третьем": 3, "третьего": 3, "четвертый": 4, "четвертом": 4,
            "четвёртом": 4, "четвертого": 4, "последнем": -1, "последний": -1}
QUARTER_ORDINALS = {k: v for k, v in ORDINALS.items() if v in (1, 2, 3, 4, -1)}
HALF_ORDINALS = {"первой": 1, "первая": 1, "первую": 1, "второй": 2, "вторая": 2, "вторую": 2}

# -1 previous, 0 current, +1 next; "+A"/"-A"/"=A" from the story's last date.
RELATIVE = {
    **dict.fromkeys(("прошлом", "прошлой", "прошлый", "прошлую", "прошлого", "прошлая",
                     "минувшем", "минувшей", "минувший", "минувшую", "предыдущем", "предыдущей"), -1),
    **dict.fromkeys(("этом", "этой", "этот", "эту", "этого", "текущем", "текущей", "текущего",
                     "нынешнем", "нынешней", "сем"), 0),
    **dict.fromkeys(("следующем", "следующей", "следующий", "следующую", "следующего",
                     "будущем", "будущей", "будущий", "будущую", "грядущем", "наступающем"), 1),
    **dict.fromkeys(("тот же", "тот", "той же", "том же"), "=A"),
}
# "три года назад" (from the document date); "четыре года спустя" (from the story's date).
OFFSET_WORDS = {"назад": -1, "тому назад": -1, "спустя": "+A", "позже": "+A", "позднее": "+A",
                "раньше": "-A", "ранее": "-A", "через": 1}
# "на следующий день", "в предыдущий день": which way from the story's last date.
SIDE_WORDS = {"следующий": 1, "следующей": 1, "следующую": 1, "предыдущий": -1, "предыдущей": -1,
              "накануне": -1}

PART_OF = {"начале": "START", "начала": "START", "середине": "MID", "середины": "MID",
           "конце": "END", "конца": "END", "исходе": "END"}
PREFIX_MODS = {}
APPROX_MODS = {"около": "APPROX", "примерно": "APPROX", "почти": "LESS_THAN",
               "более": "MORE_THAN", "больше": "MORE_THAN", "свыше": "MORE_THAN",
               "менее": "LESS_THAN", "меньше": "LESS_THAN", "не менее": "EQUAL_OR_MORE",
               "не более": "EQUAL_OR_LESS", "до": "EQUAL_OR_LESS"}

NAMED_TIMES = {"полночь": "24:00", "полдень": "12:00", "полуночи": "24:00", "полудня": "12:00"}
TIMES_OF_DAY = {"утром": "MO", "утро": "MO", "днем": "AF", "днём": "AF", "вечером": "EV",
                "вечер": "EV", "ночью": "NI", "ночь": "NI"}

DEICTIC = {
    "сегодня": ("shift", "D", 0), "вчера": ("shift", "D", -1), "завтра": ("shift", "D", 1),
    "позавчера": ("shift", "D", -2), "послезавтра": ("shift", "D", 2),
    "сегодня утром": ("tod", "D", 0, "MO"), "вчера вечером": ("tod", "D", -1, "EV"),
    "вчера утром": ("tod", "D", -1, "MO"), "сегодня вечером": ("tod", "D", 0, "EV"),
    "сейчас": ("ref", "PRESENT_REF"), "теперь": ("ref", "PRESENT_REF"),
    "в настоящее время": ("ref", "PRESENT_REF"), "в данный момент": ("ref", "PRESENT_REF"),
    "ныне": ("ref", "PRESENT_REF"), "недавно": ("ref", "PAST_REF"),
    "в последнее время": ("ref", "PAST_REF"), "в будущем": ("ref", "FUTURE_REF"),
    "в ближайшее время": ("ref", "FUTURE_REF"), "скоро": ("ref", "FUTURE_REF"),
}
HOLIDAYS = {"Новый год": (1, 1), "Рождество": (1, 7), "День Победы": (5, 9)}

SET_WORDS = {"ежедневно": "P1D", "еженедельно": "P1W", "ежемесячно": "P1M", "ежегодно": "P1Y",
             "каждый день": "P1D", "каждую неделю": "P1W", "каждый месяц": "P1M",
             "каждый год": "P1Y", "раз в год": "P1Y", "раз в месяц": "P1M", "раз в неделю": "P1W",
             "в день": "P1D"}

FUTURE_MARKERS = ("будет", "будут", "буду", "будем", "станет",
                  # perfective verbs of news schedules: their present form speaks of the future
                  "завершится", "завершатся", "начнется", "начнётся", "начнутся", "вступит", "вступят",
                  "продлится", "закончится", "закончатся", "откроется", "откроются")
# Words that open another clause: tense words beyond them speak of another event.
CLAUSE_WORDS = ("и", "но", "а", "однако", "который", "которая", "которое", "которые", "хотя")
FUTURE_HINTS = ("планирует", "планируют", "планируется", "намерен", "намерена", "намерены",
                "собирается", "собираются", "предстоящ", "ожидается", "запланирован",
                "запланировано", "состоится", "пройдет", "пройдёт")
PAST_MARKERS = ("назад", "был", "была", "были", "было", "ранее", "прошлом")
PAST_WORD_PATTERN = r"[а-яё]{2,}(?:ил|ила|или|ило|ал|ала|али|ало|ял|яла|яли|ел|ела|ели|ился|илась|ились|ался|алась|ались)"
DEADLINE_WORDS = ("до", "к", "не позднее")

# Words between the two ends of a range ("between October and December 2023").
RANGE_WORDS = {"и", "по", "до", "-", "\u2013", "\u2014", "или"}
# The two ends of one period: "с 2014 по 2016 год", "между маем и июлем", "2014–2016".
RANGE_JOINS = {"-": None, "\u2013": None, "\u2014": None, "по": "с", "до": "с", "и": "между"}
# Words that open a range written day first: "с 10 по 12 марта", "между 3 и 5 мая".
RANGE_OPENERS = ("с", "со", "между")
CHANGE_VERBS = ("перенесли", "перенесено", "перенесена", "перенесен", "отложили", "отложено", "отложена")

DAYFIRST = True  # numeric dates: 03/04/2024 is 3 April

FRAGMENTS = {
    "YEAR4": r"(?<![\w$€#.,/:])(?:1[0-9]|20)\d\d(?![\w%]|[.,:/]\d)",
    "YEARWORD": r"(?: (?:года|году|год|г\.))?",
    "DAY": r"(?:[12]\d|3[01]|0?[1-9])(?:-?(?:го|е|ое))?(?!\w|[.,:]\d)",
    "NUMDIGIT": r"(?<![\w$.,])\d{1,3}(?:[ \u00a0]?\d{3})*(?:,\d+)?(?![\w%]|[.,]\d)",
    # centuries in Roman numerals, I to XXI, listed so that the engine knows their first letters
    "ROMAN": r"(?-i:XXI|XX|XIX|XVIII|XVII|XVI|XV|XIV|XIII|XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?!\w)",
}

NUMBER = r"(?:(?P<numd>{NUMDIGIT})|(?P<num><NUMBER_WORDS>))"

RULES = [
    ("partof_date", "date",
     r"(?P<partof><PART_OF>) (?:(?P<rel><RELATIVE>) (?P<calunit><CALENDAR_UNITS>|года|месяца|недели)"
     r"|(?P<month><MONTHS>)(?: (?P<year>{YEAR4}){YEARWORD})?|(?P<year_y>{YEAR4}){YEARWORD}"
     r"|(?P<decade>(?:1[0-9]|20)\d0)-?х(?: (?:годов|гг\.))?|(?P<dec>[1-9]0)-?х(?: годов)?"
     r"|(?P<calunit_this>года|месяца|недели)(?! \d))"),
    ("half_of", "date",
     r"(?P<half><HALF_ORDINALS>) (?:половин[еыау]|полугоди[ие]) (?:(?P<year>{YEAR4}){YEARWORD}|(?P<rel><RELATIVE>) года)"),
    ("quarter_of", "date",
     r"(?P<quarter><QUARTER_ORDINALS>) квартал[еа]?(?: (?:(?P<year>{YEAR4}){YEARWORD}|(?P<rel><RELATIVE>) года))?"),
    ("day_month_year", "date",
     r"(?P<day>{DAY}) (?P<month><MONTHS>|<MONTH_ABBREVIATIONS>)(?: (?P<year>{YEAR4}){YEARWORD})?"),
    ("year_word", "date", r"(?P<year>{YEAR4})(?:-?м)? (?:года|году|год|г\.)(?!\w)"),
    ("numeric_date", "numeric",
     r"(?<![\w./-])(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{4}|\d\d)(?![\w/-]|\.\d)"),
    ("iso_date", "date", r"(?<![\w.-])(?P<year>(?:1[0-9]|20)\d\d)-(?P<mnum>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])(?![\w-]|\.\d)"),
    ("month_year", "date", r"(?P<month><MONTHS>) (?P<year>{YEAR4}){YEARWORD}"),
    # "зимой 1941–1942 года": the winter that starts in 1941
    ("season_years", "date", r"(?P<season><SEASONS>) (?P<year>(?:1[0-9]|20)\d\d)[-\u2013/](?:1[0-9]|20)?\d\d(?![\w-]|[.,]\d){YEARWORD}"),
    ("season_year", "date", r"(?P<season><SEASONS>) (?P<year>{YEAR4}){YEARWORD}"),
    ("decade", "date", r"(?P<decade>(?:1[0-9]|20)\d0)-?(?:[хе]|ые|ых)(?: (?:годы|годов|годах|гг\.))?(?!\w)"
                       r"|(?P<dec>[1-9]0)-?(?:[хе]|ые|ых)(?: (?:годы|годов|годах))?(?!\w)"),
    ("century", "date", r"(?P<century>{ROMAN}|\d{1,2}(?:-?м)?) (?:век[ае]?|столети[ие])(?!\w)"),
    ("year_bc", "date", r"(?P<yearb>\d{1,4}) (?:год[ау]? )?до (?:н\. ?э\.|нашей эры)"),
    ("offset", "offset",
     r"(?P<approx><APPROX_MODS> )?(?:(?!(?:1[0-9]|20)\d\d\b)" + NUMBER + r" )?(?P<unit><UNITS>) (?P<offset><OFFSET_WORDS>)(?!\w)"),
    ("offset_year", "offset", r"(?P<unit>годом|месяцем|неделей|днем|днём) (?P<offset>раньше|ранее|позже|позднее)(?!\w)"),
    ("in_future", "offset", r"(?P<offset>через|спустя) (?:" + NUMBER + r" )?(?P<unit><UNITS>)(?!\w)"),
    ("next_day", "relunit",
     r"(?:на )?(?P<rel>(?P<side>следующий|предыдущий)) (?P<calunit>день)(?!\w)"),
    ("same_day", "relunit", r"(?:в )?(?P<rel>тот же|этот же|тот) (?P<calunit>день)(?!\w)"),
    ("rel_unit", "relunit", r"(?P<rel><RELATIVE>) (?P<calunit><CALENDAR_UNITS>)(?!\w)"),
    ("rel_month", "date", r"(?P<rel><RELATIVE>) (?P<month><MONTHS>)(?!\w)"),
    ("rel_weekday", "date", r"(?P<rel><RELATIVE>) (?P<weekday><WEEKDAYS>)(?!\w)"),
    ("rel_season", "date", r"(?P<rel><RELATIVE>) (?P<season><SEASONS>)(?!\w)"),
    ("clock", "time", r"(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?!\d)(?: (?:по московскому времени|мск|МСК))?"),
    ("named_time", "time", r"(?P<named><NAMED_TIMES>)(?!\w)"),
    ("weekday_tod", "time", r"(?P<weekday><WEEKDAYS>) (?P<tod><TIMES_OF_DAY>)(?!\w)"),
    ("set_weekday", "set", r"(?:кажд(?:ый|ую|ое) (?P<weekday><WEEKDAYS>)|по (?P<weekdays><WEEKDAY_PLURALS>))(?!\w)"),
    ("set_word", "set", r"(?P<setword><SET_WORDS>)(?!\w)"),
    ("duration", "duration",
     r"(?:(?P<approx><APPROX_MODS>) )?(?:(?P<rel>последние|ближайшие|следующие) )?(?!(?:1[0-9]|20)\d\d\b)"
     + NUMBER + r" (?P<unit><UNITS>)(?!\w)"),
    ("deictic", "deictic", r"(?P<deictic><DEICTIC>)(?!\w)(?! (?:году|месяце|неделе))"),
    ("weekday", "date", r"(?P<weekday><WEEKDAYS>)(?!\w)"),
    ("bare_month", "date", r"(?P<month><MONTHS>)(?!\w)"),
    ("season", "date", r"(?P<season>весной|летом|осенью|зимой)(?!\w)"),
    ("year", "date", r"(?P<year>{YEAR4})(?:(?= (?:года|году|год|г\.)(?!\w)) (?:года|году|год|г\.))?"),
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
    "NAMED_TIMES": (NAMED_TIMES, False),
}


_PREV_WORD = re.compile(r"(\w+)\W*$")
MONTH_CONTEXT_BEFORE = {"в", "во", "с", "со", "до", "к", "по", "за", "начале", "конце", "середине",
                        "течение", "и", "или", "между", "перед", "после", "прошлом", "этом"}


def check_bare_month(text, m, groups) -> bool:
    """'май' and 'март' alone need a preposition before them to be dates."""
    prev = _PREV_WORD.search(text, max(0, m.start() - 20), m.start())
    return bool(prev) and prev.group(1).lower() in MONTH_CONTEXT_BEFORE


def check_year(text, m, groups) -> bool:
    """A bare four-digit number is a year after 'в', 'с', 'до', 'к' or with 'год'."""
    if len(m.group(0)) > 4:
        return True
    prev = _PREV_WORD.search(text, max(0, m.start() - 20), m.start())
    return bool(prev) and prev.group(1).lower() in {"в", "с", "до", "к", "по", "году", "и", "от"}


CHECKS = {"bare_month": check_bare_month, "year": check_year}
