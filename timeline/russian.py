"""Actors and events of Russian articles.

spaCy's English pipeline reads English texts; for Russian the same two steps use Natasha (Russian
news NER, morphology, lemmas and a dependency parser, with its models in one pip package). The
result is the same: ActorMentions with one name per actor (in the nominative: "Тимура Иванова" is
Тимур Иванов), and one Event per dated clause with its summary, actors, kind and attribution.
Names that English reports use too ("России" -> Russia) come from timeline/data/actors_ru.json,
so a Russian and an English article on one story share their actors.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from types import SimpleNamespace

from .dates import day_of
from .document import ActorMention, Document, Event
from .events import (_inside, capitalise, comparison_pattern, is_calendar_date, is_comparison_baseline, list_entry,
                     shorten)
from .publication import dateline_span, header_date
from .temporal import find_ranges
from .timex import Timex

# Dependents that are clauses of their own: they leave the summary of the clause above them.
OWN_CLAUSE_RELS = {"conj", "parataxis", "advcl", "acl:relcl", "ccomp", "csubj"}
SUBJECT_RELS = {"nsubj"}
# Nouns a date phrase is built on ("в 2016-2020 [годах]", "в [ночь] на 17 ноября"): they go with the date.
TIME_NOUNS = {"год", "ночь", "утро", "вечер", "день", "неделя", "месяц", "сутки", "квартал", "полугодие", "век",
              "десятилетие", "гг", "г"}
# Words that only join a clause to the one before: a summary does not start with them.
JOINING_RELS = {"cc", "mark"}
RELATIVE_WORDS = {"который", "которая", "которое", "которые"}
# "еще в марте 2022 года": words that only lean on the date go with it
DATE_ADVERBS = {"еще", "ещё", "уже", "лишь", "только", "вплоть"}
PERSON_PRONOUNS = {"он": "Masc", "она": "Fem"}


@lru_cache(maxsize=1)
def models() -> SimpleNamespace:
    """Natasha's models, loaded once per process (about 0.7 s)."""
    from natasha import (Doc, MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser,
                         Segmenter)

    embedding = NewsEmbedding()
    return SimpleNamespace(Doc=Doc, segmenter=Segmenter(), morph=NewsMorphTagger(embedding),
                           syntax=NewsSyntaxParser(embedding), ner=NewsNERTagger(embedding), vocab=MorphVocab())


@lru_cache(maxsize=1)
def _data() -> SimpleNamespace:
    def read(name):
        return json.loads(resources.files("timeline").joinpath("data", name).read_text("utf-8"))

    actors, kinds = read("actors_ru.json"), read("events_kinds_ru.json")
    verb_kind = {}
    for kind in kinds["order"]:
        for verb in kinds["verbs"][kind]:
            verb_kind.setdefault(verb, kind)
    return SimpleNamespace(names={k.casefold(): v for k, v in actors["names"].items()},
                           countries=set(actors["countries"]), verb_kind=verb_kind,
                           reporting=set(kinds["reporting"]), according_to=set(kinds["according_to"]),
                           comparison_before=comparison_pattern(kinds["comparison_before"]),
                           comparison_after=comparison_pattern(kinds["comparison_after"]))


def is_natasha(parsed) -> bool:
    return type(parsed).__module__.startswith("natasha")


def parse(doc: Document):
    """Natasha's parse of the whole text: sentences, tokens with lemmas and syntax, named spans."""
    if doc.parsed is not None and is_natasha(doc.parsed) and doc.parsed.text == doc.text:
        return doc.parsed
    m = models()
    parsed = m.Doc(doc.text)
    parsed.segment(m.segmenter)
    parsed.tag_morph(m.morph)
    parsed.parse_syntax(m.syntax)
    parsed.tag_ner(m.ner)
    for token in parsed.tokens:
        token.lemmatize(m.vocab)
    for span in parsed.spans:
        span.normalize(m.vocab)
    doc.parsed = parsed
    return parsed


