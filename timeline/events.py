"""Events: one per dated clause, with its actors, a summary a reader would write, its kind,
who did it and who claims it.

Works on the spaCy parse that find_actors kept in doc.parsed: a date expression belongs to the
clause whose verb it modifies ("signed on December 3, 1997 ... and Ukraine ratified it in 2005"
are two clauses, so two events). The verb lexicon for event kinds, the discourse words left out
of summaries and the verbs of reporting are data (timeline/data/events_kinds.json).
"""
from __future__ import annotations

import json
import re
import bisect
import dataclasses
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .actors import knowledge, lemma, parse
from .publication import dateline_prefix_end, dateline_span, header_date, line_around
from .document import ActorMention, Document, Event
from .dates import day_of, period
from .temporal import find_ranges
from .temporal.engine import alone_on_its_line
from .timex import Timex

# a value placed in calendar time: 1997-12-03, 2023-11, 2022, 2024-W05, 2024-SU, 199 (decade), 19 (century)
CALENDAR_VALUE = re.compile(r"^(BC)?\d{2,4}(?!\d)")
# sub-clauses that are events of their own when they carry their own date (a reported content,
# ccomp/xcomp, stays with the verb of saying: "the company said it expects ... for the quarter")
CLAUSE_DEPS = {"conj", "advcl", "relcl", "acl", "parataxis"}
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
RELATIVE_PRONOUNS = {"which", "that", "who", "whom", "whose"}
DEMONSTRATIVES = {"this", "that", "it"}
NON_AGENT_VERBS = {"be", "seem", "appear", "remain", "become", "take", "happen", "rain", "matter", "follow"}
MAX_SUMMARY_WORDS = 24
# "its first league win since April 2023": a record counted from a date, like a superlative
RECORD_ORDINALS = {"first", "only"}


@dataclass(frozen=True)
class Lexicon:
    verb_kind: dict[str, str]
    noun_kind: dict[str, str]
    generic_verbs: frozenset[str]
    discourse: frozenset[str]
    drop_clause_verbs: frozenset[str]
    hedge_verbs: frozenset[str]
    purpose: tuple[str, ...]
    period_nouns: frozenset[str]
    comparison_before: re.Pattern
    comparison_after: re.Pattern


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    data = json.loads(resources.files("timeline").joinpath("data", "events_kinds.json").read_text("utf-8"))
    verb_kind: dict[str, str] = {}
    noun_kind: dict[str, str] = {}
    for kind in data["order"]:  # first kind listed wins for a word in two lists
        for verb in data["verbs"].get(kind, []):
            verb_kind.setdefault(verb, kind)
        for noun in data["nouns"].get(kind, []):
            noun_kind.setdefault(noun, kind)
    return Lexicon(verb_kind, noun_kind, frozenset(data["generic_verbs"]), frozenset(data["discourse_words"]),
                   frozenset(data["drop_clause_verbs"]), frozenset(data["hedge_verbs"]),
                   tuple(data["purpose_phrases"]), frozenset(data["period_nouns"]),
                   comparison_pattern(data["comparison_before"]), comparison_pattern(data["comparison_after"]))


def comparison_pattern(patterns: list[str]) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)


def is_comparison_baseline(text: str, t: Timex, before: re.Pattern, after: re.Pattern) -> bool:
    """'Revenue rose to $4.1 billion from $3.8 billion a year earlier', 'cut emissions from 2005 levels':
    the date a figure is compared with. The sentence's news is the new figure, dated by its own date;
    the old one is no event."""
    return before.search(text, max(0, t.start - 80), t.start) is not None \
        or after.match(text, t.end, min(len(text), t.end + 20)) is not None


def is_calendar_date(t: Timex) -> bool:
    """Dates and times placed in the calendar; durations, sets and 'now'-like references are not events."""
    return t.type in ("DATE", "TIME") and bool(CALENDAR_VALUE.match(t.value))


def _inside(start: int, end: int, spans) -> bool:
    return any(s <= start and end <= e for s, e in spans)


# ---------------------------------------------------------------- the parse, read as clauses

def clause_head(token):
    """The verb whose clause a date modifies: climb from the date until a verb (or the root).

    Not a verb that only bounds a period ('the quarter ended July 31', 'the year ending June 30'),
    and not an infinitive that completes another verb ('requires the company to begin ... in June'):
    the event is the clause around them."""
    lex = lexicon()
    t = token
    while True:
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass", "amod"):
            if t.dep_ == "acl" and t.head.lower_ in lex.period_nouns:
                pass
            elif t.head.pos_ in ("VERB", "AUX") and (t.dep_ == "xcomp" or (t.dep_ == "ccomp" and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in t.children))):
                pass  # "expect the trend to continue into 1990": the event is the expectation
            else:
                return t
        if t.head.i == t.i:
            return t
        t = t.head


POSSESSIVES = {"her", "his", "its", "their", "our", "my", "your"}


