"""Claims round 37, part C (issues 14 and 16): claims messages a careful editor would call false.

Judges of held-out summaries found number-mismatch and unsupported-number messages on figures that are right:
- a risk difference printed as a proportion, as abstracts print it ("risk difference 0.14, 95% CI 0.08 to 0.20"),
  against a sidecar that gives it in per cent (14%, CI 8% to 20%);
- a relative change said to the nearest ten ("reduced womb infections ... by 70%" for RR 0.28), also when
  parentheses stand between the verb and the figure ("reduced X (endometritis) (2 trials, 1364 women) by 70%");
- numbers that are no result of the review: the groups, arms or analyses of the methods ("randomly put into 2
  groups"), a share of the studies said without "of" ("About half the trials required ...");
- a figure with no drug named, read for one outcome, that is exactly the finding of another outcome its own
  sentence names ("For every 7 babies ..., one extra baby may benefit from a successful first attempt").
Real errors of the same shapes stay reported. Sentences and sources written for these tests (made-up reviews and
numbers) across fields.
"""

from __future__ import annotations

import pytest

from lint_support import claim_rules_at


def _review(drug, comparator, outcomes, findings):
    return {"design": "meta-analysis", "studies": 9, "participants": 2400,
            "drugs": {drug: [], comparator: []}, "outcomes": outcomes,
            "findings": [dict(drug=drug, comparator=comparator, **f) for f in findings]}


SOURCES = {
    "cardiology": _review("statins", "placebo", {"heart attack": ["heart attacks"], "muscle pain": ["aching muscles"]}, [
        {"outcome": "heart attack", "measure": "risk-difference", "value": "-4%", "ci": ["-7%", "-1%"]},
        {"outcome": "muscle pain", "measure": "risk-ratio", "value": 1.46, "ci": [1.1, 1.9]}]),
    "oncology": _review("radiotherapy", "observation", {"local recurrence": ["recurrence", "the cancer coming back"],
                                                      "skin burns": ["burns"]}, [
        {"outcome": "local recurrence", "measure": "risk-ratio", "value": 0.28, "ci": [0.09, 0.83]},
        {"outcome": "skin burns", "measure": "risk-difference", "value": "14%", "ci": ["8%", "20%"]}]),
    "infectious disease": _review("antibiotics", "placebo", {"endometritis": ["womb infection"],
                                                           "wound infection": ["wound infections"]}, [
        {"outcome": "endometritis", "measure": "risk-ratio", "value": 0.28, "ci": [0.09, 0.83]},
        {"outcome": "wound infection", "measure": "risk-difference", "value": "-6%", "ci": ["-10%", "-2%"]}]),
    "paediatrics": _review("videolaryngoscopy", "direct laryngoscopy", {
        "success at the first attempt": ["success at the first try", "first try"],
        "number of attempts": ["attempts"]}, [
        {"outcome": "success at the first attempt", "measure": "number-needed-to-treat", "value": 7, "ci": [5, 13]},
        {"outcome": "number of attempts", "measure": "mean-difference", "value": -0.08, "ci": [-0.15, 0]}]),
    "mental health": _review("antidepressants", "placebo", {"response": ["responded"], "relapse": ["relapsed"]}, [
        {"outcome": "response", "measure": "risk-ratio", "value": 1.52, "ci": [1.3, 1.8]},
        {"outcome": "relapse", "measure": "risk-difference", "value": "-0.12%", "ci": ["-0.2%", "-0.04%"]},
        {"outcome": "relapse", "measure": "proportion", "value": "25%"}]),
    "smoking cessation": _review("nicotine patches", "placebo", {"quitting": ["quit"], "nausea": ["felt sick"]}, [
        {"outcome": "quitting", "measure": "risk-ratio", "value": 1.64, "ci": [1.5, 1.8]},
        {"outcome": "quitting", "measure": "proportion", "value": "25%"},
        {"outcome": "nausea", "measure": "risk-difference", "value": "3%", "ci": ["1%", "5%"]}]),
    "renal": _review("bicarbonate", "usual care", {"dialysis": ["needing dialysis"], "kidney failure": []}, [
        {"outcome": "dialysis", "measure": "risk-ratio", "value": 0.66, "ci": [0.5, 0.9]},
        {"outcome": "kidney failure", "measure": "risk-difference", "value": "-5%", "ci": ["-9%", "-1%"]}]),
}

