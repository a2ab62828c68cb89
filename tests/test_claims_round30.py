"""Claims round 30 (issue 14): message precision on Cochrane's own results paragraphs.
(1) A signed share in brackets straight after an outcome ("reduced admissions (-71%)", "(+57%)") is a relative
    change, read like "by 71%"; an unsigned one later in the same list ("... and arterial puncture (72%)") is one
    more change in its neighbour's direction. A recorded relative reduction of -57% is a 57% rise.
(2) "one" that points at a study ("in one trial children ... knew", "In one study women ...") is no count of
    people, and "in one study" is one of the review's studies, not a count to check against its total.
(3) A figure compared with a count or share of another group the sentence does not name ("15 trials reported
    wound infection" against 9 "trials using preoperative antibiotics"; "Caucasian (84.5%)" against "57.2% male")
    is an unsupported-number warning, not a number-mismatch.
Sentences written for these tests (made-up reviews and numbers) across fields.
"""

from __future__ import annotations

import pytest

from lint_support import claim_rules_at, claims_at
from lint_support import pair_review as _review


def _change(outcome, value):
    return {"outcome": outcome, "measure": "relative-reduction", "value": value}


# -- (1) signed relative changes in brackets --------------------------------------------------------------------

CHANGES = {
    "anaesthesia": _review("ultrasound guidance", "landmarks",
                           [_change("complications", "71%"), _change("haematoma", "73%"),
                            _change("arterial puncture", "72%"), _change("first attempt success", "-57%")],
                           {"complications": [], "haematoma": ["bruising"], "arterial puncture": ["puncturing an artery"],
                            "first attempt success": ["success at the first attempt"]}),
    "cardiology": _review("heart failure clinics", "usual care",
                          [_change("hospital admissions", "30%"), _change("deaths", "18%")],
                          {"hospital admissions": ["admissions"], "deaths": ["death"]}),
    "smoking": _review("varenicline", "placebo", [_change("quitting", "-120%")], {"quitting": ["quit rates"]}),
    "renal": _review("dialysis education", "usual care", [_change("missed sessions", "40%"), _change("dropout", "25%")],
                     {"missed sessions": [], "dropout": []}),
}

AGREE = [
    ("anaesthesia", "Ultrasound guidance reduced complications (-71%), including bruising (-73%) and puncturing "
                    "an artery (72%).", "-71%"),
    ("anaesthesia", "Ultrasound guidance reduced complications (-71%), including bruising (-73%) and puncturing "
                    "an artery (72%).", "-73%"),
    ("anaesthesia", "Ultrasound guidance reduced complications (-71%), including bruising (-73%) and puncturing "
                    "an artery (72%).", "72%"),
    ("anaesthesia", "It also improved success at the first attempt (+57%).", "57%"),
    ("cardiology", "Heart failure clinics cut hospital admissions (\u221230%) and deaths (\u221218%).", "30%"),
    ("cardiology", "Heart failure clinics cut hospital admissions (\u221230%) and deaths (\u221218%).", "18%"),
    ("smoking", "Varenicline raised quit rates (+120%) compared with placebo.", "120%"),
    ("renal", "Education lowered missed sessions (-40%) and dropout (25%).", "25%"),
]


@pytest.mark.parametrize("source, text, figure", AGREE)
def test_a_signed_share_in_brackets_after_an_outcome_is_its_relative_change(source, text, figure):
    assert claims_at(text, CHANGES[source], figure) == []


WRONG = [
    ("anaesthesia", "Ultrasound guidance reduced complications (-51%).", "-51%"),
    ("cardiology", "Heart failure clinics cut hospital admissions (-50%).", "-50%"),
    ("smoking", "Varenicline raised quit rates (+60%) compared with placebo.", "60%"),
    # the direction matters: a 30% fall written as a rise
    ("cardiology", "Heart failure clinics changed hospital admissions (+30%).", "30%"),
    # an unsigned share in the list takes its neighbour's direction, and a wrong value is still caught
    ("renal", "Education lowered missed sessions (-40%) and dropout (45%).", "45%"),
]


@pytest.mark.parametrize("source, text, figure", WRONG)
def test_a_wrong_signed_change_is_still_flagged(source, text, figure):
    assert claim_rules_at(text, CHANGES[source], figure) != []


def test_an_unsigned_share_in_brackets_alone_is_read_as_before():
    """With no signed neighbour, "(25%)" after an outcome is a share of people, as before (here: none recorded)."""
    assert claim_rules_at("Education helped, and dropout (25%) was common.", CHANGES["renal"], "25%") != []


def test_a_signed_share_after_a_number_is_left_as_read():
    """"12% (-3%)": a bracket after a figure is not a change of an outcome named just before."""
    text = "Dropout was 12% (-3%) with education."
    assert claim_rules_at(text, CHANGES["renal"], "-3%") != []


