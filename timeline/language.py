"""Which language an article is written in. The temporal tagger's rules and the parser that finds
actors and events are per language; English and Russian are known."""
from __future__ import annotations

import re

CYRILLIC = re.compile(r"[А-Яа-яЁё]")
LATIN = re.compile(r"[A-Za-z]")
LANGUAGES = ("en", "ru")
# Enough text to tell, cheap to count: a Russian article quoting English names is still Russian.
SAMPLE_CHARS = 20_000


def detect(text: str) -> str:
    """'ru' when most letters are Cyrillic, else 'en'."""
    sample = text[:SAMPLE_CHARS]
    return "ru" if len(CYRILLIC.findall(sample)) > len(LATIN.findall(sample)) else "en"
