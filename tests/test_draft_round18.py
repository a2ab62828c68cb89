"""Round 18 of issue 15: a review's totals. Every abstract here was written for this test (made-up figures), in
the style of real ones: "more than N people" is the abstract's total; study words such as "NRS" and "randomised
clinical trials" and design adjectives count as studies; a sentence about the previous version or the studies
carried over from it is no total of this review; when the abstract gives no total, none is drafted."""

from __future__ import annotations

import pytest

from test_draft_patterns import facts, words

TOTALS = [
    ("obstetrics, more than N women", "We included four trials involving more than 9,000 women in labour. Caesarean "
     "section did not differ (RR 0.97, 95% CI 0.84 to 1.12).", 4, 9000),
    ("breastfeeding, more than N mother-infant pairs", "This review includes 52 trials involving more than 41,200 "
     "mother-infant pairs. Support reduced stopping (RR 0.90, 95% CI 0.86 to 0.95).", 52, 41200),
    ("oncology screening, a total with more than", "We included a total of 28 studies in the review, with more than "
     "96,000 women aged 25 to 64 years. Detection was higher (RR 1.31, 95% CI 1.10 to 1.55).", 28, 96000),
    ("anaesthesia, NRS", "We included five NRS with 812,440 participants. Mortality did not differ (OR 1.02, 95% CI "
     "0.91 to 1.15).", 5, 812440),
    ("cardiology, randomised clinical trials", "We identified 64 randomised clinical trials with 31,870 participants. "
     "Statins reduced mortality (RR 0.88, 95% CI 0.81 to 0.96).", 64, 31870),
    ("haematology, a design adjective", "One double-blind randomised controlled study including 58 people with sickle "
     "cell disease was eligible for inclusion. Pain crises did not differ (MD -0.4, 95% CI -1.3 to 0.5).", 1, 58),
    ("wound care, only one trial", "The review contains only one trial with a total of 187 participants, all with "
     "venous leg ulcers. Healing did not differ (RR 1.12, 95% CI 0.83 to 1.51).", 1, 187),
    ("infectious disease, unique studies", "We identified 47 unique studies as eligible for this review. Sensitivity "
     "was 0.84 (95% CI 0.79 to 0.88).", 47, None),
    ("paediatric renal, the previous version then this one", "Four studies were included in the previous version of the "
     "review. For this update, we included nine studies, which provided data on 1126 children. Relapse was less "
     "frequent (RR 0.64, 95% CI 0.49 to 0.84).", 9, 1126),
    ("smoking cessation, carried over then the total", "Apart from the 21 studies included from the original review, "
     "the search added 13 new studies. In total, we included 34 studies with 15,402 smokers. Quit rates were higher "
     "(RR 1.42, 95% CI 1.21 to 1.66).", 34, 15402),
]


@pytest.mark.parametrize("field,text,studies,participants", TOTALS, ids=[t[0] for t in TOTALS])
def test_review_totals_round18(field, text, studies, participants):
    drafted = facts(text)
    assert drafted.studies and drafted.studies.value == studies, drafted.studies
    if participants is None:
        assert drafted.participants is None, drafted.participants
    else:
        assert drafted.participants and drafted.participants.value == participants, drafted.participants


NO_TOTAL = [
    ("mental health, a search only", "Our search found 2,314 records. Two reviewers screened them independently. "
     "Depression scores were lower (SMD -0.31, 95% CI -0.52 to -0.10)."),
    ("oncology, more than N only as a threshold", "Trials with more than 200 participants were at low risk of bias. "
     "Survival was longer (HR 0.81, 95% CI 0.70 to 0.94)."),
]


@pytest.mark.parametrize("field,text", NO_TOTAL, ids=[t[0] for t in NO_TOTAL])
def test_no_total_drafted_round18(field, text):
    drafted = facts(text)
    assert drafted.studies is None and drafted.participants is None, (drafted.studies, drafted.participants)


def test_more_studies_than_the_previous_version_is_still_the_total():
    drafted = facts("We included nine studies, involving 3120 participants, three more studies and 640 more participants than "
                    "the previous version of this review. For diabetic neuropathy, we found five studies (1804 participants). "
                    "Pain relief was more frequent (RR 1.38, 95% CI 1.15 to 1.66).")
    assert (drafted.studies.value, drafted.participants.value) == (9, 3120), (drafted.studies, drafted.participants)


LATER_PEOPLE = [
    ("malaria diagnostics, a hypothetical cohort", "We identified 31 studies as eligible for this review. Sensitivity was 0.92 "
     "(95% CI 0.89 to 0.94). Applied to a hypothetical cohort of 1000 patients, 14 cases would be missed.", 31, None),
    ("haematology, another trial", "We identified three RCTs fitting the inclusion criteria. The trials included 12 and 9 "
     "participants. Another RCT with 140 participants was recently completed but is unpublished. Transfusion need did not "
     "differ (RR 0.91, 95% CI 0.60 to 1.38).", 3, None),
    ("neonatology, events not people", "For this update, we included seven studies, which provided data on 655 intubation "
     "attempts in neonates. Success at the first attempt was higher (RR 1.21, 95% CI 1.09 to 1.34).", 7, None),
    ("ophthalmology, eyes of people stay people", "We included six trials (412 eyes of 390 participants). Pressure was lower "
     "(MD -1.9 mmHg, 95% CI -2.8 to -1.0).", 6, 390),
]


