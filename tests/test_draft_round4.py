"""Round 4 of issue 15: review types the earlier sets lacked. Diagnostic test accuracy (sensitivity and
specificity per test), screening (rates per 1,000 or 10,000 per arm, "X alone", "X in combination with Y"),
counts of studies per test, and outcomes written as a state of people ("continuously abstinent
participants"). Every abstract here was written for this test (made-up studies and figures), in the
style of real ones, across fields: paediatrics, cardiology, infectious disease, oncology, mental health,
neurology, vascular medicine, smoking cessation, renal."""

from __future__ import annotations

import pytest

from test_draft_patterns import facts, find, words

# -- diagnostic test accuracy: the test is the sentence's subject, the outcome the word after the figure

ACCURACY = [
    ("paediatrics", """Point-of-care ultrasound for diagnosing appendicitis in children

Main results
We included 21 studies (4120 children). Point-of-care ultrasound (14 studies, 2890 children) was 89.5% (95% CI 84.1% to 93.2%) sensitive and 93.0% (95% CI 88.7% to 95.8%) specific (moderate-certainty evidence).""",
     [{"value": 89.5, "drug": "point-of-care ultrasound", "outcome": "sensitivity"},
      {"value": 93.0, "drug": "point-of-care ultrasound", "outcome": "specificity"},
      {"value": 14, "measure": "count", "drug": "point-of-care ultrasound"}]),
    ("cardiology", """High-sensitivity troponin and clinical scores for ruling out myocardial infarction

Main results
We included 30 studies (21,500 participants). The Alvarado-style HEART score (7 studies, 1230 participants) had a summary sensitivity of 82.4% (95% CI 74.0% to 88.5%) and a specificity of 71.2% (95% CI 60.3% to 80.1%) (low-certainty evidence).""",
     [{"value": 82.4, "drug": "HEART score", "outcome": "sensitivity"},
      {"value": 71.2, "drug": "HEART score", "outcome": "specificity"},
      {"value": 1230, "measure": "count", "drug": "HEART score"}]),
    ("infectious disease", """Rapid diagnostic tests for malaria in returning travellers

Main results
We included 9 studies (3300 participants). The rapid antigen test (9 studies, 3300 participants) was 91.0% (95% CI 86.4% to 94.2%) sensitive and 98.6% (95% CI 97.1% to 99.3%) specific. Microscopy by a non-specialist (3 studies, 512 participants) was 70.0% to 88.0% sensitive and 95.0% to 99.0% specific (very low-certainty evidence).""",
     [{"value": 91.0, "drug": "rapid antigen test", "outcome": "sensitivity"},
      {"value": 98.6, "drug": "rapid antigen test", "outcome": "specificity"},
      {"value": 70.0, "drug": "microscopy", "outcome": "sensitivity"},
      {"value": 88.0, "drug": "microscopy", "outcome": "sensitivity"},
      {"value": 95.0, "drug": "microscopy", "outcome": "specificity"},
      {"value": 512, "measure": "count", "drug": "microscopy"}]),
    ("oncology", """Faecal immunochemical test for the detection of colorectal cancer

Main results
We included 12 studies (30,400 participants). The sensitivity of the faecal immunochemical test was 79.0% (95% CI 70.2% to 85.7%) and its specificity was 94.1% (95% CI 92.0% to 95.6%) (moderate-certainty evidence).""",
     [{"value": 79.0, "drug": "faecal immunochemical test", "outcome": "sensitivity"},
      {"value": 94.1, "drug": "faecal immunochemical test", "outcome": "specificity"}]),
    ("mental health", """Two-item questionnaires for detecting depression in primary care

Main results
We included 17 studies (9800 participants). The PHQ-2 (11 studies, 6100 participants) had a sensitivity of 85.3% (95% CI 79.0% to 89.9%) and a specificity of 79.5% (95% CI 74.1% to 84.0%); low-certainty evidence.""",
     [{"value": 85.3, "drug": "PHQ-2", "outcome": "sensitivity"},
      {"value": 79.5, "drug": "PHQ-2", "outcome": "specificity"}]),
]


@pytest.mark.parametrize("field, text, expected", ACCURACY, ids=[r[0] for r in ACCURACY])
def test_accuracy_of_each_test(field, text, expected):
    drafted = facts(text)
    for finding in expected:
        found = find(drafted, **finding)
        assert not found["comparator"], found  # one test's accuracy has no comparator


