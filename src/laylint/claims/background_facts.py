"""The source's background figures: what the condition or the people studied are like, not a result of a
comparison. A finding of no drug is one ("about half of young babies have reflux"); so is a finding of no
comparator whose drug is no arm of any comparison in the source and has no other finding (`{drug: antipsychotics,
outcome: no response to antipsychotics, value: 20%}` in a review comparing two brain stimulation treatments): how
many people usual treatment fails is background, and a background sentence's share is checked against it.
"""

from __future__ import annotations

import re


def background_findings(metadata) -> list:
    """The findings a background sentence's figure may state (counts of studies and people excluded)."""
    if metadata is None:
        return []
    from laylint.claims.comparators import comparator_names

    arms = set()
    for finding in metadata.findings:
        if finding.comparator:  # the arms of the source's comparisons: a per-arm risk of one is a result
            arms.update((finding.drug, finding.comparator, *comparator_names(finding, metadata)))
    named = {}
    for finding in metadata.findings:
        if finding.measure != "count" and finding.drug:
            named[finding.drug] = named.get(finding.drug, 0) + 1
    # (a test or treatment with several findings of its own, as in a review of test accuracy, is what was studied)
    return [f for f in metadata.findings if f.measure != "count"
            and (f.drug is None or (not f.comparator and f.drug not in arms and named[f.drug] == 1))]


# the same place said in other words: "globally", "worldwide", "around the world"
_SAME_PLACE = {"globally": "global", "worldwide": "global", "world": "global", "international": "global",
               "internationally": "global", "european": "europe"}
_BRACKET = re.compile(r"\([^)]*\)?")
# where a figure's own words after it end: "in 21 (68%), and from three to 22 days in 10 (32%)"
_CLAUSE_END = re.compile(r"[,;:]|\b(?:and|while|but|whereas)\b", re.IGNORECASE)


def _place_words(population: str) -> set[str]:
    from laylint.claims.counted import GENERIC, WORD, word_stem

    words = {word_stem(w) for w in WORD.findall(_BRACKET.sub(" ", population)) if w.lower() not in GENERIC}
    return {_SAME_PLACE.get(w, w) for w in words}


def check_background_populations(analysis, claims) -> None:
    """Background figures the source gives for several populations ("10% of pregnant women globally", "25% in
    Europe"): a figure whose own words name one population is that population's figure, so it must agree with it,
    not with a sibling's ("25% of pregnant women drink globally" is no agreement with Europe's 25%). Its own words
    are those after it up to the end of its clause or the next figure ("50% of women presenting with infertility"),
    else those before it from the figure before ("In Europe, about 1 in 4"). Only figures that agreed with a
    sibling are re-judged."""
    from laylint.claims.compare import agrees

    metadata = analysis.metadata
    if metadata is None:
        return
    background = [f for f in metadata.findings if f.drug is None and f.measure != "count" and f.population and f.outcome]
    for index, claim in enumerate(claims):
        if claim.verdict != "verified" or not any(claim.finding is f for f in background):
            continue
        siblings = [f for f in background if f.outcome == claim.finding.outcome]
        if len(siblings) < 2:
            continue
        words = [_place_words(f.population) for f in siblings]
        common = set.intersection(*words)
        sentence = analysis.sentences[claim.sentence]
        before_start = max([c.end for c in claims[:index] if c.sentence == claim.sentence] + [sentence.start])
        after_end = min([c.start for c in claims[index + 1:] if c.sentence == claim.sentence] + [sentence.end])
        named = None
        after = analysis.text[claim.end:after_end]
        after = after[:_CLAUSE_END.search(after).start()] if _CLAUSE_END.search(after) else after
        for zone in (after, analysis.text[before_start:claim.start]):
            said = _said_words(zone)
            found = [f for f, own in zip(siblings, words) if (own - common) & said]
            if found:
                named = found[0] if len(found) == 1 else None
                break
        if named is None or named is claim.finding:
            continue
        if agrees(claim, named):
            claim.finding = named
        else:
            claim.verdict, claim.finding = "number-mismatch", named


def _said_words(text: str) -> set[str]:
    from laylint.claims.counted import WORD, word_stem

    return {_SAME_PLACE.get(word_stem(w), word_stem(w)) for w in WORD.findall(text)}
