"""Claims round 8 (issue 14): false alarms of the seen fresh6 set, in sentences written for these
tests across fields (made-up studies and numbers); each quiet row has a loud row in the same shape.

- "studies published since 2008": a date after "since" or "from" starts the period searched, it is
  not the date of the search;
- "adults whose average ages were 60 to 73": a range after "age(s) was/were/ranged" is an age;
- "prevent one death for every 37 people treated", "one stroke prevented for every 588": a number
  needed to treat, in words, is read and checked (a missed shift before).
"""

from __future__ import annotations

import pytest

from lint_support import claim_rules_at

STUDIES = {
    "phones": {  # mobile phones at work (health services, qualitative): searched in August 2022
        "design": "meta-analysis", "studies": 21, "searched": "2022-08-11",
        "drugs": {"personal phones": ["mobile phones"]}, "outcomes": {"views": []}, "findings": []},
    "asthma": {  # inhaler technique training (respiratory/paediatrics): searched in March 2023
        "design": "meta-analysis", "studies": 9, "participants": 1100, "searched": "2023-03",
        "drugs": {"inhaler training": ["training"], "usual care": []}, "outcomes": {"asthma control": []},
        "findings": []},
    "af": {  # nurse-led clinics for atrial fibrillation (cardiology)
        "design": "meta-analysis", "studies": 8, "participants": 8205,
        "drugs": {"nurse-led clinics": ["clinics"], "usual care": []},
        "outcomes": {"death": ["mortality"]},
        "findings": [{"drug": "nurse-led clinics", "comparator": "usual care", "outcome": "death",
                      "measure": "risk-ratio", "value": 0.8, "ci": [0.65, 0.98]}]},
    "dialysis": {  # exercise during dialysis (renal)
        "design": "meta-analysis", "studies": 12, "participants": 640,
        "drugs": {"exercise": ["exercise during dialysis"], "usual care": []},
        "outcomes": {"fatigue": []},
        "findings": [{"drug": "exercise", "comparator": "usual care", "outcome": "fatigue",
                      "measure": "standardised-mean-difference", "value": -0.4, "ci": [-0.7, -0.1]}]},
    "clinics": {  # organised atrial fibrillation care (cardiology): numbers needed to treat
        "design": "meta-analysis", "studies": 8, "participants": 8205,
        "drugs": {"AF clinics": ["organised AF care"], "usual care": ["routine care"]},
        "outcomes": {"death": ["deaths"], "stroke": ["strokes"]},
        "findings": [
            {"drug": "AF clinics", "comparator": "usual care", "outcome": "death", "measure": "number-needed-to-treat",
             "value": 37},
            {"drug": "AF clinics", "comparator": "usual care", "outcome": "stroke", "measure": "number-needed-to-treat",
             "value": 588}]},
    "copd": {  # pulmonary rehabilitation (respiratory/renal): studies per country
        "design": "meta-analysis", "studies": 9, "participants": 700,
        "drugs": {"rehabilitation": ["pulmonary rehabilitation"], "usual care": []},
        "outcomes": {"breathlessness": []},
        "findings": [{"measure": "count", "value": 6, "population": "studies in Europe"},
                     {"measure": "count", "value": 1, "population": "study in Turkey"},
                     {"measure": "count", "value": 1, "population": "study in New Zealand"},
                     {"measure": "count", "value": 1, "population": "study in the USA"},
                     {"measure": "count", "value": 5, "population": "studies of people with severe COPD"}]},
    "quit": {  # text-message support to stop smoking (smoking cessation)
        "design": "meta-analysis", "studies": 13, "participants": 14000,
        "drugs": {"text messages": ["texting"], "minimal support": []},
        "outcomes": {"quitting": ["quit"]},
        "findings": [{"drug": "text messages", "comparator": "minimal support", "outcome": "quitting",
                      "measure": "number-needed-to-treat", "value": 25}]},
}

