"""Claims round 11 (issue 14): what is read as a figure (seen: the judged hits of round
after-independent-14c on seven new writers), in sentences written for these tests across fields
(made-up studies and numbers); each quiet row has a loud row in the same shape.

- "tubes of 24 Fr or larger": a French gauge is a device size, not a result;
- "we built 2 × 2 tables": the shape of a table, not a result;
- "For roughly every 100 people", "In groups of 10,000 women": a denominator with a qualifier or a
  group size still frames the numbers after it;
- "1) ...; 2) ...; and 3) few people dropped out": numbering inside a sentence is no claim;
- "raises survival by about 10% (roughly 10 more per 100 treated)": a percentage restated at once as
  a difference per 100 is that absolute difference, not a relative change;
- "Treating three people with steroids leads to one extra person in remission": a number needed to
  treat in words, as "If 3 people take steroids, one extra ...";
- "about sixteen hundred babies" is 1600; "three thousand adults" is 3000; "several thousand adults"
  is no count to check.
"""

from __future__ import annotations

import pytest

from lint_support import claim_rules_at

STUDIES = {
    "stones": {  # keyhole surgery for kidney stones (renal / urology)
        "design": "meta-analysis", "studies": 12, "participants": 3000,
        "drugs": {"mini PCNL": ["smaller tubes"], "standard PCNL": ["standard surgery"]},
        "outcomes": {"stone-free": ["free of stones"]},
        "findings": [
            {"drug": "mini PCNL", "comparator": "standard PCNL", "outcome": "stone-free", "measure": "risk-ratio",
             "value": 1.05, "ci": [1.0, 1.1]},
            {"drug": "standard PCNL", "outcome": "stone-free", "measure": "risk", "value": "80%"}]},
    "heart": {  # a blood test for heart failure (cardiology, test accuracy)
        "design": "meta-analysis", "studies": 14, "participants": 5200,
        "drugs": {"BNP test": ["blood test"]}, "outcomes": {"heart failure": []},
        "findings": []},
    "vaccine": {  # a measles vaccine in young children (paediatrics / infectious disease)
        "design": "meta-analysis", "studies": 9, "participants": 1600,
        "drugs": {"vaccine": ["the jab"], "no vaccine": []}, "outcomes": {"measles": []},
        "findings": [
            {"drug": "vaccine", "comparator": "no vaccine", "outcome": "measles", "measure": "risk-ratio",
             "value": 0.25, "ci": [0.15, 0.4]},
            {"drug": "no vaccine", "outcome": "measles", "measure": "risk", "value": "20%"},
            {"drug": "vaccine", "outcome": "measles", "measure": "risk", "value": "5%"}]},
    "screen": {  # adding ultrasound to mammography (oncology screening)
        "design": "meta-analysis", "studies": 6, "participants": 40000,
        "drugs": {"ultrasound": ["added ultrasound"], "mammography": []}, "outcomes": {"cancer detected": []},
        "findings": [
            {"drug": "ultrasound", "outcome": "cancer detected", "measure": "risk", "value": "0.3%"}]},
    "statin": {  # a statin after a heart attack (cardiology)
        "design": "meta-analysis", "studies": 8, "participants": 9000,
        "drugs": {"statin": ["the statin"], "placebo": ["a dummy pill"]}, "outcomes": {"survival": ["alive"]},
        "findings": [
            {"drug": "statin", "comparator": "placebo", "outcome": "survival", "measure": "risk-ratio",
             "value": 1.5, "ci": [1.3, 1.7]},
            {"drug": "placebo", "outcome": "survival", "measure": "risk", "value": "20%"},
            {"drug": "statin", "outcome": "survival", "measure": "risk", "value": "30%"}]},
    "bowel": {  # steroids for an inflamed bowel (gastroenterology)
        "design": "meta-analysis", "studies": 5, "participants": 400,
        "drugs": {"steroids": [], "placebo": []}, "outcomes": {"remission": []},
        "findings": [
            {"drug": "steroids", "comparator": "placebo", "outcome": "remission", "measure": "number-needed-to-treat",
             "value": 3}]},
    "talk": {  # talking therapy for anxiety (mental health)
        "design": "meta-analysis", "studies": 11, "participants": 1400,
        "drugs": {"talking therapy": ["therapy"]}, "outcomes": {"dropping out": ["dropped out"]},
        "findings": [
            {"drug": "talking therapy", "outcome": "dropping out", "measure": "risk", "value": "8%"}]},
}

