"""Round 13 of issue 15: totals and the estimates not found. The review's totals in phrasings no earlier
round read ("There were 34 studies (2169 participants) included", "identified 62 studies, of which 19 ...
met the inclusion criteria", "the review includes 7524 participants from 40 RCTs", "IPD were available for
1151 of 1239 individuals from two of three studies"), and people counted for one part of the review, which
are no total. Every abstract here was written for this test (made-up figures), in the style of real ones,
across fields."""

from __future__ import annotations

import pytest

from test_draft_patterns import facts

TOTALS = [
    ("ophthalmology", "There were 21 studies (1804 participants with dry eye) included in this review: 12 studies included 1100 "
     "participants with mild disease and 9 studies included 704 participants with severe disease. Drops relieved symptoms "
     "(RR 1.40, 95% CI 1.10 to 1.78).", 21, 1804),
    ("respiratory", "Our search identified 48 studies, of which 11 (362 participants) met the inclusion criteria. Lung function "
     "did not differ (MD 0.05 L, 95% CI -0.10 to 0.20).", 11, 362),
    ("mental health", "The 2019 update added three more studies (n = 240). The updated review therefore includes 5120 participants "
     "from 31 randomised controlled trials (RCTs). Case management reduced admissions (RR 0.71, 95% CI 0.58 to 0.87).", 31, 5120),
    ("oncology", "We screened 2210 records and identified six eligible trials in total, one more than the previous review. We "
     "included all six trials with 4105 people in the meta-analyses. Survival was longer (HR 0.80, 95% CI 0.68 to 0.94).", 6, 4105),
    ("dermatology", "Our search identified only 1 study eligible for inclusion (and 2 ongoing studies), which was a single centre "
     "RCT with 120 participants. Clearance did not differ (RR 1.10, 95% CI 0.85 to 1.42).", 1, 120),
    ("asthma", "We provide a narrative synthesis of the evidence from four small studies including 212 adult participants. "
     "The studies were at high risk of bias.", 4, 212),
    ("epilepsy", "IPD were available for 1420 of 1603 eligible individuals from four of five eligible studies (89% of the "
     "potential data). Time to treatment failure did not differ (HR 1.05, 95% CI 0.90 to 1.23).", 4, 1420),
    ("neurology", "IPD were available for 712 individuals out of 1030 eligible individuals from six out of 10 trials, 69% of "
     "the potential data. Time to first seizure was similar (HR 0.96, 95% CI 0.81 to 1.14).", 6, 712),
]


@pytest.mark.parametrize("field, text, studies, participants", TOTALS, ids=[r[0] for r in TOTALS])
def test_the_totals_in_more_phrasings(field, text, studies, participants):
    drafted = facts(text)
    assert drafted.studies is not None and drafted.studies.value == studies, drafted.studies
    assert drafted.participants is not None and drafted.participants.value == participants, drafted.participants


PARTS = [
    # the people after a colon belong to the first part of the studies, not to all of them
    ("nutrition", "We included 12 studies: five provided data for meta-analysis (520 participants); seven were cohort studies "
     "(3410 participants). Anaemia was less frequent (RR 0.75, 95% CI 0.60 to 0.94).", 12),
    # a later sentence's people for some of the trials are no total
    ("neurology", "Ten trials were found to be eligible for inclusion in this review. In four trials with 410 participants for "
     "whom the outcome was available, disability did not differ (MD 0.10, 95% CI -0.20 to 0.40).", 10),
    ("renal", "We included 9 studies. Among them, three studies with 260 participants reported dialysis (RR 0.80, 95% CI 0.50 to "
     "1.28).", 9),
]


@pytest.mark.parametrize("field, text, studies", PARTS, ids=[r[0] for r in PARTS])
def test_the_people_of_a_part_are_no_total(field, text, studies):
    drafted = facts(text)
    assert drafted.studies is not None and drafted.studies.value == studies, drafted.studies
    assert drafted.participants is None, drafted.participants


def test_the_previous_version_still_is_not_the_total():
    drafted = facts("We included 14 trials in this update; the previous version included 9 trials. Pain was lower (MD -1.2, "
                    "95% CI -1.9 to -0.5).")
    assert drafted.studies is not None and drafted.studies.value == 14, drafted.studies