# ---------------------------------------------------------------- actors

KINDS = {"PER": "person", "ORG": "organisation", "LOC": "place"}


def find_actors(doc: Document) -> list[ActorMention]:
    """Every person, organisation and country named, under one name per actor: a lone surname is
    the person the article names in full ("Иванов" -> Тимур Иванов)."""
    parsed = parse(doc)
    data = _data()
    mentions = []
    for span in parsed.spans:
        if _inside(span.start, span.stop, doc.skipped) or any(
                t.start < span.stop and span.start < t.end for t in doc.timexes):
            continue  # a dateline's place and agency, or a name the model found in a date
        normal = (span.normal or span.text).strip()
        known = data.names.get(normal.casefold()) or data.names.get(span.text.casefold())
        name = known or normal
        kind = KINDS.get(span.type, "place")
        if kind == "place" and name in data.countries:
            kind = "country"
        elif kind == "place" and known:  # "Евросоюз", "Кремль": the model's places that act
            kind = "organisation"
        mentions.append(ActorMention(span.start, span.stop, span.text, name, kind))
    full = [m for m in mentions if m.kind == "person" and len(m.name.split()) > 1]
    for m in mentions:
        if m.kind == "person" and len(m.name.split()) == 1:
            same = [f for f in full if f.name.split()[-1] == m.name]
            before = [f for f in same if f.start < m.start]
            if same:
                m.name = (before[-1] if before else same[0]).name
    doc.mentions = mentions
    return mentions


# ---------------------------------------------------------------- events

@dataclass
class _Sentence:
    start: int
    stop: int
    text: str
    tokens: list
    by_id: dict
    children: dict
    heads: dict  # token id -> its head's id, with the parser's cycles cut


def _sentences(parsed) -> list[_Sentence]:
    out = []
    for sent in parsed.sents:
        heads = acyclic_heads({t.id: t.head_id for t in sent.tokens})
        children: dict[str, list] = {}
        for t in sent.tokens:
            children.setdefault(heads[t.id], []).append(t)
        out.append(_Sentence(sent.start, sent.stop, sent.text, sent.tokens, {t.id: t for t in sent.tokens},
                             children, heads))
    return out


def line_sentence(sentences: list[_Sentence], start: int, end: int, text: str) -> _Sentence:
    """The tokens of one line as a sentence of their own, heads outside it cut."""
    tokens = [x for s in sentences if s.start < end and start < s.stop for x in s.tokens
              if start <= x.start and x.stop <= end]
    ids = {x.id for x in tokens}
    heads = {x.id: (h if h in ids else None)
             for s in sentences if s.start < end and start < s.stop for x, h in ((x, s.heads[x.id]) for x in s.tokens)
             if x.id in ids}
    children: dict = {}
    for x in tokens:
        children.setdefault(heads[x.id], []).append(x)
    return _Sentence(start, end, text[start:end], tokens, {x.id: x for x in tokens}, children, heads)


def acyclic_heads(heads: dict) -> dict:
    """The parser now and then makes a token its own ancestor; walking up from it never ended
    (an article hung). The token that closes such a cycle becomes a root."""
    heads = dict(heads)
    for start in heads:
        seen, node = set(), start
        while node in heads and node not in seen:
            seen.add(node)
            last, node = node, heads[node]
        if node in seen:
            heads[last] = None
    return heads


def _subtree(sent: _Sentence, token, stop_rels=frozenset()) -> list:
    """The token and what depends on it, leaving out dependents joined by stop_rels (a "conj" only
    when it is a clause: "Путин и Эрдоган договорились" keeps both)."""
    out, todo = [], [token]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in sent.children.get(t.id, [])
                    if c.rel not in stop_rels or (c.rel == "conj" and c.pos not in ("VERB", "AUX")))
    return out


def _head(sent: _Sentence, token):
    return sent.by_id.get(sent.heads.get(token.id))


