"""A count of studies that is the sum of two counts the source declares, each named in the figure's sentence ("The
remaining 11 studies were funded by grants or did not report funding" for 9 funded by grants and 2 not reporting):
the writer added them up, which a careful editor accepts (claims round 36, part F). The writer must say it is a
remainder or a total ("remaining", "other", "in total"), both groups must be named by words of their own, joined by
"and" or "or", and no other count may follow in the sentence (a list giving each group its own count is no sum).
"""

from __future__ import annotations

import re
from itertools import combinations

from laylint.claims.counted import GENERIC, STUDY_WORDS, WORD, counts_what, word_stem
from laylint.claims.figure import Figure
from laylint.claims.verdict import Context, Verdict
from laylint.metadata import Metadata

_JOINED = re.compile(r"\b(?:and|or)\b", re.IGNORECASE)
# the writer says the count is a remainder or a total of groups: "the remaining 11", "the other 9", "in total, 9"
_SUM_CUE = re.compile(r"\b(?:remaining|rest|other|others|in\s+total|altogether|together|combined|between\s+them)\b",
                      re.IGNORECASE)
_NUMBER = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b", re.IGNORECASE)


def _words(text: str) -> set[str]:
    return {word_stem(w) for w in WORD.findall(STUDY_WORDS.sub(" ", text.replace("\u2010", "-"))) if w.lower() not in GENERIC}


def summed_count(figure: Figure, metadata: Metadata | None, context: Context) -> Verdict | None:
    """The verdict "count" when the figure adds up two declared counts of studies its sentence names, else None."""
    if metadata is None or figure.unit != "count" or figure.counted != "studies" or figure.qualifier \
            or figure.subset or figure.value != int(figure.value) or figure.value < 2:
        return None
    sentence = context.sentence or context.segment
    at = sentence.find(figure.text)
    after = sentence[at + len(figure.text):] if at >= 0 else sentence
    before = sentence[:at] if at >= 0 else ""
    if not _JOINED.search(after) or _NUMBER.search(after) or not _SUM_CUE.search(f"{before[-40:]} {after[:40]}"):
        return None  # each group's own count said after it ("one ..., two ... and three ..."): not a sum
    said = _words(after)
    groups = [f for f in metadata.findings if f.measure == "count" and not f.drug and f.population
              and counts_what(f) == "studies" and f.value.value == int(f.value.value)]
    total = metadata.studies
    if total is not None and figure.value >= total:
        return None  # all the studies: the total's own check
    for first, second in combinations(groups, 2):
        if first.value.value + second.value.value != figure.value:
            continue
        own_first, own_second = _words(first.population), _words(second.population)
        if (own_first - own_second) & said and (own_second - own_first) & said:
            return Verdict("count", first)
    return None
