"""Claims round 37, part B (issue 14): real errors and shifted figures that passed silently.
(1) Counts of the unit a review counts its participants in: when `participants` is the value of a `count` finding of
    a unit that is not people ("759 intubation attempts", "980 pregnancies"), a count of that unit is a count of
    the participants: more than the total, or another count than the one listed after a finding, is a mismatch.
(2) Background figures the source declares for a drug that is in no comparison ("about 20% do not respond to
    antipsychotics", in a review of two brain stimulation treatments) are checked in background sections, as
    figures of no drug were: a wrong one is reported, not taken as background from outside the review.
(3) A count in millions whose sentence names a big background figure the source declares ("About 84 million people
    are forcibly displaced worldwide"), with no outcome attached to it, is checked against that figure.
Sentences written for these tests (made-up reviews and numbers) across fields.
"""

from __future__ import annotations

import pytest

from lint_support import claim_rules_at


def _units_review(unit, total, studies, drug, comparator, outcome, per_outcome):
    """A review counting `unit` instead of people: `participants` is the count finding of that unit."""
    findings = [{"drug": drug, "comparator": comparator, "outcome": outcome, "measure": "risk-ratio", "value": 1.24,
                 "ci": [1.13, 1.37]},
                {"drug": drug, "comparator": comparator, "outcome": outcome, "measure": "count", "value": studies,
                 "population": "studies"},
                {"drug": drug, "comparator": comparator, "outcome": outcome, "measure": "count", "value": total,
                 "population": unit}]
    for name, value in per_outcome:
        findings += [{"drug": drug, "comparator": comparator, "outcome": name, "measure": "mean-difference", "value": 0.74,
                      "ci": [-0.19, 1.67]},
                     {"drug": drug, "comparator": comparator, "outcome": name, "measure": "count", "value": value,
                      "population": unit.split()[-1] if " " in unit else unit}]
    return {"design": "meta-analysis", "studies": studies, "participants": total,
            "drugs": {drug: [], comparator: []}, "outcomes": {outcome: [], **{name: [] for name, _ in per_outcome}},
            "findings": findings}


UNITS = {
    # paediatrics: intubation attempts in newborns
    "intubation": _units_review("intubation attempts", 759, 8, "videolaryngoscopy", "direct laryngoscopy",
                                "first-attempt success", [("time to intubation", 505)]),
    # obstetrics: pregnancies, not women
    "pregnancy": _units_review("pregnancies", 980, 6, "progesterone", "placebo", "preterm birth",
                               [("birth weight", 640)]),
    # fertility: IVF cycles
    "cycles": _units_review("IVF cycles", 1450, 7, "growth hormone", "placebo", "live birth", [("oocytes retrieved", 820)]),
    # renal: dialysis sessions
    "sessions": _units_review("dialysis sessions", 3200, 5, "cool dialysate", "standard dialysate",
                              "intradialytic hypotension", [("blood pressure drop", 2100)]),
    # oncology: catheter insertions
    "catheters": _units_review("catheter insertions", 4100, 9, "ultrasound guidance", "landmark technique",
                               "first-pass success", [("insertion time", 2300)]),
}


@pytest.mark.parametrize("source, text, figure", [
    ("intubation", "We found 8 studies that included 1521 intubation attempts in newborn babies.", "1521"),
    ("intubation", "Time to intubation did not differ (MD 0.74, 95% CI -0.19 to 1.67; 5 studies; 1013 intubations).",
     "1013"),
    ("pregnancy", "The six trials looked at 1,963 pregnancies in women with a short cervix.", "1,963"),
    ("cycles", "Seven trials reported on more than 2900 IVF cycles.", "2900"),
    ("sessions", "The five studies covered 6403 dialysis sessions in adults with kidney failure.", "6403"),
    ("catheters", "Nine trials with 8203 catheter insertions in people having chemotherapy were found.", "8203"),
])
def test_a_count_of_the_participants_unit_that_contradicts_the_source_is_a_mismatch(source, text, figure):
    assert claim_rules_at(text, UNITS[source], figure) == ["claims/number-mismatch"]


