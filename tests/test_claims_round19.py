"""Claims round 19 (issue 14): counts of studies and people on real prose. The policy:

- a review total is a count presented as the review's ("We found", "We included", "in this review", "in
  total"); it must be the declared total, and a count of that kind the clause describes ("18 studies that
  evaluated the toe index") may be the total, not only the narrower count the source gives;
- a part is a count below the declared total that names no comparison of the source: "Two studies
  (122 participants) measured HbA1c", "In seven studies with 2442 people, ...". It is checked only
  against the source's counts for the sentence's outcome (when it gives them, or lists them right after
  that outcome's results) and against the total (no part is more than the whole). An outcome with results
  but no count of its own, in a source that counts parts, keeps the old check (the count is that result's
  evidence, which the source may give); an outcome with no result leaves the part quiet. A count of people
  beside a part count of studies is of that part, even close below the total ("seven studies with 2442 of
  the 2488 people"), unless as many studies are an outcome's evidence ("(8 studies, 434 participants)");
- a count naming a comparison stays checked ("Seven trials compared the statin with a dummy pill");
- the unit: "57 randomised controlled trials" counts studies (already so; kept as regression rows);
  "One was a cluster trial", after a count of people, is one of the studies.
Sentences written for these tests (made-up studies and numbers) across fields.
"""

from __future__ import annotations

import pytest

from lint_support import claim_rules_at