CASES = [
    # 1. the start of the period searched
    ("phones", "We searched for studies published since 2008 on staff use of their own phones.", "2008", 1, False),
    ("phones", "We searched for studies published up to 2008 on staff use of their own phones.", "2008", 1, True),
    ("asthma", "We searched databases for trials from 2010 onwards; the evidence is current to March 2023.", "2010", 1,
     False),
    ("asthma", "We searched databases for trials from 2010 onwards; the evidence is current to May 2021.", "May 2021", 1,
     True),
    ("asthma", "We searched for trials published after 2005 in children with asthma.", "2005", 1, False),
    ("asthma", "The evidence is current to 2005 for children with asthma.", "2005", 1, True),
    # 2. an average age given as a range
    ("af", "The trials tested nurse-led clinics and included adults with AF whose average ages were 60 to 73.",
     "60 to 73", 1, False),
    ("af", "The trials included adults with AF and the risk of death was 60 to 73 per 1000.", "60 to 73", 1, True),
    ("dialysis", "People who tried exercise during dialysis had a mean age of 52 to 66.", "52 to 66", 1, False),
    ("dialysis", "In the exercise studies, the average age was 45 to 70.", "45 to 70", 1, False),
    ("dialysis", "In the exercise studies, the median age was roughly 58.", "58", 1, False),
    ("dialysis", "In the exercise studies, fatigue was roughly 58% lower.", "58%", 1, True),
    ("dialysis", "Exercise during dialysis reduced fatigue in 45 to 70 people.", "45 to 70", 1, True),
    # 3. a number needed to treat, in words
    ("clinics", "Compared with routine care, organised AF care may prevent one death from any cause for every 37 "
                "people treated.", "37", 1, False),
    ("clinics", "Compared with routine care, organised AF care may prevent one death from any cause for every 52 "
                "people treated.", "52", 1, True),
    ("clinics", "Organised AF care made little difference to strokes (one stroke prevented for every 588 people "
                "treated).", "588", 1, False),
    ("clinics", "Organised AF care made little difference to strokes (one stroke prevented for every 738 people "
                "treated).", "738", 1, True),
    ("clinics", "Organised AF care made little difference to strokes (one stroke prevented for every 588 people "
                "treated for six years) and deaths (one death prevented for every 37 people treated).", "37", 1, False),
    ("clinics", "Organised AF care made little difference to strokes (one stroke prevented for every 588 people "
                "treated for six years) and deaths (one death prevented for every 60 people treated).", "60", 1, True),
    # 4. the name before a bracketed count
    ("copd", "Studies took place around the world, including Europe (six studies), Turkey (one study) and New "
             "Zealand (one study).", "one", 1, False),
    ("copd", "Studies took place around the world, including Europe (six studies), Turkey (5 studies) and New "
             "Zealand (one study).", "5", 1, True),
    ("copd", "Studies took place around the world, including Europe (six studies), Turkey (one study) and New "
             "Zealand (5 studies).", "5", 1, True),
    ("copd", "Studies took place around the world, including Europe (six studies), Turkey (one study) and New "
             "Zealand (one study).", "six", 1, False),
    ("copd", "Studies took place in Europe (six studies), New Zealand (one study) and the USA (one study).", "one", 2,
     False),
    ("copd", "Studies took place in Europe (six studies), New Zealand (one study) and the USA (5 studies).", "5", 1,
     True),
    ("copd", "Studies took place around the world, including Europe (eight studies), Turkey (one study) and New "
             "Zealand (one study).", "eight", 1, True),
    ("quit", "Texting helps people quit: one extra person quits for every 25 who get the messages.", "25", 1, False),
    ("quit", "Texting saves one relapse for every 60 smokers who get the messages.", "60", 1, True),
    ("quit", "Texting was tested in one study for every 60 smokers' clinics.", "60", 1, False),  # no verb of preventing
]


def _flags(study: str, text: str, figure: str, occurrence: int) -> list[str]:
    return claim_rules_at(text, STUDIES[study], figure, occurrence)


@pytest.mark.parametrize("study, text, figure, occurrence, flagged", CASES)
def test_round8_false_alarms(study, text, figure, occurrence, flagged):
    assert bool(_flags(study, text, figure, occurrence)) == flagged, _flags(study, text, figure, occurrence)
