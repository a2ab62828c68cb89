"""Claims round 32, part C (issue 14): counts of studies and people.
(1) A count that takes another group's number: "only one study was at low risk of bias" written with 5 when the
    source counts 1 study at low risk and, by chance, 5 at unclear risk. A count that agrees only with a group its
    own words do not name, while the source counts the group its words do name with another number, is that
    group's count misstated (number-mismatch). A count its words name well, the review's totals and counts of a
    comparison stay as they were. Of one comparison's counts, the one whose words are all said and most ("TSBP only"
    over "TSBP") is the one a count is of. A part of the studies or people that is checked only against the total
    ("only 9 studies reported outcomes beyond 12 months") is the count of the one group its words all name (two
    words at least; numbers and times name none), and a number-mismatch when it is more than that group's count
    (fewer may be a part of it: "Two studies in children found ..." when 5 trials were in children).
Sentences written for these tests (made-up reviews and numbers) across fields.
"""

from __future__ import annotations

import pytest

from lint_support import claim_rules_at, claims_at


def _count(value, population, drug=None, outcome=None):
    finding = {"measure": "count", "value": value, "population": population}
    finding.update({k: v for k, v in (("drug", drug), ("outcome", outcome)) if v})
    return finding


def _review(drugs, findings, studies, participants):
    return {"design": "meta-analysis", "studies": studies, "participants": participants,
            "drugs": {name: [] for name in drugs}, "outcomes": {"mortality": ["death"]}, "findings": findings}


SOURCES = {
    # cardiology: risk of bias of 30 trials
    "statins": _review(["statins", "placebo"], [_count(2, "studies at low risk of bias"),
                                                _count(7, "studies at unclear risk of bias"),
                                                _count(21, "studies at high risk of bias")], 30, 9120),
    # inflammatory bowel disease in children: disease activity and ages
    "colitis": _review(["budesonide", "placebo"], [_count(4, "studies in patients with inactive disease"),
                                                   _count(11, "studies including only paediatric patients")], 41, 3253),
    # mental health promotion: settings of the sampled studies
    "settings": _review(["peer support", "usual care"], [_count(16, "sampled studies in primary care settings"),
                                                         _count(4, "sampled studies in community settings"),
                                                         _count(9, "sampled studies set in middle-income countries")],
                        36, 12000),
    # smoking cessation: people quitting by age group
    "smoking": _review(["varenicline", "placebo"], [_count(640, "adults aged over 65 years"),
                                                    _count(1900, "pregnant women")], 12, 5400),
    # oncology: funding
    "oncology": _review(["nivolumab", "chemotherapy"], [_count(3, "studies funded by industry"),
                                                        _count(8, "studies with non-industry funding")], 11, 4100),
    # renal: new trials of an update and the ongoing ones
    "renal": _review(["sevelamer", "calcium carbonate"], [_count(6, "new trials in this update"),
                                                          _count(13, "ongoing clinical trial registrations"),
                                                          _count(9, "studies awaiting classification")], 24, 3046),
    # vascular tests: studies of one test only, and of it with or without the other
    "tests": _review(["ankle-brachial index", "toe pressure"],
                     [_count(11, "studies evaluating ABI only", "ankle-brachial index"),
                      _count(2, "studies evaluating toe pressure only", "toe pressure"),
                      _count(6, "studies evaluating toe pressure", "toe pressure")], 15, 2100),
    # cardiac rehabilitation: one outcome's long-term studies, and the larger study's children at five years
    "rehab": _review(["home-based rehabilitation", "centre-based rehabilitation"],
                     [{"drug": "home-based rehabilitation", "comparator": "centre-based rehabilitation", "outcome": "mortality",
                       "measure": "count", "value": 3, "population": "studies reporting outcomes beyond 12 months"},
                      _count(157, "children with data at five years (larger study)")], 24, 3046),
    # asthma: trials in children and in adults
    "asthma": _review(["montelukast", "placebo"], [_count(5, "trials in children"), _count(2, "trials in adults"),
                                                   _count(8, "trials blinding assessors"),
                                                   _count(8, "trials in hospital clinics")], 8, 1143),
    # paediatrics: ages of the children
    "ages": _review(["digital coaching", "usual care"], [_count(10, "studies exclusively of adolescents"),
                                                         _count(15, "studies including participants aged 10 to 19 years"),
                                                         _count(5, "studies also including younger children")], 15, 911),
}


