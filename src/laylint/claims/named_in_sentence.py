"""A wrong pair needs evidence an editor would accept (claims round 37, part A).

`claims/wrong-pair` says a figure that is exactly the source's finding of outcome B was stated for another outcome.
When the figure's own clause names B by distinctive words (not only by the review's topic words or words several
outcomes share: "Major bleeding, like stroke, was less common with apixaban (RR 0.69)"), the writer stated the figure
with B: the pairing is our misreading, not the writer's error, and the figure is read as B's finding. Another drug's
figure is left alone: a comparison names both arms ("Compared with usual care, ..."), which proves nothing.

It stays a wrong pair when another figure of its sentence is a wrong pair too (a swap), when the figure's own
segment names the outcome it was read with ("lowered the risk of stroke by 30%, and heart attacks were also less
common": said for stroke), when another figure of the sentence is already attached to B with D (the two may be swapped:
"pain fell by 13 points with exercise and by 17 with surgery", the source giving 17 and 13), when the figure is a
bound ("more than 5%") or a CI, and when B is named only in another clause ("12 in 100 lost the kidney, and
rejection was less common").
"""

from __future__ import annotations

from laylint.claims.distinctive import weak
from laylint.claims.verdict import BOUNDS


def _occupied(claim, finding, claims) -> bool:
    """Is another figure of the sentence attached to the finding's outcome and drug?"""
    return any(other is not claim and other.sentence == claim.sentence and other.form != "ci"
               and other.outcome == finding.outcome and (finding.drug is None or other.drug in (None, finding.drug))
               for other in claims)


def _clause(analysis, claim) -> tuple[int, int] | None:
    """The span of the attachment clause holding the figure."""
    found = analysis.memo("claims.clauses", list)
    return next(((c.start, c.end) for c in found if c.start <= claim.start < c.end), None)


def _names(analysis, span, mentions, name: str) -> bool:
    """Does the span name the outcome by distinctive words?"""
    return any(m.kind == "outcome" and m.name == name and span[0] <= m.start < span[1] and not weak(analysis, m)
               for m in mentions)


def check_named_in_sentence(analysis, attachments, claims, mentions, states_attached) -> None:
    """Re-read, in place, a wrong pair whose clause names the outcome of the finding it matched
    (claims[i] is attachments[i]'s claim; `states_attached(claim, context, mentions, text)`: does the figure's
    segment name the outcome it was read with)."""
    wrong = [c for c in claims if c.verdict == "wrong-pair" and c.form != "ci"]
    for claim, item in zip(claims, attachments):
        finding = claim.finding
        if claim.verdict != "wrong-pair" or finding is None or not finding.outcome or claim.form == "ci" \
                or claim.qualifier in BOUNDS:
            continue
        span = _clause(analysis, claim)
        if span is None:
            continue
        if not _names(analysis, span, mentions, finding.outcome):
            continue
        if finding.outcome == claim.outcome or (finding.drug and claim.drug and finding.drug != claim.drug):
            continue  # another drug's figure: a comparison names both arms, which proves nothing
        if states_attached(claim, item.context, mentions, analysis.text) or _occupied(claim, finding, claims) \
                or any(other is not claim and other.sentence == claim.sentence for other in wrong):
            continue  # said for its own outcome, or swapped with another figure ("from 16 to 24 per 100")
        claim.verdict, claim.pair_finding = "verified", None
        claim.outcome, claim.drug = finding.outcome, finding.drug or claim.drug
