"""Claims round 31, part M (issue 14): effect estimates and differences that passed with no message.
(1) A figure that states a difference (a change in a measured unit, "by about 5 points", "5 days shorter")
    is never backed by a count of studies or people that happens to share its value ("by about 17 points" is not
    "17 studies"): it is checked against the outcome's own results, as any difference is.
(2) A change in a measured unit said as a mean difference or a loss or gain ("MD = 1.2 kg", "mean difference 6.0 kg",
    "children lost about 1.4 kg/m2", "gained about 2 kg") is a difference, not a dose; people described by what they
    lost or gained ("people who had gained more than 5 kg") are not.
(3) A confidence interval quoted after such an estimate ("MD = -9.5 mmHg; 95% CI -12.0 to -7.0") is part of it: one
    message over both when the estimate is wrong, and it is checked against the finding's interval when it is right.
(4) A difference that names its outcome but no arm the source compares is a mismatch when the outcome has one mean
    difference, and unsupported when it has several (none fits); a duration said in another time unit than the
    source's ("about 4 minutes" for 230 seconds) is not a mismatch.
(5) "N points" is never a count of studies (one arm's score in points stays a score); "roughly 1 in N" is
    compared by its N; and the first figure of "31 vs 41 per 100" shares the verdict of the second.
Sentences written for these tests (made-up reviews and numbers) across fields.
"""

from __future__ import annotations

import pytest

from lint_support import claim_rules_at, claims_at
from lint_support import pair_review as _review


def _md(outcome, value, ci=None):
    return {"outcome": outcome, "measure": "mean-difference", "value": value, **({"ci": ci} if ci else {})}


def _count(value, population, **more):
    return {"measure": "count", "value": value, "population": population, **more}


SOURCES = {
    "cardiology": _review("cardiac rehabilitation", "usual care",
                          [_md("systolic blood pressure", -4.5, [-7.0, -2.0]), _md("exercise capacity", 30, [12, 48]),
                           _count(9, "studies at high risk of bias")],
                          {"systolic blood pressure": ["blood pressure"], "exercise capacity": ["walking distance"]},
                          studies=24, participants=4300),
    "oncology": _review("megestrol", "placebo", [_md("weight", 2.1, [0.9, 3.3]), {"outcome": "weight", **_count(6, "studies")}],
                        {"weight": ["body weight"]}, studies=15, participants=1900),
    "paediatrics": _review("tailored diet", "standard diet",
                           [_md("body mass index", -1.4, [-2.2, -0.6]), _md("weight", -2.6, [-4.0, -1.2])],
                           {"body mass index": ["BMI"], "weight": []}, studies=2, participants=65),
    "mental health": _review("mindfulness", "no intervention",
                             [_md("emotional exhaustion", -6.8, [-9.0, -4.6]),
                              _count(17, "studies comparing mindfulness with no intervention")],
                             {"emotional exhaustion": ["exhaustion scores"]}, studies=117, participants=11119),
    "infectious disease": _review("artesunate", "quinine",
                                  [_md("fever clearance time", -12, [-18, -6]), _count(5, "trials in children")],
                                  {"fever clearance time": ["time to fever clearance", "fever clearance"]},
                                  studies=8, participants=1600),
    "renal": _review("haemodiafiltration", "haemodialysis",
                     [_md("hospital stay", -1.61, [-2.31, -0.92]), _count(5, "studies with unclear allocation")],
                     {"hospital stay": ["length of stay", "time in hospital"]}, studies=11, participants=2100),
    "smoking cessation": _review("nicotine patch", "placebo",
                                 [_md("weight gain", -0.4, [-0.7, -0.1]),
                                  {"outcome": "quitting", "measure": "risk-ratio", "value": 1.55, "ci": [1.49, 1.61]}],
                                 {"weight gain": ["weight"], "quitting": ["quit rates"]}, studies=136, participants=64640),
    # three comparisons of one outcome, each a difference of its own: a figure naming none of them fits one or none
    "cachexia": {"design": "meta-analysis", "studies": 9, "participants": 926,
                 "drugs": {"multimodal intervention": [], "usual care": [], "unimodal intervention": [],
                           "modified intervention": []},
                 "outcomes": {"lean body mass": ["muscle mass"], "grip strength": ["hand-grip strength"]},
                 "findings": [
                     {"drug": "multimodal intervention", "comparator": "usual care", **_md("lean body mass", 7.89, [-10.4, 26.2])},
                     {"drug": "multimodal intervention", "comparator": "modified intervention",
                      **_md("lean body mass", -2.67, [-5.89, 0.54])},
                     {"drug": "multimodal intervention", "comparator": "unimodal intervention", "outcome": "lean body mass",
                      "measure": "standardised-mean-difference", "value": 0.11, "ci": [-0.28, 0.5]},
                     {"drug": "multimodal intervention", "comparator": "usual care", **_md("grip strength", 3.8, [-3.2, 10.8])},
                     _count(2, "studies", drug="multimodal intervention", comparator="modified intervention", outcome="grip strength")]},
    "surgery": _review("sealant", "standard care", [_md("time to haemostasis", -230.09, [-320.0, -140.0])],
                       {"time to haemostasis": ["time to stop bleeding"]}, studies=17, participants=1500),
}


