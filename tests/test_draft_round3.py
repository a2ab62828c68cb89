"""Round 3 of issue 15: general patterns of abstract writing that round 2's held-out set showed the
drafter missing. Every abstract here was written for this test (made-up trials and figures), in the
style of real ones, across fields: health services, surgery, neonatology, vaccines, oncology,
sleep medicine, renal, cardiology, mental health, smoking cessation, paediatrics."""

from __future__ import annotations

import re

import pytest

from laylint.draft import to_yaml
from test_draft_patterns import facts, find, simple, words

# -- which arm is the intervention: "the effectiveness and cost of managing patients with X compared with Y"

OBJECTIVE_ARMS = [
    ("health services", """Early supported discharge after stroke

Objectives
To determine the effectiveness and cost of managing patients with early supported discharge compared with conventional inpatient rehabilitation.

Main results
We included 9 trials (1400 participants). Early supported discharge probably makes little or no difference to death at one year (risk ratio (RR) 0.91, 95% confidence interval (CI) 0.72 to 1.16; 7 trials, 1190 participants; moderate-certainty evidence).""",
     "supported discharge", {"value": 0.91, "drug": "supported discharge", "outcome": "death"}),
    ("paediatrics", """Home oxygen for bronchiolitis

Objectives
To assess the benefits, harms and costs of treating children with home oxygen therapy compared with hospital admission.

Main results
We included 4 trials (520 children). Home oxygen therapy may make little or no difference to readmission within 14 days (RR 1.21, 95% CI 0.80 to 1.83; 3 trials, 430 children; low-certainty evidence).""",
     "home oxygen", {"value": 1.21, "drug": "home oxygen", "outcome": "readmission"}),
    ("mental health", """Crisis teams for acute psychosis

Objectives
To evaluate the effects of treating people with acute psychosis using crisis resolution teams compared with standard inpatient care.

Main results
We included 6 trials (980 participants). Crisis resolution teams may reduce readmission to hospital at 12 months (RR 0.74, 95% CI 0.60 to 0.91; 4 trials, 700 participants; low-certainty evidence).""",
     "crisis teams", {"value": 0.74, "drug": "crisis teams", "outcome": "readmission"}),
]


@pytest.mark.parametrize("field, text, intervention, finding", OBJECTIVE_ARMS, ids=[r[0] for r in OBJECTIVE_ARMS])
def test_the_objectives_name_the_intervention_first(field, text, intervention, finding):
    drafted = facts(text)  # the title names the intervention; the objectives name its comparator
    assert len(drafted.drugs) == 2 and any(words(intervention) <= words(name) for name in drafted.drugs), drafted.drugs
    found = find(drafted, **finding)
    assert found["comparator"] and not words(intervention) & words(found["comparator"]), found


# -- "with surgical compared to mechanical thrombectomy": the shared noun belongs to both arms

SHARED_NOUN = [
    ("vascular surgery", "Primary patency at 30 days may improve with surgical compared to mechanical thrombectomy "
     "(3 studies, 410 participants: RR 1.30, 95% CI 1.05 to 1.61); the evidence is very uncertain.",
     "surgical thrombectomy", "mechanical thrombectomy", 1.30),
    ("general surgery", "Wound infection may be less frequent with laparoscopic versus open appendicectomy "
     "(RR 0.45, 95% CI 0.30 to 0.68; 12 studies, 2300 participants; low-certainty evidence).",
     "laparoscopic appendicectomy", "open appendicectomy", 0.45),
    ("neonatology", "Treatment failure may be lower with intermittent compared with continuous phototherapy "
     "(RR 0.80, 95% CI 0.66 to 0.97; 4 studies, 600 infants; low-certainty evidence).",
     "intermittent phototherapy", "continuous phototherapy", 0.80),
    ("renal, capitalised at the start of the sentence", "Early compared with deferred start of dialysis probably makes "
     "little or no difference to death (HR 1.04, 95% CI 0.83 to 1.30; 3 studies, 1200 participants).",
     "early start of dialysis", "deferred start of dialysis", 1.04),
]


@pytest.mark.parametrize("field, sentence, drug, comparator, value", SHARED_NOUN, ids=[r[0] for r in SHARED_NOUN])
def test_an_adjective_compared_with_an_adjective_noun_names_two_arms(field, sentence, drug, comparator, value):
    drafted = facts("Treatments compared\n\nMain results\nWe included 14 studies (3000 participants). " + sentence)
    found = find(drafted, value=value)
    assert (found["drug"] or "").lower() == drug and (found["comparator"] or "").lower() == comparator, found


