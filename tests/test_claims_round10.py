"""Claims round 10 (issue 14): counts the checker let pass on the seen sets (shifted figures and labelled
errors), in sentences written for these tests across fields (made-up studies and numbers); each loud row
has a quiet row in the same shape.

- "We found 78 studies with over 610,000 people", where the source gives no total of people and 610,872
  are the people of 11 new trials (or of one analysis): the people of a part given as the whole's is a
  wrong pair;
- "more than 340 million children": a count in millions (billions, thousands) is that many, checked
  against a background figure the source gives in full (340000000), not a count of 340;
- "1885 healthy, full-term, formula-fed infants", "a total of 595 family members": a count of people
  after a list of describing words, and family members, are counts of people (checked against the total);
- "(evidence from 4 studies with 1,189 people)": when the number of people is the count the source gives
  for one analysis (or the review's whole), the number of studies beside it must be that analysis's
  number of studies (or the review's), not any number of studies the source declares somewhere.
"""

from __future__ import annotations

import pytest

from lint_support import claim_rules_at


def _count(value, population, drug=None, outcome=None, comparator=None):
    row = {"measure": "count", "value": value, "population": population}
    row.update({k: v for k, v in (("drug", drug), ("outcome", outcome), ("comparator", comparator)) if v})
    return row


def _rr(drug, outcome, value, ci, comparator=None):
    row = {"drug": drug, "outcome": outcome, "measure": "risk-ratio", "value": value, "ci": ci}
    return {**row, "comparator": comparator} if comparator else row


