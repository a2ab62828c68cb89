"""Claims round 18 (issue 14): whose figure is it? A figure whose drug was only guessed (carried from the
sentence before, none named, the nearest of several its clause lists, or named by a word that is part of
another drug's name) and whose value equals exactly one source finding for the
outcome it speaks of is that finding's restatement, not a wrong pair; a number-mismatch read with such a
weak drug is reported only when no finding of the source has the value. A figure for people who did
NOT get a treatment is the comparison's other arm's. A figure its own clause pins to another drug or
outcome, and a value no finding has, are still flagged.
Sentences written for these tests (made-up studies and numbers) across fields.
"""

from __future__ import annotations

import pytest

from lint_support import claim_rules_at

STUDIES = {
    "doac": {  # anticoagulants (cardiology)
        "design": "meta-analysis", "studies": 12, "participants": 71000,
        "drugs": {"apixaban": [], "rivaroxaban": [], "warfarin": []},
        "outcomes": {"stroke": [], "major bleeding": ["serious bleeding"]},
        "findings": [
            {"drug": "apixaban", "comparator": "warfarin", "outcome": "stroke", "measure": "risk-ratio",
             "value": 0.79, "ci": [0.66, 0.95]},
            {"drug": "rivaroxaban", "comparator": "warfarin", "outcome": "stroke", "measure": "risk-ratio",
             "value": 0.88, "ci": [0.75, 1.03]},
            {"drug": "apixaban", "comparator": "warfarin", "outcome": "major bleeding", "measure": "risk-ratio",
             "value": 0.69, "ci": [0.6, 0.8]}]},
    "chemo": {  # adjuvant chemotherapy (oncology)
        "design": "meta-analysis", "studies": 30, "participants": 9000,
        "drugs": {"adjuvant chemotherapy": ["chemotherapy"], "observation": []},
        "outcomes": {"overall survival": ["survival"], "recurrence": ["cancer coming back"]},
        "findings": [
            {"drug": "adjuvant chemotherapy", "comparator": "observation", "outcome": "overall survival",
             "measure": "hazard-ratio", "value": 0.86, "ci": [0.78, 0.94]},
            {"drug": "adjuvant chemotherapy", "comparator": "observation", "outcome": "recurrence",
             "measure": "hazard-ratio", "value": 0.72, "ci": [0.65, 0.8]}]},
    "cbt": {  # online CBT (mental health), with each arm's mean score
        "design": "meta-analysis", "studies": 14, "participants": 2100,
        "drugs": {"online CBT": ["internet therapy"], "usual care": []},
        "outcomes": {"depression score": ["depression"]},
        "findings": [
            {"drug": "online CBT", "comparator": "usual care", "outcome": "depression score",
             "measure": "mean-difference", "value": -4, "ci": [-6, -2]},
            {"drug": "usual care", "outcome": "depression score", "value": 21},
            {"drug": "online CBT", "outcome": "depression score", "value": 17}]},
    "exercise": {  # exercise for knee pain (musculoskeletal), each arm's score
        "design": "meta-analysis", "studies": 40, "participants": 4000,
        "drugs": {"exercise": ["exercise programmes"], "control": ["no exercise"]},
        "outcomes": {"physical function": ["function"]},
        "findings": [
            {"drug": "exercise", "comparator": "control", "outcome": "physical function",
             "measure": "standardised-mean-difference", "value": -0.52, "ci": [-0.64, -0.39]},
            {"drug": "control", "outcome": "physical function", "value": 38}]},
    "vaccine": {  # two vaccines against travellers' diarrhoea (infectious disease)
        "design": "meta-analysis", "studies": 24, "participants": 50000,
        "drugs": {"oral cholera vaccine": ["Dukoral"], "toxin vaccine": ["ETEC toxin vaccine"], "placebo": []},
        "outcomes": {"ETEC diarrhoea": ["diarrhoea"]},
        "findings": [
            {"drug": "oral cholera vaccine", "comparator": "placebo", "outcome": "ETEC diarrhoea",
             "measure": "risk-ratio", "value": 0.85, "ci": [0.7, 1.03]},
            {"drug": "toxin vaccine", "comparator": "placebo", "outcome": "ETEC diarrhoea",
             "measure": "risk-ratio", "value": 0.43, "ci": [0.26, 0.71]}]},
    "saline": {  # nebulised saline for bronchiolitis (paediatrics)
        "design": "meta-analysis", "studies": 32, "participants": 3200,
        "drugs": {"hypertonic saline": ["salt-water mist"], "normal saline": []},
        "outcomes": {"hospital admission": ["admission"], "length of stay": []},
        "findings": [
            {"drug": "hypertonic saline", "comparator": "normal saline", "outcome": "hospital admission",
             "measure": "risk-ratio", "value": 0.8, "ci": [0.67, 0.96]},
            {"drug": "hypertonic saline", "comparator": "normal saline", "outcome": "length of stay",
             "measure": "mean-difference", "value": -0.4, "ci": [-0.7, -0.1]}]},
    "varenicline": {  # smoking cessation, each arm's quit rate
        "design": "meta-analysis", "studies": 27, "participants": 12600,
        "drugs": {"varenicline": [], "placebo": []}, "outcomes": {"quitting": ["quit"]},
        "findings": [
            {"drug": "varenicline", "comparator": "placebo", "outcome": "quitting", "measure": "risk-ratio",
             "value": 2.2, "ci": [1.9, 2.6]},
            {"drug": "varenicline", "outcome": "quitting", "value": "22%"},
            {"drug": "placebo", "outcome": "quitting", "value": "10%"}]},
    "dialysis": {  # haemodiafiltration (renal)
        "design": "meta-analysis", "studies": 40, "participants": 4200,
        "drugs": {"haemodiafiltration": ["HDF"], "haemodialysis": ["standard dialysis"], "haemofiltration": []},
        "outcomes": {"death": ["dying"], "low blood pressure": []},
        "findings": [
            {"drug": "haemodiafiltration", "comparator": "haemodialysis", "outcome": "death",
             "measure": "risk-ratio", "value": 0.84, "ci": [0.73, 0.96]},
            {"drug": "haemodiafiltration", "comparator": "haemodialysis", "outcome": "low blood pressure",
             "measure": "risk-ratio", "value": 0.72, "ci": [0.66, 0.8]},
            {"drug": "haemofiltration", "comparator": "haemodialysis", "outcome": "death",
             "measure": "risk-ratio", "value": 0.95, "ci": [0.8, 1.12]}]},
    "uti": {  # urine tests for infection in children (paediatrics, infectious disease)
        "design": "diagnostic-accuracy", "studies": 30, "participants": 6000,
        "drugs": {"dipstick": ["dipstick test"], "microscopy": [], "combined testing": []},
        "outcomes": {"sensitivity": [], "specificity": []},
        "findings": [
            {"drug": "dipstick", "outcome": "sensitivity", "value": "80%", "ci": ["72%", "86%"]},
            {"drug": "microscopy", "outcome": "sensitivity", "value": "65%", "ci": ["55%", "74%"]},
            {"drug": "combined testing", "outcome": "sensitivity", "value": "90%"}]},
    "asthma": {  # how common asthma is (paediatrics background shares)
        "design": "meta-analysis", "studies": 20, "participants": 8000,
        "drugs": {"school nurse programme": [], "usual care": []},
        "outcomes": {"asthma": [], "severe asthma": []},
        "findings": [
            {"outcome": "asthma", "value": "9%", "population": "children"},
            {"outcome": "severe asthma", "value": "5%", "population": "children with asthma"}]},
    "chemo2": {  # chemotherapy and a platinum subgroup (oncology)
        "design": "meta-analysis", "studies": 30, "participants": 9000,
        "drugs": {"adjuvant chemotherapy": ["chemotherapy"], "platinum chemotherapy": ["platinum-based regimens"],
                  "observation": []},
        "outcomes": {"death": ["dying"]},
        "findings": [
            {"drug": "adjuvant chemotherapy", "comparator": "observation", "outcome": "death",
             "measure": "hazard-ratio", "value": 0.88, "ci": [0.79, 0.99]},
            {"drug": "platinum chemotherapy", "comparator": "observation", "outcome": "death",
             "measure": "hazard-ratio", "value": 0.74, "ci": [0.64, 0.89]}]},
    "sucrose": {  # sucrose for heel-lance pain in newborns (paediatrics)
        "design": "meta-analysis", "studies": 60, "participants": 4500,
        "drugs": {"sucrose": [], "sucrose plus NNS": ["sucrose with a dummy"], "NNS": ["dummy"], "water": []},
        "outcomes": {"pain score": ["pain scores"]},
        "findings": [
            {"drug": "sucrose", "comparator": "water", "outcome": "pain score", "measure": "mean-difference",
             "value": -1.7, "ci": [-2.1, -1.4]},
            {"drug": "sucrose plus NNS", "comparator": "NNS", "outcome": "pain score", "measure": "mean-difference",
             "value": -4.9, "ci": [-5.7, -4.1]}]},
}

