"""Claims round 21 (issue 14): false alarms on human-written summaries, by general forms.

- a bare "1 in N" with a round N (5, 10, 20... under 100) is a lay rounding of the share when N is the
  nearest round N within 15% ("1 in 10" for 11%); "1 in 8", "10 in 100" and "1 in 20" for 4% stay exact, and a
  shift to 1 in 2N+3 is caught;
- "ranged from 51 fewer to 34 more per 1000" is one range of differences (the CI), even after "ranged",
  which otherwise reads "from 1 to 10" as a scale; the "1000" is a denominator;
- a percentage band that defines who was studied ("people with 70% to 99% stenosis", "with less than 30%
  burns") describes a subgroup, not a result; a result after "with" ("with 30% fewer", "with 30% of")
  is still checked;
- "Eleven of 29 participants receiving methadone": a part of a group of people is a share (11 in 29), and
  the 29 its denominator, not a count to check; "5 of 11 studies" stays a count of studies;
- a visual-acuity fraction in a sentence about sight ("better than 6/18", "at least 20/200") is a
  threshold, not a share.
Sentences written for these tests (made-up studies and numbers) across fields.
"""

from __future__ import annotations

import pytest

from lint_support import claim_rules_at

SOURCES = {
    "nsaid": {  # oncology pain: a share of a side effect and an absolute difference with its CI
        "design": "meta-analysis", "studies": 6, "participants": 1200,
        "drugs": {"ibuprofen": ["NSAIDs"], "placebo": []},
        "outcomes": {"somnolence": [], "stopping because of side effects": [], "treatment failure": []},
        "findings": [
            {"drug": "ibuprofen", "outcome": "somnolence", "measure": "proportion", "value": "11%"},
            {"drug": "ibuprofen", "outcome": "stopping because of side effects", "measure": "proportion", "value": "5.4%"},
            {"drug": "ibuprofen", "comparator": "placebo", "outcome": "treatment failure", "measure": "risk-difference",
             "value": "-2.2%", "ci": ["-5.1%", "3.4%"]}]},
    "quit": {  # smoking cessation: a quit share and a difference per 1000
        "design": "meta-analysis", "studies": 9, "participants": 4100,
        "drugs": {"nicotine patch": [], "placebo": []}, "outcomes": {"quitting": [], "nausea": []},
        "findings": [
            {"drug": "nicotine patch", "outcome": "quitting", "measure": "proportion", "value": "18%"},
            {"drug": "nicotine patch", "outcome": "nausea", "measure": "proportion", "value": "4.6%"},
            {"drug": "nicotine patch", "comparator": "placebo", "outcome": "quitting", "measure": "risk-difference",
             "value": "6%", "ci": ["4%", "8%"]}]},
    "carotid": {  # cardiology / stroke: results for the whole group only
        "design": "meta-analysis", "studies": 3, "participants": 6300,
        "drugs": {"carotid surgery": [], "medical therapy": []}, "outcomes": {"stroke": []},
        "findings": [
            {"drug": "carotid surgery", "comparator": "medical therapy", "outcome": "stroke", "measure": "risk-ratio",
             "value": 0.52, "ci": [0.40, 0.68]},
            {"drug": "carotid surgery", "outcome": "stroke", "measure": "proportion", "value": "8%"}]},
    "burns": {  # paediatrics: burns dressings
        "design": "meta-analysis", "studies": 5, "participants": 480,
        "drugs": {"silver dressing": [], "standard dressing": []}, "outcomes": {"healing": []},
        "findings": [
            {"drug": "silver dressing", "outcome": "healing", "measure": "proportion", "value": "62%"}]},
    "cataract": {  # ophthalmology: vision after surgery
        "design": "meta-analysis", "studies": 4, "participants": 900,
        "drugs": {"phacoemulsification": [], "manual small incision surgery": []}, "outcomes": {"good vision": []},
        "findings": [
            {"drug": "phacoemulsification", "outcome": "good vision", "measure": "proportion", "value": "71%"}]},
    "methadone": {  # oncology pain: arm shares written as "N of M"
        "design": "meta-analysis", "studies": 2, "participants": 58,
        "drugs": {"methadone": [], "placebo": []}, "outcomes": {"pain relief": []},
        "findings": [
            {"drug": "methadone", "outcome": "pain relief", "measure": "proportion", "value": "38%"},
            {"drug": "placebo", "outcome": "pain relief", "measure": "proportion", "value": "24%"}]},
    "zinc": {  # paediatrics / infectious disease: diarrhoea with zinc
        "design": "meta-analysis", "studies": 11, "participants": 2400,
        "drugs": {"zinc": [], "placebo": []}, "outcomes": {"diarrhoea": []},
        "findings": [{"drug": "zinc", "outcome": "diarrhoea", "measure": "proportion", "value": "30%"}]},
}

