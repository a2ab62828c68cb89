"""Claims round 22 (issue 14, recall): a total of people said as the whole review's ("the review
included", "in total", "across the N studies") that is neither the declared total nor any count the
source gives is a mismatch (an error; before, the warning of a count the source lacks), however far it is from the total (LLM writers invent "about 5,000
participants"). Parts stay quiet: "Two trials with 210 people looked at ..." names no whole, and a count
of studies before the people that is not the review's own makes them a part's people.
Sentences written for these tests (made-up studies and numbers) across fields.
"""

from __future__ import annotations

import pytest

from lint_support import claim_rules_at


def _source(studies, participants, drug, comparator, outcome, counts=()):
    return {"design": "meta-analysis", "studies": studies, "participants": participants,
            "drugs": {drug: [], comparator: []}, "outcomes": {outcome: []},
            "findings": [{"drug": drug, "comparator": comparator, "outcome": outcome, "measure": "risk-ratio",
                          "value": 0.8, "ci": [0.7, 0.9]},
                         *({"measure": "count", "value": v, "population": p} for v, p in counts)]}


SOURCES = {
    "cardiology": _source(14, 8200, "statins", "placebo", "heart attack"),
    "oncology": _source(9, 2140, "radiotherapy", "surgery", "survival",
                        [(610, "women in the breast-conserving analysis")]),
    "smoking": _source(22, 11500, "varenicline", "nicotine patches", "quitting"),
    "paediatrics": _source(6, 930, "zinc", "placebo", "diarrhoea"),
    "renal": _source(11, 1710, "home dialysis", "centre dialysis", "survival"),
    "mental": _source(8, 1320, "online therapy", "usual care", "depression"),
}

CASES = [
    # -- a whole-review total of people that the source does not give: a mismatch --
    ("cardiology", "The review included 14 trials with about 5,000 people.", "5,000", True),
    ("cardiology", "The review included 14 trials with 8,200 people.", "8,200", False),
    ("oncology", "In total, 3,400 women took part in the studies.", "3,400", True),
    ("oncology", "In total, 2,140 women took part in the studies.", "2,140", False),
    ("smoking", "Across the 22 studies, about 16,000 smokers took part.", "16,000", True),
    ("smoking", "Across the 22 studies, about 11,500 smokers took part.", "11,500", False),
    ("paediatrics", "We found six trials with a total of 1,450 children.", "1,450", True),
    ("paediatrics", "We found six trials with a total of 930 children.", "930", False),
    ("renal", "Altogether, 2,600 adults on dialysis took part.", "2,600", True),
    ("mental", "The review found eight studies involving 3,100 adults with depression.", "3,100", True),
    ("mental", "The review found eight studies involving 1,320 adults with depression.", "1,320", False),
    ("renal", "Across 11 trials, 4,000 people on dialysis took part.", "4,000", True),
    ("paediatrics", "Overall, 2,500 children took part.", "2,500", True),
    ("mental", "In all, the eight studies enrolled 600 adults.", "600", True),
    ("smoking", "The included trials recruited 30,000 smokers.", "30,000", True),
    ("cardiology", "These trials included 3,000 people in total.", "3,000", True),
    ("cardiology", "These trials included 8,200 people in total.", "8,200", False),
    # -- a count the source gives (another analysis) is left to the judge's own checks: quiet here --
    ("oncology", "In total, 610 women were in the breast-conserving analysis.", "610", False),
    # -- parts, human style: quiet --
    ("paediatrics", "Two trials with 210 children looked at hospital stays.", "210", False),
    ("cardiology", "Three trials (1,100 people) measured strokes.", "1,100", False),
    ("smoking", "The review included 22 studies; four studies with 900 smokers used a quitline.", "900", False),
    ("renal", "Across three studies, 450 adults reported fatigue.", "450", False),  # three is not the review's 11
    ("oncology", "The review included 9 studies with 2,140 women, of whom 700 had stage I disease.", "700", False),
]


@pytest.mark.parametrize("source, text, figure, flagged", CASES)
def test_whole_review_totals(source, text, figure, flagged):
    rules = claim_rules_at(text, SOURCES[source], figure)
    # an invented total is an error, not the warning of a count the source lacks; the right total and parts are quiet
    assert rules == (["claims/number-mismatch"] if flagged else []), rules
