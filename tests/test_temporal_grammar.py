"""The grammar engine on its own: how rules are expanded and indexed by their first words."""
import re

import pytest

from timeline.temporal.grammar import first_words, spaced, trie_pattern
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