def subject_of(head):
    subjects = [child for child in head.children if child.dep_ in SUBJECT_DEPS]
    if subjects:
        # "Her 1983 paper ... was dismissed": the model may make "Her" a subject of its own; the noun is it
        nouns = [c for c in subjects if c.lower_ not in POSSESSIVES]
        return nouns[-1] if nouns else subjects[0]
    if head.dep_ in ("conj", "xcomp") and head.head.i != head.i:
        return subject_of(head.head)  # "reversed ... and renewed the ban": renewed shares the subject
    return None


def agent_of(head):
    for child in head.children:
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


def is_passive(head) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children) or \
        (head.tag_ == "VBN" and head.dep_ == "acl")


def clause_tokens(head, other_dates: set[int], own: set[int] = frozenset()) -> list:
    """The head's subtree without sub-clauses that carry a date of their own (those are other events);
    a sub-clause holding this event's date too only loses its own sub-clauses ("came back to beat the
    Wolves on Saturday, booking a place in the final on May 24": Saturday keeps "to beat the Wolves")."""
    dropped: set[int] = set()
    for t in head.subtree:
        if t.i == head.i or t.i in dropped or (t.dep_ not in CLAUSE_DEPS and not _before_semicolon(t)):
            continue
        sub = {x.i for x in t.subtree}
        if sub & other_dates and not sub & own:
            dropped |= sub | _commas_around(t)
    return [t for t in head.subtree if t.i not in dropped]


def _before_semicolon(t) -> bool:
    """'In 2005 Israel withdrew; two years later Hamas seized ...': the model hangs the first
    sentence under the second as its complement; the semicolon says they are two."""
    if t.dep_ != "ccomp" or t.right_edge.i >= t.head.i:
        return False
    return any(x.text == ";" for x in t.doc[t.right_edge.i + 1:t.head.i])


def _commas_around(t) -> set[int]:
    """The commas that set off a dropped clause: 'Paul Volcker, who led the Fed from 1979, pushed'
    loses both, not only the clause."""
    doc, first, last = t.doc, t.left_edge.i, t.right_edge.i
    before = first - 1 if first > 0 and doc[first - 1].text == "," else None
    if before is None:
        return set()
    after = last + 1 if last + 1 < len(doc) and doc[last + 1].text == "," else None
    return {before} | ({after} if after is not None else set())


class _Index:
    """Which actor mention a token belongs to, and who was last named before a point."""

    def __init__(self, parsed, mentions: list[ActorMention]):
        self.mentions = mentions
        self.by_token: dict[int, ActorMention] = {}
        for m in mentions:
            span = parsed.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                for t in span:
                    self.by_token[t.i] = m

        self.parsed = parsed
        self._gender: dict[str, str] | None = None

    @property
    def gender(self) -> dict[str, str]:
        if self._gender is None:  # only texts with a "he" or "she" to resolve pay for it
            self._gender = self._genders(self.parsed)
        return self._gender

    def _genders(self, parsed) -> dict[str, str]:
        """What the text says of each person's gender: a form of address ("Mrs. Park"), a common given
        name (timeline/data/actors_roles.json), or the first pronoun that can only stand for them (the one person named in its sentence or the one before).
        The first evidence stands: a later "he" is not taken as evidence against it."""
        k = knowledge()
        gender: dict[str, str] = {}
        people = [m for m in self.mentions if m.kind == "person"]
        text = parsed.text  # built from the tokens on each call: once, not per person
        for m in people:
            word = text[max(0, m.start - 6):m.start].split()
            if word and word[-1] in k.honorific_gender:
                gender.setdefault(m.name, k.honorific_gender[word[-1]])
        for m in people:  # a common given name ("William Beebe", "Thomas Ellison", "Alvin")
            first = m.name.split()[0]
            if first in k.given_name_gender:
                gender.setdefault(m.name, k.given_name_gender[first])
        # sentence starts once, then each pronoun finds its sentence and the one before by bisection
        starts = [sent.start_char for sent in parsed.sents if sent.text.strip()]
        person_starts = [m.start for m in people]
        for token in parsed:
            g = k.pronoun_gender.get(token.lower_)
            if g is None or not starts:
                continue
            here = max(bisect.bisect_right(starts, token.idx) - 1, 0)
            since = starts[max(here - 1, 0)]
            lo, hi = bisect.bisect_left(person_starts, since), bisect.bisect_left(person_starts, token.idx)
            named = {m.name for m in people[lo:hi]}
            if len(named) == 1:
                gender.setdefault(named.pop(), g)
        return gender

    def person_before(self, token) -> ActorMention | None:
        """The person a 'he' or 'she' stands for: the last one named whose gender, as far as the text
        says, agrees ("She married Arthur Park; he died" is not she who died)."""
        g = knowledge().pronoun_gender.get(token.lower_)
        return self.last_before(token.idx, ("person",), agrees=lambda m: g is None or self.gender.get(m.name, g) == g)

    def at(self, token) -> ActorMention | None:
        m = self.by_token.get(token.i)
        return m if m is not None and m.kind != "place" else None

    def last_before(self, char: int, kinds: tuple[str, ...], after: int = 0, agrees=None) -> ActorMention | None:
        """The last mention of one of these kinds between after and char (that agrees, if told how)."""
        found = None
        for m in self.mentions:
            if m.start >= char:
                break
            if m.kind in kinds and m.start >= after and (agrees is None or agrees(m)):
                found = m
        return found


