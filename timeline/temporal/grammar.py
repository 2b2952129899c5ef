"""Compile a language's rules into one master regular expression.

Vocabulary classes expand to alternations (longest form first). Each rule is compiled on its
own, and indexed by the words it can begin with (read from the parsed pattern); one scan of the
text with a letter-trie "gate" finds the places where any rule may begin, and only the rules for
that word are tried there. The text is thus scanned once, in linear time, and most words are
rejected after a letter or two.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from re import _constants as _c
from re import _parser
from types import ModuleType

_FRAGMENT = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")
_VOCAB_REF = re.compile(r"<([A-Z_]+)>")
_GROUP = re.compile(r"\(\?P<(\w+)>")
_BACKREF = re.compile(r"\(\?P=(\w+)\)")


@dataclass(frozen=True)
class CompiledRule:
    name: str
    kind: str
    pattern: re.Pattern
    groups: tuple[tuple[str, str], ...]  # (group name, meaning)

    def read(self, match: re.Match) -> tuple[dict[str, str], dict[str, tuple[int, int]]]:
        """The captured groups by meaning, with their spans."""
        values: dict[str, str] = {}
        spans: dict[str, tuple[int, int]] = {}
        for name, meaning in self.groups:
            text = match.group(name)
            if text is not None and meaning not in values:
                values[meaning] = text
                spans[meaning] = match.span(name)
        return values, spans


@dataclass(frozen=True)
class Grammar:
    """Rules indexed by the word they can begin with. `gate` finds, in one scan, the places
    where some rule may start (a digit, an apostrophe, or one of the start words); only the
    rules that can begin with that word are then tried there, in rule order."""
    lang: ModuleType
    gate: re.Pattern
    by_start: dict[str, tuple[CompiledRule, ...]]

    def scan(self, text: str):
        """(rule, match) for each place a rule matches, left to right; the caller says where to
        continue by sending the next position it accepts (default: just after the start)."""
        by_start, pos = self.by_start, 0
        for gate in self.gate.finditer(text):
            start = gate.start()
            if start < pos:
                continue
            word = gate.group("w")
            key = word.lower() if word is not None else ("0" if gate.group("d") else gate.group(0))
            for rule in by_start.get(key, ()):
                m = rule.pattern.match(text, start)
                if m is not None and m.end() > start:
                    pos = (yield rule, m) or pos
                    if pos > start:
                        break


def spaced(pattern: str) -> str:
    """A space in a rule means any whitespace: ' ?' optional, ' ' at least one; in [...] one."""
    out, in_class, i = [], False, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if ch == "[" and not in_class:
            in_class = True
        elif ch == "]" and in_class:
            in_class = False
        if ch == " ":
            if in_class:
                out.append(r"\s")
            elif pattern[i + 1:i + 2] == "?":
                out.append(r"\s*")
                i += 1
            else:
                out.append(r"\s+")
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def alternation(forms, case_sensitive: bool) -> str:
    """A non-capturing alternation of the forms, longest first, whole words only."""
    variants = set(forms)
    if case_sensitive:  # headlines and datelines write names in capitals
        variants |= {f.upper() for f in forms}
    parts = []
    for form in sorted(variants, key=lambda f: (-len(f), f)):
        body = r"\s+".join(re.escape(word) for word in form.split(" "))
        parts.append(body + (r"(?!\w)" if form[-1].isalnum() else ""))
    alt = "(?:" + "|".join(parts) + ")"
    return "(?-i:" + alt + ")" if case_sensitive else alt


def expand(template: str, lang: ModuleType) -> str:
    """Fragments {X} and spaces first (they are written like rules), then vocabularies <X>."""
    text = template
    for _ in range(3):  # fragments may refer to fragments
        text = _FRAGMENT.sub(lambda m: lang.FRAGMENTS[m.group(1)], text)
    text = spaced(text)

    def vocab(m: re.Match) -> str:
        table, case_sensitive = lang.VOCAB[m.group(1)]
        return alternation(table, case_sensitive)

    return _VOCAB_REF.sub(vocab, text)


def meaning_of(group: str) -> str:
    """'year_s' and 'year' both mean year: a suffix only keeps names unique within a rule."""
    return group.split("_", 1)[0]


def trie_pattern(words) -> str:
    """A regex matching any of the words, branching one letter at a time: cheap to reject."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        ending = "" in node
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ending:
            body = "(?:" + body + ")?"
        return body

    return emit(trie)


def first_words(body: str) -> set[str]:
    """The words (lowercased) a match of the pattern can begin with; '0' for a digit and the
    character itself for other non-letters. Read from the parsed pattern, so it stays true to
    the rule as written. Raises ValueError if the rule may begin with anything at all."""
    out: set[str] = set()
    stack = [(tuple(_parser.parse(body, re.I).data), "")]
    while stack:
        items, prefix = stack.pop()
        if not items:
            if not prefix:
                raise ValueError("a rule may match the empty string")
            out.add(prefix)
            continue
        (op, av), rest = items[0], items[1:]
        if op is _c.LITERAL:
            ch = chr(av).lower()
            if ch.isalpha():
                stack.append((rest, prefix + ch))
            else:
                out.add(prefix or ("0" if ch.isdigit() else ch))
        elif op is _c.IN:
            letters = [chr(a).lower() for o, a in av if o is _c.LITERAL and chr(a).isalpha()]
            if letters and len(letters) == len(av):
                stack.extend((rest, prefix + ch) for ch in set(letters))
            elif prefix and not letters and not any(o is _c.RANGE and chr(a[0]).isalpha() for o, a in av):
                out.add(prefix)
            elif not prefix and all(_is_digit_item(o, a) for o, a in av):
                out.add("0")
            else:
                raise ValueError("a character class where a word may begin")
        elif op is _c.BRANCH:
            stack.extend((tuple(b.data) + rest, prefix) for b in av[1])
        elif op is _c.SUBPATTERN:
            stack.append((tuple(av[3].data) + rest, prefix))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            low, high, sub = av
            if low == 0:
                stack.append((rest, prefix))
            if high != 0:
                stack.append((tuple(sub.data) + rest, prefix))
        elif op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
            stack.append((rest, prefix))
        elif op is _c.CATEGORY and (prefix or av is _c.CATEGORY_DIGIT):
            out.add(prefix or "0")
        else:
            raise ValueError(f"cannot tell how the rule begins ({op})")
    return out


def _is_digit_item(op, av) -> bool:
    return (op is _c.RANGE and chr(av[0]).isdigit()) or (op is _c.LITERAL and chr(av).isdigit()) \
        or (op is _c.CATEGORY and av is _c.CATEGORY_DIGIT)


def compile_grammar(lang: ModuleType) -> Grammar:
    by_start: dict[str, list[CompiledRule]] = {}
    for name, kind, template in lang.RULES:
        body = expand(template, lang)
        pattern = re.compile(r"(?<!\w)" + body, re.IGNORECASE)
        groups = tuple((g, meaning_of(g)) for g in _GROUP.findall(body))
        rule = CompiledRule(name, kind, pattern, groups)
        for word in first_words(body):
            by_start.setdefault(word, []).append(rule)
    words = sorted(w for w in by_start if w.isalpha())
    others = "".join(re.escape(c) for c in sorted(by_start) if not c.isalpha() and c != "0")
    gate = r"(?<!\w)(?:(?P<w>" + trie_pattern(words) + r")(?![^\W\d_])|(?P<d>\d)" + \
        (f"|[{others}]" if others else "") + ")"
    return Grammar(lang, re.compile(gate, re.IGNORECASE), {k: tuple(v) for k, v in by_start.items()})
