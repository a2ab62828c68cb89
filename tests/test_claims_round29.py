"""Claims round 29 (issue 14): shares, frequencies, units and names on real summaries.
(1) A number inside an allele or star-named variant ("HLA-B*57:01", "CYP2C19*2") is part of the name, also when
    markdown took the "*" for emphasis ("HLA-B57:01").
(2) Both arms' natural frequencies ("64 out of every 100 ... were alive compared with 60 out of every 100") whose
    clause names no outcome the comparison has a ratio or difference for: the one outcome whose ratio or risk
    difference they fit is theirs; a pair that fits none stays as read.
(3) "fake pills" names the placebo arm.
(4) A difference in a measured unit after a stated denominator ("18 more points on a 0 to 100 scale", "23 degrees",
    "2 kg") is not a share of that denominator.
(5) A share that states a mean difference in points ("HbA1c lowered by 0.3%" for MD -0.3; "12% absolute improvement"
    for 12 points on a 0 to 100 scale) agrees with it; a share of another size is judged as before.
(6) "published up to", "current as of" introduce the search date ("published up to early 2023" for March 2024).
Sentences written for these tests (made-up reviews and numbers) across fields.
"""

from __future__ import annotations

import pytest

from lint_support import claim_rules_at, claims_at


def _review(drug, comparator, findings, outcomes, studies=6, participants=1200, drug_aliases=(), comparator_aliases=()):
    return {"design": "meta-analysis", "studies": studies, "participants": participants,
            "drugs": {drug: list(drug_aliases), comparator: list(comparator_aliases)},
            "outcomes": {name: list(aliases) for name, aliases in outcomes.items()},
            "findings": [{"drug": drug, "comparator": comparator, **finding} for finding in findings]}


# -- (1) numbers inside allele and variant names --------------------------------------------------------------

ALLELES = {
    "hiv": _review("HLA-B*57:01 screening", "standard care",
                   [{"outcome": "hypersensitivity reaction", "measure": "risk-ratio", "value": 0.43, "ci": [0.28, 0.67]}],
                   {"hypersensitivity reaction": ["hypersensitivity", "allergic reaction"]},
                   drug_aliases=["genetic screening"]),
    "gout": _review("allopurinol with HLA-B*58:01 testing", "allopurinol without testing",
                    [{"outcome": "severe skin reaction", "measure": "risk-ratio", "value": 0.2, "ci": [0.1, 0.5]}],
                    {"severe skin reaction": ["skin reactions"]}, drug_aliases=["genetic testing"]),
    "cardiology": _review("genotype-guided antiplatelet therapy", "standard therapy",
                          [{"outcome": "major cardiac events", "measure": "risk-ratio", "value": 0.7, "ci": [0.5, 0.9]}],
                          {"major cardiac events": ["heart attacks or strokes"]}, drug_aliases=["genotype-guided therapy"]),
    "epilepsy": _review("HLA-A*31:01 screening", "no screening",
                        [{"outcome": "drug rash", "measure": "risk-ratio", "value": 0.35, "ci": [0.2, 0.6]}],
                        {"drug rash": ["rash"]}),
}

NAMES = [
    ("hiv", "People were tested for HLA-B*57:01 before they started abacavir.", "57"),
    ("hiv", "People were tested for HLA-B*57:01 before they started abacavir.", "01"),
    ("hiv", "Only people without HLA-B*57:01 got abacavir, and fewer had a hypersensitivity reaction.", "01"),
    # two stars in one paragraph: markdown reads them as emphasis and drops them ("HLA-B57:01")
    ("hiv", "We tested for HLA-B*57:01 first. People without HLA-B*57:01 had fewer allergic reactions.", "01"),
    ("gout", "Testing for HLA-B*58:01 before allopurinol may prevent severe skin reactions.", "58"),
    ("gout", "Testing for HLA-B*58:01 before allopurinol may prevent severe skin reactions.", "01"),
    ("cardiology", "People who carry CYP2C19*2 break clopidogrel down slowly, so heart attacks or strokes were "
                   "more common.", "2"),
    ("epilepsy", "Children were screened for HLA-A*31:01 before carbamazepine; a rash was less common.", "31"),
    ("epilepsy", "Children were screened for HLA-A*31:01 before carbamazepine; a rash was less common.", "01"),
]


@pytest.mark.parametrize("source, text, figure", NAMES)
def test_a_number_inside_an_allele_name_is_no_claim(source, text, figure):
    assert claims_at(text, ALLELES[source], figure) == []


@pytest.mark.parametrize("source, text, figure", [
    ("hiv", "Screening for HLA-B*57:01 cut hypersensitivity reactions by 80%.", "80%"),
    ("epilepsy", "Screening for HLA-A*31:01 made a rash 90% less likely.", "90%"),
])
def test_a_wrong_figure_beside_an_allele_name_is_still_caught(source, text, figure):
    assert claim_rules_at(text, ALLELES[source], figure) == ["claims/number-mismatch"]