def actor_of(token, index: _Index) -> str:
    """The actor a noun phrase names: itself, a resolved 'he', or the owner in 'Russia's operation'."""
    if token is None:
        return ""
    m = index.at(token)
    if m:
        return m.name
    if token.lower_ in knowledge().person_pronouns:
        person = index.person_before(token)
        return person.name if person else ""
    if token.lower_ == "it" and token.dep_ == "nsubj" and lemma(token.head).lower() not in NON_AGENT_VERBS:
        # "It said net income rose": the organisation or country named in this sentence or the one before
        prev = _previous_sentence(token.sent)
        since = prev.start_char if prev is not None else token.sent.start_char
        m = index.last_before(token.idx, ("organisation", "country"), after=since)
        return m.name if m else ""
    for child in token.children:  # "Mr Putin's spokesman, Dmitry Peskov": the person named beside
        if child.dep_ == "appos" and index.at(child) and index.at(child).kind == "person":
            return index.at(child).name
    for child in token.children:  # "Russia's special operation", "Russian troops"
        if child.dep_ in ("poss", "compound", "amod", "nmod"):
            m = index.at(child)
            if m:
                return m.name
    return ""


# ---------------------------------------------------------------- summaries

def _date_tokens(span) -> set[int]:
    """What a summary leaves out of a date: the date with the phrase that introduces or bounds it
    when it is an adverbial ('on October 4', 'for the quarter ended July 31', 'Friday'); nothing when
    the date is an argument ('picked Saturday night as ...', 'third-quarter profit'), which the
    summary needs to make sense."""
    root = span.root
    bounded = root.head
    if bounded.dep_ == "acl" and bounded.head.lower_ in lexicon().period_nouns:
        root = bounded.head  # "the year ending June 30": the whole period phrase
    prep = root.head
    if root.dep_ == "pobj" and prep.dep_ == "prep" and prep.i < root.i:
        return {t.i for t in span} | {t.i for t in prep.subtree}
    if root.dep_ in ("npadvmod", "tmod") and root.head.pos_ == "VERB" and \
            not any(c.dep_ == "dobj" for c in root.head.children) and \
            any(c.dep_ == "prep" and c.lower_ == "as" for c in root.head.children):
        return set()  # the model's adverbial may be the object: "picked Saturday night as the time"
    if root.dep_ in ("npadvmod", "tmod", "advmod", "prep") or root.i != span.root.i:
        return {t.i for t in span} | {t.i for t in root.subtree}
    return set()


def _droppable(tokens, lex: Lexicon) -> set[int]:
    """Discourse words, attribution asides ('As the newspaper pointed out') and 'citing a source'."""
    out: set[int] = set()
    for t in tokens:
        if t.dep_ in ("advmod", "cc", "prep", "npadvmod") and t.i not in out:
            phrase = " ".join(x.lower_ for x in t.subtree)
            if phrase in lex.discourse or (t.dep_ == "advmod" and t.lower_ in lex.discourse) or \
                    any(phrase.startswith(p) for p in lex.purpose):
                out |= {x.i for x in t.subtree}
        if t.dep_ == "advcl":
            marks = {c.lower_ for c in t.children if c.dep_ == "mark"}
            if lemma(t).lower() in lex.drop_clause_verbs or \
                    ("as" in marks and lex.verb_kind.get(lemma(t).lower()) == "statement"):
                out |= {x.i for x in t.subtree}
    return out


def render(tokens, replace: dict[int, str] | None = None) -> str:
    """Tokens back to text with their own spacing, then tidy the seams left by dropped words."""
    replace = replace or {}
    parts = []
    previous = None
    for t in sorted(tokens, key=lambda x: x.i):
        text = replace.get(t.i, t.text)
        if previous is not None and t.i > previous.i + 1 and parts and not parts[-1].endswith(" ") \
                and not previous.doc[previous.i + 1].is_space:
            parts[-1] += " "  # words dropped in between ("Volcker, who ..., pushed"): keep the words apart
        parts.append(text + (t.whitespace_ if text else ""))
        previous = t
    s = re.sub(r"\s+", " ", "".join(parts))
    s = re.sub(r"\s+([,.;:)])", r"\1", s)
    s = re.sub(r"\(\s*\)", "", s)
    s = re.sub(r"([,;:])(\s*[,;:])+", r"\1", s)
    s = re.sub(r"^[\s,;:.\-–—\"“”]+|[\s,;:\-–—]+(?=\.?$)", "", s)
    s = re.sub(r"[\s,;]+(and|or|but)[.\s]*$", "", s)  # a coordinated clause that went to its own event
    s = re.sub(r"^(But|And|Yet|So|Also|However|Meanwhile),?\s+", "", s)  # a link to the sentence before
    return s.strip()


