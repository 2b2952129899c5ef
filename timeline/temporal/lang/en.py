"""English temporal knowledge: vocabularies, normalization tables and recognition rules.

The engine (timeline.temporal.grammar / normalize / resolve) knows no English. It reads:

- VOCAB: named word classes. A class maps each surface form to its normalized meaning. A rule
  refers to a class as <NAME> (a capture group named after the class, lowercased) or <NAME:alias>
  (the same words, captured under another group name). Case-sensitive classes (month and weekday
  names, so that "may" the verb and "march" the verb are not months) list their forms as written.
- FRAGMENTS: reusable regular-expression pieces, referred to as {NAME}.
- RULES: (name, kind, pattern). Earlier rules win when two match at the same place, so the longer,
  more specific rules come first. A space in a pattern stands for any run of whitespace.
  The kind tells the engine how to read the captured groups (see normalize.py).
"""
import bisect
import re

MONTHS = {
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
    "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
    "Jan.": 1, "Feb.": 2, "Mar.": 3, "Apr.": 4, "Jun.": 6, "Jul.": 7, "Aug.": 8, "Sep.": 9,
    "Sept.": 9, "Oct.": 10, "Nov.": 11, "Dec.": 12,
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9,
    "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12,
}
# Month names that are also common words: alone they need a date-like context (see BARE_MONTH).
AMBIGUOUS_MONTHS = {"May", "March", "Jan", "Mar", "Jun", "Jul", "Aug", "Sep", "Oct", "Dec"}

WEEKDAYS = {
    "Monday": 1, "Tuesday": 2, "Wednesday": 3, "Thursday": 4, "Friday": 5, "Saturday": 6,
    "Sunday": 7, "Mon.": 1, "Tue.": 2, "Tues.": 2, "Wed.": 3, "Thu.": 4, "Thur.": 4,
    "Thurs.": 4, "Fri.": 5, "Sat.": 6, "Sun.": 7,
}
WEEKDAY_PLURALS = {k + "s": v for k, v in WEEKDAYS.items() if not k.endswith(".")}
WEEKDAY_PLURALS["weekends"] = "WE"  # "on weekends": XXXX-WXX-WE

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

# Units of time: the TIMEX3 letter and the granularity a shift by this unit keeps.
UNITS = {
    "seconds": "S", "secs": "S",
    "minute": "MIN", "minutes": "MIN", "min": "MIN", "mins": "MIN",
    "hour": "H", "hours": "H", "hrs": "H",
    "day": "D", "days": "D", "night": "D", "nights": "D", "trading days": "D",
    "business days": "D", "working days": "D",
    "week": "W", "weeks": "W", "fortnight": "2W", "fortnights": "2W",
    "month": "M", "months": "M",
    "quarter": "Q", "quarters": "Q",
    "year": "Y", "years": "Y", "yr": "Y", "yrs": "Y",
    "decade": "E", "decades": "E",
    "century": "C", "centuries": "C",
    "millennium": "L", "millennia": "L", "quarter century": "QC", "quarter-century": "QC",
}
# Unit words that mean "some": "years ago" without a number.
UNITS_PLURAL = {k: True for k in UNITS if k.endswith("s")}
# Lengths of time with no number at all: "for a while" is PXX.
VAGUE_DURATIONS = {"while": "PXX"}
# Units that are fine as a bare word after "the" / "this" etc.
CALENDAR_UNITS = {
    "day": "D", "week": "W", "weekend": "WE", "month": "M", "quarter": "Q", "year": "Y",
    "decade": "E", "century": "C", "season": "SEASON", "period": "Q",  # an earnings period
}

NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "a": 1, "an": 1, "a single": 1, "a couple of": 2, "a couple": 2,
    "couple of": 2, "a dozen": 12, "dozen": 12, "half a dozen": 6, "a hundred": 100, "half": 0.5,
    "half a": 0.5, "half an": 0.5,  # "half a century ago": 50 years back
    "one hundred": 100, "a thousand": 1000, "a few": "X", "few": "X", "several": "X",
    "many": "X", "some": "X", "a number of": "X", "numerous": "X",
}
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
# The hours of a clock in words, and the minutes said with "past" and "to".
HOUR_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
              "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
CLOCK_MINUTES = {"half": 30, "quarter": 15, "a quarter": 15, "five": 5, "ten": 10, "twenty": 20,
                 "twenty-five": 25, "twenty five": 25}
DIGIT_WORDS = {k: v for k, v in NUMBER_WORDS.items() if isinstance(v, int) and 1 <= v <= 9
               and k not in ("a", "an", "a single")}

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22,
    "twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25, "twenty-sixth": 26,
    "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29, "thirtieth": 30,
    "thirty-first": 31, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "last": -1, "final": -1,
    "fourth and final": 4,
}
QUARTER_ORDINALS = {k: v for k, v in ORDINALS.items() if v in (1, 2, 3, 4, -1)}
HALF_ORDINALS = {"first": 1, "second": 2, "1st": 1, "2nd": 2, "last": 2, "latter": 2, "1": 1, "2": 2}
# "the first three months of 2024" is its first quarter, "the last six months of the year" its second half.
QUARTER_MONTHS = {"first three months": 1, "first 3 months": 1, "last three months": 4, "last 3 months": 4,
                  "final three months": 4, "final 3 months": 4}
HALF_MONTHS = {"first six months": 1, "first 6 months": 1, "last six months": 2, "last 6 months": 2,
               "final six months": 2, "final 6 months": 2}

DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                "seventies": 7, "eighties": 8, "nineties": 9}
YEAR_WORDS_CENTURY = {"nineteen": 19, "twenty": 20, "eighteen": 18}

# Direction words before a calendar unit, month, weekday or season: -1 previous, 0 current,
# +1 next. "past" and "previous" before a number make a duration instead (see rules).
RELATIVE = {
    "last": -1, "past": -1, "previous": -1, "prior": -1, "preceding": -1, "this": 0,
    "current": 0, "present": 0, "next": 1, "coming": 1, "upcoming": 1, "following": "+A",
    "the following": "+A",
    # told in the past after a date of the story, from the story ("She was elected in 2016. The next
    # year, she resigned": 2017); otherwise from the document, like "next year"
    "the next": "+P", "the previous": "-A", "the preceding": "-A",
    "the past": -1, "the last": -1, "that": "=A", "the same": "=A", "that same": "=A", "the current": 0,
    "this past": -1, "this coming": 1, "the coming": 1,
}
# For a day or a part of one, "the next" tells a story ("was released and appeared in court the
# next morning"): it counts from the story's day, as "the following day" does.
DAY_RELATIVE = {"the next": "+A"}
# "ago" counts back from the document date; "later"/"earlier" from the story's last date.
OFFSET_WORDS = {"ago": -1, "back": -1, "earlier": "-A", "previously": "-A", "before that": "-A",
                "later": "+A", "afterwards": "+A", "afterward": "+A", "after that": "+A",
                "from now": 1, "from today": 1, "hence": 1}

# Modifier words before a date: which part of the period, or how exact.
PART_OF = {  # "the end of", "the beginning of" ...
    "year end": "END", "year-end": "END", "year's end": "END",
    "start": "START", "beginning": "START", "dawn": "START", "outset": "START", "early part": "START",
    "middle": "MID", "mid": "MID", "midst": "MID", "end": "END", "close": "END", "latter part": "END",
    "last part": "END", "turn": "START", "tail end": "END", "late part": "END",
    "first part": "START",
    # "the last week of October": a part of the month, not last week
    "last week": "END", "final week": "END", "closing week": "END", "first week": "START", "opening week": "START",
    "last days": "END", "final days": "END", "closing days": "END", "first days": "START",
    "last few days": "END", "final few days": "END", "first few days": "START",
}
PREFIX_MODS = {"early": "START", "earlier": "START", "mid": "MID", "middle": "MID", "late": "END",
               "later": "END", "the early": "START", "the late": "END", "the mid": "MID",
               "the mid-": "MID"}
APPROX_MODS = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "circa": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN",
    "more than": "MORE_THAN", "less than": "LESS_THAN",
    "under": "LESS_THAN", "at least": "EQUAL_OR_MORE", "up to": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS", "not more than": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS",
    "no less than": "EQUAL_OR_MORE", "well over": "MORE_THAN", "just over": "MORE_THAN",
    "just under": "LESS_THAN", "fewer than": "LESS_THAN",
    "as many as": "EQUAL_OR_LESS", "as long as": "EQUAL_OR_LESS", "the better part of": "LESS_THAN",
}
BEFORE_AFTER = {"pre-": "BEFORE", "post-": "AFTER"}
# Words right before a date that join its span: "around Nov. 1" (APPROX), "sometime next year".
DATE_PREFIXES = {"around": "APPROX", "about": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
                 "circa": "APPROX", "sometime": ""}
# Words read with a date but left out of its span, as the TimeML annotators mostly do:
# (regex at the span's start, keep the modifier it gave). "about [five hours]" stays APPROX;
# "Earlier [Friday], lawyers filed": the adverb places the event within the day, not the day.
_WEEKDAY_NAMES = "|".join(re.escape(w) for w in WEEKDAYS)
OUTSIDE_SPAN = [
    (r"about", True),
    (r"as long as", True),  # "could take as long as [a month]": a hedge, like "about"
    (r"(?:earlier|later)(?=\s+(?-i:%s)(?!\w)|\s+this\s+week\b)" % _WEEKDAY_NAMES, False),
]
# After a date: "1994 or later", "1990 and beyond".
OR_MODS = {"or later": "ON_OR_AFTER", "or after": "ON_OR_AFTER", "and beyond": "ON_OR_AFTER",
           "and later": "ON_OR_AFTER", "or earlier": "ON_OR_BEFORE", "or before": "ON_OR_BEFORE"}
# "the day before", "the year after": which way from the story's last date.
SIDE_WORDS = {"before": -1, "earlier": -1, "after": 1, "later": 1}
# "the day before last Tuesday", "the day after Christmas": one day, counted from the date that
# follows; "Oct. 12, the day before the plunge": in apposition, the date itself.
DAY_NEXT_TO_DATE = {"the day before": -1, "the day after": 1}

# Clock times with a name.
NAMED_TIMES = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}

TIMES_OF_DAY = {"morning": "MO", "mornings": "MO", "afternoon": "AF", "afternoons": "AF",
                "evening": "EV", "evenings": "EV", "night": "NI", "nights": "NI",
                "overnight": "NI", "day": "DT", "daytime": "DT", "midday": "MI"}