# -- a list of estimates sharing one verb: each takes the outcome phrase just before it, thresholds and all

LISTS = [
    ("neonatology", "Delayed cord clamping may have little or no effect on time to regain birth weight (MD 0.50 days, "
     "95% CI -1.90 to 2.90; 80 infants), risk of intraventricular haemorrhage grade ≥ 3 or periventricular leukomalacia "
     "(RR 0.65, 95% CI 0.30 to 1.41; 96 infants), death before discharge (RR 0.52, 95% CI 0.15 to 1.80; 96 infants) "
     "and time to full enteral feeds ≥ 150 mL/kg/d (MD -1.10 days, 95% CI -2.80 to 0.60; 80 infants).",
     [(0.50, "birth weight"), (0.65, "intraventricular haemorrhage"), (0.52, "death"), (-1.10, "full enteral feeds")]),
    ("oncology", "Dose-dense chemotherapy probably makes little or no difference to febrile neutropenia (RR 1.10, "
     "95% CI 0.85 to 1.42), grade > 2 peripheral neuropathy (RR 1.32, 95% CI 0.90 to 1.94) or treatment-related death "
     "(RR 0.95, 95% CI 0.40 to 2.26).",
     [(1.10, "febrile neutropenia"), (1.32, "peripheral neuropathy"), (0.95, "treatment-related death")]),
]


@pytest.mark.parametrize("field, sentence, expected", LISTS, ids=[r[0] for r in LISTS])
def test_each_estimate_of_a_list_takes_its_own_outcome(field, sentence, expected):
    drafted = facts("Interventions\n\nMain results\nWe included 5 studies (420 participants). " + sentence)
    for value, outcome in expected:
        find(drafted, value=value, outcome=outcome)


def test_a_threshold_in_an_outcome_is_kept_in_words():
    drafted = facts("Interventions\n\nMain results\nWe included 5 studies (420 participants). Probiotics may reduce "
                    "necrotising enterocolitis stage ≥ 2 (RR 0.60, 95% CI 0.45 to 0.80; 9 studies, 2400 infants).")
    found = find(drafted, value=0.60)
    assert "≥" not in found["outcome"] and {"necrotising", "enterocolitis", "2", "more"} <= words(found["outcome"]), found


# -- "The MD was ...": the outcome is named in the sentence before

FOLLOW_ON = [
    ("sleep medicine", "Data for mean improvement in the Epworth Sleepiness Scale were available from four trials. "
     "The MD was -2.10 (95% CI -3.40 to -0.80) points in favour of modafinil.", -2.10, "Epworth Sleepiness Scale"),
    ("renal", "Data on change in estimated glomerular filtration rate were reported by three studies. "
     "The mean difference was 1.80 mL/min (95% CI 0.20 to 3.40), with moderate heterogeneity.", 1.80, "glomerular filtration"),
    ("cardiology", "Six trials reported on quality of life. The SMD was 0.25 (95% CI 0.05 to 0.45) favouring "
     "cardiac rehabilitation.", 0.25, "quality of life"),
]


@pytest.mark.parametrize("field, text, value, outcome", FOLLOW_ON, ids=[r[0] for r in FOLLOW_ON])
def test_an_estimate_named_in_the_sentence_before(field, text, value, outcome):
    drafted = facts("Stimulants versus placebo\n\nMain results\nWe included 6 trials (300 participants). " + text)
    find(drafted, value=value, outcome=outcome)


# -- vaccine trials: efficacy against an outcome, rates per person-season, "balanced between groups"

def test_efficacy_against_an_outcome():
    drafted = facts("RESULTS\nOf 8000 participants, 4000 received vaccine. Efficacy against laboratory-confirmed "
                    "influenza of any severity was 61.2% (95% CI, 45.0 to 72.6).")
    found = find(drafted, value=61.2, measure="relative-reduction", ci=(45.0, 72.6))
    assert "influenza" in words(found["outcome"]) and "against" not in words(found["outcome"]), found


def test_a_rate_per_person_season_is_a_rate_not_a_share():
    drafted = facts("RESULTS\nRSV disease occurred in 12 vaccine recipients (2.1 per 1000 person-seasons) and in 40 placebo "
                    "recipients (7.0 per 1000 person-seasons).")
    rates = sorted(f.value for f in drafted.facts if f.measure == "rate")
    assert rates == [2.1, 7.0], [simple(f) for f in drafted.facts]
    assert not [f for f in drafted.facts if f.percent], [simple(f) for f in drafted.facts]


