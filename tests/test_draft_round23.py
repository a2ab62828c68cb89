"""Round 23 of issue 15: recent full Cochrane abstracts. Counts of none said in words ("No studies reported
quality of life", "We did not find any trials that compared X with Y", "No deaths occurred in either group")
are `count` findings of value 0. Every sentence here was written for this test (made-up figures), in the style
of real abstracts, across fields."""

from __future__ import annotations

import pytest

from test_draft_patterns import facts, find, words
from lint_support import bench_module


def zero_counts(drafted) -> list:
    return [f for f in drafted.facts if f.role == "count" and f.value == 0]


# a count of none: (field, text, what the population must hold)
NONE_SAID = [
    ("cardiology", "We included 14 trials (3200 participants). No studies reported health-related quality of life.",
     {"studies", "quality", "life"}),
    ("oncology", "We included nine RCTs (2100 participants). None of the included studies assessed financial toxicity.",
     {"studies", "financial", "toxicity"}),
    ("infectious disease", "We included 11 trials (4000 participants). We did not find any trials that compared a five-day course "
     "with a ten-day course.", {"trials", "five", "ten"}),
    ("mental health", "We included 13 studies (911 participants). No RCTs measured suicidal ideation in adolescents.",
     {"rcts", "suicidal", "ideation"}),
    ("paediatrics", "We included six trials (540 infants). Neither study reported necrotising enterocolitis, so we are uncertain.",
     {"studies", "necrotising", "enterocolitis"}),
    ("smoking cessation", "We included 21 trials (8800 smokers). No trials evaluating e-cigarettes in pregnancy were eligible.",
     {"trials", "cigarettes", "pregnancy"}),
    ("renal", "We included eight studies (739 participants). No deaths occurred in either group during dialysis.", {"deaths"}),
    ("obstetrics", "We included six studies (4371 participants). Antibiotics may increase allergy (RR 3.01, 95% CI 0.12 to 73.76; "
     "1 study, 3404 participants); the study reported no cases of anaphylaxis (very low-certainty evidence).", {"anaphylaxis"}),
    ("palliative care", "We included 6 RCTs (149 participants). No treatment-related serious adverse events or adverse events "
     "grade 3/4 were reported.", {"serious", "adverse", "events"}),
]


@pytest.mark.parametrize("field, text, population", NONE_SAID, ids=[r[0] for r in NONE_SAID])
def test_a_count_of_none_said_in_words_is_a_zero_count(field, text, population):
    zeros = zero_counts(facts(text))
    assert len(zeros) == 1, zeros
    assert population <= words(zeros[0].population), zeros[0].population


# "no" that counts nothing: a difference, an effect, data, a bare "0 studies"
NOT_NONE = [
    ("cardiology", "We included 14 trials (3200 participants). There were no differences in deaths between the groups "
     "(RR 0.98, 95% CI 0.80 to 1.20; 10 trials, 2900 participants)."),
    ("oncology", "We included nine RCTs (2100 participants). Surgery had no effect on events of recurrence (HR 0.95, 95% CI 0.80 "
     "to 1.13; 4 studies, 1200 participants)."),
    ("renal", "We included eight studies (739 participants). Trials with no events were excluded from the meta-analysis of "
     "peritonitis (RR 0.70, 95% CI 0.50 to 0.98; 5 studies, 400 participants)."),
    ("mental health", "We included 13 studies (911 participants). There were no other events of note, and no data on relapse."),
    ("paediatrics", "We included six trials (540 infants). 0 studies were at low risk of bias."),
]


@pytest.mark.parametrize("field, text", NOT_NONE, ids=[r[0] for r in NOT_NONE])
def test_no_that_counts_nothing_is_no_zero_count(field, text):
    assert zero_counts(facts(text)) == []


def test_a_zero_count_keeps_the_comparison_it_is_said_under():
    drafted = facts("We included 12 trials (1500 participants). Twelve trials compared varenicline with placebo. Varenicline "
                    "increased quit rates compared with placebo (RR 2.24, 95% CI 2.06 to 2.43; 12 trials, 1500 participants). "
                    "No trials reported weight gain for this comparison.")
    zeros = zero_counts(drafted)
    assert len(zeros) == 1 and zeros[0].drug == "varenicline", zeros


