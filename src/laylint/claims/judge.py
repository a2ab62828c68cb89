"""The verdict on one attached figure: verified, wrong-pair, number-mismatch, unsupported-number,
count (a declared number of studies or people) or unattached (a date, dose, age, label...).

Counts of studies and people are claims: they must be a declared count (`studies`, `participants`,
or a `count` finding of a comparison the clause names). A count that contradicts a declared total
(more studies than the review has, "over 1600" when it had 1600, or a total that differs) is a
number-mismatch; a count the source does not have at all is unsupported (its own case, so the rule
can make it a warning: the full review may hold it).

This module sets the figure's kind apart and hands it on: counts of studies or people (count_verdict.py, then
sibling_counts.py: a count with another group's number is a mismatch against the group its words name),
other counts (count_other.py), doses (dose_verdict.py), durations (plain_verdict.py), estimates
(estimate_verdict.py). What it returns is verdict.py's Verdict.
"""

from __future__ import annotations

import re

from laylint.claims.compare import finding_kind
from laylint.claims.count_evidence import evidence_counts, evidence_verdict
from laylint.claims.count_other import in_millions, named_millions, other_count
from laylint.claims.count_verdict import judge_count
from laylint.claims.sibling_counts import better_described
from laylint.claims.counted import total_finding
from laylint.claims.dose_verdict import judge_dose
from laylint.claims.estimate_verdict import judge_estimate
from laylint.claims.not_results import share_of_the_studies
from laylint.claims.plain_verdict import judge_plain
from laylint.claims.quantities import CLAIM_UNITS, Figure
from laylint.claims.size_ranges import size_range
from laylint.claims.study_shares import share_of_studies
from laylint.claims.summed_counts import summed_count
from laylint.claims.verdict import NO_CONTEXT, Context, Verdict
from laylint.metadata import Finding, Metadata

# the names other modules import from here
__all__ = ["Context", "Verdict", "evidence_counts", "evidence_verdict", "judge", "total_finding"]


def judge(figure: Figure, drug: str | None, outcome: str | None, metadata: Metadata | None,
          context: Context = NO_CONTEXT) -> Verdict:
    if outcome is not None and drug is not None and not context.carried and metadata is not None and figure.unit in CLAIM_UNITS \
            and not any(f.drug for f in metadata.findings if f.outcome == outcome):
        outcome = None  # "in women with dense breasts": an outcome declared only for background shares is a subgroup here
    verdict = _judge(figure, drug, outcome, metadata, context)
    if context.of_studies and verdict.verdict != "verified" and (shared := share_of_studies(figure, context, metadata)):
        return shared  # "half of the trials reported side effects": the source's count of them, out of all
    if verdict.verdict in ("number-mismatch", "wrong-pair", "unsupported-number") and _description(figure, drug, outcome, context, metadata):
        return Verdict("unattached")
    return verdict


def _description(figure: Figure, drug: str | None, outcome: str | None, context: Context, metadata) -> bool:
    """A share that describes the studies or their people rather than states a finding: a share of the
    studies ("most studies (75%)"), or a share in words ("almost half of the women") that names no
    outcome or speaks of some of the studies only ("in one study, almost half of the women"), or an
    approximate one ("about 1 in 10") naming neither drug nor outcome. A careful editor would not
    ask for a source figure for it; a share in words stated for a drug and an outcome still is."""
    if figure.unit != "percent":
        return False
    if context.of_studies or share_of_the_studies(figure, context.after):  # "about half the trials required ..."
        return True
    if context.who and (drug is None or context.carried) and outcome is None and not (metadata is not None and any(
            f.drug is None and finding_kind(f) == "percent" for f in metadata.findings)):
        return True  # who took part, unless the source declares such shares (then they are checked)
    if figure.form == "fraction":  # "about half the tests", "in one study, almost half of the women"
        return outcome is None or bool(_ONE_STUDY.search(context.clause_start))
    background = metadata is not None and any(f.drug is None and finding_kind(f) == "percent" for f in metadata.findings)
    return figure.form == "frequency" and figure.qualifier == "approximate" and drug is None and outcome is None \
        and not background  # a source that gives how common things are is checked against it


def _judge(figure: Figure, drug: str | None, outcome: str | None, metadata: Metadata | None,
           context: Context = NO_CONTEXT) -> Verdict:
    findings = metadata.findings if metadata else []
    if figure.restates:
        return Verdict("unattached")  # the difference it restates is judged
    if figure.example and (declared := _declared_example(figure, findings)) is not None:
        return Verdict("verified", declared)
    if figure.unit == "dose":
        verdict = judge_dose(figure, metadata, context)
        if verdict.verdict == "unattached" and figure.change:  # "blood pressure fell by 5 mmHg"
            return judge_plain(figure, drug, outcome, metadata, findings, context)
        return verdict
    if figure.unit == "count" and figure.counted in ("studies", "people"):
        counted = better_described(judge_count(figure, metadata, context, drug, outcome), figure, metadata, context)
        if counted.verdict in ("number-mismatch", "unsupported-number") and (summed := summed_count(figure, metadata, context)):
            return summed  # "the remaining 11 studies were funded by grants or did not say": 9 + 2 declared
        if counted.verdict == "number-mismatch" and counted.finding is not None \
                and counted.finding.population == "participants in the review" and (sized := size_range(figure, metadata)):
            return sized  # "studies of between 11 and 40 people": sizes of studies, never the total
        return counted
    if figure.unit == "count" and figure.noun:
        verdict = other_count(figure, findings, context.segment)
        if verdict is not None:
            return verdict
    if figure.unit == "count" and figure.counted == "other" and figure.decimals <= -3:
        verdict = in_millions(figure, outcome, findings) if outcome is not None else named_millions(figure, metadata, context.lead + context.after)
        if verdict is not None:
            return verdict
    if figure.unit in ("count", "duration"):
        return judge_plain(figure, drug, outcome, metadata, findings, context)
    if figure.unit not in CLAIM_UNITS:
        return Verdict("unattached")
    return judge_estimate(figure, drug, outcome, metadata, context)


def _declared_example(figure: Figure, findings) -> Finding | None:
    """A count of a worked example of a test ("would miss 60 out of the 200 with glaucoma") belongs to
    no one test: it is backed when the source declares each of its numbers as a count of an outcome (not
    a count of studies that happens to be equal: "103 out of 800" is no "103 case-control studies")."""
    numbers = (figure.numerator, figure.denominator) if figure.form == "frequency" else (figure.value,)
    found = [next((f for f in findings if finding_kind(f) == "count" and f.outcome and f.value.value == n), None)
             for n in numbers]
    return found[0] if all(found) else None


# "In two studies, almost half ...": a share in some of the studies, which the source does not split
_ONE_STUDY = re.compile(r"\b(?:in|from)\s+(?:one|two|three|four|five|some|several|a\s+few|another|a\s+single|\d+)\s+"
                        r"(?:of\s+the(?:se)?\s+)?(?:other\s+)?(?:stud(?:y|ies)|trials?)\b", re.IGNORECASE)
