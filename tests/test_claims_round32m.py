"""Claims round 32, part M (issue 14): figures that are not counts and passed with no message.
(1) A duration that states a difference ("keeps you in hospital about 1 day longer", "adds about 1 to 2 minutes to
    the visit", "stay longer than with B, by about 1 day") is compared with the mean differences of the outcomes
    measured in time of the drug it speaks of: the one named, else the drug's only one, else the one whose population
    the sentence names ("during the consultation"). "Adds 6 months of tamoxifen" is an amount of treatment.
(2) A range inside a confidence interval that leaves out the estimate ("28% to 31%" for 10%, 95% CI 2% to 38%) is
    not the interval nor a rounding of it: a number-mismatch. The interval, a rounding of it, and a piece of it that
    holds the estimate stay quiet; so is a range written without the sign of a negative difference ("2.3 to 3.5
    points" for -1.61, -2.31 to -0.92), which used to pass when it merely overlapped the interval.
(3) A share of the studies ("half of the trials reported side effects") is checked when the source counts the
    studies the sentence describes (a word of the count's population is in the sentence): that count out of all the
    studies, or out of the count it extends ("sampled studies"). Shares of studies the source does not count stay
    descriptions.
(4) A range over results the source gives as separate values without an interval ("86% to 94%" for two studies'
    85.0% and 93.8%) names them at its ends, rounded outward at most one step.
Sentences written for these tests (made-up reviews and numbers) across fields.
"""

from __future__ import annotations

import pytest

from lint_support import claim_rules_at, claims_at
from lint_support import pair_review as _review


def _md(outcome, value, ci=None, **more):
    return {"outcome": outcome, "measure": "mean-difference", "value": value, **({"ci": ci} if ci else {}), **more}


def _share(outcome, value, ci=None, **more):
    return {"outcome": outcome, "measure": "proportion", "value": f"{value}%",
            **({"ci": [f"{ci[0]}%", f"{ci[1]}%"]} if ci else {}), **more}


def _rr(outcome, value, ci):
    return {"outcome": outcome, "measure": "risk-ratio", "value": value, "ci": ci}


SOURCES = {
    "renal": _review("percutaneous nephrolithotomy", "retrograde intrarenal surgery",
                     [_md("length of hospital stay", 1.04, [0.5, 1.6]), _rr("stone-free rate", 1.1, [1.0, 1.2])],
                     {"length of hospital stay": ["hospital stay", "average stay"], "stone-free rate": ["stone free"]}),
    "mental health": _review("decision aid", "usual care",
                             [_md("consultation length", -2.97, [-7.84, 1.9], population="aid used in preparation for the visit"),
                              _md("consultation length", 1.5, [0.79, 2.2], population="aid used during the consultation"),
                              _md("decision regret", -1.23, [-3.05, 0.59])],
                             {"consultation length": ["length of the consultation"], "decision regret": ["regret"]}),
    "surgery": _review("fibrin sealant", "standard care", [_md("time to haemostasis", -230, [-320, -140]),
                                                           _rr("transfusion", 0.8, [0.6, 1.1])],
                       {"time to haemostasis": ["time to stop bleeding"], "transfusion": ["blood transfusion"]}),
    "obstetrics": _review("patient-controlled epidural", "continuous infusion",
                          [_md("duration of labour analgesia", -8.81, [-14.0, -3.6]), _rr("breakthrough pain", 0.7, [0.5, 0.9])],
                          {"duration of labour analgesia": ["pain relief duration"], "breakthrough pain": []}),
    "oncology": _review("tamoxifen", "no tamoxifen",
                        [_md("time to recurrence", 4.0, [1.0, 7.0]), _rr("death", 0.8, [0.7, 0.9])],
                        {"time to recurrence": [], "death": ["mortality"]}),
    # diagnostic accuracy: an index test against a reference standard
    "diagnosis": {"design": "meta-analysis", "studies": 40, "participants": 5000,
                  "drugs": {"serum retinol": ["blood retinol"], "isotope dilution": []},
                  "outcomes": {"sensitivity": [], "specificity": []},
                  "findings": [{"drug": "serum retinol", "comparator": "isotope dilution", **_share("sensitivity", 10, [2, 38])},
                               {"drug": "serum retinol", "comparator": "isotope dilution", **_share("specificity", 92, [85, 96])}]},
    "cardiology": _review("statin", "placebo", [_share("myocardial infarction", 4.2, [3.1, 5.6]),
                                                _rr("stroke", 0.8, [0.7, 0.9])],
                          {"myocardial infarction": ["heart attack"], "stroke": []}),
    "infectious disease": _review("artesunate", "quinine", [_share("death", 8.5, [7.0, 12.0])], {"death": ["deaths"]}),
}


