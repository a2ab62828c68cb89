"""The verdict on a duration or an uncounted count: no claim unless a plain finding of its pair backs it."""

from __future__ import annotations

from dataclasses import replace

from laylint.claims.compare import agrees, finding_kind
from laylint.claims.estimate_words import MEAN_DIFFERENCE_BEFORE, before_in_segment, changed_by
from laylint.claims.verdict import NO_CONTEXT, Context, Verdict, same_name


def judge_plain(figure, drug, outcome, metadata, findings, context: Context = NO_CONTEXT) -> Verdict:
    """A duration or an uncounted count is no claim, unless a plain finding of its pair backs it;
    a duration that states a difference ("2 days longer") must then match it."""
    as_number = replace(figure, unit="number")
    if not (drug or outcome) and figure.change and MEAN_DIFFERENCE_BEFORE.search(before_in_segment(figure, context)):
        # "the pooled mean difference in bilirubin reduction was -0.12 mg/dL" with no outcome named: a source
        # with one mean difference has no other it could be
        means = [f for f in findings if f.measure == "mean-difference"]
        if len(means) == 1:
            return Verdict("verified", means[0]) if agrees(as_number, means[0]) else Verdict("number-mismatch", means[0])
    pair = []
    for finding in findings:
        if finding_kind(finding) in ("count", "number", "plain") and same_name(finding.drug, drug) \
                and same_name(finding.outcome, outcome) and (drug or outcome):
            if agrees(as_number, finding):
                return Verdict("verified", finding)
            if finding.drug == drug and finding.outcome == outcome and finding_kind(finding) == "number":
                pair.append(finding)
    if (figure.change or changed_by(figure, context)) and pair and drug and outcome:
        return Verdict("number-mismatch", pair[0])
    return Verdict("unattached")
