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


# a review's results paragraph with no title is still a review: "receiving X or Y" there is one comparator
# ("placebo or no treatment"), and an estimate's bracket is never part of an arm's name
REVIEW_PARAGRAPHS = [
    ("ENT", "We included 15 trials (3000 adults). Side effects were more common in people receiving antibiotics than in "
     "those receiving placebo or no treatment (OR 2.21, 95% CI 1.74 to 2.82; 10 trials, 2600 participants).", 2.21),
    ("obstetrics", "Twelve trials (3285 women) met the inclusion criteria. Tranexamic acid reduced blood loss in women receiving "
     "tranexamic acid or placebo (RR 0.43, 95% CI 0.23 to 0.78; 4 trials, 1200 women).", 0.43),
]


@pytest.mark.parametrize("field, text, value", REVIEW_PARAGRAPHS, ids=[r[0] for r in REVIEW_PARAGRAPHS])
def test_no_arm_name_holds_an_estimate(field, text, value):
    drafted = facts(text)
    find(drafted, value=value)
    for fact in drafted.facts:
        for name in (fact.drug, fact.comparator):
            assert not name or not any(c in name for c in "()0123456789"), fact


def test_two_controls_named_together_are_not_the_comparison():
    text = ("We included 15 trials (3000 adults). Of these, 631 participants were in trials comparing placebo or no treatment. "
            "Five more people per 100 were cured if they received antibiotics instead of placebo or no treatment "
            "(OR 1.25, 95% CI 1.02 to 1.54; 8 trials). Purulent discharge resolved faster with antibiotics "
            "(OR 1.58, 95% CI 1.13 to 2.22; 3 trials).")
    drafted = facts(text)
    for value in (1.25, 1.58):
        found = find(drafted, value=value)
        assert found["drug"] == "antibiotics", found


def test_the_second_of_two_controls_is_no_arm_of_the_finding():
    # (the arm itself, "antibiotics", is not read here yet: "with X compared to Y or Z" is left for a later round)
    text = ("We included 15 trials (3057 participants). Thirteen more people per 100 had side effects with antibiotics compared "
            "to placebo or no treatment (OR 2.21, 95% CI 1.74 to 2.82; 10 trials).")
    found = find(facts(text), value=2.21)
    assert found["drug"] not in ("placebo", "no treatment"), found


@pytest.mark.parametrize("field, text, value, drug", [
    ("paediatrics", "Nine studies (1400 children) met the inclusion criteria. Wheeze recurred less often with montelukast compared "
     "to placebo or usual care (RR 0.80, 95% CI 0.66 to 0.97; 5 studies, 900 children).", 0.80, "montelukast"),
])
def test_compared_to_a_control_or_another_is_one_comparator_in_a_review(field, text, value, drug):
    found = find(facts(text), value=value)
    assert found["drug"] == drug, found


def test_a_trial_allocated_to_two_arms_still_names_both():
    text = ("Adults with acute sinusitis were randomly assigned to receive amoxicillin or placebo. Cure at day 7 was more "
            "frequent with amoxicillin (RR 1.30, 95% CI 1.05 to 1.61).")
    found = find(facts(text), value=1.30)
    assert found["drug"] == "amoxicillin" and found["comparator"] == "placebo", found


WHEN_COMPARED = [
    ("fertility", "We included four studies (522 women). When 10,000 units hCG priming was compared to no priming, we found no "
     "evidence of a difference in live birth (OR 0.65, 95% CI 0.24 to 1.74; one RCT; N = 82) or miscarriage (OR 0.60, 95% CI "
     "0.21 to 1.72; two RCTs; N = 282).", [0.65, 0.60], "hCG priming", "no priming"),
    ("renal", "We included 9 trials. When haemodiafiltration was compared with haemodialysis, there was little difference in "
     "cardiovascular death (RR 0.88, 95% CI 0.70 to 1.10; 5 trials, 2200 participants).", [0.88], "haemodiafiltration",
     "haemodialysis"),
]


@pytest.mark.parametrize("field, text, values, drug, comparator", WHEN_COMPARED, ids=[r[0] for r in WHEN_COMPARED])
def test_when_x_was_compared_with_y_names_the_pair(field, text, values, drug, comparator):
    drafted = facts(text)
    for value in values:
        found = find(drafted, value=value)
        assert words(drug) <= words(found["drug"]) and "10" not in (found["drug"] or ""), found
        assert words(comparator) == words(found["comparator"]), found


