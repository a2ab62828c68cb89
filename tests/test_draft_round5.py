"""Round 5 of issue 15: the right arm and outcome names on unseen reviews. The causes are the ones the
seen held-out sets (claims-real-fresh3, claims-real-fresh4) showed: a sentence that names no arm
continues the comparison the section is on (not the title's), a "N studies compared X with Y" sentence
without figures announces the comparison, a comparison heading gives the direction of its estimates,
accuracy sentences name their test before the measure ("X pooled sensitivity against Y"), and lists of
"N studies for X versus Y". Every abstract here was written for this test (made-up studies and figures),
in the style of real ones, across fields."""

from __future__ import annotations

import pytest

from test_draft_patterns import facts, find, words

# -- a sentence that names no arm continues the comparison of its section, not the first one

SECTION_ARMS = [
    ("gastroenterology", """Interventions for eosinophilic oesophagitis

Main results
We included 30 RCTs with 2100 participants.
Ten studies compared topical steroids to placebo.
Topical steroids probably improve dysphagia (RR 1.90, 95% CI 1.30 to 2.78; 8 studies, 720 participants; moderate certainty).
Seven studies compared dupilumab to placebo.
Dupilumab may improve dysphagia (RR 1.42, 95% CI 1.05 to 1.92; 5 studies, 610 participants; low certainty).
There may be no difference in withdrawals due to adverse events (RR 1.31, 95% CI 0.71 to 2.42; 6 studies, 650 participants; low certainty).""",
     [(1.90, "topical steroids", "placebo"), (1.42, "dupilumab", "placebo"), (1.31, "dupilumab", "placebo")]),
    ("cardiology", """Nurse-led clinics after heart failure admission

Main results
We included 14 trials (5120 participants).
Nurse-led clinic studies
Nine trials compared a nurse-led clinic with usual care. It is unclear whether readmission is reduced using a nurse-led clinic (RR 0.91, 95% CI 0.80 to 1.04; 9 trials, 3300 participants; low-certainty evidence).""",
     [(0.91, "nurse-led", "usual care")]),
    ("smoking cessation", """Interventions for smoking cessation in pregnancy

Main results
We included 22 trials (9800 pregnant women).
Six trials compared financial incentives with no incentives.
Financial incentives probably increase abstinence at the end of pregnancy (RR 2.18, 95% CI 1.60 to 2.97; 6 trials, 1950 women; moderate-certainty evidence).
Eight trials compared counselling with usual care.
Counselling may increase abstinence at the end of pregnancy (RR 1.35, 95% CI 1.07 to 1.70; 8 trials, 3100 women; low-certainty evidence).
The effect on low birthweight was uncertain (RR 0.82, 95% CI 0.59 to 1.14; 4 trials, 2300 women; very low-certainty evidence).""",
     [(2.18, "financial incentives", "no incentives"), (1.35, "counselling", "usual care"), (0.82, "counselling", "usual care")]),
]


@pytest.mark.parametrize("field, text, expected", SECTION_ARMS, ids=[r[0] for r in SECTION_ARMS])
def test_a_sentence_without_an_arm_continues_the_section_comparison(field, text, expected):
    drafted = facts(text)
    for value, drug, comparator in expected:
        found = find(drafted, value=value)
        assert words(drug) <= words(found["drug"]), found
        assert words(comparator) <= words(found["comparator"]), found


def test_a_heading_naming_an_arm_is_not_the_outcome():
    found = find(facts(SECTION_ARMS[1][1]), value=0.91)
    assert found["outcome"] == "readmission", found


# -- a comparison heading gives the direction, whichever group a sentence gives first

HEADING_DIRECTION = [
    ("sports medicine", """Exercise for Achilles tendinopathy

Main results
We included six trials (260 participants).
Eccentric exercise versus shock wave therapy
Mean pain with shock wave therapy was 31.0 points compared to 24.5 points with eccentric exercise (MD 6.50 points better, 95% CI 1.20 to 11.80; 1 trial, 68 participants; low-certainty evidence).""",
     6.50, "exercise", "shock wave therapy"),
    ("renal", """Dialysis modalities for kidney failure

Main results
We included 11 trials (1400 participants).
Haemodiafiltration versus haemodialysis
The death rate with haemodialysis was 21% compared to 17% with haemodiafiltration (risk ratio 0.81, 95% CI 0.68 to 0.97; 5 trials, 1210 participants; moderate-certainty evidence).""",
     0.81, "haemodiafiltration", "haemodialysis"),
]