@pytest.mark.parametrize("source, text, figure", [
    ("intubation", "We found 8 studies that included 759 intubation attempts in newborn babies.", "759"),
    ("intubation", "Time to intubation did not differ (MD 0.74, 95% CI -0.19 to 1.67; 5 studies; 505 intubations).",
     "505"),
    ("pregnancy", "The six trials looked at 980 pregnancies in women with a short cervix.", "980"),
    ("cycles", "Seven trials reported on 1450 IVF cycles.", "1450"),
    ("sessions", "The five studies covered 3200 dialysis sessions in adults with kidney failure.", "3200"),
    ("catheters", "Nine trials with 4100 catheter insertions in people having chemotherapy were found.", "4100"),
    # other things that are no count of the unit: the number of tries in a definition, a duration, a share
    ("intubation", "Success was defined as a tube placed within 2 attempts.", "2"),
    ("sessions", "Each of the 3 weekly sessions lasted four hours.", "3"),
])
def test_the_declared_count_of_the_unit_and_other_numbers_stay_quiet(source, text, figure):
    assert claim_rules_at(text, UNITS[source], figure) == []


def test_a_unit_not_tied_to_the_participants_total_is_no_count_of_people():
    """300 people with 540 eyes: `participants` counts people, so a count of eyes is not held to it."""
    source = {"design": "meta-analysis", "studies": 4, "participants": 300,
              "drugs": {"anti-VEGF injections": [], "laser": []}, "outcomes": {"visual acuity": []},
              "findings": [{"drug": "anti-VEGF injections", "comparator": "laser", "outcome": "visual acuity",
                            "measure": "mean-difference", "value": 5.1},
                           {"measure": "count", "value": 540, "population": "eyes"}]}
    assert claim_rules_at("The four trials included 300 people (540 eyes) with diabetic macular oedema.", source,
                          "540") == []


def _background_review(drug, outcome, value, compared, compared_outcome):
    """A review of two treatments, whose abstract says how often a usual treatment (in no comparison) fails."""
    first, second = compared
    return {"design": "meta-analysis", "studies": 3, "participants": 240,
            "drugs": {drug: [], first: [], second: []}, "outcomes": {outcome: [], compared_outcome: []},
            "findings": [{"drug": drug, "outcome": outcome, "measure": "proportion", "value": value},
                         {"drug": first, "comparator": second, "outcome": compared_outcome, "measure": "risk-ratio",
                          "value": 1.12, "ci": [0.73, 1.70]},
                         {"drug": second, "outcome": compared_outcome, "value": "12%"}]}


BACKGROUND = {
    "mental": _background_review("antipsychotics", "no response to antipsychotics", "20%",
                                 ("magnetic seizure therapy", "electroconvulsive therapy"), "global improvement"),
    "epilepsy": _background_review("anti-seizure medicines", "drug-resistant epilepsy", "30%",
                                   ("vagus nerve stimulation", "sham stimulation"), "seizure freedom"),
    "heart": _background_review("blood pressure medicines", "resistant hypertension", "10%",
                                ("renal denervation", "sham procedure"), "blood pressure control"),
    "smoking": _background_review("nicotine patches", "relapse within a year", "70%",
                                  ("varenicline", "bupropion"), "quit rates"),
}


@pytest.mark.parametrize("source, text, figure", [
    ("mental", "Why is this important?\n\nAbout 1 in 13 people do not respond well to antipsychotics.", "1 in 13"),
    ("mental", "What is schizophrenia?\n\nAbout 35% of people do not respond to antipsychotic medicines.", "35%"),
    ("epilepsy", "What is the problem?\n\nAbout 45% of people with epilepsy keep having seizures on anti-seizure "
                 "medicines.", "45%"),
    ("heart", "Why is this important?\n\nAbout 1 in 4 people with high blood pressure stay above target on blood "
              "pressure medicines.", "1 in 4"),
    ("smoking", "What is the problem?\n\nAbout 40% of people who quit with nicotine patches start smoking again "
                "within a year.", "40%"),
])
def test_a_wrong_background_share_of_a_treatment_in_no_comparison_is_reported(source, text, figure):
    assert claim_rules_at(text, BACKGROUND[source], figure) in (["claims/unsupported-number"], ["claims/number-mismatch"])