# Single words (or fixed phrases) with a meaning of their own.
# ("shift", unit, n): n units from the document date; ("ref", VALUE): fuzzy reference;
# ("tod", unit, n, TOD): a part of a day.
DEICTIC = {
    "today": ("shift", "D", 0), "yesterday": ("shift", "D", -1), "tomorrow": ("shift", "D", 1),
    "the day before yesterday": ("shift", "D", -2), "the day after tomorrow": ("shift", "D", 2),
    "tonight": ("tod", "D", 0, "NI"), "last night": ("tod", "D", -1, "NI"),
    "this morning": ("tod", "D", 0, "MO"), "this afternoon": ("tod", "D", 0, "AF"),
    "this evening": ("tod", "D", 0, "EV"), "yesterday morning": ("tod", "D", -1, "MO"),
    "yesterday afternoon": ("tod", "D", -1, "AF"), "yesterday evening": ("tod", "D", -1, "EV"),
    "tomorrow morning": ("tod", "D", 1, "MO"), "tomorrow afternoon": ("tod", "D", 1, "AF"),
    "tomorrow evening": ("tod", "D", 1, "EV"), "tomorrow night": ("tod", "D", 1, "NI"),
    "last evening": ("tod", "D", -1, "EV"),
    "now": ("ref", "PRESENT_REF"),  # "right [now]": both dev sets leave "right" out
    "just now": ("ref", "PAST_REF"),
    "currently": ("ref", "PRESENT_REF"), "current": ("ref", "PRESENT_REF"),
    "then current": ("ref", "PAST_REF"), "then-current": ("ref", "PAST_REF"),  # current back then
    "nowadays": ("ref", "PRESENT_REF"), "these days": ("ref", "PRESENT_REF"),
    "the present": ("ref", "PRESENT_REF"), "at present": ("ref", "PRESENT_REF"),
    "present-day": ("ref", "PRESENT_REF"),
    "recently": ("ref", "PAST_REF"),
    "recent years": ("ref", "PAST_REF"),
    "the past": ("ref", "PAST_REF"), "lately": ("ref", "PAST_REF"), "past years": ("ref", "PAST_REF"),
    "the future": ("ref", "FUTURE_REF"), "the near future": ("ref", "FUTURE_REF"),
    "the coming months": ("ref", "FUTURE_REF"), "coming months": ("ref", "FUTURE_REF"),
    "the coming weeks": ("ref", "FUTURE_REF"), "coming weeks": ("ref", "FUTURE_REF"),
    "the coming days": ("ref", "FUTURE_REF"), "coming days": ("ref", "FUTURE_REF"),
    "the coming decades": ("ref", "FUTURE_REF"), "coming decades": ("ref", "FUTURE_REF"),
    "coming quarters": ("ref", "FUTURE_REF"), "the short term": ("ref", "FUTURE_REF"),
    "the near term": ("ref", "FUTURE_REF"), "the long term": ("ref", "FUTURE_REF"),
    "a later date": ("ref", "FUTURE_REF"), "one day": ("ref", "FUTURE_REF"),
    "the coming years": ("ref", "FUTURE_REF"), "coming years": ("ref", "FUTURE_REF"),
    "years to come": ("ref", "FUTURE_REF"), "the years to come": ("ref", "FUTURE_REF"),
    "the days ahead": ("ref", "FUTURE_REF"), "the weeks ahead": ("ref", "FUTURE_REF"),
    "once": None, "then": None,
}
DEICTIC = {k: v for k, v in DEICTIC.items() if v is not None}

# Holidays with a fixed day of the year.
# (month, day); (month, ISO weekday, n): the n-th such weekday of the month (n=-1: the last);
# ("easter", days): days from Easter Sunday; ("easter week", 0): the week of Easter.
HOLIDAYS = {"Thanksgiving": (11, 4, 4), "Thanksgiving Day": (11, 4, 4), "Labor Day": (9, 1, 1),
            "Martin Luther King Day": (1, 1, 3), "Presidents' Day": (2, 1, 3), "Presidents Day": (2, 1, 3),
            "Columbus Day": (10, 1, 2), "Mother's Day": (5, 7, 2), "Father's Day": (6, 7, 3),
            "St. Patrick's Day": (3, 17), "April Fools' Day": (4, 1), "Earth Day": (4, 22),
            "Groundhog Day": (2, 2), "Cinco de Mayo": (5, 5),
            "Easter": ("easter", 0), "Easter Sunday": ("easter", 0), "Easter Monday": ("easter", 1),
            "Good Friday": ("easter", -2), "Holy Thursday": ("easter", -3), "Maundy Thursday": ("easter", -3),
            "Palm Sunday": ("easter", -7), "Ash Wednesday": ("easter", -46), "Pentecost": ("easter", 49),
            "Holy Week": ("easter week", 0), "Easter week": ("easter week", 0),
            "Memorial Day": (5, 1, -1), "Election Day": (11, 2, "election"),
            "Christmas": (12, 25), "Christmas Day": (12, 25), "Christmas Eve": (12, 24),
            "New Year's Day": (1, 1), "New Year's Eve": (12, 31), "New Year": (1, 1),
            "Independence Day": (7, 4), "Fourth of July": (7, 4), "July Fourth": (7, 4), "July 4th": (7, 4), "Halloween": (10, 31), "Valentine's Day": (2, 14),
            "Veterans Day": (11, 11), "Boxing Day": (12, 26), "Bastille Day": (7, 14), "May Day": (5, 1),
            # days counted from Thanksgiving
            "Black Friday": (11, 5, ("thanksgiving", 1)), "Cyber Monday": (11, 1, ("thanksgiving", 4)),
            # saints' days and national days the British, Irish and Commonwealth news name
            "St Patrick's Day": (3, 17), "Saint Patrick's Day": (3, 17), "St David's Day": (3, 1),
            "St. David's Day": (3, 1), "St George's Day": (4, 23), "St. George's Day": (4, 23),
            "St Andrew's Day": (11, 30), "St. Andrew's Day": (11, 30), "Burns Night": (1, 25),
            "Bonfire Night": (11, 5), "Guy Fawkes Night": (11, 5), "Armistice Day": (11, 11),
            "Remembrance Day": (11, 11), "Remembrance Sunday": (11, 7, 2), "Hogmanay": (12, 31),
            "Australia Day": (1, 26), "Anzac Day": (4, 25), "Canada Day": (7, 1), "Juneteenth": (6, 19),
            "Veterans' Day": (11, 11), "Valentines Day": (2, 14),
            "Martin Luther King Jr. Day": (1, 1, 3), "MLK Day": (1, 1, 3), "All Saints' Day": (11, 1),
            "Shrove Tuesday": ("easter", -47), "Pancake Day": ("easter", -47), "Mardi Gras": ("easter", -47),
            "Mothering Sunday": ("easter", -21), "Holy Saturday": ("easter", -1),
            "Ascension Day": ("easter", 39), "Whit Monday": ("easter", 50), "Whit Sunday": ("easter", 49)}
# Days known by a name of their own, always the same day: "the 9/11 attacks".
NAMED_DAYS = {"9/11": "2001-09-11", "9-11": "2001-09-11"}
# Around such a name, words that show the day is meant (a bare "9/11" may be this year's 11 September).
NAMED_DAY_AFTER = {"attacks", "attack", "terror", "terrorist", "commission", "memorial", "museum", "victims",
                   "families", "hijackers", "era", "anniversary", "report", "responders", "hearings", "plot",
                   "plotters", "generation", "wars", "survivors"}
NAMED_DAY_BEFORE = {"since", "after", "before", "until", "post", "pre", "post-", "pre-"}

# Words after a holiday's name that make it a thing, not a day: "Christmas tree", "Easter Island".
HOLIDAY_NOT_BEFORE = {"tree", "trees", "light", "lights", "decoration", "decorations", "card", "cards", "egg",
                      "eggs", "bunny", "market", "markets", "carol", "carols", "gift", "gifts", "present",
                      "presents", "song", "songs", "movie", "movies", "film", "films", "special", "jumper",
                      "sweater", "costume", "costumes", "candy", "pudding", "cake", "ornament", "ornaments",
                      "story", "album", "truce", "offensive", "uprising", "rising", "agreement", "accord"}

# "every other day", "every few years": the step of a SET.
EVERY_COUNTS = {"other": 2, "second": 2, "alternate": 2, "few": "X", "several": "X", "couple of": 2, "two": 2, "three": 3,
                "four": 4, "five": 5, "six": 6, "ten": 10}
# Adverbs and adjectives that make a SET.
SET_WORDS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M",
             "yearly": "P1Y", "hourly": "PT1H", "biweekly": "P2W", "bimonthly": "P2M",
             "every day": "P1D", "each day": "P1D", "per day": "P1D",
             "every week": "P1W", "each week": "P1W", "per week": "P1W",
             "every month": "P1M", "each month": "P1M", "per month": "P1M",
             "every year": "P1Y", "each year": "P1Y", "per year": "P1Y",
             "every quarter": "P1Q", "each quarter": "P1Q", "every hour": "PT1H",
             "an hour": "PT1H", "per hour": "PT1H", "every night": "P1D",
             "every morning": "P1D", "every evening": "P1D", "every decade": "P1E"}
# Words that, read before "a year"/"a month", make it a rate ("$5 million a year").
# (kept for the engine's SET-vs-DURATION decision)

# Words near a date that tell its tense (for "in September", "on Friday" without a year).
# Future auxiliaries: in the clause, they decide ("will be paid Dec. 14").
FUTURE_MARKERS = ("will", "won't", "'ll", "shall", "going to", "is to", "are to")
# Hints of the future: they compete with past-tense markers, the nearest deciding
# ("In September, it announced plans to ...": past).
FUTURE_HINTS = ("plans to", "plan to", "planned", "planning", "plans", "scheduled", "slated", "likely to",
                "set for",
                # a schedule in the present tense: "the trial begins Monday", "the plant closes in June"
                "begins", "opens", "reopens", "closes", "starts", "resumes", "convenes", "meets",
                "takes effect", "go to the polls", "goes to the polls", "kicks off", "expected to",
                "expects to", "is expected", "are expected", "expect", "expects", "anticipate", "anticipates",
                "predict", "predicts", "due to", "set to", "intends to", "aims to",
                "hopes to", "upcoming", "coming", "deadline",
                # the verb, not the noun ("raised its annual forecast on Tuesday" is past)
                "forecast to", "forecasts to", "is forecast", "are forecast", "forecasts that", "forecast that",
                "forecast a", "forecasts a", "forecast an", "forecasts an",
                "projected to", "is projected", "are projected",
                "ahead of", "in time for",
                # a date moved to is one still ahead: "the exams have been moved to May"
                "moved to", "moved back to", "moved up to", "postponed to", "postponed until", "pushed back to",
                "delayed to", "delayed until", "rescheduled for", "rescheduled to", "put off until",
                "brought forward to", "deferred to", "deferred until",
                # a schedule told with "is": "Kickoff is at 8:15 p.m. on Sunday", "The vote is on Friday"
                "is at", "are at", "is on", "are on", "is in", "are in", "is due", "are due",
                "takes place", "take place", "is held", "are held", "falls on", "fall on", "go back", "go forward",
                "goes back", "goes forward")
# "next" ("the next meeting"), not "next to"; "they meet Monday", not "to meet demand"
# "Polls close on Friday", "Voting ends on Sunday", "The show runs until June": a plural or
# present schedule verb right before its preposition ("a close race", "runs the firm" and "more
# open in declaring" are not)
# "Election Day is Nov. 4": a copula that ends right before the date
FUTURE_HINT_PATTERN = (r"(?<!\bthe )next(?!\s+to\b)"
                       # "the next morning" tells a story, "the next meeting" looks ahead
                       r"|(?<=\bthe )next(?!\s+(?:to|day|morning|afternoon|evening|night)\b)|(?<!\bto )(?<!\bwill )(?:meet|begin|resume|convene)"
                       r"|(?<!\bto )(?<!\bwill )(?:close|open|ends?|runs?)(?=\s+(?:on|at|until|through|till)\b|\s+in\s+(?-i:[A-Z0-9]))"
                       # "pre-orders open Friday", "polls close Tuesday": a plural schedule verb right before its date
                       r"|(?<!\bto )(?<!\bwill )(?<!\bthe )(?:open|close|begin|start|resume|reopen)(?=\s+$)"
                       r"|(?:is|are)(?=\s+$)"
                       # a product's date: "which ships from October 2", "goes on sale on Friday"
                       r"|(?<!\bto )(?:ships?|go(?:es)? on sale|hits? (?:stores|shelves))(?=\s+(?:on|from|in|at)\b)"
                       # an undertaking and its verb: what it binds to is ahead ("signed a deal to supply a
                       # chain from September"), not "agreed to the deal in March"
                       r"|(?:deal|agreement|contract|agreed|promised|pledged|vowed) to(?=\s+(?!(?:the|a|an|its|their|his|her|this|that)\b)[a-z]+\b)")
