"""The verdict on an estimate (percent, ratio, difference, number): verified, wrong-pair, mismatch or unsupported."""

from __future__ import annotations

import re
from dataclasses import replace

from laylint.claims.attribution import restated
from laylint.claims.comparators import comparator_names, partners
from laylint.claims.compare import COMPARATIVE_KINDS, agrees, comparable, finding_kind
from laylint.claims.counted import counts_what, share_of_another_group
from laylint.claims.derived_estimates import arm_differences, arm_ratios, derived_risks, has_arms
from laylint.claims.differences import no_counts
from laylint.claims.estimate_words import (CONTROL, FROM_TO, FULLER_BEFORE, REMAINING, TO_AFTER, bare_against_a_difference,
                                           before_in_segment, changed_by, compared_with, narrower_said,
                                           outcome_just_before, review_count_for_an_arm, same_time)
from laylint.claims.measured import points_after
from laylint.claims.named_outcome import named_outcome_finding
from laylint.claims.not_results import design_number
from laylint.claims.points import mean_difference_in_points
from laylint.claims.quantities import Figure
from laylint.claims.range_ends import wrong_end
from laylint.claims.umbrella import umbrella_finding
from laylint.claims.verdict import BOUNDS, Context, Verdict, same_name
from laylint.metadata import Finding, Metadata


_KIND_OF_UNIT = {"percent": "percent", "relative": "relative", "ratio": "ratio", "difference": "difference"}


# a diagnostic accuracy outcome: its findings are an index test's ("drug") against a reference standard
_ACCURACY = re.compile(r"\b(?:sensitivity|specificity|predictive\s+value|accuracy|likelihood\s+ratio|"
                       r"false[\s-]+(?:positive|negative)|true[\s-]+(?:positive|negative))", re.IGNORECASE)


def _arm(finding: Finding, drug: str | None, metadata, context: Context) -> bool:
    """Is the figure's drug an arm of this finding? A ratio or difference belongs to its comparison,
    so it may be attached to the comparator too ("OCPs over the continuous regimen (RR 1.11)"),
    unless the clause puts the finding's own drug after "than" (the comparison reversed)."""
    if same_name(finding.drug, drug):
        return True
    if finding.drug and _ACCURACY.search(finding.outcome or "") and drug in comparator_names(finding, metadata) \
            and not any(f.drug == drug and f.outcome == finding.outcome for f in metadata.findings):
        # a reference standard ("sensitivity of 45% against isotope dilution"): the figure is an index test's
        # against it, the one the clause names when it names one
        named = [name for name in context.drugs if name != drug]
        return not named or finding.drug in named
    if finding_kind(finding) not in COMPARATIVE_KINDS or finding.drug in context.comparators:
        return False
    comparators = comparator_names(finding, metadata)
    if drug in comparators:
        return True
    # "antibiotic ear drops instead of boric acid" for quinolones vs boric acid: a drug (or class)
    # with no finding of its own for this outcome, compared with the finding's comparator
    return any(name in context.comparators for name in comparators) and not any(
        f.drug == drug and f.outcome == finding.outcome for f in metadata.findings)