def test_a_clock_time_or_ratio_is_still_read():
    """The ":" rule is only for a code's field: "a 1:2 ratio" and "at 10:30" keep their numbers."""
    source = _review("nicotine patch", "placebo", [{"outcome": "quitting", "measure": "risk-ratio", "value": 1.5,
                                                    "ci": [1.2, 1.9]}], {"quitting": ["quit"]})
    assert claim_rules_at("With the nicotine patch, 90 in 100 people quit.", source, "90") != []


# -- (2) and (3) both arms' frequencies, checked against the one outcome they fit ------------------------------

ONCOLOGY = _review("adjuvant chemotherapy", "surgery alone",
                   [{"outcome": "survival", "measure": "hazard-ratio", "value": 0.86, "ci": [0.81, 0.92]},
                    {"outcome": "survival", "measure": "risk-difference", "value": "4%"}],
                   {"survival": ["overall survival", "deaths"], "adverse events": ["side effects"]},
                   drug_aliases=["chemotherapy"], comparator_aliases=["surgery"])
SMOKING = _review("varenicline", "placebo",
                  [{"outcome": "quitting", "measure": "risk-ratio", "value": 2.0, "ci": [1.6, 2.5]},
                   {"outcome": "nausea", "measure": "risk-ratio", "value": 3.0, "ci": [2.2, 4.1]}],
                  {"quitting": ["quit smoking", "stopped smoking"], "nausea": ["feeling sick"]})
MENTAL_HEALTH = _review("antidepressants", "placebo",
                        [{"outcome": "response", "measure": "risk-ratio", "value": 1.5, "ci": [1.3, 1.8]},
                         {"outcome": "response", "measure": "risk-difference", "value": "15%"},
                         {"outcome": "depression score", "measure": "mean-difference", "value": -2.5, "ci": [-3.4, -1.6]}],
                        {"response": ["responded"], "depression score": ["symptoms of depression"]})
RENAL = _review("bicarbonate", "usual care",
                [{"outcome": "kidney failure", "measure": "risk-ratio", "value": 0.5, "ci": [0.3, 0.8]}],
                {"kidney failure": ["dialysis"], "blood pressure": []},
                comparator_aliases=["standard care"])

PAIRS = {"oncology": ONCOLOGY, "smoking": SMOKING, "mental health": MENTAL_HEALTH, "renal": RENAL}

ARMS = [
    # -- the pair fits the one outcome with a ratio or difference: quiet --
    ("oncology", "After five years, 64 out of every 100 people given chemotherapy after surgery were alive, compared "
                 "with 60 out of every 100 who had surgery alone.", "64 out of every 100", False),
    ("oncology", "After five years, 64 out of every 100 people given chemotherapy after surgery were alive, compared "
                 "with 60 out of every 100 who had surgery alone.", "60 out of every 100", False),
    ("smoking", "About 20 out of 100 people on varenicline were not smoking a year later, compared with 10 out of 100 "
                "on placebo.", "20 out of 100", False),
    ("mental health", "About 45 out of 100 people taking fake pills felt much better, and 60 out of 100 taking "
                      "antidepressants did.", "45 out of 100", False),
    ("mental health", "About 45 out of 100 people taking fake pills felt much better, and 60 out of 100 taking "
                      "antidepressants did.", "60 out of 100", False),
    ("renal", "Over two years, 10 in 100 people on bicarbonate needed to start treatment, against 20 in 100 on usual "
              "care.", "10 in 100", False),
    # -- a pair that fits no outcome is still flagged --
    ("oncology", "After five years, 74 out of every 100 people given chemotherapy after surgery were alive, compared "
                 "with 60 out of every 100 who had surgery alone.", "74 out of every 100", True),
    ("smoking", "About 40 out of 100 people on varenicline were not smoking a year later, compared with 10 out of 100 "
                "on placebo.", "40 out of 100", True),
    ("mental health", "About 45 out of 100 people taking fake pills felt much better, and 80 out of 100 taking "
                      "antidepressants did.", "80 out of 100", True),
]


@pytest.mark.parametrize("source, text, figure, flagged", ARMS)
def test_both_arms_frequencies_fit_the_one_outcome_they_state(source, text, figure, flagged):
    found = claims_at(text, PAIRS[source], figure)
    assert bool(found) == flagged, found


OTITIS = _review("topical quinolones", "boric acid",
                 [{"outcome": "resolution of ear discharge", "measure": "risk-ratio", "value": 1.86, "ci": [1.48, 2.35]},
                  {"outcome": "resolution of ear discharge", "measure": "number-needed-to-treat", "value": 4}],
                 {"resolution of ear discharge": ["dry ear", "ear discharge"]},
                 drug_aliases=["quinolone ear drops"], comparator_aliases=["boric acid drops"])

