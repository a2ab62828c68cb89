"""The verdict on a duration or an uncounted count: no claim unless a plain finding of its pair backs it."""

from __future__ import annotations

from dataclasses import replace

from laylint.claims.compare import agrees, finding_kind
from laylint.claims.counted import counts_what
from laylint.claims.differences import in_another_time_unit, no_counts, unnamed_arm
from laylint.claims.estimate_words import MEAN_DIFFERENCE_BEFORE, before_in_segment, changed_by
from laylint.claims.measured import time_point_after
from laylint.claims.time_differences import as_difference, time_difference, time_outcomes
from laylint.claims.verdict import NO_CONTEXT, Context, Verdict, same_name


def judge_plain(figure, drug, outcome, metadata, findings, context: Context = NO_CONTEXT) -> Verdict:
    """A duration or an uncounted count is no claim, unless a plain finding of its pair backs it;
    a duration that states a difference ("2 days longer") must then match it."""
    as_number = as_difference(figure) if figure.unit == "duration" else replace(figure, unit="number")
    if not (drug or outcome) and figure.change and MEAN_DIFFERENCE_BEFORE.search(before_in_segment(figure, context)):
        # "the pooled mean difference in bilirubin reduction was -0.12 mg/dL" with no outcome named: a source
        # with one mean difference has no other it could be
        means = [f for f in findings if f.measure == "mean-difference"]
        if len(means) == 1:
            return Verdict("verified", means[0]) if agrees(as_number, means[0]) else Verdict("number-mismatch", means[0])
    pair, changed = [], (figure.change or changed_by(figure, context)) and not time_point_after(context.after)
    timed_outcomes = time_outcomes(metadata) if changed and figure.unit == "duration" and metadata is not None else set()
    if timed_outcomes and (timed := time_difference(figure, drug, outcome, metadata, findings, context.after,
                                                    context.before)) is not None:
        return Verdict(*timed)  # "PCNL keeps you in hospital about 1 day longer": the drug's time outcome
    for finding in no_counts(findings, figure, changed, counts_what):  # "by about 5 days": no 5 studies
        if finding_kind(finding) in ("count", "number", "plain") and same_name(finding.drug, drug) \
                and same_name(finding.outcome, outcome) and (drug or outcome):
            if agrees(as_number, finding):
                return Verdict("verified", finding)
            if finding.drug == drug and finding.outcome == outcome and finding_kind(finding) == "number":
                pair.append(finding)
    if changed and in_another_time_unit(figure, context.after, [f for f in findings if same_name(f.outcome, outcome)]):
        return Verdict("unattached")  # "about 4 minutes" for 230 seconds: the source's unit is not recorded
    if changed and pair and drug and outcome and (outcome in timed_outcomes or not timed_outcomes):
        return Verdict("number-mismatch", pair[0])  # (a duration says nothing of an outcome not measured in time)
    if changed and (unnamed := unnamed_arm(figure, drug, outcome, metadata, findings,
                                           f"{context.before} {context.after}")) is not None:
        return Verdict(*unnamed)  # "lean body mass (MD = 1.2 kg)" naming no comparison: its one difference, or none
    return Verdict("unattached")
