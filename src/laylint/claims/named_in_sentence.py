"""A wrong pair needs evidence an editor would accept (claims round 37, part A).

`claims/wrong-pair` says a figure that is exactly the source's finding of outcome B (or drug D) was stated for
another outcome or drug. When the figure's own sentence names B by distinctive words (not only by the review's topic
words or words several outcomes share) and names D or no other drug, the writer stated the figure with B: the
pairing is our misreading, not the writer's error, and the figure is read as B's finding.

It stays a wrong pair when another figure of the sentence is already attached to B with D (the two may be swapped:
"pain fell by 13 points with exercise and by 17 with surgery", the source giving 17 and 13), when the figure is a
bound ("more than 5%") or a CI, and when B is not named in the sentence at all.
"""

from __future__ import annotations

from laylint.claims.distinctive import weak
from laylint.claims.verdict import BOUNDS


def _occupied(claim, finding, claims) -> bool:
    """Is another figure of the sentence attached to the finding's outcome and drug?"""
    return any(other is not claim and other.sentence == claim.sentence and other.form != "ci"
               and other.outcome == finding.outcome and (finding.drug is None or other.drug in (None, finding.drug))
               for other in claims)


def _names(analysis, claim, mentions, kind: str, name: str, distinctive: bool) -> bool:
    sentence = analysis.sentences[claim.sentence]
    return any(m.kind == kind and m.name == name and sentence.start <= m.start < sentence.end
               and not (distinctive and weak(analysis, m)) for m in mentions)


def check_named_in_sentence(analysis, claims, mentions) -> None:
    """Re-read, in place, a wrong pair whose sentence names the outcome and drug of the finding it matched."""
    for claim in claims:
        finding = claim.finding
        if claim.verdict != "wrong-pair" or finding is None or not finding.outcome or claim.form == "ci" \
                or claim.qualifier in BOUNDS or claim.sentence >= len(analysis.sentences):
            continue
        if finding.outcome != claim.outcome and not _names(analysis, claim, mentions, "outcome", finding.outcome, True):
            continue
        if finding.drug and claim.drug and finding.drug != claim.drug \
                and not _names(analysis, claim, mentions, "drug", finding.drug, False):
            continue
        if finding.outcome == claim.outcome and finding.drug == claim.drug:
            continue  # nothing else was named: the message is about something other than the pairing
        if _occupied(claim, finding, claims):
            continue
        claim.verdict, claim.pair_finding = "verified", None
        claim.outcome, claim.drug = finding.outcome, finding.drug or claim.drug
