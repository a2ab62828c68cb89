"""Claims round 35, part M (issue 14): figures that are not counts, read wrongly in older Cochrane summaries.
(1) A test's sensitivity or specificity said in words ("correctly classified 100% of the people who had it and 92%
    of those who did not", "44 of 53 who did not progress would test negative") is that measure's figure when the
    source declares it, not the condition's the clause names. A share of missed or wrongly flagged people is neither.
(2) A figure said for a test or treatment by its general name ("PET scan") where the source gives findings only for
    variants whose names open with it ("PET scan read visually", "PET scan read by software") restates the one
    variant whose value it is. A general name with findings of its own, or a value two variants share, is not re-read.
(3) An outcome named right before the figure in more words than the outcome attached ("success rates at the first
    attempt (+57%)" after "attempts"), or after the figure before it ("bruising (-73%) and accidental puncturing of
    an artery (72%)"), is the figure's outcome. A value named after the wrong outcome is still a wrong pair.
(4) Effects a study would need to be big enough to detect ("needed to detect a 20% drop in deaths", "to detect an
    increase from 1 in 100 to 2 in 100") are assumptions of a sample-size calculation, not results.
Sentences written for these tests (made-up reviews and numbers) across fields.
"""

from __future__ import annotations

import pytest

from lint_support import claim_rules_at, claims_at
from lint_support import pair_review as _review


def _share(outcome, value, drug, **more):
    return {"drug": drug, "outcome": outcome, "measure": "proportion", "value": f"{value}%", **more}


def _accuracy(test, sens, spec, condition, condition_aliases=(), more_tests=None):
    tests = {test: []} | (more_tests or {})
    return {"design": "meta-analysis", "studies": 6, "participants": 900, "drugs": tests,
            "outcomes": {"sensitivity": [], "specificity": [], condition: list(condition_aliases)},
            "findings": [_share("sensitivity", sens, test), _share("specificity", spec, test),
                         {"outcome": condition, "measure": "proportion", "value": "30%"}]}


ACCURACY = {
    "dementia": _accuracy("amyloid PET", 96, 83, "progression to dementia", ["progress to dementia"]),
    "infectious disease": _accuracy("rapid antigen test", 88, 97, "tuberculosis", ["TB"]),
    "cardiology": _accuracy("high-sensitivity troponin", 94, 79, "heart attack", ["myocardial infarction"]),
    "paediatrics": _accuracy("point-of-care ultrasound", 91, 95, "appendicitis"),
    "oncology": _accuracy("HPV self-sampling", 77, 89, "cervical precancer", ["precancer"]),
}

RIGHT_ACCURACY = [
    ("dementia", "Amyloid PET correctly classified 96% of the people who went on to progress to dementia and 83% "
                 "of the people who did not.", "83%"),
    ("dementia", "Amyloid PET correctly classified 96% of the people who went on to progress to dementia.", "96%"),
    ("infectious disease", "The rapid antigen test correctly identified 88% of the children with TB.", "88%"),
    ("infectious disease", "The rapid antigen test correctly ruled out 97% of the children without TB.", "97%"),
    ("cardiology", "High-sensitivity troponin detected 94% of the patients who were having a heart attack.", "94%"),
    ("paediatrics", "Point-of-care ultrasound correctly classified 95% of the children who did not have "
                    "appendicitis.", "95%"),
    ("dementia", "We would expect 83 of 100 people who do not progress to dementia to be amyloid PET negative.",
     "83 of 100"),
]


@pytest.mark.parametrize("source, text, figure", RIGHT_ACCURACY)
def test_sensitivity_and_specificity_in_words_stay_quiet(source, text, figure):
    assert claims_at(text, ACCURACY[source], figure) == []


WRONG_ACCURACY = [
    ("dementia", "Amyloid PET correctly classified 96% of the people who went on to progress to dementia and 63% "
                 "of the people who did not.", "63%", "specificity"),
    ("infectious disease", "The rapid antigen test correctly identified 78% of the children with TB.", "78%",
     "sensitivity"),
    ("oncology", "HPV self-sampling correctly identified 97% of the women without cervical precancer.", "97%",
     "specificity"),
    ("cardiology", "High-sensitivity troponin detected 79% of the patients who were having a heart attack.", "79%",
     "sensitivity"),
]