# -- (1) a difference is never a count of studies ----------------------------------------------------------------

WRONG_DIFFERENCES = [
    ("cardiology", "Cardiac rehabilitation lowered blood pressure by about 9 mmHg.", "about 9"),
    ("cardiology", "Cardiac rehabilitation improved walking distance by about 9 metres.", "about 9"),
    ("oncology", "Megestrol increased weight by about 6 kg.", "about 6"),
    ("mental health", "Mindfulness lowered exhaustion scores by about 18 points.", "about 18"),
    ("mental health", "Mindfulness produced a short-term reduction in emotional exhaustion (around 17 points lower).",
     "around 17"),
    ("infectious disease", "Artesunate shortened fever clearance time by about 5 hours.", "about 5"),
    ("renal", "Haemodiafiltration shortened hospital stay by about 5 days.", "about 5"),
    ("renal", "With haemodiafiltration, hospital stay was about 5 days shorter.", "about 5"),
    ("renal", "Haemodiafiltration shortened hospital stay by about 4 to 5 days.", "about 4 to 5"),
]


@pytest.mark.parametrize("source, text, figure", WRONG_DIFFERENCES)
def test_a_difference_that_equals_a_count_of_studies_is_still_checked(source, text, figure):
    assert claim_rules_at(text, SOURCES[source], figure) == ["claims/number-mismatch"]


RIGHT_DIFFERENCES = [
    ("cardiology", "Cardiac rehabilitation lowered blood pressure by about 4.5 mmHg.", "about 4.5"),
    ("oncology", "Megestrol increased weight by about 2 kg.", "about 2"),
    ("mental health", "Mindfulness lowered exhaustion scores by about 7 points.", "about 7"),
    ("infectious disease", "Artesunate shortened fever clearance time by about 12 hours.", "about 12"),
    ("renal", "Haemodiafiltration shortened hospital stay by about 1 to 2 days.", "about 1 to 2"),
    ("renal", "With haemodiafiltration, hospital stay was about 1.6 days shorter.", "about 1.6"),
]


@pytest.mark.parametrize("source, text, figure", RIGHT_DIFFERENCES)
def test_a_right_difference_stays_quiet(source, text, figure):
    assert claims_at(text, SOURCES[source], figure) == []


@pytest.mark.parametrize("source, text, figure", [
    ("renal", "Five studies had unclear allocation.", "Five"),
    ("mental health", "We found 17 studies comparing mindfulness with no intervention.", "17"),
    ("infectious disease", "Five trials were in children.", "Five"),
])
def test_counts_of_studies_are_still_backed_by_their_counts(source, text, figure):
    assert claims_at(text, SOURCES[source], figure) == []


# -- (2) mean differences, losses and gains in a measured unit ---------------------------------------------------

WRONG_MEASURES = [
    ("oncology", "Megestrol increased body weight (MD 6.0 kg, 95% CI 2.0 to 10.0).", "6.0"),
    ("oncology", "People taking megestrol gained about 6 kg of body weight.", "about 6"),
    ("paediatrics", "Children on the tailored diet lost about 4.5 kg/m\u00b2 in BMI.", "about 4.5"),
    ("paediatrics", "Children on the tailored diet lost about 1.4 kg/m\u00b2 in BMI and 7.5 kg in weight.", "7.5"),
    ("cardiology", "Cardiac rehabilitation lowered blood pressure (mean difference of 9.5 mmHg).", "9.5"),
]


@pytest.mark.parametrize("source, text, figure", WRONG_MEASURES)
def test_a_wrong_mean_difference_loss_or_gain_in_a_unit_is_flagged(source, text, figure):
    assert claim_rules_at(text, SOURCES[source], figure) == ["claims/number-mismatch"]


