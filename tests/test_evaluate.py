"""The TempEval-3 scorer, on tiny documents written for these tests."""
import datetime as dt

import pytest

from timeline import evaluate as ev
from timeline.timex import Timex

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>tiny</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2024-11-20" functionInDocument="CREATION_TIME">November 20, 2024</TIMEX3></DCT>
<TITLE>Not part of the text</TITLE>
<TEXT>
Smith &amp; Jones <EVENT eid="e1" class="OCCURRENCE">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="2024-11-19">yesterday</TIMEX3> for <TIMEX3 tid="t2" type="DURATION" value="P2H">two hours</TIMEX3>.
They will meet again <TIMEX3 tid="t3" type="DATE" value="2024-12">next month</TIMEX3>.
</TEXT>
</TimeML>
"""


@pytest.fixture
def tiny(tmp_path):
    (tmp_path / "tiny.tml").write_text(TML, encoding="utf-8")
    return tmp_path


def test_reads_plain_text_dct_and_gold_inside_text_only(tiny):
    doc = ev.read_tml(tiny / "tiny.tml")
    assert doc.dct == dt.date(2024, 11, 20)
    assert "Smith & Jones met yesterday" in doc.text
    assert "Not part of the text" not in doc.text and "November 20, 2024" not in doc.text
    assert [(doc.text[g.start:g.end], g.type, g.value) for g in doc.gold] == [
        ("yesterday", "DATE", "2024-11-19"),
        ("two hours", "DURATION", "P2H"),
        ("next month", "DATE", "2024-12"),
    ]


GOLD = [(10, 19, "DATE", "2024-11-19"), (30, 39, "DURATION", "P2H"), (50, 60, "DATE", "2024-12")]


def test_perfect_output_scores_one_everywhere():
    counts, mistakes = ev.score_document(GOLD, GOLD)
    assert (counts.strict_f1, counts.relaxed_f1, counts.value_f1, counts.type_accuracy) == (1, 1, 1, 1)
    assert mistakes == []


def test_a_missed_expression_lowers_recall_only():
    counts, mistakes = ev.score_document(GOLD, GOLD[:2])
    assert counts.relaxed_precision == 1
    assert counts.relaxed_recall == pytest.approx(2 / 3)
    assert [m.kind for m in mistakes] == ["missed"]


def test_a_spurious_expression_lowers_precision_only():
    counts, mistakes = ev.score_document(GOLD, GOLD + [(70, 75, "DATE", "2025")])
    assert counts.relaxed_recall == 1
    assert counts.strict_precision == pytest.approx(3 / 4)
    assert [m.kind for m in mistakes] == ["spurious"]


def test_a_partial_overlap_is_relaxed_but_not_strict():
    system = [GOLD[0], GOLD[1], (54, 60, "DATE", "2024-12")]  # "month" inside "next month"
    counts, mistakes = ev.score_document(GOLD, system)
    assert counts.relaxed_f1 == 1
    assert counts.strict_f1 == pytest.approx(2 / 3)
    assert counts.value_accuracy == 1
    assert [m.kind for m in mistakes] == ["wrong span"]


def test_a_wrong_value_counts_in_value_accuracy_and_value_f1():
    system = [GOLD[0], GOLD[1], (50, 60, "DATE", "2025-12")]
    counts, _ = ev.score_document(GOLD, system)
    assert counts.value_accuracy == pytest.approx(2 / 3)
    assert counts.value_f1 == pytest.approx(counts.relaxed_f1 * 2 / 3)
    assert counts.type_accuracy == 1


def test_value_f1_is_relaxed_f1_times_value_accuracy_with_misses_and_extras():
    # one exact, one partial with a wrong value, one missed, one spurious
    system = [GOLD[0], (30, 33, "DURATION", "P3H"), (80, 85, "DATE", "2020")]
    counts, _ = ev.score_document(GOLD, system)
    assert (counts.relaxed, counts.strict, counts.value_ok) == (2, 1, 1)
    assert counts.relaxed_f1 == pytest.approx(2 / 3)
    assert counts.value_f1 == pytest.approx(1 / 3)


def test_one_system_expression_covering_two_gold_ones_matches_only_one():
    gold = [(0, 4, "DATE", "2009"), (5, 9, "DATE", "2010")]
    counts, mistakes = ev.score_document(gold, [(0, 9, "DATE", "2009")])
    assert (counts.relaxed, counts.relaxed_precision, counts.relaxed_recall) == (1, 1, 0.5)
    assert sorted(m.kind for m in mistakes) == ["missed", "wrong span"]


def test_an_exact_match_is_preferred_over_an_earlier_partial_one():
    gold = [(10, 20, "DATE", "2024")]
    system = [(5, 12, "DATE", "1999"), (10, 20, "DATE", "2024")]
    counts, _ = ev.score_document(gold, system)
    assert (counts.strict, counts.value_ok) == (1, 1)


def test_any_tagger_callable_is_scored_and_gets_the_dct(tiny):
    seen = []

    def tagger(text, dct):
        seen.append(dct)
        start = text.index("yesterday")
        return [Timex(start, start + 9, "yesterday", "DATE", "2024-11-19")]

    report = ev.evaluate(ev.read_corpus(tiny), tagger)
    assert seen == [dt.date(2024, 11, 20)]
    assert (report.counts.gold, report.counts.system, report.counts.value_ok) == (3, 1, 1)
    assert report.words == len(ev.read_tml(tiny / "tiny.tml").text.split())


def test_command_line_prints_scores_and_error_examples(tiny, monkeypatch, capsys):
    def half_right(text, dct):
        start = text.index("next month")
        return [(start, start + 10, "DATE", "2025-01")]

    monkeypatch.setattr(ev, "project_tagger", half_right)
    assert ev.main(["tempeval3", str(tiny), "--errors", "5", "--per-doc"]) == 0
    out = capsys.readouterr().out
    assert "value F1" in out and "tiny.tml" in out
    assert "[yesterday]" in out  # a missed example, with its context
    assert "gold: DATE 2024-12" in out and "system: DATE 2025-01" in out


def test_command_line_fails_cleanly_on_a_folder_without_tml(tmp_path, capsys):
    assert ev.main(["tempeval3", str(tmp_path)]) == 2
    assert "no .tml files" in capsys.readouterr().err


def test_by_type_counts_found_exact_and_right_values_per_gold_type(tiny):
    def tagger(text, dct):
        y, n = text.index("yesterday"), text.index("next month")
        return [(y, y + 9, "DATE", "2024-11-19"), (n + 5, n + 10, "DATE", "2025-12")]  # "month", wrong year

    documents = ev.read_corpus(tiny)
    table = ev.by_gold_type(documents, ev.evaluate(documents, tagger))
    assert table == {"DATE": (2, 2, 1, 1), "DURATION": (1, 0, 0, 0)}