def judge_estimate(figure: Figure, drug: str | None, outcome: str | None, metadata: Metadata | None,
                   context: Context) -> Verdict:
    """A figure in a claim unit, against the findings it may state (judge.py has set the other kinds apart)."""
    findings = metadata.findings if metadata else []
    if figure.unit == "number" and drug is None and outcome is None and figure.form != "points":
        return Verdict("unattached")  # a bare "52" about nothing named: no claim to check ("40 percentage points" is one)
    if (design := design_number(figure, context.after, findings)) is not None:
        return design  # "randomly put into 2 groups": the methods, checked only against the source's counts of them
    candidates = [f for f in findings if comparable(figure, f)]
    changed = changed_by(figure, context) or points_after(context.after)
    candidates = no_counts(candidates, figure, changed)  # "by about 17 points" is no 17 studies
    matching = [f for f in candidates if agrees(figure, f)]
    exact = [f for f in matching if _arm(f, drug, metadata, context) and same_name(f.outcome, outcome)
             and not review_count_for_an_arm(figure, f, drug, outcome, context)]
    if exact:
        if (end := wrong_end(figure, drug, exact, findings)) is not None:
            return Verdict("number-mismatch", end)  # "86% to 94%" for two studies' 85.0% and 93.8%
        return Verdict("verified", exact[0])
    if (points := mean_difference_in_points(figure, outcome, findings, lambda f: _arm(f, drug, metadata, context))):
        return Verdict("verified", points)  # "HbA1c lowered by 0.3%" for MD -0.3 (percentage points)
    if figure.unit in ("ratio", "relative") and outcome is not None:
        for arm, ratio in arm_ratios(findings, drug, outcome):
            if agrees(figure, ratio):
                return Verdict("verified", arm)
    if figure.unit == "percent" and outcome is not None and not figure.change:
        for ratio, risk in derived_risks(findings, outcome, metadata):  # 202 per 1000 with RR 0.71: ~284 with the other
            if (drug is None or drug == risk.drug) and agrees(figure, risk):
                return Verdict("verified", ratio)
    if figure.unit == "difference" and (outcome is not None or drug is not None):
        against = drug is not None and compared_with(drug, figure, context, metadata)
        for arm, difference in arm_differences(findings, None if against else drug, outcome):
            # "8 fewer ... compared with usual care": the other arm's difference from the drug named
            if (difference.comparator == drug if against else True) and agrees(figure, difference):
                return Verdict("verified", arm)
    if not figure.counted:  # a number that counts nothing named is no wrong count of studies or people ("about 113")
        candidates = [f for f in candidates if not (finding_kind(f) == "count" and counts_what(f))]
        matching = [f for f in matching if f in candidates]
    pair = [f for f in candidates if outcome is not None and f.outcome == outcome and (drug is None or _arm(f, drug, metadata, context))]
    pair.sort(key=lambda f: finding_kind(f) != _KIND_OF_UNIT.get(figure.unit, finding_kind(f)))  # same measure first
    sharing = [f for f in matching if (drug is not None and f.drug == drug) or (outcome is not None and f.outcome == outcome)]
    loose = figure.form == "range" or figure.qualifier in BOUNDS  # "more than 5%" fits many findings
    if sharing and not loose and context.carried_across and outcome is not None and drug is not None:
        # the drug was only carried from the sentence before ("Out of 1000 who did not wash, 380 ..."): a figure
        # that is exactly the other arm's for the same outcome is that arm's (the control group's risk)
        other = next((f for f in sharing if f.outcome == outcome and f.drug in partners(drug, metadata)), None)
        if other is not None:
            return Verdict("verified", other)
    if sharing and not loose and outcome is not None and drug is not None and FROM_TO.search(before_in_segment(figure, context)):
        # "reduced admissions ... (from about 24 per 100 to about 16 per 100)": the figure after "from" is the
        # comparator's risk, the one after "to" the drug's
        other = next((f for f in sharing if f.outcome == outcome and f.drug in partners(drug, metadata)), None)
        if other is not None and TO_AFTER.match(context.segment, context.segment.find(figure.text) + len(figure.text)):
            return Verdict("verified", other)
    if sharing and not loose and outcome is not None:
        narrower = next((f for f in sharing if f.drug == drug and narrower_said(f.outcome, outcome, context.segment)), None)
        if narrower is not None:  # "withdrew ... due to adverse events": withdrawals due to adverse events
            return Verdict("verified", narrower)
    if sharing and not loose:  # a range or bound that merely overlaps another pair's figure is no clear wrong pair
        # the outcome named right before it, in more words than the one attached ("success rates at the first
        # attempt (+57%)": success at first attempt, not "attempts")
        said = outcome_just_before(outcome, context, metadata)
        named = next((f for f in sharing if outcome_just_before(f.outcome, context, metadata, FULLER_BEFORE) > said), None)
        if named is not None and named.drug == drug:  # "increased coughing (in one third of children)": that outcome's
            return Verdict("verified", named)
        if drug is not None and outcome is not None and CONTROL.search(drug) \
                and not any(f.drug == drug and f.outcome == outcome for f in findings):
            # "Without antibiotics, almost half were cured": an untreated arm the source gives no figure of is its
            # other untreated arm (placebo), whose figure it is
            control = next((f for f in sharing if f.outcome == outcome and f.drug and CONTROL.search(f.drug)
                            and same_time(f.population or "", context.after)), None)
            if control is not None:
                return Verdict("verified", control)
        if (own := restated(drug, outcome, matching, context, loose, metadata, figure)) is not None:
            return Verdict("verified", own)  # a guessed drug; the value is exactly one comparison's (round 18)
        if (variant := umbrella_finding(drug, outcome, matching, metadata)) is not None:
            return Verdict("verified", variant)  # "DAT imaging" for the one kind of it whose value this is
        return Verdict("wrong-pair", sharing[0], pair[0] if pair else None)
    if figure.unit == "percent" and figure.form == "percent" and REMAINING.search(context.before) and any(
            agrees(replace(figure, value=100 - figure.value), f) for f in candidates if finding_kind(f) == "percent"):
        return Verdict("unattached")  # "the remaining 82%": 100 minus a finding, which is judged where stated
    if pair:
        if context.subgroup and not any(f.population for f in pair):
            return Verdict("unsupported-number")  # a subgroup's figure against the whole: the source cannot say
        if bare_against_a_difference(figure, pair[0], context):
            return Verdict("unattached")
        if (own := restated(drug, outcome, matching, context, loose, metadata, figure)) is not None:
            return Verdict("verified", own)  # a guessed drug; the value is exactly another comparison's (round 18)
        if figure.unit == "percent" and not drug and all(share_of_another_group(f, figure, context) for f in pair):
            return Verdict("unsupported-number")  # "Caucasians (84.5%)" against "57.2% male": another trait's share
        return Verdict("number-mismatch", pair[0])
    arms = has_arms(findings, outcome) if figure.unit == "difference" and outcome is not None else []
    if len({f.drug for f in arms}) >= 2:  # a difference contradicts two arms' risks; one arm says nothing of it
        return Verdict("number-mismatch", arms[0])
    if figure.unit == "difference" and figure.form == "range":
        return Verdict("unattached")  # "from 44 fewer to 21 more per 1,000": no difference or arms to check it by
    if outcome is None and drug is not None and figure.unit == "percent" \
            and any(f.drug in partners(drug, metadata) for f in matching):
        return Verdict("unattached")  # no outcome named, and the figure is the other arm's ("18% versus 34%")
    if (named := named_outcome_finding(figure, drug, outcome, matching, metadata, context)) is not None:
        return Verdict("verified", named)  # exactly the finding of another outcome its sentence names in words
    return Verdict("unsupported-number")