@pytest.mark.parametrize("source, text, figure, measure", WRONG_ACCURACY)
def test_a_wrong_sensitivity_or_specificity_in_words_is_a_mismatch_of_that_measure(source, text, figure, measure):
    found = claims_at(text, ACCURACY[source], figure)
    assert [f.split(":")[0] for f in found] in (["claims/number-mismatch"], ["claims/wrong-pair"])
    assert measure in found[0]


@pytest.mark.parametrize("source, text, figure", [
    # a share missed, or wrongly flagged, is the complement of a measure: not read as the measure
    ("infectious disease", "The rapid antigen test missed 12% of the children with TB.", "12%"),
    ("oncology", "HPV self-sampling wrongly identified 11% of the women without cervical precancer.", "11%"),
    ("dementia", "We would expect 17 of 100 people who do not progress to dementia to be falsely positive.",
     "17 of 100"),
])
def test_missed_or_wrongly_flagged_shares_are_not_read_as_the_measure(source, text, figure):
    assert not any("sensitivity" in f or "specificity" in f for f in claims_at(text, ACCURACY[source], figure))


# -- (2) a general name for the one variant whose value it is -------------------------------------------------------

def _variants(general, aliases, variants, outcome, values, own=None):
    findings = [_share(outcome, value, variant) for variant, value in zip(variants, values)]
    if own is not None:
        findings.append(_share(outcome, own, general))
    return {"design": "meta-analysis", "studies": 4, "participants": 400,
            "drugs": {general: list(aliases), **{v: [] for v in variants}},
            "outcomes": {outcome: [], "sensitivity" if outcome != "sensitivity" else "specificity": []},
            "findings": findings}


VARIANTS = {
    "dementia": _variants("DAT imaging", ["DAT scan"], ["DAT scan rated visually", "DAT scan rated by software"],
                          "sensitivity", [86, 100]),
    "oncology": _variants("MRI", [], ["MRI with contrast", "MRI without contrast"], "sensitivity", [92, 81]),
    "shared": _variants("MRI", [], ["MRI with contrast", "MRI without contrast"], "sensitivity", [90, 90]),
    "own": _variants("MRI", [], ["MRI with contrast", "MRI without contrast"], "sensitivity", [92, 81], own=85),
    "other test": _variants("colonoscopy", [], ["CT colonoscopy", "capsule endoscopy"], "sensitivity", [89, 79]),
}


@pytest.mark.parametrize("source, text, figure", [
    ("dementia", "Overall, the DAT scan found 100% of the people with Lewy body dementia (its sensitivity).", "100%"),
    ("oncology", "MRI had a sensitivity of 92% for breast cancer.", "92%"),
    ("oncology", "The sensitivity of MRI was 81%.", "81%"),
])
def test_a_general_name_restates_its_one_variant(source, text, figure):
    assert claims_at(text, VARIANTS[source], figure) == []


@pytest.mark.parametrize("source, text, figure", [
    ("own", "MRI had a sensitivity of 92% for breast cancer.", "92%"),  # MRI has its own 85%
    ("other test", "Colonoscopy had a sensitivity of 89% for polyps.", "89%"),  # CT colonoscopy is another test
])
def test_a_general_name_with_its_own_finding_or_another_test_is_not_re_read(source, text, figure):
    assert claim_rules_at(text, VARIANTS[source], figure) != []


# -- (3) the outcome named just before the figure, in more words --------------------------------------------------

NAMED_BEFORE = {
    "vascular access": _review("ultrasound guidance", "landmarks", [
        {"outcome": "haematoma", "measure": "risk-ratio", "value": 0.27, "ci": [0.13, 0.55]},
        {"outcome": "arterial puncture", "measure": "risk-ratio", "value": 0.28, "ci": [0.18, 0.44]},
        {"outcome": "number of attempts", "measure": "mean-difference", "value": -1.2, "ci": [-1.5, -0.9]},
        {"outcome": "success at first attempt", "measure": "risk-ratio", "value": 1.57, "ci": [1.36, 1.82]}],
        {"haematoma": ["bruising"], "arterial puncture": ["puncturing an artery"],
         "number of attempts": ["attempts"], "success at first attempt": []}),
    "gastroenterology": _review("probiotics", "placebo", [
        {"outcome": "duration of diarrhoea", "measure": "mean-difference", "value": -25, "ci": [-34, -16]},
        {"outcome": "diarrhoea lasting 4 days or more", "measure": "risk-ratio", "value": 0.41, "ci": [0.32, 0.53]}],
        {"duration of diarrhoea": ["diarrhoea"], "diarrhoea lasting 4 days or more": []}),
    "smoking cessation": _review("varenicline", "placebo", [
        {"outcome": "quitting", "measure": "risk-ratio", "value": 2.24, "ci": [2.06, 2.43]},
        {"outcome": "quitting at one year", "measure": "risk-ratio", "value": 1.45, "ci": [1.2, 1.7]}],
        {"quitting": ["quit"], "quitting at one year": []}),
}


