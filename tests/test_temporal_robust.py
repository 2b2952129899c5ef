"""Whatever the input, the tagger returns well-formed, in-bounds, non-overlapping expressions,
and adversarial text cannot make its patterns backtrack for long (linear-time design)."""
import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal import tag
from timeline.timex import Timex

# Pieces that begin many rules at once, so that generated text keeps rules busy.
PIECES = ["the", "end", "of", "last", "next", "early", "mid-", "late", "November", "Nov.", "19",
          "2023", "1990s", "'90s", "two", "twenty-four", "years", "ago", "a", "year", "earlier",
          "Friday", "night", "3", "p.m.", "at", "least", "more", "than", "every", "Tuesday",
          "first", "half", "quarter", "27.07.2023", "11/20/2024", "-", ",", ".", "\n", "  ",
          "в", "конце", "октября", "года", "прошлом", "назад", "XIX", "веке", "$", "%", "1,000",
          "about", "Earlier", "later", "day", "before", "will", "said", "and", "спустя", "три", "дня",
          "'s", "that", "same"]
TYPES = {"DATE", "TIME", "DURATION", "SET"}


def check(text: str, found: list[Timex]) -> None:
    last_end = 0
    for x in found:
        assert 0 <= x.start < x.end <= len(text)
        assert x.start >= last_end, "expressions overlap or are out of order"
        assert x.text == text[x.start:x.end] and x.text == x.text.strip(), "span with edge spaces"
        assert x.type in TYPES and x.value
        last_end = x.end


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=60).map(" ".join),
       st.sampled_from([None, dt.date(2024, 11, 20), dt.date(1, 1, 1), dt.date(9999, 12, 31)]),
       st.sampled_from(["en", "ru"]))
def test_generated_date_like_text_gives_well_formed_expressions(text, dct, lang):
    check(text, tag(text, dct, lang=lang))


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300), st.sampled_from([None, dt.date(2024, 11, 20)]))
def test_arbitrary_text_gives_well_formed_expressions(text, dct):
    check(text, tag(text, dct))


def test_long_adversarial_runs_are_tagged_whole():
    """Long runs of rule-starting words (the worst case for a backtracking regex) still finish
    and still find the dates inside them."""
    text = ("the end of the last " * 2000) + "November 19, 2024 " + ("early mid- late " * 2000)
    found = tag(text, dt.date(2024, 11, 20))
    check(text, found)
    assert any(x.value == "2024-11-19" for x in found)


def test_runs_of_digit_groups_are_no_dates():
    """'123 123 123 ...': a thousands separator that was optional let the Russian number pattern
    split such a run every way (minutes for 10 KB); it is now read once."""
    for lang in ("en", "ru"):
        for sep in (" ", "\u00a0"):
            text = ("123" + sep) * 3000
            assert tag(text, dt.date(2024, 11, 20), lang=lang) == []