@pytest.mark.parametrize("field, text, value, drug, comparator", HEADING_DIRECTION, ids=[r[0] for r in HEADING_DIRECTION])
def test_a_comparison_heading_gives_the_direction_of_its_estimates(field, text, value, drug, comparator):
    found = find(facts(text), value=value)
    assert words(drug) <= words(found["drug"]), found
    assert words(comparator) <= words(found["comparator"]), found


# -- accuracy: the test named before the measure ("X pooled sensitivity against Y"), the reference standard
# after "against", each cutoff a test of its own; a subheading "X for diagnosing Y" names the test of its section

TEST_BEFORE_MEASURE = [
    ("haematology", """Serum ferritin for detecting iron deficiency in children

Main results
We included 18 studies (4200 children).
Serum ferritin (SF) pooled sensitivity against bone marrow iron at the 30 μg/L cutoff was 79% (95% CI 62 to 90; 12 studies, 540 participants; low-certainty evidence), and specificity was 88% (95% CI 80 to 93; 12 studies, 1320 participants; moderate-certainty evidence).""",
     [{"value": 79, "outcome": "sensitivity", "drug": "serum ferritin"}, {"value": 88, "outcome": "specificity", "drug": "serum ferritin"},
      {"value": 540, "measure": "count", "drug": "serum ferritin"}, {"value": 1320, "measure": "count", "drug": "serum ferritin"}],
     "bone marrow iron"),
    ("gastroenterology", """Faecal biomarkers for inflammatory bowel disease in adults

Main results
We included 25 studies (5100 participants). Faecal calprotectin (FC) and faecal lactoferrin (FL) were evaluated.
FC summary sensitivity versus colonoscopy was 91% (95% CI 86 to 94; 19 studies, 1900 participants), and specificity was 76% (95% CI 68 to 82; 19 studies, 2600 participants).
FL summary sensitivity versus colonoscopy was 78% (95% CI 70 to 85; 6 studies, 480 participants).""",
     [{"value": 91, "outcome": "sensitivity", "drug": "faecal calprotectin"}, {"value": 76, "outcome": "specificity", "drug": "faecal calprotectin"},
      {"value": 78, "outcome": "sensitivity", "drug": "faecal lactoferrin"}, {"value": 480, "measure": "count", "drug": "faecal lactoferrin"}],
     "colonoscopy"),
]


@pytest.mark.parametrize("field, text, expected, reference", TEST_BEFORE_MEASURE, ids=[r[0] for r in TEST_BEFORE_MEASURE])
def test_the_test_named_before_its_measure(field, text, expected, reference):
    drafted = facts(text)
    for finding in expected:
        found = find(drafted, **finding)
        if finding.get("measure") != "count":
            assert words(reference) <= words(found["comparator"]), found  # the reference standard


STUDIES_FOR_PAIRS = [
    ("vascular", """Imaging tests for peripheral arterial disease

Main results
We included 30 studies. Accuracy was reported by 14 studies for CT angiography versus catheter angiography, 6 studies for duplex ultrasound versus catheter angiography, and two studies for MR angiography versus CT angiography.""",
     [(14, "CT angiography", "catheter angiography"), (6, "duplex ultrasound", "catheter angiography"), (2, "MR angiography", "CT angiography")]),
    ("infectious disease", """Rapid tests for tuberculosis

Main results
We included 21 studies. Index test performance was described by 11 studies for sputum smear microscopy (SSM) versus culture, 7 studies for SSM versus nucleic acid amplification, and three studies for urine antigen testing versus culture.""",
     [(11, "sputum smear microscopy", "culture"), (7, "sputum smear microscopy", "nucleic acid amplification"),
      (3, "urine antigen testing", "culture")]),
]