def shorten(text: str, words: int = MAX_SUMMARY_WORDS) -> str:
    parts = text.split()
    if len(parts) <= words:
        return text.rstrip(".")
    return " ".join(parts[:words]).rstrip(",;:") + "…"


def _without_dateline(text: str) -> str:
    """A summary starts with the story, not with "WASHINGTON (Reuters) - "."""
    end = dateline_prefix_end(text, 0)
    return text[end:] if end else text


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


# ---------------------------------------------------------------- one event

def _noun_kind(tokens, lex: Lexicon) -> str:
    for t in tokens:
        if t is None:
            continue
        mods = [c.lower_ for c in t.children if c.dep_ in ("amod", "compound")]
        for mod in mods:
            if f"{mod} {t.lower_}" in lex.noun_kind:
                return lex.noun_kind[f"{mod} {t.lower_}"]
        for form in (t.lower_, lemma(t).lower()):
            if form in lex.noun_kind:
                return lex.noun_kind[form]
    return ""


def event_kind(head, nouns, lex: Lexicon) -> str:
    verb = lemma(head).lower()
    if head.pos_ in ("VERB", "AUX") and verb not in lex.generic_verbs and verb in lex.verb_kind:
        return lex.verb_kind[verb]
    return _noun_kind(nouns, lex) or "other"


def _noun_phrase(noun, clause) -> list:
    """The noun's phrase without the clause that modifies it, coordinated names or asides."""
    skip = {x.i for c in noun.children if c.dep_ in ("conj", "cc", "appos", "acl", "relcl", "punct")
            for x in c.subtree}
    phrase = [x for x in noun.subtree if x.i not in skip and x.i < clause.i]
    first = phrase[0].i if phrase else noun.i
    if first > 0 and noun.doc[first - 1].lower_ in POSSESSIVES and noun.doc[first - 1].head.i == noun.head.i:
        phrase.insert(0, noun.doc[first - 1])  # the possessive the model split off ("Her" of "Her 1983 paper")
    return phrase


def _owner_before(antecedent, index: _Index, sent):
    """'Russia's special operation to protect Donbas, which began ...': when the noun a clause
    modifies names nobody, the phrase of the actor just before it, if nothing but an infinitive or
    a preposition comes between (no verb of its own, no comma): (phrase head, actor name)."""
    m = index.last_before(antecedent.idx, ("person", "organisation", "country", "group", "treaty"),
                          after=sent.start_char)
    if m is None:
        return None
    parsed = antecedent.doc
    owner = parsed.char_span(m.start, m.end, alignment_mode="expand").root
    while owner.dep_ in ("poss", "compound", "amod", "nmod") and owner.head.i != owner.i:
        owner = owner.head
    between = parsed[owner.i + 1:antecedent.i]
    if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.is_punct for t in between) or len(between) > 6:
        return None
    return owner, m.name