QUIET = [
    # a drug carried from the sentence before; the value and CI are exactly another drug's, same outcome
    ("doac", "Apixaban was compared with warfarin in five trials. In another trial, the risk ratio for stroke "
             "was 0.88 (95% CI 0.75 to 1.03).", "0.88"),
    ("vaccine", "Dukoral was tested in six trials. For ETEC diarrhoea, the risk ratio was 0.43 "
                "(95% CI 0.26 to 0.71).", "0.43"),
    ("dialysis", "HDF was compared with standard dialysis in 40 studies. In the older trials, "
                 "the risk ratio for death was 0.95 (95% CI 0.80 to 1.12).", "0.95"),
    # people who did NOT get the treatment: the other arm's figure
    ("exercise", "People who did not exercise rated their physical function at 38 points.", "38"),
    ("cbt", "People who did not receive online CBT scored 21 points for depression.", "21"),
    ("varenicline", "Among smokers who did not take varenicline, 10% quit.", "10%"),
    # the nearest of several drugs its clause lists; the value is a finding of none of them
    ("uti", "Used together, dipstick and microscopy would miss few infections (sensitivity 90%).", "90%"),
    # a drug named by a word that is part of another drug's name: that drug's value
    ("chemo2", "In trials of newer regimens, chemotherapy lowered the risk of dying by a quarter.", "quarter"),
    # a share for a narrower outcome its clause words ("severe")
    ("asthma", "Of children with asthma, an estimated 5% are affected by severe symptoms.", "5%"),
]

