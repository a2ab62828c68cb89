"""Studies said with the review's people (round 38): "We found 50 studies that involved 28 participants" when the
review has 28 participants in 1 study, and the searches found 50. Studies that together hold all the review's people
are its studies, not what the searches found: such a count equal to the searches' count is a wrong pair, and one
above the declared `studies` a mismatch. (The declared people may be those of the pooled studies: "48 studies in the
meta-analyses" with them is a part the source gives, so any other count the source gives stays backed.)
"""

from __future__ import annotations

import re

from laylint.claims.count_words import PEOPLE_COUNTED

_PEOPLE = re.compile(r"\s*(?:[\w\u2011-]+\s+){0,2}?(?:stud(?:y|ies)|trials?|c?RCTs?)\s+(?:\([^()]*\)\s+)?"
                     r"(?:that\s+|which\s+)?(?:together\s+|in\s+total\s+)?(?:involved|involving|included|including|with|"
                     r"enrolled|enrolling|recruited|randomi[sz]ed|of)\s+(?:a\s+total\s+of\s+|about\s+|around\s+|"
                     r"approximately\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|some\s+){0,2}"
                     r"(\d{1,3}(?:[,\u202f\u00a0 ]\d{3})+|\d+)\s+(?:[\w\u2011-]+\s+){0,2}?"
                     rf"(?:{PEOPLE_COUNTED})\b",
                     re.IGNORECASE)


def people_after(sentence: str, end: int) -> float | None:
    """The number of people said right after a count of studies ("50 studies that involved 28 participants" -> 28)."""
    found = _PEOPLE.match(sentence, end)
    return float(re.sub(r"[,\u202f\u00a0 ]", "", found.group(1))) if found else None


def with_all_people(sentence: str, end: int, participants: float | None) -> bool:
    """Are the studies said with exactly the review's declared number of people?"""
    people = people_after(sentence, end)
    return people is not None and participants is not None and people == participants


_FOUND = re.compile(r"\b(?:identified|found|search\w*|screen\w*|retrieved|records?|citations?|references?|hits|"
                    r"potentially)\b", re.IGNORECASE)


def searches_found(finding) -> bool:
    """Is a count finding of what the searches found (not of studies in the review or a part of them)?"""
    return bool(_FOUND.search(finding.population or ""))
