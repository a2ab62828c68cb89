"""A count that is the difference of two counts the source gives (round 33): "four studies that evaluated 1037
participants" when the source has 1270 included and 233 lost to follow-up; "the other trial involved 120 women" when
it has 281 in all and 161 in the first trial. Both counts must be of people (counts of studies are small and coincide
by chance: "six other trials" is 21 less 6 in one review, with "other" meaning "more"), the larger the review's total and the smaller a part of it (a count of no outcome), and the sentence must say what
the difference is: the people analysed, evaluated or who completed (when the part is those lost, withdrawn or
excluded), or the other, remaining or second group (when the part is a group of its own).
"""

from __future__ import annotations

import re

from laylint.claims.counted import PEOPLE_WORDS, counts_what
from laylint.claims.quantities import Figure
from laylint.metadata import Finding, Metadata

# a part that left the whole: what remains of it are those analysed or who completed
_LEFT = re.compile(r"\b(?:lost|withdr[ae]w\w*|withdrawn|dropp\w*|drop-?outs?|excluded|discontinu\w*|did\s+not\s+"
                   r"(?:complete|finish)|left)\b", re.IGNORECASE)
_ANALYSED = re.compile(r"\b(?:analy[sz](?:ed|is)|evaluated|assessed|complet(?:ed|ing)|finished|remain(?:ed|ing)|"
                       r"followed\s+up|stayed)\b", re.IGNORECASE)
# a part that is a group of its own: the rest is "the other trial", "the remaining 40 people"
_REST = re.compile(r"\b(?:other|rest|remaining|remainder|second)\b", re.IGNORECASE)


def difference_of(stated: Figure, counted: str, total: Finding | None, metadata: Metadata, words: str) -> Finding | None:
    """The part whose difference from the total the count is, when its words say which difference it is; else None."""
    if total is None or counted != "people" or stated.qualifier or not words or stated.value <= 0:
        return None  # (counts of studies are small: "six other trials" = 21 less 6 by chance, "other" as "more")
    for part in metadata.findings:
        if part is total or part.measure != "count" or part.outcome or not _same_kind(part, counted):
            continue
        if not 0 < part.value.value < total.value.value or total.value.value - part.value.value != stated.value:
            continue
        said = _ANALYSED if _LEFT.search(part.population or "") else _REST
        if said.search(words):
            return part
    return None


def _same_kind(part: Finding, counted: str) -> bool:
    """A part counts what the total does; people may be counted as their pregnancies ("161 pregnancies (women with
    diabetes)"), as the review's total of people may be."""
    kind = counts_what(part)
    return kind == counted or (counted == "people" and kind == "other" and bool(PEOPLE_WORDS.search(part.population or "")))
