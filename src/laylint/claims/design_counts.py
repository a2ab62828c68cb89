"""Counts of studies by design whose noun is left out (round 36): "five used a cross-over design", "and one employed
a crossover design", "two of them had a parallel-group design". Studies have designs, people do not: a bare number
that starts a clause and uses, employs, adopts or has a design counts studies (never the people counted before it),
and is the count of the studies of that design, checked against the source's own count of them ("cross-over trials:
5"). Said so, "one" is the count of that design, not one study of a larger group (one_of_group.py).
"""

from __future__ import annotations

import re

from laylint.claims.figure import Figure
from laylint.claims.patterns import Patterns
from laylint.claims.study_predicates import USED_A_DESIGN

# "five used a cross-over design", "two of them had the same design": the verb phrase study_predicates.py reads too
DESIGN_AFTER = re.compile(r"\s+(?:of\s+(?:them|these|those)\s+)?" + USED_A_DESIGN, re.IGNORECASE)


def elided_design(text: str, pats: Patterns, figures: list[Figure]) -> None:
    """A bare whole number that starts a clause and has a design counts studies."""
    for figure in figures:
        if figure.unit not in ("number", "count") or figure.form != "number" or figure.qualifier or figure.change \
                or figure.decimals or figure.noun or figure.value != int(figure.value):
            continue
        if DESIGN_AFTER.match(text, figure.end) and pats.before["clause_start"].search(text, max(0, figure.start - 12),
                                                                                       figure.start):
            figure.unit, figure.counted, figure.word = "count", "studies", False