@pytest.mark.parametrize("field, text, expected", STUDIES_FOR_PAIRS, ids=[r[0] for r in STUDIES_FOR_PAIRS])
def test_n_studies_for_x_versus_y(field, text, expected):
    drafted = facts(text)
    for value, drug, comparator in expected:
        found = find(drafted, value=value, measure="count")
        assert words(drug) <= words(found["drug"]) and words(comparator) <= words(found["comparator"]), found


def test_a_subheading_naming_a_test_names_the_test_of_its_sentences():
    drafted = facts("""Imaging for suspected scaphoid fracture

Main results
We included 12 studies (1800 participants).
Magnetic resonance imaging for diagnosing scaphoid fracture
Pooled sensitivity was 88% (95% CI 78 to 94; 7 studies, 640 participants) and specificity was 100% (95% CI 38 to 100; 7 studies, 640 participants).
Bone scintigraphy for diagnosing scaphoid fracture
Pooled sensitivity was 99% (95% CI 69 to 100; 5 studies, 520 participants).""")
    assert words("magnetic resonance imaging") <= words(find(drafted, value=88, outcome="sensitivity")["drug"])
    assert words("magnetic resonance imaging") <= words(find(drafted, value=100, outcome="specificity")["drug"])
    assert words("bone scintigraphy") <= words(find(drafted, value=99, outcome="sensitivity")["drug"])


def test_a_cutoff_unit_is_not_split_into_aliases_and_single_capitals_stay():
    drafted = facts(TEST_BEFORE_MEASURE[0][1].replace("bone marrow iron", "liver vitamin A"))
    found = find(drafted, value=79, outcome="sensitivity")
    assert found["comparator"] == "liver vitamin A", found  # "vitamin A", not "vitamin a"
    for name, aliases in drafted.drugs.items():
        assert not [a for a in aliases if a in ("L", "g") or a.endswith("μg")], (name, aliases)


# -- a dose or regimen as the sentence's subject is its arm when the sentence names no other

DOSE_SUBJECTS = [
    ("reproductive medicine", "In predicted high responders, lower doses may or may not affect live birth (OR 0.98, 95% CI 0.66 to 1.46; 1 study, 521 women).",
     0.98, "lower doses"),
    ("renal", "Among people on dialysis, intradialytic exercise training probably improves physical function (SMD 0.41, 95% CI 0.20 to 0.62; 9 studies, 480 participants).",
     0.41, "intradialytic exercise training"),
    ("paediatrics", "In preterm infants, higher-dose caffeine therapy may reduce extubation failure (RR 0.52, 95% CI 0.33 to 0.82; 3 studies, 300 infants).",
     0.52, "higher-dose caffeine therapy"),
]


@pytest.mark.parametrize("field, sentence, value, drug", DOSE_SUBJECTS, ids=[r[0] for r in DOSE_SUBJECTS])
def test_a_dose_or_regimen_subject_is_the_arm(field, sentence, value, drug):
    found = find(facts("Main results\nWe included 20 studies (3000 participants). " + sentence), value=value)
    assert words(drug) <= words(found["drug"]), found


def test_an_outcome_subject_is_not_taken_for_an_arm():
    found = find(facts("Main results\nWe included 20 studies (3000 participants). Mortality may be reduced slightly (RR 0.90, "
                       "95% CI 0.81 to 1.00; 12 studies, 5400 participants)."), value=0.90)
    assert found["drug"] is None, found


# -- "N% of procedures": what the figure is a share of is not its outcome; the phrase before it is

SHARE_OF_UNITS = [
    ("respiratory", "The most common adverse event was transient worsening of cough after 29% of procedures.", 29, "transient worsening of cough"),
    ("oncology", "Grade 3 mucositis was recorded in 14% of treatment cycles.", 14, "grade 3 mucositis"),
    ("renal", "Catheter-related bloodstream infection complicated 3.1% of dialysis sessions.", 3.1, "catheter-related bloodstream infection"),
]


