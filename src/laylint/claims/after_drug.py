"""A count in brackets right after a drug is that drug's (round 31): "compared with a retropubic sling (10 trials) or
a transobturator sling (51 trials)", "haemofiltration (5 studies, 300 participants)". The clause's subject (the
drug both comparisons share) is not what the bracket counts, so a count the source gives only for a comparison
without the drug before the bracket ("retropubic sling (51 trials)", 51 being the transobturator comparison's) is a
wrong pair, when the source lists counts of that kind for the drug's own comparisons. A count that agrees with one
of those is the drug's; a drug with no counts of its own says nothing.
"""

from __future__ import annotations

import re

from laylint.claims.comparators import comparator_names
from laylint.claims.compare import agrees
from laylint.claims.counted import counts_what
from laylint.metadata import Finding, Metadata

# what may stand in the bracket before the figure: "(about 300", "(12 studies, 2400": no other bracket or clause
_BRACKET_OPENING = re.compile(r"[\s~\u2248]*(?:(?:about|around|approximately|nearly|over|n\s*=)\s*)?"
                              r"(?:[\d,]+\s+(?:[\w-]+\s+)?(?:stud(?:y|ies)|trials?|c?RCTs?)\s*[,;]\s*"
                              r"(?:(?:about|around|approximately|nearly|over|n\s*=)\s*)?)?", re.IGNORECASE)


def _arms(finding: Finding, metadata: Metadata) -> set[str]:
    return {finding.drug, *comparator_names(finding, metadata)} - {None}


def _drug_before_bracket(text: str, claim, drugs) -> str | None:
    """The drug named right before the bracket that opens just before the figure, if the figure opens it."""
    opened = text.rfind("(", 0, claim.start)
    if opened < 0 or not _BRACKET_OPENING.fullmatch(text, opened + 1, claim.start):
        return None
    mention = next((m for m in reversed(drugs) if m.end <= opened), None)
    return mention.name if mention is not None and not text[mention.end:opened].strip() else None


def check_after_drug(analysis, claims, found) -> None:
    """Counts (declared or unsupported) the source gives only for a comparison without the bracket's drug become
    wrong pairs (in place)."""
    metadata, text = analysis.metadata, analysis.text
    if metadata is None:
        return
    drugs = [m for m in found if m.kind == "drug"]
    for claim in claims:
        if claim.unit != "count" or claim.counted not in ("studies", "people") \
                or claim.verdict not in ("count", "unsupported-number"):
            continue
        drug = _drug_before_bracket(text, claim, drugs)
        if drug is None:
            continue
        kind = [f for f in metadata.findings if f.measure == "count" and counts_what(f) in ("", claim.counted)
                and f.value.value > 0]
        # the count it was read as, or (unsupported: no count of the clause's drugs matched) another comparison's
        finding = claim.finding if claim.verdict == "count" else next((f for f in kind if agrees(claim, f)), None)
        if finding is None or finding.measure != "count" or not finding.drug or drug in _arms(finding, metadata):
            continue
        own = [f for f in kind if drug in _arms(f, metadata)]
        if not own:
            continue
        agreeing = next((f for f in own if agrees(claim, f)), None)
        if agreeing is not None:
            claim.finding = agreeing
            continue
        whole = next((f for f in own if not f.outcome), own[0])
        claim.verdict, claim.finding, claim.pair_finding = "wrong-pair", finding, whole
        claim.drug, claim.drug_carried = drug, False
