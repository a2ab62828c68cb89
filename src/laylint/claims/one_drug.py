"""The review's total said for one drug the source counts apart (round 31): "We identified 18 studies that looked at
TBI" when 17 studies looked at TBI and the other index test has counts of its own. A clause that names one declared
drug, and no other, counts that drug's studies (or people); when the source gives that drug's own count (of no
comparator and no outcome) and counts for other drugs too, the review's total is not the drug's: a wrong pair.
count_verdict.py calls this where it asks the same of a clause naming both arms of one comparison.
"""

from __future__ import annotations

import re

from laylint.metadata import Finding, Metadata


def _said(name: str, metadata: Metadata, text: str) -> bool:
    return any(re.search(rf"\b{re.escape(word)}", text, re.IGNORECASE) for word in (name, *metadata.drugs.get(name, ())) if word)


def _covers(counts: list[Finding], total: float) -> bool:
    """Whether the drugs' own counts together reach the review's total: only then is every study (or person)
    given to some drug, so the total cannot be one drug's. "2 ITS studies of the ban, 1 of lifting it" in a review
    of 4 leaves a study the source does not place."""
    largest: dict[str, float] = {}
    for finding in counts:
        if finding.drug and not finding.comparator and not finding.outcome:
            largest[finding.drug] = max(largest.get(finding.drug, 0), finding.value.value)
    return sum(largest.values()) >= total


def one_drug_count(named: tuple[str, ...], counts: list[Finding], metadata: Metadata, segment: str,
                   total: float, every_count: list[Finding]) -> Finding | None:
    """The largest count of the one drug the clause names, when the source counts other drugs apart, the
    drugs' counts of that kind (`every_count`) cover the whole review, and the clause names no other drug ("25
    studies of sitagliptin and vildagliptin" is both drugs'); else None."""
    drugs = {name for name in named if name in metadata.drugs}
    if len(drugs) != 1:
        return None
    drug = next(iter(drugs))
    own = [f for f in counts if f.drug == drug and not f.comparator and not f.outcome and f.value.value > 0]
    others = {f.drug for f in metadata.findings if f.measure == "count" and f.drug and f.drug != drug and not f.outcome}
    if not own or not others or any(_said(name, metadata, segment) for name in others) or not _covers(every_count, total):
        return None
    return max(own, key=lambda f: f.value.value)
