"""Claims round 14 (issue 14): the leftovers of rounds 12 and 13 (seen data), in sentences written for
these tests across fields (made-up studies and numbers); each quiet row has a loud row in the same shape.

- an outcome or drug name spelled with a hyphen or without ("intra‑operative" with U+2011 and
  "intraoperative", "post-operative" and "postoperative", "non-smokers" and "nonsmokers") is one
  name: a figure after the other spelling stays with its own outcome, not the next list item's;
- "£20,000 per QALY", "USD 7,177 per life-year gained": a cost-effectiveness ratio is no result of the
  outcome named near it; unchecked when the source declares no cost outcome (checked when it does).
"""

from __future__ import annotations

import pytest

from lint_support import claim_rules_at
from laylint.text import phrase_pattern

STUDIES = {
    "bleed": {  # tranexamic acid in heart surgery (cardiology / surgery)
        "design": "meta-analysis", "studies": 12, "participants": 1500,
        "drugs": {"tranexamic acid": [], "placebo": []},
        "outcomes": {"intraoperative blood loss": [], "transfusion": ["blood transfusion"]},
        "findings": [
            {"drug": "tranexamic acid", "comparator": "placebo", "outcome": "intraoperative blood loss",
             "measure": "mean-difference", "value": -120, "unit": "ml"},
            {"drug": "tranexamic acid", "comparator": "placebo", "outcome": "transfusion",
             "measure": "risk-ratio", "value": 0.6}]},
    "wound": {  # early showering after bowel cancer surgery (oncology / infectious disease)
        "design": "meta-analysis", "studies": 4, "participants": 800,
        "drugs": {"early showering": [], "delayed showering": []},
        "outcomes": {"post-operative infection": ["wound infection"], "pain": []},
        "findings": [
            {"drug": "early showering", "comparator": "delayed showering", "outcome": "post-operative infection",
             "measure": "risk-ratio", "value": 0.9},
            {"drug": "early showering", "comparator": "delayed showering", "outcome": "pain",
             "measure": "risk-ratio", "value": 1.4}]},
    "quit": {  # varenicline for smokers, no costs declared (smoking cessation)
        "design": "meta-analysis", "studies": 6, "participants": 3000,
        "drugs": {"varenicline": [], "placebo": []}, "outcomes": {"quitting": ["quit"]},
        "findings": [{"drug": "varenicline", "comparator": "placebo", "outcome": "quitting", "measure": "risk-ratio",
                      "value": 2.2}]},
    "dialysis": {  # home dialysis with its costs declared (renal)
        "design": "meta-analysis", "studies": 5, "participants": 900,
        "drugs": {"home dialysis": [], "hospital dialysis": []},
        "outcomes": {"survival": [], "cost per QALY": ["cost per life-year gained"]},
        "findings": [
            {"drug": "home dialysis", "comparator": "hospital dialysis", "outcome": "survival",
             "measure": "hazard-ratio", "value": 0.8},
            {"drug": "home dialysis", "comparator": "hospital dialysis", "outcome": "cost per QALY", "value": 7177}]},
}

CASES = [
    # 1. one name, with a hyphen or without
    ("bleed", "Tranexamic acid lowered intra\u2011operative blood loss (by 120 ml) and blood transfusion "
              "(risk ratio 0.6).", "120 ml", 1, False),
    ("bleed", "Tranexamic acid lowered intra\u2011operative blood loss (by 300 ml) and blood transfusion "
              "(risk ratio 0.6).", "300 ml", 1, True),
    ("bleed", "Tranexamic acid lowered intra-operative blood loss (by 120 ml) and transfusion (risk ratio 0.6).",
     "120 ml", 1, False),
    ("wound", "Early showering made little difference to postoperative infection (risk ratio 0.9) and to pain "
              "(risk ratio 1.4).", "0.9", 1, False),
    ("wound", "Early showering made little difference to postoperative infection (risk ratio 1.9) and to pain "
              "(risk ratio 1.4).", "1.9", 1, True),
    ("wound", "Early showering made little difference to post operative infection (risk ratio 0.9).", "0.9", 1, False),
    # 2. a cost-effectiveness ratio
    ("quit", "Varenicline helped people quit (risk ratio 2.2) at about £20,000 per QALY.", "20,000", 1, False),
    ("quit", "Varenicline helped people quit (risk ratio 2.2) at USD 7,177 per life-year gained.", "7,177", 1, False),
    ("quit", "Varenicline helped people quit (risk ratio 2.2) at USD 7,177 (EUR 5,678) per QALY.", "7,177", 1, False),
    ("quit", "Varenicline helped people quit (risk ratio 2.2) at USD 7,177 per person.", "7,177", 1, True),
    ("quit", "Varenicline helped people quit (risk ratio 5.2) at about £20,000 per QALY.", "5.2", 1, True),
    ("dialysis", "Home dialysis improved survival (hazard ratio 0.8); the cost per life-year gained was USD 7,177.",
     "7,177", 1, False),
    ("dialysis", "Home dialysis improved survival (hazard ratio 0.8); the cost per life-year gained was USD 9,500.",
     "9,500", 1, True),
]


def _flags(study: str, text: str, figure: str, occurrence: int) -> list[str]:
    return claim_rules_at(text, STUDIES[study], figure, occurrence)


@pytest.mark.parametrize("study, text, figure, occurrence, flagged", CASES)
def test_round14_figures(study, text, figure, occurrence, flagged):
    assert bool(_flags(study, text, figure, occurrence)) == flagged, _flags(study, text, figure, occurrence)


@pytest.mark.parametrize("name, text, matches", [
    ("intraoperative", "intra\u2011operative", True),
    ("intra-operative", "intraoperative", True),
    ("postoperative pain", "post-operative pains", True),
    ("non-smokers", "nonsmoker", True),
    ("antibiotics", "anti-biotic", True),
    ("pre-eclampsia", "preeclampsia", True),
    ("postoperative", "post-op", False),  # only the same letters
    ("press", "pre-ss", False),  # too short a rest to be a prefixed word
    ("post", "postal", False),
    ("intraoperative", "extraoperative", False),
])
def test_prefix_hyphen_is_optional(name, text, matches):
    import re
    assert bool(re.fullmatch(phrase_pattern(name), text, re.IGNORECASE)) == matches


@pytest.mark.parametrize("name, text", [
    ("intraoperative bleeding", "Less intra\u2011operative bleeding."),
    ("post-operative pain", "Less postoperative pain."),
])
def test_prefilter_lets_the_other_spelling_through(name, text):
    from laylint.text.forms import may_hold_every_word, may_hold_phrase, phrases_regex
    assert phrases_regex((name,)).search(text)
    assert may_hold_phrase(text, (name,)) and may_hold_every_word(text, (name,))