def _clause_verb(sent: _Sentence, token):
    """The verb (or the root) of the clause a date modifies; an infinitive's governor ("решил
    выделить в 2024 году"), whose subject it shares."""
    node = _head(sent, token) or token
    while node.pos not in ("VERB", "AUX") and _head(sent, node) is not None and node.rel not in OWN_CLAUSE_RELS:
        node = _head(sent, node)
    while node.feats.get("VerbForm") == "Inf" and node.rel in ("xcomp", "csubj") and _head(sent, node) is not None:
        node = _head(sent, node)
    return node


def _date_words(sent: _Sentence, tokens: list) -> set[str]:
    """The date's tokens with the time noun it is built on and the prepositions that introduce it."""
    ids = {x.id for x in tokens}
    nouns = set()
    for _ in range(2):
        for x in list(sent.tokens):
            head = _head(sent, x)
            if x.id in ids and head is not None and head.id not in ids and _lemma(head) in TIME_NOUNS:
                ids.add(head.id)
                nouns.add(head.id)
    for x in sent.tokens:
        head = _head(sent, x)
        if head is not None and head.id in ids and (x.rel in ("case", "det") or (head.id in nouns and x.rel in ("amod", "nummod"))
                                                     or (x.rel == "advmod" and _lemma(x) in DATE_ADVERBS)):
            ids.add(x.id)
    # the commas around the date go with it: "Тогда, 10 октября, Россия атаковала"
    order = [x.id for x in sent.tokens]
    for i, x in enumerate(sent.tokens):
        if x.pos == "PUNCT" and x.text == "," and ((i > 0 and order[i - 1] in ids) or (i + 1 < len(order) and order[i + 1] in ids)):
            ids.add(x.id)
    return ids


def _noun_phrase(sent: _Sentence, noun, clause) -> list:
    """'новые правила экспорта зерна' for the clause 'которые вступят в силу' that hangs from it."""
    return [x for x in _subtree(sent, noun, OWN_CLAUSE_RELS | {"acl"}) if x.rel != "punct" or sent.heads.get(x.id) != noun.id] \
        if noun is not None else []


def _render(text: str, tokens: list) -> str:
    """The tokens in text order, spaced as written, one space where tokens were left out."""
    tokens = sorted(tokens, key=lambda t: t.start)
    pieces, prev = [], None
    for t in tokens:
        if prev is not None and t.start > prev.stop:  # a space, or words left out, between them
            pieces.append(" ")
        pieces.append(t.text)
        prev = t
    out = re.sub(r"\s+([,.;:!?)»])", r"\1", "".join(pieces))
    out = re.sub(r"([(«])\s+", r"\1", out)
    return out.strip(" ,;:-–—")


def _shorten(text: str) -> str:
    """The English summaries' shortening, after dropping a quotation mark the clause cut off."""
    if text.count('"') % 2:  # a quotation cut by the clause: no quotation marks rather than one
        text = text.replace('"', "")
    return capitalise(shorten(" ".join(text.split())))


class _Actors:
    def __init__(self, mentions: list[ActorMention]):
        self.mentions = [m for m in mentions if m.kind != "place"]

    def at(self, token) -> ActorMention | None:
        return next((m for m in self.mentions if m.start <= token.start < m.end), None)

    def of(self, sent: _Sentence, token) -> str:
        """The actor a subject names: itself, the owner in 'Правительство России', or who 'он' is."""
        m = self.at(token)
        if m:
            return m.name
        gender = PERSON_PRONOUNS.get(token.text.lower())
        if gender:
            people = [p for p in self.mentions if p.kind == "person" and p.start < token.start]
            return people[-1].name if people else ""
        # "Президент России Владимир Путин": the person named beside the title, else the owner ("России")
        children = sent.children.get(token.id, [])
        for rels in (("appos", "flat:name", "flat"), ("nmod", "amod")):
            for child in children:
                m = self.at(child) if child.rel in rels else None
                if m:
                    return m.name
        return ""


