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


_ORDER = ("high", "moderate", "low", "very-low")  # GRADE levels, surest first


def sentence_certainties(analysis, finding_units=None) -> dict[int, str]:
    """Sentence index -> the GRADE certainty of the findings it states, where the metadata gives
    findings their own `certainty`: the least certain of the findings its figures were read as; else
    the surest of the findings of the drugs and outcomes it names (or of the outcomes alone). With
    `finding_units`, only figures of those units count ("within 1 year" states no finding)."""
    def build():
        from laylint import claims

        metadata = analysis.metadata
        if metadata is None or not any(f.certainty for f in metadata.findings):
            return {}, set()
        found: dict[int, set[str]] = {}
        for claim in claims.extract(analysis):
            if finding_units is not None and claim.unit not in units:
                continue
            finding = claim.pair_finding if claim.verdict == "wrong-pair" else claim.finding
            if finding is not None and finding.certainty and claim.verdict in ("verified", "number-mismatch", "wrong-pair"):
                found.setdefault(claim.sentence, set()).add(finding.certainty)
        pairs: dict[int, tuple[set, set]] = {}
        for mention in claims.mentions(analysis):
            index = _sentence_index(analysis, mention.start)
            if index is not None and index not in found:
                drugs, outcomes = pairs.setdefault(index, (set(), set()))
                (drugs if mention.kind == "drug" else outcomes).add(mention.name)
        surest: dict[int, str] = {}
        outcome_only: set[int] = set()
        for index, (drugs, outcomes) in pairs.items():
            # Names alone do not say which comparison, time or scale is meant: the surest of the findings they
            # fit ("The pill reduces pain" where pain against placebo is of high certainty, on another scale low).
            levels = {f.certainty for f in metadata.findings if f.certainty and f.outcome in outcomes
                      and (f.drug in drugs or f.comparator in drugs)}
            if not levels and outcomes:
                levels = {f.certainty for f in metadata.findings if f.certainty and f.outcome in outcomes}
                outcome_only.add(index)
            if levels:
                surest[index] = min(levels, key=_ORDER.index)
        return surest | {index: max(levels, key=_ORDER.index) for index, levels in found.items()}, outcome_only

    units = set(finding_units or ())
    key = ("hedging.sentence_certainties", tuple(sorted(units)) if finding_units is not None else None)
    return analysis.memo(key, build)[0]


def outcome_only_sentences(analysis, finding_units=None) -> set[int]:
    """Sentences whose certainty comes from an outcome named alone (no figure, no drug): which finding
    they mean is least sure."""
    sentence_certainties(analysis, finding_units)
    units = set(finding_units or ())
    return analysis.memo(("hedging.sentence_certainties", tuple(sorted(units)) if finding_units is not None else None),
                         lambda: ({}, set()))[1]