def test_figures_balanced_between_groups_keep_the_subject_as_outcome():
    drafted = facts("RESULTS\nWe assigned 900 adults to receive the vaccine or placebo. Serious adverse events were balanced "
                    "between groups (2.4% and 2.6%).")
    for value in (2.4, 2.6):
        found = find(drafted, value=value)
        assert words(found["outcome"]) == {"serious", "adverse", "events"}, found


def test_the_certainty_rated_in_the_next_sentence():
    drafted = facts("Melatonin versus placebo\n\nMain results\nWe included 5 trials (410 children). Data for total sleep "
                    "time were available from four trials. The MD was 24.5 minutes (95% CI 12.1 to 36.9). We downgraded the "
                    "certainty of evidence to low for imprecision and risk of bias.\nThe risk ratio for headache was 1.40 "
                    "(95% CI 0.60 to 3.27).")
    assert find(drafted, value=24.5, outcome="sleep time")["certainty"] == "low"
    assert find(drafted, value=1.40)["certainty"] is None  # another paragraph, not rated


# -- counts of people per group: recipients, bare numbers after the arm, zero events

def test_counts_of_vaccine_and_placebo_recipients():
    drafted = facts("METHODS\nWe assigned infants to receive a pentavalent rotavirus vaccine or placebo.\n\nRESULTS\n"
                    "Of the 6,200 infants who underwent randomization, 6,104 received vaccine (3,050) or placebo (3,054). "
                    "Severe rotavirus gastroenteritis occurred in 9 vaccine recipients and 41 placebo recipients. "
                    "Intussusception occurred in 0 vaccine recipients and 2 placebo recipients. "
                    "Fever was reported by 18.2% of vaccine recipients and 15.9% of placebo recipients.")
    vaccine = "pentavalent rotavirus vaccine"
    for value, drug in ((3050, vaccine), (3054, "placebo"), (9, vaccine), (41, "placebo"), (0, vaccine), (2, "placebo")):
        find(drafted, value=float(value), measure="count", drug=drug)
    find(drafted, value=18.2, measure="proportion", drug=vaccine, outcome="fever")
    find(drafted, value=15.9, measure="proportion", drug="placebo", outcome="fever")


def test_a_change_by_a_percentage_is_still_not_a_share():
    drafted = facts("RESULTS\nWe randomly assigned 400 adults to receive dapaglozin or placebo. Albuminuria fell by 31.0% "
                    "with dapaglozin.")
    assert 31.0 not in [f.value for f in drafted.facts if f.measure == "proportion"]


def test_none_in_the_other_group_is_a_zero_count():
    drafted = facts("RESULTS\nWe randomly assigned 520 patients to receive lurbinectin or docetaxel. Treatment-related "
                    "deaths occurred in four patients (2%) in the lurbinectin group and none in the docetaxel group.")
    find(drafted, value=0.0, measure="count", drug="docetaxel")


def test_zero_studies_are_still_not_a_finding():
    drafted = facts("Main results\nWe included 0 studies. We found 3 ongoing trials.")
    assert 0 not in [f.value for f in drafted.facts]


# -- medians of two groups without intervals

MEDIANS = [
    ("oncology", "Median overall survival was 19.4 months versus 15.0 months (HR 0.78; 95% CI, 0.64-0.95).",
     "survival", (19.4, 15.0)),
    ("renal", "Median time to dialysis was 41 months with ferrazol and 33 months with placebo.", "time to dialysis", (41.0, 33.0)),
    ("infectious disease", "Median time to symptom resolution was 4.5 days vs 6.0 days (P = .002).", "symptom resolution", (4.5, 6.0)),
]


@pytest.mark.parametrize("field, sentence, outcome, pair", MEDIANS, ids=[r[0] for r in MEDIANS])
def test_medians_of_two_groups_without_intervals(field, sentence, outcome, pair):
    drafted = facts("METHODS\nWe randomly assigned 600 adults to receive ferrazol or placebo.\n\nRESULTS\n" + sentence)
    first, second = (find(drafted, value=v, outcome=outcome) for v in pair)
    assert first["drug"] == "ferrazol" and second["drug"] == "placebo", (first, second)