@pytest.mark.parametrize("source, text, figure, named", [
    ("statins", "Only 7 studies had a low risk of bias; the rest had serious problems.", "7", "2 studies at low risk"),
    ("statins", "We judged 7 trials to be at low risk of bias overall.", "7", "2 studies at low risk"),
    ("colitis", "Most trials enrolled people with active disease; 11 trials included inactive disease.", "11",
     "4 studies in patients with inactive disease"),
    ("colitis", "Eleven studies looked at patients whose disease was inactive.", "Eleven",
     "4 studies in patients with inactive disease"),
    ("settings", "Sixteen studies were in primary care, and 9 studies in community settings.", "9",
     "4 sampled studies in community settings"),
    ("smoking", "The trials included 1,900 adults aged over 65 years.", "1,900", "640 adults aged over 65"),
    ("tests", "Of 15 studies, 9 evaluated ABI only, 6 evaluated toe pressure only and four evaluated both.", "6",
     "2 studies evaluating toe pressure only"),
    ("oncology", "Most studies had non-industry funding; 8 studies had some industry funding.", "8",
     "3 studies funded by industry"),
    # a part left unchecked whose words name one group the source counts
    ("rehab", "Most trials were short; only 9 studies reported outcomes beyond 12 months.", "9",
     "3 studies reporting outcomes beyond 12 months"),
    ("rehab", "Eight trials reported their outcomes beyond 12 months.", "Eight", "3 studies reporting outcomes beyond"),
    ("rehab", "Only 9 studies reported outcomes beyond 12 months (up to 24 months for mortality).", "9",
     "3 studies reporting outcomes beyond 12 months"),
])
def test_a_count_with_another_groups_number_is_a_mismatch(source, text, figure, named):
    found = claims_at(text, SOURCES[source], figure)
    assert [f.split(":")[0] for f in found] == ["claims/number-mismatch"]
    assert named in found[0]


@pytest.mark.parametrize("source, text, figure", [
    # the group its words name, with the right number
    ("statins", "Only 2 studies had a low risk of bias; the rest had serious problems.", "2"),
    ("statins", "Seven trials were at unclear risk of bias.", "Seven"),
    ("colitis", "Four trials included people with inactive disease.", "Four"),
    ("settings", "Four studies were set in community settings.", "Four"),
    # the group it agrees with is named too, if not in every word
    ("renal", "We also found nine more studies and 13 trial registrations but they are ongoing.", "nine"),
    ("renal", "Six new trials were added in this update.", "Six"),
    ("ages", "Ten studies included only those aged 10 to 19 years.", "Ten"),
    ("tests", "Six studies evaluated toe pressure, two of them toe pressure only.", "Six"),
    ("rehab", "Only 3 studies reported outcomes beyond 12 months.", "3"),
    # of several counts with its number, the one its words name, before its segment too
    ("asthma", "All eight trials were in hospital clinics.", "eight"),
    ("asthma", "Children were treated in hospital (outpatient, emergency) clinics in eight trials and in adults in 2.",
     "eight"),
    ("renal", "Nine studies are still awaiting classification, or ongoing.", "Nine"),
    ("rehab", "Nine studies reported outcomes at 12 months.", "Nine"),  # not every word of the group said
    ("tests", "Of 15 studies, 11 evaluated ABI only, 2 evaluated toe pressure only and two evaluated both.", "2"),
    # a word with "non-" is not the word without it
    ("oncology", "Most studies had non-industry funding; 3 studies had some industry funding.", "3"),
    # the review's totals and a plain count stay backed
    ("statins", "We found 30 trials at low, unclear or high risk of bias.", "30"),
    ("colitis", "The 41 studies included people with active or inactive disease.", "41"),
    ("smoking", "The 12 trials included 5,400 adults aged over 65 years and pregnant women.", "5,400"),
])
def test_counts_their_words_name_or_the_totals_stay_quiet(source, text, figure):
    assert claim_rules_at(text, SOURCES[source], figure) == []


def test_numbers_and_times_name_no_group():
    """"five years" in "children with data at five years" is when, not which children: a study's size said with
    "five years" is not that count misstated (the source does not give the size: at most unsupported)."""
    text = "One study followed 170 infants from birth to five years old."
    assert "claims/number-mismatch" not in claim_rules_at(text, SOURCES["rehab"], "170")