@pytest.mark.parametrize("source, text, figure", [
    ("mental", "Why is this important?\n\nAbout 1 in 5 people do not respond well to antipsychotics.", "1 in 5"),
    ("mental", "What is schizophrenia?\n\nAbout 20% of people do not respond to antipsychotic medicines.", "20%"),
    ("epilepsy", "What is the problem?\n\nAbout 30% of people with epilepsy keep having seizures on anti-seizure "
                 "medicines.", "30%"),
    ("smoking", "What is the problem?\n\nAbout 70% of people who quit with nicotine patches start smoking again "
                "within a year.", "70%"),
])
def test_a_right_background_share_stays_quiet(source, text, figure):
    assert claim_rules_at(text, BACKGROUND[source], figure) == []


# the same reviews, but the share the abstract gives is of an arm of the comparison (a result, no background figure)
ARM_ONLY = {
    "heart": _background_review("sham procedure", "resistant hypertension", "10%",
                                ("renal denervation", "sham procedure"), "blood pressure control"),
    "epilepsy": _background_review("sham stimulation", "drug-resistant epilepsy", "30%",
                                   ("vagus nerve stimulation", "sham stimulation"), "seizure freedom"),
}


@pytest.mark.parametrize("source, text, figure", [
    ("heart", "Why is this important?\n\nAbout 1 in 4 people with high blood pressure take three or more medicines.",
     "1 in 4"),
    ("heart", "Why is this important?\n\nAbout 25% of people with high blood pressure have kidney disease.", "25%"),
    ("epilepsy", "What is the problem?\n\nAbout 1% of people worldwide have epilepsy.", "1%"),
])
def test_background_shares_stay_quiet_when_the_source_gives_no_background_figure(source, text, figure):
    assert claim_rules_at(text, ARM_ONLY[source], figure) == []


def _world_review(outcome, aliases, value):
    return {"design": "meta-analysis", "studies": 12, "participants": 3400,
            "drugs": {"group therapy": [], "usual care": []}, "outcomes": {outcome: aliases, "depression": []},
            "findings": [{"outcome": outcome, "population": "people worldwide (background)", "value": value},
                         {"drug": "group therapy", "comparator": "usual care", "outcome": "depression",
                          "measure": "standardised-mean-difference", "value": -0.3}]}


WORLD = {
    "displaced": _world_review("forcibly displaced people", ["displaced people", "people forced from their homes"],
                               84000000),
    "arteries": _world_review("peripheral arterial disease", ["narrowed leg arteries"], 236000000),
    "obesity": _world_review("overweight or obesity", ["obesity", "overweight"], 340000000),
    "hepatitis": _world_review("chronic hepatitis B infection", ["hepatitis B"], 296000000),
}


@pytest.mark.parametrize("source, text, figure", [
    ("displaced", "About 171 million people are forcibly displaced worldwide.", "171"),
    ("displaced", "Around 171 million people are forced to leave their homes because of war.", "171"),
    ("arteries", "Peripheral arterial disease affects about 475 million people around the world.", "475"),
    ("hepatitis", "Around 595 million people live with hepatitis B around the world.", "595"),
])
def test_a_wrong_count_in_millions_naming_a_declared_background_figure_is_a_mismatch(source, text, figure):
    assert claim_rules_at(f"Why is this important?\n\n{text}", WORLD[source], figure) == ["claims/number-mismatch"]


@pytest.mark.parametrize("source, text, figure", [
    ("displaced", "About 84 million people are forcibly displaced worldwide.", "84"),
    ("arteries", "Peripheral arterial disease affects about 236 million people around the world.", "236"),
    ("hepatitis", "Around 296 million people live with hepatitis B around the world.", "296"),
    # a count in millions of something the source declares no figure for
    ("displaced", "About 700 million people live in extreme poverty.", "700"),
    ("obesity", "About 2 billion adults around the world drink alcohol.", "2"),
])
def test_the_declared_count_in_millions_and_undeclared_ones_stay_quiet(source, text, figure):
    assert claim_rules_at(f"Why is this important?\n\n{text}", WORLD[source], figure) == []