# -- "X and Y for the diagnosis of Z": two tests; counts of studies per test take the test they name

TWO_TESTS = [
    ("vascular", """Ankle-brachial pressure index and toe pressure index for the diagnosis of peripheral arterial disease

Background
The ankle-brachial pressure index (ABPI) and the toe pressure index (TPI) are bedside tests.

Main results
Fifteen studies met the inclusion criteria; 10 evaluated ABPI only, two evaluated TPI only and three evaluated both ABPI and TPI. ABPI was investigated in 1520 participants and 2210 limbs. The certainty of the evidence was low.""",
     ("ankle-brachial pressure index", "toe pressure index"),
     [{"value": 10, "measure": "count", "drug": "ankle-brachial pressure index"},
      {"value": 2, "measure": "count", "drug": "toe pressure index"},
      {"value": 1520, "measure": "count", "drug": "ankle-brachial pressure index"}]),
    ("neurology", """Electroencephalography and magnetic resonance imaging for the diagnosis of epilepsy in adults

Main results
We included 11 studies; 6 assessed electroencephalography only and 5 assessed magnetic resonance imaging only. Magnetic resonance imaging was evaluated in 860 participants.""",
     ("electroencephalography", "magnetic resonance imaging"),
     [{"value": 6, "measure": "count", "drug": "electroencephalography"},
      {"value": 5, "measure": "count", "drug": "magnetic resonance imaging"},
      {"value": 860, "measure": "count", "drug": "magnetic resonance imaging"}]),
]


@pytest.mark.parametrize("field, text, tests, expected", TWO_TESTS, ids=[r[0] for r in TWO_TESTS])
def test_a_title_naming_two_tests_gives_two_arms(field, text, tests, expected):
    drafted = facts(text)
    for test in tests:
        assert any(words(test) == words(name) for name in drafted.drugs), drafted.drugs
    for finding in expected:
        find(drafted, **finding)


def test_a_title_naming_one_test_with_commas_stays_one_test():
    drafted = facts("""Head tilt, gaze, and skew examination for diagnosing stroke in acute dizziness

Main results
We included 8 studies (900 participants). The head tilt, gaze, and skew examination (8 studies, 900 participants) was 90.0% (95% CI 80.0% to 95.0%) sensitive (low-certainty evidence).""")
    assert not any(words(name) == {"head", "tilt"} or words(name) == {"skew", "examination"} for name in drafted.drugs), drafted.drugs
    find(drafted, value=90.0, outcome="sensitivity", drug="skew examination")


# -- screening: "X alone" is the arm "X"; rates per 1,000 or 10,000 in each arm

SCREENING = [
    ("oncology", """Low-dose CT in addition to chest radiography versus chest radiography for lung cancer screening

Main results
One trial (40,000 participants) found that more lung cancers were detected with low-dose CT in addition to chest radiography than with chest radiography alone (12 versus 7 per 1000; RR 1.71, 95% CI 1.40 to 2.09; high-certainty evidence). Interval cancers occurred less often in the group screened with the combination than with chest radiography alone (4 versus 9 in 10,000 participants; RR 0.44, 95% CI 0.25 to 0.78; moderate-certainty evidence).""",
     [{"value": 1.71, "drug": "low-dose CT", "comparator": "chest radiography", "outcome": "lung cancers"},
      {"value": 1.2, "drug": "low-dose CT"}, {"value": 0.7, "drug": "chest radiography"},
      {"value": 0.44, "drug": "low-dose CT", "comparator": "chest radiography", "outcome": "interval cancers"},
      {"value": 0.04, "drug": "low-dose CT", "outcome": "interval cancers"},
      {"value": 0.09, "drug": "chest radiography", "outcome": "interval cancers"}],
     [10000]),
    ("cardiology", """Screening ECG in addition to history and examination versus history and examination for athletes

Main results
Two cohort studies (52,000 athletes) found that more cardiac conditions were identified with ECG in addition to history and examination than with history and examination alone (3.1 versus 0.9 per 1000; RR 3.44, 95% CI 2.10 to 5.63; low-certainty evidence).""",
     [{"value": 3.44, "drug": "ECG", "comparator": "history and examination", "outcome": "cardiac conditions"},
      {"value": 0.31, "drug": "ECG"}, {"value": 0.09, "drug": "history and examination"}],
     []),
]