def _object_it(tokens, index: _Index, sentence_start: int, parsed) -> dict[int, ActorMention]:
    """'Ukraine ratified it': 'it' is the treaty named just before (this sentence or the one before)."""
    out = {}
    for t in tokens:
        if t.lower_ == "it" and t.dep_ in ("dobj", "pobj"):
            sent = parsed[t.i].sent
            prev_start = parsed[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
            m = index.last_before(t.idx, ("treaty",), after=prev_start)
            if m:
                out[t.i] = m
    return out


def _previous_sentence(sent):
    parsed = sent.doc
    i = sent.start - 1
    while i >= 0:
        prev = parsed[i].sent
        if prev.text.strip():
            return prev
        i = prev.start - 1
    return None


def _when_clause(date_root):
    """The verb of "February 28, when Trump and Vance berated Zelensky": what happened on that day."""
    for child in date_root.children:
        if child.dep_ == "relcl" and any(c.lower_ == "when" and c.dep_ == "advmod" for c in child.children):
            return child
    return None


# How many clauses up a bare participle's event may climb: each climb must reach a new clause.
MAX_CLAUSE_CLIMBS = 3


def build_event(doc: Document, t: Timex, span, index: _Index, other_dates: set[int], start=None,
                climbs: int = 0, companions=(), others=()) -> Event:
    """The event a date expression dates; `start` climbs from another token than the date's own;
    `companions` are the spans of dates that go with it: the far end of a period ("from 2014 to 2016"),
    a date it restates ("In 2005, on March 3"); the summary leaves them out as it does the date, and
    `others`, the other dates of the text, when they are adverbials of the same clause ("in 2006, in
    2007 and in 2008 they met": each year's event is "they met")."""
    lex = lexicon()
    parsed = span.doc
    sent = span.sent
    if start is None:
        start = _when_clause(span.root)
    head = clause_head(span.root if start is None else start)
    subject = subject_of(head)
    replace: dict[int, str] = {}
    primary = ""
    attributed = ""
    extra_actors: list[str] = []
    prefix_tokens: list = []
    link = ""

    # "It is noted that X ...": the hedge goes, the content is the event
    if subject is not None and subject.lower_ == "it" and lemma(head).lower() in lex.hedge_verbs:
        content = [c for c in head.children if c.dep_ == "ccomp"]
        if content and span.start > head.i:
            head = content[0]
            subject = subject_of(head)

    own_dates = {x.i for x in span} | {x.i for c in companions for x in c}
    tokens = clause_tokens(head, other_dates - own_dates, own_dates)
    date_tokens = _date_tokens(span)
    if date_tokens:  # the other end goes with it; "the 2023-24 season" as an argument stays whole
        date_tokens |= {i for c in companions for i in _date_tokens(c) | {x.i for x in c}}
    if start is not None and start.i == head.i and head.head.i == span.root.i:
        date_tokens -= {x.i for x in head.subtree}  # the "when" clause under the date is the event itself
    in_clause = {x.i for x in tokens}
    for other in others:
        if other.root.i in in_clause:
            date_tokens |= _date_tokens(other)
    # a dateline inside the sentence ("LONDON, March 10, 2019 — On Monday, ...") is not the story
    dropped = date_tokens | _droppable(tokens, lex) | {x.i for x in tokens if _inside(x.idx, x.idx + len(x), doc.skipped)}
    # a preposition left without its object ("conceded at [1:15 a.m. on Wednesday]") goes with it
    dropped |= {x.i for x in tokens if x.dep_ == "prep" and x.i not in dropped
                and (objects := [c for c in x.children if c.dep_ in ("pobj", "pcomp")])
                and all(c.i in dropped for c in objects)}
    if head.dep_ in ("ccomp", "advcl"):  # a clause that stands alone: no leading "that", "although"
        dropped |= {c.i for c in head.children if c.dep_ == "mark" and c.lower_ not in ("if", "unless")}
    agent = agent_of(head)
    kind_nouns = [subject]

    # "This was reported by The Washington Post on November 19", "Reuters reported it on May 5":
    # the reporter's report of the fact in the sentence before
    reporter = None
    if lex.verb_kind.get(lemma(head).lower()) == "statement" and not any(c.dep_ == "ccomp" for c in head.children):
        if subject is not None and subject.lower_ in DEMONSTRATIVES and agent is not None:
            reporter = agent
        elif subject is not None and any(c.dep_ == "dobj" and c.lower_ in DEMONSTRATIVES for c in head.children):
            reporter = subject
    if reporter is not None:
        primary = attributed = actor_of(reporter, index)
        prev = _previous_sentence(sent)
        fact = ""
        if prev is not None:
            prev_tokens = clause_tokens(prev.root, set())
            fact = render([x for x in prev_tokens if x.i not in _droppable(prev_tokens, lex)])
            extra_actors = [m.name for m in index.mentions
                            if prev.start_char <= m.start < prev.end_char and m.kind != "place"]
            if fact and prev[0].pos_ != "PROPN":
                fact = fact[:1].lower() + fact[1:]
        who = primary if reporter.pos_ == "PRON" and primary else render(list(reporter.subtree))
        summary = f"{who} {head.text} that {fact}" if fact else f"{who} {head.text} it"
        actors = [primary] + extra_actors
        return Event(t, sent.text.strip(), sent.start_char, capitalise(shorten(summary)),
                     _unique(actors), primary, "statement", attributed)

    own_subject = subject is not None and subject.lower_ not in RELATIVE_PRONOUNS
    if head.dep_ == "relcl" and own_subject and head.head.i != head.i:
        # a relative clause with its own subject is its own event: "the diplomacy he began last
        # August" -> "he began the diplomacy", "1985, when the Israelis created a zone" -> as is
        relatives = [c for c in head.children if c.lower_ in RELATIVE_PRONOUNS | {"when", "where"}]
        dropped |= {c.i for c in relatives}
        has_object = any(c.dep_ in ("dobj", "attr") and c.lower_ not in RELATIVE_PRONOUNS for c in head.children)
        if not has_object and not any(c.lower_ in ("when", "where") for c in relatives):
            np = _noun_phrase(head.head, head)
            replace[head.i] = head.text + " " + render(np)
            extra_actors = [index.at(x).name for x in np if index.at(x)]
    elif head.dep_ in ("acl", "relcl") and head.head.i != head.i:
        # "the Convention ..., signed on December 3, 1997", "the operation, which began on ...":
        # the clause is about the noun it modifies
        first = head.head
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        np = _noun_phrase(first, head)
        head_tokens = {y.i for y in head.subtree}
        np_names = [index.at(x).name for x in np if index.at(x)]
        np_names += [index.at(x).name for c in first.children if c.dep_ in ("conj", "appos")
                     for x in c.subtree if index.at(x) and x.i not in head_tokens]
        kind_nouns = [first]
        if not np_names:
            owner = _owner_before(head.head, index, sent)
            if owner is not None:
                np = list(parsed[owner[0].left_edge.i:head.left_edge.i])
                np_names, kind_nouns = [owner[1]], [owner[0]]
        prefix_tokens = np
        extra_actors = np_names
        if head.dep_ == "relcl":
            dropped |= {c.i for c in head.children if c.lower_ in RELATIVE_PRONOUNS}
        # "the agreement, signed on March 3" was signed; but in "A storm hit on Tuesday." the model's
        # participle of a sentence without a verb is the sentence's own verb
        if head.dep_ == "acl" and head.tag_ == "VBN" and not (first.dep_ == "ROOT" and not any(
                c.dep_ in ("dobj", "agent") for c in head.children) and first.i < head.i and head.i == first.i + 1):
            link = "was"
        elif np_names and not own_subject:
            primary = np_names[0]
    if not primary:
        if agent is not None:
            primary = actor_of(agent, index)
        elif subject is not None and subject.lower_ not in RELATIVE_PRONOUNS and \
                not (is_passive(head) and subject.dep_ == "nsubjpass"):
            primary = actor_of(subject, index)
    if subject is not None and (subject.lower_ in knowledge().person_pronouns or subject.lower_ == "it") \
            and primary and subject.dep_ == "nsubj":
        replace[subject.i] = primary  # "he actually reversed" -> "Joe Biden reversed"
    elif subject is not None and subject.lower_ in knowledge().person_pronouns and subject.dep_ == "nsubjpass" \
            and (person := actor_of(subject, index)):
        # "He was arrested in October 2020" -> "Daniel Marsh was arrested": who it happened to
        replace[subject.i] = person
        extra_actors.append(person)
    for i, m in _object_it(tokens, index, sent.start_char, parsed).items():
        replace[i] = "the " + m.name if not m.name.lower().startswith("the ") else m.name
        extra_actors.append(m.name)

    kind = event_kind(head, kind_nouns + [c for c in head.children if c.dep_ == "dobj"], lex)
    if kind == "statement" or any(c.lower_ == "according" for c in head.children):
        attributed = primary
    if not attributed and head.dep_ == "ccomp" and head.head.i != head.i \
            and lex.verb_kind.get(lemma(head.head).lower()) == "statement":
        # "Chris Carr said his office would appeal by Wednesday": the appeal is Carr's claim
        speaker = subject_of(head.head)
        if speaker is not None and speaker.lower_ not in RELATIVE_PRONOUNS:
            attributed = actor_of(speaker, index)
            if attributed:
                extra_actors.append(attributed)
    for c in head.children:  # "according to the ministry"
        if c.lower_ == "according":
            for x in c.subtree:
                if index.at(x):
                    attributed = index.at(x).name
                    break

    names = [index.at(x).name for x in tokens if index.at(x) and x.i not in date_tokens]
    actors = _unique(([primary] if primary else []) + extra_actors + names)
    body = render([x for x in tokens if x.i not in dropped], replace)
    shares_subject = False
    if not prefix_tokens and subject is not None and head.dep_ == "conj" and subject.i < head.left_edge.i \
            and not any(c.dep_ in SUBJECT_DEPS for c in head.children):
        # "The agency did not name him, but said Friday that ...": the subject the verbs share
        prefix_tokens = _noun_phrase(subject, head) if subject.pos_ != "PRON" else []
        if subject.pos_ == "PRON":
            # the pronoun's own person ("He was arrested ... and was charged by the SFO": Marsh, not the SFO)
            person = actor_of(subject, index)
            body = (person or subject.text) + " " + body
            actors = _unique(actors + ([person] if person else []))
            shares_subject = True  # "He was born in 1950 and died in 2020": "He died" says it all
    if prefix_tokens:
        body = render(prefix_tokens) + (f" {link} " if link else " ") + body
    summary = capitalise(shorten(_without_dateline(body)))
    non_finite = subject is None and head.tag_ in ("VB", "VBG") and head.dep_ in ("conj", "advcl", "pcomp", "xcomp")
    # "He died", "She married": a subject and its verb tell an event; "Were taken" does not
    shares_subject = shares_subject or (head.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i in in_clause for c in head.children))
    governor = head.head  # the verb the participle hangs from, up to one with a subject
    while subject_of(governor) is None and governor.dep_ in ("advcl", "xcomp", "conj") and governor.head.i != governor.i:
        governor = governor.head
    doer = subject_of(governor) if head.head.i != head.i else None
    if non_finite and head.dep_ == "advcl" and head.tag_ == "VBG" and len(summary.split()) >= 3 \
            and doer is not None and doer.pos_ in ("PROPN", "NOUN") and not prefix_tokens:
        # "Harbor City won on Saturday, booking a place in the final on May 24": the final is the
        # event of May 24, done by the main clause's subject; the main clause has its own date
        summary = capitalise(shorten(render(_noun_phrase(doer, governor)) + " " + body))
        if not primary:
            primary = actor_of(doer, index)
            actors = _unique([primary] + actors)
        non_finite = False
    if (len(summary.split()) <= 2 or non_finite) and head.head.i != head.i and not prefix_tokens and not shares_subject \
            and climbs < MAX_CLAUSE_CLIMBS and clause_head(head.head).i != head.i:
        # a bare participle ("the agreement, announced Friday, ..."): the clause around it says more
        return build_event(doc, t, span, index, other_dates, start=head.head, climbs=climbs + 1,
                           companions=companions, others=others)
    if len(summary.split()) <= 2 and not shares_subject:  # no clause to tell the event alone ("Were taken"): the sentence does
        summary = capitalise(shorten(_without_dateline(sent.text.strip())))
    actors = _order_by_text(actors, primary, doc, sent)
    return Event(t, sent.text.strip(), sent.start_char, summary, actors, primary, kind, attributed)


