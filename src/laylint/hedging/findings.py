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


ORDER = ("high", "moderate", "low", "very-low")  # GRADE levels, surest first


def sentence_certainties(analysis, finding_units=None) -> dict[int, str]:
    """Sentence index -> the GRADE certainty of the findings it states, where the metadata gives
    findings their own `certainty`: the least certain of the findings its figures were read as; else
    the surest of the findings of the drugs and outcomes it names (or of the outcomes alone). With
    `finding_units`, only figures of those units count ("within 1 year" states no finding)."""
    def build():
        from laylint import claims

        metadata = analysis.metadata
        if metadata is None or not any(f.certainty for f in metadata.findings):
            return {}, set(), set()
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
                if mention.kind == "drug":
                    drugs.add(mention.name)
                else:
                    outcomes.update(could_mean(metadata, mention.name, mention.text))
        measured = {f.outcome for f in metadata.findings if f.outcome}  # outcomes with a finding (a figure)
        surest: dict[int, str] = {}
        outcome_only: set[int] = set()
        ungraded: set[int] = set()
        for index, (drugs, outcomes) in pairs.items():
            if outcomes and not outcomes & measured:
                ungraded.add(index)  # the source gives these outcomes no finding (a conclusion, a design consequence)
            # Names alone do not say which comparison, time or scale is meant: the surest of the findings they
            # fit ("The pill reduces pain" where pain against placebo is of high certainty, on another scale low).
            levels = {f.certainty for f in metadata.findings if f.certainty and f.outcome in outcomes
                      and (f.drug in drugs or f.comparator in drugs)}
            if not levels and outcomes:
                levels = {f.certainty for f in metadata.findings if f.certainty and f.outcome in outcomes}
                outcome_only.add(index)
            if levels:
                surest[index] = min(levels, key=ORDER.index)
        return surest | {index: max(levels, key=ORDER.index) for index, levels in found.items()}, outcome_only, ungraded

    units = set(finding_units or ())
    key = ("hedging.sentence_certainties", tuple(sorted(units)) if finding_units is not None else None)
    return analysis.memo(key, build)[0]


def could_mean(metadata, name: str, phrase: str) -> set[str]:
    """The outcomes an outcome phrase could mean: its own, and any whose name or alias contains its words or
    one of its own outcome's names ("quality of life" is also in "quality of life score"): everyday wording
    does not pick one scale, and an outcome named broadly may be reported by the narrower one's result."""
    from laylint.text.forms import key

    own = {f" {key(p)} " for p in (phrase, name, *metadata.outcomes.get(name, ()))}
    found = {name}
    for other, aliases in metadata.outcomes.items():
        if other not in found and any(words in f" {key(p)} " for p in (other, *aliases) for words in own):
            found.add(other)
    return found


def _memo(analysis, finding_units):
    sentence_certainties(analysis, finding_units)
    units = set(finding_units or ())
    return analysis.memo(("hedging.sentence_certainties", tuple(sorted(units)) if finding_units is not None else None),
                         lambda: ({}, set(), set()))


def ungraded_sentences(analysis, finding_units=None) -> set[int]:
    """Sentences that name only outcomes the source gives no finding (where it grades others): the
    document's level is about the graded findings, so it does not hold these to a hedge."""
    return _memo(analysis, finding_units)[2]


def outcome_only_sentences(analysis, finding_units=None) -> set[int]:
    """Sentences whose certainty comes from an outcome named alone (no figure, no drug): which finding
    they mean is least sure."""
    return _memo(analysis, finding_units)[1]


def loose_outcomes(lexicon, metadata, text: str) -> set[str]:
    """The declared outcomes a sentence that names none by alias comes closest to: those whose name or an
    alias shares the most content-word stems with it ("the total number of hours" ~ "hours of
    phototherapy exposure"); none when it shares no stem with any."""
    words = lexicon.content_words(text)
    best, found = 0, set()
    for name, aliases in metadata.outcomes.items():
        shared = max(len(words & lexicon.content_words(p)) for p in (name, *aliases))
        if shared > best:
            best, found = shared, {name}
        elif shared == best and shared:
            found.add(name)
    return found
