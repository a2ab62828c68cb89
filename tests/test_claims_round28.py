"""Claims round 28 (issue 14): counts of studies and people on real summaries.
(1) A count said as all the studies that met the review's criteria or were included in it ("Three trials met the
    criteria", "Eight RCTs involving 1,277 infants met our inclusion criteria", "Four studies were eligible for
    inclusion", "Five trials with 696 women were included.") is the review's total: it is checked against the
    declared `studies`/`participants`, never passed by a smaller count finding that shares its value. Parts keep
    their words ("were included in the meta-analysis", "met the criteria for this comparison", "of which four").
(2) "n=450", "n≈450", "(total n ≈ 1,200)": a sample size, a count of people ("≈" is "about").
Sentences written for these tests (made-up reviews and numbers) across fields.
"""

from __future__ import annotations

import pytest

from lint_support import claims_at


def _review(studies, participants, drug, comparator, outcome, counts=()):
    """A review whose one outcome has a risk ratio and, optionally, counts of one part of it (`counts`:
    (value, population) pairs) that a whole-review count must not borrow."""
    findings = [{"drug": drug, "comparator": comparator, "outcome": outcome, "measure": "risk-ratio",
                 "value": 0.8, "ci": [0.7, 0.95]}]
    findings += [{"drug": drug, "comparator": comparator, "outcome": outcome, "measure": "count", "value": value,
                  "population": population} for value, population in counts]
    return {"design": "meta-analysis", "studies": studies, "participants": participants,
            "drugs": {drug: [], comparator: []}, "outcomes": {outcome: []}, "findings": findings}


SOURCES = {
    "obstetrics": _review(6, 4371, "antibiotics", "placebo", "womb infection",
                          [(3, "studies at low risk of bias"), (3737, "participants at low risk of bias")]),
    "cardiology": _review(12, 9800, "statins", "placebo", "heart attack", [(5, "studies reporting stroke")]),
    "oncology": _review(9, 2400, "tamoxifen", "placebo", "recurrence", [(4, "trials in the meta-analysis")]),
    "infection": _review(14, 3100, "zinc", "placebo", "pneumonia", [(8, "trials in children under five")]),
    "mental health": _review(21, 5200, "online therapy", "waiting list", "depression"),
    "paediatrics": _review(8, 1277, "probiotics", "placebo", "necrotising enterocolitis", [(450, "infants in two trials")]),
    "smoking": _review(41, 16000, "nicotine patches", "placebo", "quitting", [(11, "trials of high-dose patches")]),
    "renal": _review(5, 696, "bicarbonate", "usual care", "kidney failure", [(2, "trials in older adults")]),
}

ELIGIBLE = [
    # -- the review's own count, said by what the studies met: a total that differs is a mismatch, even when a
    #    count of one part of the review has the same value --
    ("obstetrics", "Three trials (total n≈450) met the criteria.", "Three", True),
    ("obstetrics", "Three trials (total n≈450) met the criteria.", "≈450", True),
    ("cardiology", "Five randomised trials met our inclusion criteria.", "Five", True),
    ("oncology", "Four studies were eligible for inclusion in this review.", "Four", True),
    ("infection", "Eight RCTs fulfilled the eligibility criteria.", "Eight", True),
    ("mental health", "Nine trials with 2,000 adults were included.", "Nine", True),
    ("mental health", "Nine trials with 2,000 adults were included.", "2,000", True),
    ("paediatrics", "Two trials involving 450 preterm infants met our criteria.", "450", True),
    ("smoking", "We found 11 studies that met our eligibility criteria.", "11", True),
    ("renal", "Two studies were included in the review.", "Two", True),
    ("renal", "Only one trial (n = 120) was eligible.", "120", True),
    # -- the declared totals, said the same ways: quiet --
    ("obstetrics", "Six trials (total n≈4,400) met the criteria.", "Six", False),
    ("obstetrics", "Six trials (total n≈4,400) met the criteria.", "≈4,400", False),
    ("cardiology", "Twelve randomised trials met our inclusion criteria.", "Twelve", False),
    ("oncology", "Nine studies were eligible for inclusion.", "Nine", False),
    ("mental health", "21 trials with 5,200 adults were included.", "5,200", False),
    ("paediatrics", "Eight trials involving 1,277 preterm infants met our criteria.", "1,277", False),
    ("smoking", "We found 41 studies that met our eligibility criteria.", "41", False),
    ("renal", "Five studies looking at a total of 696 people were included.", "696", False),
    # -- parts of the review keep their words: checked as parts (the source's own count agrees) --
    ("oncology", "Four trials were included in the meta-analysis.", "Four", False),
    ("infection", "Eight trials in children under five were eligible.", "Eight", False),
    ("cardiology", "We screened 300 records, of which five studies reporting stroke met the criteria.", "five", False),
    ("smoking", "Eleven new trials of high-dose patches met the criteria.", "Eleven", False),
    ("obstetrics", "The search found 900 records and only three met the criteria for the low-risk analysis.", "three", False),
    ("renal", "Two trials in older adults met the criteria for this comparison.", "Two", False),
]


@pytest.mark.parametrize("source, text, figure, flagged", ELIGIBLE)
def test_counts_that_met_the_criteria_are_the_reviews(source, text, figure, flagged):
    found = claims_at(text, SOURCES[source], figure)
    if flagged:
        assert len(found) == 1 and found[0].startswith("claims/number-mismatch"), found
        assert "in the review" in found[0], found
    else:
        assert found == [], found