# Weaker: the future seen from a past statement ("said it would be paid in January"). Counts for
# months, not for weekdays ("said they would fight Wednesday's ruling").
WEAK_FUTURE_MARKERS = ("would", "could", "should", "may", "might", "starting", "begins", "ends", "expires")
# Nouns right after a date that make it a deadline: "the September deadline" (passed if told in the past).
DEADLINE_NOUNS = ("deadline", "deadlines", "cutoff", "cut-off")
# ... unless an infinitive governs it: "agreed to meet the September deadline" is still ahead
DEADLINE_TO_MEET = r"\bto\s+[a-z]+\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w.]+(?:'s|\u2019s)\s+)?"
# Words right before a date that make it a deadline, hence in the future.
DEADLINE_WORDS = ("by", "until", "till", "through", "expire", "expires", "payable", "due", "effective",
                  "starting", "beginning", "as soon as", "as early as", "no later than", "before",
                  "payable on", "due on", "effective on", "expires on", "starting on", "beginning on",
                  "expires at", "expire at", "due at")
# Words between a day and a clock time that put the clock on that day: "Dec. 2 at 11 a.m.".
CLOCK_DAY_JOINS = ("at", "", ",", "on")
# "cleared by Tuesday": a past verb done by a day is past, unless passive ("was extended by").
DONE_BY = r"(?<!\w)[a-z]{2,}ed\s+by\s+$"
PASSIVE_BY = r"(?<!\w)(?:was|were|been|be|is|are)\s+\w+ed\s+by\s+$"
# Words that open another clause: tense words beyond them speak of another event.
CLAUSE_WORDS = ("and", "but", "while", "whereas", "which", "who", "although", "though", "because")
PAST_MARKERS = ("was", "were", "had", "did", "ago", "last", "earlier", "began", "since", "been",
                "ended", "fell", "rose", "signed", "ratified", "died", "killed", "happened", "occurred",
                "took place", "started", "held", "met", "won", "lost", "announced", "reported",
                "brought", "came", "went", "took", "made", "gave", "sold", "bought", "paid", "left",
                "said", "told", "wrote", "spoke", "saw", "began", "ran", "found", "got", "thought",
                "knew", "felt", "kept", "led", "hit", "struck", "fought", "sent", "set off", "flew",
                "set out", "fled", "broke", "chose", "drove", "rode", "wore", "grew", "threw", "stood",
                "beat",  # "Fourth-quarter revenue beat estimates": results are told in the past
                # irregular simple pasts a story tells with ("The bell rang on Aug. 18"); not the
                # participles, which are passives too ("when the case is heard in May")
                "rang", "sang", "became", "drew", "sat", "shook", "stole", "swore", "tore", "withdrew",
                "woke", "wept", "froze", "forgot", "overtook")
# Verbs that attribute a quote to its speaker: '"... by next year," Shapps told MPs in October 2019'
# dates the quote's own "next year" from October 2019.
# Words before a month that the story's date came after: "a runoff in February 1991 after a November vote".
STORY_BEFORE_WORDS = ("after a", "after an", "after the", "following a", "following an", "following the")
# An introduction with these words that dates an interview makes its quotes speak from that date.
INTERVIEW_WORDS = ("interview", "interviews", "interviewed", "conversation")
QUOTE_VERBS = ("said", "says", "told", "tells", "wrote", "writes", "added", "promised", "pledged", "declared",
               "insisted", "predicted", "warned", "claimed", "announced", "vowed", "argued", "stated")
# The past perfect: a deadline in its sentence has passed ("had filed reports by Wednesday").
PAST_PERFECT = ("had", "hadn't")
PAST_WORD_PATTERN = r"[a-z]{2,}ed"  # a word ending so is read as a past-tense verb
NOT_PAST_BEFORE = ("be", "to", "if", "unless", "will", "would", "a", "an", "the", "still", "its", "their", "his", "her")  # "will be held", "to be signed": not past
# Words after a capitalised weekday that show it is a name, not a day ("Sunday Times").
NAME_AFTER_WEEKDAY = ("Times", "Telegraph", "Mirror", "Express", "Post", "Herald", "Tribune",
                      "Star", "Independent", "People", "Sport", "Observer", "Mail", "School",
                      "Night Live", "Bloody", "Service", "Morning Herald", "Agreement", "Accord",
                      "trading", "roast", "lunch", "school", "best", "papers", "newspaper", "newspapers")
# Words before a weekday that make it part of a name: "The Good Friday Agreement" (the holiday was
# refused as a name), "Black Monday" (a crash, not last Monday); and newspapers named with their day.
NAME_BEFORE_WEEKDAY = ("Good", "Black", "Holy", "Maundy", "Ash", "Palm", "Bloody", "Super", "Cyber", "Blue",
                       "Easter", "Whit", "Shrove", "Low")
NEWSPAPERS_WITH_DAY = ("Mail on Sunday", "Independent on Sunday", "Scotland on Sunday")
# A new year that is not 1 January: "Lunar New Year", "the Jewish New Year".
NOT_JANUARY_NEW_YEAR = ("Lunar", "Chinese", "Jewish", "Islamic", "Persian", "Hindu", "Tamil", "Sinhala",
                        "Sinhalese", "Thai", "Khmer", "Tibetan", "Vietnamese", "Korean", "Ethiopian", "Hijri")
# Around "the fourth quarter" or "the second half", words of a game: its quarter or half, not a
# calendar one. Only words business news does not use ("rebound", "points", "goals" and "match" it does).
GAME_WORDS = re.compile(r"(?i)\b(?:touchdowns?|quarterback|field goals?|halftime|half-time|three-pointers?|"
                        r"free throws?|the buzzer|interceptions?|fumbled?|scored|scoring|innings|striker|"
                        r"wickets?|penalty kicks?|equali[sz]er|kick-?off|the whistle|\d+-yard)\b")
# Possessives before a decade word make it an age: "in her sixties", "in their mid-forties".
AGE_OWNERS = {"her", "his", "their", "my", "your", "our", "its"}

# Words that mark a following four-digit number as a quantity, not a year.
NOT_YEAR_BEFORE = ("$", "£", "€", "No.", "no.", "#", "Route", "route", "Flight", "flight",
                   "Highway", "Room", "room", "Section", "Article", "Resolution", "Boeing",
                   "Airbus", "model", "Model", "page", "pages", "Page", "number", "Number",
                   # bills, ballot measures and counts: "H.R. 1776", "Proposition 2015", "numbered 1800"
                   "H.R.", "S.", "Proposition", "Prop.", "Measure", "Bill", "Order", "Decree",
                   "numbered", "numbering", "totalled", "totaled", "totalling", "totaling")
# A flight code before the number: "flight BA 2024", "the flight, LH 1999,"
FLIGHT_CODE_BEFORE = re.compile(r"(?i:flight),?\s+[A-Z][A-Z0-9]\s*$")

# Periods longer than a quarter: "a year earlier" in a sentence about one of them compares years.
LONGER_THAN_QUARTER = ("nine months", "six months", "first half", "for the year", "the year ended", "fiscal year", "full year",
                       "the first nine months", "nine-month", "six-month", "year-to-date", "so far this year")

# After a quarter: it has ended, so the story reports on it whatever its number.
ENDED_WORDS = ("ended", "ending", "that ended", "which ended", "just ended")

# Words between the two ends of a range ("between October and December 2023").
# Words joining two expressions that share what the second says ("Monday and Tuesday nights").
COORDINATION_WORDS = (",", "and", "or", "&")
RANGE_WORDS = {"and", "to", "-", "\u2013", "\u2014", "through", "until", "till", "or", "and late", "into"}
# How the two ends of a period are joined, and the word the first end needs before it (None: none):
# "2014-2016", "from 2014 to 2016", "between October and December", "from late 2023 into 2024".
RANGE_JOINS = {"-": None, "\u2013": None, "\u2014": None, "to": None, "through": None, "thru": None,
               "until": None, "till": None, "and": "between", "into": "from", "and late": "between"}
# Verbs that move a date: "postponed from May to June" names two dates, not a period.
CHANGE_VERBS = ("postponed", "postpone", "moved", "move", "delayed", "delay", "pushed back", "rescheduled",
                "reschedule", "shifted", "changed", "brought forward", "put off", "pushed")
# Words that open a range written day first: "from 10 to 12 March", "between 10 and 12 March".
RANGE_OPENERS = ("from", "between", "night of", "nights of")
# Words after a number that make it a count, not the second day of "Nov. 20-21".
COUNT_WORDS = ("percent", "per", "people", "points", "votes", "seats", "members", "times")

FRAGMENTS = {
    # 1000-2099 written with four digits, not part of a longer number, amount or code.
    "YEAR4": r"(?<![\w$£€#.,/:])(?<!\d-)(?:1[0-9]|20)\d\d(?![\w%]|[.,:/]\d|-\w*\d)",
    "YEAR2": r"'\d\d(?!\w)",
    # years in words, as spoken in broadcast transcripts: "nineteen ninety-six", "two thousand"
    "YEARW": r"(?:nineteen|eighteen|seventeen) (?:hundred|<TENS>(?:[- ]<DIGIT_WORDS>)?|<TEENS>|oh[- ]<DIGIT_WORDS>)"
             r"|two thousand(?:(?: and)? <DIGIT_WORDS>|[- ]<DIGIT_WORDS>)?(?![- ]\w+ (?:dollars|people|years))",
    "YEAR": r"(?:{YEAR4}|{YEARW})",
    # a time zone after a clock: "EST", "ET", "GMT", "local time", "Moscow time", "New York time"
    "ZONE": r"(?-i:[A-Z][SDE]?T|GMT|UTC|CES?T|EES?T|BST|IST|JST|MSK)(?!\w)|local time|(?-i:[A-Z][a-z]+(?: [A-Z][a-z]+)?) time(?!\w)"
            r"|(?-i:Pacific|Eastern|Central|Mountain)(?= on | \(|[,.;]|$)",
    "DAY": r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\w|[.,:]\d)",
    "SEP": r"\s*[-\u2013\u2014]\s*",
    "THE": r"(?:the )?",
    "COMMA": r",? ?",
    "NUMDIGIT": r"(?<![\w$.,])\d{1,3}(?:,\d{3})*(?:\.\d+)?(?![\w%]|[.,]\d)",
    "HALFWORD": r"(?: and a half| and one half| and half| 1/2|\u00bd)?",
}