@pytest.mark.parametrize("field,text,studies,participants", LATER_PEOPLE, ids=[t[0] for t in LATER_PEOPLE])
def test_people_that_are_not_the_reviews_round18(field, text, studies, participants):
    drafted = facts(text)
    assert drafted.studies and drafted.studies.value == studies, drafted.studies
    assert (drafted.participants.value if drafted.participants else None) == participants, drafted.participants


# "X resulted in / led to / showed / produced a reduction in Y (estimate)": X is the arm, Y the outcome
CHANGE_IN = [
    ("obstetrics, resulted in", "Iron supplementation resulted in a small reduction in anaemia at term (RR 0.70, 95% CI 0.58 "
     "to 0.85).", 0.70, "iron supplementation", {"anaemia"}),
    ("cardiology, led to", "Cardiac rehabilitation led to a reduction in hospital admissions (RR 0.82, 95% CI 0.70 to 0.96).",
     0.82, "cardiac rehabilitation", {"hospital", "admissions"}),
    ("mental health, produced", "Supervised exercise produced a moderate improvement in depressive symptoms (SMD -0.56, 95% CI "
     "-0.77 to -0.35).", -0.56, "supervised exercise", {"depressive", "symptoms"}),
    ("infectious disease, showed", "Co-trimoxazole prophylaxis showed a significant reduction in mortality (RR 0.79, 95% CI "
     "0.67 to 0.93).", 0.79, "co-trimoxazole prophylaxis", {"mortality"}),
    ("renal, an increase", "Bicarbonate therapy resulted in an increase in serum bicarbonate (MD 2.9 mmol/L, 95% CI 1.8 to "
     "4.0).", 2.9, "bicarbonate therapy", {"serum", "bicarbonate"}),
]


@pytest.mark.parametrize("field,text,value,drug,outcome", CHANGE_IN, ids=[t[0] for t in CHANGE_IN])
def test_subject_that_changed_an_outcome_is_the_arm_round18(field, text, value, drug, outcome):
    fact = next(f for f in facts(text).facts if f.value == value)
    assert (fact.drug or "").lower() == drug, fact.drug
    assert outcome <= words(fact.outcome), fact.outcome


# the subject is the evidence, not an arm: no drug from it
NOT_AN_ARM = [
    ("anaesthesia, pooled data", "Pooled data from five trials showed a significant decrease in incomplete motor block (RR "
     "0.56, 95% CI 0.39 to 0.80).", 0.56),
    ("smoking cessation, a meta-analysis", "Meta-analysis showed a significant increase in abstinence at six months (RR 1.52, "
     "95% CI 1.21 to 1.90).", 1.52),
    ("paediatrics, the results", "The results showed a significant reduction in wheeze episodes (RR 0.66, 95% CI 0.50 to "
     "0.87).", 0.66),
    ("oncology, three trials", "Three trials showed a reduction in local recurrence (HR 0.61, 95% CI 0.45 to 0.83).", 0.61),
]


@pytest.mark.parametrize("field,text,value", NOT_AN_ARM, ids=[t[0] for t in NOT_AN_ARM])
def test_evidence_that_showed_a_change_is_no_arm_round18(field, text, value):
    fact = next(f for f in facts(text).facts if f.value == value)
    assert fact.drug is None, fact.drug


# the arms named around the figure's clause in other common shapes
ARMS_AROUND = [
    ("infectious disease, compared to Y opening", "Compared to placebo, azithromycin caused more nausea (OR 1.62, 95% CI 1.20 "
     "to 2.19).", 1.62, "azithromycin", "placebo"),
    ("cardiology, compared with Y opening", "Compared with usual care, nurse-led clinics reduced blood pressure (MD -4.8 mmHg, "
     "95% CI -7.1 to -2.5).", -4.8, "nurse-led clinics", "usual care"),
    ("obstetrics, the use of X", "The use of low-dose aspirin reduced the risk of pre-eclampsia (RR 0.85, 95% CI 0.78 to "
     "0.93).", 0.85, "low-dose aspirin", None),
    ("paediatrics, evidence that X reduces", "There was no evidence that probiotics reduce the rate of diarrhoea (RR 0.94, "
     "95% CI 0.80 to 1.10).", 0.94, "probiotics", None),
]


@pytest.mark.parametrize("field,text,value,drug,comparator", ARMS_AROUND, ids=[t[0] for t in ARMS_AROUND])
def test_arms_around_the_clause_round18(field, text, value, drug, comparator):
    fact = next(f for f in facts(text).facts if f.value == value)
    assert (fact.drug or "").lower() == drug, fact.drug
    if comparator:
        assert (fact.comparator or "").lower() == comparator, fact.comparator


def test_compared_first_with_a_hedged_verb_keeps_the_arm_name():
    fact = next(f for f in facts("Compared with oral iron, intravenous iron likely does not increase adverse events (RR 1.05, "
                                 "95% CI 0.82 to 1.35).").facts if f.value == 1.05)
    assert (fact.drug or "").lower() == "intravenous iron" and (fact.comparator or "").lower() == "oral iron", fact