SAMPLES = [
    # "n=", "n =", "N=", "n≈": the people of a study or of the review
    ("renal", "The review had n=696 adults in all.", "696", False),
    ("renal", "The review had n=900 adults in all.", "900", True),
    ("mental health", "Altogether, n = 5,200 took part.", "5,200", False),
    ("mental health", "Altogether, N = 7,300 took part.", "7,300", True),
    ("paediatrics", "In total (n≈1,300) babies were followed up.", "≈1,300", False),
    ("paediatrics", "In total (n≈3,000) babies were followed up.", "≈3,000", True),
]


@pytest.mark.parametrize("source, text, figure, flagged", SAMPLES)
def test_sample_sizes_are_counts_of_people(source, text, figure, flagged):
    found = claims_at(text, SOURCES[source], figure)
    assert bool(found) == flagged, found
    if flagged:
        assert found[0].startswith("claims/number-mismatch"), found


READING = [
    # (3) "the N included studies", "There are N studies included": the review's count of studies
    ("cardiology", "The quality was low across the 12 included trials.", "12", False),
    ("cardiology", "The quality was low across the 15 included trials.", "15", True),
    ("oncology", "All nine included studies were small.", "nine", False),
    ("oncology", "All eight included studies were small.", "eight", True),
    ("renal", "There are five studies included, all published before 2010.", "five", False),
    ("renal", "There are seven studies included, all published before 2010.", "seven", True),
    # (4) design words between the count and its noun: "4 small randomised controlled studies"
    ("mental health", "We found 21 small randomised controlled trials of online therapy.", "21", False),
    ("mental health", "We found 45 small randomised controlled trials of online therapy.", "45", True),
    ("smoking", "We included 41 large cluster randomised trials.", "41", False),
    ("smoking", "We included 87 large cluster randomised trials.", "87", True),
]


@pytest.mark.parametrize("source, text, figure, flagged", READING)
def test_counts_of_included_studies_are_read(source, text, figure, flagged):
    found = claims_at(text, SOURCES[source], figure)
    assert bool(found) == flagged, found
    if flagged:
        assert found[0].startswith("claims/number-mismatch"), found


def _comparisons(drug, arms, outcome):
    """A review of one drug against several arms, each with its own count of trials (3, 1, 1, ...)."""
    findings = [{"drug": drug, "comparator": arms[0], "outcome": outcome, "measure": "risk-ratio", "value": 0.8,
                 "ci": [0.7, 0.95]}]
    findings += [{"drug": drug, "comparator": arm, "measure": "count", "value": 3 if k == 0 else 1,
                  "population": "trials"} for k, arm in enumerate(arms)]
    return {"design": "meta-analysis", "studies": 2 + len(arms), "participants": 600,
            "drugs": {drug: [], **{arm: [] for arm in arms}}, "outcomes": {outcome: []}, "findings": findings}


LISTS = {
    "orthopaedics": _comparisons("exercise", ["no treatment", "steroid injection", "surgery", "stretching"], "pain"),
    "cardiology": _comparisons("cardiac rehabilitation", ["usual care", "home visits", "telephone support"], "death"),
}

LISTED = [
    # a bare "(N)" in a list whose first item's bracket counts trials counts trials too, of that item's comparison
    ("orthopaedics", "Trials compared exercise with no treatment (3 trials), steroid injection (1), surgery (1) or "
                     "stretching (1).", "(1)", 1, False),
    ("orthopaedics", "Trials compared exercise with no treatment (3 trials), steroid injection (1), surgery (1) or "
                     "stretching (1).", "(1)", 3, False),
    ("orthopaedics", "Trials compared exercise with no treatment (3 trials), steroid injection (5), surgery (1) or "
                     "stretching (1).", "(5)", 1, True),
    ("cardiology", "Rehabilitation was compared with usual care (3 studies), home visits (1) and telephone support (1).",
     "(1)", 2, False),
    ("cardiology", "Rehabilitation was compared with usual care (3 studies), home visits (1) and telephone support (4).",
     "(4)", 1, True),
]


@pytest.mark.parametrize("source, text, figure, occurrence, flagged", LISTED)
def test_bracketed_list_items_count_what_the_first_bracket_counts(source, text, figure, occurrence, flagged):
    found = claims_at(text, LISTS[source], figure, occurrence)
    assert bool(found) == flagged, found


ELLIPTICAL = [
    # a bare number after a count of something else counts that, not the people or studies before it
    ("infection", "We included 14 trials with 3,100 people. Twenty-two reports were full articles and 20 were "
                  "conference abstracts.", "20", False),
    ("infection", "We included 14 trials with 3,100 people. Ten trials were in Africa and 20 were in Asia.", "20", True),
]


@pytest.mark.parametrize("source, text, figure, flagged", ELLIPTICAL)
def test_a_bare_number_counts_the_nearest_count(source, text, figure, flagged):
    found = claims_at(text, SOURCES[source], figure)
    assert bool(found) == flagged, found


def test_two_included_studies_compared_with_each_other_are_no_total():
    # "between the two included studies": two studies set against each other, often of one comparison
    text = "The effect was inconsistent between the two included studies of tamoxifen."
    assert claims_at(text, SOURCES["oncology"], "two") == []


DOZENS = [
    # "two dozen" is about 24
    ("stroke", "We identified about three dozen trials of early walking.", "about three dozen", False),
    ("stroke", "We identified about two dozen trials of early walking.", "about two dozen", True),
    ("smoking", "We identified four dozen trials of nicotine patches.", "four dozen", True),  # 48 for 41
    ("infection", "The review found a dozen trials and over a dozen of them were small.", "dozen", False),
]


@pytest.mark.parametrize("source, text, figure, flagged", DOZENS)
def test_dozens_are_twelves(source, text, figure, flagged):
    stroke = _review(37, 5000, "early walking", "bed rest", "disability")
    found = claims_at(text, stroke if source == "stroke" else SOURCES[source], figure)
    assert bool(found) == flagged, found