STUDIES = {
    "statins": {  # statins after a heart attack (cardiology)
        "design": "meta-analysis", "studies": 20, "participants": 30000,
        "drugs": {"statins": ["statin"], "placebo": ["dummy pill"]},
        "outcomes": {"stroke": ["strokes"], "heart attack": ["heart attacks"]},
        "findings": [
            _rr("statins", "stroke", 0.8, [0.7, 0.9], "placebo"),
            _count(6, "studies", "statins"), _count(12400, "participants", "statins"),
            _rr("statins", "heart attack", 0.75, [0.65, 0.86], "placebo"),
            _count(9, "studies", "statins"), _count(15200, "participants", "statins")]},
    "antibody": {  # antibody maintenance therapy for lymphoma (oncology)
        "design": "meta-analysis", "studies": 11, "participants": 4200,
        "drugs": {"antibody maintenance": ["maintenance therapy"], "observation": []},
        "outcomes": {"treatment-related death": ["dying from treatment"], "overall survival": ["survival"]},
        "findings": [
            _rr("antibody maintenance", "overall survival", 0.94, [0.73, 1.2], "observation"),
            _count(1152, "participants", "antibody maintenance"), _count(3, "studies", "antibody maintenance"),
            _rr("antibody maintenance", "treatment-related death", 0.82, [0.39, 1.71], "observation"),
            _count(1189, "participants", "antibody maintenance"), _count(4, "studies", "antibody maintenance")]},
    "antiviral": {  # an antiviral for COVID-19 (infectious disease)
        "design": "meta-analysis", "studies": 25, "participants": 5750,
        "drugs": {"favipiravir": []}, "outcomes": {"mechanical ventilation": ["a breathing machine"],
                                                   "death": ["dying"]},
        "findings": [
            _rr("favipiravir", "death", 0.84, [0.49, 1.46]),
            _count(11, "trials", "favipiravir"), _count(3459, "participants", "favipiravir"),
            _rr("favipiravir", "mechanical ventilation", 0.86, [0.68, 1.09]),
            _count(8, "trials", "favipiravir"), _count(1383, "participants", "favipiravir")]},
    "anxiety": {  # online therapy for anxiety (mental health)
        "design": "meta-analysis", "studies": 14, "participants": 2600,
        "drugs": {"online therapy": ["internet therapy"], "waiting list": []},
        "outcomes": {"anxiety": ["anxiety symptoms"], "dropping out": []},
        "findings": [
            {"drug": "online therapy", "comparator": "waiting list", "outcome": "anxiety",
             "measure": "standardised-mean-difference", "value": -0.5, "ci": [-0.7, -0.3]},
            _count(5, "studies", "online therapy"), _count(870, "participants", "online therapy"),
            _rr("online therapy", "dropping out", 1.2, [0.9, 1.6], "waiting list"),
            _count(2, "studies", "online therapy"), _count(310, "participants", "online therapy")]},
    "formula": {  # infant formula with added protein (paediatrics)
        "design": "meta-analysis", "studies": 11, "participants": 1885,
        "drugs": {"high-protein formula": [], "standard formula": []}, "outcomes": {"weight gain": []},
        "findings": [
            {"drug": "high-protein formula", "comparator": "standard formula", "outcome": "weight gain",
             "measure": "mean-difference", "value": 1.2, "ci": [0.4, 2.0]},
            _count(5, "studies", "high-protein formula"), _count(640, "participants", "high-protein formula")]},
    "quit": {  # varenicline to stop smoking (smoking cessation)
        "design": "meta-analysis", "studies": 30, "participants": 12000,
        "drugs": {"varenicline": [], "placebo": ["dummy pills"]}, "outcomes": {"quitting": ["quit"],
                                                                                "nausea": []},
        "findings": [
            _rr("varenicline", "quitting", 2.3, [2.0, 2.6], "placebo"),
            _count(3, "trials", "varenicline"), _count(2100, "participants", "varenicline"),
            _rr("varenicline", "nausea", 3.0, [2.6, 3.5], "placebo"),
            _count(7, "trials", "varenicline"), _count(4400, "participants", "varenicline")]},
    "dialysis": {  # exercise during dialysis (renal)
        "design": "meta-analysis", "studies": 12, "participants": 700,
        "drugs": {"exercise": ["training"], "usual care": []}, "outcomes": {"fatigue": [], "blood pressure": []},
        "findings": [
            _rr("exercise", "fatigue", 0.7, [0.5, 0.95], "usual care"),
            _count(2, "studies", "exercise"), _count(96, "participants", "exercise"),
            _rr("exercise", "blood pressure", 0.9, [0.8, 1.0], "usual care"),
            _count(4, "studies", "exercise"), _count(220, "participants", "exercise"),
            _rr("exercise", "blood pressure", 0.95, [0.8, 1.1], "usual care"),
            _count(3, "studies", "exercise"), _count(220, "participants", "exercise")]},
    "nets": {  # insect repellents against malaria (infectious disease): no review total of people
        "design": "meta-analysis", "studies": 8,
        "drugs": {"repellents": ["insect repellent"]}, "outcomes": {"malaria": ["malaria infection"], "parasites in the blood": []},
        "findings": [
            _rr("repellents", "malaria", 0.8, [0.6, 1.1]),
            _count(61651, "participants", "repellents", "malaria"), _count(4, "trials", "repellents", "malaria"),
            _count(2, "studies in refugee camps", "repellents", "parasites in the blood")]},
    "bowel": {  # talking therapies for bowel disease (mental health): review-level counts of two kinds
        "design": "meta-analysis", "studies": 68, "participants": 6405,
        "drugs": {"talking therapy": ["psychotherapy"], "usual care": []}, "outcomes": {"quality of life": []},
        "findings": [
            _count(48, "studies in the meta-analyses"), _count(6111, "adults in the meta-analyses"),
            {"drug": "talking therapy", "comparator": "usual care", "outcome": "quality of life",
             "measure": "standardised-mean-difference", "value": 0.23, "ci": [0.12, 0.34]},
            _count(20, "trials", "talking therapy", "quality of life", "usual care"),
            _count(1572, "participants", "talking therapy", "quality of life", "usual care")]},
    "asthma": {  # a group with no count of studies (paediatrics): people alone pin nothing
        "design": "meta-analysis", "studies": 9, "participants": 1500,
        "drugs": {"inhaled steroids": []}, "outcomes": {"attacks": []},
        "findings": [
            _rr("inhaled steroids", "attacks", 0.6, [0.5, 0.8]),
            _count(721, "participants", "inhaled steroids")]},
}