FLAGGED = [
    # the figure's own clause pins it to another drug
    ("doac", "Apixaban lowered the risk of stroke (risk ratio 0.88, 95% CI 0.75 to 1.03).", "0.88"),
    ("vaccine", "Dukoral lowered the risk of ETEC diarrhoea (risk ratio 0.43).", "0.43"),
    ("varenicline", "With varenicline, 10% of smokers quit.", "10%"),
    ("uti", "The dipstick test would miss few infections (sensitivity 90%).", "90%"),
    ("uti", "Sensitivity was 65% for the dipstick test and 80% for microscopy.", "65%"),
    ("uti", "Sensitivity was 65% for the dipstick test and 80% for microscopy.", "80%"),
    ("asthma", "An estimated 5% of children have asthma.", "5%"),  # not the narrower outcome
    ("chemo2", "Adjuvant chemotherapy lowered the risk of dying by a quarter.", "quarter"),  # its own full name
    ("chemo2", "Chemotherapy lowered the risk of dying by a third.", "third"),  # no drug's value
    # a drug carried from an earlier clause of the same sentence is the sentence's own
    ("varenicline", "With varenicline, most smokers cut down, while 10% quit.", "10%"),
    # its drug's own full name, part of a combination's name; and a value only near another finding's
    ("sucrose", "Compared with water, sucrose lowered pain scores by about 5.2 points.", "5.2"),
    ("sucrose", "Sucrose was compared with water in 20 trials. Pain scores were about 5.2 points lower.", "5.2"),
    # the arm named in its own clause, the other arm's value
    ("exercise", "People in the exercise group rated their physical function at 38 points.", "38"),
    ("cbt", "In the online CBT group, the average depression score was 21.", "21"),
    # a carried drug, but the clause names another outcome than the finding whose value it is
    ("chemo", "Chemotherapy was compared with observation. Overall survival was better with a hazard ratio "
              "of 0.72 (95% CI 0.65 to 0.80).", "0.72"),
    ("dialysis", "HDF was compared with standard dialysis in 40 studies. The risk ratio for death was 0.72 "
                 "(95% CI 0.66 to 0.80).", "0.72"),
    # a weak drug and a value no finding has
    ("doac", "Apixaban was compared with warfarin in five trials. In another trial, the risk ratio for stroke "
             "was 0.58 (95% CI 0.45 to 0.73).", "0.58"),
    ("saline", "Across the trials, the risk ratio for hospital admission was 0.67.", "0.67"),
    ("saline", "Hypertonic saline was compared with normal saline. The risk ratio for admission was 0.60.", "0.60"),
]


@pytest.mark.parametrize(("study", "text", "figure"), QUIET)
def test_round18_restatements_quiet(study, text, figure):
    assert claim_rules_at(text, STUDIES[study], figure) == []


@pytest.mark.parametrize(("study", "text", "figure"), FLAGGED)
def test_round18_real_errors_flagged(study, text, figure):
    rules = claim_rules_at(text, STUDIES[study], figure)
    assert rules and set(rules) <= {"claims/wrong-pair", "claims/number-mismatch"}, rules