@pytest.mark.parametrize("source, text, figure", [
    ("vascular access", "Ultrasound guidance reduced severe bruising (-73%) and accidental puncturing of an artery "
                        "instead of the vein (72%).", "72%"),
    ("vascular access", "Ultrasound guidance also increased success rates, including success rates at the first attempt (+57%).",
     "+57%"),
    ("gastroenterology", "Probiotics shortened diarrhoea by around 25 hours, and cut the risk of diarrhoea lasting "
                         "four or more days by 59%.", "59%"),
    ("smoking cessation", "Varenicline helped people quit, and it helped quitting at one year (45% more).", "45%"),
])
def test_a_figure_after_its_outcome_in_full_stays_quiet(source, text, figure):
    assert claims_at(text, NAMED_BEFORE[source], figure) == []


@pytest.mark.parametrize("source, text, figure", [
    # the value of the other outcome, said right after the wrong one's name
    ("vascular access", "Ultrasound guidance reduced accidental puncturing of an artery (-73%) and severe bruising "
                        "(72%).", "72%"),
    ("vascular access", "Ultrasound guidance reduced puncturing an artery (-73%) and bruising (72%).", "-73%"),
    ("smoking cessation", "Varenicline helped quitting at one year (124% more), and people quit more often.", "124%"),
])
def test_a_value_after_the_wrong_outcome_is_still_flagged(source, text, figure):
    assert claim_rules_at(text, NAMED_BEFORE[source], figure) == ["claims/wrong-pair"]


# -- (4) effects a study would need to detect ---------------------------------------------------------------------

POWERED = {
    "cardiology": _review("aspirin", "placebo", [{"outcome": "death", "measure": "risk-ratio", "value": 0.9,
                                                  "ci": [0.8, 1.02]}], {"death": ["deaths", "mortality"]}),
    "haematology": _review("bridging heparin", "no bridging", [
        {"outcome": "major bleeding", "measure": "risk-ratio", "value": 2.8, "ci": [1.1, 7.0]}], {"major bleeding": []}),
    "mental health": _review("exercise", "usual care", [
        {"outcome": "depression", "measure": "standardised-mean-difference", "value": -0.3, "ci": [-0.5, -0.1]}],
        {"depression": ["depressive symptoms"]}),
}


@pytest.mark.parametrize("source, text, figure", [
    ("cardiology", "The number of people needed to detect or reject a 20% relative risk reduction in deaths was "
                   "not reached.", "20%"),
    ("haematology", "A trial would need at least 4600 people to be able to detect an increase in major bleeding "
                    "from 1 in 100 to 2 in 100.", "2 in 100"),
    ("haematology", "A trial would need at least 4600 people to be able to detect an increase in major bleeding "
                    "from 1 in 100 to 2 in 100.", "1 in 100"),
    ("mental health", "The trials were too small to rule out a 30% improvement in depressive symptoms.", "30%"),
])
def test_effects_a_study_is_powered_to_detect_stay_quiet(source, text, figure):
    assert claims_at(text, POWERED[source], figure) == []


@pytest.mark.parametrize("source, text, figure", [
    ("cardiology", "Aspirin reduced deaths by 20%, and the trials were large enough.", "20%"),
    ("haematology", "Bridging heparin increased major bleeding from 1 in 100 to 9 in 100.", "9 in 100"),
])
def test_results_next_to_words_of_study_size_are_still_checked(source, text, figure):
    assert claim_rules_at(text, POWERED[source], figure) != []


# -- (5) counts of an imagined tested group -----------------------------------------------------------------------

TESTED = {
    "oncology": _accuracy("HPV test", 89.9, 89.9, "precancerous changes"),
    "thyroid": _accuracy("calcitonin test", 100, 97.2, "thyroid cancer"),
    "paediatrics": _accuracy("urine dipstick", 80, 90, "urinary infection"),
}

SCREENED = "For every 1000 women screened, around 20 women will have precancerous changes. "
CLEARED = "For every 1000 women screened, there will be 980 women who will not have precancerous changes. "
THYROID = "For every 10,000 people with a thyroid nodule, 25 will have thyroid cancer. "
DIPSTICK = "For every 1000 children tested, 100 will have a urinary infection. "