@pytest.mark.parametrize("field, sentence, value, outcome", SHARE_OF_UNITS, ids=[r[0] for r in SHARE_OF_UNITS])
def test_a_share_of_units_keeps_the_outcome_before_it(field, sentence, value, outcome):
    found = find(facts("Main results\nWe included two studies (187 participants). " + sentence), value=value)
    assert found["outcome"] and words(outcome) <= words(found["outcome"]) and "after" not in words(found["outcome"]), found


# -- "if the chance of X with A is 25%, the chance with B would be ...": 25% is A's, and X is the outcome

BASELINE_WITH = [
    ("obstetrics", "Our findings suggest that if the chance of caesarean section with usual care is 24%, the chance with continuous support "
                   "would be between 18% and 22%.", 24, "usual care", "caesarean section"),
    ("infectious disease", "If the risk of surgical site infection with povidone-iodine was 12%, the risk with chlorhexidine would be "
                           "between 6% and 10%.", 12, "povidone-iodine", "surgical site infection"),
]


@pytest.mark.parametrize("field, sentence, value, drug, outcome", BASELINE_WITH, ids=[r[0] for r in BASELINE_WITH])
def test_the_group_named_before_is_the_baseline(field, sentence, value, drug, outcome):
    found = find(facts("Main results\nWe included 9 trials (4000 participants). " + sentence), value=value)
    assert words(drug) <= words(found["drug"]) and not {"would", "be", "between"} & words(found["drug"]), found
    assert words(outcome) == words(found["outcome"]), found


def test_an_arm_announced_late_is_not_the_main_arm_of_earlier_sentences():
    drafted = facts("""Individualised dosing for in vitro fertilisation

Main results
We included 26 studies (8520 women).
Direct dose comparisons
Similarly, in predicted normal responders (10 studies, 4 comparisons), higher doses may or may not affect clinical pregnancy (OR 0.91, 95% CI 0.70 to 1.18; 3 studies, 900 women).
Algorithm studies
Eight trials compared a test-based algorithm to standard dosing. Test-based algorithms may reduce severe OHSS (OR 0.60, 95% CI 0.42 to 0.84; 7 studies, 4400 women).""")
    assert words("higher doses") <= words(find(drafted, value=0.91)["drug"])
    assert "algorithm" in words(find(drafted, value=0.60)["drug"])


# -- a comparison subheading with its population and its count of trials: "A versus B in people with X (1 trial, 369
# participants)" is a heading all the same; its population is not part of B's name, and its counts are the comparison's

COUNTED_HEADINGS = """Immune checkpoint inhibitors for advanced melanoma

Main results
We included five RCTs (2400 participants). Most trials had high risk of bias.
Pembrolizumab versus ipilimumab in people with unresectable melanoma (1 trial, 834 participants)
Pembrolizumab probably improves overall survival (HR 0.68, 95% CI 0.53 to 0.87; 834 participants; moderate-certainty evidence). The evidence for serious adverse events is very uncertain (RR 0.72, 95% CI 0.49 to 1.06; 811 participants).
Nivolumab plus ipilimumab 3 mg/kg versus nivolumab plus ipilimumab 1 mg/kg in older people with brain metastases (1 trial, 120 participants)
The evidence for progression-free survival (HR 1.21, 95% CI 0.80 to 1.83; 120 participants) is very uncertain.
Adjuvant nivolumab versus placebo plus standard follow-up in adults with resected stage III or IV melanoma after surgery and before any adjuvant therapy was started (1 trial, 906 participants)
Nivolumab may improve relapse-free survival (HR 0.65, 95% CI 0.51 to 0.83; 906 participants; low-certainty evidence)."""


