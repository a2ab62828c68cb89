"""Round 10 of issue 15: totals on older Cochrane abstracts (results and conclusions only). The results
paragraph opens with the totals in many shapes: "Twelve trials involving 3285 women ...", "Eighteen
studies (14,303 patients) compared ...", "Only one trial including 75 participants ...", "We included a
total of 984 participants from 12 studies", "Fifteen publications (ten studies) ...", "The total number
of included participants was 611". Every abstract here was written for this test (made-up figures), in
the style of real ones, across fields."""

from __future__ import annotations

import pytest

from test_draft_patterns import facts

OPENINGS = [
    ("obstetrics", "Twelve trials involving 3285 healthy women undergoing elective caesarean section (nine trials, 2453 participants) "
     "or vaginal birth (three trials, 832 participants) contributed data. Blood loss was lower with the drug (RR 0.52, 95% CI 0.42 "
     "to 0.63).", 12, 3285),
    ("cardiology", "Eighteen studies (14,303 patients) compared early statin treatment versus placebo in patients with acute coronary "
     "syndrome. Death was not reduced (RR 0.93, 95% CI 0.80 to 1.08).", 18, 14303),
    ("surgery", "Only one trial including 75 participants, randomised to early (n = 35) or delayed surgery (n = 40), contributed "
     "information. Complications were fewer with early surgery (RR 0.30, 95% CI 0.12 to 0.75).", 1, 75),
    ("diabetes", "Twenty RCTs (mean trial duration 10 months) including 1,811 participants, with mean age 60 years. Glycated "
     "haemoglobin was similar (MD 0.1%, 95% CI -0.2 to 0.4).", 20, 1811),
    ("vascular surgery", "Three trials with a total of 287 participants operated on for aortic aneurysm were included. Paraplegia "
     "was less frequent with drainage (OR 0.48, 95% CI 0.25 to 0.92).", 3, 287),
    ("anaesthesia", "Two studies assessed as at high risk of bias, reporting data from 26 analysed participants were included in "
     "this review. Pain scores did not differ (MD -0.4, 95% CI -1.5 to 0.7).", 2, 26),
    ("respiratory", "We included a total of 984 participants from 12 studies in this analysis. Walking distance improved "
     "(MD 29 metres, 95% CI 10 to 48).", 12, 984),
    ("endocrinology", "Fifteen publications (ten studies) were included, involving 1019 participants. Insulin dependence was "
     "less frequent with insulin (RR 0.60, 95% CI 0.40 to 0.90).", 10, 1019),
    ("ophthalmology", "We found four RCTs that met the inclusion criteria of this review. The total number of included "
     "participants was 611, ranging from 30 to 500 participants per trial. Visual acuity did not differ (MD 0.01, 95% CI -0.05 to "
     "0.07).", 4, 611),
    ("asthma", "Eight trials, generating 10 treatment-control comparisons, that recruited 1470 adults and 470 children met the "
     "entry criteria. Admission was not reduced (RR 0.86, 95% CI 0.60 to 1.23).", 8, 1940),
]


@pytest.mark.parametrize("field, text, studies, participants", OPENINGS, ids=[r[0] for r in OPENINGS])
def test_the_totals_the_results_paragraph_opens_with(field, text, studies, participants):
    drafted = facts(text)
    assert drafted.studies is not None and drafted.studies.value == studies, drafted.studies
    assert drafted.participants is not None and drafted.participants.value == participants, drafted.participants


NOT_TOTALS = [
    # a later sentence's count of trials for one comparison is no total
    ("smoking cessation", "Varenicline increased quit rates. Three trials involving 900 smokers compared varenicline with "
     "bupropion (RR 1.30, 95% CI 1.05 to 1.61)."),
    # an opening that counts trials for an estimate is one comparison's, not the review's
    ("renal", "Two trials with 120 participants reported dialysis (RR 0.70, 95% CI 0.40 to 1.22). Evidence was sparse."),
]


@pytest.mark.parametrize("field, text", NOT_TOTALS, ids=[r[0] for r in NOT_TOTALS])
def test_a_comparisons_count_of_trials_is_no_total(field, text):
    drafted = facts(text)
    assert drafted.studies is None, drafted.studies