NEEDED = [
    # the ratio fits (30/15 = 2.0 for RR 1.86), but one more for every 4 treated is about 25 more in 100, not 15
    ("Quinolone ear drops probably stop ear discharge better than boric acid drops: about 30 out of 100 children "
     "become dry compared with about 15 out of 100.", "30 out of 100", True),
    ("Quinolone ear drops probably work better than boric acid drops: about 30 out of 100 children become dry "
     "compared with about 15 out of 100.", "30 out of 100", True),
    ("Quinolone ear drops probably stop ear discharge better than boric acid drops: about 54 out of 100 children "
     "become dry compared with about 29 out of 100.", "54 out of 100", False),
    ("Quinolone ear drops probably work better than boric acid drops: about 54 out of 100 children become dry "
     "compared with about 29 out of 100.", "54 out of 100", False),
]


@pytest.mark.parametrize("text, figure, flagged", NEEDED)
def test_a_pair_the_number_needed_to_treat_contradicts_is_flagged(text, figure, flagged):
    found = claims_at(text, OTITIS, figure)
    assert bool(found) == flagged, found


def test_two_outcomes_that_both_fit_leave_the_pair_as_read():
    """When the pair's ratio fits two outcomes (2.0 for quitting and for a made-up 2.0 on nausea), it says
    neither: the pair stays as read."""
    source = _review("varenicline", "placebo",
                     [{"outcome": "quitting", "measure": "risk-ratio", "value": 2.0, "ci": [1.6, 2.5]},
                      {"outcome": "nausea", "measure": "risk-ratio", "value": 2.0, "ci": [1.5, 2.7]}],
                     {"quitting": ["quit smoking"], "nausea": ["feeling sick"]})
    text = "About 20 out of 100 people on varenicline did well, compared with 10 out of 100 on placebo."
    assert claims_at(text, source, "20 out of 100") != []


def test_fake_pills_name_the_placebo_arm():
    text = "Of the people taking fake pills, 30% responded."
    found = claims_at(text, MENTAL_HEALTH, "30%")
    assert found and "placebo" in found[0], found


# -- (4) measured differences after a stated denominator -------------------------------------------------------

SHOULDER = _review("oral steroids", "placebo",
                   [{"outcome": "treatment success", "measure": "risk-difference", "value": "48%"},
                    {"outcome": "shoulder movement", "measure": "mean-difference", "value": 23.3, "ci": [11.3, 35.3]},
                    {"outcome": "disability", "measure": "mean-difference", "value": 18.1, "ci": [7.6, 28.6]}],
                   {"treatment success": ["got better"], "shoulder movement": ["movement"], "disability": []})
WEIGHT = _review("lifestyle programme", "usual care",
                 [{"outcome": "diabetes", "measure": "risk-difference", "value": "-6%"},
                  {"outcome": "body weight", "measure": "mean-difference", "value": -2.1, "ci": [-3.0, -1.2]},
                  {"outcome": "blood pressure", "measure": "mean-difference", "value": -4.0, "ci": [-6.0, -2.0]}],
                 {"diabetes": [], "body weight": ["weight"], "blood pressure": []})

UNITS = [
    (SHOULDER, "For every 100 people on placebo, 48 fewer got better than on oral steroids; with oral steroids, "
               "shoulder movement increased by 23 degrees.", "23", False),
    (SHOULDER, "For every 100 people on placebo, 48 fewer got better than on oral steroids; with oral steroids, "
               "shoulder movement increased by 40 degrees.", "40", True),
    (SHOULDER, "For every 100 people on placebo, 48 fewer got better than on oral steroids. Disability fell by 18 "
               "more points on a scale of 0 to 100 with oral steroids.", "18", False),
    (WEIGHT, "For every 100 people in the lifestyle programme, 6 fewer got diabetes. In the lifestyle programme, "
             "weight fell by 2 kg more than with usual care.", "2", False),
    (WEIGHT, "For every 100 people in the lifestyle programme, 6 fewer got diabetes. In the lifestyle programme, "
             "blood pressure fell by 4 mmHg more than with usual care.", "4", False),
    (WEIGHT, "For every 100 people in the lifestyle programme, 6 fewer got diabetes. In the lifestyle programme, "
             "blood pressure fell by 9 mmHg more than with usual care.", "9", True),
]


@pytest.mark.parametrize("source, text, figure, flagged", UNITS)
def test_a_measured_difference_is_no_share_of_the_denominator(source, text, figure, flagged):
    found = claims_at(text, source, figure)
    assert bool(found) == flagged, found


# -- (5) a share stating a mean difference in percentage points ----------------------------------------------