CASES = [
    # -- a round "1 in N": a lay rounding of the share --
    ("nsaid", "With NSAIDs, 1 in 10 people had somnolence.", "1 in 10", False),  # 11%
    ("nsaid", "With NSAIDs, 1 in 9 people had somnolence.", "1 in 9", False),
    ("nsaid", "With NSAIDs, 1 in 23 people had somnolence.", "1 in 23", True),  # the shift 2N+3
    ("nsaid", "With NSAIDs, 1 in 8 people had somnolence.", "1 in 8", True),  # not round: exact
    ("nsaid", "With NSAIDs, 10 in 100 people had somnolence.", "10 in 100", True),  # a precise denominator
    ("nsaid", "With NSAIDs, 1 in 20 people had somnolence.", "1 in 20", True),
    ("quit", "With the nicotine patch, 1 in 20 people felt sick (nausea).", "1 in 20", False),  # 4.6%
    ("quit", "With the nicotine patch, 1 in 43 people felt sick (nausea).", "1 in 43", True),
    ("quit", "With the nicotine patch, 1 in 5 people managed quitting.", "1 in 5", False),  # 18%
    ("quit", "With the nicotine patch, 1 in 13 people managed quitting.", "1 in 13", True),
    ("quit", "With the nicotine patch, 1 in 10 people managed quitting.", "1 in 10", True),  # 10% is not 18%
    ("quit", "With the nicotine patch, 1 in 25 people felt sick (nausea).", "1 in 25", True),  # 4.6% is 1 in 22: round N 20
    # -- a range of differences per 1000 after "ranged from" --
    ("nsaid", "With ibuprofen, treatment failure ranged from 51 fewer to 34 more per 1000 treated.", "34 more", False),
    ("nsaid", "With ibuprofen, treatment failure ranged from 51 fewer to 34 more per 1000 treated.", "1000", False),
    ("nsaid", "With ibuprofen, treatment failure ranged from 51 fewer to 34 more per 1,000 people.", "51 fewer", False),
    ("nsaid", "With ibuprofen, treatment failure ranged from 151 fewer to 124 more per 1000 treated.", "124 more", True),
    ("quit", "With the patch, the number quitting ranged from 40 more to 80 more per 1000 people.", "80 more", False),
    ("quit", "With the patch, the number quitting ranged from 140 more to 200 more per 1000 people.", "200 more", True),
    ("quit", "The scores ranged from 1 to 10 on the craving scale.", "1 to 10", False),  # a scale stays a scale
    # -- a band that defines who was studied --
    ("carotid", "People with 70% to 99% stenosis had the most benefit from carotid surgery.", "70% to 99%", False),
    ("carotid", "Carotid surgery harmed people with less than 30% stenosis.", "less than 30%", False),
    ("carotid", "Carotid surgery also helped those with 50% to 99% carotid narrowing and recent stroke.", "50% to 99%", False),
    ("carotid", "With carotid surgery, 19% of people had a stroke.", "19%", True),  # a result stays checked
    ("carotid", "Carotid surgery was linked with 19% of people having a stroke.", "19%", True),
    ("carotid", "People given carotid surgery had a stroke, with 19% fewer strokes in all.", "19%", True),
    ("carotid", "Carotid surgery was associated with 19% mortality.", "19%", True),  # a result noun
    ("carotid", "Carotid surgery was associated with 19% stroke.", "19%", True),  # a declared outcome
    ("burns", "Children with 10% to 30% burns healed well with silver dressing (62%).", "10% to 30%", False),
    ("burns", "Children with 10% to 30% burns healed well with silver dressing (85%).", "85%", True),
    ("burns", "Healing with silver dressing was 62%.", "62%", False),
    ("burns", "Healing with silver dressing was 87%.", "87%", True),
    # -- a part of a group of people: a share --
    ("methadone", "Eleven of 29 participants receiving methadone had pain relief versus seven of 29 receiving placebo.",
     "Eleven of 29", False),
    ("methadone", "Eleven of 29 participants receiving methadone had pain relief versus seven of 29 receiving placebo.",
     "seven of 29", False),
    ("methadone", "Twenty of 29 participants receiving methadone had pain relief.", "Twenty of 29", True),
    ("methadone", "Eleven of 61 participants receiving methadone had pain relief.", "Eleven of 61", True),
    ("zinc", "With zinc, 12 of 40 children still had diarrhoea.", "12 of 40", False),
    ("zinc", "With zinc, 27 of 40 children still had diarrhoea.", "27 of 40", True),
    ("zinc", "With zinc, 731 of 2,400 children still had diarrhoea.", "731 of 2,400", False),  # 30.5%, not 720
    ("zinc", "With zinc, 1,560 of 2,400 children still had diarrhoea.", "1,560 of 2,400", True),
    ("zinc", "Each child was put at random into one of two or more groups, zinc or placebo.", "one of two", False),
    ("zinc", "Each child was put by chance into one of 2 or more groups.", "one of 2", False),
    ("zinc", "Five of 11 studies gave zinc for diarrhoea.", "11", False),  # the review's studies
    ("zinc", "Five of 27 studies gave zinc for diarrhoea.", "27", True),  # more studies than the review has
    # -- visual acuity fractions --
    ("cataract", "After phacoemulsification, more people had vision better than 6/18 (good vision, 71%).", "6/18", False),
    ("cataract", "Few eyes kept visual acuity of at least 5/200 after manual small incision surgery.", "5/200", False),
    ("cataract", "After phacoemulsification, more people had vision better than 6/18 (good vision, 96%).", "96%", True),
]


@pytest.mark.parametrize("source, text, figure, flagged", CASES)
def test_round21_forms(source, text, figure, flagged):
    assert bool(claim_rules_at(text, SOURCES[source], figure)) is flagged, claim_rules_at(text, SOURCES[source], figure)
