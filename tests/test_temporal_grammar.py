"""The grammar engine on its own: how rules are expanded and indexed by their first words."""
import re

import pytest

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal.engine import language
from timeline.temporal.grammar import ANY_NEXT, first_words, openings, spaced, trie_pattern
from timeline.temporal.normalize import roman, unit_value


def test_a_space_in_a_rule_means_any_whitespace():
    assert re.fullmatch(spaced("next  ?week"), "next   week")
    assert re.fullmatch(spaced("[- ]"), "\t")


@pytest.mark.parametrize("pattern, words", [
    (r"(?:the )?end of", {"the", "end"}),
    (r"(?P<n>\d+) years", {"0"}),
    (r"'\d0s", {"'"}),
    (r"(?:early|late)-?1990s", {"early", "late"}),
])
def test_first_words_are_read_from_the_pattern(pattern, words):
    assert first_words(pattern) == words


@pytest.mark.parametrize("pattern, expected", [
    (r"the (?:end|start) of", {"the": {"end", "star"}}),
    (r"(?:the )?end of", {"the": {"end"}, "end": {"of"}}),
    (r"the (?P<n>\d+)s", {"the": {"0"}}),
    (r"the (?:first )?half", {"the": {"firs", "half"}}),
    (r"the '\d0s", {"the": {ANY_NEXT}}),
    (r"mid-?\d{4}", {"mid": {ANY_NEXT}}),
    (r"next", {"next": {ANY_NEXT}}),
])
def test_the_word_after_the_first_is_read_from_the_pattern(pattern, expected):
    assert openings(spaced(pattern)) == expected


def every_rule_scan(grammar, text: str) -> list[tuple[str, int, int]]:
    """What the scan finds when it tries every rule that can begin with the word, whatever
    follows it: the reference the word-after filter must agree with."""
    found, pos = [], 0
    for gate in grammar.gate.finditer(text):
        start = gate.start()
        if start < pos:
            continue
        word = gate.group("w")
        key = word.lower() if word is not None else ("0" if gate.group("d") else gate.group(0))
        for rule in grammar.by_start.get(key, ()):
            m = rule.pattern.match(text, start)
            if m is not None and m.end() > start:
                found.append((rule.name, start, m.end()))
                pos = m.end()
                break
    return found


def filtered_scan(grammar, text: str) -> list[tuple[str, int, int]]:
    found, scan, step = [], grammar.scan(text), None
    while True:
        try:
            rule, m = scan.send(step)
        except StopIteration:
            return found
        found.append((rule.name, m.start(), m.end()))
        step = m.end()


def words_of(code: str) -> list[str]:
    """Every form the language's vocabularies hold, and every word a rule begins with."""
    data, grammar = language(code).data, language(code).grammar
    forms = {form for table, _ in data.VOCAB.values() for form in table}
    return sorted(forms | {w for w in grammar.by_start if w.isalpha()})


GLUE = ["the", "of", "a", "and", "to", "-", ",", ".", "'s", "\n", "\u00a0", "3", "19", "2024", "1990s",
        "'90s", "11/20/2024", "в", "года", "г.", "said", "will", "0930", "10 000", "1,000", "3 p.m.", "12:30",
        "2024-03-15", "27.07.2023", "2014–15", "5-го", "1990-х", "21st", "6pm", "1.5"]


@pytest.mark.parametrize("code", ["en", "ru"])
@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_the_filter_on_what_follows_a_word_or_number_never_loses_a_match(code, data):
    words = words_of(code) + GLUE * 20
    text = " ".join(data.draw(st.lists(st.sampled_from(words), min_size=1, max_size=40)))
    grammar = language(code).grammar
    assert filtered_scan(grammar, text) == every_rule_scan(grammar, text)


def test_a_rule_that_could_match_nothing_is_refused():
    with pytest.raises(ValueError):
        first_words(r"(?:the)?")


def test_the_trie_matches_exactly_its_words():
    pattern = re.compile("(?:" + trie_pattern(["may", "march", "mar", "monday"]) + r")\Z")
    assert all(pattern.match(w) for w in ["may", "march", "mar", "monday"])
    assert not pattern.match("ma") and not pattern.match("marc")


@pytest.mark.parametrize("n, unit, value", [(3, "D", "P3D"), (2.5, "Y", "P2Y6M"), (0.5, "H", "PT30M"),
                                            ("X", "Y", "PXY"), (48, "H", "PT48H"), (1, "MIN", "PT1M")])
def test_duration_values(n, unit, value):
    assert unit_value(n, unit) == value


def test_roman_numerals():
    assert [roman(x) for x in ("XIX", "XXI", "IV", "abc")] == [19, 21, 4, None]
