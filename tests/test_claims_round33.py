"""Claims round 33 (issues 14 and 16): three false alarms on counts.
(1) A count of people that is the difference of two counts the source gives: the people analysed (the total less those lost
    to follow-up) or the other trial's people (the total less the first trial's). Backed only when both counts are of
    the same thing, the larger the review's total, and the sentence says what the difference is (analysed,
    completed, evaluated... for a part that left; other, remaining, second for a group of its own).
(2) One study named by its size ("One large study (n = 992)") when the source gives that study's people: not a
    count of studies to check. A size the source gives for several studies, or a count of 2, stays checked.
(3) Of two counts in one list, the next count's words said before its number ("in eight studies and family
    practices in two studies") are not the first count's own words.
Sentences written for these tests (made-up reviews and numbers) across fields.
"""

from __future__ import annotations

import pytest

from lint_support import claim_rules_at


def _count(value, population, drug=None, comparator=None):
    finding = {"measure": "count", "value": value, "population": population}
    finding.update({k: v for k, v in (("drug", drug), ("comparator", comparator)) if v})
    return finding


def _review(drugs, findings, studies, participants):
    return {"design": "meta-analysis", "studies": studies, "participants": participants,
            "drugs": {name: [] for name in drugs}, "outcomes": {"mortality": ["death"]}, "findings": findings}


SOURCES = {
    # dentistry: people lost to follow-up
    "dental": _review(["rubber dam", "cotton rolls"], [_count(233, "participants lost to follow-up")], 4, 1270),
    # cardiology: withdrawals
    "heart": _review(["beta-blockers", "placebo"], [_count(90, "participants who withdrew")], 6, 2400),
    # pregnancy: two trials, the first one's women
    "pregnancy": _review(["hormones", "placebo", "no treatment"],
                         [_count(1, "trial of women with diabetes", "hormones", "placebo"),
                          _count(161, "pregnancies (women with diabetes)", "hormones", "placebo"),
                          _count(1, "trial of women after IVF", "hormones", "no treatment")], 2, 281),
    # smoking cessation: the studies of one setting
    "smoking": _review(["varenicline", "placebo"], [_count(5, "studies in primary care")], 12, 5400),
    # eczema education: the largest study's size
    "eczema": _review(["education", "usual care"],
                      [_count(992, "participants in the largest study", "education"),
                       _count(2003, "participants in educational studies", "education")], 10, 2047),
    # oncology: the size of two trials together
    "oncology": _review(["exercise", "usual care"], [_count(640, "participants in the two largest trials")], 9, 1800),
    # ear, nose and throat: the settings of the studies
    "vertigo": _review(["repositioning", "sham"], [_count(8, "studies in hospital otolaryngology departments"),
                                                   _count(2, "studies in family practices")], 10, 900),
    # mental health: settings of the trials
    "mental": _review(["counselling", "usual care"], [_count(6, "trials in university counselling services"),
                                                      _count(3, "trials in community clinics")], 9, 1200),
}


@pytest.mark.parametrize("source, text, figure", [
    # the total less those who left, said as those analysed
    ("dental", "We included four studies that evaluated 1037 participants, mostly children.", "1037"),
    ("dental", "Results were analysed for 1037 of the people in the trials.", "1037"),
    ("heart", "A total of 2310 people completed the trials.", "2310"),
    ("heart", "After withdrawals, 2310 participants remained in the analysis.", "2310"),
    # the total less the first trial's people, said as the other trial's
    ("pregnancy", "One trial involved women with diabetes. The other trial involved 120 women after IVF.", "120"),
    ("pregnancy", "The second trial had 120 women whose pregnancy came from IVF.", "120"),
    # one study named by its size
    ("eczema", "One large study (n = 992) found small gains in quality of life.", "One"),
    ("eczema", "One large trial of 992 children found less severe eczema.", "One"),
    # the next count's words before its number are not the first count's
    ("vertigo", "Patients were treated in hospital otolaryngology (ear, nose and throat) departments in eight studies "
                "and family practices in two studies.", "eight"),
    ("mental", "Students were seen in university (student, staff) counselling services in six trials and community "
               "clinics in three trials.", "six"),
])
def test_differences_sized_studies_and_listed_counts_are_quiet(source, text, figure):
    assert claim_rules_at(text, SOURCES[source], figure) == []


@pytest.mark.parametrize("source, text, figure", [
    # a wrong difference
    ("dental", "We included four studies that evaluated 1040 participants, mostly children.", "1040"),
    ("heart", "A total of 2300 people completed the trials.", "2300"),
    ("pregnancy", "One trial involved women with diabetes. The other trial involved 130 women after IVF.", "130"),
    # the right difference, not said to be one: the review's people misstated
    ("dental", "The review included 1037 participants.", "1037"),
    ("smoking", "We found 7 studies of varenicline.", "7"),
    # counts of studies are small and coincide by chance: "other" may mean "more" (12 less 5 is no backing)
    ("smoking", "Five studies found more quitting. 7 other trials showed that people were less irritable.", "7"),
    # one study said with a size the source gives for two, or none
    ("oncology", "One large study (n = 640) found less fatigue.", "One"),
    ("eczema", "One large study (n = 900) found small gains in quality of life.", "One"),
    # a count of two studies with the one study's size
    ("eczema", "Two large studies (n = 992) found small gains in quality of life.", "Two"),
])
def test_look_alikes_stay_flagged(source, text, figure):
    assert claim_rules_at(text, SOURCES[source], figure) != []


@pytest.mark.parametrize("source, text, figure", [
    # a count that takes another listed group's number is still that group's count misstated
    ("vertigo", "Patients were treated in family practices in eight studies and in hospital in two studies.", "eight"),
    ("mental", "Students were seen in community clinics in six trials.", "six"),
])
def test_a_listed_count_with_another_groups_number_is_still_a_mismatch(source, text, figure):
    assert claim_rules_at(text, SOURCES[source], figure) == ["claims/number-mismatch"]
