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


def one_drug_count(named: tuple[str, ...], counts: list[Finding], metadata: Metadata, segment: str) -> Finding | None:
    """The largest count of the one drug the clause names, when the source counts other drugs apart and the
    clause names none of them ("25 studies of sitagliptin and vildagliptin" is both drugs'); else None."""
    drugs = {name for name in named if name in metadata.drugs}
    if len(drugs) != 1:
        return None
    drug = next(iter(drugs))
    own = [f for f in counts if f.drug == drug and not f.comparator and not f.outcome and f.value.value > 0]
    others = {f.drug for f in metadata.findings if f.measure == "count" and f.drug and f.drug != drug and not f.outcome}
    if not own or not others or any(_said(name, metadata, segment) for name in others):
        return None
    return max(own, key=lambda f: f.value.value)
