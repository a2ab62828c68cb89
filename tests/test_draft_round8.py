"""Round 8 of issue 15: names on older Cochrane abstracts that give only the results and conclusions
paragraph (no title, no "X versus Y" headings). The arm is then named only in the results sentence
itself: as its subject ("Zinc reduced ...", "Aspirin did not increase ..."), or "if they receive X
instead of Y". Every abstract here was written for this test (made-up studies and figures), in the
style of real ones, across fields."""

from __future__ import annotations

import pytest

from test_draft_patterns import facts, find, words

# the subject of a results sentence is the arm when nothing else names one
SUBJECT_ARMS = [
    ("infectious disease", "We included 20 trials (4100 children). Zinc supplements reduced diarrhoea duration "
     "(MD -0.52 days, 95% CI -0.80 to -0.24; 9 trials, 2100 children).", -0.52, "zinc supplements", "diarrhoea duration"),
    ("cardiology", "We included 11 trials (9000 participants). Overall, aspirin did not increase major bleeding "
     "(RR 1.08, 95% CI 0.93 to 1.25; 8 trials, 7200 participants).", 1.08, "aspirin", "major bleeding"),
    ("renal", "Eight trials (640 participants) were included. Sodium bicarbonate lowered the need for dialysis "
     "(RR 0.61, 95% CI 0.40 to 0.93; 5 trials, 420 participants).", 0.61, "sodium bicarbonate", "dialysis"),
    ("mental health", "We included six studies (510 adults). In people with mild depression, guided self-help improved "
     "depressive symptoms (SMD -0.35, 95% CI -0.58 to -0.12; 4 studies, 380 adults).", -0.35, "guided self-help",
     "depressive symptoms"),
    ("paediatrics", "We included 14 trials. In areas with high malaria transmission, vitamin A (with or without zinc) may reduce "
     "clinical malaria (RR 0.86, 95% CI 0.75 to 0.98; 5 trials, 2200 children).", 0.86, "vitamin A", "clinical malaria"),
]


@pytest.mark.parametrize("field, text, value, drug, outcome", SUBJECT_ARMS, ids=[r[0] for r in SUBJECT_ARMS])
def test_the_subject_names_the_arm_when_nothing_else_does(field, text, value, drug, outcome):
    found = find(facts(text), value=value)
    assert words(drug) <= words(found["drug"]) and len(words(found["drug"])) <= len(words(drug)) + 4, found
    assert words(outcome) <= words(found["outcome"]), found


NOT_ARMS = [
    ("smoking cessation", "We included ten trials (3000 smokers). The quit rate was higher in trials with longer follow-up "
     "(RR 1.20, 95% CI 1.02 to 1.41; 6 trials)."),
    ("oncology", "We included 7 trials. Heterogeneity reduced the confidence in this estimate (HR 0.85, 95% CI 0.70 to 1.03; "
     "4 trials, 1500 participants)."),
    ("renal", "We included 9 studies. This reduced the need for dialysis (RR 0.70, 95% CI 0.52 to 0.94; 4 studies)."),
]


@pytest.mark.parametrize("field, text", NOT_ARMS, ids=[r[0] for r in NOT_ARMS])
def test_a_subject_that_is_no_treatment_is_no_arm(field, text):
    drafted = facts(text)
    for fact in drafted.facts:
        if fact.role == "effect":
            assert not fact.drug or not (words(fact.drug) & {"quit", "rate", "heterogeneity", "this"}), fact


INSTEAD_OF = [
    ("infectious disease", "We included 12 trials. Seven more people per 100 will be cured if they receive antibiotics instead of "
     "placebo: clinical diagnosis (OR 1.40, 95% CI 1.10 to 1.78; 6 trials).", 1.40, "antibiotics", "placebo"),
    ("smoking cessation", "We included 9 trials. Quit rates were higher when smokers used varenicline instead of nicotine patches "
     "(RR 1.25, 95% CI 1.10 to 1.42; 5 trials, 3100 participants).", 1.25, "varenicline", "nicotine patches"),
]


@pytest.mark.parametrize("field, text, value, drug, comparator", INSTEAD_OF, ids=[r[0] for r in INSTEAD_OF])
def test_x_instead_of_y_names_both_arms(field, text, value, drug, comparator):
    found = find(facts(text), value=value)
    assert words(drug) == words(found["drug"]), found
    assert words(comparator) == words(found["comparator"]), found