@pytest.mark.parametrize("field, text, expected, not_findings", SCREENING, ids=[r[0] for r in SCREENING])
def test_screening_arms_and_rates(field, text, expected, not_findings):
    drafted = facts(text)
    for finding in expected:
        found = find(drafted, **finding)
        assert "alone" not in (found["outcome"] or ""), found
    assert not [f for f in drafted.facts if f.value in not_findings], "a denominator (per 10,000) is not a finding"


# -- an outcome written as a state of people: "the rate of continuously abstinent participants"

STATE_OUTCOMES = [
    ("smoking cessation", "Compared to usual care, text-message support may increase the rate of continuously abstinent "
     "participants at six months (risk ratio (RR) 1.52, 95% confidence interval (CI) 1.20 to 1.93; 4 studies; 2310 participants; "
     "low certainty evidence).", 1.52, "continuously abstinent"),
    ("renal", "Compared with standard care, early dietitian review probably increases the number of dialysis-free "
     "patients at one year (RR 1.18, 95% CI 1.04 to 1.34; 3 studies; 640 participants; moderate certainty evidence).",
     1.18, "dialysis-free"),
    ("neurology", "Compared with placebo, the ketogenic diet may increase the proportion of seizure-free children "
     "(RR 3.10, 95% CI 1.40 to 6.87; 2 studies; 180 children; low certainty evidence).", 3.10, "seizure-free"),
]


@pytest.mark.parametrize("field, sentence, value, outcome", STATE_OUTCOMES, ids=[r[0] for r in STATE_OUTCOMES])
def test_a_state_of_people_is_the_outcome(field, sentence, value, outcome):
    drafted = facts("Main results\n" + sentence)
    found = find(drafted, value=value)
    assert found["outcome"] and words(outcome) <= words(found["outcome"]), found


# -- "Amongst 1000 women without cancer, 37 more received a false-positive result": a difference per 1000 with
#    its outcome after it; the ratio in the same bracket as two groups' figures shares their outcome

PER_1000_AFTER = [
    ("oncology", "Amongst 1000 women who do not have cancer, 37 more received a false-positive result when they were screened "
     "with tomosynthesis than with mammography alone (RR 1.43, 95% CI 1.37 to 1.50; high certainty evidence).",
     3.7, "false-positive result", 1.43),
    ("smoking cessation", "For every 1000 smokers given cytisine, 45 more would have a successful quit attempt than with "
     "placebo (RR 1.61, 95% CI 1.34 to 1.93; moderate certainty evidence).", 4.5, "successful quit attempt", 1.61),
    ("infectious disease", "Among 1000 children vaccinated, 12 fewer developed a hospital admission for rotavirus than "
     "among unvaccinated children (RR 0.42, 95% CI 0.31 to 0.57; high certainty evidence).", -1.2, "hospital admission", 0.42),
]


@pytest.mark.parametrize("field, sentence, difference, outcome, ratio", PER_1000_AFTER, ids=[r[0] for r in PER_1000_AFTER])
def test_a_difference_among_1000_names_its_outcome_after_it(field, sentence, difference, outcome, ratio):
    drafted = facts("Main results\n" + sentence)
    found = find(drafted, value=difference, measure="risk-difference")
    assert words(outcome) <= words(found["outcome"]), found
    assert words(outcome) <= words(find(drafted, value=ratio)["outcome"])
    assert not [f for f in drafted.facts if f.value == 1000], "the denominator is not a count"


def test_the_ratio_in_the_bracket_of_two_groups_figures_shares_their_outcome():
    drafted = facts("Low-dose CT versus chest radiography for lung cancer screening\n\nMain results\nThe NELSON-like trial, "
                    "enrolling 15,000 smokers, found that three additional lung cancers per 1000 people were detected over two "
                    "years with low-dose CT than with chest radiography alone (8 versus 5 per 1000; RR 1.60, 95% CI 1.20 to 2.13).")
    assert words("lung cancers") <= words(find(drafted, value=1.60)["outcome"])
    assert words("lung cancers") <= words(find(drafted, value=0.3, measure="risk-difference")["outcome"])


# -- one test at two thresholds: two tests; an area under the curve is no finding the metadata can hold