def _unique(names) -> list[str]:
    return [n for n in dict.fromkeys(names) if n]


def _order_by_text(actors: list[str], primary: str, doc: Document, sent) -> list[str]:
    """The primary actor first, then the others in the order the sentence names them."""
    first_seen = {}
    for m in doc.mentions:
        if sent.start_char <= m.start < sent.end_char:
            first_seen.setdefault(m.name, m.start)
    return sorted(actors, key=lambda a: (a != primary, first_seen.get(a, -1)))


_RESTATING_GAP = re.compile(r"\s*[,(]\s*(?:in|on|that is|i\.e\.)?\s*$", re.IGNORECASE)


def restated(text: str, dated: list[Timex]) -> dict[int, int]:
    """'A year later, in March 2025, ...', 'In 2005, on March 3': the second date says the first more
    precisely; the first is not an event of its own. Index of each such first date -> of the second."""
    out = {}
    for i in range(len(dated) - 1):
        a, b = dated[i], dated[i + 1]
        if not _RESTATING_GAP.fullmatch(text[a.end:b.start]):
            continue
        pa, pb = period(a.value, a.mod), period(b.value, b.mod)
        if pa and pb and pa.start <= pb.start and pb.end <= pa.end and (pa.start, pa.end) != (pb.start, pb.end) \
                or (pa and pb and (pa.start, pa.end) == (pb.start, pb.end) and a.value != b.value):
            out[i] = i + 1
    return out