MORE_EFFECTIVE = [
    ("oncology", "We included 24 studies. Physical activity was significantly more effective than the control at the end of "
     "treatment (SMD -0.36, 95% CI -0.62 to -0.10; 6 studies, 388 participants).", -0.36, "physical activity", "control"),
    ("mental health", "We included 12 trials. Overall, cognitive behavioural therapy was more effective than usual care for "
     "anxiety at six months (SMD -0.41, 95% CI -0.66 to -0.16; 7 trials, 840 participants).", -0.41,
     "cognitive behavioural therapy", "usual care"),
]


@pytest.mark.parametrize("field, text, value, drug, comparator", MORE_EFFECTIVE, ids=[r[0] for r in MORE_EFFECTIVE])
def test_x_was_more_effective_than_y(field, text, value, drug, comparator):
    found = find(facts(text), value=value)
    assert words(drug) == words(found["drug"]), found
    assert words(comparator) == words(found["comparator"]), found


def test_the_evidence_was_more_effective_is_no_arm():
    text = "We included 8 trials. This treatment was more effective than placebo for pain relief (RR 0.80, 95% CI 0.66 to 0.97; 5 trials)."
    found = find(facts(text), value=0.80)
    assert found["drug"] != "this" and "this" not in words(found["drug"]), found


COMBINATIONS = [
    ("paediatrics", "We included 35 trials (31,000 children). Iron reduced anaemia (RR 0.61, 95% CI 0.50 to 0.74; 12 trials). "
     "Iron and antimalarial treatment reduced clinical malaria (RR 0.54, 95% CI 0.43 to 0.67; 3 trials, 728 children).",
     0.61, "iron", 0.54, "iron and antimalarial treatment"),
    ("cardiology", "We included 18 trials. Aspirin reduced stroke (RR 0.82, 95% CI 0.71 to 0.95; 9 trials). Aspirin plus "
     "clopidogrel increased major bleeding (RR 1.65, 95% CI 1.30 to 2.09; 4 trials, 5100 participants).",
     0.82, "aspirin", 1.65, "aspirin plus clopidogrel"),
]


@pytest.mark.parametrize("field, text, v1, d1, v2, d2", COMBINATIONS, ids=[r[0] for r in COMBINATIONS])
def test_a_combination_in_the_subject_is_its_own_arm(field, text, v1, d1, v2, d2):
    drafted = facts(text)
    assert words(find(drafted, value=v1)["drug"]) == words(d1)
    assert words(find(drafted, value=v2)["drug"]) == words(d2), find(drafted, value=v2)


def test_what_the_meta_analysis_showed_names_the_arm():
    # (respiratory rehabilitation: two arms, the second announced later, as older reviews do)
    text = ("We included six RCTs (195 participants). Compared to no active control, meta-analysis showed that inspiratory "
            "muscle training resulted in no difference in maximal inspiratory pressure (MD 6.50, 95% CI -7.39 to 20.38). "
            "Three RCTs compared expiratory muscle training versus no active control. Expiratory muscle training made little "
            "difference to maximal expiratory pressure (MD 8.33, 95% CI -0.93 to 17.59).")
    drafted = facts(text)
    assert words(find(drafted, value=6.50)["drug"]) == {"inspiratory", "muscle", "training"}, find(drafted, value=6.50)
    assert words(find(drafted, value=8.33)["drug"]) == {"expiratory", "muscle", "training"}, find(drafted, value=8.33)


EFFECTIVE_IN = [
    ("infectious disease", "We included 12 trials. Rimantadine reduced fever (RR 0.36, 95% CI 0.14 to 0.91; 2 trials). Amantadine "
     "was effective in preventing influenza A in children (773 participants, RR 0.11, 95% CI 0.04 to 0.30).", 0.11, "amantadine",
     "influenza"),
    ("smoking cessation", "We included 20 trials. Cytisine was effective in increasing abstinence at six months "
     "(RR 1.59, 95% CI 1.29 to 1.96; 6 trials, 4500 participants).", 1.59, "cytisine", "abstinence"),
]


@pytest.mark.parametrize("field, text, value, drug, outcome", EFFECTIVE_IN, ids=[r[0] for r in EFFECTIVE_IN])
def test_x_was_effective_in_preventing_y(field, text, value, drug, outcome):
    found = find(facts(text), value=value)
    assert words(found["drug"]) == words(drug), found
    assert words(outcome) <= words(found["outcome"]), found


def test_they_were_effective_is_no_arm():
    text = ("We included 9 trials of zinc. They were effective in reducing diarrhoea duration (MD -0.50 days, 95% CI -0.80 to "
            "-0.20; 5 trials).")
    found = find(facts(text), value=-0.50)
    assert "they" not in words(found["drug"]), found