def _lemma(token) -> str:
    return (token.lemma or token.text).lower()


def build_event(doc: Document, t: Timex, sent: _Sentence, actors: _Actors, other_dates: list[Timex],
                until: Timex | None = None, start=None) -> Event:
    """The event `t` dates in `sent`; `start`: a token to climb from when the date is not in the
    sentence (a wire lede dated by its dateline)."""
    data = _data()
    ends = [t] + ([until] if until else [])
    date_tokens = [x for x in sent.tokens if any(e.start < x.stop and x.start < e.end for e in ends)]
    ids = _date_words(sent, date_tokens)
    root = start or next((x for x in sent.tokens if x.id in ids and sent.heads.get(x.id) not in ids
                          and x.pos != "PUNCT" and x.rel not in ("case", "det")), date_tokens[0])
    verb = _clause_verb(sent, root)
    # what is said stays with the verb of saying ("заявил, что ..."), as in English
    stop = {"conj", "parataxis"} if _lemma(verb) in data.reporting else OWN_CLAUSE_RELS
    clause = _subtree(sent, verb, stop)
    if verb.id in ids:  # a date with no verb above it: the sentence tells the event
        clause = list(sent.tokens)
    dropped = set(ids)
    for other in other_dates:  # another date adverbial of the same clause goes with its words
        inside = [x for x in clause if other.start <= x.start < other.end]
        dropped |= _date_words(sent, inside) if inside else set()
    dropped |= {x.id for x in clause if _inside(x.start, x.stop, doc.skipped)}
    dropped |= {c.id for c in sent.children.get(verb.id, []) if c.rel in JOINING_RELS}
    tokens = [x for x in clause if x.id not in dropped]
    head = _head(sent, verb)
    if (verb.rel in ("acl:relcl", "acl") or verb.feats.get("VerbForm") == "Part" and verb.rel == "amod") \
            and head is not None:
        # "правила, которые вступят в силу 1 января" -> "правила вступят в силу"; "засуха, поразившая
        # юг летом 2024 года" -> "засуха поразившая юг"
        which = next((x for x in tokens if _lemma(x) in RELATIVE_WORDS), None)
        if which is not None:
            # the parser may hang the clause on the nearest noun ("правила вывоза леса, которые"):
            # the noun "которые" stands for agrees with it in number
            while head.feats.get("Number") != which.feats.get("Number") and head.rel == "nmod" \
                    and _head(sent, head) is not None:
                head = _head(sent, head)
        tokens = [x for x in tokens if _lemma(x) not in RELATIVE_WORDS and not (x.pos == "PUNCT" and x.start < verb.start)]
        tokens = _noun_phrase(sent, head, verb) + tokens
    subject = next((c for c in sent.children.get(verb.id, []) if c.rel in SUBJECT_RELS), None)
    primary = actors.of(sent, subject) if subject is not None else ""
    if subject is not None:  # "Путин и Эрдоган договорились": both did
        names_of_subject = [actors.of(sent, c) for c in sent.children.get(subject.id, []) if c.rel == "conj"]
    else:
        names_of_subject = []
    kind = data.verb_kind.get(_lemma(verb), "other")
    attributed = primary if kind == "statement" else ""
    if not attributed and verb.rel == "ccomp" and head is not None and _lemma(head) in data.reporting:
        # "Патрушев заявил, что решение приняли в среду": the decision is Патрушев's claim
        speaker = next((c for c in sent.children.get(head.id, []) if c.rel in SUBJECT_RELS), None)
        attributed = actors.of(sent, speaker) if speaker is not None else ""
    for c in sent.children.get(verb.id, []):
        # "как заявил X", "по данным Росстата": who claims it
        if c.rel in ("parataxis", "advcl") and _lemma(c) in data.reporting:
            speaker = next((x for x in sent.children.get(c.id, []) if x.rel in SUBJECT_RELS), None)
            attributed = attributed or (actors.of(sent, speaker) if speaker is not None else "")
        if c.rel in ("obl", "parataxis") and _lemma(c) in {"данные", "слово", "сообщение", "информация", "оценка", "мнение", "версия"} \
                and any(x.text.lower() in ("по", "согласно") for x in sent.children.get(c.id, [])):
            owner = next((actors.at(x) for x in _subtree(sent, c) if actors.at(x)), None)
            attributed = attributed or (owner.name if owner else "")
    names = [m.name for m in actors.mentions if any(m.start <= x.start < m.end for x in tokens)]
    everyone = list(dict.fromkeys([a for a in [primary, attributed] + names_of_subject if a] + names))
    summary = _shorten(_render(doc.text, tokens))
    if len(summary.split()) <= 1:
        summary = _shorten(_render(doc.text, [x for x in sent.tokens if not _inside(x.start, x.stop, doc.skipped)]))
    sentence = doc.text[sent.start:sent.stop].strip()
    return Event(t, sentence, sent.start, summary, everyone, primary, kind, attributed)