THRESHOLDS = [
    ("paediatrics", """Results
At a threshold of 20 mg/L, the CRP test had a sensitivity of 88.0% (95% CI, 80.4%-93.0%) and a specificity of 61.5% (95% CI, 58.4%-64.5%). At a threshold of 40 mg/L, the sensitivity was 70.4% (95% CI, 61.2%-78.2%) and the specificity was 84.6% (95% CI, 82.2%-86.7%). The area under the receiver operating characteristic curve was 0.83 (95% CI, 0.79-0.87).""",
     [(88.0, "20", "sensitivity"), (61.5, "20", "specificity"), (70.4, "40", "sensitivity"), (84.6, "40", "specificity")]),
    ("cardiology", """Results
Using a cut-off of 14 ng/L, high-sensitivity troponin T had a sensitivity of 97.1% (95% CI 94.0% to 98.6%) and a specificity of 45.2% (95% CI 41.8% to 48.7%). At a cut-off of 52 ng/L, the sensitivity was 62.0% (95% CI 55.3% to 68.3%) and the specificity was 94.4% (95% CI 92.6% to 95.8%). The c-statistic was 0.91 (0.89 to 0.93).""",
     [(97.1, "14", "sensitivity"), (45.2, "14", "specificity"), (62.0, "52", "sensitivity"), (94.4, "52", "specificity")]),
]


@pytest.mark.parametrize("field, text, expected", THRESHOLDS, ids=[r[0] for r in THRESHOLDS])
def test_each_threshold_is_a_test_of_its_own(field, text, expected):
    drafted = facts(text)
    for value, threshold, outcome in expected:
        found = find(drafted, value=value, outcome=outcome)
        assert threshold in words(found["drug"]), found
    assert not [f for f in drafted.facts if 0 < f.value < 1 and not f.percent], "an AUC is left out"


def test_an_area_under_the_curve_is_left_out_with_a_note():
    drafted = facts(THRESHOLDS[0][1])
    assert any("area under the curve" in note and "0.83" in note for note in drafted.notes), drafted.notes


def test_a_group_size_written_with_a_space_before_its_bracket_closes():
    drafted = facts("Findings\n47 312 women were randomly assigned to tomosynthesis plus mammography (n=23 651) or mammography "
                    "alone (n=23 661). Recall rates were 3.9% and 3.2%, respectively (risk ratio 1.22, 1.11-1.34).")
    assert {23651, 23661} <= {round(f.value) for f in drafted.facts}
    assert not [f for f in drafted.facts if f.value in (23, 651, 661)]


# -- "when comparing A with B (RR ...)": A is the arm; a shorter form of a title's arm names it

COMPARING = [
    ("urogynaecology", """Single-incision sling operations for urinary incontinence in women

Main results
Single-incision sling versus transobturator sling
There is no evidence of a difference in subjective cure at 12 months when comparing single-incision slings with transobturator slings (RR 1.00, 95% CI 0.97 to 1.03; 17 trials, 2359 women; high-certainty evidence). There are a similar number of mesh erosions with single-incision slings compared with transobturator slings (RR 0.61, 95% CI 0.39 to 0.96; 16 trials, 2378 women).""",
     [{"value": 1.00, "drug": "single-incision sling", "comparator": "transobturator sling"},
      {"value": 0.61, "drug": "single-incision sling", "comparator": "transobturator sling", "outcome": "mesh erosions"}]),
    ("mental health", """Brief psychodynamic therapy for depression in adults

Main results
Brief psychodynamic therapy versus cognitive behavioural therapy
There may be little or no difference in remission at six months when comparing brief psychodynamic therapy with cognitive behavioural therapy (RR 0.94, 95% CI 0.80 to 1.10; 5 trials, 640 participants; low-certainty evidence).""",
     [{"value": 0.94, "drug": "brief psychodynamic therapy", "comparator": "cognitive behavioural therapy", "outcome": "remission"}]),
]


@pytest.mark.parametrize("field, text, expected", COMPARING, ids=[r[0] for r in COMPARING])
def test_comparing_a_with_b_keeps_a_as_the_arm(field, text, expected):
    drafted = facts(text)
    for finding in expected:
        found = find(drafted, **finding)
        assert "with" not in (found["outcome"] or "").split(), found
