"""Claims round 38 (issue 14): shapes from the newest real sets, reproduced with sentences written for these tests
(made-up reviews and numbers) across fields.
(1) A search date after a publication year: only another search date in the sentence excuses a date that differs
    from `searched` ("published in 2022, and the search was completed in March 2024" for a January 2022 search).
(2) People who had an event against a declared count of events of that outcome ("One person had bleeding" for "1
    episode of bleeding"): backed when equal; another number stays unsupported.
(3) "N studies with a total of about M people were included": the review's studies, checked against its total.
(4) The whole of a stated part ("Two out of three trials reported no harms"): the words after it describe the part,
    so the source's count of the part is no rival; a whole the source gives stays checked.
(5) A drug class with its members listed ("statins (atorvastatin or simvastatin) in nine trials", "SSRIs such as
    sertraline"): the count is the class's; a bracket naming another arm ("(versus placebo)") is no member list.
"""

from __future__ import annotations

import pytest

from laylint.api import lint_text
from laylint.claims.stated_part import part_before
from lint_support import claim_rules_at, pair_review


# -- (1) search dates ----------------------------------------------------------------------------------------------

def _search_dates(text, searched):
    source = pair_review("exercise", "usual care", [], {"quality of life": []}) | {"searched": searched}
    return [d for d in lint_text(text, select=["claims/search-date"], source=source)]


SEARCH_DATES = [  # (sentence, searched, flagged)
    ("The latest study we included was published in 2022, and the search for studies was completed in March 2024.",
     "2022-01", True),
    ("The newest trial of statins appeared in 2021; we searched the databases in May 2023.", "2021-06", True),
    ("Trials published up to 2020 were included, and the searches were run in June 2023.", "2020-11", True),
    # look-alikes: two search dates, the start of the period searched, the declared date after a publication year
    ("We searched the databases in January 2022 and again in August 2022.", "2022-08", False),
    ("We searched for trials of nicotine patches published between January 2002 and January 2022.", "2022-01", False),
    ("The most recent trial was published in 2019, and we searched for studies in March 2022.", "2022-03", False),
]


@pytest.mark.parametrize("text, searched, flagged", SEARCH_DATES)
def test_only_another_search_date_excuses_a_search_date(text, searched, flagged):
    assert bool(_search_dates(text, searched)) is flagged


# -- (2) people who had an event, events declared --------------------------------------------------------------------

def _events(drug, comparator, outcome, aliases, value, population, studies=2, participants=300):
    return pair_review(drug, comparator, [{"outcome": outcome, "measure": "count", "value": value, "population": population}],
                       {outcome: aliases, "quality of life": []}, studies=studies, participants=participants)


SURGERY = _events("sinus surgery", "nasal irrigation", "bleeding during surgery", ["bleeding"], 1,
                  "episodes of bleeding during surgery", studies=1, participants=28)
ONCOLOGY = _events("cisplatin", "carboplatin", "febrile neutropenia", ["neutropenia"], 4, "episodes of febrile neutropenia")
PAEDIATRICS = _events("intravenous fluids", "oral fluids", "seizures", ["seizure"], 2, "episodes of seizures")
RENAL = _events("cool dialysate", "standard dialysate", "low blood pressure during dialysis", ["low blood pressure"], 3,
                "episodes of low blood pressure")

EVENT_PEOPLE = [  # (source, sentence, figure, flagged)
    (SURGERY, "One person had bleeding during surgery, which was stopped at once.", "One", False),
    (ONCOLOGY, "In one trial, four children had febrile neutropenia.", "four", False),
    (PAEDIATRICS, "Two babies had a seizure while on fluids given into a vein.", "Two", False),
    (RENAL, "Three people had low blood pressure during dialysis.", "Three", False),
    # another number of people stays unsupported; so does one of another outcome
    (SURGERY, "Four people had bleeding during surgery, which was stopped at once.", "Four", True),
    (ONCOLOGY, "Nine people had febrile neutropenia.", "Nine", True),
    (RENAL, "Seven people had low blood pressure during dialysis.", "Seven", True),
    (PAEDIATRICS, "Two babies had worse quality of life while on fluids given into a vein.", "Two", True),
]


@pytest.mark.parametrize("source, text, figure, flagged", EVENT_PEOPLE)
def test_people_with_events_against_a_count_of_events(source, text, figure, flagged):
    assert bool(claim_rules_at(text, source, figure)) is flagged


# -- (3) studies said as the review's, with "a total of about" people ------------------------------------------------

