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
    findings their own `certainty`: the least certain of the graded findings its figures match;
    else the surest of the graded findings its names could mean. Names pick one comparison only when
    exactly one comparison of the named outcomes fits the named drugs (a drug name also fits the arms
    whose names contain it: "nivolumab" fits "nivolumab plus radiotherapy"); otherwise the surest
    over all comparisons of those outcomes. With `finding_units`, only figures of those units count
    ("within 1 year" states no finding)."""
    def build():
        from laylint import claims

        metadata = analysis.metadata
        if metadata is None or not any(f.certainty for f in metadata.findings):
            return {}, set(), set(), set()
        found: dict[int, set[str]] = {}
        ungraded: set[int] = set()
        for claim in claims.extract(analysis):
            if finding_units is not None and claim.unit not in units:
                continue
            # A figure that matches a finding says which one it states (a mismatched figure does not).
            finding = claim.pair_finding if claim.verdict == "wrong-pair" else claim.finding
            if finding is None or claim.verdict not in ("verified", "wrong-pair"):
                continue
            if finding.certainty:
                found.setdefault(claim.sentence, set()).add(finding.certainty)
            else:
                # An observed figure the source does not grade (side effects counted in one arm), where it
                # grades others: GRADE rates effects, and "may" would misstate a count.
                ungraded.add(claim.sentence)
        pairs: dict[int, tuple[set, set, set]] = {}
        for mention in claims.mentions(analysis):
            index = _sentence_index(analysis, mention.start)
            if index is not None and index not in found:
                named, drugs, outcomes = pairs.setdefault(index, (set(), set(), set()))
                if mention.kind == "drug":
                    named.add(mention.name)
                    drugs.update(could_mean(metadata, mention.name, mention.text, metadata.drugs))
                else:
                    outcomes.update(could_mean(metadata, mention.name, mention.text))
        measured = {f.outcome for f in metadata.findings if f.outcome}  # outcomes with a finding (a figure)
        graded = {f.outcome for f in metadata.findings if f.outcome and f.certainty}
        surest: dict[int, str] = {}
        outcome_only: set[int] = set()
        unrated: set[int] = set()
        for index, (named, drugs, outcomes) in pairs.items():
            if outcomes and not outcomes & measured:
                ungraded.add(index)  # the source gives these outcomes no finding (a conclusion, a design consequence)
                continue
            if outcomes and not outcomes & graded:
                unrated.add(index)  # only outcomes the source counts but does not grade (side effects)
            candidates = [f for f in metadata.findings if f.certainty and f.outcome in outcomes]
            fitting = [f for f in candidates if f.drug in drugs or f.comparator in drugs]
            # Both arms of one comparison named in their own words pick it ("rituximab" and "placebo").
            both = {(f.drug, f.comparator) for f in fitting if f.drug in named and f.comparator in named}
            if len(both) == 1:
                fitting = [f for f in fitting if (f.drug, f.comparator) in both]
            if not fitting:
                fitting = candidates
                outcome_only.add(index)
            if fitting:
                surest[index] = min((f.certainty for f in fitting), key=ORDER.index)
        ungraded -= set(found)  # a figure of a graded finding says it states that one
        return surest | {index: max(levels, key=ORDER.index) for index, levels in found.items()}, outcome_only, ungraded, \
            unrated

    units = set(finding_units or ())
    key = ("hedging.sentence_certainties", tuple(sorted(units)) if finding_units is not None else None)
    return analysis.memo(key, build)[0]


def could_mean(metadata, name: str, phrase: str, names: dict | None = None) -> set[str]:
    """The outcomes (or, with `names` = metadata.drugs, the drugs) a phrase could mean: its own, and any whose
    name or alias contains its words or one of its own names ("quality of life" is also in "quality of life
    score"; "nivolumab" in "nivolumab plus radiotherapy"): everyday wording does not pick one scale or arm."""
    from laylint.text.forms import key

    names = metadata.outcomes if names is None else names
    own = {f" {key(p)} " for p in (phrase, name, *names.get(name, ()))}
    found = {name}
    for other, aliases in names.items():
        if other not in found and any(words in f" {key(p)} " for p in (other, *aliases) for words in own):
            found.add(other)
    return found


def _memo(analysis, finding_units):
    sentence_certainties(analysis, finding_units)
    units = set(finding_units or ())
    return analysis.memo(("hedging.sentence_certainties", tuple(sorted(units)) if finding_units is not None else None),
                         lambda: ({}, set(), set(), set()))


def ungraded_sentences(analysis, finding_units=None) -> set[int]:
    """Sentences that name only outcomes the source gives no finding (where it grades others): the
    document's level is about the graded findings, so it does not hold these to a hedge."""
    return _memo(analysis, finding_units)[2]


def unrated_sentences(analysis, finding_units=None) -> set[int]:
    """Sentences that name only outcomes the source gives findings but no certainty (side effects counted,
    not graded): held to the document's level only when they state a change ("lowered"), not a rate."""
    return _memo(analysis, finding_units)[3]


def outcome_only_sentences(analysis, finding_units=None) -> set[int]:
    """Sentences whose certainty comes from an outcome named alone (no figure, no drug): which finding
    they mean is least sure."""
    return _memo(analysis, finding_units)[1]


def loose_outcomes(lexicon, metadata, text: str) -> set[str]:
    """The declared outcomes a sentence that names none by alias comes closest to: those whose name or an
    alias shares the most content-word stems with it ("the total number of hours" ~ "hours of
    phototherapy exposure"), not counting the words of drug names; none when it shares no stem with any."""
    words = lexicon.content_words(text)
    for name, aliases in metadata.drugs.items():  # "antibiotics" names the treatment, not "antibiotic treatment"
        for phrase in (name, *aliases):
            words -= lexicon.content_words(phrase)
    best, found = 0, set()
    for name, aliases in metadata.outcomes.items():
        shared = max(len(words & lexicon.content_words(p)) for p in (name, *aliases))
        if shared > best:
            best, found = shared, {name}
        elif shared == best and shared:
            found.add(name)
    return found


def surest_for_drugs(analysis, index: int) -> str | None:
    """The surest certainty among the graded findings whose arms the sentence names (each named drug may mean
    the arms whose names contain it; both arms of one comparison pick it); among all graded findings when it
    names no arm or none fits."""
    from laylint import claims

    metadata = analysis.metadata
    drugs: set[str] = set()
    for mention in claims.mentions(analysis):
        if mention.kind == "drug" and _sentence_index(analysis, mention.start) == index:
            drugs.update(could_mean(metadata, mention.name, mention.text, metadata.drugs))
    graded = [f for f in metadata.findings if f.certainty and f.outcome]
    fitting = [f for f in graded if f.drug in drugs or f.comparator in drugs] or graded
    both = {(f.drug, f.comparator) for f in fitting if f.drug in drugs and f.comparator in drugs}
    if len(both) == 1:  # both arms of one comparison named: that comparison
        fitting = [f for f in fitting if (f.drug, f.comparator) in both]
    return min((f.certainty for f in fitting), key=ORDER.index, default=None)
