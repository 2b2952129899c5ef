"""Compile a language's rules and index them for one linear scan of the text.

Vocabulary classes expand to alternations (longest form first). Each rule is compiled on its
own, and indexed by the words it can begin with (read from the parsed pattern); one scan of the
text with a letter-trie "gate" finds the places where any rule may begin. There, only the rules
that can begin with that word and go on with the word after it (or, for a number, with that
many digits and the character after them) are tried, in rule order. The text is thus scanned
once, in linear time; most words are rejected after a letter or two, and most numbers and
"the"s after a dictionary lookup.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
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
    # first word -> the beginnings the word after it may have (ANY_NEXT among them: any word)
    next_words: dict[str, frozenset[str]] = field(default_factory=dict)
    # for a rule that may begin with a digit: (fewest, most digits of the run, the character
    # after it, the next word's beginning) as digit_openings reads them
    digit_shapes: frozenset[tuple[int, int, str, str]] = frozenset()

    def may_begin(self, digits: int, after: str, following: str | None) -> bool:
        """Whether the rule may match a run of `digits` digits followed by `after` (' ' for a
        space, then the word `following`)."""
        return any(low <= digits <= high and (char == ANY_NEXT or char == after
                                              and (after != " " or may_follow((word,), following)))
                   for low, high, char, word in self.digit_shapes)

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
    rules that can begin with that word, and go on with the word that follows it, are then
    tried there, in rule order."""
    lang: ModuleType
    gate: re.Pattern
    by_start: dict[str, tuple[CompiledRule, ...]]
    _tried: dict = field(default_factory=dict, compare=False, repr=False)  # (word, next word) -> rules

    def rules_at(self, word: str, following: str | None) -> tuple[CompiledRule, ...]:
        """The rules that may match where `word` stands before `following` (lowercased, '0'
        for a digit, None when no word follows after a space): "the" begins 35 rules, and
        trying them all before every "the" was most of the tagger's time."""
        key = (word, following)
        rules = self._tried.get(key)
        if rules is None:
            rules = self._remember(key, tuple(rule for rule in self.by_start.get(word, ())
                                              if may_follow(rule.next_words.get(word), following)))
        return rules

    def rules_at_number(self, digits: int, after: str, following: str | None) -> tuple[CompiledRule, ...]:
        """The rules that may match a number of `digits` digits followed by `after`, as
        rules_at does for words: 24 rules begin with a digit, and news is full of numbers."""
        key = (digits, after, following)
        rules = self._tried.get(key)
        if rules is None:
            rules = self._remember(key, tuple(rule for rule in self.by_start.get("0", ())
                                              if rule.may_begin(digits, after, following)))
        return rules

    def _remember(self, key, rules):
        if len(self._tried) > 200_000:  # new words without end (a long text's vocabulary)
            self._tried.clear()
        self._tried[key] = rules
        return rules

    def scan(self, text: str):
        """(rule, match) for each place a rule matches, left to right; the caller says where to
        continue by sending the next position it accepts (default: just after the start)."""
        by_start, pos = self.by_start, 0
        for gate in self.gate.finditer(text):
            start = gate.start()
            if start < pos:
                continue
            word = gate.group("w")
            if word is not None:
                rules = self.rules_at(word.lower(), next_word(text, gate.end()))
            elif gate.group("d"):
                run_end = _DIGITS.match(text, start).end()
                after = text[run_end:run_end + 1]
                if after.isspace():
                    rules = self.rules_at_number(run_end - start, " ", next_word(text, run_end))
                else:
                    rules = self.rules_at_number(run_end - start, after.lower(), None)
            else:
                rules = by_start.get(gate.group(0), ())
            for rule in rules:
                m = rule.pattern.match(text, start)
                if m is not None and m.end() > start:
                    pos = (yield rule, m) or pos
                    if pos > start:
                        break


def next_word(text: str, end: int) -> str | None:
    """The word after a space from `end`, lowercased ('0' for a number; None if none)."""
    after = _NEXT_WORD.match(text, end)
    return None if after is None else (after.group(1).lower() if after.group(1) else "0")


_DIGITS = re.compile(r"\d+")
_NEXT_WORD = re.compile(r"\s+(?:([^\W\d_]+)|\d)")
ANY_NEXT = ""  # a second word the pattern does not let us know: every word may follow