def test_a_comparison_heading_with_its_population_and_count():
    drafted = facts(COUNTED_HEADINGS)
    for value, drug, comparator in [(0.68, "pembrolizumab", "ipilimumab"), (0.72, "pembrolizumab", "ipilimumab"),
                                    (1.21, "nivolumab plus ipilimumab 3 mg/kg", "nivolumab plus ipilimumab 1 mg/kg"),
                                    (0.65, "nivolumab", "placebo")]:
        found = find(drafted, value=value)
        assert words(drug) <= words(found["drug"]) and words(comparator) <= words(found["comparator"]), found
        assert not {"people", "adults", "melanoma", "metastases"} & words(found["drug"] + " " + found["comparator"]), found
    assert find(drafted, value=834, measure="count")["drug"] == "pembrolizumab"
    assert "ipilimumab" in words(find(drafted, value=120, measure="count")["drug"])


# -- a subheading that names one of the listed interventions is the arm of its section; "one study that assessed X
# (24 participants)": the count is X's

LISTED_HEADINGS = """Drug treatments for chronic tinnitus

Main results
We included 14 studies with a total of 1320 participants. The studies evaluated the following interventions: antidepressants, anticonvulsants, melatonin and zinc.
Antidepressants
Six RCTs (610 participants) addressed this comparison. Antidepressants may make little or no difference to tinnitus loudness (SMD -0.12, 95% CI -0.35 to 0.11; 4 studies, 390 participants; low-certainty evidence).
Anticonvulsants
Four RCTs addressed this comparison. The evidence for tinnitus severity is very uncertain (MD -2.40, 95% CI -6.10 to 1.30; 2 studies, 250 participants; very low-certainty evidence).
Other drugs
We also identified one study that assessed melatonin (61 participants), and one study that assessed zinc (109 participants)."""


def test_a_heading_naming_a_listed_intervention_is_its_sections_arm():
    drafted = facts(LISTED_HEADINGS)
    assert find(drafted, value=-0.12)["drug"] == "antidepressants"
    assert find(drafted, value=-2.40)["drug"] == "anticonvulsants"
    assert find(drafted, value=610, measure="count")["drug"] == "antidepressants"
    assert find(drafted, value=61, measure="count")["drug"] == "melatonin"
    assert find(drafted, value=109, measure="count")["drug"] == "zinc"


def test_an_outcome_heading_is_still_an_outcome():
    drafted = facts("""Exercise for fibromyalgia

Main results
We included 12 studies (900 participants). The studies evaluated the following interventions: aerobic exercise and resistance training.
Pain
Aerobic exercise probably reduces pain slightly (MD -5.2, 95% CI -8.6 to -1.8; 6 studies, 420 participants).""")
    found = find(drafted, value=-5.2)
    assert "exercise" in words(found["drug"]) and found["outcome"] == "pain", found


def test_an_announced_comparison_keeps_its_direction_when_the_comparator_is_the_subject():
    drafted = facts("""Feeding routes after oesophagectomy

Main results
We included 11 studies (1300 participants).
Three studies compared nasogastric feeding with parenteral nutrition. Parenteral nutrition may slightly reduce aspiration pneumonia (RR 2.10, 95% CI 1.15 to 3.83; 3 studies, 310 participants; low-certainty evidence). One study reported on anastomotic leak (RR 1.20, 95% CI 0.70 to 2.06; 180 participants; very low-certainty evidence).""")
    for value in (2.10, 1.20):
        found = find(drafted, value=value)
        assert found["drug"] == "nasogastric feeding" and found["comparator"] == "parenteral nutrition", found


def test_one_study_that_used_an_unlisted_arm_counts_it():
    drafted = facts("""Drug treatments for vestibular migraine

Main results
We included 6 studies with 512 participants.
Beta-blockers
Two RCTs addressed this comparison. One considered the use of propranolol (140 participants), and the other used metoprolol (66 participants).""")
    assert find(drafted, value=140, measure="count")["drug"] == "propranolol"
    assert find(drafted, value=66, measure="count")["drug"] == "metoprolol"


# -- words that are not arms: an outcome after "participants with", a "between X and Y" that is no comparison,
# "women with PCOS when compared", "a single study with a small sample size", "involved either X", "this type of
# intervention"; and a control arm alone is never the drug

