"""Round 22 of issue 15: an abstract whose sentences name no arm in any form the arm patterns read takes, as every
finding's arm, the phrase the abstract keeps repeating (in three sentences or more) that is set against another arm
or given, used or tested somewhere ("versus", "effects of", "was compared with", "are not more effective than"),
never a study word (trials, evidence, risk of bias), a drafted outcome's words, or a phrase that follows "less" /
"more" (an outcome). Every such finding is flagged for checking. Every abstract here was written for this test
(made-up figures) in the style of the results paragraphs of Cochrane reviews, which often have no title or objectives.
"""

from __future__ import annotations

import pytest

from laylint.draft import to_yaml
from laylint.draft.sections import layout
from laylint.draft.textnorm import normalise
from laylint.draft.vocabulary import repeated_intervention
from test_draft_patterns import facts, words
from lint_support import bench_module

REPEATED = "repeats most"


def _effect(drafted, value: float):
    found = [f for f in drafted.facts if f.role == "effect" and round(f.value, 4) == value]
    assert found, f"no estimate {value} drafted"
    return found[0]


REPEATED_ARMS = [
    ("renal", "Nine randomised trials with 1,240 participants on haemodialysis were included. Most trials were small. "
     "Trials of home haemodialysis versus in-centre care reported mortality at one year (RR 0.82, 95% CI 0.61 to 1.10; "
     "5 trials, 860 participants; low-certainty evidence). Hospital admissions were similar (RR 0.95, 95% CI 0.80 to "
     "1.13; 4 trials, 700 participants). Three trials trained carers to run home haemodialysis. We are uncertain "
     "whether home haemodialysis improves survival.", 0.82, "home haemodialysis"),
    ("mental health", "We found 14 studies involving 2,900 adults. Rates of relapse at 12 months were lower (RR 0.71, "
     "95% CI 0.58 to 0.87; 8 studies, 1,500 participants; moderate-certainty evidence). The effects of peer support "
     "groups on hospital admission were unclear, and peer support groups were compared with usual care in most "
     "studies. Two studies ran peer support groups online. Peer support groups may reduce relapse.", 0.71, "peer support groups"),
    ("smoking cessation", "We included 10 trials with 5,200 smokers. Abstinence at six months was higher (RR 1.42, "
     "95% CI 1.18 to 1.71; 8 trials, 4,300 participants; moderate-certainty evidence). Text message support was "
     "delivered for 6 to 12 weeks. Printed leaflets were the control in most trials. No trial reported harms of text "
     "message support. The effects of text message support in young smokers are unclear.", 1.42, "text message support"),
    ("cardiology", "Twelve RCTs (6,800 people with heart failure) met the inclusion criteria. All-cause mortality: "
     "RR 0.84, 95% CI 0.72 to 0.98; 10 trials, 6,100 participants; moderate-certainty evidence. Heart failure "
     "admissions: RR 0.79, 95% CI 0.67 to 0.93; 9 trials, 5,500 participants. Remote monitoring was run by nurses in "
     "most trials. The use of remote monitoring varied between countries. Adherence to remote monitoring was high.",
     0.79, "remote monitoring"),
    ("infectious disease", "We included 8 cluster trials (31,000 children). Anaemia: RR 0.93, 95% CI 0.85 to 1.02; "
     "5 trials, 12,000 children; low-certainty evidence. There was no change in school attendance (MD 1.2 days, 95% CI -0.8 "
     "to 3.2; 3 trials, 9,000 children). School-based deworming was given twice a year in six trials. Benefits of "
     "school-based deworming on growth were small. School-based deworming is cheap.", 0.93, "school-based deworming"),
]


@pytest.mark.parametrize("field,text,value,drug", REPEATED_ARMS, ids=[c[0] for c in REPEATED_ARMS])
def test_the_repeated_phrase_is_the_arm_when_no_sentence_names_one(field, text, value, drug):
    drafted = facts(text)
    effect = _effect(drafted, value)
    assert effect.drug and words(effect.drug) <= words(drug) and len(words(effect.drug)) >= 2, effect.drug
    assert any(REPEATED in u for u in effect.uncertain), effect.uncertain  # flagged for checking
    assert effect.comparator is None  # the other arm is not guessed


@pytest.mark.parametrize("field,text,value,drug", REPEATED_ARMS[:2], ids=[c[0] for c in REPEATED_ARMS[:2]])
def test_the_counts_of_the_findings_follow_the_repeated_arm_and_the_yaml_says_check_it(field, text, value, drug):
    drafted = facts(text)
    counts = [f for f in drafted.facts if f.role == "count"]
    assert counts and all(f.drug == _effect(drafted, value).drug for f in counts)
    assert "CHECK: arm read from the phrase the abstract repeats most" in to_yaml(drafted)


