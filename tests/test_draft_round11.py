"""Round 11 of issue 15: no draft carries metadata validation's "proportion written as a fraction" hint.
A bare 0.67 with an interval inside 0..1 is an accuracy estimate (drafted 67% with a "derived" note), a
mean difference when a unit follows it, the sentence's labelled ratio when one comes before it, a hazard
ratio (CHECK) for a "time to" outcome, and left out when it is a likelihood ratio. Every abstract here
was written for this test (made-up figures), across fields."""

from __future__ import annotations

from pathlib import Path

import pytest

from laylint import metadata as metadatas
from laylint.draft import to_yaml
from test_draft_patterns import facts

HINT = "looks like a proportion written as a fraction"


def _effects(text):
    drafted = facts(text)
    return drafted, [f for f in drafted.facts if f.role != "count"]


def _hints(drafted):
    _, problems = metadatas.load_sidecar(Path("abstract.source.yaml"), to_yaml(drafted))
    return [p.message for p in problems if HINT in p.message]


ACCURACY = [
    ("ophthalmology", "Accuracy was moderate among the imaging parameters (sensitivity: 0.67, 0.55 to 0.77; specificity: "
     "0.94, 0.92 to 0.95).", [(67, (55, 77)), (94, (92, 95))]),
    ("oncology", "For nodal staging, the summary specificity (0.93, 95% CI 0.92 to 0.94) was high.", [(93, (92, 94))]),
    ("infectious disease", "The summary estimates for the rapid antigen test were 0.82 (95% CI 0.66 to 0.91) for sensitivity "
     "and 0.93 (95% CI 0.87 to 0.96) for specificity.", [(82, (66, 91)), (93, (87, 96))]),
    ("mental health", "The summary sensitivity and specificity of the screening questionnaire were 0.85 (95% CI 0.78 to 0.91) "
     "and 0.70 (95% CI 0.62 to 0.77) respectively.", [(85, (78, 91)), (70, (62, 77))]),
    ("paediatrics", "In children, pooled sensitivity of ultrasound was 0.63 (95% CI 0.46 to 0.77), as compared to 0.78 "
     "(95% CI 0.69 to 0.84) in adults.", [(63, (46, 77))]),  # 0.78 names no measure of its own: left out, no outcome
]


@pytest.mark.parametrize("field, text, wanted", ACCURACY, ids=[r[0] for r in ACCURACY])
def test_accuracy_fractions_are_drafted_as_percentages(field, text, wanted):
    drafted, effects = _effects(text)
    got = [(round(f.value), tuple(round(b) for b in f.ci)) for f in effects if f.percent]
    assert got == wanted, [(f.value, f.ci, f.measure) for f in effects]
    assert all(f.measure == "proportion" and any(n.startswith("derived") for n in f.notes) for f in effects if f.percent)
    assert {f.outcome for f in effects} <= {"sensitivity", "specificity"}
    assert _hints(drafted) == []


UNITS = [
    ("cardiology", "Dietary advice reduced total serum cholesterol by 0.15 mmol/L (95% CI 0.06 to 0.23) after a year.", 0.15),
    ("neurology", "Stride length may also benefit, with an average of 0.12 metres more (95% CI 0.04 to 0.20; 5 trials).", 0.12),
    ("renal", "Serum phosphate fell by 0.31 mmol/L (95% CI 0.18 to 0.44) with the binder.", 0.31),
]


@pytest.mark.parametrize("field, text, value", UNITS, ids=[r[0] for r in UNITS])
def test_a_value_with_a_unit_is_a_mean_difference(field, text, value):
    drafted, effects = _effects(text)
    fact = next(f for f in effects if abs(round(f.value, 2)) == value)  # ("reduced ... by 0.15" is -0.15 since round 13)
    assert fact.measure == "mean-difference" and not fact.percent
    assert _hints(drafted) == []


RATIOS = [
    ("neurosurgery", "With nimodipine, the RR was 0.75 (95% CI 0.57 to 1.00) for a poor outcome and 0.66 (95% CI 0.45 to "
     "0.96) for delayed ischaemia.", "risk-ratio", 0.66, False),
    ("epilepsy", "An advantage for lamotrigine was shown for time to 12-month remission: 0.84 (95% CI 0.71 to 0.99).",
     "hazard-ratio", 0.84, True),
]


@pytest.mark.parametrize("field, text, measure, value, check", RATIOS, ids=[r[0] for r in RATIOS])
def test_an_unlabelled_ratio_takes_the_measure_its_words_give(field, text, measure, value, check):
    drafted, effects = _effects(text)
    fact = next(f for f in effects if round(f.value, 2) == value)
    assert fact.measure == measure and not fact.percent
    assert bool(fact.uncertain) is True  # a CHECK says the measure was read, not written
    assert _hints(drafted) == []


def test_an_unlabelled_ratio_with_no_words_for_its_kind_keeps_no_measure():
    # smoking cessation: no label and no "time to": no measure is guessed
    drafted, effects = _effects("Quitting was more likely with counselling than with leaflets: 0.84 (95% CI 0.71 to 0.99).")
    assert all(f.measure is None for f in effects if round(f.value, 2) == 0.84)


def test_likelihood_ratios_are_left_out_with_a_note():
    text = ("The sensitivity of the urine dipstick was 91% (95% CI 86% to 94%), the positive likelihood ratio was 2.7 "
            "(95% CI 2.0 to 3.6) and the negative likelihood ratio was 0.14 (95% CI 0.09 to 0.22).")
    drafted, effects = _effects(text)
    assert not any(round(f.value, 2) == 0.14 for f in effects)
    assert any("likelihood ratio" in n for n in drafted.notes)
    assert _hints(drafted) == []


def test_a_ratio_label_far_before_its_value_is_taken_with_a_check():
    # paediatrics (breastfeeding support): the label and the value are split by the outcome's words
    drafted, effects = _effects("Support reduced stopping (average risk ratio (RR) for stopping any breastfeeding before six "
                                "months 0.89, 95% confidence interval (CI) 0.85 to 0.94).")
    fact = next(f for f in effects if round(f.value, 2) == 0.89)
    assert fact.measure == "risk-ratio" and fact.uncertain
    assert _hints(drafted) == []


def test_a_second_accuracy_figure_for_another_group_is_a_percentage_too():
    # infectious disease: "or" in the group's words is no odds ratio label
    drafted, effects = _effects("Specificity of the rapid test in children was 0.88 (95% CI 0.80 to 0.93) and in adults or "
                                "adolescents 0.95 (95% CI 0.92 to 0.97).")
    assert not any(f.ci and f.ci[1] < 1 and not f.percent for f in effects), [(f.value, f.ci) for f in effects]
    assert _hints(drafted) == []