CASES = [
    # the number of people is one analysis's: the number of studies must be that analysis's
    ("statins", "Statins probably reduce strokes (evidence from 6 studies with 12,400 people).", "6", False),
    ("statins", "Statins probably reduce strokes (evidence from 9 studies with 12,400 people).", "9", True),
    ("statins", "Statins probably reduce strokes (evidence from 20 studies with 12,400 people).", "20", True),
    ("antibody", "Maintenance therapy may not change the chance of dying from treatment (evidence from 4 studies "
                 "with 1189 participants).", "4", False),
    ("antibody", "Maintenance therapy may not change the chance of dying from treatment (evidence from 11 studies "
                 "with 1189 participants).", "11", True),
    ("antiviral", "The evidence on dying is weak (derived from 11 studies involving 3459 people).", "11", False),
    ("antiviral", "The evidence on dying is weak (derived from 25 studies involving 3459 people).", "25", True),
    ("antiviral", "The evidence on dying is weak (derived from 8 studies involving 3459 people).", "8", True),
    ("anxiety", "Two studies with 310 adults looked at dropping out of internet therapy.", "Two", False),
    ("anxiety", "Five studies with 310 adults looked at dropping out of internet therapy.", "Five", True),
    ("quit", "Three trials with 2,100 smokers found that varenicline helps people quit.", "Three", False),
    ("quit", "Seven trials with 2,100 smokers found that varenicline helps people quit.", "Seven", True),
    # the review's whole: 1,885 infants are the 11 studies'
    ("formula", "We found 11 studies with 1,885 babies comparing high-protein formula with standard formula.",
     "11", False),
    ("formula", "We found 5 studies with 1,885 babies comparing high-protein formula with standard formula.",
     "5", True),
    # the people come first: "1,189 participants in 4 studies"
    ("antibody", "For dying from treatment, 1189 participants in 4 studies gave results.", "4", False),
    ("antibody", "For dying from treatment, 1189 participants in 3 studies gave results.", "3", True),
    # quiet: a number of people two analyses share, with either's number of studies
    ("dialysis", "Training may lower blood pressure (3 studies with 220 people).", "3", False),
    ("dialysis", "Training may lower blood pressure (4 studies with 220 people).", "4", False),
    ("dialysis", "Training may lower blood pressure (2 studies with 220 people).", "2", True),
    # quiet: the review's studies said with one analysis's people (that count of people is the one to question)
    ("nets", "We found 8 studies with a total of 61,651 people living where malaria is common.", "8", False),
    ("nets", "We found 2 studies with a total of 61,651 people living where malaria is common.", "2", True),
    # quiet: counts of the review as a whole pin nothing (68 studies eligible, 48 pooled with 6,405 people)
    ("bowel", "We found 48 studies that included 6405 people with bowel disease.", "48", False),
    ("bowel", "We looked at 68 studies that involved 6111 adults and 294 children.", "68", False),
    ("bowel", "Talking therapy may improve quality of life a little (20 studies with 1572 people).", "20", False),
    ("bowel", "Talking therapy may improve quality of life a little (48 studies with 1572 people).", "48", True),
    # quiet: the people's analysis has no number of studies in the source
    ("asthma", "Inhaled steroids reduce attacks (evidence from 9 studies with 721 children).", "9", False),
]


@pytest.mark.parametrize("study, text, figure, flagged", CASES)
def test_round10_studies_pinned_by_people(study, text, figure, flagged):
    found = claim_rules_at(text, STUDIES[study], figure)
    assert bool(found) == flagged, found


BACKGROUND = {
    "obesity": {  # digital coaching for teenagers with obesity (paediatrics)
        "design": "meta-analysis", "studies": 15, "participants": 2400,
        "drugs": {"digital coaching": ["apps"]}, "outcomes": {"obesity": ["overweight or obesity"]},
        "findings": [{"outcome": "obesity", "population": "children and adolescents worldwide (background)",
                      "value": 340000000}]},
    "kidney": {  # chronic kidney disease worldwide (renal)
        "design": "meta-analysis", "studies": 12, "participants": 900,
        "drugs": {"sodium bicarbonate": ["bicarbonate"]}, "outcomes": {"chronic kidney disease": ["kidney disease"]},
        "findings": [{"outcome": "chronic kidney disease", "population": "people worldwide (background)",
                      "value": 843600000}]},
    "malaria": {  # bed nets (infectious disease): a count in thousands
        "design": "meta-analysis", "studies": 9, "participants": 180000,
        "drugs": {"bed nets": ["nets"]}, "outcomes": {"malaria": []}, "findings": []},
}

