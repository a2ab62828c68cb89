"""Absolute effects and their intervals in words (claims round 35, part M), as Cochrane's older summaries write
them: "16% absolute improvement (ranging from 2% less to 34% more improvement)", "6.8 points more (ranging from
0.7 points less to 14.3 points more)", "lower by 0.38 °C (with a likely range of 0.74 lower to 0.02 lower)".
A per cent called absolute is a difference in percentage points, not a share of people; a range of changes in
brackets after an estimate is its interval (one figure, -2 to 34), compared with the finding's CI, not two changes.
"""

from __future__ import annotations

import re

from laylint.claims.figure import Figure

# "16% absolute improvement", "a 4% absolute increase", "3% absolute risk reduction"
_ABSOLUTE_AFTER = re.compile(r"\s+absolute\s+(?:risk\s+)?(?P<way>improvement|benefit|difference|change|gain|"
                             r"increase|rise|reduction|decrease|fall|drop)\b", re.IGNORECASE)
_DOWN = ("reduction", "decrease", "fall", "drop")
_UP = ("increase", "rise")

_NUMBER = r"\d+(?:\.\d+)?"
_UNIT = r"(?:\s*%|\s*(?:percentage\s+)?points?|\s*°\s?C|\s*[a-zA-Z]{1,3}\b)?"
_WAY = r"(?:less|fewer|lower|more|higher|greater|better|worse|longer|shorter)"
# "(ranging from 2% less to 34% more improvement)", "(with a likely range of 0.74 lower to 0.02 lower)"
_WORDED_INTERVAL = re.compile(
    r"\(\s*(?:with\s+)?(?:an?\s+|the\s+)?(?:(?:likely|possible|probable)\s+)?(?:rang(?:e|es|ed|ing))\s+(?:of\s+|from\s+|between\s+)?"
    r"(?P<lo>" + _NUMBER + r")" + _UNIT + r"\s+(?P<lo_way>" + _WAY + r")(?:\s+[A-Za-z-]+){0,2}?\s+(?:to|and)\s+"
    r"(?P<hi>" + _NUMBER + r")" + _UNIT + r"\s+(?P<hi_way>" + _WAY + r")[^()]{0,40}\)", re.IGNORECASE)
_NEGATIVE = ("less", "fewer", "lower", "worse", "shorter")


def absolute_shares(text: str, figures: list[Figure]) -> None:
    """"16% absolute improvement": a difference of 16 percentage points, its direction from the word."""
    for figure in figures:
        if figure.unit not in ("percent", "relative") or figure.form not in ("percent", "relative"):
            continue
        match = _ABSOLUTE_AFTER.match(text, figure.end)
        if match is None:
            continue
        way = match.group("way").lower()
        figure.direction = "down" if way in _DOWN else "up" if way in _UP else ""
        figure.value = -abs(figure.value) if figure.direction == "down" else abs(figure.value)
        figure.unit, figure.form, figure.change = "difference", "difference", True


def worded_intervals(text: str, figures: list[Figure]) -> None:
    """A bracketed range of changes right after an estimate: one interval figure in the estimate's terms."""
    for match in _WORDED_INTERVAL.finditer(text):
        inside = [f for f in figures if match.start() < f.end and f.start < match.end() and f.unit != "merged"]
        if not inside:
            continue
        ends = []
        for name in ("lo", "hi"):
            value = float(match.group(name))
            ends.append(-value if match.group(f"{name}_way").lower() in _NEGATIVE else value)
        decimals = max(len(match.group(n).partition(".")[2]) for n in ("lo", "hi"))
        keep = inside[-1]
        for other in inside[:-1]:
            other.unit = "merged"
        keep.start, keep.end = match.start("lo"), match.end("hi_way")
        keep.unit, keep.form, keep.low, keep.high = "label", "ci", min(ends), max(ends)
        keep.value, keep.decimals, keep.qualifier, keep.direction = (keep.low + keep.high) / 2, decimals, "", ""
        keep.change, keep.counted, keep.denominator, keep.numerator = False, "", None, None
