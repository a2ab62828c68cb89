"""Shares of the studies (claims round 32, part M): "About half of the trials were in people giving birth", "Only
half of the trials reported side effects", "three-quarters of the studies were funded by non-industry sources".

A share of the studies is a description, not a result, and stays unchecked, unless the source counts the studies it
describes: a count of studies whose population has a word the sentence says too ("in obstetric populations" and
"people giving birth in obstetric units"; words of five letters or more, compared on their first four letters,
or in capitals, "USA"; leaving out the words every count of studies shares). Such a share is that count out of the
review's studies (or out of a count of studies its population extends: "sampled studies" for "sampled studies set
in middle-income countries"). It agrees with one of the counts the sentence names: verified; it agrees with none: a
number-mismatch against the one it names by the most words.
"""

from __future__ import annotations

import re

from laylint.claims.compare import agrees
from laylint.claims.counted import counts_what
from laylint.claims.figure import Figure
from laylint.claims.verdict import Context, Verdict
from laylint.metadata import Finding, Metadata, Quantity

_WORD = re.compile(r"[^\W\d_]{5,}|\b[A-Z]{2,}\b")  # "obstetric", "USA"
_GENERIC = {"stud", "tria", "part", "peop", "whic", "thei", "thes", "thos", "othe", "ther", "wher", "abou", "incl",
            "revi", "grou", "comp", "anal", "tota", "numb", "amon", "with", "more", "less", "than"}


def _stems(text: str) -> set[str]:
    return {w.lower()[:4] for w in _WORD.findall(text)} - _GENERIC


def share_of_studies(figure: Figure, context: Context, metadata: Metadata | None) -> Verdict | None:
    """The verdict on a share of the studies the source counts, or None when it counts none the sentence names."""
    if figure.unit != "percent" or metadata is None or not metadata.studies:
        return None
    counts = [f for f in metadata.findings if f.measure == "count" and not f.drug and not f.outcome
              and counts_what(f) == "studies" and f.value.value <= metadata.studies]
    said = _stems(f"{context.before} {context.segment} {context.after}")
    named = sorted(((len(_stems(f.population or "") & said), f) for f in counts), key=lambda pair: -pair[0])
    candidates = [f for n, f in named if n > 0]
    if not candidates:
        return None
    for finding in candidates:  # any count it names may be meant ("epidural" is in more than one)
        for whole in _wholes(finding, counts, metadata.studies):
            share = Finding(outcome="", value=Quantity(100 * finding.value.value / whole, True), measure="proportion")
            if agrees(figure, share):
                return Verdict("verified", finding)
    return Verdict("number-mismatch", candidates[0])  # the count it names best


def _wholes(part: Finding, counts: list[Finding], studies: int) -> list[float]:
    """What a count of studies is a share of: the review's studies, or a count its population extends."""
    own = _plain(part.population)
    wider = [f.value.value for f in counts if f is not part and f.value.value > part.value.value
             and (words := _plain(f.population)) and own.startswith(words + " ")]
    return [float(studies), *wider]


def _plain(population: str | None) -> str:
    """A population without its brackets ("sampled studies (included in the analysis)" -> "sampled studies")."""
    return " ".join(re.sub(r"\([^()]*\)", " ", population or "").lower().split())
