"""Counts of studies kept from a count of studies just before them, their noun left out (round 34): "We found 146
studies and selected 36 of them", "We found 8 trials and included 6 in our analysis". A bare whole number that is the
object of a keeping verb (included, selected, analysed, pooled...) right after a count of studies in the same sentence
counts studies, judged as if the noun were written ("selected 36 studies"). After a count of people it is left alone
("enrolled 800 adults and pooled 3 in a meta-analysis": the 3 are not people). Passes over the figures
`quantities.find` has read, in place.
"""

from __future__ import annotations

import re

from laylint.claims.figure import Figure

# the words between the count and the kept number: a clause joined by "and"/"but"/a comma, a keeping verb, no figure
_KEPT_BEFORE = re.compile(
    r"\A[^.;:!?\n()\d]{0,60}?(?:,\s*|\s+)(?:and\s+|but\s+|then\s+|of\s+which\s+|of\s+these\s+|of\s+them\s+)?"
    r"(?:(?:we|they|the\s+(?:authors|researchers|reviewers))\s+)?(?:then\s+|only\s+|closely\s+|finally\s+|further\s+)?"
    r"(?:included|selected|analy[sz]ed|kept|pooled|combined|sampled|chose|reviewed|"
    r"looked\s+(?:closely\s+|in\s+detail\s+)?at|(?:could|were\s+able\s+to)\s+(?:include|use|pool|combine|analy[sz]e))"
    r"(?:\s+(?:in\s+detail|closely|further))?\s+(?:only\s+|just\s+)?\Z", re.IGNORECASE)
# what follows the kept number: "of them", a place in the analysis, or the clause's end; not a noun of its own
_KEPT_AFTER = re.compile(r"(?:\s+of\s+(?:them|these|those)\b|\s+(?:in|into|for)\s+(?:the|our|this|their|a|an)\b|"
                         r"\s*[.,;:)](?:\s|$)|\s*$)", re.IGNORECASE)


def kept_counts(text: str, figures: list[Figure]) -> None:
    """Read a bare number kept from the count of studies just before it as a count of studies."""
    last: Figure | None = None
    for figure in figures:
        if figure.unit == "count" and figure.counted == "studies" and not figure.change:
            last = figure
            continue
        previous, last = last, None  # only the figure right after the count
        if previous is None or figure.unit != "number" or figure.form != "number" or figure.qualifier \
                or figure.change or figure.decimals or figure.start - previous.end > 80:
            continue
        if _KEPT_BEFORE.match(text[previous.end:figure.start]) and _KEPT_AFTER.match(text, figure.end):
            # judged as if the noun were written ("selected 36 studies"): the source's count of them, not any part
            figure.unit, figure.counted, figure.word = "count", "studies", False