def test_a_median_with_its_interval_is_not_read_twice():
    drafted = facts("RESULTS\nWe randomly assigned 300 adults to receive ferrazol or placebo. Median progression-free survival "
                    "was 7.1 months (95% CI 6.0-8.3) with ferrazol versus 5.2 months (4.4-6.1) with placebo.")
    assert sorted(f.value for f in drafted.facts if f.value in (7.1, 5.2)) == [5.2, 7.1]


# -- totals: "one four-week study with 79 adults", publications found by the search, empty reviews

TOTALS = [
    ("psychiatry", "We included one four-week study with 79 adults in acute mania, comparing lithium with quetiapine.", 1, 79),
    ("cardiology", "We included two 12-month trials with 1210 participants with heart failure.", 2, 1210),
    ("ENT", "We identified 48 publications relating to 35 studies from electronic searches. Only one study fulfilled the "
     "inclusion criteria. In this study, 40 children aged 6 to 12 years were randomised to adenoidectomy or watchful waiting.",
     1, 40),
    ("renal", "Our searches found 210 records. Three trials met the inclusion criteria; 96 participants were randomised.", 3, 96),
]


@pytest.mark.parametrize("field, sentences, studies, participants", TOTALS, ids=[r[0] for r in TOTALS])
def test_totals(field, sentences, studies, participants):
    drafted = facts("Interventions\n\nMain results\n" + sentences)
    assert drafted.studies is not None and drafted.studies.value == studies
    assert drafted.participants is not None and drafted.participants.value == participants


@pytest.mark.parametrize("sentence", [
    "We identified no eligible studies for inclusion.",
    "We found no studies fulfilling the inclusion criteria.",
    "We did not identify any eligible randomised controlled trials.",
    "No studies met the inclusion criteria for this review.",
])
def test_an_empty_review_has_no_studies(sentence):
    drafted = facts("Bed rest for back pain\n\nMain results\n" + sentence + "\n\nAuthors' conclusions\nThere is no evidence.")
    assert drafted.studies is not None and drafted.studies.value == 0 and drafted.participants is None
    assert "studies: 0" in to_yaml(drafted)


def test_a_review_with_studies_is_not_empty_because_one_comparison_has_none():
    drafted = facts("Bed rest for back pain\n\nMain results\nWe included 8 trials (900 participants). We found no studies "
                    "comparing bed rest with surgery.")
    assert drafted.studies.value == 8


# -- outcomes named inside the estimate's bracket; "leaving the study early"; "in terms of"

def test_an_outcome_named_inside_the_bracket_before_the_label():
    drafted = facts("Lithium versus valproate\n\nMain results\nWe included 4 trials (612 participants). Lithium compared to "
                    "valproate may cause less weight gain and fewer tremors (n = 412, number of people with weight gain of 7% "
                    "or more, RR 0.71, 95% CI 0.52 to 0.97; n = 380, mean change in tremor score, MD -1.20, 95% CI -2.10 to "
                    "-0.30).")
    find(drafted, value=0.71, outcome="weight gain")
    find(drafted, value=-1.20, outcome="tremor")


def test_counts_and_certainty_in_a_bracket_are_not_outcomes():
    drafted = facts("Zinc versus placebo\n\nMain results\nWe included 9 trials (1500 children). Zinc probably shortens "
                    "diarrhoea (8 studies, 1200 children, moderate-certainty evidence, MD -0.50 days, 95% CI -0.80 to -0.20).")
    find(drafted, value=-0.50, outcome="diarrhoea")


@pytest.mark.parametrize("sentence, outcome", [
    ("There may be no difference between the groups in terms of leaving the study early due to any reason (RR 1.40, "
     "95% CI 0.80 to 2.45).", "leaving the study early"),
    ("Exercise may make little or no difference to withdrawal from the trial (RR 1.10, 95% CI 0.70 to 1.73).",
     "withdrawal from the trial"),
])
def test_leaving_the_study_is_an_outcome(sentence, outcome):
    drafted = facts("Exercise versus usual care\n\nMain results\nWe included 7 trials (800 participants). " + sentence)
    find(drafted, value=float(re.search(r"RR (\d\.\d+)", sentence).group(1)), outcome=outcome)


