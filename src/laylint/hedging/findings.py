"""Which sentences speak about the study's findings, read from laylint.claims (drug/outcome mentions, figures)."""

from __future__ import annotations

import bisect


def _sentence_index(analysis, prose_offset: int) -> int | None:
    starts = analysis.memo("hedging.sentence_starts", lambda: [s.start for s in analysis.sentences])
    position = bisect.bisect_right(starts, prose_offset) - 1
    if position >= 0 and prose_offset < analysis.sentences[position].end:
        return position
    return None


def sentence_of(analysis, prose_offset: int):
    index = _sentence_index(analysis, prose_offset)
    return analysis.sentences[index] if index is not None else None


def mention_kinds(analysis) -> dict[int, set[str]]:
    """Sentence index -> kinds of mention in it ("drug", "outcome")."""
    def build():
        from laylint import claims

        kinds: dict[int, set[str]] = {}
        for mention in claims.mentions(analysis):
            index = _sentence_index(analysis, mention.start)
            if index is not None:
                kinds.setdefault(index, set()).add(mention.kind)
        return kinds

    return analysis.memo("hedging.mention_kinds", build)


def finding_sentences(analysis, finding_units) -> set[int]:
    """Sentences that state a finding: a figure attached to a drug or outcome, or a drug named with an outcome."""
    from laylint import claims

    units = set(finding_units)
    found = {claim.sentence for claim in claims.extract(analysis)
             if claim.unit in units and (claim.drug or claim.outcome)}
    found.update(index for index, kinds in mention_kinds(analysis).items() if {"drug", "outcome"} <= kinds)
    return found