DIABETES = _review("metformin", "placebo", [{"outcome": "HbA1c", "measure": "mean-difference", "value": -0.3,
                                             "ci": [-0.6, -0.04]}], {"HbA1c": ["blood sugar control"]})
OBESITY = _review("digital programme", "usual care", [{"outcome": "body fat", "measure": "mean-difference",
                                                       "value": -2.63, "ci": [-4.47, -0.78]}], {"body fat": ["fat mass"]})
PAIN = _review("exercise", "no exercise", [{"outcome": "pain", "measure": "mean-difference", "value": -12, "ci": [-15, -10]},
                                           {"outcome": "pain", "measure": "risk-ratio", "value": 0.8, "ci": [0.7, 0.9]}],
               {"pain": []})
HEART = _review("sacubitril-valsartan", "enalapril", [{"outcome": "ejection fraction", "measure": "mean-difference",
                                                        "value": 5.0, "ci": [3.1, 6.9]}], {"ejection fraction": []})

POINTS = [
    (DIABETES, "HbA1c was lowered by 0.3% in people taking metformin.", "0.3%", False),
    (DIABETES, "HbA1c was lowered by 0.9% in people taking metformin.", "0.9%", True),
    (OBESITY, "With the digital programme, fat mass was about 2-3% lower than with usual care.", "2-3%", False),
    (OBESITY, "With the digital programme, fat mass was 3% lower than with usual care.", "3%", False),
    (OBESITY, "With the digital programme, fat mass was 8% lower than with usual care.", "8%", True),
    (OBESITY, "With the digital programme, fat mass was about 7-9% lower than with usual care.", "7-9%", True),
    (PAIN, "People who did exercise rated their pain 12 points lower (a 12% absolute improvement).", "12%", False),
    (PAIN, "People who did exercise rated their pain lower (a 25% absolute improvement).", "25%", True),
    (HEART, "Sacubitril-valsartan raised the ejection fraction by 5% compared with enalapril.", "5%", False),
    (HEART, "Sacubitril-valsartan raised the ejection fraction by 15% compared with enalapril.", "15%", True),
]


@pytest.mark.parametrize("source, text, figure, flagged", POINTS)
def test_a_share_may_state_a_mean_difference_in_points(source, text, figure, flagged):
    found = claims_at(text, source, figure)
    assert bool(found) == flagged, found


def test_a_share_is_no_mismatch_against_a_mean_difference_of_another_outcome():
    """Only the figure's own outcome's mean difference is read in points: 0.3% said of weight is not HbA1c's."""
    source = _review("metformin", "placebo", [{"outcome": "HbA1c", "measure": "mean-difference", "value": -0.3},
                                              {"outcome": "weight", "measure": "mean-difference", "value": -1.2}],
                     {"HbA1c": [], "weight": ["body weight"]})
    found = claims_at("With metformin, body weight fell by 0.3%.", source, "0.3%")
    assert found and "HbA1c" not in found[0].split("source gives")[0], found


def test_one_arms_own_mean_change_is_no_difference_a_share_states():
    """"22% absolute improvement" is not the 22.4-point change within one arm: only the comparison's 7.1 points is."""
    source = _review("manual therapy", "placebo", [
        {"outcome": "function", "measure": "mean-difference", "value": 7.1, "ci": [0.3, 13.9]},
        {"outcome": "function", "measure": "mean-difference", "value": 22.4,
         "population": "mean change with manual therapy"}], {"function": []})
    del source["findings"][1]["comparator"]  # one arm's own change
    assert not claims_at("Function improved more with manual therapy (7% absolute improvement).", source, "7%")
    assert claims_at("Function improved more with manual therapy (22% absolute improvement).", source, "22%")


# -- (6) search-date cues --------------------------------------------------------------------------------------

SEARCHED = dict(_review("decision aids", "usual care", [{"outcome": "adherence", "measure": "risk-ratio", "value": 1.1,
                                                          "ci": [0.9, 1.3]}], {"adherence": []}), searched="2024-03-19")

DATES = [
    ("How up to date is this evidence? The studies we included were published up to early 2023.", "2023", True),
    ("How up to date is this evidence? The studies we included were published up to March 2024.", "2024", False),
    ("The evidence used in this summary is current as of October 6, 2025.", "2025", True),
    ("The evidence is current as of March 2024.", "2024", False),
    ("The evidence is current as at 19 March 2024.", "2024", False),
    ("This summary is current as of the knowledge cutoff (June 2024).", "2024", True),
]


@pytest.mark.parametrize("text, figure, flagged", DATES)
def test_published_up_to_and_current_as_of_give_the_search_date(text, figure, flagged):
    found = claim_rules_at(text, SEARCHED, figure)
    assert found == (["claims/search-date"] if flagged else []), found