# -- (2) "one" that points at a study ---------------------------------------------------------------------------

POINTING = {
    "paediatrics": _review("heliox", "oxygen", [{"outcome": "croup score", "measure": "mean-difference", "value": -1.0},
                                                {"measure": "count", "value": 15, "population": "children with mild croup"}],
                           {"croup score": []}, studies=3, participants=91),
    "mental health": _review("online therapy", "waiting list",
                             [{"outcome": "anxiety", "measure": "mean-difference", "value": -0.4}],
                             {"anxiety": []}, studies=4, participants=640),
    "oncology": _review("exercise", "usual care", [{"outcome": "fatigue", "measure": "mean-difference", "value": -0.3}],
                        {"fatigue": []}, studies=9, participants=1100),
}

QUIET_ONES = [
    ("paediatrics", "In one study children with mild croup received heliox.", "one"),
    ("paediatrics", "The evidence was weak, and in one trial children and their doctors knew which treatment "
                    "was given.", "one"),
    ("mental health", "In one study women with anxiety used the online therapy for 8 weeks.", "one"),
    ("mental health", "In one trial, adults on the waiting list were offered therapy later.", "one"),
    ("oncology", "In one small trial patients exercised at home.", "one"),
    ("oncology", "In one trial 40 women walked every day.", "one"),
]


@pytest.mark.parametrize("source, text, figure", QUIET_ONES)
def test_one_that_points_at_a_study_is_no_claim(source, text, figure):
    assert claims_at(text, POINTING[source], figure) == []


def test_one_trial_participant_still_counts_a_person():
    """"one trial participant": a singular person noun after "trial" is still one person."""
    found = claims_at("Only one trial participant had a serious side effect.", POINTING["oncology"], "one")
    assert all("1 study" not in message for message in found)


@pytest.mark.parametrize("source, text, figure", [
    ("paediatrics", "We found 7 studies of heliox.", "7"),
    ("oncology", "We found 25 trials of exercise.", "25"),
])
def test_a_wrong_total_of_studies_is_still_caught(source, text, figure):
    assert claim_rules_at(text, POINTING[source], figure) == ["claims/number-mismatch"]


# -- (3) a figure of another group: unsupported, not a mismatch -------------------------------------------------

GROUPS = {
    "surgery": _review("high oxygen", "routine oxygen",
                       [{"outcome": "wound infection", "measure": "risk-ratio", "value": 0.86, "ci": [0.63, 1.17]},
                        {"outcome": "wound infection", "measure": "count", "value": 9,
                         "population": "trials using preoperative antibiotics"}],
                       {"wound infection": ["surgical site infections"]}, studies=28, participants=9000),
    "psychiatry": {"design": "meta-analysis", "studies": 19, "participants": 2521,
                   "drugs": {"amphetamines": [], "placebo": []},
                   "outcomes": {"participant characteristics": ["men", "males", "white", "white males"],
                                "abstinence": []},
                   "findings": [{"outcome": "participant characteristics", "measure": "proportion", "value": "57.2%",
                                 "population": "male participants"},
                                {"drug": "amphetamines", "comparator": "placebo", "outcome": "abstinence",
                                 "measure": "risk-ratio", "value": 1.1, "ci": [0.9, 1.4]}]},
    # a population that says which value it is ("highest prevalence"), not whose: no other group of people
    "infectious disease": {"design": "systematic-review", "studies": 9, "participants": 4210, "drugs": {},
                           "outcomes": {"hepatitis C": ["HCV"]},
                           "findings": [{"outcome": "hepatitis C", "measure": "proportion", "value": "28%",
                                         "population": "highest prevalence"}]},
}


@pytest.mark.parametrize("source, text, figure", [
    ("surgery", "Eight trials reported deaths, and 15 trials with 7219 participants reported on wound infection.", "15"),
    ("psychiatry", "Most participants were men (57.2%), middle-aged and white (84.5%).", "84.5%"),
    ("psychiatry", "Most participants were men (57.2%); most were white (84.5%).", "84.5%"),
])
def test_a_figure_of_another_group_is_unsupported_not_a_mismatch(source, text, figure):
    assert claim_rules_at(text, GROUPS[source], figure) == ["claims/unsupported-number"]


@pytest.mark.parametrize("source, text, figure", [
    # the sentence names the group: the source's count is of the same trials, and 12 is wrong
    ("surgery", "Among trials using preoperative antibiotics, 12 trials reported on wound infection.", "12"),
    ("psychiatry", "Most participants were men (67.2%).", "67.2%"),
    ("infectious disease", "About 48% of people who inject drugs had hepatitis C.", "48%"),
])
def test_a_figure_of_the_same_group_is_still_a_mismatch(source, text, figure):
    assert claim_rules_at(text, GROUPS[source], figure) == ["claims/number-mismatch"]