NOT_ARMS = [
    ("ophthalmology", "Immediate face-down positioning may result in a lower proportion of participants with retinal displacement "
                      "compared with support-the-break positioning at six months (RR 0.73, 95% CI 0.54 to 0.99; 1 RCT; 239 participants).",
     0.73, {"retinal", "displacement"}),
    ("shared decisions", "Decision aids probably increase the congruence between informed values and care choices compared to usual care "
                         "(RR 1.75, 95% CI 1.44 to 2.13; 21 studies, 9377 participants).", 1.75, {"informed", "values", "choices"}),
    ("fertility", "In vitro maturation increases miscarriage in women with PCOS when compared to IVF (OR 1.66, 95% CI 1.02 to 2.70; "
                  "2 studies, 378 pregnancies).", 1.66, {"when", "pcos"}),
    ("occupational health", "In the short term, this type of intervention may result in a reduction in stress symptoms (SMD -0.67, "
                            "95% CI -0.95 to -0.39; 15 RCTs; 1003 participants).", -0.67, {"type"}),
]


@pytest.mark.parametrize("field, sentence, value, not_in_drug", NOT_ARMS, ids=[r[0] for r in NOT_ARMS])
def test_words_that_are_not_arms(field, sentence, value, not_in_drug):
    found = find(facts("Main results\nWe included 12 studies (3100 participants). " + sentence), value=value)
    assert not not_in_drug & words(found["drug"]), found


def test_no_study_is_an_arm_and_involved_is_not_part_of_a_name():
    drafted = facts("Main results\nWe included six trials. The included studies involved either a nurse-led clinic (n = 4) or "
                    "telemonitoring (n = 2) compared to usual care. The result came from a single study with a small sample size "
                    "(n = 30).")
    named = {f.drug for f in drafted.facts if f.drug}
    assert not any(n.lower().startswith(("involved", "either", "study")) for n in named), named


def test_a_control_arm_alone_is_not_the_drug_and_a_subject_names_the_arm():
    drafted = facts("""Interventions for oral submucous fibrosis

Objectives
To assess interventions compared with placebo or no active treatment.

Main results
We included 30 studies (2176 participants).
Mouth opening
Antioxidants may increase mouth opening (MD 3.11 mm, 95% CI 0.46 to 5.77; 2 studies, 520 participants; low-certainty evidence).
Pentoxifylline may increase mouth opening slightly (MD 1.80 mm, 95% CI 1.02 to 2.58; 1 study, 106 participants).""")
    assert find(drafted, value=3.11)["drug"] == "antioxidants"
    assert find(drafted, value=1.80)["drug"] == "pentoxifylline"


OUTCOME_ENDINGS = [
    ("fertility", "This suggests that if the chance of live birth following standard IVF is assumed to be 45.7%, then the chance of IVM "
                  "would be 12.5% to 52.6%.", 45.7, "live birth"),
    ("fertility, as compared", "IVM results in a large reduction in the incidence of moderate or severe OHSS as compared to IVF "
                               "(OR 0.08, 95% CI 0.01 to 0.67; 2 studies, 739 participants).", 0.08, "moderate or severe OHSS"),
]


@pytest.mark.parametrize("field, sentence, value, outcome", OUTCOME_ENDINGS, ids=[r[0] for r in OUTCOME_ENDINGS])
def test_an_outcome_does_not_end_in_the_arm_or_as(field, sentence, value, outcome):
    found = find(facts("Main results\nWe included four trials (810 women). " + sentence), value=value)
    assert found["outcome"] and not {"as", "following", "standard", "ivf"} & words(found["outcome"]), found
    assert words(outcome) <= words(found["outcome"]) | {"ohss"}, found


def test_an_explicit_compared_with_keeps_the_sentence_order_under_a_heading():
    drafted = facts("""Dialysis modalities for kidney failure

Main results
We included 11 trials (1400 participants).
Haemodiafiltration versus haemodialysis
Haemodialysis may increase intradialytic cramps compared with haemodiafiltration (RR 1.40, 95% CI 1.05 to 1.87; 3 trials, 610 participants).""")
    found = find(drafted, value=1.40)
    assert found["drug"] == "haemodialysis" and found["comparator"] == "haemodiafiltration", found
