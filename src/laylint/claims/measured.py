"""Differences said in a measured unit (claims round 31, part M), as read from the prose.

A mean difference, a loss or a gain written in a unit ("MD = 1.2 kg", "mean difference -3.68 days", "children lost
about 1.4 kg/m2", "gained about 2 kg") is a difference, not a dose or a duration, unless it describes who took part
("people who had gained more than 5 kg"). A duration "at 3 months or more after surgery" is a time point; "6 points
on the NIPS" is a score (a difference or one group's), never a count of studies.
"""

from __future__ import annotations

import re


# "MD = 1.2 kg", "(mean difference -3.68 days", "lost about 4.5 kg", "gained 2 kg", "a gain of 3 kg"
_CHANGE_BEFORE = re.compile(
    r"(?:\b(?:MD|mean\s+difference|difference)\s*(?:of\s+|was\s+|is\s+|were\s+|:\s*|=\s*)?"
    r"|\b(?:lost|gained|gains?\s+(?:of|was|is)|loss\s+(?:of|was|is))\s+)"
    r"(?:(?:about|around|roughly|approximately|nearly|almost|only|just|less\s+than|more\s+than|over|under)\s+)?\Z",
    re.IGNORECASE)
# "people who had gained more than 5 kg", "children that lost at least 3 kg": who took part, not a result
_WHO_BEFORE = re.compile(r"\b(?:who|that|whose|which)\s+(?:(?:had|have|has|already|previously|recently)\s+){0,2}\Z",
                         re.IGNORECASE)
# "lost about 1.4 kg/m2 in BMI and 2.6 kg in weight": the next amount of the same loss
_LISTED = re.compile(r"\b(?:lost|gained|MD|mean\s+difference)\s+(?:(?:about|around|roughly|approximately|nearly)\s+)?"
                     r"[-\u2212]?\d[\d.]*\s*[^\W\d_]+(?:/[^\W\d_]+)?[\u00b2\u00b3]?(?:\s+[\w-]+){0,4}?\s*(?:,|\band)\s+"
                     r"(?:(?:about|around|roughly|approximately|nearly)\s+)?\Z", re.IGNORECASE)
_POINTS_AFTER = re.compile(r"\A\s*(?:scale\s+)?points?\b", re.IGNORECASE)


def said_as_change(before: str) -> bool:
    """Does the text before a measured figure make it a difference ("MD = ", "lost about ")? Not when it says who
    took part ("people who had gained more than")."""
    match = _CHANGE_BEFORE.search(before) or _LISTED.search(before)
    return match is not None and not _WHO_BEFORE.search(before, 0, match.start())


# "3 months or more after surgery", "by 3 months or later", "2 days after birth": when, not how much longer
_TIME_POINT_AFTER = re.compile(r"\A\s*[A-Za-z-]+\s+(?:or\s+(?:more|later|longer|after|over)\b|after\b|post[\w-]*|of\s+follow)",
                               re.IGNORECASE)


def time_point_after(after: str) -> bool:
    """Is the duration a time point ("at 3 months or more after surgery")?"""
    return bool(_TIME_POINT_AFTER.match(after))


def points_after(after: str) -> bool:
    """"6 points on the NIPS": a score, which no count of studies can back."""
    return bool(_POINTS_AFTER.match(after))


# Durations said as a difference by the words around them (claims round 32, part M; judged in time_differences.py)
_QUALIFIER = r"(?:(?:only|just|roughly|about|around|approximately|nearly|almost|some|an\s+average\s+of|on\s+average)\s+){0,2}"
# "adds about 2 minutes", "shaved 3 days off", "saves 1 day", "cutting ... by" is read by the verbs before "by"
_VERB_BEFORE = re.compile(rf"\b(?:adds?|added|adding|shaves?|shaved|shaving|saves?|saved|saving)\s+{_QUALIFIER}\Z",
                          re.IGNORECASE)
# "longer than people who have RIRS, by about": a comparative earlier in the clause, then ", by"
_COMPARATIVE_BY = re.compile(rf"\b(?:longer|shorter|sooner|earlier|faster|quicker|slower)\b[^.;:()\d]{{0,70}}?,?\s+by\s+"
                             rf"{_QUALIFIER}\Z", re.IGNORECASE)
_AMOUNT_AFTER = re.compile(r"\A[\s-]*[A-Za-z]+\s+of\b", re.IGNORECASE)  # "adds 6 months of tamoxifen": how much treatment


def time_change_before(before: str, after: str) -> bool:
    """Do the words around a duration make it a difference ("adds about", "longer ..., by about")?"""
    if _VERB_BEFORE.search(before):
        return not _AMOUNT_AFTER.match(after)
    return bool(_COMPARATIVE_BY.search(before))