# Rules: (name, kind, pattern). Earlier rules win at the same place. Kinds (normalize.READERS):
#  date      - a calendar date, read from the groups below
#  numeric   - 27.07.2023, 11/20/2024 (groups a, sep, b, c)
#  yearrange - 1990-91, 2009-2012 (two expressions)
#  relunit   - "last year", "the following day", "the quarter" (rel/definite/side, calunit)
#  yearago   - "year-earlier", "the year-ago quarter"
#  offset    - "two years ago", "three days later" (number, unit, offset)
#  duration  - "three years", "the past two months" (number, unit, approx, rel)
#  deictic   - a phrase from DEICTIC ("yesterday", "now", "recently")
#  time      - clock times and parts of a day (hour, minute, ampm, named, tod, weekday/deictic)
#  set       - "every Tuesday", "daily", "twice a year"
#  holiday   - HOLIDAYS
# Group names, by meaning (a suffix after "_" only keeps names unique within a rule):
#  year, yearb (BC), yearad, month, mnum, day, weekday, season, quarter, half, topic (the quarter a
#  story reports on), weekof, decade, dec (the '90s), decword, century, rel, yrel ("this year"),
#  definite ("the"), side ("before"/"after"), calunit, numd/tens/ones/num (a number), numh/unith
#  ("and a half"), unit, offset, partof, premod, approx, beforeafter, ormod, deictic, hour, minute,
#  ampm, named, tod, setword, nd, holiday, sep.
NUMBER = (r"(?:(?P<numd>{NUMDIGIT})|(?P<tens><TENS>)(?:[- ](?P<ones><DIGIT_WORDS>))?"
          r"|(?P<num><NUMBER_WORDS>))(?P<numh>{HALFWORD})")

_ORD_DIGITS = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)"  # "19th": a day of a month
_NTH = r"(?:first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)"