STUDIES = {
    "dialysis": {  # cooler dialysate (renal): a narrower count of studies beside the total
        "design": "meta-analysis", "studies": 24, "participants": 3150,
        "drugs": {"cool dialysate": ["cooler dialysate"], "standard dialysate": []},
        "outcomes": {"hospital admission": ["admission to hospital"], "blood pressure drops": ["low blood pressure"]},
        "findings": [
            {"measure": "count", "value": 19, "population": "studies that measured hospital admission"},
            {"drug": "cool dialysate", "comparator": "standard dialysate", "outcome": "blood pressure drops",
             "measure": "risk-ratio", "value": 0.7, "ci": [0.55, 0.9]},
            {"drug": "cool dialysate", "comparator": "standard dialysate", "outcome": "blood pressure drops",
             "measure": "count", "value": 6, "population": "studies"},
            {"drug": "cool dialysate", "comparator": "standard dialysate", "outcome": "blood pressure drops",
             "measure": "count", "value": 812, "population": "participants"}]},
    "nicotine": {  # nicotine patches (smoking cessation); the source counts its studies per outcome
        "design": "meta-analysis", "studies": 9, "participants": 2260,
        "drugs": {"nicotine patch": ["patch"], "placebo": ["dummy patch"]},
        "outcomes": {"quitting": ["quit", "stopping smoking"], "skin irritation": ["skin reactions"],
                     "weight gain": []},
        "findings": [
            {"drug": "nicotine patch", "comparator": "placebo", "outcome": "quitting", "measure": "risk-ratio",
             "value": 1.6, "ci": [1.3, 2.0]},
            {"drug": "nicotine patch", "comparator": "placebo", "outcome": "quitting", "measure": "count",
             "value": 9, "population": "studies"},
            {"drug": "nicotine patch", "comparator": "placebo", "outcome": "skin irritation", "measure": "risk-ratio",
             "value": 2.4, "ci": [1.5, 3.8]},
            {"drug": "nicotine patch", "comparator": "placebo", "outcome": "skin irritation", "measure": "count",
             "value": 4, "population": "studies"},
            {"drug": "nicotine patch", "comparator": "placebo", "outcome": "skin irritation", "measure": "count",
             "value": 980, "population": "participants"}]},
    "nicotine-weight": {  # the same with a result for weight gain and no count for it
        "design": "meta-analysis", "studies": 9, "participants": 2260,
        "drugs": {"nicotine patch": ["patch"], "placebo": ["dummy patch"]},
        "outcomes": {"quitting": ["quit"], "weight gain": []},
        "findings": [
            {"drug": "nicotine patch", "comparator": "placebo", "outcome": "quitting", "measure": "risk-ratio",
             "value": 1.6, "ci": [1.3, 2.0]},
            {"drug": "nicotine patch", "comparator": "placebo", "outcome": "quitting", "measure": "count",
             "value": 9, "population": "studies"},
            {"drug": "nicotine patch", "comparator": "placebo", "outcome": "weight gain", "measure": "mean-difference",
             "value": 1.1, "ci": [0.6, 1.6]}]},
    "antipsychotic": {  # long-acting injections (mental health)
        "design": "meta-analysis", "studies": 12, "participants": 1400,
        "drugs": {"long-acting injection": ["depot injection"], "oral tablets": []},
        "outcomes": {"relapse": ["relapses"], "weight gain": []},
        "findings": [
            {"drug": "long-acting injection", "comparator": "oral tablets", "outcome": "relapse",
             "measure": "risk-ratio", "value": 0.8, "ci": [0.65, 0.98]},
            {"drug": "long-acting injection", "comparator": "oral tablets", "outcome": "relapse",
             "measure": "count", "value": 10, "population": "studies"}]},
    "malaria": {  # bed nets (infectious disease, paediatrics); counts per outcome only for malaria
        "design": "meta-analysis", "studies": 8, "participants": 2488,
        "drugs": {"treated nets": ["bed nets"], "untreated nets": []},
        "outcomes": {"malaria episodes": ["malaria"], "child deaths": ["deaths"], "anaemia": []},
        "findings": [
            {"drug": "treated nets", "comparator": "untreated nets", "outcome": "malaria episodes",
             "measure": "rate-ratio", "value": 0.56, "ci": [0.48, 0.64]},
            {"drug": "treated nets", "comparator": "untreated nets", "outcome": "malaria episodes",
             "measure": "count", "value": 5, "population": "trials"},
            {"drug": "treated nets", "comparator": "untreated nets", "outcome": "malaria episodes",
             "measure": "count", "value": 1620, "population": "children"}]},
    "chemo": {  # maintenance chemotherapy (oncology); the source lists its designs apart
        "design": "meta-analysis", "studies": 62, "participants": 1982,
        "drugs": {"maintenance chemotherapy": ["maintenance"], "observation": []},
        "outcomes": {"overall survival": ["survival"]},
        "findings": [
            {"measure": "count", "value": 57, "population": "randomised controlled trials"},
            {"measure": "count", "value": 5, "population": "randomised cross-over trials"},
            {"drug": "maintenance chemotherapy", "comparator": "observation", "outcome": "overall survival",
             "measure": "hazard-ratio", "value": 0.85, "ci": [0.75, 0.96]}]},
    "asthma": {  # inhaled steroids (paediatrics): the counts listed right after a result, with no outcome of their own
        "design": "meta-analysis", "studies": 20, "participants": 4100,
        "drugs": {"inhaled steroid": ["steroid inhaler"], "placebo": []},
        "outcomes": {"asthma attacks": ["attacks"], "growth": ["height"]},
        "findings": [
            {"drug": "inhaled steroid", "comparator": "placebo", "outcome": "asthma attacks", "measure": "risk-ratio",
             "value": 0.6, "ci": [0.5, 0.72]},
            {"drug": "inhaled steroid", "measure": "count", "value": 6, "population": "RCTs"},
            {"drug": "inhaled steroid", "measure": "count", "value": 1210, "population": "children"}]},
    "statin": {  # the rule example's source (cardiology): no counts but the totals
        "design": "meta-analysis", "studies": 12, "participants": 3400,
        "drugs": {"atorvastatin": ["statin"], "placebo": ["dummy pill"]},
        "outcomes": {"stroke": [], "muscle aches": []},
        "findings": [
            {"drug": "atorvastatin", "comparator": "placebo", "outcome": "stroke", "measure": "relative-reduction",
             "value": "20%"}]},
}

