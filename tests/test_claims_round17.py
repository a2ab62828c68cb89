"""Claims round 17 (issue 14): counts that describe part of a review. Older Cochrane prose counts some of
its studies, or the people in them, as the subject of what they did ("Two studies (122 participants)
measured blood pressure", "Three trials had a waiting-list control"). Below the review's totals such a
count is a part, which no total contradicts. It stays checked when it names a drug (a comparison's count,
which the source may give), when the source counts parts of that kind (per outcome or comparison) and it
is none of them, when it is more than the total, and when it is the total misstated.
Sentences written for these tests (made-up studies and numbers) across fields.
"""

from __future__ import annotations

import pytest

from lint_support import claim_rules_at

STUDIES = {
    "salt": {  # salt reduction (cardiology); no per-outcome counts
        "design": "meta-analysis", "studies": 17, "participants": 2488,
        "drugs": {"salt reduction": ["low-salt diet"], "usual diet": []},
        "outcomes": {"blood pressure": [], "quality of life": []},
        "findings": [
            {"drug": "salt reduction", "comparator": "usual diet", "outcome": "blood pressure",
             "measure": "mean-difference", "value": -4.2, "ci": [-5.1, -3.3]}]},
    "salt-counted": {  # the same review giving its studies for blood pressure
        "design": "meta-analysis", "studies": 17, "participants": 2488,
        "drugs": {"salt reduction": ["low-salt diet"], "usual diet": []},
        "outcomes": {"blood pressure": [], "quality of life": []},
        "findings": [
            {"drug": "salt reduction", "comparator": "usual diet", "outcome": "blood pressure",
             "measure": "mean-difference", "value": -4.2, "ci": [-5.1, -3.3]},
            {"drug": "salt reduction", "comparator": "usual diet", "outcome": "blood pressure",
             "measure": "count", "value": 9, "population": "studies"}]},
    "salt-compared": {  # the same review giving its studies per comparison only
        "design": "meta-analysis", "studies": 17, "participants": 2488,
        "drugs": {"salt reduction": ["low-salt diet"], "usual diet": []},
        "outcomes": {"blood pressure": [], "quality of life": []},
        "findings": [
            {"drug": "salt reduction", "comparator": "usual diet", "outcome": "blood pressure",
             "measure": "mean-difference", "value": -4.2, "ci": [-5.1, -3.3]},
            {"drug": "salt reduction", "comparator": "usual diet", "measure": "count", "value": 3, "population": "studies"},
            {"drug": "salt reduction", "comparator": "usual diet", "measure": "count", "value": 240,
             "population": "participants"}]},
    "cbt": {  # online CBT for anxiety (mental health)
        "design": "meta-analysis", "studies": 12, "participants": 1400,
        "drugs": {"online CBT": ["internet therapy"], "usual care": []},
        "outcomes": {"anxiety": ["anxiety symptoms"]},
        "findings": [
            {"drug": "online CBT", "comparator": "usual care", "outcome": "anxiety",
             "measure": "standardised-mean-difference", "value": -0.5, "ci": [-0.7, -0.3]}]},
    "varenicline": {  # varenicline (smoking cessation)
        "design": "meta-analysis", "studies": 27, "participants": 12600,
        "drugs": {"varenicline": [], "placebo": []}, "outcomes": {"quitting": ["quit"], "weight gain": []},
        "findings": [
            {"drug": "varenicline", "comparator": "placebo", "outcome": "quitting", "measure": "risk-ratio",
             "value": 2.2, "ci": [1.9, 2.6]}]},
    "zinc": {  # zinc for diarrhoea (paediatrics / infectious disease)
        "design": "meta-analysis", "studies": 33, "participants": 10450,
        "drugs": {"zinc": [], "placebo": []}, "outcomes": {"diarrhoea lasting 7 days": ["persistent diarrhoea"]},
        "findings": [
            {"drug": "zinc", "comparator": "placebo", "outcome": "diarrhoea lasting 7 days", "measure": "risk-ratio",
             "value": 0.73, "ci": [0.6, 0.9]}]},
}

CASES = [
    # -- parts, quiet --
    ("salt", "Two studies (122 participants) measured quality of life.", "Two", 1, False),
    ("salt", "Two studies (122 participants) measured quality of life.", "122", 1, False),
    ("cbt", "Three trials had a waiting-list control.", "Three", 1, False),  # a control arm the source does not name
    ("varenicline", "Five trials (1310 people) reported weight gain.", "1310", 1, False),
    ("zinc", "Six studies assessed persistent diarrhoea in children under five.", "Six", 1, False),
    ("salt", "Quality of life was measured in four studies (310 participants).", "four", 1, False),
    ("salt", "Quality of life was measured in four studies (310 participants).", "310", 1, False),
    ("varenicline", "Four trials with 520 smokers reported weight gain.", "520", 1, False),
    ("varenicline", "Four trials with 520 smokers reported weight gain.", "Four", 1, False),
    ("zinc", "In three of the trials, 410 children were under two years old.", "410", 1, False),
    ("cbt", "In those five studies, 1310 participants were followed for a year.", "1310", 1, False),
    ("salt", "Two studies involving 122 participants measured quality of life.", "122", 1, False),
    ("cbt", "Four trials compared a short course with a long one.", "Four", 1, False),
    # -- the same shapes, still flagged --
    ("varenicline", "Six trials compared varenicline with placebo.", "Six", 1, True),  # a comparison's count
    ("zinc", "Nine studies had some industry funding.", "Nine", 1, True),  # round 16: abstracts give it
    ("salt", "We found 32 studies with 2488 participants.", "32", 1, True),  # a wrong review total
    ("salt", "Thirty-five studies (122 participants) measured quality of life.", "Thirty-five", 1, True),  # > total
    ("salt", "Two studies (3122 participants) measured quality of life.", "3122", 1, True),  # > total
    ("salt-counted", "Two studies (122 participants) measured blood pressure.", "Two", 1, True),  # the source: 9
    ("salt-compared", "Two studies (122 participants) measured quality of life.", "Two", 1, False),  # round 19: 3 counts a
    # comparison, the sentence its outcome (which the source does not count): a part, quiet
    ("salt-compared", "Two studies (122 participants) measured quality of life.", "122", 1, False),  # round 19 (as above)
    ("salt-compared", "Three studies (240 participants) measured quality of life.", "Three", 1, False),
    ("salt-compared", "Quality of life was measured in four studies (310 participants).", "four", 1, False),  # round 19
    ("salt", "Quality of life was measured in 24 studies (310 participants).", "24", 1, True),  # > total
    ("varenicline", "Four trials with 14520 smokers reported weight gain.", "14520", 1, True),  # > total
    ("zinc", "In three of the trials, 12410 children were under two years old.", "12410", 1, True),  # > total
    ("salt-compared", "In those two studies, 1310 participants were followed for a year.", "1310", 1, True),
    ("salt", "Two studies involving 3122 participants measured quality of life.", "3122", 1, True),  # > total
    ("salt", "We included 16 studies involving 2400 participants.", "2400", 1, True),  # the total misstated
    ("varenicline", "Five trials (13100 people) reported weight gain.", "13100", 1, True),
]


@pytest.mark.parametrize(("study", "text", "figure", "occurrence", "flagged"), CASES)
def test_round17_part_counts(study, text, figure, occurrence, flagged):
    rules = claim_rules_at(text, STUDIES[study], figure, occurrence)
    assert bool(rules) is flagged, rules