def _review(total, part, participants=2393):
    return pair_review("rituximab", "observation", [{"measure": "count", "value": part, "population": "studies",
                                                      "note": "trials reporting genetic changes at the start"}],
                       {"overall survival": ["survival"]}, studies=total, participants=participants)


INCLUDED_TOTALS = [  # (source, sentence, figure, flagged)
    (_review(11, 6), "Study characteristics: Six studies with a total of about 1,200 participants were included.", "Six", True),
    (_review(14, 9, 5412), "Nine trials with a total of around 5,000 smokers were included.", "Nine", True),
    (_review(20, 12, 3390), "Twelve studies with a total of nearly 3,100 children were included.", "Twelve", True),
    # the review's own count, and a part that says it is one
    (_review(11, 6), "Eleven studies with a total of about 2,400 participants were included.", "Eleven", False),
    (_review(11, 6), "Six studies reported genetic changes at the start.", "Six", False),
]


@pytest.mark.parametrize("source, text, figure, flagged", INCLUDED_TOTALS)
def test_included_studies_with_a_total_of_about_people_are_the_reviews(source, text, figure, flagged):
    rules = claim_rules_at(text, source, figure)
    assert (rules == ["claims/number-mismatch"]) if flagged else not rules


# -- (4) the whole of a stated part -----------------------------------------------------------------------------------

def test_the_part_before_a_whole():
    assert part_before("Two out of ") == 2
    assert part_before("In 3 of the ") == 3
    assert part_before("Seven of these ") == 7
    assert part_before("We found ") is None


def _harms(counts, studies=20):
    return pair_review("high-frequency TENS", "placebo",
                       [{"outcome": "adverse effects", "measure": "count", "value": v, "population": p} for v, p in counts],
                       {"adverse effects": ["harms", "side effects"], "pain": []}, studies=studies, participants=585)


ONLY_PART = _harms([(2, "trials reporting no adverse effects")])
WITH_WHOLE = _harms([(3, "trials reporting on adverse effects"), (2, "trials reporting no adverse effects")])
STATED_PARTS = [  # (source, sentence, figure, flagged)
    (ONLY_PART, "Two out of three trials reported no adverse effects of high-frequency TENS.", "three", False),
    (ONLY_PART, "Two of the three trials reported no side effects.", "three", False),
    (WITH_WHOLE, "Two out of three RCTs reported no adverse effects.", "three", False),
    # a whole the source gives stays checked; so does a whole above the review's total, and the part said alone
    (WITH_WHOLE, "Two out of nine RCTs reported no adverse effects.", "nine", True),
    (ONLY_PART, "Two out of 30 trials reported no adverse effects.", "30", True),
    (WITH_WHOLE, "Five trials reported no adverse effects.", "Five", True),
]


@pytest.mark.parametrize("source, text, figure, flagged", STATED_PARTS)
def test_the_whole_of_a_stated_part(source, text, figure, flagged):
    assert bool(claim_rules_at(text, source, figure)) is flagged


# -- (5) a drug class with its members -------------------------------------------------------------------------------

def _classes(drug_class, members, other, counts, studies=11, comparator="observation"):
    return {"design": "meta-analysis", "studies": studies, "participants": 2393,
            "drugs": {drug_class: [], **{m: [] for m in members}, other: [], comparator: []},
            "outcomes": {"overall survival": ["survival"]},
            "findings": [{"drug": d, "comparator": comparator, "measure": "count", "value": v, "population": "studies"}
                         for d, v in counts]}


ANTIBODIES = _classes("anti-CD20 antibodies", ["rituximab", "ofatumumab"], "lenalidomide",
                      [("anti-CD20 antibodies", 7), ("lenalidomide", 3)])
STATINS = _classes("statins", ["atorvastatin", "simvastatin"], "ezetimibe", [("statins", 9), ("ezetimibe", 2)],
                   comparator="placebo")
SSRIS = _classes("SSRIs", ["sertraline", "fluoxetine"], "psychotherapy", [("SSRIs", 6), ("psychotherapy", 4)], studies=10,
                 comparator="placebo")
ASPIRIN = {"design": "meta-analysis", "studies": 12, "participants": 2400,
           "drugs": {"aspirin": [], "placebo": [], "clopidogrel": []}, "outcomes": {"stroke": []},
           "findings": [{"drug": "aspirin", "comparator": "placebo", "measure": "count", "value": 7, "population": "studies"},
                        {"drug": "aspirin", "comparator": "clopidogrel", "measure": "count", "value": 5, "population": "studies"}]}

