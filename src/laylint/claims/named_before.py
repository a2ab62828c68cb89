"""Counts whose noun comes before the number (round 34): "Total studies: 175; total participants: 2301", "Number of
trials: 12", "The included studies were 10 in total". A bare whole number after such a label, and ending its item,
counts what the label names. Passes over the figures `quantities.find` has read, in place.
"""

from __future__ import annotations

import re

from laylint.claims.figure import Figure

_STUDY_NOUNS = r"stud(?:y|ies)|trials?|c?RCTs?"
_PEOPLE_NOUNS = r"participants|patients|people|persons|women|men|children|adults|infants|babies"
# "Total studies:", "Number of included trials:", "Total number of participants:"
_LABEL = re.compile(rf"\b(?:total(?:\s+number\s+of)?|number\s+of)\s+(?:included\s+|randomi[sz]ed\s+)?"
                    rf"(?P<noun>{_STUDY_NOUNS}|{_PEOPLE_NOUNS})\s*:\s*\Z", re.IGNORECASE)
_ENDS_ITEM = re.compile(r"\s*(?:[;,.()\n]|\Z)")
# "The included studies were 10 in total", "the trials numbered 12 altogether"
_SAID_BEFORE = re.compile(rf"\b(?:the\s+)?(?:included\s+)?(?P<noun>{_STUDY_NOUNS}|{_PEOPLE_NOUNS})\s+"
                          r"(?:were|was|numbered|totall?ed)\s+\Z", re.IGNORECASE)
_IN_TOTAL = re.compile(r"\s+(?:in\s+total|altogether|in\s+all)\b", re.IGNORECASE)


def named_before(text: str, figures: list[Figure]) -> None:
    """Read a bare whole number whose noun is said just before it as a count of studies or people."""
    for figure in figures:
        if figure.unit != "number" or figure.form != "number" or figure.change or figure.decimals or figure.qualifier:
            continue
        before = text[max(0, figure.start - 60):figure.start]
        label = _LABEL.search(before)
        if label is not None and _ENDS_ITEM.match(text, figure.end):
            noun = label.group("noun")
        else:
            said = _SAID_BEFORE.search(before)
            if said is None or not _IN_TOTAL.match(text, figure.end):
                continue
            noun = said.group("noun")
        counted = "studies" if re.fullmatch(_STUDY_NOUNS, noun, re.IGNORECASE) else "people"
        figure.unit, figure.counted, figure.noun, figure.word = "count", counted, noun, False
