"""No part is more than the whole (round 24): a count of the review's studies or people, of all of them or of
some ("Two long-term studies", "RCTs reporting miscarriage", "one study of 500 adults"), cannot be more than
the declared `studies` or `participants`. Counts of studies that are not among the included ones can:
excluded, screened, ongoing, planned or awaiting classification, what a search found, other reviews. Those
are checked only against the source's own counts of them, when it gives any.
"""

from __future__ import annotations

import re
from dataclasses import replace

from laylint.claims import parts

# words next to the count that say its studies are not (yet) among the review's included ones
_STATES = (r"exclud\w*|screen\w*|ongoing|on-going|await\w*|pending|under\s?way|in\s+progress|still\s+running|"
           r"not\s+yet\s+(?:finished|completed|published|reported|included|assessed)|planned|registered|"
           r"waiting\s+to\s+be\s+(?:assessed|classified|included)|potentially\s+(?:eligible|relevant)|"
           r"other\s+(?:systematic\s+)?reviews?|previous\s+(?:systematic\s+)?reviews?|next\s+update")
_BEFORE = re.compile(rf"\b(?:{_STATES})\s+(?:[\w-]+\s+){{0,2}}\Z", re.IGNORECASE)
# "the search found more than 100 studies": a search's yield, said loosely ("Our search found 8 studies" is the review's)
_SEARCH_BEFORE = re.compile(r"\bsearch(?:es)?\s+(?:found|identified|returned|retrieved|yielded)\s+\Z", re.IGNORECASE)
# ("people having planned surgery": after the count, "planned" says nothing of studies)
_AFTER = re.compile(rf"\A\s*(?:[\w-]+\s+){{0,6}}?(?:(?!planned\b)(?:{_STATES})|(?:found|identified|retrieved)\s+by\s+(?:the\s+|our\s+)?"
                    rf"(?:electronic\s+)?search(?:es)?)\b", re.IGNORECASE)
_STEM = re.compile(rf"\b(?:{_STATES})", re.IGNORECASE)


def not_included(before: str, after: str, loose: bool) -> str:
    """The words right around a count that say its studies are not among the review's included ones
    ("four ongoing studies", "40 studies were excluded", "the search found more than 100"), or ""."""
    around = _BEFORE.search(before[-60:]) or _AFTER.match(after[:80]) or (loose and _SEARCH_BEFORE.search(before[-40:]))
    return around.group(0) if around else ""


def declared_like(words: str, counts) -> list:
    """The source's counts of studies not included that the same words name ("ongoing" for "4 ongoing studies")."""
    said = {m.group(0).lower()[:5] for m in _STEM.finditer(words)}
    named = [f for f in counts if _STEM.search(f.population or "")]
    same = [f for f in named if {m.group(0).lower()[:5] for m in _STEM.finditer(f.population or "")} & said]
    return same or named


def loose_total(stated, total, counts) -> bool:
    """"more than 12,000 children" for a review of 219,584: a total said as a lower bound is read like "about",
    at its own rounding ("more than 12,000" for 12,000 to 12,999; "over 1.5 million" for up to 1.6 million),
    so a bound far below the declared total misstates it. False when another count of the source fits it."""
    if stated.qualifier != "more-than" or stated.value <= 0 or stated.value != int(stated.value):
        return False
    ceiling = bound_ceiling(stated.value)
    return total.value.value >= ceiling and not any(stated.value < f.value.value < ceiling for f in counts)


def bound_ceiling(value: float) -> float:
    """How far "more than <value>" reaches at its own rounding: "more than 12,000" is 12,000 to 12,999 (at
    least 10% above it: "over 1.5 million" is up to 1.6 million)."""
    whole, zeros = int(value), 0
    while whole and whole % 10 == 0:
        whole //= 10
        zeros += 1
    return max(value + 10 ** zeros, value * 1.1)


# "22 studies that together included", "in total", "altogether": the people of all the studies, said as a whole
_TOGETHER = re.compile(r"\b(?:together|in\s+total|altogether|overall|in\s+all|combined|a\s+total\s+of)\b", re.IGNORECASE)


def said_together(sentence: str, at: int, studies: int | None) -> bool:
    """Is the count at `at` said as all the studies' own: a whole-review word in the 60 characters before it, or
    right after the review's own number of studies ("We found 96 studies with more than 12,000 children")? Not
    a threshold ("Nineteen studies included more than 100 participants", "trials with more than 1000 women")."""
    if at < 0:
        return False
    if _TOGETHER.search(sentence, max(0, at - 60), at):
        return True
    found = parts.studies_with(sentence, at)
    return found is not None and studies is not None and found[0] == studies


def over_total(total):
    """The declared total, described as a bound ("12 studies in the review, and no count of them can be more")."""
    return replace(total, population=f"{total.population}, and no count of them can be more")
