"""One list of words for people (claims/count_words.PEOPLE_NOUNS): PEOPLE_WORDS, the study-size ranges
(size_spans.py) and studies said with the review's people (with_all_people.py) all read it; "smokers" is the
one named addition, for numbers said with a noun. Sentences written for these tests."""

from __future__ import annotations

import re

import pytest

from laylint.claims.count_words import PEOPLE_COUNTED, PEOPLE_NOUNS, PEOPLE_WORDS
from laylint.claims.with_all_people import people_after, with_all_people
from lint_support import claim_rules_at


@pytest.mark.parametrize("word", sorted({*PEOPLE_NOUNS, *PEOPLE_NOUNS.values()}))
def test_people_words_match_each_plural_and_singular(word):
    assert PEOPLE_WORDS.fullmatch(word) and PEOPLE_WORDS.fullmatch(word.capitalize())


@pytest.mark.parametrize("text", ["smokers", "studies", "eyes", "manage", "childhood", "personnel"])
def test_other_words_are_not_people(text):
    assert not PEOPLE_WORDS.fullmatch(text)


def test_smokers_are_counted_but_not_a_people_word():
    assert re.fullmatch(rf"(?:{PEOPLE_COUNTED})", "smokers") and not PEOPLE_WORDS.search("smokers")


@pytest.mark.parametrize("sentence, people", [
    ("We found 12 studies that involved 2,400 smokers.", 2400),  # smoking cessation
    ("We found 9 trials with 1,150 neonates.", 1150),  # paediatrics
    ("We found 5 studies including 640 mothers.", 640),  # maternity
    ("We found 3 trials enrolling 210 persons with kidney failure.", 210),  # renal
    ("We found 4 studies of 88 volunteers.", 88),  # infectious disease (challenge studies)
    ("We found 6 studies that involved 900 eyes.", None),  # eyes are not people
])
def test_people_after_a_count_of_studies(sentence, people):
    end = sentence.index("stud") if "stud" in sentence else sentence.index("trial")
    start = sentence.index("We found ") + len("We found ")
    assert people_after(sentence, start + len(sentence[start:end].split()[0])) == people
    assert with_all_people(sentence, start + len(sentence[start:end].split()[0]), people) is (people is not None)


def _sizes_review(smallest, largest):
    return {"design": "meta-analysis", "studies": 7, "participants": 1800,
            "drugs": {"surfactant": [], "placebo": []}, "outcomes": {"death": []},
            "findings": [{"measure": "count", "value": smallest, "population": "participants in the smallest trial"},
                         {"measure": "count", "value": largest, "population": "participants in the largest trial"}]}


@pytest.mark.parametrize("text, figure, flagged", [
    ("Trial sizes ranged from 40 to 600 neonates.", "40 to 600", False),
    ("Trial sizes ranged from 40 to 950 neonates.", "40 to 950", True),
    ("The number of mothers in each study ranged from 40 to 950.", "40 to 950", True),
])
def test_study_size_ranges_read_every_people_word(text, figure, flagged):
    assert (claim_rules_at(f"What did we find?\n\n{text}", _sizes_review(40, 600), figure) != []) is flagged
