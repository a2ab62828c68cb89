"""Claims round 36, part E (issue 14): real errors and shifted figures that passed silently.
(1) A count of studies by design whose noun is left out ("five used a cross-over design", "and one employed a
    crossover design"): studies have designs, people do not, so the bare number counts studies even after a count of
    people, and is checked against the source's own count of studies of that design ("crossover" is "cross-over").
    Said so, "one" is the count of that design, not one study of a larger group.
(2) The whole review's people given for a part of its studies: "These two studies involved 810 women" when the
    source's 810 participants are of all four studies is a wrong-pair. Quiet: the review's own number of studies, a
    sentence that also says it ("Of the four studies, two ..."), a clause naming a drug, and a part the source gives
    the same number of people for.
(3) Funding words: "trials funded by drug companies" are the source's "trials sponsored by pharmaceutical companies",
    so a count of them is checked against that count (a shifted one was left alone as "some studies described").
Sentences written for these tests (made-up reviews and numbers) across fields.
"""

from __future__ import annotations

import pytest

from lint_support import claim_rules_at, claims_at


def _review(drugs, studies, participants, groups, outcomes=("mortality",)):
    return {"design": "meta-analysis", "studies": studies, "participants": participants,
            "drugs": {name: [] for name in drugs}, "outcomes": {name: [] for name in outcomes},
            "findings": [{"measure": "count", "value": value, "population": population} for population, value in groups]}


DESIGNS = {
    "heart": _review(["beta-blockers", "placebo"], 9, 1400, [("cross-over trials", 4)]),
    "cancer": _review(["ginseng", "placebo"], 7, 820, [("crossover studies", 2)], ("fatigue",)),
    "infection": _review(["zinc lozenges", "placebo"], 11, 2300, [("cluster-randomised trials", 3)], ("cold duration",)),
    "mental": _review(["omega-3", "placebo"], 6, 410, [("studies with a parallel-group design", 5)], ("depression",)),
    "children": _review(["melatonin", "placebo"], 8, 530, [("cross-over trials", 6)], ("sleep onset",)),
    "smoking": _review(["e-cigarettes", "nicotine patches"], 10, 3900, [("cluster-randomised studies", 2)], ("quit rates",)),
    "renal": _review(["sodium bicarbonate", "usual care"], 5, 360, [("crossover trials", 1)], ("kidney function",)),
}


@pytest.mark.parametrize("source, text, figure", [
    # cardiology: after a count of people, "five used" is still studies (the source has 4 cross-over trials)
    ("heart", "The trials enrolled 1400 adults with heart failure, and five used a cross-over design.", "five"),
    # oncology: "one" is the count of that design, not one of a group (the source has 2 crossover studies)
    ("cancer", "Four studies were double-blind, two were open-label and one employed a crossover design.", "one"),
    # infectious disease: "of them", "adopted"
    ("infection", "We found 11 trials with 2300 people; six of them adopted a cluster-randomised design.", "six"),
    # mental health: "had a ... design", digits
    ("mental", "The six studies included 410 adults. 3 had a parallel-group design.", "3"),
    # paediatrics: hyphen in the summary, none in the source, and the other way round
    ("children", "All trials were short and two used a crossover design.", "two"),
    # smoking cessation: after a count of people in the sentence before
    ("smoking", "The studies included 3900 smokers. Four used a cluster-randomised design.", "Four"),
    # renal: more than the source's one crossover trial
    ("renal", "Of the five trials, three employed a cross-over design.", "three"),
])
def test_a_design_count_against_the_declared_one_is_a_mismatch(source, text, figure):
    assert claim_rules_at(text, DESIGNS[source], figure) == ["claims/number-mismatch"]


@pytest.mark.parametrize("source, text, figure", [
    ("heart", "The trials enrolled 1400 adults with heart failure, and four used a cross-over design.", "four"),
    ("cancer", "Four studies were double-blind, one was open-label and two employed a crossover design.", "two"),
    ("infection", "We found 11 trials with 2300 people; three of them adopted a cluster-randomised design.", "three"),
    ("mental", "The six studies included 410 adults. 5 had a parallel-group design.", "5"),
    ("children", "All trials were short and six used a crossover design.", "six"),
    ("smoking", "The studies included 3900 smokers. Two used a cluster-randomised design.", "Two"),
    ("renal", "Of the five trials, one employed a cross-over design.", "one"),
])
def test_a_design_count_the_source_gives_is_quiet(source, text, figure):
    assert claims_at(text, DESIGNS[source], figure) == []


def test_a_design_count_is_read_as_studies_not_people():
    # the message says studies: "five" after "1400 adults" is not five people
    found = claims_at("The trials enrolled 1400 adults with heart failure, and five used a cross-over design.",
                      DESIGNS["heart"], "five")
    assert len(found) == 1 and "5 studies" in found[0] and "4 cross-over trials" in found[0]


def test_a_number_with_its_own_noun_is_not_a_design_count():
    # "400 adults" of one trial that used a design: still people (a study's size), never 400 studies
    found = claims_at("The largest of the nine trials, with 400 adults, used a cross-over design.", DESIGNS["heart"], "400")
    assert found and all("400 people" in message for message in found)


def test_a_number_inside_a_clause_is_not_a_design_count():
    # "over 12 weeks using a cross-over design": a duration, not 12 studies
    assert claims_at("The trials enrolled 1400 adults over 12 weeks using a cross-over design.", DESIGNS["heart"], "12") == []