CASES = [
    # 1. a French gauge is a device size
    ("stones", "Standard surgery uses tubes of 24 Fr or larger; smaller tubes are under 18 Fr.", "24", 1, False),
    ("stones", "Standard surgery uses tubes of 24 Fr or larger; smaller tubes are under 18 Fr.", "18", 1, False),
    ("stones", "Standard surgery uses tubes of about 24 Fr; 24% more people were free of stones with it.", "24%", 1,
     True),
    ("stones", "We found 12 trials of smaller tubes (under 18 Fr).", "12", 1, False),
    ("stones", "We found 16 trials of smaller tubes (under 18 Fr).", "16", 1, True),
    # 2. the shape of a table
    ("heart", "Two of us built 2 × 2 tables from the 14 studies of the blood test.", "2", 2, False),
    ("heart", "Two of us built 2 x 2 tables from the 14 studies of the blood test.", "2", 2, False),
    ("heart", "Two of us built 2 × 2 tables from the 19 studies of the blood test.", "19", 1, True),
    # 3. a denominator with a qualifier, or a group's size, frames the numbers after it
    ("vaccine", "For roughly every 100 children given the jab, about 5 got measles.", "100", 1, False),
    ("vaccine", "For roughly every 100 children given the jab, about 5 got measles.", "5", 1, False),
    ("vaccine", "For roughly every 100 children given the jab, about 12 got measles.", "12", 1, True),
    ("screen", "In groups of 10,000 women, added ultrasound found about 30 cancers.", "10,000", 1, False),
    ("screen", "In groups of 10,000 women, added ultrasound found about 30 cancers.", "30", 1, False),
    ("screen", "In groups of 10,000 women, added ultrasound found about 80 cancers.", "80", 1, True),
    # 4. numbering inside a sentence
    ("talk", "We found that: 1) therapy helped; 2) it was safe; and 3) few people dropped out of therapy.", "3", 1,
     False),
    ("talk", "We found that: 1) therapy helped; 2) it was safe; and 3) 8% dropped out of therapy.", "8%", 1, False),
    ("talk", "We found that: 1) therapy helped; 2) it was safe; and 3) 12% dropped out of therapy.", "12%", 1, True),
    ("talk", "We found that therapy helped, and 3) dropped out of therapy.", "3", 1, True),
    # 5. a percentage restated as a difference per 100
    ("statin", "The statin probably raises survival by about 10% (roughly 10 more per 100 treated) compared with a "
               "dummy pill.", "10%", 1, False),
    ("statin", "The statin probably raises survival by about 10% (roughly 10 more per 100 treated) compared with a "
               "dummy pill.", "10 more per 100", 1, False),
    ("statin", "The statin probably raises survival by about 25% (roughly 25 more per 100 treated) compared with a "
               "dummy pill.", "25%", 1, True),
    ("statin", "The statin probably raises survival by about 50% (roughly 10 more per 100 treated) compared with a "
               "dummy pill.", "50%", 1, False),
    ("statin", "The statin probably raises survival by about 10% compared with a dummy pill.", "10%", 1, True),
    # 6. a number needed to treat in words
    ("bowel", "Treating three people with steroids leads to one extra person in remission.", "three", 1, False),
    ("bowel", "Treating three people with steroids leads to one extra person in remission.", "one", 1, False),
    ("bowel", "Treating eight people with steroids leads to one extra person in remission.", "eight", 1, True),
    ("bowel", "We found 5 trials treating 400 people with steroids; one extra study is ongoing.", "400", 1, False),
    ("bowel", "We found 5 trials treating 700 people with steroids; one extra study is ongoing.", "700", 1, True),
    # 7. counts in words: hundreds and thousands, and vague amounts
    ("vaccine", "The nine studies included about sixteen hundred babies.", "sixteen hundred", 1, False),
    ("vaccine", "The nine studies included about twenty-six hundred babies.", "twenty-six hundred", 1, True),
    ("stones", "The studies included roughly three thousand adults with kidney stones.", "thousand", 1, False),
    ("stones", "The studies included roughly five thousand adults with kidney stones.", "five thousand", 1, True),
    ("stones", "We found 12 studies with several thousand adults with kidney stones.", "thousand", 1, False),
    ("stones", "We found 15 studies with several thousand adults with kidney stones.", "15", 1, True),
]


def _flags(study: str, text: str, figure: str, occurrence: int) -> list[str]:
    return claim_rules_at(text, STUDIES[study], figure, occurrence)


@pytest.mark.parametrize("study, text, figure, occurrence, flagged", CASES)
def test_round11_figures(study, text, figure, occurrence, flagged):
    assert bool(_flags(study, text, figure, occurrence)) == flagged, _flags(study, text, figure, occurrence)