def find_events(doc: Document) -> list[Event]:
    """One event per calendar date (a period is one event over both ends), as for English."""
    parsed = parse(doc)
    sentences = _sentences(parsed)
    actors = _Actors(doc.mentions)
    dated = [x.point if x.point is not None else x for x in doc.timexes]
    dated = [x for x in dated if is_calendar_date(x) and not _inside(x.start, x.end, doc.skipped)]
    far_end = dict(find_ranges(doc.text, dated, lang="ru"))
    # "против 412 млрд рублей в июле—сентябре 2024 года": the period compared with, both its ends
    baselines = {i for i, x in enumerate(dated) if is_comparison_baseline(doc.text, x, _data().comparison_before, _data().comparison_after)}
    baselines |= {far_end[i] for i in baselines if i in far_end}
    doc.events = []
    for i, t in enumerate(dated):
        if i in far_end.values() or i in baselines:
            continue
        sent = next((s for s in sentences if s.start <= t.start < s.stop), None)
        if sent is None or not any(t.start < x.stop and x.start < t.end for x in sent.tokens):
            continue
        entry = list_entry(doc.text, t) if i not in far_end else None
        if entry is not None:
            # "28 мая — «Динамо» направляет предложение;": a chronology's line is its own event (the
            # parser runs such lines together into one sentence)
            sent = line_sentence(sentences, doc.text.rfind("\n", 0, t.start) + 1, entry[1], doc.text)
        until = dated[far_end[i]] if i in far_end else None
        others = [o for j, o in enumerate(dated) if j != i and o is not until]
        event = build_event(doc, t, sent, actors, others, until)
        event.until = until
        doc.events.append(event)
    lede = dateline_lede(doc, sentences, actors, dated)
    if lede is not None:
        doc.events.insert(0, lede)
    return doc.events


def dateline_lede(doc: Document, sentences: list[_Sentence], actors: _Actors, dated: list[Timex]) -> Event | None:
    """'МОСКВА, 15 марта 2024 года. /ТАСС/. Правительство России утвердило новые правила': an agency
    lede that writes no date of its own is the news of its dateline's day, as in English."""
    t = header_date(doc.text, doc.timexes)
    if t is None or day_of(t.value) is None:
        return None
    _, end = dateline_span(doc.text, t)
    lede = next((s for s in sentences if s.start >= end and any(x.pos in ("VERB", "AUX") for x in s.tokens)), None)
    if lede is None or "\n\n" in doc.text[end:lede.start] or any(lede.start <= d.start < lede.stop for d in dated):
        return None
    root = next((x for x in lede.tokens if lede.heads.get(x.id) not in lede.by_id), None)
    if root is None:
        return None
    return build_event(doc, t, lede, actors, [], start=root)