def _places_review(outcome, populations):
    """Background figures of one outcome for several populations (no drug): what the abstract's background gives."""
    return {"design": "meta-analysis", "studies": 6, "participants": 1369,
            "drugs": {"counselling": [], "usual care": []}, "outcomes": {outcome: [], "abstinence": []},
            "findings": [{"outcome": outcome, "population": f"{who} (background)", "value": value}
                         for who, value in populations]
                        + [{"drug": "counselling", "comparator": "usual care", "outcome": "abstinence",
                            "measure": "risk-ratio", "value": 1.3}]}


PLACES = {
    "alcohol": _places_review("alcohol use in pregnancy", [("pregnant women globally", "10%"),
                                                           ("pregnant women in Europe", "25%")]),
    "smoking": _places_review("smoking", [("adults worldwide", "22%"), ("adults in South-East Asia", "29%")]),
    "children": _places_review("anaemia", [("children under five worldwide", "40%"), ("children under five in Africa", "60%")]),
    "kidney": _places_review("chronic kidney disease", [("adults in high-income countries", "11%"),
                                                        ("adults in low-income countries", "17%")]),
    "fertility": _places_review("polycystic ovary syndrome", [("women of reproductive age", "10%"),
                                                              ("women presenting with infertility", "50%")]),
}


@pytest.mark.parametrize("source, text, figure", [
    # the other population's figure, said of this one
    ("alcohol", "Globally, about 25% of pregnant women drink alcohol, and up to 25% do in Europe.", "25%"),
    ("alcohol", "In Europe, about one in 10 pregnant women drink alcohol.", "one in 10"),
    ("smoking", "About 29% of adults worldwide smoke tobacco.", "29%"),
    ("children", "In Africa, about 40% of children under five have anaemia.", "40%"),
    ("kidney", "About 11% of adults in low-income countries have chronic kidney disease.", "11%"),
    ("fertility", "It affects 50% of all women of reproductive age.", "50%"),
])
def test_a_background_figure_of_another_population_is_a_mismatch(source, text, figure):
    assert claim_rules_at(f"Why is this important?\n\n{text}", PLACES[source], figure) == ["claims/number-mismatch"]


@pytest.mark.parametrize("source, text, figure", [
    ("alcohol", "Globally, about 10% of pregnant women drink alcohol, and up to 25% do in Europe.", "10%"),
    ("alcohol", "Globally, about 10% of pregnant women drink alcohol, and up to 25% do in Europe.", "25%"),
    ("alcohol", "In Europe, about one in four pregnant women drink alcohol.", "one in four"),
    ("smoking", "About 22% of adults around the world smoke, and 29% in South-East Asia.", "29%"),
    ("children", "About 40% of children under five have anaemia.", "40%"),
    ("kidney", "About 17% of adults in low-income countries have chronic kidney disease.", "17%"),
    # the words after a figure are its own, even when a sibling's words stand just before it
    ("fertility", "It affects 10% of all women of reproductive age and 50% of women presenting with infertility.", "50%"),
])
def test_a_background_figure_said_of_its_own_population_stays_quiet(source, text, figure):
    assert claim_rules_at(f"Why is this important?\n\n{text}", PLACES[source], figure) == []


def test_a_background_share_in_a_review_of_test_accuracy_stays_quiet():
    """The tests of a test-accuracy review have findings of their own (sensitivity, specificity) and no comparator:
    they are what was studied, not background, so a background share the source does not give stays quiet."""
    source = {"design": "meta-analysis", "studies": 14, "participants": 2100,
              "drugs": {"rapid antigen test": []}, "outcomes": {"sensitivity": [], "specificity": []},
              "findings": [{"drug": "rapid antigen test", "outcome": "sensitivity", "value": "72%"},
                           {"drug": "rapid antigen test", "outcome": "specificity", "value": "99%"}]}
    text = "Why is this important?\n\nAbout 30% of children with a sore throat have a strep infection, and a rapid " \
           "antigen test can help."
    assert claim_rules_at(text, source, "30%") == []