def test_confidence_in_the_evidence_is_a_certainty_level():
    drafted = facts("Magnet therapy versus sham\n\nMain results\nWe included 1 trial (60 participants). Magnet therapy may "
                    "make little or no difference to pain (MD -0.40, 95% CI -1.20 to 0.40). As the findings came from one "
                    "small study, the confidence in the evidence was very low.")
    assert drafted.certainty == "very-low"


# -- cohort studies: the exposure of "the association between X and Y", events counted, "one additional X for every N"

def test_the_exposure_of_an_association_is_the_arm():
    drafted = facts("Objective To estimate the association between new use of proton pump inhibitors (omeprazole or "
                    "lansoprazole) and community acquired pneumonia in older adults.\n\nResults Use of proton pump inhibitors "
                    "was associated with pneumonia (adjusted hazard ratio 1.31, 95% confidence interval 1.12 to 1.53).")
    assert "proton pump inhibitors" in drafted.drugs, drafted.drugs
    find(drafted, value=1.31, drug="proton pump inhibitors", outcome="pneumonia")


@pytest.mark.parametrize("sentence, value, outcome", [
    ("Over five years, this corresponds to one additional hip fracture for every 83 people treated with a gabapentinoid "
     "rather than an SNRI.", 83.0, "hip fracture"),
    ("Screening prevented one death from colorectal cancer for every 850 people screened.", 850.0, "colorectal cancer"),
])
def test_one_additional_event_for_every_n_people_is_a_number_needed(sentence, value, outcome):
    drafted = facts("Results During follow-up, 2 611 hip fractures occurred. " + sentence)
    find(drafted, value=value, measure="number-needed-to-treat", outcome=outcome)


@pytest.mark.parametrize("sentence, value, noun", [
    ("During a median follow-up of 2.3 years, 2 611 hip fractures occurred.", 2611.0, "hip fractures"),
    ("Over 4 years, 412 strokes were recorded.", 412.0, "strokes"),
])
def test_events_that_occurred_are_counted(sentence, value, noun):
    drafted = facts("Results " + sentence)
    found = find(drafted, value=value, measure="count")
    assert found["population"] == noun


def test_a_subgroup_is_not_an_outcome():
    drafted = facts("Results Statin use was associated with a lower risk of dementia (adjusted hazard ratio 0.85, 95% "
                    "confidence interval 0.80 to 0.91). The risk was lowest in people also taking aspirin (adjusted hazard "
                    "ratio 0.78, 0.70 to 0.87).")
    found = find(drafted, value=0.78)
    assert "people" not in words(found["outcome"]) and "aspirin" not in words(found["outcome"]), found


REVIEW_TOTALS = [
    ("Twelve RCTs, involving 2045 women, met the inclusion criteria.", 12, 2045),
    ("Seven trials (n = 1,093) were included.", 7, 1093),
    ("Data from 15 trials (4,200 participants) were pooled.", 15, 4200),
    ("This update includes 6 new trials, bringing the total to 40 trials with 9,876 participants.", 40, 9876),
    ("We included data from 12 trials involving 3456 participants.", 12, 3456),
    ("We included eight RCTs, which randomised 1,880 infants.", 8, 1880),
    ("This update added 12 new studies for a total of 57 studies involving 9,310 participants.", 57, 9310),
    ("We included two new trials, bringing a total of 19 trials that have randomised a total of 2,210 participants.", 19, 2210),
    ("We included 8 new studies, resulting in a total of 41 RCTs with 12,004 eligible participants.", 41, 12004),
    ("The analysis included 33 trials with 2,950 women; the previous version included 14 trials with 1,100 women.", 33, 2950),
    ("We included 18 studies, involving 4,120 women (5 new studies added to 13 included in the previous version).", 18, 4120),
    ("Searches found 6,100 records. Ninety full texts were assessed for eligibility, of which five studies met the "
     "eligibility criteria. The studies involved 640 hospitalised adults.", 5, 640),
    ("One hundred and twenty-four studies met the inclusion criteria. The analysis encompassed 30,512 participants.", 124, 30512),
    ("Two studies (4 references, 212 participants) conducted in Kenya and Peru met our eligibility criteria.", 2, 212),
    ("Eleven reports relating to seven trials (2,400 participants) met the inclusion criteria.", 7, 2400),
]


@pytest.mark.parametrize("sentence, studies, participants", REVIEW_TOTALS, ids=[str(r[1]) for r in REVIEW_TOTALS])
def test_review_totals_written_in_other_ways(sentence, studies, participants):
    drafted = facts("Antenatal steroids\n\nMain results\n" + sentence + " Steroids may reduce neonatal death (RR 0.80, "
                    "95% CI 0.70 to 0.90).")
    assert (drafted.studies and drafted.studies.value, drafted.participants and drafted.participants.value) == (studies, participants)


