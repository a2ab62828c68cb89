"""Claims round 23 (issue 14): general forms the devaraj6 and fresh12 sets exposed.
(1) Cochrane's absolute effect "58 fewer events per 1000 (85 fewer to 27 fewer)": the bracket is the
CI of the per-1000 difference, and words between "fewer" and "per 1000" do not break the difference.
Sentences written for these tests (made-up studies and numbers) across fields.
"""

from __future__ import annotations

import pytest

from lint_support import claim_rules_at


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
