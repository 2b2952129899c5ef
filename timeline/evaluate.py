"""Score a temporal tagger on TempEval-3 TimeML files, the way TempEval-3 does.

    python -m timeline.evaluate tempeval3 DIR [--per-doc] [--by-type] [--errors N]

Input to the tagger: the plain text inside <TEXT> (tags removed; offsets are into
that text) and the document creation time (the CREATION_TIME TIMEX3 in <DCT>).
Gold: every TIMEX3 inside <TEXT>. The creation time is input, never a target.

Measures, as defined by the TempEval-3 task and its toolkit (UzZaman et al. 2013,
evaluate_entities.py):
- relaxed match: a system expression and a gold one overlap by at least a character;
- strict match: same start and same end;
- precision = matched system expressions / all system expressions,
  recall = matched gold expressions / all gold expressions, F1 their harmonic mean;
- type and value accuracy: share of relaxed matches whose attribute equals gold's;
- value F1 (and type F1) = relaxed F1 x value (type) accuracy.
Matching is one to one, as in the toolkit where each system expression takes the
id of one gold expression: a system "2009-2010" covering two gold years matches only
the first, and the second counts as missed.

Any tagger can be scored: a callable (text, dct) -> iterable of (start, end, type,
value) tuples or of objects with those attributes (timeline.timex.Timex).
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

# What every tagger under test returns, one tuple per expression.
Span = tuple[int, int, str, str]  # start, end, type, value
Tagger = Callable[[str, "dt.date | None"], Iterable]


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    type: str
    value: str
    text: str


@dataclass
class TmlDocument:
    name: str
    text: str  # the plain text inside <TEXT>
    dct: dt.date | None
    gold: list[GoldTimex]

    @property
    def words(self) -> int:
        return len(self.text.split())


# ---------------------------------------------------------------- reading TimeML


def _flatten(element: ET.Element, pieces: list[str], offset: int, gold: list[GoldTimex]) -> int:
    """Append the text under `element` to `pieces`, collecting TIMEX3 spans; return the new offset."""
    start = offset
    if element.text:
        pieces.append(element.text)
        offset += len(element.text)
    for child in element:
        offset = _flatten(child, pieces, offset, gold)
        if child.tail:
            pieces.append(child.tail)
            offset += len(child.tail)
    if element.tag == "TIMEX3" and offset > start:  # empty (non-consuming) timexes are not spans
        gold.append(GoldTimex(start, offset, element.get("type", ""), element.get("value", ""), ""))
    return offset


def parse_dct_value(value: str) -> dt.date | None:
    """The date part of a TIMEX3 value such as "1998-01-08" or "1998-01-08T12:00"."""
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def read_tml(path: str | Path) -> TmlDocument:
    """Read one TempEval-3 .tml file: plain <TEXT>, creation date, gold TIMEX3 spans."""
    path = Path(path)
    root = ET.parse(path).getroot()
    text_el = root.find("TEXT")
    if text_el is None:
        raise ValueError(f"{path.name}: no <TEXT> element")
    pieces: list[str] = []
    gold: list[GoldTimex] = []
    # <TEXT>'s own tail lies outside it: flatten the element, not its tail.
    _flatten(text_el, pieces, 0, gold)
    text = "".join(pieces)
    gold = sorted(
        (GoldTimex(g.start, g.end, g.type, g.value, text[g.start:g.end]) for g in gold),
        key=lambda g: (g.start, g.end),
    )
    dct = None
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            dct = parse_dct_value(timex.get("value", ""))
            break
    return TmlDocument(path.name, text, dct, gold)


def read_corpus(directory: str | Path) -> list[TmlDocument]:
    """All .tml files of a folder, in name order."""
    paths = sorted(Path(directory).glob("*.tml"))
    if not paths:
        raise FileNotFoundError(f"no .tml files in {directory}")
    return [read_tml(p) for p in paths]


# ---------------------------------------------------------------- matching and counting


def as_span(item) -> Span:
    """Accept a (start, end, type, value) tuple or an object with those attributes."""
    if isinstance(item, tuple):
        start, end, typ, value = item[:4]
    else:
        start, end, typ, value = item.start, item.end, item.type, item.value
    return int(start), int(end), str(typ or ""), str(value or "")


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def align(gold: list[Span], system: list[Span]) -> list[tuple[int, int]]:
    """Pair gold and system expressions that overlap, each used at most once.

    Both lists are walked in text order; an exact span is preferred over a partial
    overlap, then the earliest overlapping one.
    """
    system_order = sorted(range(len(system)), key=lambda i: (system[i][0], system[i][1]))
    used: set[int] = set()
    pairs: list[tuple[int, int]] = []
    first = 0  # system expressions before this position end before the current gold one
    for gi in sorted(range(len(gold)), key=lambda i: (gold[i][0], gold[i][1])):
        g_start, g_end = gold[gi][0], gold[gi][1]
        # Gold is walked by start: a system expression ending before this one cannot match later ones.
        while first < len(system_order) and system[system_order[first]][1] <= g_start:
            first += 1
        candidates = []
        for k in range(first, len(system_order)):
            si = system_order[k]
            s_start, s_end = system[si][0], system[si][1]
            if s_start >= g_end:
                break
            if si not in used and overlaps(g_start, g_end, s_start, s_end):
                candidates.append(si)
        if candidates:
            exact = [si for si in candidates if system[si][:2] == (g_start, g_end)]
            chosen = exact[0] if exact else candidates[0]
            used.add(chosen)
            pairs.append((gi, chosen))
    return pairs


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0  # matches with the exact span
    relaxed: int = 0  # matches with any overlap
    type_ok: int = 0  # relaxed matches with the gold type
    value_ok: int = 0  # relaxed matches with the gold value

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(*(a + b for a, b in zip(self._tuple(), other._tuple())))

    def _tuple(self):
        return (self.gold, self.system, self.strict, self.relaxed, self.type_ok, self.value_ok)

    @staticmethod
    def _ratio(a: int, b: int) -> float:
        return a / b if b else 0.0

    @staticmethod
    def _f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def strict_precision(self) -> float:
        return self._ratio(self.strict, self.system)

    @property
    def strict_recall(self) -> float:
        return self._ratio(self.strict, self.gold)

    @property
    def strict_f1(self) -> float:
        return self._f1(self.strict_precision, self.strict_recall)

    @property
    def relaxed_precision(self) -> float:
        return self._ratio(self.relaxed, self.system)

    @property
    def relaxed_recall(self) -> float:
        return self._ratio(self.relaxed, self.gold)

    @property
    def relaxed_f1(self) -> float:
        return self._f1(self.relaxed_precision, self.relaxed_recall)

    @property
    def type_accuracy(self) -> float:
        return self._ratio(self.type_ok, self.relaxed)

    @property
    def value_accuracy(self) -> float:
        return self._ratio(self.value_ok, self.relaxed)

    @property
    def type_f1(self) -> float:
        return self.relaxed_f1 * self.type_accuracy

    @property
    def value_f1(self) -> float:
        return self.relaxed_f1 * self.value_accuracy

    def as_dict(self) -> dict:
        names = ["strict_precision", "strict_recall", "strict_f1", "relaxed_precision", "relaxed_recall",
                 "relaxed_f1", "type_accuracy", "value_accuracy", "type_f1", "value_f1"]
        out = {"gold": self.gold, "system": self.system, "strict": self.strict, "relaxed": self.relaxed,
               "type_ok": self.type_ok, "value_ok": self.value_ok}
        out.update({n: getattr(self, n) for n in names})
        return out


@dataclass
class Mistake:
    kind: str  # missed, spurious, wrong value, wrong type, wrong span
    document: str
    context: str  # the text around it, the expression in [brackets]
    gold: str = ""  # "type value" of the gold expression
    system: str = ""  # "type value" of the system expression


def context_of(text: str, start: int, end: int, width: int = 50) -> str:
    left = text[max(0, start - width):start]
    right = text[end:end + width]
    snippet = f"{left}[{text[start:end]}]{right}"
    return " ".join(snippet.split())


def score_document(gold: list[Span], system: list[Span], text: str = "", name: str = ""
                   ) -> tuple[Counts, list[Mistake]]:
    """Count matches between one document's gold and system expressions and list the mistakes."""
    gold = [as_span(g) for g in gold]
    system = [as_span(s) for s in system]
    pairs = align(gold, system)
    counts = Counts(gold=len(gold), system=len(system), relaxed=len(pairs))
    mistakes: list[Mistake] = []
    for gi, si in pairs:
        g, s = gold[gi], system[si]
        exact = g[:2] == s[:2]
        counts.strict += exact
        counts.type_ok += g[2] == s[2]
        counts.value_ok += g[3] == s[3]
        described = dict(gold=f"{g[2]} {g[3]}", system=f"{s[2]} {s[3]} ({text[s[0]:s[1]]!r})")
        if g[3] != s[3]:
            mistakes.append(Mistake("wrong value", name, context_of(text, g[0], g[1]), **described))
        elif g[2] != s[2]:
            mistakes.append(Mistake("wrong type", name, context_of(text, g[0], g[1]), **described))
        if not exact:
            mistakes.append(Mistake("wrong span", name, context_of(text, g[0], g[1]), **described))
    matched_gold = {gi for gi, _ in pairs}
    matched_system = {si for _, si in pairs}
    for gi, g in enumerate(gold):
        if gi not in matched_gold:
            mistakes.append(Mistake("missed", name, context_of(text, g[0], g[1]), gold=f"{g[2]} {g[3]}"))
    for si, s in enumerate(system):
        if si not in matched_system:
            mistakes.append(Mistake("spurious", name, context_of(text, s[0], s[1]), system=f"{s[2]} {s[3]}"))
    return counts, mistakes


