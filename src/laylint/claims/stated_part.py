"""The whole of a part the sentence states (round 38): "Two out of three trials reported no adverse effects" when
the source gives "2 trials reported no adverse effects". The source backs the part; the whole ("three") is the
writer's, and a part's count below it is no mismatch. A whole larger than the review's total stays checked.
"""

from __future__ import annotations

import re

from laylint.claims.quantities import Figure
from laylint.metadata import Finding

_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
          "eleven": 11, "twelve": 12}
# "two out of", "2 of the", "Three of these": the part, just before the whole
_PART = re.compile(r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:out\s+)?of\s+"
                   r"(?:the\s+|these\s+|those\s+)?\Z", re.IGNORECASE)


def part_before(before: str) -> float | None:
    """The part stated just before a whole ("two out of" -> 2); None when there is none."""
    found = _PART.search(before)
    if found is None:
        return None
    word = found.group(1).lower()
    return float(word) if word.isdigit() else float(_WORDS[word])


def backed_part(stated: Figure, before: str, counts: list[Finding], total: Finding | None) -> Finding | None:
    """The source's count equal to the part before this whole, when the whole is below the total; None otherwise."""
    part = part_before(before)
    if part is None or part >= stated.value or (total is not None and stated.value > total.value.value):
        return None
    found = next((f for f in counts if f.measure == "count" and f.value.value == part), None)
    if found is None or any(f.measure == "count" and (f.drug, f.outcome) == (found.drug, found.outcome)
                            and f.value.value > part for f in counts):
        return None  # the source gives a whole of that part too ("3 trials reporting on harms"): the count is checked
    return found