def _sizes_review(participants, smallest, largest):
    return {"design": "meta-analysis", "studies": 7, "participants": participants,
            "drugs": {"nivolumab": [], "placebo": []}, "outcomes": {"overall survival": []},
            "findings": [{"drug": "nivolumab", "comparator": "placebo", "outcome": "overall survival",
                          "measure": "hazard-ratio", "value": 0.9},
                         {"measure": "count", "value": smallest, "population": "participants in the smallest trial"},
                         {"measure": "count", "value": largest, "population": "participants in the largest trial"}]}


SIZES = {"oncology": _sizes_review(1953, 35, 716), "renal": _sizes_review(880, 20, 332),
         "mental": _sizes_review(410, 12, 110)}


@pytest.mark.parametrize("source, text, figure", [
    ("oncology", "Trial sizes ranged from 1432 to 2113 people.", "1432 to 2113"),
    ("renal", "The number of people in each study ranged from 40 to 664.", "40 to 664"),
    ("mental", "Sample sizes ranged from 12 to 48 participants.", "12 to 48"),
])
def test_study_sizes_after_ranged_from_are_checked(source, text, figure):
    assert claim_rules_at(f"What did we find?\n\n{text}", SIZES[source], figure) in (
        ["claims/number-mismatch"], ["claims/unsupported-number"])


@pytest.mark.parametrize("source, text, figure", [
    ("oncology", "Trial sizes ranged from 35 to 716 people.", "35 to 716"),
    ("renal", "The number of people in each study ranged from 20 to 332.", "20 to 332"),
    # a scale's ends and other ranges after "ranged from" stay scales
    ("mental", "Depression scores ranged from 0 to 63 on the Beck scale.", "0 to 63"),
    ("renal", "Dialysis sessions ranged from 3 to 5 hours.", "3 to 5"),
])
def test_declared_study_sizes_and_scales_stay_quiet(source, text, figure):
    assert claim_rules_at(f"What did we find?\n\n{text}", SIZES[source], figure) == []


def _one_trial_review(drug, comparator, people):
    return {"design": "randomized-trial", "studies": 1, "participants": people,
            "drugs": {drug: [], comparator: []}, "outcomes": {"weight gain": []},
            "findings": [{"drug": drug, "comparator": comparator, "outcome": "weight gain", "measure": "mean-difference",
                          "value": 0.4}]}


@pytest.mark.parametrize("text, figure, rules", [
    # describing words with a comma between them before the design words still make a count of studies, even with
    # the noun left singular (the plural noun was read before)
    ("The evidence comes from 5 small, unblinded randomised trial that enrolled 72 preterm infants.", "5",
     ["claims/number-mismatch"]),
    ("Data came from 3 large, multicentre randomized controlled trial in adults with heart failure.", "3",
     ["claims/number-mismatch"]),
    ("The evidence comes from one small, unblinded randomised trial that enrolled 72 preterm infants.", "one", []),
    ("We found one large, well-run randomised controlled trial in adults with heart failure.", "one", []),
])
def test_a_count_of_studies_with_describing_words_and_a_comma(text, figure, rules):
    assert claim_rules_at(text, _one_trial_review("re-feeding", "discarding", 72), figure) == rules


def test_a_background_figure_is_not_named_by_the_next_clause():
    """"observed within 24 hours in 21 (68%), and from three to 22 days in 10 (32%)": the words of the next clause
    name the next figure's population, not this one's."""
    source = {"design": "meta-analysis", "studies": 3, "participants": 290,
              "drugs": {"spinal drainage": [], "no drainage": []}, "outcomes": {"paralysis": []},
              "findings": [{"outcome": "paralysis", "value": "68%", "population": "deficits seen within 24 hours of surgery"},
                           {"outcome": "paralysis", "value": "32%", "population": "deficits seen three to 22 days after surgery"},
                           {"drug": "spinal drainage", "comparator": "no drainage", "outcome": "paralysis",
                            "measure": "risk-ratio", "value": 0.6}]}
    text = "What did we find?\n\nParalysis was seen within 24 hours of surgery in 21 (68%), and from three to 22 days in 10 (32%)."
    assert claim_rules_at(text, source, "68%") == []
    assert claim_rules_at(text, source, "32%") == []