QUIET = [
    # a risk difference printed as a proportion, as in the abstract
    ("oncology", "Radiotherapy led to more skin burns (risk difference 0.14, 95% CI 0.08 to 0.20).", "0.14"),
    ("oncology", "Radiotherapy led to more skin burns (risk difference 0.14, 95% CI 0.08 to 0.20).", "0.08 to 0.20"),
    ("cardiology", "Statins reduced heart attacks (RD -0.04, 95% CI -0.07 to -0.01).", "-0.04"),
    ("cardiology", "Statins reduced heart attacks (RD \u22120.04, 95% CI \u22120.07 to \u22120.01).", "\u22120.07"),
    ("infectious disease", "Antibiotics reduced wound infections (risk difference -0.06, 95% CI -0.10 to -0.02).",
     "-0.06"),
    ("renal", "Bicarbonate lowered kidney failure (absolute risk difference 0.05, 95% CI 0.01 to 0.09).", "0.05"),
    # a relative change said to the nearest ten
    ("infectious disease", "Antibiotics reduced womb infection by 70%.", "70%"),
    ("oncology", "Radiotherapy cut the cancer coming back by 70%.", "70%"),
    ("cardiology", "Statins increased aching muscles by 50%.", "50%"),
    ("smoking cessation", "Nicotine patches increased quitting by 60%.", "60%"),
    ("renal", "Bicarbonate reduced needing dialysis by 30%.", "30%"),
    ("mental health", "Antidepressants increased how many people responded by 50%.", "50%"),
    # asides between the verb and the figure do not hide the verb
    ("infectious disease", "Routine antibiotics reduced the number of women with infection of the lining of the "
     "womb (womb infection) (2 trials, 1364 women) by 70%.", "70%"),
    ("renal", "Bicarbonate tablets reduced the number of older people with weak kidneys needing dialysis "
     "(5 trials, 800 people) by 34%.", "34%"),
    # the methods: groups, arms and analyses
    ("smoking cessation", "We searched for studies where people were randomly put into 2 groups: one group had "
     "nicotine patches and the other did not.", "2"),
    ("oncology", "In the trials, women with radiotherapy were split into three treatment arms.", "three"),
    ("mental health", "The trials of antidepressants contributed data to 19 meta-analyses of response.", "19"),
    ("renal", "Studies of bicarbonate in dialysis units were set up with 4 parallel groups.", "4"),
    # a share of the studies, said without "of"
    ("mental health", "About half the trials required people to have relapsed before.", "About half"),
    ("smoking cessation", "Almost half the studies asked people who quit to fill in a diary.", "Almost half"),
    # a figure of the outcome its sentence names, read for the next bullet's outcome
    ("paediatrics", "Compared with the standard method, videolaryngoscopy:\n- may increase success at the first try. "
     "For every 7 babies who have this procedure, one extra baby may benefit from a successful first attempt.\n"
     "- may slightly reduce the number of attempts.", "7 babies"),
]


@pytest.mark.parametrize("field,text,figure", QUIET)
def test_right_figures_on_another_scale_or_no_result_are_quiet(field, text, figure):
    assert claim_rules_at(text, SOURCES[field], figure) == []


CAUGHT = [
    # a wrong risk difference, or a wrong interval, on the proportion scale
    ("oncology", "Radiotherapy led to more skin burns (risk difference 0.24, 95% CI 0.08 to 0.20).", "0.24"),
    ("oncology", "Radiotherapy led to more skin burns (risk difference 0.14, 95% CI 0.18 to 0.30).", "0.18 to 0.30"),
    ("cardiology", "Statins reduced heart attacks (RD -0.09, 95% CI -0.07 to -0.01).", "-0.09"),
    ("renal", "Bicarbonate lowered kidney failure (absolute risk difference 0.15, 95% CI 0.01 to 0.09).", "0.15"),
    # a relative change off by more than the rounding
    ("infectious disease", "Antibiotics reduced womb infection by 50%.", "50%"),
    ("infectious disease", "Antibiotics reduced womb infection by 60%.", "60%"),
    ("oncology", "Radiotherapy cut the cancer coming back by 45%.", "45%"),
    ("cardiology", "Statins increased aching muscles by 30%.", "30%"),
    ("smoking cessation", "Nicotine patches increased quitting by 80%.", "80%"),
    ("mental health", "Antidepressants increased how many people responded by 70%.", "70%"),
    ("infectious disease", "Routine antibiotics reduced the number of women with infection of the lining of the "
     "womb (womb infection) (2 trials, 1364 women) by 40%.", "40%"),
    # a result right after the methods stays checked
    ("smoking cessation", "People were put into 2 groups, and 45% of those on nicotine patches quit.", "45%"),
    ("mental health", "Half of the people on antidepressants relapsed.", "Half"),
    # a figure that fits no outcome its sentence names
    ("paediatrics", "Compared with the standard method, videolaryngoscopy:\n- may increase success at the first try. "
     "For every 9 babies who have this procedure, one extra baby may benefit from a successful first attempt.\n"
     "- may slightly reduce the number of attempts.", "9 babies"),
]


@pytest.mark.parametrize("field,text,figure", CAUGHT)
def test_wrong_figures_of_the_same_shapes_are_reported(field, text, figure):
    assert set(claim_rules_at(text, SOURCES[field], figure)) & {"claims/number-mismatch", "claims/unsupported-number",
                                                                "claims/wrong-pair"}