RULES = [
    # --- calendar phrases: British day counts, days inside a month, recurring days -------------
    # "Monday week", "Tuesday fortnight", "a week on Friday": the coming such day, a week on
    ("weekday_week", "later_weekday", r"(?P<weekday><WEEKDAYS>) (?P<later>(?-i:week|fortnight))(?![\w'-])"),
    ("week_on_weekday", "later_weekday",
     r"(?:a|one) (?P<later>week|fortnight) (?:on|from) (?P<weekday><WEEKDAYS>)(?!\w|'s)"
     r"|(?:a|one) (?P<later_d>week|fortnight) (?P<deictic>today|tomorrow)(?!\w|'s)"),
    ("weekday_after_next", "later_weekday", r"the (?P<weekday><WEEKDAYS>) (?P<later>after next)(?!\w)"),
    # "the last Saturday of each month", "every other Thursday": recurring days (SET)
    ("nth_weekday_each", "recurring_day",
     r"the (?P<nthw>" + _NTH + r") (?P<weekday><WEEKDAYS>) (?:of|in) (?P<quant>each|every) month(?!\w)"),
    ("every_other_weekday", "recurring_day",
     r"(?P<quant>every) (?P<nd>other|second|alternate) (?P<weekday><WEEKDAYS>)(?!\w)"),
    # "the first Tuesday in November", "the last Friday of next month"
    ("nth_weekday", "nth_weekday",
     r"the (?P<nthw>" + _NTH + r") (?P<weekday><WEEKDAYS>) (?:of|in) (?:(?P<month><MONTHS>)(?:,? (?P<year>{YEAR4}))?"
     r"|(?P<rel>this|next|last|the following|the previous) (?P<calunit>month)|(?P<definite>the) (?P<calunit_d>month))(?![\w-])"),
    # "the first day of next month", "the last trading day of February", "the 19th of next month"
    ("day_within", "day_within",
     r"the (?P<ordday><ORDINALS>) (?:(?P<business>trading|business|working) )?day of (?:(?P<month><MONTHS>)(?:,? (?P<year>{YEAR4}))?"
     r"|(?P<year_y>{YEAR4})|(?P<rel>this|next|last|the following|the previous) (?P<calunit>month|year)"
     r"|(?P<definite>the) (?P<calunit_d>month|year))(?![\w-])"),
    ("monthday_within", "day_within",
     r"the (?P<ordday>" + _ORD_DIGITS + r"|<ORDINALS>) of (?:(?P<rel>this|next|last) (?P<calunit>month)|(?P<definite>the) (?P<calunit_d>month))(?![\w'-])"),
    # "Tuesday 4th", "on the 19th": a day of a month not named (CHECKS keep out "the 19th century")
    ("weekday_monthday", "day_of_month", r"(?P<weekday><WEEKDAYS>),? (?:the )?(?P<day>" + _ORD_DIGITS + r")(?![\w-])"),
    ("the_monthday", "day_of_month", r"the (?P<day>" + _ORD_DIGITS + r")(?![\w-])"),
    # "March the 15th", "15-Mar-2024"
    ("month_the_day", "date", r"(?P<month><MONTHS>) the (?P<day>" + _ORD_DIGITS + r")(?:{COMMA}(?P<year>{YEAR4}))?(?![\w-])"),
    ("day_mon_year", "date",
     r"(?<![\w-])(?P<day>[12]\d|3[01]|0?[1-9])(?P<sepd>[-/])(?P<month><MONTHS>)(?P=sepd)(?P<year>(?:1[0-9]|20)\d\d|\d\d)(?![\w-]|[.,]\d)"),
    # "the autumn of last year", "early winter this year"
    ("season_rel_year", "date",
     r"{THE}(?:(?P<premod>early|late|mid|middle)-? ?)?(?P<season><SEASONS>)(?: of)? (?P<yrel>this|last|next|that) year(?![\w-])"),
    # --- modified and composite dates ------------------------------------------------------
    ("partof_date", "date",
     r"{THE}(?:very )?(?P<partof><PART_OF>) of {THE}(?:(?P<rel><RELATIVE>) )?(?:"
     r"(?P<month><MONTHS>)(?: (?P<day>{DAY}),?)?(?: of)?{COMMA}(?P<year>{YEAR4})?"
     r"|(?P<season><SEASONS>)(?: of)? (?P<year_s>{YEAR4})?"
     r"|(?P<calunit><CALENDAR_UNITS>)|(?P<century>\d{1,2}(?:st|nd|rd|th)|<ORDINALS>)[- ]century"
     r"|(?P<hundreds>1[0-9])00s(?!\w)|(?P<decade>(?:1[0-9]|20)\d0)'?s"
     r"|(?-i:Q)(?P<quarter>[1-4])(?:[ -]?(?P<year_q>{YEAR4}))?(?![\w-])"
     r"|(?P<quarter_o><QUARTER_ORDINALS>)[- ]quarter(?: of (?P<year_o>{YEAR4}))?(?![\w-])"
     # "by the end of the first half": a half of a business year (CHECKS: not a game's)
     r"|(?P<half>first|second|1st|2nd)[- ]half(?: of (?P<year_h>{YEAR4}))?(?![\w-])(?! of\b)"
     r"|(?P<year_y>{YEAR4}))"),
    ("half_of", "date",
     r"{THE}(?P<half><HALF_ORDINALS>)(?:[- ]half| two quarters)(?: of {THE}(?:(?P<rel><RELATIVE>) )?(?:(?P<year>{YEAR4})|(?P<calunit>year)|(?P<fiscal>fiscal (?P<year_f>{YEAR4}))))"),
    ("quarter_of", "date",
     r"(?:the (?=(?:fiscal |calendar )?\w+ (?:fiscal )?quarter))?(?:(?:fiscal|calendar) )?(?P<quarter><QUARTER_ORDINALS>)(?:[- ]quarter| fiscal quarter)"
     r"(?: of {THE}(?:(?:fiscal|calendar) )?(?:(?P<year>{YEAR4})|(?P<rel><RELATIVE>) year|(?P<calunit>year))| (?P<year_b>{YEAR4}))?"),
    ("year_quarter", "date",
     r"(?:(?P<rel>this|last|next) year's|{THE}(?P<year>{YEAR4})(?:'s)?(?: fiscal)?) (?:(?P<quarter><QUARTER_ORDINALS>)[- ])?(?:fiscal )?(?P<topic>quarter|period)(?!\w)"),
    # "up 6% from the same period of 2024": that year's months, the year is what the text says
    ("period_of_year", "date", r"{THE}(?:same|corresponding|comparable) period (?:of|in) (?P<year>{YEAR4})"),
    ("period_last_year", "yearago",
     r"{THE}(?:(?:same|corresponding|comparable) )?(?P<calunit>period|quarter) (?:(?:of )?last year|a year (?:ago|earlier))(?!\w)"),
    ("latest_quarter", "date", r"{THE}(?P<topic>(?:latest|most recent|just-ended) (?:fiscal )?(?:quarter|period))(?!\w)"),
    ("months_of", "date",
     r"{THE}(?:(?P<quarter><QUARTER_MONTHS>)|(?P<half><HALF_MONTHS>)) of {THE}(?:(?:(?P<rel><RELATIVE>) )?(?P<calunit>year)"
     r"|(?:fiscal )?(?P<year>{YEAR4}))(?![\w-])"),
    # "the December quarter", "the January-March quarter": the calendar quarter ending that month
    ("month_quarter", "date",
     r"{THE}(?:(?P<qstart><MONTHS>)[-\u2013/](?:to )?)?(?P<qend><MONTHS>)[- ](?:fiscal )?quarter(?![\w-])"
     r"(?: of (?P<year>{YEAR4}))?"),
    ("quarter_year", "date", r"(?:(?<![\w-])Q(?P<quarter>[1-4])[ -]?(?P<year>{YEAR4}))"),
    ("quarter_q", "date", r"(?<![\w-])(?-i:Q)(?P<quarter>[1-4])(?![\w-])"),  # "Q1 would be softer"
    ("premod_date", "date",
     r"(?P<premod>(?:the )?(?:earlier|later|early|late|mid|middle)-?)\s*(?:"
     r"(?P<month><MONTHS>)(?:{COMMA}(?P<year>{YEAR4}))?"
     r"|(?P<hundreds>1[0-9])00s(?!\w)|(?P<decade>(?:1[0-9]|20)\d0)'?s|'(?P<dec_2>\d0)'?s"
     r"|(?P<year_y>{YEAR4})|(?P<season><SEASONS>)(?: of)?(?: (?P<year_s>{YEAR4}))?"
     r"|(?P<rel><RELATIVE>) (?P<calunit><CALENDAR_UNITS>|(?P<month_r><MONTHS>)|(?P<season_r><SEASONS>))"
     r"|(?P<deictic>yesterday|today|tomorrow)|(?P<weekday><WEEKDAYS>)"
     r"|(?P<century>\d{1,2}(?:st|nd|rd|th)|<ORDINALS>)[- ]century)"),
    ("premod_in_the", "date",
     r"(?P<premod>early|late|earlier|later) in (?:the )?(?P<calunit>year|month|week|day|decade|century)(?!\w)"),
    ("year_or_later", "date", r"(?P<year>{YEAR4}) (?P<ormod><OR_MODS>)(?!\w)"),
    ("beforeafter_year", "date", r"(?P<beforeafter>pre-|post-)(?P<year>{YEAR4})"),
    # --- full and partial calendar dates -----------------------------------------------------
    ("month_rel_year", "date",
     r"(?:(?P<premod>early|late|mid|middle)-? ?)?(?P<month><MONTHS>)(?: (?P<day>{DAY}))?,?(?: of)? (?P<yrel>this|last|next|that same|that|the same) year(?![\w-])"),
    # "on 20 October that year", "in December the same year": the story's year
    ("day_month_rel_year", "date",
     r"(?P<day>{DAY})(?: of)? (?P<month><MONTHS>),? (?P<yrel>that same|that|the same) year(?![\w-])"),
    ("week_of", "date", r"the (?P<weekof>week|weekend) of (?P<month><MONTHS>) (?P<day>{DAY})(?:{COMMA}(?P<year>{YEAR4}))?"),
    ("weekday_month_day", "date",
     r"(?:(?:(?P<rel>this coming|this|next|last) )?(?P<weekday><WEEKDAYS>),? )?(?P<month><MONTHS>) (?P<day>{DAY}|<ORDINALS>)(?:{COMMA}(?P<year>{YEAR}))?"),
    ("day_month_year", "date",
     r"(?:(?P<weekday><WEEKDAYS>),? )?(?:the )?(?P<day>{DAY})(?: of)? (?P<month><MONTHS>)(?:{COMMA}(?P<year>{YEAR4}))?"),
    # "2024-03-15T10:30Z", "2025-03-09T22:15:00-05:00": a day and its clock (the zone is not kept)
    ("iso_datetime", "time",
     r"(?<![\w.-])(?P<year>(?:1[0-9]|20)\d\d)-(?P<mnum>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])(?:T|[ ])"
     r"(?P<hour>[01]\d|2[0-3]):(?P<minute>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?(?![\w:+-]|[.,]\d)"),
    ("iso_date", "date", r"(?<![\w.-])(?P<year>(?:1[0-9]|20)\d\d)-(?P<mnum>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])(?![\w-]|\.\d)"),
    ("numeric_date", "numeric",
     r"(?<![\w./-])(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{4}|\d\d)(?![\w/-]|\.\d)"),
    ("month_year", "date", r"(?P<month><MONTHS>)(?: of|,)? (?P<year>{YEAR}|{YEAR2})"),
    # "the winter of 1941-42" is the winter that starts in 1941
    ("season_year", "date", r"{THE}(?P<season><SEASONS>)(?: of)? (?:(?P<year_r>(?:1[0-9]|20)\d\d)[-\u2013/](?:(?:1[0-9]|20)?\d\d)(?![\w-]|[.,]\d)|(?P<year>{YEAR}))"),
    ("the_year_n", "date", r"the year (?P<year>{YEAR})"),
    ("fiscal_year", "date", r"(?:fiscal(?: year)?|FY|the year|calendar(?: year)?|model year) ?(?P<year>{YEAR4}|'?\d\d(?!\w))"
     r"|(?-i:FY)(?P<year_f>(?:1[0-9]|20)\d\d)(?!\w)"),
    ("half_year", "date", r"(?<![\w-])(?-i:H)(?P<half>[12]) ?(?P<year>{YEAR4})"),
    # "the first half", "First-half profit", "H1" without a year: in a results story only (HALF_CONTEXT)
    ("half_alone", "date",
     r"{THE}(?P<half>first|second|1st|2nd)[- ]half(?![\w-])"
     r"(?! (?:of|an?|hour|hours|century|decade|dozen|year|years|month|months|day|days|time|inning|innings)\b)"
     r"|(?<![\w-])(?-i:H)(?P<half_h>[12])(?![\w-]|[.,]\d)"),
    ("year_bc", "date", r"(?P<yearb>\d{1,4}) ?(?:BC|B\.C\.|BCE)(?!\w)"),
    ("year_ad", "date", r"(?-i:AD|A\.D\.) (?P<yearad>\d{1,4})(?!\w)|(?P<yearad_2>\d{1,4}) ?(?-i:AD|A\.D\.|CE)(?!\w)"),
    ("hundreds", "date", r"{THE}(?P<hundreds>1[0-9])00s(?!\w)"),
    ("decade", "date", r"{THE}(?P<decade>(?:1[0-9]|20)\d0)'?s(?!\w)|(?:the )?'(?P<dec_2>\d0)'?s(?!\w)|{THE}(?:nineteen )?(?P<decword><DECADE_WORDS>)"),
    ("year_2digit", "date", r"'(?P<year>\d\d)(?![\w'])"),
    ("century", "date", r"{THE}(?P<century>\d{1,2}(?:st|nd|rd|th)|<ORDINALS>)[- ]century(?P<centbc> (?:BC|B\.C\.|BCE)(?!\w))?"),
    ("year_range", "yearrange",
     r"(?<![\w$#.,/-])(?P<year>(?:1[0-9]|20)\d\d)[-\u2013\u2014/](?P<year2e>(?:(?:1[0-9]|20)(?=\d\d))?\d\d)(?!\w|[.,-]\d)"),
    # --- relative dates ------------------------------------------------------------------------
    ("rel_unit", "relunit",
     r"(?P<rel><RELATIVE>) (?:fiscal |calendar )?(?P<calunit><CALENDAR_UNITS>)(?![\w-])"),
    ("rel_month", "date", r"(?P<rel><RELATIVE>) (?P<month><MONTHS>)(?: (?P<day>{DAY}))?"),
    ("rel_weekday", "date", r"(?P<rel><RELATIVE>) (?P<weekday><WEEKDAYS>)(?: (?P<tod><TIMES_OF_DAY>))?"),
    ("rel_season", "date", r"(?P<rel><RELATIVE>) (?P<season><SEASONS>)"),
    ("year_ago", "yearago",
     r"{THE}(?:(?:comparable|corresponding|same) )?year[- ](?:ago|earlier)(?: (?P<quarter><QUARTER_ORDINALS>))?(?P<calunit_q> quarter| period| month)?"),
    ("offset", "offset",
     r"(?P<approx><APPROX_MODS> )?" + NUMBER + r"(?: more)? (?P<unit><UNITS>)(?P<unith> and a half)?(?: or so)? (?P<offset><OFFSET_WORDS>)(?!\w)"),
    ("anchor_day", "relunit", r"(?P<rel>that same|that|the same|the next|the following|the previous|the preceding) (?P<calunit>day|week|month|quarter|year|weekend|morning|night|evening|afternoon)(?![\w-])"),
    # --- durations -----------------------------------------------------------------------------
    # "Islam will one day be ...": after a modal, "one day" is a vague future, not a length
    ("one_day_future", "deictic", r"(?P<deictic>one day)(?!\w)"),
    ("duration_noun", "duration",
     r"(?:an? )?(?P<numd>\d+|<DIGIT_WORDS>|<TEENS>|<TENS>)-(?P<unit><UNITS>) (?:period|span|stretch|window|interval|term)(?!\w)"),
    ("duration_range", "duration",
     r"(?:the )?(?:(?P<rel>past|last|next|coming|first) )?(?P<numd>\d+|<DIGIT_WORDS>|<TEENS>) (?:to|or) (?:\d+|<DIGIT_WORDS>|<TEENS>|<TENS>) (?P<unit><UNITS>)(?!\w)"),
    ("duration", "duration",
     r"(?:(?P<approx><APPROX_MODS>) (?!the ))?(?:the )?(?:(?P<rel>past|last|next|coming|previous|first|final|latest|following) )?"
     + NUMBER + r"(?: more| consecutive| straight| successive)?(?P<sep>[- ])(?P<unit><UNITS>)(?P<unith> and a half)?(?: or so)?(?![\w])(?!-old|-long|-(?:earlier|ago))"),
    ("a_while", "duration", r"(?:quite |a little |a short |a long )?an? (?P<vague><VAGUE_DURATIONS>)(?!\w)(?! ago| back| later| earlier)"),
    ("quarter_century", "duration", r"(?P<num>a|one) (?P<unit>quarter[- ]century)(?!\w)"),
    ("half_unit", "duration", r"(?P<num>half) (?:an? )?(?P<unit>hour|day|year|century|decade|month|minute)(?!\w)"),
    ("unit_long", "duration", r"(?P<unit>years?|decades?|months?|weeks?|days?|hours?|centuries|century)-long(?!\w)"),
    ("recent_units", "duration", r"recent (?P<unit>months|weeks|days|quarters|decades)(?!\w)"),
    ("plural_ago", "offset", r"(?:(?P<approx><APPROX_MODS>) )?(?P<unit>years|decades|months|weeks|days|centuries) (?P<offset>ago)(?!\w)"),
    ("plural_units", "duration", r"(?P<unit>years|decades|months|weeks|days|hours|minutes|centuries)(?!\w)(?! (?:ago|of|old|later|earlier)\b)"),
    ("duration_plural", "duration",
     r"(?:(?P<approx><APPROX_MODS>) )?(?P<unit>years|months|weeks|days|hours|minutes|decades|centuries)(?= (?:ago|later|earlier|before|after)\b)"),
    # --- times ----------------------------------------------------------------------------------
    ("clock", "time",
     r"(?:(?P<approx><APPROX_MODS>) )?(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d))?"
     # "a.m." keeps its last dot; in "6am." the dot ends the sentence
     r" ?(?P<ampm>[ap]\. ?m\.|[ap]\.? ?m|(?-i:[AP]M)|o'clock)(?!\w)(?: (?P<zone>{ZONE}))?"
     r"(?: (?:on )?(?:(?P<weekday><WEEKDAYS>)|(?P<deictic>yesterday|today|tomorrow)))?"
     r"(?:,? (?:on )?(?P<month><MONTHS>) (?P<day>{DAY})(?:{COMMA}(?P<year>{YEAR4}))?)?"),
    ("clock_in_the", "time",
     r"(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))? (?P<ampm>in the (?:morning|afternoon|evening)|at night)(?!\w)"),
    ("clock24", "time", r"(?<![\w:.])(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?: (?P<zone>{ZONE}))(?!\w)"
     # "11:42" alone on its line: a live blog's heading
     r"|(?<![^\n])(?P<hour_l>[01]?\d|2[0-3]):(?P<minute_l>[0-5]\d)(?=[ \t\r]*(?:\n|$))"
     # "at 08:45": the preposition says it is a clock
     r"|(?<=\bat[ ])(?P<hour_a>[01]\d|2[0-3]):(?P<minute_a>[0-5]\d)(?![\w:.,]\d|\w)"),
    # "four o'clock", "half past seven", "a quarter to eight"
    ("clock_words", "time", r"(?P<hour><HOUR_WORDS>) (?P<ampm>o'clock)(?!\w)"
     r"|(?P<minword><CLOCK_MINUTES>) (?P<pastto>past|to) (?P<hour_w><HOUR_WORDS>)(?!\w)(?! (?:percent|per cent|times|people|years|of)\b)"),
    # "at 1500 GMT": a wire service's clock, not the year 1500
    ("clock_hhmm", "time", r"(?<![\w:.,])(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d) ?(?P<zone>(?-i:GMT|UTC|Z))(?!\w)"),
    ("noon", "time", r"(?P<named><NAMED_TIMES>)(?: (?P<zone>{ZONE}))?(?: (?:on )?(?P<weekday><WEEKDAYS>)| (?P<deictic>yesterday|today|tomorrow))?"),
    ("weekday_tods", "set", r"(?P<weekday><WEEKDAYS>) (?P<tod>mornings|afternoons|evenings|nights)(?!\w)"),  # "Tuesday nights": each
    ("weekday_tod", "time", r"(?P<weekday><WEEKDAYS>) (?P<tod><TIMES_OF_DAY>)"),
    ("part_of_day", "time", r"(?P<premod>early|late|mid)-? ?(?P<tod>morning|afternoon|evening)(?!\w)(?: (?P<deictic>yesterday|today|tomorrow)(?!\w))?"),
    ("tod_weekday", "time", r"(?P<premod>early |late )?(?P<tod>morning|afternoon|evening|night) (?P<weekday><WEEKDAYS>)"),
    # --- sets -----------------------------------------------------------------------------------
    ("every_weekday", "set", r"(?:every|each) (?P<weekday><WEEKDAYS>)(?: (?P<tod><TIMES_OF_DAY>))?|(?P<weekdays><WEEKDAY_PLURALS>)(?: (?P<tod_2><TIMES_OF_DAY>))?"),
    ("every_month", "set", r"(?:every|each) (?P<month><MONTHS>)"),
    ("every_season", "set", r"(?:every|each) (?P<season><SEASONS>)"),
    ("times_per", "set",
     r"(?:once|twice|three times|four times|(?:\d+|several|many|a few) times) (?:a|an|per|every|each) (?P<unit><UNITS>)(?!\w)"),
    ("every_n", "set", r"every (?P<nd>\d+|<EVERY_COUNTS>|<NUMBER_WORDS>) (?P<unit><UNITS>)(?!\w)"),
    ("every_tod", "set", r"(?:every|each) (?P<tod>morning|afternoon|evening|night)(?!\w)"),
    # "for the past three summers": each of them, a season that recurs
    ("past_seasons", "set", r"{THE}(?:past|last|previous|next|coming) (?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|several|few) (?P<season>summer|winter|spring|autumn|fall)s(?!\w)"),
    ("set_word", "set", r"(?P<setword><SET_WORDS>)(?![\w-])"),
    # --- single words and phrases ---------------------------------------------------------------
    ("named_day", "named", r"(?<![\w/.])(?<!\d-)(?P<nday><NAMED_DAYS>)(?![\w/]|-\d)"),
    ("holiday", "holiday", r"(?:(?P<rel><RELATIVE>) )?(?P<holiday><HOLIDAYS>)(?:{COMMA}(?P<year>{YEAR4}))?"),
    # "today is the eighth day of the operation": the day the story is written
    ("nth_day_today", "deictic", r"the (?P<ordday><ORDINALS>) (?:straight |consecutive )?day(?= of )"),
    ("deictic", "deictic", r"(?P<deictic><DEICTIC>)(?![\w-])"),
    ("weekday", "date", r"(?P<weekday><WEEKDAYS>)(?!\w)"),
    ("bare_month", "date", r"(?P<month><MONTHS>)(?!\w|-(?!<MONTHS>))"),  # "Jan-Mar 2024": a range's first end
    ("season", "date", r"{THE}(?P<season><SEASONS>)(?!\w)"),
    ("year_end", "date", r"(?P<partof>year[- ]end|year's end)(?!\w)"),
    ("unit_before", "relunit",
     r"(?P<definite>the) (?P<calunit>day|week|month|year|weekend|night|morning|evening|afternoon) (?P<side>before|after|earlier|later)(?!\w)"),
    ("year_ended", "duration", r"the (?:fiscal )?(?P<unit>year)(?= end(?:ed|ing)\b)"),
    ("the_unit", "relunit", r"(?P<definite>the) (?:full |fiscal |calendar )?(?P<calunit>quarter|year|period|month|week|weekend)(?![\w-])"),
    ("year", "date", r"(?P<year>{YEAR4}|(?-i:[Nn]ineteen) (?:<TENS>(?:[- ]<DIGIT_WORDS>)?|<TEENS>))"),
    # a year past 2099 only after a word that sets a date: "by 2100", "until 2150"
    ("year_far", "date", r"(?<![\w$£€#.,/:])(?P<year>2[1-9]\d\d)(?![\w%]|[.,:/]\d|-\w*\d)"),
    # a three-digit year only as a range's first end before a four-digit one: "from 950 to 1250"
    ("year3_range", "date", r"(?<![\w$£€#.,/:])(?P<year>[1-9]\d\d)(?=(?: to |-|\u2013| and )1\d\d\d(?![\w%]|[.,]\d))"),
]