def test_an_abbreviation_of_the_arm_without_its_qualifier_names_the_arm():
    drafted = facts("Therapist-guided internet-delivered cognitive behavioural therapy for insomnia: a randomized clinical trial"
                    "\n\nImportance Internet-delivered cognitive behavioural therapy (ICBT) helps adults with insomnia."
                    "\n\nMethods Adults were randomized to therapist-guided internet-delivered cognitive behavioural therapy "
                    "or sleep hygiene education.\n\nResults Remission rates were 41.0% with ICBT and 22.5% with sleep "
                    "hygiene education (odds ratio [OR], 2.40; 95% CI, 1.50-3.84), corresponding to a number needed to treat "
                    "of 5 (95% CI, 4-10).")
    found = find(drafted, value=2.40)
    assert "therapist-guided" in found["drug"] and found["comparator"] == "sleep hygiene education", found
    assert find(drafted, value=5.0, measure="number-needed-to-treat")["outcome"] == "remission"


# -- drafts that validate: rates below 1

def test_a_rate_below_one_per_child_year_validates():
    from pathlib import Path

    from laylint import metadata

    drafted = facts("Findings Malaria case incidence was 0.81 cases per child-year in the dual-active-ingredient net group "
                    "and 1.42 cases per child-year in the standard net group (incidence rate ratio 0.57, 0.46-0.71).")
    assert find(drafted, value=0.81, measure="rate")
    meta, problems = metadata.load_sidecar(Path("x.source.yaml"), to_yaml(drafted))
    assert meta is not None and problems == []


def test_a_methods_sentence_does_not_give_the_total_when_the_results_do():
    drafted = facts("Decision aids\n\nData collection and analysis\nWe conducted a subgroup analysis of 40 studies that were "
                    "included in the previous version.\n\nMain results\nWe included 90 studies (31,000 participants). Decision "
                    "aids probably reduce decisional conflict (MD -9.2, 95% CI -11.0 to -7.4).")
    assert drafted.studies.value == 90 and drafted.participants.value == 31000


# -- more ways a Cochrane sentence names the outcome of its estimate

OUTCOME_PHRASES = [
    ("cardiology, colon before the outcome", "No evidence of a difference was seen between home-based and centre-based "
     "rehabilitation in our primary outcomes up to 12 months: total mortality (risk ratio [RR] = 1.12, 95% confidence "
     "interval [CI] 0.70 to 1.79; 5 studies, 900 participants).", 1.12, "mortality"),
    ("cardiology, difference in X between groups", "There was no clear difference in left ventricular ejection fraction "
     "between groups at six months (MD 2.10, 95% CI -1.40 to 5.60; 3 studies, 210 participants).", 2.10, "ejection fraction"),
    ("surgery, with regard to", "No difference between the two comparison groups was found with regard to wound "
     "dehiscence (RR 0.90, 95% CI 0.55 to 1.47; 6 studies, 1300 participants).", 0.90, "wound dehiscence"),
    ("surgery, passive subject", "The risk of anastomotic leakage could be reduced by 35% (RR 0.65, 95% CI 0.45 to 0.94; "
     "9 studies, 3100 participants).", 0.65, "anastomotic leakage"),
    ("ENT, a list ending 'or combinations of these'", "It is very uncertain whether boric acid causes more ear pain, "
     "itching, or combinations of these compared to topical quinolones (RR 1.90, 95% CI 0.60 to 6.02; 2 studies, "
     "300 participants).", 1.90, "ear pain"),
    ("mental health, outcome and colon inside the bracket", "There was no clear difference in improving anxiety or "
     "depression at study endpoint (anxiety: standardised mean difference (SMD) 0.10, 95% confidence interval (CI) -0.12 "
     "to 0.32; 4 RCTs, 2100 participants; depression: SMD -0.20, 95% CI -0.45 to 0.05; 3 RCTs, 1500 participants).",
     -0.20, "depression"),
    ("ophthalmology, an outcome opening with 'five-year'", "Fenofibrate may make little or no difference regarding "
     "five-year progression of diabetic retinopathy (5 studies; 5144 participants; RR 0.94, 95% CI 0.78 to 1.12).",
     0.94, "progression of diabetic retinopathy"),
    ("surgery, an outcome opening with '30-day'", "Abdominal drainage probably increases the risk of 30-day mortality "
     "(Peto odds ratio 3.10, 95% CI 1.20 to 8.01; 3 studies, 600 participants).", 3.10, "30-day mortality"),
    ("cardiology, trial completion", "There was a similar level of trial completion (RR 1.02, 95% CI 0.98 to 1.06; "
     "8 studies, 1500 participants).", 1.02, "trial completion"),
    ("smoking cessation, people who completed treatment", "Counselling probably has little to no effect on the number of "
     "smokers who completed treatment (RR 0.97, 95% CI 0.92 to 1.03; 6 studies, 2100 participants).", 0.97,
     "completed treatment"),
    ("nursing, impacts", "It is very uncertain whether the dressing impacts catheter dislodgement (RR 0.60, 95% CI 0.10 "
     "to 3.55; 1 study, 120 participants).", 0.60, "catheter dislodgement"),
]


