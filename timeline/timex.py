"""A temporal expression found in text, in TimeML TIMEX3 terms."""
from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Timex:
    start: int  # character offset of the first character in the text
    end: int  # offset one past the last character
    text: str  # the expression as written
    type: str  # DATE, TIME, DURATION or SET
    value: str  # TIMEX3 value: "2023-11", "XXXX-11-19", "P2Y", "PRESENT_REF", ...
    mod: str = ""  # START, MID, END, APPROX, BEFORE, AFTER, ... or ""

    def to_dict(self) -> dict:
        return asdict(self)