@pytest.mark.parametrize("source, text, figure", [
    ("oncology", SCREENED + "The HPV test will correctly identify 18 of these women (but will miss 2 women).", "18"),
    ("oncology", SCREENED + "The HPV test will correctly identify 18 of these women (but will miss 2 women).", "miss 2"),
    ("oncology", CLEARED + "The HPV test will correctly identify 881 women (but 99 women will be incorrectly told "
                           "that they have a lesion).", "881"),
    ("oncology", CLEARED + "The HPV test will correctly identify 881 women (but 99 women will be incorrectly told "
                           "that they have a lesion).", "99"),
    ("thyroid", THYROID + "None will be missed with the calcitonin test, while 280 people will have a false-positive "
                          "test result.", "280"),
    ("paediatrics", DIPSTICK + "The urine dipstick will detect 80 of them, but it will miss 20.", "80"),
    ("paediatrics", DIPSTICK + "The urine dipstick will detect 80 of them, but it will miss 20.", "miss 20"),
])
def test_counts_of_a_tested_group_that_state_the_measure_stay_quiet(source, text, figure):
    assert claims_at(text, TESTED[source], figure) == []


@pytest.mark.parametrize("source, text, figure, measure", [
    ("oncology", SCREENED + "The HPV test will correctly identify 12 of these women (but will miss 8 women).", "12",
     "sensitivity"),
    ("oncology", SCREENED + "The HPV test will correctly identify 12 of these women (but will miss 8 women).", "miss 8",
     "sensitivity"),
    ("thyroid", THYROID + "None will be missed with the calcitonin test, while 1,500 people will have a "
                          "false-positive test result.", "1,500", "specificity"),
    ("paediatrics", DIPSTICK + "The urine dipstick will detect 95 of them.", "95", "sensitivity"),
])
def test_counts_of_a_tested_group_that_contradict_the_measure_are_flagged(source, text, figure, measure):
    found = claims_at(text, TESTED[source], figure)
    assert [f.split(":")[0] for f in found] == ["claims/number-mismatch"] and measure in found[0]


def test_counts_of_a_group_in_a_source_without_accuracy_measures_are_not_re_read():
    source = _review("aspirin", "placebo", [{"outcome": "stroke", "measure": "risk", "value": "2%"}], {"stroke": []})
    text = "For every 1000 people treated, 20 will have a stroke. Aspirin will detect 5 of them."
    assert claims_at(text, source, "20") == []  # 20 in 1,000 is the 2% the source gives


# -- (6) absolute effects and their intervals in words ------------------------------------------------------------

WORDED = {
    "back pain": _review("manual therapy", "placebo", [
        {"outcome": "treatment success", "measure": "risk", "value": "57%", "drug": "manual therapy"},
        {"outcome": "treatment success", "measure": "risk-difference", "value": "16%", "ci": ["-2%", "34%"]},
        {"outcome": "pain", "measure": "mean-difference", "value": 6.8, "ci": [-0.7, 14.3]}], {"treatment success": [],
                                                                                                "pain": []}),
    "obstetrics": _review("amnioinfusion", "no amnioinfusion", [
        {"outcome": "maternal temperature", "measure": "mean-difference", "value": -0.38, "ci": [-0.74, -0.02]}],
        {"maternal temperature": ["temperature"]}),
    "smoking cessation": _review("nicotine patch", "placebo", [
        {"outcome": "quitting", "measure": "risk-difference", "value": "4%", "ci": ["2%", "6%"]}], {"quitting": []}),
}


@pytest.mark.parametrize("source, text, figure", [
    ("back pain", "With manual therapy, 16 more people out of 100 rated their treatment as a success, 16% absolute "
                  "improvement (ranging from 2% less to 34% more improvement).", "16% absolute"),
    ("back pain", "With manual therapy, 16 more people out of 100 rated their treatment as a success, 16% absolute "
                  "improvement (ranging from 2% less to 34% more improvement).", "2% less to 34% more"),
    ("back pain", "Pain with manual therapy improved by 6.8 points more (ranging from 0.7 points less to 14.3 points "
                  "more) at 22 weeks.", "14.3"),
    ("obstetrics", "Temperature was lower with amnioinfusion, by 0.38 °C (with a likely range of 0.74 lower to 0.02 "
                   "lower).", "0.02"),
    ("smoking cessation", "The nicotine patch gave a 4% absolute increase in quitting.", "4%"),
])
def test_absolute_effects_and_worded_intervals_stay_quiet(source, text, figure):
    assert claims_at(text, WORDED[source], figure) == []