RIGHT_MEASURES = [
    ("oncology", "Megestrol increased body weight (MD 2.1 kg, 95% CI 0.9 to 3.3).", "2.1"),
    ("oncology", "People taking megestrol gained about 2 kg of body weight.", "about 2"),
    ("paediatrics", "Children on the tailored diet lost about 1.4 kg/m\u00b2 in BMI and 2.6 kg in weight.", "about 1.4"),
    ("paediatrics", "Children on the tailored diet lost about 1.4 kg/m\u00b2 in BMI and 2.6 kg in weight.", "2.6"),
    ("cardiology", "Cardiac rehabilitation lowered blood pressure (mean difference of 4.5 mmHg).", "4.5"),
]


@pytest.mark.parametrize("source, text, figure", RIGHT_MEASURES)
def test_a_right_mean_difference_loss_or_gain_stays_quiet(source, text, figure):
    assert claims_at(text, SOURCES[source], figure) == []


@pytest.mark.parametrize("source, text, figure", [
    ("smoking cessation", "People who had gained more than 5 kg in the past year were excluded.", "more than 5"),
    ("paediatrics", "Children that lost at least 3 kg before the study were not included.", "at least 3"),
    ("oncology", "People took megestrol 160 mg a day.", "160"),
    ("oncology", "Megestrol (160 mg) was given for eight weeks to people who had lost weight.", "160"),
])
def test_doses_and_people_described_by_a_loss_are_no_difference(source, text, figure):
    assert claims_at(text, SOURCES[source], figure) == []


# -- (3) the interval quoted after a measured estimate ------------------------------------------------------------

def test_a_wrong_estimate_and_its_interval_get_one_message():
    text = "Cardiac rehabilitation lowered systolic blood pressure (MD = -9.5 mmHg; 95% CI -12.0 to -7.0)."
    found = claim_rules_at(text, SOURCES["cardiology"], "-9.5")
    assert found == ["claims/number-mismatch"]
    assert claim_rules_at(text, SOURCES["cardiology"], "-12.0 to -7.0") == found  # the same message spans the CI


def test_a_wrong_interval_after_a_right_measured_estimate_is_flagged():
    text = "Cardiac rehabilitation lowered systolic blood pressure (MD -4.5 mmHg, 95% CI -9.0 to -0.5)."
    assert claim_rules_at(text, SOURCES["cardiology"], "-9.0 to -0.5") == ["claims/number-mismatch"]


def test_a_right_estimate_and_interval_in_a_unit_stay_quiet():
    text = "Cardiac rehabilitation lowered systolic blood pressure (MD = -4.5 mmHg; 95% CI -7.0 to -2.0)."
    assert claims_at(text, SOURCES["cardiology"], "-4.5") == []
    assert claims_at(text, SOURCES["cardiology"], "-7.0 to -2.0") == []


# -- (4) an outcome named, no compared arm named ------------------------------------------------------------------

def test_an_invented_estimate_for_an_outcome_of_several_differences_is_unsupported():
    text = "Pooled analysis showed a modest increase in lean body mass (MD = 1.2 kg; 95% CI 0.4 to 2.0)."
    assert claim_rules_at(text, SOURCES["cachexia"], "1.2") == ["claims/unsupported-number"]


def test_an_invented_estimate_for_an_outcome_of_one_difference_is_a_mismatch():
    text = "Pooled analysis showed improved hand-grip strength (MD = 2.5 kg; 95% CI 0.8 to 4.2)."
    assert claim_rules_at(text, SOURCES["cachexia"], "2.5") == ["claims/number-mismatch"]


def test_a_difference_of_one_of_the_comparisons_stays_quiet():
    text = "The analysis showed a small change in lean body mass (MD -2.67 kg, 95% CI -5.89 to 0.54)."
    assert claims_at(text, SOURCES["cachexia"], "-2.67") == []


@pytest.mark.parametrize("text, figure", [
    ("Sealants shortened the time to stop bleeding by about 4 minutes.", "about 4"),
    ("Sealants shortened the time to stop bleeding by about 230 seconds.", "about 230"),
])
def test_a_duration_in_another_time_unit_is_not_a_mismatch(text, figure):
    assert claims_at(text, SOURCES["surgery"], figure) == []


# -- (5) points and 1 in N -----------------------------------------------------------------------------------------

POINTS = _review("sucrose", "water", [_md("pain scores", -2.0, [-3.1, -0.9])], {"pain scores": ["pain", "NIPS"]},
                 studies=10, participants=800)


POINTS_COUNTED = {**POINTS, "findings": POINTS["findings"] + [_count(6, "studies in preterm babies")]}