MULTIPLIED = [
    ("obesity", "In 2016, more than 340 million children and adolescents were living with obesity.", "340", False),
    ("obesity", "In 2016, more than 683 million children and adolescents were living with obesity.", "683", True),
    ("obesity", "In 2016, over 340 million young people lived with overweight or obesity.", "340", False),
    ("obesity", "In 2016, over 420 million young people lived with overweight or obesity.", "420", True),
    ("kidney", "Chronic kidney disease affects about 843.6 million people worldwide.", "843.6", False),
    ("kidney", "Chronic kidney disease affects about 844 million people worldwide.", "844", False),
    ("kidney", "Chronic kidney disease affects about 1,200 million people worldwide.", "1,200", True),
    # the study's own people, in thousands
    ("malaria", "The nine trials included 180 thousand people living in villages.", "180", False),
]


@pytest.mark.parametrize("study, text, figure, flagged", MULTIPLIED)
def test_round10_counts_in_millions(study, text, figure, flagged):
    found = claim_rules_at(text, BACKGROUND[study], figure)
    assert bool(found) == flagged, found


PEOPLE = {
    "formula": STUDIES["formula"],
    "resus": {  # family presence during resuscitation (mental health of relatives)
        "design": "systematic-review", "studies": 2, "participants": 595,
        "drugs": {"family presence": ["being present"]}, "outcomes": {"PTSD symptoms": ["stress symptoms"]},
        "findings": []},
}

PEOPLE_CASES = [
    ("formula", "We found 11 eligible studies involving 1885 healthy, full-term, formula-fed infants.", "1885", False),
    ("formula", "We found 11 eligible studies involving 3773 healthy, full-term, formula-fed infants.", "3773", True),
    ("formula", "We found 11 studies that included 1885 healthy, full‐term infants.", "1885", False),
    ("formula", "We found 11 studies that included 2885 healthy, full‐term infants.", "2885", True),
    ("resus", "We found 2 studies that included a total of 595 family members.", "595", False),
    ("resus", "We found 2 studies that included a total of 1193 family members.", "1193", True),
    # no count: a year and a comma before the people
    ("formula", "In 2019, healthy, full-term infants were given the new formula.", "2019", False),
]


@pytest.mark.parametrize("study, text, figure, flagged", PEOPLE_CASES)
def test_round10_people_after_describing_words(study, text, figure, flagged):
    found = claim_rules_at(text, PEOPLE[study], figure)
    assert bool(found) == flagged, found


WHOLE = {
    "masks": {  # physical measures against respiratory viruses (infectious disease): no total of people
        "design": "meta-analysis", "studies": 78,
        "drugs": {"masks": ["face masks"]}, "outcomes": {"flu-like illness": []},
        "findings": [_count(11, "new trials in this update"), _count(610872, "participants in the 11 new trials")]},
    "nets": STUDIES["nets"],
    "heart": {  # cardiac rehabilitation (cardiology): the total of people is declared
        "design": "meta-analysis", "studies": 85, "participants": 23430,
        "drugs": {"cardiac rehabilitation": ["rehab"]}, "outcomes": {"death": []},
        "findings": [_count(23430, "participants in the review")]},
}

WHOLE_CASES = [
    ("masks", "We found 78 studies with over 610,000 people.", "610,000", True),
    ("masks", "The 11 new studies had over 610,000 people.", "610,000", False),
    ("masks", "We found 78 studies; the 11 newest had over 610,000 people.", "610,000", False),
    ("nets", "We found 8 studies with 61,651 people living where malaria is common.", "61,651", True),
    ("nets", "We found 4 trials of repellents against malaria with 61,651 people.", "61,651", False),
    ("heart", "We found 85 studies with 23,430 people who had heart problems.", "23,430", False),
    # "These studies included ...": the studies of the sentence before
    ("masks", "We found 78 studies of masks. These studies included over 610,000 participants.", "610,000", True),
    ("masks", "We found 11 new studies of masks. These studies included over 610,000 participants.", "610,000", False),
    ("masks", "We found 78 studies of masks. The 11 new trials included over 610,000 participants.", "610,000", False),
    ("heart", "We found 85 studies of rehab. These studies included 23,430 people.", "23,430", False),
    # quiet: the people are named as the part's ("who used insect repellent")
    ("nets", "We found 8 studies. The studies included 61,651 people.", "61,651", True),
    ("nets", "We found 8 studies. The studies included 61,651 people who used insect repellent.", "61,651", False),
]


@pytest.mark.parametrize("study, text, figure, flagged", WHOLE_CASES)
def test_round10_a_parts_people_as_the_wholes(study, text, figure, flagged):
    found = claim_rules_at(text, WHOLE[study], figure)
    assert bool(found) == flagged, found