def is_reference_point(span) -> bool:
    """'the highest turnout since 1992', 'more heat days than the 20th century': a date that a record
    or a comparison is measured from, not the date of an event."""
    node = span.root
    for _ in range(3):  # "than [the whole of [the 20th century]]": up through nested phrases
        if node.dep_ != "pobj":
            return False
        prep = node.head
        if prep.lower_ == "than":
            return True
        if prep.lower_ == "since":  # "the highest since 1992", "its first win since April 2023"
            return any(t.tag_ in ("JJS", "RBS") or t.lower_ in RECORD_ORDINALS for t in span.sent)
        node = prep.head
    return False


def find_events(doc: Document) -> list[Event]:
    """Fill doc.events: one event per calendar date (not in boilerplate) with the clause it dates."""
    if doc.language == "ru":
        from .russian import find_events as find_russian_events

        return find_russian_events(doc)
    parsed = parse(doc)
    mentions = [m for m in doc.mentions if not _inside(m.start, m.end, doc.skipped)]
    index = _Index(parsed, mentions)
    # "[Three days] later": the day the length points to dates the event
    dated = [t.point if t.point is not None else t for t in doc.timexes]
    dated = [t for t in dated if is_calendar_date(t) and not _inside(t.start, t.end, doc.skipped)
             and not is_comparison_baseline(doc.text, t, lexicon().comparison_before, lexicon().comparison_after)]
    spans = [(t, parsed.char_span(t.start, t.end, alignment_mode="expand")) for t in dated]
    spans = [(t, s) for t, s in spans if s is not None and len(s) and not is_reference_point(s)]
    all_dates = {x.i for _, s in spans for x in s}
    # "from 2014 to 2016": one event over the period, dated by its first end
    far_end = {i: j for i, j in find_ranges(doc.text, [t for t, _ in spans])}
    restating = restated(doc.text, [t for t, _ in spans])  # index of the vaguer date -> of the precise one
    skipped = set(far_end.values()) | set(restating)
    companions: dict[int, list] = {}
    for i, j in restating.items():
        companions.setdefault(j, []).append(spans[i][1])
    doc.events = []
    sentences = sentence_starts = None
    for i, (t, s) in enumerate(spans):
        if i in skipped:
            continue
        until = spans[far_end[i]] if i in far_end else None
        if until is None and is_heading(doc.text, t):
            # "10:32 GMT" heading a live blog's entry dates the entry's first sentence, unless that
            # sentence has a date of its own, which dates it
            if sentences is None:  # listed once: a live page may hold hundreds of headings
                sentences = [sent for sent in parsed.sents if sent.text.strip()]
                sentence_starts = [sent.start_char for sent in sentences]
            entry = _sentence_after(sentences, sentence_starts, doc.text.find("\n", t.end))
            if entry is not None and not any(entry.start_char <= d.start < entry.end_char for d, _ in spans):
                event = build_event(doc, t, s, index, all_dates, start=entry.root)
                doc.events.append(dataclasses.replace(event, sentence=entry.text.strip(),
                                                      sentence_start=entry.start_char))
            continue
        entry = list_entry(doc.text, t)
        if until is None and entry is not None:
            # "- 1946: Heathrow opens to civil flights": a list of key dates, each on its line
            words = parsed.char_span(entry[0], entry[1], alignment_mode="expand")
            if words is not None and len(words):
                event = build_event(doc, t, s, index, all_dates, start=words.root)
                doc.events.append(dataclasses.replace(event, sentence=doc.text[entry[0]:entry[1]].strip(),
                                                      sentence_start=entry[0]))
                continue
        row = table_row(doc.text, t)
        if until is None and row is not None:
            # "| UK, Germany, France | | October 16 |": a table's row tells what its date is the date of
            event = build_event(doc, t, s, index, all_dates)
            doc.events.append(dataclasses.replace(event, summary=row[2], sentence=doc.text[row[0]:row[1]].strip(),
                                                  sentence_start=row[0]))
            continue
        event = build_event(doc, t, s, index, all_dates,
                            companions=companions.get(i, []) + ([until[1]] if until else []),
                            others=[other for j, (_, other) in enumerate(spans)
                                    if j != i and j != far_end.get(i) and restating.get(j) != i])
        if until is not None:
            event.until = until[0]
        doc.events.append(event)
    lede = dateline_lede(doc, parsed, index, [t for t, _ in spans], all_dates)
    if lede is not None:
        doc.events.insert(0, lede)
    return doc.events


