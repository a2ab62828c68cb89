"""Study sizes said as a range after "ranged from" ("Sample sizes ranged from 12 to 48 participants", "The number
of people in each study ranged from 35 to 716"): the scale reader takes "ranged from X to Y" for the ends of a
scale, but with people counted after it, or study sizes named before it, it is a range of study sizes, checked as
one (size_ranges.py: both ends the source's smallest and largest study, or unsupported).
"""

from __future__ import annotations

import re

from laylint.claims.count_words import PEOPLE_COUNTED, PEOPLE_PLURALS
from laylint.claims.figure import Figure

_SPAN = re.compile(r"^(?:between|from)?\s*(?P<lo>\d[\d,]*)\s*(?:to|and|-|\u2013|\u2014)\s*(?P<hi>\d[\d,]*)$", re.IGNORECASE)
_PEOPLE_AFTER = re.compile(rf"\s+(?:[A-Za-z-]+\s+)?(?P<noun>{PEOPLE_COUNTED})\b", re.IGNORECASE)
_SIZES_BEFORE = re.compile(rf"\b(?:(?:sample|study|trial|group)\s+sizes?|(?:number|numbers)\s+of\s+(?:{PEOPLE_PLURALS})"
                           r"\s+(?:in|per)\s+(?:each|every|a|the|individual)?\s*"
                           r"(?:study|studies|trial|trials))\b[^.;:!?]{0,40}$", re.IGNORECASE)


def size_spans(text: str, figures: list[Figure]) -> None:
    """A whole-number range read as a scale's ends that counts people or follows words of study sizes is a range of
    study sizes (a count of people with both ends)."""
    for figure in figures:
        if figure.unit != "label" or figure.decimals:
            continue
        span = _SPAN.match(figure.text.strip())
        if span is None:
            continue
        low, high = (float(span.group(key).replace(",", "")) for key in ("lo", "hi"))
        if low >= high:
            continue
        people = _PEOPLE_AFTER.match(text, figure.end)
        if people is None and not _SIZES_BEFORE.search(text, max(0, figure.start - 80), figure.start):
            continue
        figure.unit, figure.counted, figure.noun = "count", "people", people.group("noun") if people else "participants"
        figure.value, figure.span_low, figure.size = high, low, True