@dataclass
class Report:
    counts: Counts
    per_document: dict[str, Counts] = field(default_factory=dict)
    mistakes: list[Mistake] = field(default_factory=list)
    words: int = 0
    seconds: float = 0.0  # time spent inside the tagger only

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0


def evaluate(documents: list[TmlDocument], tagger: Tagger) -> Report:
    """Run `tagger` on every document and score it against the gold expressions."""
    report = Report(Counts())
    for doc in documents:
        started = time.perf_counter()
        system = [as_span(x) for x in tagger(doc.text, doc.dct)]
        report.seconds += time.perf_counter() - started
        gold = [(g.start, g.end, g.type, g.value) for g in doc.gold]
        counts, mistakes = score_document(gold, system, doc.text, doc.name)
        report.counts = report.counts + counts
        report.per_document[doc.name] = counts
        report.mistakes.extend(mistakes)
        report.words += doc.words
    return report


def project_tagger(text: str, dct: dt.date | None) -> list[Span]:
    """This project's tagger (imported late: scoring works without it)."""
    from timeline.temporal import tag

    return [as_span(t) for t in tag(text, dct)]


# ---------------------------------------------------------------- printing


def format_counts(c: Counts) -> str:
    pct = lambda x: f"{100 * x:5.1f}"  # noqa: E731
    return "\n".join([
        f"gold {c.gold}  system {c.system}  strict matches {c.strict}  relaxed matches {c.relaxed}",
        f"strict   P {pct(c.strict_precision)}  R {pct(c.strict_recall)}  F1 {pct(c.strict_f1)}",
        f"relaxed  P {pct(c.relaxed_precision)}  R {pct(c.relaxed_recall)}  F1 {pct(c.relaxed_f1)}",
        f"type accuracy {pct(c.type_accuracy)}  value accuracy {pct(c.value_accuracy)}",
        f"type F1 {pct(c.type_f1)}  value F1 {pct(c.value_f1)}",
    ])