@pytest.mark.parametrize("field, sentence, value, outcome", OUTCOME_PHRASES, ids=[r[0] for r in OUTCOME_PHRASES])
def test_more_outcome_phrases(field, sentence, value, outcome):
    drafted = facts("Rehabilitation versus usual care\n\nMain results\nWe included 20 studies (5000 participants). " + sentence)
    find(drafted, value=value, outcome=outcome)


def test_no_studies_for_one_question_is_not_an_empty_review():
    drafted = facts("Anthracyclines for childhood cancer\n\nMain results\nFor leukaemia no evidence of a difference was "
                    "identified. No RCTs were identified for other childhood cancers.")
    assert drafted.studies is None


def test_a_part_of_a_group_is_not_the_reviews_participants():
    drafted = facts("Pegloticase for gout\n\nMain results\nOnly one study met the inclusion criteria. Tophi resolved in 21 "
                    "of 52 participants given pegloticase (RR 5.45, 95% CI 1.38 to 21.54). Eleven of 52 participants with "
                    "monthly treatment improved.")
    assert drafted.studies.value == 1 and drafted.participants is None


@pytest.mark.parametrize("title, arm", [
    ("Exposure to music to reduce anxiety in adults undergoing colonoscopy", "music"),
    ("Kangaroo care to promote breastfeeding in preterm infants", "kangaroo care"),
    ("Early mobilisation to shorten hospital stay after hip fracture surgery", "mobilisation"),  # "early" is dropped
])
def test_a_title_naming_the_intervention_and_its_purpose(title, arm):
    drafted = facts(title + "\n\nMain results\nWe included 6 trials (700 participants). The intervention may reduce "
                    "distress (RR 0.80, 95% CI 0.66 to 0.97; 6 trials, 700 participants; low-certainty evidence).")
    assert find(drafted, value=0.80)["drug"] == arm


@pytest.mark.parametrize("title, sentence, drug, comparator, value", [
    ("Opioids versus NSAIDs for renal colic", "NSAIDs compared with opioids probably reduce vomiting (RR 0.35, 95% CI "
     "0.23 to 0.53; 10 trials, 1500 participants; moderate-certainty evidence).", "NSAIDs", "opioids", 0.35),
    ("Inpatient care compared to early discharge for heart failure", "Early discharge compared to inpatient care may make "
     "little or no difference to readmission (RR 1.05, 95% CI 0.85 to 1.30; 6 trials, 900 participants).",
     "early discharge", "inpatient care", 1.05),
])
def test_a_results_sentence_comparing_two_arms_keeps_its_own_order(title, sentence, drug, comparator, value):
    drafted = facts(title + "\n\nMain results\nWe included 20 trials (3000 participants). " + sentence)
    found = find(drafted, value=value)
    assert (found["drug"], found["comparator"]) == (drug, comparator), found


def test_two_groups_named_in_a_sentence_still_take_the_titles_order():
    drafted = facts("Sodium bicarbonate versus standard care for kidney disease\n\nMain results\nWe included 5 trials "
                    "(800 participants). Kidney failure occurred in 6.6% given sodium bicarbonate and 9.8% receiving standard "
                    "care (RR 0.67, 95% CI 0.45 to 0.99).")
    found = find(drafted, value=0.67)
    assert (found["drug"], found["comparator"]) == ("sodium bicarbonate", "standard care"), found