# a name holding a long form the abstract abbreviates also gets the abbreviated name as an alias
SHORT_FORMS = [
    ("smoking cessation", "We included 20 trials (9000 smokers) of nicotine replacement therapy (NRT). Combination nicotine "
     "replacement therapy increased quit rates compared with single-form NRT (RR 1.25, 95% CI 1.15 to 1.36; 14 trials, "
     "11,356 participants).", 1.25, "combination nicotine replacement therapy", "combination NRT"),
    ("renal", "We included 9 trials (700 participants) of peritoneal dialysis (PD). Automated peritoneal dialysis may reduce "
     "peritonitis compared with continuous ambulatory PD (RR 0.75, 95% CI 0.60 to 0.94; 5 trials, 420 participants).", 0.75,
     "automated peritoneal dialysis", "automated PD"),
    ("cardiology", "We included 24 trials (3046 participants) of cardiac rehabilitation (CR). Compared with centre-based CR, "
     "home-based cardiac rehabilitation may make little or no difference to mortality (RR 1.19, 95% CI 0.65 to 2.16; 4 trials, 340 "
     "participants).", 1.19, "home-based cardiac rehabilitation", "home-based CR"),
]


@pytest.mark.parametrize("field, text, value, name, short", SHORT_FORMS, ids=[r[0] for r in SHORT_FORMS])
def test_a_name_holding_an_abbreviated_long_form_gets_the_short_name(field, text, value, name, short):
    drafted = facts(text)
    found = find(drafted, value=value)
    assert words(found["drug"]) == words(name), found
    aliases = {a.lower() for a in drafted.drugs[found["drug"]]}
    assert short.lower() in aliases, aliases


def test_a_one_word_long_form_is_not_abbreviated_inside_names():
    drafted = facts("We included 10 trials (800 participants) of exercise (EX). Supervised exercise improved walking distance "
                    "compared with usual care (MD 120 m, 95% CI 50 to 190; 6 trials, 400 participants).")
    found = find(drafted, value=120)
    assert "Supervised EX" not in drafted.drugs[found["drug"]]


def counts(drafted) -> list[tuple[float, str]]:
    return [(f.value, f.population) for f in drafted.facts if f.role == "count"]


# counts of some of the studies: (field, text, value, words the population must hold)
PART_COUNTS = [
    ("mental health", "We included 113 RCTs (32,992 participants). Nineteen RCTs were conducted in low-income countries, 27 in "
     "middle-income countries and 7 in mixed settings.", 7, {"rcts", "mixed", "settings"}),
    ("paediatrics", "We included 13 RCTs (7917 participants). Nine RCTs were conducted on children, and four on adults.", 4,
     {"rcts", "adults"}),
    ("infectious disease", "We included 25 trials (5750 participants). Twenty-two of the 25 trials investigated favipiravir "
     "compared to placebo.", 22, {"trials", "25"}),
    ("oncology", "We included 68 studies (6405 participants). Of these, 48 had results reported in enough detail for "
     "meta-analysis.", 48, {"studies", "results"}),
    ("cardiology", "We included 8 studies (8205 participants). Only six out of the eight included studies could be pooled.", 6,
     {"studies", "eight"}),
    ("renal", "We included 96 studies (20,584 participants) conducted in 34 countries; 87 of them in low- or middle-income "
     "countries.", 87, {"studies", "income"}),
    ("obstetrics", "We included 18 studies (4590 women). Techniques differed between the studies: seven used combined spinal "
     "epidural, 10 used epidural, and one used dural puncture epidural.", 10, {"studies", "epidural"}),
    ("smoking cessation", "We included 42 studies (4571 participants). Twenty-two studies were published as full-text "
     "articles, and 20 were published as abstracts.", 20, {"studies", "abstracts"}),
]


@pytest.mark.parametrize("field, text, value, population", PART_COUNTS, ids=[r[0] for r in PART_COUNTS])
def test_a_count_of_some_of_the_studies_is_a_count_of_studies(field, text, value, population):
    found = [p for v, p in counts(facts(text)) if v == value]
    assert len(found) == 1, counts(facts(text))
    assert population <= words(found[0]), found


def test_none_of_the_people_counts_them_and_no_one():
    drafted = facts("We included 4 RCTs (275 participants). One study reported that none of the 38 participants "
                    "experienced retinal detachment.")
    assert (38, "participants") in counts(drafted)
    assert any(v == 0 and {"retinal", "detachment"} <= words(p) for v, p in counts(drafted)), counts(drafted)


def test_a_number_that_is_no_part_count_stays_out():
    drafted = facts("We included 12 trials (1500 participants). Nine trials were conducted in Europe, with follow-up of "
                    "12 to 24 months in most.")
    assert [v for v, _ in counts(drafted)] == [9], counts(drafted)


# the document's GRADE level from statements the results make in other words; methodological quality is no GRADE level
CERTAINTY_SAID = [
    ("paediatrics", "We included 4 studies (359 children). Education support may improve school engagement (SMD 0.18, 95% CI "
     "-0.46 to 0.96; 1 study, 40 children). The overall certainty of evidence for these three outcomes was judged to be "
     "'very low'.", "very-low"),
    ("cardiology", "We included 18 studies (2550 limbs). The toe-brachial index had a sensitivity of 64% (95% CI 55% to 73%). "
     "The certainty of evidence according to GRADE for most studies was very low.", "very-low"),
    ("renal", "We included 10 trials (900 participants). Sevelamer may reduce death compared with calcium (RR 0.54, 95% CI "
     "0.32 to 0.90; 4 trials, 500 participants). The certainty of the evidence was rated as low.", "low"),
]


