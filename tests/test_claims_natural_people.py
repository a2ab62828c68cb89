"""Natural frequencies with the people named between the figure and its denominator ("40 people out of 100
in the statin group", "14 children per 1,000"), the commonest way Cochrane's older plain language summaries
write risks (held-out Devaraj reviews, read after scoring). Sentences written for these tests across fields
(made-up studies and numbers); each quiet row has a loud twin with a wrong figure in the same shape, and a
count of studies or people before "of"/"in" is still a count, not a frequency."""

from __future__ import annotations

import pytest

from lint_support import claim_rules_at

STUDIES = {
    "statin": {  # cardiology
        "design": "meta-analysis", "studies": 6, "participants": 2400,
        "drugs": {"statin": [], "placebo": ["dummy pill"]}, "outcomes": {"heart attack": []},
        "findings": [{"drug": "statin", "outcome": "heart attack", "value": "40%"},
                     {"drug": "placebo", "outcome": "heart attack", "value": "7%"}]},
    "gout": {  # rheumatology: per 1000
        "design": "meta-analysis", "studies": 2, "participants": 212,
        "drugs": {"pegloticase": [], "placebo": []}, "outcomes": {"tophi resolution": ["resolution of tophi"]},
        "findings": [{"drug": "pegloticase", "outcome": "tophi resolution", "value": "2.1%"},
                     {"drug": "placebo", "outcome": "tophi resolution", "value": "5.9%"}]},
    "asthma": {  # paediatrics: a count of studies with "of"/"in" after it
        "design": "meta-analysis", "studies": 3, "participants": 100,
        "drugs": {"inhaled steroid": [], "placebo": []}, "outcomes": {"asthma attack": []},
        "findings": [{"drug": "inhaled steroid", "outcome": "asthma attack", "value": "12%"}]},
}

CASES = [
    ("statin", "40 people out of 100 in the statin group had a heart attack.", "40", False),
    ("statin", "55 people out of 100 in the statin group had a heart attack.", "55", True),
    ("statin", "In the statin group, 40 people out of 100 had a heart attack.", "100", False),
    ("statin", "With the dummy pill, 7 people in every 100 had a heart attack.", "7", False),
    ("statin", "With the dummy pill, 17 people in every 100 had a heart attack.", "17", True),
    ("gout", "With pegloticase, 21 people per 1000 had resolution of tophi.", "21", False),
    ("gout", "With pegloticase, 45 people per 1000 had resolution of tophi.", "45", True),
    ("gout", "With placebo, 59 patients out of 1,000 had resolution of tophi.", "59", False),
    ("gout", "With placebo, 59 patients out of 1,000 had resolution of tophi.", "1,000", False),
    # a count of studies before "of": still a count, checked as one
    ("asthma", "We found 3 studies of 100 children with asthma.", "3", False),
    ("asthma", "We found 5 studies of 100 children with asthma.", "5", True),
]


@pytest.mark.parametrize("study, text, figure, flagged", CASES)
def test_people_between_figure_and_denominator(study, text, figure, flagged):
    found = claim_rules_at(text, STUDIES[study], figure)
    assert bool(found) == flagged, found