# -- (1) durations that state a difference ----------------------------------------------------------------------

WRONG_DURATIONS = [
    ("renal", "PCNL may keep you in hospital about 4 days longer than RIRS.", "about 4"),
    ("renal", "Percutaneous nephrolithotomy probably adds about 4 days to the average stay.", "about 4"),
    ("renal", "People who have percutaneous nephrolithotomy may stay in hospital longer than people who have "
              "retrograde intrarenal surgery, by about 4 days on average.", "about 4"),
    ("mental health", "Using a decision aid during the consultation adds about 4 to 5 minutes.", "about 4 to 5"),
    ("surgery", "Fibrin sealant may stop the bleeding about 11 minutes sooner than standard care.", "about 11"),
    ("obstetrics", "Patient-controlled epidural may shorten pain relief by about 24 minutes.", "about 24"),
]


@pytest.mark.parametrize("source, text, figure", WRONG_DURATIONS)
def test_a_wrong_duration_difference_is_flagged(source, text, figure):
    assert claim_rules_at(text, SOURCES[source], figure) == ["claims/number-mismatch"]


RIGHT_DURATIONS = [
    ("renal", "PCNL may keep you in hospital about 1 day longer than RIRS.", "about 1"),
    ("renal", "Percutaneous nephrolithotomy probably adds about one day to the average stay.", "one"),
    ("renal", "People who have percutaneous nephrolithotomy may stay in hospital longer than people who have "
              "retrograde intrarenal surgery, by about 1 day on average.", "about 1"),
    ("mental health", "Using a decision aid during the consultation adds about 1 to 2 minutes.", "about 1 to 2"),
    ("mental health", "Decision aids make little difference to regret, and they add only about 1 to 2 minutes "
                      "when used during a consultation.", "about 1 to 2"),
    ("surgery", "Fibrin sealant may stop the bleeding about 4 minutes sooner than standard care.", "about 4"),
    ("obstetrics", "Patient-controlled epidural may shorten pain relief by about 9 minutes.", "about 9"),
]


@pytest.mark.parametrize("source, text, figure", RIGHT_DURATIONS)
def test_a_right_duration_difference_stays_quiet(source, text, figure):
    assert claims_at(text, SOURCES[source], figure) == []


@pytest.mark.parametrize("source, text, figure", [
    ("oncology", "Adding 6 months of tamoxifen after surgery was studied in five trials.", "6"),
    ("oncology", "Tamoxifen adds 2 years of treatment for most women.", "2"),
    ("renal", "Stones were followed up for 3 months after surgery.", "3"),
    ("mental health", "Decision aids add about 6 minutes of reading before the visit.", "about 6"),
    ("surgery", "Fibrin sealant was applied for 2 minutes before the clamps were released.", "2"),
])
def test_durations_that_state_no_difference_stay_quiet(source, text, figure):
    assert claims_at(text, SOURCES[source], figure) == []


def test_a_duration_of_an_outcome_not_measured_in_time_is_left_alone():
    # "regret" is no time outcome: a duration next to it is not compared with its mean difference
    text = "Decision aids make no difference to regret, and they add about 1 to 2 minutes when used during a visit."
    assert claims_at(text, SOURCES["mental health"], "about 1 to 2") == []


def test_several_time_outcomes_with_no_population_named_say_nothing():
    text = "A decision aid adds about 9 minutes."
    assert claims_at(text, SOURCES["mental health"], "about 9") == []


# -- (2) a piece of the interval that leaves out the estimate ----------------------------------------------------

WRONG_RANGES = [
    ("diagnosis", "Serum retinol showed low sensitivity (about 28-31%).", "about 28-31%"),
    ("diagnosis", "Its specificity was high, between 86% and 88%, for blood retinol.", "between 86% and 88%"),
    ("cardiology", "With a statin, about 5.0% to 5.5% had a heart attack.", "about 5.0% to 5.5%"),
    ("infectious disease", "With artesunate, between 10% and 12% of people died.", "between 10% and 12%"),
]


