"""Compile a language's rules into one master regular expression.

Each rule becomes one alternative of a single pattern, tried at every word start in rule order,
so the whole text is scanned once. Vocabulary classes expand to alternations (longest form
first); group names get a per-rule prefix because a pattern may not repeat a name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from types import ModuleType

_FRAGMENT = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")
_VOCAB_REF = re.compile(r"<([A-Z_]+)>")
_GROUP = re.compile(r"\(\?P<(\w+)>")
_BACKREF = re.compile(r"\(\?P=(\w+)\)")


@dataclass(frozen=True)
class CompiledRule:
    name: str
    kind: str
    groups: tuple[tuple[str, str], ...]  # (group name in the master pattern, meaning)


@dataclass(frozen=True)
class Grammar:
    lang: ModuleType
    pattern: re.Pattern
    rules: tuple[CompiledRule, ...]

    def read(self, match: re.Match) -> tuple[CompiledRule, dict[str, str], dict[str, tuple[int, int]]]:
        """Which rule matched, and its captured groups by meaning (with their spans)."""
        rule = self.rules[int(match.lastgroup[1:])]
        values: dict[str, str] = {}
        spans: dict[str, tuple[int, int]] = {}
        for full, meaning in rule.groups:
            text = match.group(full)
            if text is not None and meaning not in values:
                values[meaning] = text
                spans[meaning] = match.span(full)
        return rule, values, spans


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


def compile_grammar(lang: ModuleType) -> Grammar:
    alternatives, rules = [], []
    for index, (name, kind, template) in enumerate(lang.RULES):
        body = expand(template, lang)
        prefix = f"g{index}_"
        groups = tuple((prefix + g, meaning_of(g)) for g in _GROUP.findall(body))
        body = _GROUP.sub(lambda m: f"(?P<{prefix}{m.group(1)}>", body)
        body = _BACKREF.sub(lambda m: f"(?P={prefix}{m.group(1)})", body)
        alternatives.append(f"(?P<r{index}>{body})")
        rules.append(CompiledRule(name, kind, groups))
    master = r"(?<!\w)(?:" + "|".join(alternatives) + ")"
    return Grammar(lang, re.compile(master, re.IGNORECASE), tuple(rules))
