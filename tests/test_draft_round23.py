"""Round 23 of issue 15: recent full Cochrane abstracts. Counts of none said in words ("No studies reported
quality of life", "We did not find any trials that compared X with Y", "No deaths occurred in either group")
are `count` findings of value 0. Every sentence here was written for this test (made-up figures), in the style
of real abstracts, across fields."""

from __future__ import annotations

import pytest

from test_draft_patterns import facts, find, words


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