_LIST_ITEM_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[-–—•*·][ \t]*)?$")
_LIST_ITEM_AFTER = re.compile(r"[ \t]*(?::|[-–—][ \t])[ \t]*(?=\S)")


def list_entry(text: str, t: Timex) -> tuple[int, int] | None:
    """Where the entry of a key-dates list item lies ("- 1946: Heathrow opens", "15 January 2009 —
    the government approves"): a date that opens its line, then a colon or a dash, then the words."""
    if not _LIST_ITEM_BEFORE.search(text, max(0, t.start - 8), t.start):
        return None
    after = _LIST_ITEM_AFTER.match(text, t.end)
    if after is None:
        return None
    line_end = text.find("\n", after.end())
    return after.end(), (len(text) if line_end < 0 else line_end)


def table_row(text: str, t: Timex) -> tuple[int, int, str] | None:
    """The line of a table ("| China | TBA | early 2027 |") a date stands in, with its other cells
    as the summary; None when the date is not in a table's row."""
    line_start, line_end = line_around(text, t.start, t.end)
    line = text[line_start:line_end].strip()
    if not line.startswith("|") or line.count("|") < 3:
        return None
    date_cell = text[t.start:t.end]
    cells = [c.strip() for c in line.strip("|").split("|")]
    others = [c for c in cells if c and date_cell not in c and c.strip("-: ")]
    return (line_start, line_end, "; ".join(others)) if others else None


def on_a_skipped_line(doc: Document, t: Timex) -> bool:
    """The date stands on a line that is no content ("Last updated: 5 July 2024, 11:42 BST")."""
    line_start, line_end = line_around(doc.text, t.start, t.end)
    return any(s <= line_start and e >= line_end for s, e in doc.skipped)


def is_heading(text: str, t: Timex) -> bool:
    """A clock alone on its line, below which an entry follows ("07:15 GMT")."""
    return t.type == "TIME" and alone_on_its_line(text, t.start, t.end)


def _sentence_after(sentences: list, starts: list[int], pos: int):
    """The first sentence with words that starts at or after pos (None at the end of the text)."""
    if pos < 0:
        return None
    k = bisect.bisect_left(starts, pos)
    return sentences[k] if k < len(sentences) else None


def dateline_lede(doc: Document, parsed, index: _Index, dated: list[Timex], other_dates: set[int]) -> Event | None:
    """'WASHINGTON, Nov. 20, 2024 (Reuters) - The Senate passed the bill': a wire lede that writes no
    date of its own reports the news of its dateline's day, the story's main event."""
    t = header_date(doc.text, doc.timexes)
    if t is None or day_of(t.value) is None or on_a_skipped_line(doc, t):
        return None
    _, end = dateline_span(doc.text, t)
    first = parsed.char_span(end, min(end + 1, len(doc.text)), alignment_mode="expand")
    span = parsed.char_span(t.start, t.end, alignment_mode="expand")
    if first is None or not len(first) or span is None or not len(span) or first[0].is_space:
        return None
    sent = first[0].sent
    lede_start = max(end, sent.start_char)
    if "\n" in doc.text[t.end:lede_start]:
        return None  # a date line of its own ("Published 20 November 2024") may head a feature, not a lede
    if any(lede_start <= d.start < sent.end_char for d in dated if d is not t):
        return None  # "The Senate on Tuesday passed ...": the lede's own date dates it
    event = build_event(doc, t, span, index, other_dates, start=sent.root)
    body = doc.text[lede_start:sent.end_char].strip()
    return dataclasses.replace(event, sentence=body, sentence_start=lede_start)
