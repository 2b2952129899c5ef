"""Our temporal tagger: finds date and time expressions and normalizes them to TIMEX3.

    from timeline.temporal import tag
    tag("Ukraine ratified it in 2005.", dct=datetime.date(2024, 11, 20))

Knowledge lives in per-language data modules (timeline/temporal/lang/en.py, ru.py); the engine
(grammar, normalize, resolve, engine) is language-neutral.
"""
from .engine import tag
from .ranges import find_ranges

__all__ = ["tag", "find_ranges"]

from .engine import language as _language

_language("en")  # compile the English grammar at import, not on the first call