@pytest.mark.parametrize("source, text, figure", WRONG_RANGES)
def test_a_piece_of_the_interval_without_the_estimate_is_flagged(source, text, figure):
    assert claim_rules_at(text, SOURCES[source], figure) == ["claims/number-mismatch"]


RIGHT_RANGES = [
    ("diagnosis", "Serum retinol showed low sensitivity (2% to 38%).", "2% to 38%"),
    ("diagnosis", "Serum retinol showed low sensitivity (about 8% to 12%).", "about 8% to 12%"),
    ("diagnosis", "Its specificity was between 85% and 96% for blood retinol.", "between 85% and 96%"),
    ("diagnosis", "Its specificity was about 90% to 95% for blood retinol.", "about 90% to 95%"),
    ("cardiology", "With a statin, about 3% to 6% had a heart attack.", "about 3% to 6%"),
    ("infectious disease", "With artesunate, between 7% and 12% of people died.", "between 7% and 12%"),
    ("infectious disease", "With artesunate, between 8% and 9% of people died.", "between 8% and 9%"),
]


@pytest.mark.parametrize("source, text, figure", RIGHT_RANGES)
def test_the_interval_its_rounding_and_a_piece_holding_the_estimate_stay_quiet(source, text, figure):
    assert claims_at(text, SOURCES[source], figure) == []


# -- (3) shares of the studies the source counts ------------------------------------------------------------------

def _counted(total, counts):
    return {"design": "meta-analysis", "studies": total, "participants": 5000, "drugs": {"ultrasound": []},
            "outcomes": {"success": []},
            "findings": [{"measure": "count", "value": n, "population": p} for n, p in counts]}


STUDY_COUNTS = {
    "anaesthesia": _counted(65, [(32, "studies in obstetric populations (labour epidural or caesarean section)"),
                                 (12, "studies of combined spinal and epidural anaesthesia")]),
    "smoking cessation": _counted(8, [(6, "studies in the USA"), (1, "studies in Spain")]),
    "paediatrics": _counted(117, [(32, "studies with at least 50 participants per study arm")]),
    "public health": _counted(172, [(132, "studies with non-industry funding"), (24, "studies funded by industry")]),
    "health checks": _counted(146, [(36, "sampled studies (included in the analysis)"),
                                    (11, "sampled studies set in middle-income countries")]),
    "oncology": _counted(30, [(15, "trials reporting side effects")]),
}


WRONG_STUDY_SHARES = [
    ("anaesthesia", "About 65% of the trials (32) were in obstetric patients having a labour epidural.", "About 65%"),
    ("smoking cessation", "Half of the studies were done in the USA.", "Half"),
    ("paediatrics", "About a third of the studies had at least 50 children in each arm.", "About a third"),
    ("public health", "About 20% of the studies were funded by non-industry sources.", "About 20%"),
    ("oncology", "Only 65% of the trials reported side effects.", "65%"),
]


@pytest.mark.parametrize("source, text, figure", WRONG_STUDY_SHARES)
def test_a_wrong_share_of_counted_studies_is_flagged(source, text, figure):
    assert claim_rules_at(text, STUDY_COUNTS[source], figure) == ["claims/number-mismatch"]


RIGHT_STUDY_SHARES = [
    ("anaesthesia", "About half of the trials (32) were in obstetric patients having a labour epidural.", "About half"),
    ("anaesthesia", "About half of the studies involved people receiving epidural or combined spinal-epidural "
                    "anaesthesia for labour or caesarean delivery.", "About half"),
    ("smoking cessation", "Three-quarters of the studies were done in the USA.", "Three-quarters"),
    ("paediatrics", "About a quarter of the studies had at least 50 children in each arm.", "About a quarter"),
    ("public health", "About three-quarters of the studies were funded by non-industry sources.", "three-quarters"),
    ("health checks", "Nearly a third of the sampled studies were set in middle-income countries.", "Nearly a third"),
    ("oncology", "Only half of the trials reported side effects.", "half"),
]