CASES = [
    # -- a review total that a narrower count of the source also describes: the total, quiet --
    ("dialysis", "We found 24 studies that measured hospital admission.", "24", False),
    ("dialysis", "We found 19 studies that measured hospital admission.", "19", False),
    ("dialysis", "We identified 21 studies that measured hospital admission.", "21", True),  # neither
    ("dialysis", "We found 32 studies that measured hospital admission.", "32", True),  # more than the total
    # -- parts naming no comparison, with no count for their outcome: quiet --
    ("malaria", "Three trials (410 children) measured anaemia.", "Three", False),
    ("malaria", "Three trials (410 children) measured anaemia.", "410", False),
    ("malaria", "In seven trials with 2442 children, deaths were counted.", "2442", False),  # 2442 of the 2488
    ("malaria", "In seven trials with 2442 children, deaths were counted.", "seven", False),
    ("malaria", "Seven trials involving 2442 children reported child deaths.", "2442", False),
    ("antipsychotic", "Eleven studies involving 1350 people reported weight gain.", "1350", False),
    ("antipsychotic", "Four studies (380 adults) reported weight gain.", "Four", False),
    ("dialysis", "Five studies (640 adults) measured hospital admission.", "Five", False),
    # -- the same shapes, still flagged --
    ("malaria", "We found seven trials with 2442 children.", "seven", True),  # a wrong review total
    ("malaria", "We included 8 trials with 2300 children.", "2300", True),  # the total misstated
    ("malaria", "Eight trials involving 2300 children reported child deaths.", "2300", True),  # all the trials: the total
    ("malaria", "Three trials (410 children) measured malaria episodes.", "Three", True),  # the source: 5 trials
    ("malaria", "Three trials (410 children) measured malaria episodes.", "410", True),  # the source: 1620 children
    ("malaria", "Three trials (4100 children) measured anaemia.", "4100", True),  # more than the whole
    ("malaria", "Eleven trials measured anaemia.", "Eleven", True),  # more than the whole
    ("nicotine", "Two studies (420 smokers) reported skin irritation.", "Two", True),  # the source: 4 studies
    ("nicotine", "Two studies (420 smokers) reported skin irritation.", "420", True),  # the source: 980
    ("nicotine", "Four studies (980 smokers) reported skin irritation.", "Four", False),
    # "a control group" is a generic arm, no other comparison: the patch's own counts for the outcome apply
    ("nicotine", "Four studies (980 smokers) compared the patch with a control group and reported skin irritation.",
     "Four", False),
    ("nicotine", "Four studies (980 smokers) compared the patch with a control group and reported skin irritation.",
     "980", False),
    ("nicotine", "Two studies (420 smokers) compared the patch with a control group and reported skin irritation.",
     "Two", True),
    ("asthma", "Six studies (1210 children) reported asthma attacks.", "Six", False),
    ("asthma", "Six studies (1210 children) reported asthma attacks.", "1210", False),
    ("asthma", "Fifteen studies (1210 children) reported asthma attacks.", "Fifteen", True),  # the result's 6
    ("asthma", "Six studies (2210 children) reported asthma attacks.", "2210", True),  # the result's 1210
    ("asthma", "Fifteen studies reported growth.", "Fifteen", False),  # no result, no count for growth: a part
    # a result with no count of its own, in a source that counts parts: its evidence, which the source may give
    ("nicotine", "Three studies (700 smokers) reported weight gain.", "Three", False),  # no result for weight gain
    ("nicotine-weight", "Three studies (700 smokers) reported weight gain.", "Three", True),
    # people beside as many studies as an outcome's evidence has are that evidence's (the source gives them)
    ("dialysis", "Low readings were recorded in 6 studies (1512 people).", "1512", True),  # the source: 812
    ("dialysis", "Low readings were recorded in 5 studies (1512 people).", "1512", False),  # no such evidence: a part
    # the evidence behind a result is no part: its people stay checked
    ("nicotine", "Patches may cause skin irritation (evidence from 4 studies with 1980 participants).", "1980", True),
    ("dialysis", "Cooler dialysate may reduce blood pressure drops (derived from 6 studies involving 1512 people).",
     "1512", True),
    ("dialysis", "Cooler dialysate may reduce blood pressure drops (derived from 6 studies involving 812 people).",
     "812", False),
    ("antipsychotic", "Seven studies compared the depot injection with oral tablets.", "Seven", True),  # a comparison
    ("statin", "Seven trials compared the statin with a dummy pill.", "Seven", True),  # the rule example
    ("statin", "The largest trial enrolled 512 adults.", "512", True),  # the rule example
    # -- the unit: studies, not people --
    ("chemo", "The review included 57 randomised controlled trials and five cross-over trials.", "57", False),
    ("chemo", "Of the 62 studies, 57 were randomised controlled trials in adults.", "57", False),
    ("chemo", "We included 59 randomised controlled trials in adults.", "59", True),
    ("malaria", "Two trials enrolled 640 children. One was a cluster trial in Kenya.", "One", False),  # one of the trials
    ("malaria", "Two trials enrolled 640 children. One was a cluster trial in Kenya.", "640", False),
    ("malaria", "Two trials enrolled 640 children. Nine were cluster trials.", "Nine", True),  # more than the whole
    # one study that measured something, whatever hyphen its describing word has
    ("antipsychotic", "One placebo\u2011controlled study measured weight gain.", "One", False),
    ("antipsychotic", "One placebo\u2011controlled study measured relapse.", "One", True),  # the source: 10 studies
]


@pytest.mark.parametrize(("study", "text", "figure", "flagged"), CASES)
def test_round19_counts(study, text, figure, flagged):
    rules = claim_rules_at(text, STUDIES[study], figure)
    assert bool(rules) is flagged, rules
