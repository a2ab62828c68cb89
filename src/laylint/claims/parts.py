"""Counts that describe part of a review (round 19): "Two studies (122 participants) measured HbA1c",
"In seven studies with 2442 people, ...". A part is below the review's total and names no comparison;
it is checked against the source's counts for the sentence's outcome, and against the total (no part
is more than the whole), and is otherwise no claim the source can check. A count of people beside a
count of studies that is a part is of that part, even close below the total ("2442 of the 2488").
The count judge (count_verdict.py, count_parts.py) calls these; they read only the figure's sentence.
"""

from __future__ import annotations

import re

_WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                     "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split())}
_STUDY = r"(?:stud(?:y|ies)|trials?|c?RCTs?)"
_NUMBER = r"\b(?P<n>\d[\d,]*|" + "|".join(_WORDS) + r")"
# the count of studies a count of people belongs to, ending right before the people count:
# "two studies (122", "seven trials with 2442", "Four trials involving 520", "(3 studies, 410"
_STUDIES_BEFORE = re.compile(_NUMBER + r"\s+(?:[\w\u2010\u2011-]+\s+){0,2}?" + _STUDY +
                             r"\s*(?:\(\s*|,\s*|\s+(?:(?:that|which)\s+)?(?:with|involving|including|of|in|enrolled|recruited|included|involved)\s+"
                             r"(?:a\s+total\s+of\s+)?)\Z",
                             re.IGNORECASE)
# the review's own count: "in this review", "in total", "altogether", "overall"
_REVIEW_TOTAL = re.compile(r"\b(?:in\s+(?:this|the|our)\s+review|in\s+total|altogether|overall|all\s+(?:the\s+)?"
                           r"(?:included\s+)?" + _STUDY + r")\b", re.IGNORECASE)
# "In seven studies with 2442 people, ...", "In those three trials, ...": the studies a sentence opens on
_IN_STUDIES = re.compile(r"\A\s*In\s+(?:these\s+|those\s+|the\s+)?\Z", re.IGNORECASE)
_OPENS_CLAUSE = re.compile(r"(?:^|[.;:]\s+|\(\s*)\Z")


def _value(raw: str) -> float | None:
    raw = raw.replace(",", "").lower()
    return float(raw) if raw.isdigit() else _WORDS.get(raw)


def studies_with(sentence: str, at: int) -> tuple[float, int] | None:
    """The count of studies (value, start) that the count of people at `at` in `sentence` is of."""
    match = _STUDIES_BEFORE.search(sentence, max(0, at - 70), at)
    if match is None:
        return None
    value = _value(match.group("n"))
    return None if value is None else (value, match.start())


def said_as_total(segment: str, total_before: bool) -> bool:
    """Is the count presented as the review's own ("We found ...", "... in this review")?"""
    return total_before or bool(_REVIEW_TOTAL.search(segment))


def opens_on_studies(sentence: str, at: int) -> bool:
    """"In seven studies (...), ...": the count of studies the sentence opens on, a part."""
    return bool(_IN_STUDIES.match(sentence[:at])) and "," in sentence[at:at + 80]


def named_outcomes(sentence: str, outcomes: dict[str, list[str]]) -> set[str]:
    """The outcomes a sentence names (by name or alias), for a figure that has none of its own: "Three
    trials (410 children) measured malaria" (the bracket is the studies', the outcome the sentence's)."""
    return {name for name, aliases in outcomes.items() for word in (name, *aliases)
            if word and re.search(rf"\b{re.escape(word)}\b", sentence, re.IGNORECASE)}


# "(evidence from 3 studies with 461 participants)", "derived from 4 studies involving 721 people": a result's evidence
_EVIDENCE = re.compile(r"\b(?:evidence|derived|data|based|results?|comes?|came)\s+(?:from|on)\s+(?:only\s+)?\Z", re.IGNORECASE)


def evidence_before(sentence: str, start: int) -> bool:
    return bool(_EVIDENCE.search(sentence, max(0, start - 30), start))