def test_points_are_never_a_count_of_studies():
    assert claim_rules_at("Sucrose lowered pain by roughly 6 points on the NIPS scale.", POINTS_COUNTED, "roughly 6") \
        == ["claims/number-mismatch"]
    assert claims_at("Sucrose lowered pain by roughly 2 points on the NIPS scale.", POINTS_COUNTED, "roughly 2") == []


def test_a_score_in_points_of_one_arm_is_no_difference():
    """"rated their pain at 32 points": one group's score, not the difference between groups."""
    text = "Babies given sucrose had pain scores of 6 points, and babies given water 8 points."
    assert claims_at(text, POINTS_COUNTED, "6 points") == []


REPELLENTS = {"design": "meta-analysis", "studies": 5, "participants": 47515, "drugs": {"topical repellents": []},
              "outcomes": {"adverse events": ["skin irritation", "side effects"]},
              "findings": [{"drug": "topical repellents", "outcome": "adverse events", "measure": "proportion",
                            "value": "0.6%"}]}


@pytest.mark.parametrize("text, figure, flagged", [
    ("About 0.6% of users (roughly 1 in 170) reported skin irritation with topical repellents.", "roughly 1 in 170", False),
    ("Skin irritation with topical repellents was rare (about 1 in 200 users).", "about 1 in 200", False),
    ("About 0.6% of users (roughly 1 in 403) reported skin irritation with topical repellents.", "roughly 1 in 403", True),
    ("Skin irritation with topical repellents was rare (about 1 in 1000 users).", "about 1 in 1000", True),
])
def test_an_approximate_one_in_n_is_compared_by_its_n(text, figure, flagged):
    assert bool(claim_rules_at(text, REPELLENTS, figure)) is flagged


# -- (6) two figures swapped between their outcomes ----------------------------------------------------------------

STATINS = _review("statins", "placebo",
                  [{"outcome": "heart attack", "measure": "risk-ratio", "value": 0.80, "ci": [0.72, 0.89]},
                   {"outcome": "stroke", "measure": "risk-ratio", "value": 0.70, "ci": [0.60, 0.82]}],
                  {"heart attack": ["heart attacks", "myocardial infarction"], "stroke": ["strokes"]})


def test_figures_swapped_between_two_outcomes_are_wrong_pairs():
    text = "Statins reduced heart attacks by about 30% and strokes by about 20%."
    assert claim_rules_at(text, STATINS, "about 30%") == ["claims/wrong-pair"]
    assert claim_rules_at(text, STATINS, "about 20%") == ["claims/wrong-pair"]


@pytest.mark.parametrize("text, figure", [
    ("Statins reduced heart attacks by about 20% and strokes by about 30%.", "about 20%"),
    ("Statins reduced heart attacks by about 20% and strokes by about 30%.", "about 30%"),
    ("Statins reduced heart attacks by about 21% and strokes by about 29%.", "about 21%"),  # roughly their own
    ("Statins reduced heart attacks by about 21% and strokes by about 29%.", "about 29%"),
])
def test_figures_roughly_their_own_outcomes_stay_quiet(text, figure):
    assert claims_at(text, STATINS, figure) == []


def test_the_first_arm_of_a_versus_b_per_m_shares_the_verdict_of_the_second():
    """"31 vs 41 per 100" for an outcome the source gives no risks of: neither arm's figure is backed."""
    text = "Mindfulness reduced emotional exhaustion (31 vs 41 per 100 staff)."
    assert claim_rules_at(text, SOURCES["mental health"], "41 per 100") == ["claims/unsupported-number"]
    assert claim_rules_at(text, SOURCES["mental health"], "31") == ["claims/unsupported-number"]


# -- (7) percentage points about nothing named ---------------------------------------------------------------------

TARGET = {"design": "systematic-review", "studies": 6, "participants": 3000, "drugs": {"spectacles": []},
          "outcomes": {"effective coverage of refractive error": ["effective coverage"]},
          "findings": [{"outcome": "effective coverage of refractive error", "measure": "risk-difference", "value": "40%",
                        "population": "global target for 2030 (background)"}]}


@pytest.mark.parametrize("text, figure, flagged", [
    ("The World Health Assembly wants eye care for 40 percentage points more people by 2030.", "40 percentage points", False),
    ("The World Health Assembly wants eye care for 83 percentage points more people by 2030.", "83 percentage points", True),
])
def test_percentage_points_are_a_claim_even_when_nothing_is_named(text, figure, flagged):
    assert bool(claim_rules_at(text, TARGET, figure)) is flagged