# Vocabulary classes referred to as <NAME> in the rules, and whether they are case-sensitive.
VOCAB = {
    "MONTHS": (MONTHS, True), "WEEKDAYS": (WEEKDAYS, True), "WEEKDAY_PLURALS": (WEEKDAY_PLURALS, True),
    "SEASONS": (SEASONS, False), "UNITS": (UNITS, False), "CALENDAR_UNITS": (CALENDAR_UNITS, False),
    "HOUR_WORDS": (HOUR_WORDS, False), "CLOCK_MINUTES": (CLOCK_MINUTES, False),
    "NUMBER_WORDS": (NUMBER_WORDS, False), "TENS": (TENS, False), "DIGIT_WORDS": (DIGIT_WORDS, False),
    "ORDINALS": (ORDINALS, False), "QUARTER_ORDINALS": (QUARTER_ORDINALS, False),
    "QUARTER_MONTHS": (QUARTER_MONTHS, False), "HALF_MONTHS": (HALF_MONTHS, False),
    "HALF_ORDINALS": (HALF_ORDINALS, False), "DECADE_WORDS": (DECADE_WORDS, False),
    "RELATIVE": (RELATIVE, False), "DAY_RELATIVE": (DAY_RELATIVE, False), "OFFSET_WORDS": (OFFSET_WORDS, False), "PART_OF": (PART_OF, False),
    "APPROX_MODS": (APPROX_MODS, False), "TIMES_OF_DAY": (TIMES_OF_DAY, False),
    "DEICTIC": (DEICTIC, False), "HOLIDAYS": (HOLIDAYS, True), "SET_WORDS": (SET_WORDS, False),
    "NAMED_DAYS": (NAMED_DAYS, False),
    "TEENS": (TEENS, False), "PREFIX_MODS": (PREFIX_MODS, False), "SIDE_WORDS": (SIDE_WORDS, False),
    "NAMED_TIMES": (NAMED_TIMES, False), "OR_MODS": (OR_MODS, False), "UNITS_PLURAL": (UNITS_PLURAL, False),
    "EVERY_COUNTS": (EVERY_COUNTS, False), "VAGUE_DURATIONS": (VAGUE_DURATIONS, False),
}


def year_from_words(text: str) -> int:
    """'nineteen ninety-six' -> 1996, 'two thousand and one' -> 2001, 'nineteen oh five' -> 1905."""
    words = text.lower().replace("-", " ").replace(" and ", " ").split()
    if words[:2] == ["two", "thousand"]:
        return 2000 + sum(DIGIT_WORDS.get(w, 0) for w in words[2:])
    rest = sum(TENS.get(w) or TEENS.get(w) or DIGIT_WORDS.get(w, 0) for w in words[1:] if w != "hundred")
    return TEENS.get(words[0], 19) * 100 + rest


# --- context checks: a rule's match is kept only if its check (if any) says yes -------------------
_PREV_WORD = re.compile(r"([\w$£€#.]+)\W*$")
_NEXT_WORD = re.compile(r"^\s+([\w.']+)")

MONTH_CONTEXT_BEFORE = {"than", "the", "in", "since", "until", "till", "by", "of", "during", "from", "to", "through",
                        "before", "after", "early", "late", "mid", "last", "next", "this", "between",
                        "and", "or", "each", "every", "throughout", "on", "that", "end", "beginning",
                        "start", "middle", "mid-", "late-", "early-", "for", "since", "last", "until"}
# "a March deadline", "its May election": after an article or a possessive, before one of these
# nouns, even "May" and "March" are months.
MONTH_DETERMINERS = {"a", "an", "its", "their", "his", "her", "our", "your", "my"}
MONTH_NOUNS_AFTER = {"deadline", "deadlines", "election", "elections", "vote", "referendum", "poll", "polls",
                     "primary", "ballot", "meeting", "summit", "conference", "session", "hearing", "trial",
                     "launch", "release", "report", "survey", "figures", "data", "reading", "sale", "auction",
                     "payment", "target", "date", "visit", "trip", "review", "budget", "statement", "decision",
                     "announcement", "rally", "opening", "start", "debut", "wedding", "ceremony", "issue",
                     "edition", "attack", "raid", "strike", "offensive", "ceasefire", "truce", "deal", "agreement"}
SEASON_CONTEXT_BEFORE = {"the", "this", "next", "last", "past", "in", "of", "since", "until", "by",
                         "during", "early", "late", "mid", "each", "every", "through", "throughout"}
# "fall" is a verb more often than a season: it needs one of these right before.
FALL_CONTEXT_BEFORE = {"the", "this", "next", "last", "past", "early", "late", "mid", "each", "every"}
DATE_WORDS = {k.lower() for k in list(MONTHS) + list(WEEKDAYS)} | set(TIMES_OF_DAY)


def previous_word(text: str, start: int) -> str:
    m = _PREV_WORD.search(text, max(0, start - 24), start)
    return m.group(1) if m and m.end() == start or (m and not text[m.end():start].strip("\t -")) else ""


def next_word(text: str, end: int) -> str:
    m = _NEXT_WORD.match(text[end:end + 24])
    return m.group(1) if m else ""


def is_name_next(text: str, end: int) -> bool:
    """A capitalised word right after ('August Wilson', 'June Carter') makes a name."""
    word = next_word(text, end)
    return bool(word) and word[0].isupper() and word.lower().rstrip(".") not in DATE_WORDS \
        and not word.isupper() and word not in ("I",)


_MONTH_WORDS = {k.lower().rstrip(".") for k in MONTHS}
_DASH_MONTH = re.compile(r"[-\u2013/](%s)(?![\w-])" % "|".join(re.escape(k) for k in sorted(MONTHS, key=len, reverse=True)))


def month_range_dash(text: str, start: int, end: int, prev: str) -> bool:
    """A month joined by a dash to another month: 'Jan-Mar', 'January-March'."""
    if start > 0 and text[start - 1] in "-\u2013/" and prev.rstrip(".") in _MONTH_WORDS:
        return True
    return _DASH_MONTH.match(text, end) is not None


def check_bare_month(text, m, groups) -> bool:
    word = groups["month"]
    prev = previous_word(text, m.start()).lower()
    if is_name_next(text, m.end()):  # "March Madness", "June Carter"
        return False
    if prev in ("", "the", "a") and text[m.end():m.end() + 8] == " of the " and is_name_next(text, m.end() + 7):
        return False  # "the March of the Combatant Mothers": a procession's name
    if word == "March" and prev == "the" and re.match(r" (?:on|to|for|of) [A-Z]", text[m.end():m.end() + 5]):
        return False  # "the March on Washington", "the March for Our Lives"
    if prev in MONTH_CONTEXT_BEFORE:
        return True
    if month_range_dash(text, m.start(), m.end(), prev):
        return True  # "Jan-Mar", "January-March": both ends of a range of months
    if prev in MONTH_DETERMINERS and next_word(text, m.end()).lower().rstrip(".,;:") in MONTH_NOUNS_AFTER:
        return True  # "a March deadline", "its May election": the month as an adjective
    if word.rstrip(".").title() in AMBIGUOUS_MONTHS or word.endswith("."):
        return False
    if prev in ("and", "or") and len(word) <= 4:  # "Janos Martonyi and Jan Kavan"
        return False
    return not is_name_next(text, m.end())


# Prepositions before a bare weekday that make it a limit, no one day ("could not see past Friday");
# "this past Friday" and "the past Friday" are last Friday.
WEEKDAY_NOT_AFTER = ("past", "beyond")


def is_beyond_a_weekday(text, m, groups) -> bool:
    rel = groups.get("rel", "").lower()
    if rel and rel not in WEEKDAY_NOT_AFTER:
        return False
    before = text[max(0, m.start() - 16):m.start() + (len(rel) if rel else 0)].lower().split()
    return bool(before) and before[-1] in WEEKDAY_NOT_AFTER and (len(before) < 2 or before[-2] not in ("this", "the"))


def check_weekday(text, m, groups) -> bool:
    if text.startswith(_NAME_AFTER_WEEKDAY, m.end()) or text.endswith(_NAME_BEFORE_WEEKDAY, 0, m.start()):
        return False
    if is_beyond_a_weekday(text, m, groups):
        return False
    return not text.endswith(NEWSPAPERS_WITH_DAY, 0, m.end())


