"""Totals of people said as the whole review's (round 22): "The review included 14 trials with 5,000
people", "In total, 3,400 children took part", "across the 9 studies, about 2,000 women". LLM writers
invent such totals; a total said for the whole review that is neither the declared total nor any count
the source gives (count_verdict.py has tried those first) is a mismatch, however far from the total it is.
A part stays quiet: "Two trials with 210 people looked at ..." names no whole-review marker, and a
count of studies right before the people that is not the review's own makes them a part's people.
"""

from __future__ import annotations

import re

from laylint.claims import parts

# words that say the count is the review's own, before it in its sentence
_WHOLE = re.compile(r"\b(?:a\s+total\s+of|in\s+total|altogether|overall|in\s+all|"
                    r"(?:the|this|our)\s+review\s+(?:included|includes|found|identified|covered|involved|looked\s+at|"
                    r"brought\s+together|pooled|combined)|"
                    r"we\s+(?:included|found|identified)|(?:the|these)\s+(?:included\s+)?(?:stud(?:ies)|trials)\s+"
                    r"(?:included|involved|enrolled|recruited)|"
                    r"across\s+(?:all\s+)?(?:the\s+|these\s+)?(?P<n>\d[\d,]*|[a-z]+)\s+(?:[\w-]+\s+)?(?:stud(?:ies)|trials))\b",
                    re.IGNORECASE)
# a later count, a comparison or a subgroup between the marker and the figure: the figure is of that
_BREAK = re.compile(r"[;:]|\b(?:of\s+(?:whom|them|these)|compared|comparing|versus|vs\b|while|whereas|but)\b", re.IGNORECASE)


def said_as_whole(sentence: str, at: int, studies: int | None) -> bool:
    """Is the count of people at `at` in `sentence` said as the whole review's number of people?"""
    if at < 0:
        return False
    before = sentence[max(0, at - 160):at]
    marker = None
    for marker in _WHOLE.finditer(before):
        pass
    if marker is None or _BREAK.search(before, marker.end()):
        return False
    if marker.group("n") is not None:  # "across 9 studies": the review's when 9 is its number of studies
        value = parts._value(marker.group("n"))
        if value is None or studies is None or value != studies:
            return False
    found = parts.studies_with(sentence, at)  # "... included 14 trials with 5,000 people": 14 must be the whole
    if found is not None and (studies is None or found[0] != studies):
        return False
    return True