# -- claims/missing-finding: an overall rating of illness stated as an effect on the symptoms -----------------------

def _key_finding(drug, comparator, outcome, aliases=()):
    return {"design": "meta-analysis", "drugs": {drug: [], comparator: []}, "outcomes": {outcome: list(aliases)},
            "findings": [{"drug": drug, "comparator": comparator, "outcome": outcome, "measure": "risk-ratio",
                          "value": 1.12, "key": True}]}


def _missing(text, source):
    from laylint.api import lint_text

    return [d.rule for d in lint_text(text + "\n", source=source, select=["claims/missing-finding"])]


OVERALL_STATED = [
    ("magnetic seizure therapy", "ECT", "global state", (),
     "The one small study found that it may make little to no difference to schizophrenia symptoms."),
    ("botulinum toxin", "placebo", "TWSTRS total score", ("Toronto Western Spasmodic Torticollis Rating Scale",),
     "A single treatment session improved neck dystonia symptoms."),
    ("sertraline", "placebo", "overall severity", (),
     "The medicine may not be better than a dummy pill at easing the symptoms of panic disorder."),
    ("methylphenidate", "placebo", "CGI global improvement", (),
     "Children on the medicine may have had fewer ADHD symptoms."),
]


@pytest.mark.parametrize("drug, comparator, outcome, aliases, text", OVERALL_STATED)
def test_an_overall_rating_stated_as_an_effect_on_symptoms_is_not_missing(drug, comparator, outcome, aliases, text):
    assert _missing(text, _key_finding(drug, comparator, outcome, aliases)) == []


OVERALL_NOT_STATED = [
    # the symptoms only in the background, or only in a question: the result is not stated
    ("magnetic seizure therapy", "ECT", "global state", "Schizophrenia causes symptoms such as hearing voices."),
    ("sertraline", "placebo", "overall severity", "Does sertraline ease the symptoms of panic disorder?"),
    # an outcome that is no overall rating ("death") is not stated by an effect on symptoms
    ("statins", "placebo", "death", "Statins may improve symptoms of angina."),
]


@pytest.mark.parametrize("drug, comparator, outcome, text", OVERALL_NOT_STATED)
def test_an_outcome_not_stated_is_still_missing(drug, comparator, outcome, text):
    assert _missing(text, _key_finding(drug, comparator, outcome)) == ["claims/missing-finding"]



# two outcomes named with two figures swapped: "about 40%" is no round ten of the 44% change (RR 0.56)
SWAPPED = {"design": "meta-analysis", "studies": 16, "participants": 3900,
           "drugs": {"oral antibiotics": [], "bowel cleansing alone": []},
           "outcomes": {"wound infection": ["wound infections"], "anastomotic leak": ["leakage", "leaks"]},
           "findings": [
               {"drug": "oral antibiotics", "comparator": "bowel cleansing alone", "outcome": "wound infection",
                "measure": "risk-ratio", "value": 0.56, "ci": [0.42, 0.74]},
               {"drug": "oral antibiotics", "comparator": "bowel cleansing alone", "outcome": "anastomotic leak",
                "measure": "risk-ratio", "value": 0.60, "ci": [0.36, 0.99]}]}


@pytest.mark.parametrize("text, figure", [
    ("Combined preparation appears better, reducing leakage by about 44% and wound infections by about 40%.",
     "about 44%"),
    ("Combined preparation appears better, reducing leakage by about 44% and wound infections by about 40%.",
     "about 40%"),
    ("Oral antibiotics work better than bowel cleansing alone, reducing leakage by approximately 44% and wound "
     "infections by about 40%.", "about 40%"),
])
def test_two_named_outcomes_with_swapped_figures_stay_reported(text, figure):
    assert claim_rules_at(text, SWAPPED, figure)


# a design number the source counts is checked against that count
COUNTED_DESIGN = {"design": "meta-analysis", "studies": 8, "participants": 846,
                  "drugs": {"parent-infant therapy": [], "usual care": []},
                  "outcomes": {"maternal depression": ["depression"]},
                  "findings": [{"drug": "parent-infant therapy", "comparator": "usual care", "measure": "count",
                                "value": 19, "population": "meta-analyses of therapy versus usual care"},
                               {"measure": "count", "value": 2, "population": "trials with three groups"}]}


@pytest.mark.parametrize("text, figure, rules", [
    ("The trials of parent-infant therapy gave data to 19 meta-analyses of depression.", "19", []),
    ("The trials of parent-infant therapy gave data to 41 meta-analyses of depression.", "41",
     ["claims/unsupported-number"]),
    ("Two trials of parent-infant therapy had three groups.", "three", []),
    ("Two trials of parent-infant therapy had 7 groups.", "7", ["claims/unsupported-number"]),
])
def test_a_design_number_the_source_counts_is_checked(text, figure, rules):
    assert claim_rules_at(text, COUNTED_DESIGN, figure) == rules