def may_follow(beginnings, following: str | None) -> bool:
    if beginnings is None or ANY_NEXT in beginnings:
        return True
    return following is not None and any(following.startswith(b) for b in beginnings)


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
    character itself for other non-letters. Raises ValueError if the rule may begin with
    anything at all."""
    return set(openings(body))


_ENOUGH = 4  # letters of the second word that tell rules apart; more would only cost memory


def openings(body: str) -> dict[str, set[str]]:
    """The words (lowercased) a match of the pattern can begin with ('0' for a digit, the
    character itself for other non-letters), each with the beginnings the word after it may
    have ('0' for a digit, ANY_NEXT where the pattern does not say). Read from the parsed
    pattern, so it stays true to the rule as written: a superset is safe (a rule tried in
    vain), a word left out is not. Raises ValueError if the rule may begin with anything."""
    out: dict[str, set[str]] = {}

    def add(first: str, second: str) -> None:
        out.setdefault(first, set()).add(second)

    # (pattern items left, first word so far, second word so far: None while in the first)
    stack: list[tuple[tuple, str, str | None]] = [(tuple(_parser.parse(body, re.I).data), "", None)]
    while stack:
        items, first, second = stack.pop()
        if second is None:
            _first_word_step(items, first, stack, add)
        else:
            _second_word_step(items, first, second, stack, add)
    return out


def _first_word_step(items, first, stack, add) -> None:
    if not items:
        if not first:
            raise ValueError("a rule may match the empty string")
        add(first, ANY_NEXT)
        return
    (op, av), rest = items[0], items[1:]
    if op is _c.LITERAL:
        ch = chr(av).lower()
        if ch.isalpha():
            stack.append((rest, first + ch, None))
        elif first:
            add(first, ANY_NEXT)
        else:
            add("0" if ch.isdigit() else ch, ANY_NEXT)
    elif op is _c.IN:
        letters = [chr(a).lower() for o, a in av if o is _c.LITERAL and chr(a).isalpha()]
        if letters and len(letters) == len(av):
            stack.extend((rest, first + ch, None) for ch in set(letters))
        elif first and not letters and not any(o is _c.RANGE and chr(a[0]).isalpha() for o, a in av):
            if _is_space(op, av):  # "the end": the first word ends at a space, the second follows
                stack.append((rest, first, ""))
            else:
                add(first, ANY_NEXT)
        elif not first and all(_is_digit_item(o, a) for o, a in av):
            add("0", ANY_NEXT)
        else:
            raise ValueError("a character class where a word may begin")
    elif op is _c.BRANCH:
        stack.extend((tuple(b.data) + rest, first, None) for b in av[1])
    elif op is _c.SUBPATTERN:
        stack.append((tuple(av[3].data) + rest, first, None))
    elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        low, high, sub = av
        if low == 0:
            stack.append((rest, first, None))
        if high != 0:
            stack.append((tuple(sub.data) + rest, first, None))
    elif op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
        stack.append((rest, first, None))
    elif op is _c.CATEGORY and first:
        if av is _c.CATEGORY_SPACE:
            stack.append((rest, first, ""))
        else:
            add(first, ANY_NEXT)
    elif op is _c.CATEGORY and av is _c.CATEGORY_DIGIT:
        add("0", ANY_NEXT)
    else:
        raise ValueError(f"cannot tell how the rule begins ({op})")


def _second_word_step(items, first, second, stack, add) -> None:
    """After the first word and a space: the letters the next word must begin with. Where the
    pattern says no more, what is known so far is the answer (ANY_NEXT if nothing)."""
    known = second or ANY_NEXT
    if not items:
        add(first, known)
        return
    (op, av), rest = items[0], items[1:]
    if op is _c.LITERAL and chr(av).isalpha():
        word = second + chr(av).lower()
        if len(word) >= _ENOUGH:
            add(first, word)
        else:
            stack.append((rest, first, word))
    elif op is _c.IN and all(o is _c.LITERAL and chr(a).isalpha() for o, a in av):
        stack.extend((rest, first, second + ch) for ch in {chr(a).lower() for o, a in av})
    elif op is _c.BRANCH:
        stack.extend((tuple(b.data) + rest, first, second) for b in av[1])
    elif op is _c.SUBPATTERN:
        stack.append((tuple(av[3].data) + rest, first, second))
    elif op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
        stack.append((rest, first, second))
    elif second:
        add(first, second)  # the second word goes on, or ends: it begins with these letters
    elif _is_space(op, av):
        stack.append((rest, first, ""))  # more space before it
    elif _is_digit(op, av):
        add(first, "0")
    elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[1] == 1:  # "(?:of )?": with it or without
        stack.append((rest, first, second))
        stack.append((tuple(av[2].data) + rest, first, second))
    else:
        add(first, ANY_NEXT)


def digit_openings(body: str) -> set[tuple[int, int, str, str]]:
    """How a match that begins with a digit may go on: (fewest, most digits in its first run,
    the character after the run: ' ' for a space, ANY_NEXT where the pattern does not say; after
    a space, the beginning of the next word). "2,500 vehicles" and "300 soldiers" are then tried
    only by the few rules that such a run, a comma or a space and these words can begin."""
    out: set[tuple[int, int, str, str]] = set()
    stack: list[tuple[tuple, int, int]] = [(tuple(_parser.parse(body, re.I).data), 0, 0)]
    while stack:
        items, low, high = stack.pop()
        if not items:
            if low:
                out.add((low, high, ANY_NEXT, ANY_NEXT))
            continue
        (op, av), rest = items[0], items[1:]
        repeat = op in (_c.MAX_REPEAT, _c.MIN_REPEAT)
        if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
            stack.append((rest, low, high))
        elif op is _c.BRANCH:
            stack.extend((tuple(b.data) + rest, low, high) for b in av[1])
        elif op is _c.SUBPATTERN:
            stack.append((tuple(av[3].data) + rest, low, high))
        elif _is_digit_item(op, av) or op is _c.IN and _is_digit(op, av):
            stack.append((rest, low + 1, high + 1))
        elif repeat and len(av[2].data) == 1 and _is_digit(*av[2].data[0]):
            stack.append((rest, low + av[0], high + av[1]))  # \d{1,2}, \d+
        elif low and _is_space(op, av):
            out.update((low, high, " ", word) for word in _words_after(rest))
            if repeat and av[0] == 0:
                stack.append((rest, low, high))  # ' ?': "300BC" as well as "300 BC"
        elif repeat and (av[1] == 1 or low):  # "(?:the )?" before, "(?:st|nd)?" or "(?:,\d{3})*" after
            if av[0] == 0:
                stack.append((rest, low, high))
            sub = tuple(av[2].data)
            if av[1] == 1 or sub and sub[0][0] is _c.LITERAL and not chr(sub[0][1]).isdigit():
                stack.append((sub + rest, low, high))  # once: the run is counted, or ends at its first character
            else:
                out.add((low, _c.MAXREPEAT, ANY_NEXT, ANY_NEXT))  # it may add digits to the run
        elif not low:
            if repeat:  # a repeated group where a digit may begin: its runs cannot be counted here
                out.add((1, _c.MAXREPEAT, ANY_NEXT, ANY_NEXT))
            continue  # otherwise the rule begins with a word here, not with a digit
        elif op is _c.LITERAL:
            out.add((low, high, _follow(chr(av)), ANY_NEXT))
        elif op is _c.IN and all(o is _c.LITERAL for o, _ in av):
            out.update((low, high, _follow(chr(a)), ANY_NEXT) for _, a in av)
        else:
            out.add((low, _c.MAXREPEAT, ANY_NEXT, ANY_NEXT))  # not read further: it may add digits
    return out


def _follow(ch: str) -> str:
    """The character after a run of digits, as the scan reads it from the text."""
    return " " if ch.isspace() else ch.lower()


def _words_after(items: tuple) -> set[str]:
    """The beginnings the word after a space may have, where the pattern goes on with `items`."""
    out: set[str] = set()
    stack = [(items, "", "")]
    while stack:
        rest, _, second = stack.pop()
        _second_word_step(rest, "", second, stack, lambda _first, word: out.add(word))
    return out


def _is_space(op, av) -> bool:
    """Whitespace and nothing else: a class, a category, or a repeat of one."""
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        return len(av[2].data) == 1 and _is_space(*av[2].data[0])
    if op is _c.IN:
        return bool(av) and all(o is _c.CATEGORY and a is _c.CATEGORY_SPACE for o, a in av)
    return op is _c.CATEGORY and av is _c.CATEGORY_SPACE


def _is_digit(op, av) -> bool:
    """A digit, or a repeat of digits that takes at least one."""
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        return av[0] >= 1 and len(av[2].data) == 1 and _is_digit(*av[2].data[0])
    if op is _c.IN:
        return bool(av) and all(_is_digit_item(o, a) for o, a in av)
    return _is_digit_item(op, av)


def _is_digit_item(op, av) -> bool:
    return (op is _c.RANGE and chr(av[0]).isdigit()) or (op is _c.LITERAL and chr(av).isdigit()) \
        or (op is _c.CATEGORY and av is _c.CATEGORY_DIGIT)


def compile_grammar(lang: ModuleType) -> Grammar:
    by_start: dict[str, list[CompiledRule]] = {}
    for name, kind, template in lang.RULES:
        body = expand(template, lang)
        pattern = re.compile(r"(?<!\w)" + body, re.IGNORECASE)
        groups = tuple((g, meaning_of(g)) for g in _GROUP.findall(body))
        words = openings(body)
        shapes = frozenset(digit_openings(body)) if "0" in words else frozenset()
        rule = CompiledRule(name, kind, pattern, groups, {w: frozenset(n) for w, n in words.items()}, shapes)
        for word in words:
            by_start.setdefault(word, []).append(rule)
    words = sorted(w for w in by_start if w.isalpha())
    others = "".join(re.escape(c) for c in sorted(by_start) if not c.isalpha() and c != "0")
    gate = r"(?<!\w)(?:(?P<w>" + trie_pattern(words) + r")(?![^\W\d_])|(?P<d>\d)" + \
        (f"|[{others}]" if others else "") + ")"
    return Grammar(lang, re.compile(gate, re.IGNORECASE), {k: tuple(v) for k, v in by_start.items()})
