"""Claims round 23 (issue 14): general forms the devaraj6 and fresh12 sets exposed.
(1) Cochrane's absolute effect "58 fewer events per 1000 (85 fewer to 27 fewer)": the bracket is the
CI of the per-1000 difference, and words between "fewer" and "per 1000" do not break the difference.
Sentences written for these tests (made-up studies and numbers) across fields.
"""

from __future__ import annotations

import pytest

from lint_support import claim_rules_at, claims_at


def _source(drug, comparator, outcome, value, ci, extra=()):
    return {"design": "meta-analysis", "studies": 9, "participants": 3000,
            "drugs": {drug: [], comparator: []}, "outcomes": {outcome: []},
            "findings": [{"drug": drug, "comparator": comparator, "outcome": outcome, "measure": "risk-difference",
                          "value": value, "ci": ci}, *extra]}


DIFFERENCES = {
    "oncology": _source("zoledronate", "placebo", "fractures", "-5.8%", ["-8.5%", "-2.7%"]),
    "cardiology": _source("aspirin", "placebo", "stroke", "-3.6%", ["-7.1%", "-0.7%"]),
    "infection": _source("amoxicillin", "placebo", "cure", "4%", ["-1.9%", "11.4%"]),
    "renal": _source("sevelamer", "calcium", "kidney injury", "2.2%", ["0.4%", "5%"]),
}

CASES = [
    # -- the estimate and its bracketed CI, per 1000: quiet when right --
    ("oncology", "Zoledronate resulted in 58 fewer fractures per 1000 (85 fewer to 27 fewer).", "85", False),
    ("oncology", "Zoledronate resulted in 58 fewer fractures per 1000 (85 fewer to 27 fewer).", "58", False),
    ("cardiology", "Aspirin led to 36 fewer people with a stroke per 1000 people (71 fewer to 7 fewer).", "36", False),
    ("cardiology", "Aspirin led to 36 fewer people with a stroke per 1000 people (71 fewer to 7 fewer).", "71", False),
    ("infection", "Amoxicillin cured 40 more children per 1000 children (19 fewer to 114 more).", "19", False),
    ("infection", "Amoxicillin cured 40 more children per 1000 children (19 fewer to 114 more).", "40", False),
    ("renal", "Sevelamer caused kidney injury in 22 more people per 1000 (95% CI 4 more to 50 more).", "4 more", False),
    # -- the same forms with a wrong value: flagged --
    ("oncology", "Zoledronate resulted in 58 fewer fractures per 1000 (95 fewer to 27 fewer).", "95", True),
    ("oncology", "Zoledronate resulted in 58 fewer fractures per 1000 (85 fewer to 47 fewer).", "85", True),
    ("oncology", "Zoledronate resulted in 68 fewer fractures per 1000 (85 fewer to 27 fewer).", "68", True),
    ("cardiology", "Aspirin led to 46 fewer people with a stroke per 1000 people (71 fewer to 7 fewer).", "46", True),
    ("infection", "Amoxicillin cured 40 more children per 1000 children (19 fewer to 134 more).", "19", True),
    ("renal", "Sevelamer caused kidney injury in 22 more people per 1000 (95% CI 4 more to 80 more).", "4 more", True),
]


@pytest.mark.parametrize("source, text, figure, flagged", CASES)
def test_bracketed_difference_intervals(source, text, figure, flagged):
    rules = claim_rules_at(text, DIFFERENCES[source], figure)
    assert rules == (["claims/number-mismatch"] if flagged else []), rules


# (1b) per-arm risks with the denominator first: "of 1000 women receiving X, 80 would ..., compared with 120 of 1000"
ARMS = {"design": "meta-analysis", "studies": 5, "participants": 3000,
        "drugs": {"tamoxifen": [], "placebo": []}, "outcomes": {"recurrence": []},
        "findings": [{"drug": "tamoxifen", "outcome": "recurrence", "measure": "risk", "value": "8%"},
                     {"drug": "placebo", "outcome": "recurrence", "measure": "risk", "value": "12%"}]}
ARM_TEXT = ("We can assume that of 1000 women receiving tamoxifen, {a} would have a recurrence, "
            "compared with {b} of 1000 women receiving placebo.")
ARM_CASES = [
    (ARM_TEXT.format(a=80, b=120), "1000", False),  # a denominator, never a count of people
    (ARM_TEXT.format(a=80, b=120), "80", False),
    (ARM_TEXT.format(a=80, b=120), "120", False),
    (ARM_TEXT.format(a=90, b=120), "90", True),
    (ARM_TEXT.format(a=80, b=150), "150", True),
]


@pytest.mark.parametrize("text, figure, flagged", ARM_CASES)
def test_per_arm_risks_denominator_first(text, figure, flagged):
    rules = claim_rules_at(text, ARMS, figure)
    assert rules == (["claims/number-mismatch"] if flagged else []), rules


# (2) a score out of a scale's top is a score, not a share of people
SCALE = {"design": "meta-analysis", "studies": 5, "participants": 800,
         "drugs": {"endometrial scratch": [], "no procedure": []}, "outcomes": {"pain": [], "live birth": []},
         "findings": [{"drug": "endometrial scratch", "comparator": "no procedure", "outcome": "live birth",
                       "measure": "risk-ratio", "value": 1.1, "ci": [0.9, 1.3]}]}