def test_trials_that_each_compare_a_pair_give_no_total():
    drafted = facts("Five RCTs compared observation with chemotherapy after surgery. Four trials compared chemotherapy with "
                    "radiotherapy. Survival was longer with chemotherapy (RR 0.88, 95% CI 0.79 to 0.99).")
    assert drafted.studies is None, drafted.studies


def test_the_second_group_of_a_summed_total_stays_a_count():
    drafted = facts("Eight trials that recruited 1470 adults and 470 children met the entry criteria. Admission was not reduced "
                    "(RR 0.86, 95% CI 0.60 to 1.23).")
    assert drafted.participants.value == 1940
    assert any(f.role == "count" and f.value == 470 for f in drafted.facts), [(f.role, f.value) for f in drafted.facts]


ESTIMATES = [
    ("gynaecological oncology", "Pooled data from 2000 women show a survival advantage from adjuvant chemotherapy (RR (95% CI) = 0.86 "
     "(0.77 to 0.97)).", "risk-ratio", 0.86, (0.77, 0.97)),
    ("infectious disease", "Fewer children on zinc had diarrhoea (OR (95% CI): 0.71 (0.55 to 0.92)).", "odds-ratio", 0.71, (0.55, 0.92)),
    ("obstetrics", "Mean blood loss was lower in women who received the drug (mean difference MD - 65.20 mL, 95% CI -80.10, "
     "-50.30, four trials, 1000 women).", "mean-difference", -65.20, (-80.10, -50.30)),
]


@pytest.mark.parametrize("field, text, measure, value, ci", ESTIMATES, ids=[r[0] for r in ESTIMATES])
def test_older_forms_of_an_estimate(field, text, measure, value, ci):
    drafted = facts(text)
    found = [(f.measure, round(f.value, 2), f.ci) for f in drafted.facts if f.role != "count"]
    assert (measure, value, ci) in found, found


def test_a_spaced_hyphen_between_words_is_no_minus():
    drafted = facts("The difference - 12 points on the scale - was small (MD 12, 95% CI 5 to 19).")
    assert [f.value for f in drafted.facts if f.measure == "mean-difference"] == [12], [(f.measure, f.value) for f in drafted.facts]


SURVIVAL = [
    ("gynaecological oncology", "Pooled data from 2000 women show a significant overall survival advantage from adjuvant chemotherapy "
     "(RR (95% CI) = 0.86 (0.77 to 0.97)).", 0.86, "overall survival"),
    ("haematology", "There was a progression-free survival benefit with maintenance rituximab (HR 0.61, 95% CI 0.52 to 0.72; "
     "4 trials, 1400 participants).", 0.61, "progression-free survival"),
]


@pytest.mark.parametrize("field, text, value, outcome", SURVIVAL, ids=[r[0] for r in SURVIVAL])
def test_a_survival_advantage_names_survival(field, text, value, outcome):
    found = [f for f in facts(text).facts if f.role != "count" and round(f.value, 2) == value]
    assert found and found[0].outcome == outcome, [(f.value, f.outcome) for f in facts(text).facts]


def test_the_people_of_the_parts_the_studies_split_into_add_up():
    drafted = facts("We identified 9 studies: 5 compared short with long infusions (640 participants), and 4 compared low with high "
                    "doses (2100 participants). Heart failure was less frequent with short infusions (RR 0.40, 95% CI 0.20 to 0.80).")
    assert (drafted.studies.value, drafted.participants.value) == (9, 2740)


def test_parts_that_do_not_add_up_to_the_studies_are_no_total():
    drafted = facts("We included 12 trials (3000 participants): 5 compared nicotine patches with placebo (900 participants), and 4 "
                    "compared gum with placebo (1200 participants). Quitting was more likely with patches (RR 1.50, 95% CI 1.20 to 1.90).")
    assert (drafted.studies.value, drafted.participants.value) == (12, 3000)


def test_each_parts_people_stay_a_count():
    drafted = facts("We identified 9 studies: 5 compared short with long infusions (640 participants), and 4 compared low with high "
                    "doses (2100 participants). Heart failure was less frequent with short infusions (RR 0.40, 95% CI 0.20 to 0.80).")
    assert {640, 2100} <= {f.value for f in drafted.facts if f.role == "count"}, [(f.role, f.value) for f in drafted.facts]