_NAME_AFTER_WEEKDAY = tuple(" " + name for name in NAME_AFTER_WEEKDAY)
_NAME_BEFORE_WEEKDAY = tuple(name + " " for name in NAME_BEFORE_WEEKDAY)


def check_season(text, m, groups) -> bool:
    if re.match(r"\s+of\s+(?!\d)", text[m.end():m.end() + 8]):  # "the fall of the Berlin Wall"
        return False
    season = groups.get("season", "")
    if season[:1].isupper() and is_name_next(text, m.end()):  # "the Summer Palace", "Spring Street"
        return False
    if m.group(0).lower().startswith("the"):
        return True
    before = FALL_CONTEXT_BEFORE if groups.get("season", "").lower() == "fall" else SEASON_CONTEXT_BEFORE
    return previous_word(text, m.start()).lower() in before


def check_named_day(text, m, groups) -> bool:
    """'the 9/11 attacks', 'since 9/11', 'post-9/11': that day; a bare '9/11' may be a day this year."""
    before = text[max(0, m.start() - 6):m.start()].lower()
    prev = previous_word(text, m.start()).lower()
    return next_word(text, m.end()).lower().rstrip(".,;:") in NAMED_DAY_AFTER or prev in NAMED_DAY_BEFORE \
        or before.endswith(("post-", "pre-"))


def check_holiday(text, m, groups) -> bool:
    """'Christmas tree', 'Easter egg', 'Christmas Island': a thing or a place named after the day."""
    if m.group(0).lower().startswith("new year") and previous_word(text, m.start()) in NOT_JANUARY_NEW_YEAR:
        return False  # "Lunar New Year" falls on another day each year
    word = next_word(text, m.end())
    if not word or m.group(0)[-1:] in ",;":
        return True
    if word[0].isupper() and word.lower().rstrip(".,") not in DATE_WORDS and not word.isupper() and word not in ("I",):
        return text[m.end():m.end() + 1] in ",.;:"  # "Christmas, Congress" is the day
    return word.lower().rstrip(".,;:") not in HOLIDAY_NOT_BEFORE


def check_year(text, m, groups) -> bool:
    prev = previous_word(text, m.start())
    if prev in NOT_YEAR_BEFORE or text[max(0, m.start() - 1):m.start()] in ("$", "#"):
        return False
    if is_name_before(text, m.start(), prev):  # "Windows 2000", "Agenda 2030", "Blade Runner 2049"
        return False
    if re.match(r" ?(?-i:GMT|UTC|Z)(?!\w)", text[m.end():m.end() + 5]):  # "(1200 GMT)": a clock in another zone
        return False
    count = re.match(r"\s+(?:and|to|or)\s+\d[\d,]*\s+(\w+)", text[m.end():m.end() + 40])
    if count and count.group(1).lower() in YEAR_NOT_BEFORE:  # "between 1900 and 2000 people"
        return False
    if FLIGHT_CODE_BEFORE.search(text[max(0, m.start() - 16):m.start()]):
        return False
    nxt = next_word(text, m.end()).lower().rstrip(".,;:'")
    if nxt in YEAR_NOT_BEFORE and prev.lower() not in YEAR_CONTEXT_BEFORE:
        return False
    # an address: "1600 Pennsylvania Avenue"
    return not re.match(r"\s+[A-Z][a-z]+\s+(?:Avenue|Ave\.|Street|St\.|Road|Rd\.|Boulevard|Blvd\.|Drive|Lane|Way)\b",
                        text[m.end():m.end() + 40])


# Words after which a year past 2099 is a date, and before a three-digit year that opens a range.
FAR_YEAR_BEFORE = {"by", "until", "till", "before", "after", "in", "through", "beyond", "to"}
YEAR3_RANGE_BEFORE = {"from", "between"}


def check_year_far(text, m, groups) -> bool:
    return previous_word(text, m.start()).lower() in FAR_YEAR_BEFORE and check_year(text, m, groups)


def check_year3_range(text, m, groups) -> bool:
    """'from 950 to 1250': but not 'from 300 to 1200 people'."""
    return previous_word(text, m.start()).lower() in YEAR3_RANGE_BEFORE and check_year(text, m, groups)


def opens_its_line(text: str, start: int) -> bool:
    return not text[text.rfind("\n", 0, start) + 1:start].strip()


def is_name_before(text: str, start: int, prev: str) -> bool:
    """A capitalised word, not the first of its sentence nor a date word, right before a number
    names a product or a plan ("Windows 2000", "Vision 2030"); "Russia's 2022 invasion" does not."""
    if opens_its_line(text, start):  # "2023: 55.8 Gt" after a line ending in "Gt"
        return False
    if not prev[:1].isupper() or prev.endswith(("'s", "\u2019s")) or prev.isupper() \
            or prev.lower() in YEAR_CONTEXT_BEFORE or prev.lower().rstrip(".") in DATE_WORDS \
            or prev.lower() in TIMES_OF_DAY or prev.rstrip(".").title() in HOLIDAY_WORDS \
            or prev.rstrip(".") in EVENTS_BEFORE_YEAR:
        return False
    if not text.endswith(prev + " ", 0, start) or prev.endswith("."):
        return False  # "He visited Paris. 2022 was ...", "... Crimea\n2022 — Russia invades": a new sentence or line
    before = text[max(0, start - len(prev) - 80):start - len(prev) - 1].rstrip(" \t\"'\u201c(")
    return bool(before) and before[-1] not in ".!?:;\n"  # the sentence's first word may be any word


HOLIDAY_WORDS = {w for name in HOLIDAYS for w in name.replace("'s", "").split()}
# Events named with their year are dated by it: "the Olympics 2024", "Euro 2024", "Expo 2020".
EVENTS_BEFORE_YEAR = {"Olympics", "Games", "Cup", "Euro", "Expo", "Championship", "Championships", "Election",
                      "Elections", "Summit", "Census", "Budget", "Festival", "Conference", "Fair", "Open",
                      "Eurovision", "Biennale", "Class", "Season", "Tour", "Rally", "Marathon"}


# A half without its year ("the first half", "H1") is an earnings period only where the text speaks of
# business, and not of a game ("scored in the second half").
HALF_CONTEXT = re.compile(r"earnings|profits?|revenues?|sales|margins?|growth|econom|GDP|inflation|fiscal|"
                          r"net income|a share|results|outlook|guidance|forecast|compan(?:y|ies)|demand|"
                          r"shipments|output|prices|investors?|analysts?|turnover", re.I)


# "H1"/"H2" alone is a half after one of these words or before an earnings noun ("H1 profit"), never
# before a word that makes it hydrogen ("green H2 production") or a heading.
HALF_CODE_BEFORE = {"in", "for", "during", "over", "through", "since", "by", "the", "its", "their", "of", "to",
                    "from", "and", "or", "than", "versus", "vs", "vs."}
HALF_CODE_BEFORE_NOUNS = {"profit", "profits", "revenue", "revenues", "sales", "earnings", "results", "growth",
                          "margin", "margins", "loss", "losses", "income", "turnover", "output", "guidance",
                          "figures", "numbers", "performance", "ebitda", "eps", "dividend"}
HALF_CODE_NOT_BEFORE = {"production", "fuel", "fuels", "gas", "plant", "plants", "pipeline", "pipelines",
                        "storage", "supply", "economy", "hub", "hubs", "tank", "tanks", "car", "cars", "vehicles",
                        "trucks", "blending", "electrolyser", "electrolysers", "electrolyzer", "electrolyzers",
                        "project", "projects", "molecules", "heading", "headings", "tag", "tags"}


def check_partof_date(text, m, groups) -> bool:
    """'the end of the first half' is a business half only where a half alone would be one."""
    return "half" not in groups or "year" in groups or check_half_alone(text, m, groups)


def check_half_alone(text, m, groups) -> bool:
    if GAME_WORDS.search(text, max(0, m.start() - 200), m.end() + 200):
        return False
    if m.group(0)[:1] == "H":  # "H1", "H2"
        nxt = next_word(text, m.end()).lower().rstrip(".,;:")
        if nxt in HALF_CODE_NOT_BEFORE or not (previous_word(text, m.start()).lower() in HALF_CODE_BEFORE
                                               or nxt in HALF_CODE_BEFORE_NOUNS):
            return False
    return HALF_CONTEXT.search(text, max(0, m.start() - 1500), m.end() + 200) is not None


# Words before "'98" that make it a year ("passed in '98", "the class of '98"), not a quote or a score.
YEAR2_CONTEXT_BEFORE = {"in", "since", "of", "by", "from", "until", "till", "to", "before", "after", "during",
                        "through", "circa", "spring", "summer", "autumn", "fall", "winter", "early", "late", "mid"}


def check_year_2digit(text, m, groups) -> bool:
    return previous_word(text, m.start()).lower() in YEAR2_CONTEXT_BEFORE


# Words after a four-digit number that make it a count ("1500 troops"), not a year.
YEAR_NOT_BEFORE = {"people", "troops", "soldiers", "men", "women", "children", "dollars", "euros",
                   "rubles", "pounds", "tons", "tonnes", "miles", "kilometers", "km", "meters", "feet",
                   "units", "vehicles", "shares", "votes", "residents", "workers", "employees",
                   "jobs", "points", "cases", "deaths", "pieces", "rounds", "times", "hours",
                   "minutes", "members", "students", "homes", "houses", "acres", "barrels", "cars",
                   "percent", "per", "yen", "yuan", "marks", "francs", "lire", "pesos", "block", "blocks",
                   "degrees", "pounds", "calories", "words", "pages", "meters", "yards", "seats",
                   # people and things counted in news ("carried 1047 passengers", "counted 1999 ballots")
                   "passengers", "ballots", "voters", "participants", "patients", "refugees", "migrants",
                   "civilians", "prisoners", "protesters", "delegates", "visitors", "tourists", "pilgrims",
                   "customers", "users", "households", "families", "flights", "tickets", "signatures",
                   "copies", "doctors", "nurses", "teachers", "officers", "police", "pupils", "fans",
                   "spectators", "volunteers", "firefighters", "beds", "samples", "items", "tanks",
                   "drones", "missiles", "rockets", "shells", "aircraft", "planes", "ships", "boats",
                   "kilograms", "kg", "liters", "litres", "gallons", "square", "sq", "mw", "megawatts"}

# Words before a four-digit number that make it a year whatever follows ("In 1999 voters rejected it").
YEAR_CONTEXT_BEFORE = {"in", "since", "by", "of", "from", "until", "till", "to", "before", "after", "during",
                       "the", "its", "their", "his", "her", "our", "this", "that", "between", "through",
                       "early", "late", "mid", "around", "circa", "spring", "summer", "autumn", "fall", "winter"}

PLURAL_UNITS_AFTER = {"for", "within", "over", "in", "after", "lasted", "take", "takes", "took",
                      "than", "last", "lasts", "spent", "spend", "recent", "past"}


def check_plural_units(text, m, groups) -> bool:
    """'for years', 'within weeks': a bare plural unit is a duration only after such words."""
    prev = previous_word(text, m.start()).lower()
    if prev == "the":  # "over the years", "in the weeks that followed"
        before = text[max(0, m.start() - 20):m.start()].lower().split()
        return len(before) >= 2 and before[-2] in ("over", "in", "during", "throughout", "for")
    return prev in PLURAL_UNITS_AFTER


# Words before "a week", "a year" that make it a length of time; elsewhere it is mostly a rate
# ("four flights a week", "$5 million a year") and no expression of its own.
ARTICLE_DURATION_AFTER = {"for", "within", "in", "about", "around", "over", "nearly", "almost", "only",
                          "just", "than", "after", "before", "take", "takes", "took", "taken", "spent",
                          "spend", "lasted", "last", "lasts", "least", "to", "of", "barely", "some",
                          "roughly", "approximately", "under", "once", "up", "during", "half"}