# -- per-arm risks per 1000: the group named before the figure, and the figure's own interval

def test_per_1000_risks_with_the_group_named_first_and_an_interval():
    drafted = facts("Antibiotics for acute otitis media in children\n\nMain results\nWe included 13 trials (3401 children). "
                    "Antibiotics compared with placebo reduce pain at 2 to 3 days (RR 0.70, 95% CI 0.57 to 0.86; 3 trials, "
                    "1000 children). With placebo, 220 per 1000 children had pain at 2 to 3 days; with antibiotics, 154 per "
                    "1000 (125 to 189).")
    find(drafted, value=22.0, drug="placebo", percent=True)
    find(drafted, value=15.4, drug="antibiotics", ci=(12.5, 18.9))


def test_per_1000_in_the_control_group_compared_with_the_intervention_group():
    drafted = facts("Exercise for depression\n\nMain results\nWe included 35 trials (2498 participants). Exercise compared "
                    "with no treatment may reduce relapse (RR 0.60, 95% CI 0.45 to 0.80). In the control group 300 per 1000 "
                    "people relapsed compared with 180 per 1000 (135 to 240) in the exercise group.")
    find(drafted, value=18.0, drug="exercise", ci=(13.5, 24.0), outcome="relapse")


def test_the_drug_of_an_arm_named_with_its_strength_names_the_arm():
    drafted = facts("Tacrolimus 0.03% ointment versus hydrocortisone 1% cream for facial eczema: a randomized clinical trial"
                    "\n\nInterventions Children were randomized to tacrolimus 0.03% ointment or hydrocortisone 1% cream.\n\n"
                    "Results Itch scores improved more with tacrolimus (mean difference, -0.9 points; 95% CI, -1.4 to -0.4). "
                    "Skin burning was more common with tacrolimus (29 of 241 [12.0%] vs 7 of 239 [2.9%]; relative risk, "
                    "4.11; 95% CI, 1.83 to 9.22).")
    assert find(drafted, value=-0.9)["outcome"] == "itch"
    assert find(drafted, value=12.0)["outcome"] == "skin burning"


def test_a_certainty_stated_for_all_findings_rates_each_of_them():
    drafted = facts("Magnetic stimulation versus sham\n\nMain results\nWe included one study (64 adults). Stimulation may "
                    "not differ from sham in mood (MD -0.30, 95% CI -2.10 to 1.50) or relapse (RR 0.80, 95% CI 0.40 to 1.60). "
                    "As all findings came from one small study, the certainty of the evidence was very low.")
    assert find(drafted, value=-0.30)["certainty"] == "very-low" and find(drafted, value=0.80)["certainty"] == "very-low"


def test_a_finding_keeps_its_own_certainty_when_another_sentence_rates_all():
    drafted = facts("Magnetic stimulation versus sham\n\nMain results\nWe included 3 studies (264 adults). Stimulation may "
                    "improve mood (MD -2.30, 95% CI -4.10 to -0.50; low-certainty evidence). The certainty of the evidence "
                    "for all other outcomes was very low.")
    assert find(drafted, value=-2.30)["certainty"] == "low"


def test_a_diagnostic_figure_takes_the_word_after_it():
    drafted = facts("Bedside examination for stroke in acute vertigo\n\nMain results\nWe included 20 studies (3000 "
                    "participants). The bedside examination (10 studies, 1500 participants) was 92.0% (95% confidence interval "
                    "[CI] 80.0% to 97.1%) sensitive, and 84.5% (95% CI 72.0% to 92.0%) specific (low-certainty evidence).")
    # round 4: named as the measure ("sensitivity"), the test as the arm
    assert find(drafted, value=92.0, drug="bedside examination")["outcome"] == "sensitivity"
    assert find(drafted, value=84.5, drug="bedside examination")["outcome"] == "specificity"


def test_a_difference_per_1000_with_its_interval_before_per_1000():
    drafted = facts("Ultrasound screening for breast cancer\n\nMain results\nWe included 8 studies (80,000 women). In women "
                    "with dense breasts, adding ultrasound detected three more cancer cases (0 fewer to 7 more) per 1000 "
                    "women screened than mammography alone (RR 1.78, 95% CI 1.23 to 2.56; 3 studies, 9000 women).")
    find(drafted, measure="risk-difference", value=0.3, ci=(0.0, 0.7))
    assert 0.7 not in [f.value for f in drafted.facts if f.measure == "risk-difference"]