SCALE_CASES = [
    ("Women rated the pain of the endometrial scratch as six out of 10 on a visual scale from zero to 10.", "six out of 10", False),
    ("With endometrial scratch, children rated their pain as 3 out of 10 on the faces pain scale.", "3 out of 10", False),
    ("With endometrial scratch, pain affected six out of 10 women.", "six out of 10", True),  # a share: still checked
]


@pytest.mark.parametrize("text, figure, flagged", SCALE_CASES)
def test_score_out_of_scale(text, figure, flagged):
    rules = claim_rules_at(text, SCALE, figure)
    assert rules == (["claims/unsupported-number"] if flagged else []), rules


# (4) a count of the studies of one outcome is a part: checked only against a count for that outcome
def _subsets(drug, comparator, outcome, other, population, n):
    return {"design": "meta-analysis", "studies": 8, "participants": 1200,
            "drugs": {drug: [], comparator: []}, "outcomes": {outcome: [], other: []},
            "findings": [{"measure": "count", "value": n, "population": f"trials in {population}"},
                         {"drug": drug, "comparator": comparator, "outcome": outcome, "measure": "mean-difference",
                          "value": -0.6, "ci": [-1, -0.1], "population": population},
                         {"drug": drug, "comparator": comparator, "outcome": outcome, "measure": "count",
                          "value": n, "population": f"trials in {population}"}]}


SUBSETS = {
    "paediatrics": _subsets("tonsillectomy", "watchful waiting", "sore throat episodes", "quality of life", "children", 5),
    "mental": _subsets("group therapy", "usual care", "depression scores", "sleep quality", "older adults", 6),
}
SUBSET_CASES = [
    ("paediatrics", "Two studies in children found no difference in quality of life.", "Two", False),
    ("mental", "Three trials in older adults found no difference in sleep quality.", "Three", False),
    ("paediatrics", "Five studies in children measured sore throat episodes.", "Five", False),
    ("paediatrics", "Three studies in children measured sore throat episodes.", "Three", True),  # same outcome, wrong count
    ("mental", "Four trials in older adults measured depression scores.", "Four", True),
    ("paediatrics", "Seven trials in children were included.", "Seven", True),  # the population's count, no outcome named
    ("paediatrics", "Seven studies in children found no difference in quality of life.", "Seven", True),  # more than 5 in children
    ("mental", "Nine trials in older adults found no difference in sleep quality.", "Nine", True),
]


@pytest.mark.parametrize("source, text, figure, flagged", SUBSET_CASES)
def test_studies_of_one_outcome_are_a_part(source, text, figure, flagged):
    rules = claim_rules_at(text, SUBSETS[source], figure)
    assert rules == (["claims/number-mismatch"] if flagged else []), rules


# (3) diagnostic accuracy: a figure "against"/"with" a reference standard is an index test's against it
def _accuracy(test, other_test, reference, other_reference):
    def found(drug, comparator, outcome, value, population=None):
        return {"drug": drug, "comparator": comparator, "outcome": outcome, "measure": "proportion", "value": value,
                **({"population": population} if population else {})}
    return {"design": "meta-analysis", "studies": 30, "participants": 6000,
            "drugs": {test: [], other_test: [], reference: [], other_reference: []},
            "outcomes": {"sensitivity": [], "specificity": []},
            "findings": [found(test, reference, "sensitivity", "82%", "cut-off 1"), found(test, reference, "sensitivity", "86%", "cut-off 2"),
                         found(test, reference, "specificity", "95%"), found(test, other_reference, "sensitivity", "75%"),
                         found(other_test, reference, "sensitivity", "60%"),
                         {"outcome": "sensitivity", "measure": "proportion", "value": "0%", "population": "lowest of all tests"},
                         {"outcome": "sensitivity", "measure": "proportion", "value": "90%", "population": "highest of all tests"}]}


ACCURACY = {
    "strep": _accuracy("rapid antigen test", "clinical score", "throat culture", "PCR"),
    "malaria": _accuracy("rapid diagnostic test", "fever history", "microscopy", "parasite PCR"),
}
ACCURACY_CASES = [
    ("strep", "The rapid antigen test had good sensitivity (around 82-86% with throat culture).", "82", False),
    ("strep", "Against throat culture, the rapid antigen test picked up 86% of cases.", "86%", False),
    ("strep", "Compared with PCR, the rapid antigen test had a sensitivity of 75%.", "75%", False),
    ("malaria", "The rapid diagnostic test had a specificity of 95% against microscopy.", "95%", False),
    ("strep", "The rapid antigen test had good sensitivity (around 62-66% with throat culture).", "62", True),
    ("strep", "Compared with PCR, the rapid antigen test had a sensitivity of 55%.", "55%", True),
    ("malaria", "The rapid diagnostic test had a specificity of 85% against microscopy.", "85%", True),
]


@pytest.mark.parametrize("source, text, figure, flagged", ACCURACY_CASES)
def test_index_test_against_reference_standard(source, text, figure, flagged):
    found = claims_at(text, ACCURACY[source], figure)
    assert bool(found) == flagged, found
    assert "sensitivity: 0%" not in " ".join(found)  # never the review-wide bound in place of the test's own figure