NO_ARM = [
    ("paediatrics, the population is repeated", "We included 11 trials with 3,400 preterm infants. In preterm "
     "infants, mortality was similar (RR 0.93, 95% CI 0.78 to 1.11; 9 trials, 3,000 infants). Bronchopulmonary "
     "dysplasia in preterm infants was less common (RR 0.84, 95% CI 0.72 to 0.98; 8 trials, 2,700 infants). More "
     "research in preterm infants is needed.", 0.93),
    ("oncology, nothing repeated in three sentences", "We included 5 trials (1,900 women). Overall survival did not "
     "differ (HR 0.97, 95% CI 0.84 to 1.12; 5 trials, 1,900 women; high-certainty evidence). Quality of life favoured "
     "the shorter schedule in two trials. The effects of the shorter schedule on recurrence were unclear. Fatigue was "
     "less common (RR 0.80, 95% CI 0.66 to "
     "0.97; 3 trials, 1,100 women).", 0.97),
    ("diabetes, an outcome after a comparative", "We included 6 trials (880 adults with type 2 diabetes). There was "
     "less weight gain compared to other regimens (MD -1.9, 95% CI -2.8 to -1.0; 4 trials, 520 participants). "
     "Weight gain was measured at six months in most trials. Weight gain varied between trials (HbA1c: MD -0.3%, "
     "95% CI -0.5 to -0.1; 5 trials, 700 participants).", -0.3),
    ("study words only", "We included 16 studies (2,300 participants). Most studies had a high risk of bias. Risk of "
     "bias was high for blinding in all studies. Length of stay: MD -1.1 days, 95% CI -1.9 to -0.3; 6 studies, 800 "
     "participants; low-certainty evidence. Given the high risk of bias, the evidence is uncertain.", -1.1),
]


@pytest.mark.parametrize("field,text,value", NO_ARM, ids=[c[0] for c in NO_ARM])
def test_no_arm_is_guessed_from_a_population_an_outcome_or_study_words(field, text, value):
    effect = _effect(facts(text), value)
    assert effect.drug is None, effect.drug
    assert not any(REPEATED in u for u in effect.uncertain)


READ_ARMS = [
    ("paediatrics", "We included 7 RCTs with 1,100 infants. Slower advancement of feeds was compared with faster "
     "advancement of feeds in all trials. Necrotising enterocolitis: RR 1.05, 95% CI 0.80 to 1.37; 7 trials, 1,100 "
     "infants; moderate-certainty evidence. Death before discharge: RR 1.10, 95% CI 0.85 to 1.42; 6 trials, 1,020 "
     "infants. Slower advancement of feeds delayed full enteral feeding.", 1.05, "slower advancement of feeds"),
    ("smoking cessation", "We included 9 trials (3,900 smokers). Cytisine increased abstinence compared with placebo "
     "(RR 1.74, 95% CI 1.38 to 2.19; 5 trials, 2,100 participants). Text message reminders were sent in three trials. "
     "Text message reminders were also used by controls. Text message reminders did not differ.", 1.74, "cytisine"),
]


@pytest.mark.parametrize("field,text,value,drug", READ_ARMS, ids=[c[0] for c in READ_ARMS])
def test_an_arm_the_patterns_read_is_kept(field, text, value, drug):
    effect = _effect(facts(text), value)
    assert effect.drug and words(drug) <= words(effect.drug), effect.drug
    assert not any(REPEATED in u for u in effect.uncertain)


def _sentences(text: str):
    return layout(normalise(text)).sentences


def test_the_longer_phrase_wins_when_it_is_in_all_but_one_of_the_sentences():
    text = ("Later school start times were studied in 11 studies. Three studies compared later school start times "
            "with earlier ones. Later school starts were popular. We are uncertain about later school start times. "
            "Later school start times vary by country.")
    assert repeated_intervention([], _sentences(text)) == "later school start times"


def test_a_drafted_outcome_is_never_the_arm():
    text = ("The effects of exercise training on blood pressure were small. Blood pressure was compared with baseline. "
            "Blood pressure fell in two trials. Blood pressure was measured at home. Exercise training was compared "
            "with usual care. Most trials used exercise training at home.")
    assert repeated_intervention([], _sentences(text)) == "blood pressure"  # the most repeated, when nothing says
    outcome = type("Drafted", (), {"outcome": "systolic blood pressure"})()
    assert repeated_intervention([outcome], _sentences(text)) == "exercise training"


def _draft_eval():
    return bench_module("draft_eval")


# (drafted name, its drafted aliases, gold name, the gold names of that kind with their aliases, right for a reviewer)
PHRASE_RULE = [
    ("cardiology, a time point added", "all-cause mortality at one year", [], "mortality",
     {"mortality": ["death"], "heart failure admission": []}, True),
    ("oncology, the gold holds the drafted name", "survival", [], "overall survival",
     {"overall survival": ["OS"], "progression-free survival": ["PFS"]}, False),  # held by both survivals
    ("infectious disease, an abbreviation in the drafted aliases", "CAP", ["community-acquired pneumonia"],
     "community-acquired pneumonia", {"community-acquired pneumonia": []}, True),
    ("paediatrics, one name for both arms", "packed red blood cells", [], "older red blood cells",
     {"older red blood cells": [], "fresh red blood cells": []}, False),
    ("renal, two outcomes in one name", "death or dialysis", [], "death",
     {"death": [], "dialysis": []}, False),
    ("smoking cessation, a gold alias inside the drafted name", "biochemically verified abstinence at six months", [],
     "smoking cessation", {"smoking cessation": ["abstinence", "quit rates"]}, True),
    ("mental health, another outcome", "anxiety", [], "depression", {"depression": [], "anxiety": []}, False),
    ("no drafted name", None, [], "depression", {"depression": []}, False),
    ("no gold name, none drafted", None, [], None, {"depression": []}, True),
]


@pytest.mark.parametrize("field,drafted,aliases,gold,table,right", PHRASE_RULE, ids=[c[0] for c in PHRASE_RULE])
def test_the_whole_phrase_scorer_reads_a_name_as_a_reviewer_would(field, drafted, aliases, gold, table, right):
    drafted_table = {drafted: aliases} if drafted else {}
    assert _draft_eval().phrase_right(drafted, drafted_table, gold, table) is right
