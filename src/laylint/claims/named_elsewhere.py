"""A figure that is exactly the finding of an outcome its own clause names is that outcome's (claims round 36, part P).

"Out of 100 pregnancies from IVF, about 20 may end in miscarriage": the figure was attached to clinical pregnancy
(the denominator's noun) and called a wrong pair or a mismatch, although 20 in 100 is exactly the source's risk
of miscarriage with IVF, and "miscarriage" is in the figure's own part of the sentence. A careful editor reads
the figure with that outcome. The figure is re-read as that finding's when:

- the finding agrees with the figure (no bound such as "more than 5%", which fits many findings);
- its outcome is named in the figure's segment (the sentence between punctuation around the figure);
- the outcome the figure was attached to is not named there, or only as the noun of the figure's denominator
  ("20 out of 100 pregnancies");
- its drug is the figure's, or named in the segment too, or the figure has no drug;
- no other figure of the sentence is attached to that outcome (and drug): then the two may be swapped
  ("reducing leakage by 44% and infections by 40%", swapped.py), and the wrong pair stands.

A figure of outcome B put on outcome A where B is not named in its segment is still a wrong pair.
"""

from __future__ import annotations

from laylint.claims.compare import agrees, comparable
from laylint.claims.denominator_nouns import after_a_denominator
from laylint.claims.listed_outcomes import check_listed
from laylint.claims.named_in_sentence import check_named_in_sentence
from laylint.claims.verdict import BOUNDS

_ESTIMATES = ("percent", "relative", "ratio", "number", "difference")
_PROBLEMS = ("wrong-pair", "number-mismatch")


def _segment_span(text: str, segment: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the figure's segment sits in the text (the occurrence covering the figure)."""
    if not segment:
        return None
    at = text.find(segment, max(0, end - len(segment)))
    if at < 0 or at > start or at + len(segment) < end:
        return None
    return at, at + len(segment)


def _named(mentions, kind: str, name: str, span: tuple[int, int]) -> list:
    return [m for m in mentions if m.kind == kind and m.name == name and span[0] <= m.start and m.end <= span[1]]


def _occupied(claim, finding, claims) -> bool:
    """Is another figure of the sentence attached to the finding's outcome (and drug)?"""
    return any(other is not claim and other.sentence == claim.sentence and other.form != "ci"
               and other.outcome == finding.outcome and (finding.drug is None or other.drug in (None, finding.drug))
               for other in claims)


def states_attached(claim, context, mentions, text: str) -> bool:
    """Does the figure's segment name the outcome it was attached to (not as a denominator's noun)?"""
    span = _segment_span(text, context.segment, claim.start, claim.end)
    return span is not None and claim.outcome is not None and any(
        not after_a_denominator(text, m) for m in _named(mentions, "outcome", claim.outcome, span))


def _named_finding(claim, figure, context, findings, mentions, text: str, claims):
    span = _segment_span(text, context.segment, claim.start, claim.end)
    if span is None or claim.outcome is None:
        return None
    if states_attached(claim, context, mentions, text):
        return None  # the clause names the attached outcome itself: the figure is stated for it
    for finding in findings:
        if not finding.outcome or finding.outcome == claim.outcome:
            continue
        if not (comparable(figure, finding) and agrees(figure, finding)):
            continue
        if not _named(mentions, "outcome", finding.outcome, span):
            continue
        if finding.drug and claim.drug and finding.drug != claim.drug \
                and not _named(mentions, "drug", finding.drug, span):
            continue
        if _occupied(claim, finding, claims):
            continue
        return finding
    return None


def check_named_elsewhere(analysis, attachments, claims, mentions) -> None:
    """Re-read, in place, a wrong pair or mismatch whose figure is exactly the finding of an outcome its own
    segment names (claims[i] is attachments[i]'s claim)."""
    metadata = analysis.metadata
    if metadata is None:
        return
    for claim, item in zip(claims, attachments):
        figure = item.figure
        if claim.verdict not in _PROBLEMS or claim.unit not in _ESTIMATES or figure.qualifier in BOUNDS \
                or claim.form == "ci":
            continue
        finding = _named_finding(claim, figure, item.context, metadata.findings, mentions, analysis.text, claims)
        if finding is not None:
            claim.verdict, claim.finding, claim.pair_finding = "verified", finding, None
            claim.outcome, claim.drug = finding.outcome, finding.drug or claim.drug
    check_named_in_sentence(analysis, attachments, claims, mentions, states_attached)  # its clause names the outcome


def reread_named_outcomes(analysis, attachments, claims, mentions) -> None:
    """One place for a flagged figure whose outcome was borrowed from other words of its sentence: the next item of
    a bracketed list (listed_outcomes.py), or a denominator's noun or another outcome its segment names (above)."""
    check_listed(analysis, claims, mentions)
    check_named_elsewhere(analysis, attachments, claims, mentions)
