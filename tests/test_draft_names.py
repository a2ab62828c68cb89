"""Percentages that are part of a name (strengths of preparations) and names that keep them: sentences
written for this test in the style of dental, dermatology and anaesthesia abstracts."""

from __future__ import annotations

import pytest

from laylint.draft import draft
from laylint.draft.arms import is_concentration

CONCENTRATIONS = [
    "Children brushed with 0.05% fluoride varnish twice a year.",
    "Gingivitis improved more with 0.12% chlorhexidine mouthwash than with placebo.",
    "Eczema cleared with tacrolimus 0.03% ointment in most children.",
    "Pain on injection was lower with 1% lidocaine.",
    "Patients received hydrocortisone 1% cream or emollient alone.",
]


@pytest.mark.parametrize("sentence", CONCENTRATIONS)
def test_a_strength_is_not_a_share_of_people(sentence):
    at = sentence.index("%")
    start = at - len(sentence[:at].split()[-1])
    assert is_concentration(sentence, start, at + 1)


SHARES = [
    "Caries occurred in 12% of children given fluoride varnish.",
    "Bleeding was reported by 26.1% vs 19.3% of participants.",
    "Vaccine efficacy was 73.1% against severe disease.",
    "A 40% decline in kidney function occurred in 8% of the valsartan group.",
]


@pytest.mark.parametrize("sentence", SHARES)
def test_a_share_of_people_is_not_a_strength(sentence):
    at = [i for i, c in enumerate(sentence) if c == "%"][-1]
    start = at - len(sentence[:at].split()[-1])
    assert not is_concentration(sentence, start, at + 1)


def test_strengths_are_not_findings_and_stay_in_the_arm_name():
    drafted = draft("Chlorhexidine for ventilated patients\n\nMain results\nWe included 10 trials (2100 participants). "
                    "Tooth staining occurred in 12% of people given chlorhexidine 0.2% versus 3% with placebo.")
    values = sorted(f.value for f in drafted.facts if f.percent)
    assert values == [3, 12]
    assert "chlorhexidine 0.2%" in drafted.drugs
    assert next(f for f in drafted.facts if f.value == 12).drug == "chlorhexidine 0.2%"


def test_outcomes_get_a_plainer_alias_without_when_and_where():
    drafted = draft("Warming for surgery\n\nMain results\nWe included 7 trials (900 participants). Warming probably reduces "
                    "postoperative shivering compared with usual care (RR 0.40, 95% CI 0.25 to 0.64; moderate-certainty evidence). "
                    "Warming may make little or no difference to death in hospital (RR 0.90, 95% CI 0.50 to 1.62; low-certainty evidence).")
    assert "shivering" in drafted.outcomes["postoperative shivering"]
    assert "death" in drafted.outcomes["death in hospital"]


def test_a_group_count_followed_by_a_verb_is_not_named_after_the_verb():
    drafted = draft("Antiseptic wipes\n\nResults\nWe randomised 3090 patients. Skin irritation occurred in 58 of 1560 patients "
                    "(3.7%) given chlorhexidine and 9 of 1530 (0.6%) given placebo.")
    populations = {f.population for f in drafted.facts if f.measure == "count"}
    assert "given" not in populations and "given (denominator)" not in populations
