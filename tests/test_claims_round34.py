"""Claims round 34 (issue 14): counts of studies or people whose noun is left out or comes before them.
(1) A count of studies whose noun is left out because a count just before it said it: "We found 146 studies and
    selected 36 of them", "We found 8 trials and included 6 in our analysis". The kept number counts studies as if the
    noun were written ("selected 36 studies"), so the count checks apply: the source's count of the studies kept, or
    the review's included studies. Look-alikes stay quiet: a number with a noun of its own, a dose, "one of them"
    after a count of outcomes, a part the source gives, and a number after a count of people.
(2) A count whose noun comes before it: "Total studies: 175; total participants: 2301", "Number of trials: 12", "The
    included studies were 10 in total". Look-alikes stay quiet: a duration, an age, a number that does not end the
    label's item.
Sentences written for these tests (made-up reviews and numbers) across fields.
"""

from __future__ import annotations

import pytest

from lint_support import claim_rules_at


def _review(drugs, studies, participants, findings=()):
    return {"design": "meta-analysis", "studies": studies, "participants": participants,
            "drugs": {name: [] for name in drugs}, "outcomes": {"mortality": ["death"]}, "findings": list(findings)}


def _found(value):
    return {"measure": "count", "value": value, "population": "studies found by the searches"}


SOURCES = {
    "heart": _review(["statins", "placebo"], 14, 5200,
                     [_found(60), {"measure": "count", "value": 8, "population": "trials in the main analysis"}]),
    "cancer": _review(["exercise", "usual care"], 9, 1100, [_found(48)]),
    "infection": _review(["probiotics", "placebo"], 6, 740, [_found(30)]),
    "mental": _review(["counselling", "usual care"], 22, 3100, [_found(120)]),
    "renal": _review(["bicarbonate", "no treatment"], 5, 620, [_found(11)]),
    "children": _review(["zinc", "placebo"], 15, 2400, [_found(40)]),
    "smoking": _review(["varenicline", "placebo"], 36, 9800, [_found(146)]),
}


@pytest.mark.parametrize("source, text, figure", [
    # cardiology: the kept trials are more than the review included
    ("heart", "We screened 60 trials and included 31 in the meta-analysis.", "31"),
    # oncology: "of them"
    ("cancer", "We found 48 studies, and selected 19 of them to analyse.", "19"),
    # infectious disease: an adverb before the verb
    ("infection", "We identified 30 eligible trials and closely analysed 13 of them.", "13"),
    # mental health: "looked closely at"
    ("mental", "We found 120 studies and looked closely at 47 of them for our review.", "47"),
    # renal: "could pool"
    ("renal", "We found 11 trials but could pool 9 in our analysis.", "9"),
    # smoking cessation: a number word
    ("smoking", "We found 146 studies and selected seventy-five of them to analyse.", "seventy-five"),
])
def test_a_kept_count_above_the_included_studies_is_flagged(source, text, figure):
    assert claim_rules_at(text, SOURCES[source], figure) != []


@pytest.mark.parametrize("source, text, figure", [
    # the right number of included studies, kept from the studies found
    ("children", "We found 40 studies and included 15 in our review.", "15"),
    ("smoking", "We found 146 studies and selected 36 of them to analyse.", "36"),
    # a part the source gives
    ("heart", "We screened 60 trials and pooled 8 in the main analysis.", "8"),
    # a number with a noun of its own
    ("cancer", "Nine trials enrolled 1100 adults and looked at 12 outcomes.", "12"),
    # a dose
    ("heart", "Fourteen trials used statins and combined 80 mg with diet advice.", "80"),
    # "one of them" after a count of outcomes, not of studies
    ("infection", "Six trials reported three outcomes and we selected one of them for the main analysis.", "one"),
    # a number after a count of people: not read as studies
    ("renal", "We recruited 620 people and included 580 in the analysis.", "580"),
    ("cancer", "Nine trials enrolled 1100 adults and pooled 4 in a meta-analysis.", "4"),
    # a share of the outcomes, not "of them"
    ("mental", "We included 22 studies and analysed 2 of the 5 outcomes.", "2"),
])
def test_look_alikes_and_fitting_parts_stay_quiet(source, text, figure):
    assert claim_rules_at(text, SOURCES[source], figure) == []


@pytest.mark.parametrize("source, elided, written, figure", [
    ("heart", "We screened 60 trials and pooled 11 in the main analysis.",
     "We screened 60 trials and pooled 11 trials in the main analysis.", "11"),
    ("children", "We found 40 studies and included 15 in our review.",
     "We found 40 studies and included 15 studies in our review.", "15"),
    ("infection", "We identified 30 trials and closely analysed 13 of them.",
     "We identified 30 trials and closely analysed 13 trials.", "13"),
])
def test_the_kept_count_is_judged_as_if_its_noun_were_written(source, elided, written, figure):
    assert claim_rules_at(elided, SOURCES[source], figure) == claim_rules_at(written, SOURCES[source], figure)


# -- (2) the noun before the number ------------------------------------------------------------------------------

@pytest.mark.parametrize("source, text, figure", [
    # oncology: a summary written as labelled items
    ("cancer", "Total studies: 21; total participants: 1100.", "21"),
    ("cancer", "Total studies: 9; total participants: 2203.", "2203"),
    # cardiology: "in total"
    ("heart", "The included studies were 31 in total, with 5200 participants.", "31"),
    # paediatrics: "Number of"
    ("children", "Number of trials: 33 (2400 children).", "33"),
    # renal: the people said before their number
    ("renal", "The participants were 1243 in total.", "1243"),
])
def test_a_count_named_before_its_number_is_checked(source, text, figure):
    assert claim_rules_at(text, SOURCES[source], figure) != []


@pytest.mark.parametrize("source, text, figure", [
    # the right counts
    ("heart", "Total studies: 14; total participants: 5200.", "14"),
    ("heart", "Total studies: 14; total participants: 5200.", "5200"),
    ("children", "The included trials were 15 in total.", "15"),
    ("mental", "Number of studies: 22.", "22"),
    # a duration, an age, a number that does not end the item
    ("infection", "Total study duration: 20 years.", "20"),
    ("infection", "The trials were 12 weeks long.", "12"),
    ("smoking", "Number of participants: 18 and older in every trial.", "18"),
    ("cancer", "Total studies: 3 per arm of the network.", "3"),
])
def test_look_alikes_of_a_named_count_stay_quiet(source, text, figure):
    assert claim_rules_at(text, SOURCES[source], figure) == []