def by_gold_type(documents: list[TmlDocument], report: Report) -> dict[str, tuple[int, int, int, int]]:
    """Per gold type: (gold, found, exact span, right value), from the mistakes listed in `report`."""
    totals: dict[str, list[int]] = {}
    for doc in documents:
        for g in doc.gold:
            totals.setdefault(g.type, [0, 0, 0, 0])[0] += 1
    for m in report.mistakes:
        if m.gold and m.kind in ("missed", "wrong span", "wrong value"):
            typ = m.gold.split(" ", 1)[0]
            index = {"missed": 1, "wrong span": 2, "wrong value": 3}[m.kind]
            totals.setdefault(typ, [0, 0, 0, 0])[index] += 1
    # the mistakes were counted above; turn them into successes
    return {typ: (n, n - miss, n - miss - span, n - miss - value)
            for typ, (n, miss, span, value) in sorted(totals.items())}


def format_by_type(table: dict[str, tuple[int, int, int, int]]) -> str:
    lines = ["\ngold type  gold  found  exact span  right value"]
    for typ, (n, found, exact, right) in table.items():
        lines.append(f"{typ:<9}  {n:>4}  {found:>5}  {exact:>10}  {right:>11}")
    return "\n".join(lines)


MISTAKE_KINDS = ("missed", "spurious", "wrong value", "wrong type", "wrong span")


def format_mistakes(mistakes: list[Mistake], limit: int) -> str:
    lines = []
    for kind in MISTAKE_KINDS:
        of_kind = [m for m in mistakes if m.kind == kind]
        lines.append(f"\n== {kind}: {len(of_kind)} (showing {min(limit, len(of_kind))})")
        for m in of_kind[:limit]:
            detail = "  ".join(p for p in (f"gold: {m.gold}" if m.gold else "",
                                            f"system: {m.system}" if m.system else "") if p)
            lines.append(f"- {m.document}: {m.context}\n    {detail}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m timeline.evaluate",
                                     description="Score the temporal tagger with TempEval-3's measures.")
    sub = parser.add_subparsers(dest="corpus", required=True)
    te3 = sub.add_parser("tempeval3", help="a folder of TempEval-3 .tml files")
    te3.add_argument("directory")
    te3.add_argument("--per-doc", action="store_true", help="also print the scores of each document")
    te3.add_argument("--by-type", action="store_true",
                     help="also print, per gold type, how many were found, with the exact span, with the right value")
    te3.add_argument("--errors", type=int, default=0, metavar="N",
                     help="print up to N missed / spurious / wrong-value / wrong-span examples")
    args = parser.parse_args(argv)

    try:
        documents = read_corpus(args.directory)
    except (OSError, ValueError, ET.ParseError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    try:
        report = evaluate(documents, project_tagger)
    except ImportError as err:
        print(f"error: the tagger cannot be imported: {err}", file=sys.stderr)
        return 2
    print(f"{args.directory}: {len(documents)} documents, {report.words} words, "
          f"{report.words_per_second:,.0f} words/s in the tagger")
    print(format_counts(report.counts))
    if args.per_doc:
        print("\ndocument  gold  system  strictF1  relaxedF1  valueF1")
        for name, c in report.per_document.items():
            print(f"{name}  {c.gold}  {c.system}  {100 * c.strict_f1:.1f}  {100 * c.relaxed_f1:.1f}  "
                  f"{100 * c.value_f1:.1f}")
    if args.by_type:
        print(format_by_type(by_gold_type(documents, report)))
    if args.errors:
        print(format_mistakes(report.mistakes, args.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
