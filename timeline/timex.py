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
    # for a length that places an event ("[three days] later"): the day it points to, as TimeML's
    # implicit anchored TIMEX3, spanning the whole phrase; None otherwise
    point: Timex | None = None
    # TimeML's attributes of a SET: quant ("EVERY", "EACH") and freq ("2W": every other week)
    quant: str = ""
    freq: str = ""

    def to_dict(self) -> dict:
        return asdict(self)