@pytest.mark.parametrize("source, text, figure", [
    ("back pain", "With manual therapy, 16 more people out of 100 rated their treatment as a success, 16% absolute "
                  "improvement (ranging from 9% less to 34% more improvement).", "9% less"),
    ("back pain", "Pain with manual therapy improved by 6.8 points more (ranging from 0.7 points less to 24.3 points "
                  "more) at 22 weeks.", "24.3"),
    ("smoking cessation", "The nicotine patch gave a 9% absolute increase in quitting.", "9%"),
])
def test_wrong_absolute_effects_or_worded_intervals_are_flagged(source, text, figure):
    assert claim_rules_at(text, WORDED[source], figure) == ["claims/number-mismatch"]


# -- (7) a share restated as events over people -------------------------------------------------------------------

SLASHES = {
    "infectious disease": _review("vaccine", "placebo", [
        {"drug": "vaccine", "outcome": "fever", "measure": "proportion", "value": "10%"},
        {"drug": "placebo", "outcome": "fever", "measure": "proportion", "value": "4%"}], {"fever": []}),
    "mental health": _review("therapy", "usual care", [
        {"drug": "therapy", "outcome": "improvement", "measure": "proportion", "value": "43%"},
        {"drug": "usual care", "outcome": "improvement", "measure": "proportion", "value": "17%"}],
        {"improvement": ["improved"]}),
}


@pytest.mark.parametrize("source, text, figure", [
    ("infectious disease", "Ten per cent (3/30) of children given the vaccine had a fever, compared with 4% (1/24) of "
                           "those given placebo.", "3/30"),
    ("infectious disease", "Ten per cent (3/30) of children given the vaccine had a fever, compared with 4% (1/24) of "
                           "those given placebo.", "1/24"),
    ("mental health", "More people improved with therapy (43% or 13/30) than with usual care (17% or 4/24).", "13/30"),
    ("mental health", "More people improved with therapy (43% or 13/30) than with usual care (17% or 4/24).", "17%"),
])
def test_a_share_restated_as_events_over_people_stays_quiet(source, text, figure):
    assert claims_at(text, SLASHES[source], figure) == []


def test_the_share_before_a_restating_fraction_is_still_checked():
    text = "Twelve per cent (3/25) of children given the vaccine had a fever."
    assert claim_rules_at(text, SLASHES["infectious disease"], "Twelve per cent") == ["claims/number-mismatch"]


def test_a_fraction_that_is_not_the_share_before_it_is_still_read():
    text = "Ten per cent (9/30) of children given the vaccine had a fever."
    assert claims_at(text, SLASHES["infectious disease"], "9/30") != []


EXAMPLE = ("Imagine 100 people are tested with the rapid antigen test, and 20 of them really have TB:\n\n"
           "- Of the 20 people who have TB, the test would correctly find {found} but miss {missed}.\n"
           "- Of the 80 people who do not have TB, the test would correctly clear {cleared} but wrongly suggest "
           "{flagged} have it.\n")


@pytest.mark.parametrize("figure", ["find 18", "miss 2", "clear 78", "suggest 2"])
def test_the_counts_of_a_worked_example_group_that_state_the_measure_stay_quiet(figure):
    text = EXAMPLE.format(found=18, missed=2, cleared=78, flagged=2)
    assert claims_at(text, ACCURACY["infectious disease"], figure) == []


@pytest.mark.parametrize("numbers, figure, measure", [
    ({"found": 11, "missed": 9, "cleared": 78, "flagged": 2}, "find 11", "sensitivity"),
    ({"found": 11, "missed": 9, "cleared": 78, "flagged": 2}, "miss 9", "sensitivity"),
    ({"found": 18, "missed": 2, "cleared": 50, "flagged": 30}, "suggest 30", "specificity"),
    ({"found": 26, "missed": 2, "cleared": 78, "flagged": 2}, "find 26", "sensitivity"),  # more than the group
])
def test_the_counts_of_a_worked_example_group_that_contradict_the_measure_are_flagged(numbers, figure, measure):
    found = claims_at(EXAMPLE.format(**numbers), ACCURACY["infectious disease"], figure)
    assert [f.split(":")[0] for f in found] == ["claims/number-mismatch"] and measure in found[0]