# Words before "last" that make it the verb ("expected to last three weeks", "sessions last two hours").
LAST_VERB_BEFORE = {"to", "will", "would", "could", "may", "might", "can", "should", "must", "did", "does",
                    "do", "not", "usually", "typically", "often", "generally", "normally", "only", "each", "they"}
NOT_PLURAL_SUBJECT = {"was", "is", "has", "this", "its", "his", "hers", "ours", "theirs", "as", "us", "plus",
                      "thus", "across", "perhaps", "always", "was", "yes", "less", "unless", "its"}


def last_is_a_verb(text, m, groups) -> bool:
    if not m.group(0).lower().startswith("last "):
        return False
    prev = previous_word(text, m.start())
    low = prev.lower()
    return low in LAST_VERB_BEFORE or (prev.islower() and low.endswith("s") and not low.endswith("ss")
                                       and low not in NOT_PLURAL_SUBJECT)


def check_duration(text, m, groups) -> bool:
    """Not fractions ("three-quarters of its food"), ages ("40 years old"), titles ("60 Minutes")
    nor rates ("seats a week"); "last" as a verb stays out ("to last [three weeks]")."""
    if re.match(r"\s+old\b", text[m.end():m.end() + 6]):
        return False
    if last_is_a_verb(text, m, groups):
        return False
    number = groups.get("num", "").lower()
    if number in ("a", "an") and not any(k in groups for k in ("rel", "approx")):
        before = text[max(0, m.start() - 3):m.start()].rstrip()
        sentence_start = not before or before[-1] in ".!?\"'`:;\n("
        if not sentence_start and previous_word(text, m.start()).lower() not in ARTICLE_DURATION_AFTER \
                and next_word(text, m.end()).lower() not in ("after", "before"):  # "a year after it was signed"
            return False
    unit = groups.get("unit", "")
    if unit.lower() == "quarters" and groups.get("sep") == "-":
        return False
    if unit.lower() == "quarter" and next_word(text, m.end()).lower() == "of":
        return False  # "more than a quarter of the market": a fraction
    return not (unit[:1].isupper() and unit[1:2].islower() and m.start() > 0
                and text[m.start() - 1] not in "\n")


def check_unit_before(text, m, groups) -> bool:
    """'set up the night before': the night before the story's day; 'the night before the vote' is
    counted from a day the phrase does not give."""
    return groups["calunit"].lower() not in ("night", "morning", "evening", "afternoon") or not re.match(r"[ \t]+[^\W\d_]", text[m.end():m.end() + 3])


def check_offset(text, m, groups) -> bool:
    """'six weeks earlier than his MPs expected': a comparison, the length only (read by the
    duration rule), no date."""
    return next_word(text, m.end()).lower() != "than"


def check_rel_unit(text, m, groups) -> bool:
    """'This Week' or 'Next Year' in capitals mid-sentence is a title (a programme, a magazine)."""
    words = m.group(0).split()
    return not (all(w[:1].isupper() and w[1:2].islower() for w in words) and m.start() > 1
                and text[m.start() - 2] not in ".!?\n\"'`")


_EARNINGS_WORDS = re.compile(r"quarter|fiscal|earnings|net income|profit|revenue|a share", re.I)


# Words before "the year" that make it a hope, no particular year ("promises this will be the year").
GENERIC_YEAR_AFTER = ("will be", "would be", "could be", "might be", "may be", "to be", "should be")


def check_the_unit(text, m, groups) -> bool:
    """'the Year of the Dragon', 'Person of the Year': a capitalised unit is part of a name. 'The period'
    is the reported quarter only in a story about results ('The period from late 2021 ...' is not).
    'this will be the year' is a hope, no year."""
    if groups["calunit"].lower() == "year" and m.group(0).lower() == "the year" \
            and " ".join(text[max(0, m.start() - 16):m.start()].lower().split()).endswith(GENERIC_YEAR_AFTER):
        return False
    if groups["calunit"].lower() == "period" and not earnings_words_before(text, m.start(), 3000):
        return False
    return not groups["calunit"][:1].isupper()


_earnings_seen = (None, [])  # (text, where earnings words end in it): found once per text


def earnings_words_before(text: str, start: int, reach: int) -> bool:
    """An earnings word within `reach` characters before `start`. The text is searched once, not
    once per expression ("the period" every few words made that 3,000 characters each time)."""
    global _earnings_seen
    seen = _earnings_seen  # one read: another thread may be tagging another text
    if seen[0] is not text:
        seen = _earnings_seen = (text, [w.end() for w in _EARNINGS_WORDS.finditer(text)])
    ends = seen[1]
    k = bisect.bisect_right(ends, start) - 1
    return k >= 0 and ends[k] > start - reach


MODALS = {"will", "would", "could", "might", "may", "shall", "can", "should", "must"}


def check_one_day_future(text, m, groups) -> bool:
    return previous_word(text, m.start()).lower() in MODALS


# "today's youth", "the people of tomorrow": the present or coming age, not the day.
AGE_NOUNS = {"world", "youth", "society", "generation", "generations", "children", "kids", "young",
             "people", "families", "women", "men", "students", "workers", "consumers", "culture",
             "technology", "computers", "personal", "standards", "leaders", "politics"}


def names_an_age(text: str, m) -> bool:
    """'today's youth', 'today's personal computers', 'the people of tomorrow'."""
    if text[m.end():m.end() + 2] in ("'s", "’s") and next_word(text, m.end() + 2).lower() in AGE_NOUNS:
        return True
    before = text[max(0, m.start() - 30):m.start()].lower().split()
    return len(before) >= 2 and before[-1] == "of" and before[-2] in AGE_NOUNS


def check_deictic(text, m, groups) -> bool:
    """'one day' alone is a length ('one day old'); only the rule above reads it as a future.
    'the future of X' is X's fate; 'today's youth' an age."""
    word = groups.get("deictic", "").lower()
    if word in ("the future", "the past") and next_word(text, m.end()).lower() == "of":
        return False  # "the future of our peoples" is their fate, not a time
    if word in ("today", "tomorrow") and names_an_age(text, m):
        return False
    return word != "one day"


PRESENT_BEFORE_NTH_DAY = ("today is", "it is", "it's", "this is", "marks", "marked today")


def check_nth_day_today(text, m, groups) -> bool:
    """'It's the second day of an offensive': said in the present, the day is today."""
    before = " ".join(text[max(0, m.start() - 24):m.start()].lower().replace("\u2019", "'").split())
    return before.endswith(PRESENT_BEFORE_NTH_DAY)


def check_named_time(text, m, groups) -> bool:
    """'high noon' is a showdown (and 'High Noon' a film), not twelve o'clock."""
    return previous_word(text, m.start()).lower() != "high"


_AFTER_A_CLOCK = re.compile(r"(?:[ap]\.?m\.?|\d)\s*\(\s*$", re.I)


def check_clock_hhmm(text, m, groups) -> bool:
    """'10:35 a.m. (0735 GMT)': the same moment in another zone, not another time."""
    return not _AFTER_A_CLOCK.search(text[max(0, m.start() - 12):m.start()])


def check_decade(text, m, groups) -> bool:
    """'in her sixties': an age, not the 1960s."""
    return "decword" not in groups or previous_word(text, m.start()).lower() not in AGE_OWNERS


def check_quarter(text, m, groups) -> bool:
    """'two touchdowns in the fourth quarter': a quarter of a game."""
    return GAME_WORDS.search(text, max(0, m.start() - 120), min(len(text), m.end() + 120)) is None


# --- a day of a month not named: "on the 19th", "Tuesday 4th" -------------------------------------
# Words right before "the 19th" that make it a day, and words after it that may follow a day;
# any other word after it makes it a rank ("the 19th century", "the 19th hole", "the 19th amendment").
MONTHDAY_BEFORE = {"on", "by", "until", "till", "from", "since", "before", "after", "through", "between",
                   "and", "to", "or", "thru"}
MONTHDAY_NEXT_WORDS = {"and", "or", "to", "until", "till", "through", "at", "when", "-"}


def day_of_month_follows(text: str, end: int) -> bool:
    """After a bare day: the end of the text or a clause (punctuation), or a word that may follow a day."""
    rest = text[end:end + 2]
    if not rest or rest[0] in ",;:!?)\n" or (rest[0] == "." and not rest[1:2].isdigit()):
        return True
    return next_word(text, end).lower().rstrip(".,;:") in MONTHDAY_NEXT_WORDS


def check_the_monthday(text, m, groups) -> bool:
    """'MPs will vote on the 19th': a day; 'the 19th century', 'the 19th hole', 'came 19th' are not."""
    return previous_word(text, m.start()).lower() in MONTHDAY_BEFORE and day_of_month_follows(text, m.end())


def check_weekday_monthday(text, m, groups) -> bool:
    """'Tuesday 4th' alone; 'Friday 7th March' and 'Friday 7th of March' are read whole by other rules."""
    word = next_word(text, m.end()).rstrip(".,;:")
    return word not in MONTHS and word.lower() != "of"


def check_week_on_weekday(text, m, groups) -> bool:
    """'a week on Friday' is a day; 'took a week from Monday to Friday' a stretch of days."""
    return next_word(text, m.end()).lower() not in ("to", "until", "till", "through", "thru")


# Words before "Monday to Friday" that make the days recur: opening days ("is open Monday to Friday").
OPENING_DAYS_AFTER = ("open", "opens", "is open", "are open", "operates", "operate", "operating", "staffed",
                      "manned", "trades", "trading", "available", "serves", "serving")

# Words that tell what happens as a rule: a season or month in their clause is no one year's.
HABITUAL_WORDS = ("usually", "typically", "normally", "generally", "traditionally", "tends to", "tend to",
                  "as a rule", "customarily")

def check_weekday_week(text, m, groups) -> bool:
    """'on Monday week' is a day; 'the Monday week after the vote' is a week."""
    return previous_word(text, m.start()).lower() not in ("the", "a", "that", "this", "each", "every")


def check_month_the_day(text, m, groups) -> bool:
    """'held on March the 15th.' is a day; 'In March the 15th regiment arrived' is not."""
    return "year" in groups or day_of_month_follows(text, m.end())


PHRASE_CHECKS = {"weekday_week": check_weekday_week, "month_the_day": check_month_the_day,
                 "the_monthday": check_the_monthday, "weekday_monthday": check_weekday_monthday,
                 "week_on_weekday": check_week_on_weekday, "season_rel_year": lambda t, m, g: check_season(t, m, g)}

CHECKS = {**PHRASE_CHECKS, "half_alone": check_half_alone, "partof_date": check_partof_date, "year_2digit": check_year_2digit, "clock_hhmm": check_clock_hhmm, "nth_day_today": check_nth_day_today, "noon": check_named_time, "the_unit": check_the_unit, "one_day_future": check_one_day_future, "deictic": check_deictic, "duration": check_duration, "plural_units": check_plural_units, "rel_unit": check_rel_unit, "bare_month": check_bare_month, "weekday": check_weekday, "season": check_season,
          "year": check_year, "year_far": check_year_far, "year3_range": check_year3_range, "rel_weekday": check_weekday, "offset": check_offset, "unit_before": check_unit_before, "holiday": check_holiday,
          "named_day": check_named_day, "decade": check_decade, "quarter_of": check_quarter}
