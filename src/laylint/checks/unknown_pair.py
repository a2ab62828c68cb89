"""Kind `unknown-pair`: a clause links a declared drug to a declared outcome without a figure, and
the metadata has no finding for that pair ("Ocrelizumab was also linked to urinary infections")."""

from __future__ import annotations

from laylint.checks.claim_verdict import drafted_note
from laylint.checks.kind import Kind


def check(rule, analysis):
    from laylint.claims import clauses
    from laylint.claims.vocabulary import vocabulary

    metadata = analysis.metadata
    arms = {word.lower() for group in vocabulary(analysis).comparators for word in group}
    known = {(f.drug, f.outcome) for f in metadata.findings}
    background = {f.outcome for f in metadata.findings if f.drug is None}
    reported = set()
    for clause in clauses(analysis):
        if any(f.unit in ("percent", "relative", "ratio", "number") for f in clause.figures):
            continue
        for drug in clause.drugs:
            if drug.name not in metadata.drugs or drug.name.lower() in arms:
                continue  # a comparison arm ("placebo") is linked to outcomes only through a drug
            for outcome in clause.outcomes:
                pair = (drug.name, outcome.name)
                if pair in known or outcome.name in background or (clause.sentence, pair) in reported:
                    continue
                reported.add((clause.sentence, pair))
                start, end = min(drug.start, outcome.start), max(drug.end, outcome.end)
                yield analysis.diagnostic(rule, start, end, drug=drug.name, outcome=outcome.name,
                                          drug_text=drug.text, outcome_text=outcome.text, drafted=drafted_note(analysis))


KIND = Kind("unknown-pair", check, fields=("drug", "outcome", "drug_text", "outcome_text", "drafted"))
