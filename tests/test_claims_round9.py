"""Claims round 9 (issue 14): figures put on the wrong arm (seen fresh6 false alarms), in sentences
written for these tests across fields (made-up studies and numbers); each quiet row has a loud row in
the same shape.

- "Hand washing helps. Out of 1000 people who did not wash, 380 got ill": the drug of the sentence before
  is carried over only as a guess, so a figure that is exactly the other arm's risk for the same
  outcome (the control group's) is that arm's figure, not a wrong pair;
- "bringing the total number of RCTs to 78": a number after "the number of <studies> to/was" counts the
  studies (checked against the review's total), not a bare number for the drug of the clause before;
- "three of four studies favouring the intervention": the words after the whole describe the part (the
  three), so the whole is checked as a count of studies, not against the count of those favouring it.
"""

from __future__ import annotations

import pytest

from lint_support import claim_rules_at

STUDIES = {
    "hands": {  # hand hygiene against respiratory illness (infectious disease)
        "design": "meta-analysis", "studies": 19, "participants": 52000,
        "drugs": {"hand hygiene": ["hand washing", "washing hands"], "control": ["no hand hygiene"]},
        "outcomes": {"respiratory illness": ["colds"]},
        "findings": [
            {"drug": "hand hygiene", "comparator": "control", "outcome": "respiratory illness", "measure": "risk-ratio",
             "value": 0.86, "ci": [0.81, 0.9]},
            {"drug": "control", "outcome": "respiratory illness", "measure": "risk", "value": "38%"},
            {"drug": "hand hygiene", "outcome": "respiratory illness", "measure": "risk", "value": "32.7%"}]},
    "quit": {  # nicotine patches to stop smoking (smoking cessation)
        "design": "meta-analysis", "studies": 30, "participants": 9000,
        "drugs": {"nicotine patches": ["patches"], "placebo": ["dummy patches"]},
        "outcomes": {"quitting": ["quit", "stopped smoking"]},
        "findings": [
            {"drug": "nicotine patches", "comparator": "placebo", "outcome": "quitting", "measure": "risk-ratio",
             "value": 1.6, "ci": [1.5, 1.7]},
            {"drug": "placebo", "outcome": "quitting", "measure": "risk", "value": "10%"},
            {"drug": "nicotine patches", "outcome": "quitting", "measure": "risk", "value": "16%"}]},
    "kidney": {  # exercise for people on dialysis (renal)
        "design": "meta-analysis", "studies": 41, "participants": 2200,
        "drugs": {"exercise": ["training"], "diet advice": []}, "outcomes": {"fatigue": []},
        "findings": [{"measure": "count", "value": 7, "population": "new trials in this update"}]},
    "teens": {  # school programmes for depression in teenagers (mental health)
        "design": "meta-analysis", "studies": 23, "participants": 11000,
        "drugs": {"school programmes": ["classes"], "usual teaching": []}, "outcomes": {"depression": []},
        "findings": []},
    "school": {  # tutoring for children with a chronic illness (paediatrics): vote counts
        "design": "systematic-review", "studies": 4, "participants": 360,
        "drugs": {"tutoring": ["education support"]}, "outcomes": {"school attendance": ["attendance"]},
        "findings": [
            {"drug": "tutoring", "outcome": "school attendance", "measure": "count", "value": 3,
             "population": "studies favouring the intervention (of four)"},
            {"drug": "tutoring", "outcome": "school attendance", "measure": "count", "value": 4,
             "population": "studies measuring attendance"}]},
    "chemo": {  # exercise during chemotherapy (oncology): vote counts
        "design": "systematic-review", "studies": 6, "participants": 500,
        "drugs": {"exercise": ["walking programmes"]}, "outcomes": {"tiredness": ["fatigue"]},
        "findings": [
            {"drug": "exercise", "outcome": "tiredness", "measure": "count", "value": 2,
             "population": "studies showing less tiredness (of six)"}]},
}

CASES = [
    # 1. a carried drug, and the figure is the other arm's risk for the same outcome
    ("hands", "Washing hands probably reduces colds slightly. Out of 1000 people who did not wash their hands, "
              "380 might get a cold.", "380", 1, False),
    ("hands", "Washing hands probably reduces colds slightly. Out of 1000 people who did not wash their hands, "
              "450 might get a cold.", "450", 1, True),
    ("quit", "Nicotine patches help people quit. Among smokers given dummy patches, 10% stopped smoking.",
     "10%", 1, False),
    ("quit", "Nicotine patches help people quit. Among smokers given nothing, about 10% stopped smoking.",
     "10%", 1, False),
    ("quit", "Nicotine patches help people quit. Among smokers given nothing, about 13% stopped smoking.",
     "13%", 1, True),
    # 2. "the number of studies ... to N": a count of studies after its noun
    ("kidney", "We looked at exercise and diet advice. We added 7 new trials, bringing the total number of trials "
               "to 41.", "41", 1, False),
    ("kidney", "We looked at exercise and diet advice. We added 7 new trials, bringing the total number of trials "
               "to 44.", "44", 1, True),
    ("teens", "Teachers ran the classes. The number of included studies was 23, with 11,000 pupils.", "23", 1, False),
    ("teens", "Teachers ran the classes. The number of included studies was 32, with 11,000 pupils.", "32", 1, True),
    # 3. the whole of "three of four studies favouring ...": the words after it describe the part
    ("school", "There was evidence that tutoring improved attendance, with three of four studies favouring the "
               "intervention.", "four", 1, False),
    ("school", "There was evidence that tutoring improved attendance, with three of seven studies favouring the "
               "intervention.", "seven", 1, True),
    ("school", "There was evidence that tutoring improved attendance, with five studies favouring the "
               "intervention.", "five", 1, True),
    ("chemo", "Walking programmes may reduce fatigue: two of six studies showed less tiredness.", "six", 1, False),
    ("chemo", "Walking programmes may reduce fatigue: two of nine studies showed less tiredness.", "nine", 1, True),
]


def _flags(study: str, text: str, figure: str, occurrence: int) -> list[str]:
    return claim_rules_at(text, STUDIES[study], figure, occurrence)


@pytest.mark.parametrize("study, text, figure, occurrence, flagged", CASES)
def test_round9_false_alarms(study, text, figure, occurrence, flagged):
    assert bool(_flags(study, text, figure, occurrence)) == flagged, _flags(study, text, figure, occurrence)
