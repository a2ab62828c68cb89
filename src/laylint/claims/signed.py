"""Relative changes written as a signed share in brackets straight after an outcome.

"reduced admissions (-71%)" and "success at the first attempt (+57%)" say "by 71% less" and "by 57% more":
a relative change, not a risk of -71% or 57%. An unsigned share in brackets later in the same list ("...,
bruising (-73%) and arterial puncture (72%)") is one more change of that list, in its neighbour's direction.
A share in brackets after a number ("12% (-3%)") or with more in its brackets ("(-5%, 95% CI ...)") is left as read.
"""

from __future__ import annotations

import re

from laylint.claims.figure import CLAIM_UNITS, SENTENCE_END, Figure

_OPENED = re.compile(r"[A-Za-z]\s*\(\s*(?P<sign>[+-]?)\s*$")  # an outcome's last word, then "(" and the sign
_CLOSED = re.compile(r"\s*\)")


def _opening_sign(text: str, figure: Figure) -> str | None:
    """"-" or "+" for "(-71%)" or "(+57%)", "" for "(72%)", None when the share is not alone in brackets after a word."""
    if figure.unit != "percent" or figure.form != "percent" or not _CLOSED.match(text, figure.end):
        return None
    opened = _OPENED.search(text, max(0, figure.start - 60), figure.start)
    if opened is None:
        return None
    written = text[figure.start]  # "-71%": the minus is the figure's own
    if written in "+-":
        return None if opened.group("sign") else written
    return opened.group("sign")


def signed_changes(text: str, figures: list[Figure]) -> None:
    """Read each signed share in brackets after an outcome as a relative change, and an unsigned one after it
    in the same sentence, with no other figure between, in the same direction."""
    last: Figure | None = None
    for figure in figures:
        sign = _opening_sign(text, figure)
        if sign:
            figure.unit, figure.form = "relative", "relative"
            figure.direction = "down" if sign == "-" else "up"
            figure.value = abs(figure.value)
            last = figure
        elif sign == "" and last is not None and not SENTENCE_END.search(text, last.end, figure.start):
            figure.unit, figure.form, figure.direction = "relative", "relative", last.direction
            last = figure
        elif figure.unit in CLAIM_UNITS:
            last = None  # another figure between: the list of changes has ended