@pytest.mark.parametrize("source, text, figure", RIGHT_STUDY_SHARES)
def test_a_right_share_of_counted_studies_stays_quiet(source, text, figure):
    assert claims_at(text, STUDY_COUNTS[source], figure) == []


@pytest.mark.parametrize("source, text, figure", [
    ("smoking cessation", "Almost half of the studies were done in schools.", "Almost half"),
    ("oncology", "Most studies (75%) were small.", "75%"),
    ("anaesthesia", "About 40% of the trials were funded by charities.", "About 40%"),
])
def test_a_share_of_studies_the_source_does_not_count_stays_a_description(source, text, figure):
    assert claims_at(text, STUDY_COUNTS[source], figure) == []


# -- (4) a range over results the source gives as separate values -------------------------------------------------

SPREADS = {
    "neurology": {"design": "meta-analysis", "studies": 2, "participants": 163, "drugs": {"video-assisted examination": []},
                  "outcomes": {"sensitivity": [], "specificity": []},
                  "findings": [{"drug": "video-assisted examination", **_share("sensitivity", 85.0)},
                               {"drug": "video-assisted examination", **_share("sensitivity", 93.8)},
                               {"drug": "video-assisted examination", **_share("specificity", 35.0)}]},
    "paediatrics": _review("oral steroids", "placebo", [_share("relapse", 30), _share("relapse", 41)], {"relapse": ["relapsed"]}),
}


@pytest.mark.parametrize("source, text, figure", [
    ("neurology", "The video-assisted examination picked up 86% to 94% of strokes (sensitivity).", "86% to 94%"),
    ("neurology", "Its sensitivity ranged from 80% to 94% for the video-assisted examination.", "80% to 94%"),
    ("paediatrics", "With oral steroids, 30% to 45% of children relapsed.", "30% to 45%"),
])
def test_a_range_with_an_end_none_of_the_values_is_flagged(source, text, figure):
    assert claim_rules_at(text, SPREADS[source], figure) == ["claims/number-mismatch"]


@pytest.mark.parametrize("source, text, figure", [
    ("neurology", "The video-assisted examination picked up 85% to 94% of strokes (sensitivity).", "85% to 94%"),
    ("neurology", "Its sensitivity was about 85% to 94% for the video-assisted examination.", "about 85% to 94%"),
    ("paediatrics", "With oral steroids, between 30% and 41% of children relapsed.", "between 30% and 41%"),
    ("neurology", "Its specificity was 30% to 40% for the video-assisted examination.", "30% to 40%"),
])
def test_a_range_of_the_values_and_a_range_around_one_value_stay_quiet(source, text, figure):
    assert claims_at(text, SPREADS[source], figure) == []


def test_a_range_rounded_outward_over_the_values_stays_quiet():
    text = "Its specificity was 28% to 39% for the video-assisted examination."
    source = {**SPREADS["neurology"], "findings": [{"drug": "video-assisted examination", **_share("specificity", 28.6)},
                                                    {"drug": "video-assisted examination", **_share("specificity", 38.9)}]}
    assert claims_at(text, source, "28% to 39%") == []


# -- (5) a range written without the sign of a negative difference is judged as the interval it is ---------------

_STAY = _review("haemodiafiltration", "haemodialysis", [_md("hospital stay", -1.61, [-2.31, -0.92]),
                                                      _md("itch", -1.61, [-2.31, -0.92])],
                {"hospital stay": ["length of stay"], "itch": ["itch scores"]})


@pytest.mark.parametrize("text, figure, rules", [
    ("Haemodiafiltration shortened hospital stay by 2 to 4 days.", "2 to 4", ["claims/number-mismatch"]),
    ("Haemodiafiltration lowered itch scores by 2.3 to 3.5 points.", "2.3 to 3.5", ["claims/number-mismatch"]),
    ("Haemodiafiltration shortened hospital stay by 1 to 2 days.", "1 to 2", []),
    ("Haemodiafiltration lowered itch scores by 1 to 2 points.", "1 to 2", []),
    ("Haemodiafiltration lowered itch scores by 0.9 to 2.3 points.", "0.9 to 2.3", []),
])
def test_a_range_of_a_negative_difference_without_its_sign(text, figure, rules):
    assert claim_rules_at(text, _STAY, figure) == rules
