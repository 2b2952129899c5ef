"""The document object every pipeline step reads and adds to (as in spaCy).

Offsets everywhere are character offsets into ``Document.text``, the source text
as the user gave it, so a date or an actor can always be shown where it was written.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from .timex import Timex


@dataclass
class ActorMention:
    start: int
    end: int
    text: str  # as written: "US President Joe Biden"
    name: str  # canonical within the document: "Joe Biden"
    kind: str  # person, organisation, country, group, treaty
    role: str = ""  # a title kept apart from the name: "US President"


@dataclass
class Event:
    timex: Timex  # the date expression that dates the event
    sentence: str
    sentence_start: int
    summary: str
    actors: list[str] = field(default_factory=list)  # canonical names
    primary_actor: str = ""  # who did it or said it
    kind: str = "other"  # statement, decision, attack, agreement, aid, legal, election, other
    attributed_to: str = ""  # who claims it, for reported claims
    until: Timex | None = None  # the far end when the date is a period: "from 2014 [to 2016]"


@dataclass
class Document:
    text: str
    source: str = "pasted text"
    published: dt.date | None = None
    publication_basis: str = ""  # given, found, inferred, or "" when none could be had
    skipped: list[tuple[int, int]] = field(default_factory=list)  # boilerplate spans: no events
    timexes: list[Timex] = field(default_factory=list)
    mentions: list[ActorMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # shown to the user
    parsed: Any = None  # the spaCy Doc (Natasha's for Russian), kept so later steps need not parse again
    language: str = "en"  # "en" or "ru": which rules and parser read the text