# (2) the whole review's people said of fewer studies
WHOLES = {
    "heart": _review(["statins", "placebo"], 6, 4200, []),
    "cancer": _review(["yoga", "usual care"], 5, 630, [], ("fatigue",)),
    "infection": _review(["vitamin D", "placebo"], 9, 11321, [], ("respiratory infections",)),
    "mental": _review(["internet CBT", "waiting list"], 4, 810, [], ("anxiety",)),
    "children": _review(["oral rehydration", "intravenous fluids"], 7, 1520, [], ("hospital admission",)),
    "smoking": _review(["varenicline", "placebo"], 8, 5100, [], ("quit rates",)),
    "renal": _review(["exercise", "usual care"], 5, 395, [], ("kidney function",)),
}


@pytest.mark.parametrize("source, text, figure", [
    ("heart", "Two studies had no usable data, but the other four studies involved 4200 adults.", "4200"),
    ("cancer", "Only three trials reported fatigue. These three trials included 630 women with breast cancer.", "630"),
    ("infection", "The 5 trials with 11,321 people were done in schools.", "11,321"),
    ("mental", "Two provided too little data. These two studies involved 810 adults.", "810"),
    ("children", "The three trials, which together enrolled 1520 children, were done in Africa.", "1520"),
    ("smoking", "Six trials recruited 5100 smokers who wanted to quit.", "5100"),
    ("renal", "Only two studies involved 395 people on dialysis.", "395"),
])
def test_the_reviews_people_said_of_fewer_studies_is_a_wrong_pair(source, text, figure):
    assert claim_rules_at(text, WHOLES[source], figure) == ["claims/wrong-pair"]


def test_the_wrong_pair_message_says_all_the_studies():
    found = claims_at("Two provided too little data. These two studies involved 810 adults.", WHOLES["mental"], "810")
    assert len(found) == 1 and "810 participants in all 4 studies" in found[0]


@pytest.mark.parametrize("source, text, figure", [
    # the review's own number of studies
    ("heart", "We found six studies that involved 4200 adults.", "4200"),
    # the whole said before the part in the sentence
    ("cancer", "Of the five trials, three trials with 630 women reported fatigue.", "630"),
    # the people before the studies: not said of them
    ("infection", "In total 11,321 people took part, and 5 trials were done in schools.", "11,321"),
    # another number between the studies and the people
    ("children", "The three trials and four cohort studies enrolled 1520 children.", "1520"),
    # a clause naming a drug: a comparison's count, checked elsewhere
    ("smoking", "Six trials compared varenicline with placebo in 5100 smokers.", "5100"),
    # the review's studies said as its own, one fewer than the source's (which counts an excluded one)
    ("heart", "The review includes five trials that involved 4200 adults.", "4200"),
    # loosely said studies ("about two dozen" is 24, not 2)
    ("infection", "We looked at about two dozen trials with 11,321 people.", "11,321"),
    # a bound on each study's size, not a total ("more than 300 adults" agrees with any total above 300)
    ("heart", "Two trials included more than 300 adults each.", "more than 300"),
    # a different number of people: not the total
    ("renal", "Only two studies involved 160 people on dialysis.", "160"),
])
def test_the_reviews_people_with_its_own_studies_stay_quiet(source, text, figure):
    assert "claims/wrong-pair" not in claim_rules_at(text, WHOLES[source], figure)


def test_a_part_the_source_counts_with_the_same_people_is_quiet():
    # the source's own count: the 2 trials that reported anxiety had all 810 participants
    source = {**WHOLES["mental"], "findings": [
        {"drug": "internet CBT", "comparator": "waiting list", "outcome": "anxiety", "measure": "count", "value": 810,
         "population": "participants"}]}
    assert claim_rules_at("Two studies that measured anxiety involved 810 adults.", source, "810") == []


# (3) funded = sponsored, drug companies = pharmaceutical companies
def _funding(studies, participants, entirely, partially):
    source = _review(["intervention", "control"], studies, participants, [
        ("trials sponsored entirely by pharmaceutical companies", entirely),
        ("trials sponsored partially by pharmaceutical companies", partially)])
    return source


FUNDING = {
    "heart": _funding(31, 24000, 12, 9),
    "cancer": _funding(18, 5200, 7, 4),
    "mental": _funding(25, 3900, 5, 11),
    "renal": _funding(14, 2100, 6, 3),
}


@pytest.mark.parametrize("source, text, figure", [
    ("heart", "Twenty trials were funded entirely by drug companies.", "Twenty"),
    ("cancer", "Eleven trials were partially funded by pharmaceutical companies.", "Eleven"),
    ("mental", "Of the 25 trials, 9 were funded entirely by pharmaceutical companies.", "9"),
    ("renal", "Nine trials were partially funded by drug companies, usually with free study drugs.", "Nine"),
    # "in full" is "entirely", "partly" is "partially"
    ("heart", "Twenty trials were funded in full by one or more drug companies.", "Twenty"),
    ("cancer", "Eleven trials were partly funded by pharmaceutical companies.", "Eleven"),
])
def test_a_count_of_funded_trials_against_the_sponsored_count_is_a_mismatch(source, text, figure):
    assert claim_rules_at(text, FUNDING[source], figure) == ["claims/number-mismatch"]


@pytest.mark.parametrize("source, text, figure", [
    ("heart", "Twelve trials were funded entirely by drug companies.", "Twelve"),
    ("cancer", "Four trials were partially funded by pharmaceutical companies.", "Four"),
    ("mental", "Of the 25 trials, 5 were funded entirely by pharmaceutical companies.", "5"),
    # funding words the source does not use for any count: some studies described, quiet
    ("renal", "Two trials were funded by a government grant.", "Two"),
])
def test_a_count_of_funded_trials_the_source_gives_is_quiet(source, text, figure):
    assert claims_at(text, FUNDING[source], figure) == []
