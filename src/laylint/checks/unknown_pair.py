"""Kind `unknown-pair`: a clause links a declared drug to a declared outcome without a figure, and
the metadata has no finding for that pair ("Ocrelizumab was also linked to urinary infections").

Only statements are read: a clause says something about the link ("linked", "reduced", "more
likely"...), in a sentence that is not a heading, a question, an aim ("We wanted to find out
whether...") or a report that the pair was not studied. A finding pairs its drug *and* its
comparator with its outcome, so a clause that names any drug the source pairs with one of its
outcomes states a known comparison (the other drugs it names describe it). A drug the source has
no finding for at all is a class or background name in this metadata, and is not reported.
A pair the metadata lacks but the summary's abstract sidecar has a finding for is info
(laylint.claims.backing).
"""

from __future__ import annotations

import re

from laylint.checks.claim_verdict import drafted_note
from laylint.checks.kind import Kind


def _cues(analysis):
    from laylint.claims.vocabulary import vocabulary
    from laylint.text import alternation

    def build():
        vocab = vocabulary(analysis)
        return (re.compile(rf"\b(?:{alternation(vocab.link_words)})\b", re.IGNORECASE),
                re.compile(rf"\b(?:{alternation(vocab.not_a_statement)})\b", re.IGNORECASE))

    return analysis.shared("claims.unknown-pair-cues", build)


def check(rule, analysis):
    from laylint.claims import clauses
    from laylint.claims.backing import note, pair_backed
    from laylint.claims.comparators import comparator_names
    from laylint.claims.population_words import describes_who
    from laylint.claims.vocabulary import vocabulary

    from laylint.claims.drafted import drafted

    if drafted(analysis):
        return  # a drafted abstract may simply lack the pair's finding
    metadata = analysis.metadata
    arms = {word.lower() for group in vocabulary(analysis).comparators for word in group}
    known, studied = set(), set()
    for finding in metadata.findings:
        for drug in (finding.drug, *comparator_names(finding, metadata)):
            known.add((drug, finding.outcome))
            studied.add(drug)
    background = {f.outcome for f in metadata.findings if f.drug is None}
    link, not_a_statement = _cues(analysis)
    sentences = analysis.sentences
    reported = set()
    for clause in clauses(analysis):
        if any(f.unit in ("percent", "relative", "ratio", "number", "difference", "count") for f in clause.figures):
            continue
        names = {drug.name for drug in clause.all_drugs}
        outcomes = {outcome.name for outcome in clause.outcomes}
        if not outcomes or any((drug, outcome) in known for drug in names for outcome in outcomes):
            continue  # the clause states a comparison the source has
        sentence = sentences[clause.sentence]
        if sentence.block == "heading" or sentence.text.rstrip().endswith("?") or not_a_statement.search(sentence.text) \
                or not link.search(analysis.text, clause.start, clause.end):
            continue
        for drug in clause.drugs:
            if drug.name not in studied or drug.name.lower() in arms or drug.text.lower() in arms:
                continue  # a comparison arm ("placebo") is linked to outcomes only through a drug
            for outcome in clause.outcomes:
                pair = (drug.name, outcome.name)
                if pair in known or outcome.name in background or (clause.sentence, pair) in reported \
                        or describes_who(analysis.text, clause.start, outcome.start):  # "who have not had a stroke"
                    continue
                reported.add((clause.sentence, pair))
                start, end = min(drug.start, outcome.start), max(drug.end, outcome.end)
                backed = pair_backed(analysis, drug.name, outcome.name)  # the abstract beside the metadata has it: info
                yield analysis.diagnostic(rule, start, end, drug=drug.name, outcome=outcome.name, case="backed" if backed else None,
                                          drug_text=drug.text, outcome_text=outcome.text,
                                          drafted=note(analysis, backed) if backed else drafted_note(analysis))


KIND = Kind("unknown-pair", check, fields=("drug", "outcome", "drug_text", "outcome_text", "drafted"),
            severities={"backed": "info"})