CLASS_COUNTS = [  # (source, sentence, figure, flagged)
    (ANTIBODIES, "The studies tested anti\u2011CD20 antibodies (rituximab or ofatumumab) in seven studies, and "
                 "lenalidomide in three studies.", "seven", False),
    (STATINS, "Trials tested statins (atorvastatin or simvastatin) in nine trials and ezetimibe in two.", "nine", False),
    (SSRIS, "SSRIs such as sertraline or fluoxetine were tested in six studies.", "six", False),
    # a shifted class count is still caught; a bracket naming another arm is no member list
    (ANTIBODIES, "The studies tested anti-CD20 antibodies (rituximab or ofatumumab) in five studies.", "five", True),
    (STATINS, "Trials tested statins (atorvastatin or simvastatin) in four trials.", "four", True),
    (ASPIRIN, "Aspirin (versus placebo) was tested in five trials.", "five", True),
    (ASPIRIN, "Aspirin (compared with placebo) was tested in five trials.", "five", True),
]


@pytest.mark.parametrize("source, text, figure, flagged", CLASS_COUNTS)
def test_a_count_after_a_class_and_its_members_is_the_classs(source, text, figure, flagged):
    assert bool(claim_rules_at(text, source, figure)) is flagged


# -- (6) studies said with all the review's people -------------------------------------------------------------------

def _found(studies, participants, extra):
    return pair_review("surgery", "nasal irrigation", extra, {"nasal symptoms": []}, studies=studies, participants=participants)


ONE_STUDY = _found(1, 28, [{"measure": "count", "value": 50, "population": "studies identified by the searches"},
                           {"drug": "surgery", "comparator": "nasal irrigation", "measure": "count", "value": 28,
                            "population": "participants"},
                           {"drug": "surgery", "comparator": "nasal irrigation", "measure": "count", "value": 1,
                            "population": "trials"}])
SMOKING = _found(9, 1450, [{"measure": "count", "value": 212, "population": "studies found by the searches"}])
RENAL_TRIALS = _found(12, 2400, [{"drug": "surgery", "comparator": "nasal irrigation", "measure": "count", "value": 7,
                                  "population": "studies"}])
POOLED = pair_review("zinc", "placebo", [{"measure": "count", "value": 48, "population": "studies in the meta-analyses"}],
                     {"diarrhoea": []}, studies=58, participants=9120)  # the declared people are the pooled studies'
ALL_PEOPLE = [  # (source, sentence, figure, rule or None)
    (ONE_STUDY, "We found 50 studies that involved 28 participants.", "50", "claims/wrong-pair"),
    (SMOKING, "We found 212 trials with 1,450 smokers.", "212", "claims/wrong-pair"),
    (SMOKING, "We included 14 trials involving a total of 1450 adults.", "14", "claims/number-mismatch"),
    # the review's own count; another number of people; the searches' count said as such
    (ONE_STUDY, "We found 1 study that involved 28 participants.", "1", None),
    (SMOKING, "We found nine trials with 1,450 smokers.", "nine", None),
    (RENAL_TRIALS, "Seven studies with 900 people on dialysis compared surgery with nasal irrigation.", "Seven", None),
    (SMOKING, "The searches found 212 studies; nine trials with 1,450 people were included.", "212", None),
    (POOLED, "We pooled 48 trials with 9,120 children in the meta-analyses.", "48", None),
]


@pytest.mark.parametrize("source, text, figure, rule", ALL_PEOPLE)
def test_studies_said_with_all_the_reviews_people_are_its_studies(source, text, figure, rule):
    assert claim_rules_at(text, source, figure) == ([rule] if rule else [])


# -- (7) the denominator of a nutrient threshold ----------------------------------------------------------------------

FORMULA = pair_review("high-protein formula", "standard formula",
                      [{"outcome": "weight gain", "measure": "mean-difference", "value": 1.2, "ci": [0.4, 2.0]}],
                      {"weight gain": []}, studies=11, participants=1185)


@pytest.mark.parametrize("text", [
    "High-protein formula meant 2.5 g or more protein per 100 kilocalories.",
    "The diet gave at least 3 g of fibre per 100 kilojoules.",
    "High-protein formula had 2.5 g or more protein per 100 kcal.",
])
def test_the_energy_denominator_of_a_threshold_is_not_a_claim(text):
    assert claim_rules_at(text, FORMULA, "100") == []