@pytest.mark.parametrize("field, text, level", CERTAINTY_SAID, ids=[r[0] for r in CERTAINTY_SAID])
def test_a_grade_level_said_in_other_words_is_read(field, text, level):
    assert facts(text).certainty == level


METHODOLOGICAL = [
    ("mental health", "We included 20 trials (1811 participants). Overall, study methodological quality was low. Counselling "
     "reduced depression scores (SMD -0.30, 95% CI -0.50 to -0.10; 6 trials, 700 participants)."),
    ("oncology", "We included 7 studies (960 participants). Studies were generally of low methodological quality, and the "
     "reporting quality was moderate. Exercise improved fatigue (SMD -0.25, 95% CI -0.45 to -0.05; 5 studies, 600 participants)."),
]


@pytest.mark.parametrize("field, text", METHODOLOGICAL, ids=[r[0] for r in METHODOLOGICAL])
def test_methodological_quality_is_no_grade_level(field, text):
    drafted = facts(text)
    assert drafted.certainty is None
    assert all(f.certainty is None for f in drafted.facts), [f.certainty for f in drafted.facts]


def _draft_eval():
    return bench_module("draft_eval")


# the whole-phrase scorer: a drafted form that is exactly one of the gold name's own forms, and no other's, is right
EXACT_FORM = [
    ("urology, the short name among the aliases", "pelvic floor muscle training with resistance device",
     ["PFMT with resistance device"], "PFMT with resistance device",
     {"direct PFMT": ["pelvic floor muscle training"], "PFMT with resistance device": []}, True),
    ("renal, the drafted name is another arm", "placebo", ["usual care"], "usual care", {"usual care": [], "placebo": []},
     False),
    ("cardiology, no exact form and a sibling's alias inside", "home-based cardiac rehabilitation", [], "home-based CR",
     {"home-based CR": ["home-based rehabilitation"], "centre-based CR": ["cardiac rehabilitation"]}, False),
]


@pytest.mark.parametrize("field,drafted,aliases,gold,table,right", EXACT_FORM, ids=[c[0] for c in EXACT_FORM])
def test_an_exact_form_of_the_gold_name_is_right_for_the_whole_phrase_scorer(field, drafted, aliases, gold, table, right):
    assert _draft_eval().phrase_right(drafted, {drafted: aliases}, gold, table) is right


# the relative reduction stated just before its ratio, when the two agree
REDUCTIONS = [
    ("surgery", "We included 21 trials (5264 participants). Seventeen trials compared antibiotics with no antibiotics. Wound "
     "infection could be reduced through antibiotics by 44% (RR 0.56, 95% CI 0.42 to 0.74; 16 studies, 3917 participants).",
     0.56, 44),
    ("infectious disease", "We included 78 trials (61,000 participants). Comparing hand washing with no intervention, there "
     "was a 14% relative reduction in the number of people with colds (RR 0.86, 95% CI 0.81 to 0.90; 9 trials, 2105 "
     "participants).", 0.86, 14),
    ("cardiology", "We included 12 trials (8000 participants). Statins reduced major vascular events compared with placebo, "
     "resulting in a 25% reduction in the risk of stroke (RR 0.75, 95% CI 0.65 to 0.87; 8 trials, 6200 participants).",
     0.75, 25),
]


@pytest.mark.parametrize("field, text, ratio, percent", REDUCTIONS, ids=[r[0] for r in REDUCTIONS])
def test_a_relative_reduction_stated_with_its_ratio_is_a_finding_of_the_same_pair(field, text, ratio, percent):
    drafted = facts(text)
    ratio_fact = find(drafted, value=ratio)
    reduction = find(drafted, value=percent, measure="relative-reduction", percent=True)
    for key in ("drug", "comparator", "outcome"):
        assert reduction[key] == ratio_fact[key], (reduction, ratio_fact)
    assert not [f for f in drafted.facts if f.percent and f.value == percent and f.measure != "relative-reduction"]


def test_a_percentage_that_disagrees_with_the_ratio_is_no_relative_reduction():
    drafted = facts("We included 10 trials (3000 participants). Asthma attacks were reduced in 30% of children given the "
                    "inhaler (RR 0.86, 95% CI 0.75 to 0.98; 6 trials, 1800 participants).")
    assert not [f for f in drafted.facts if f.measure == "relative-reduction"]
