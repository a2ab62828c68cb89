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
    # the people after a colon belong to the first part of the studies, not to all of them (the parts overlap: 5 + 9 is not 12)
    ("nutrition", "We included 12 studies: five provided data for meta-analysis (520 participants); nine were randomised trials "
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


def _estimates(text):
    return [(f.measure, round(f.value, 4), tuple(round(b, 4) for b in f.ci) if f.ci else None)
            for f in facts(text).facts if f.role != "count"]


ESTIMATES = [
    # a unit written with a micro sign
    ("diabetes", "Adding the herbal remedy did not change fasting C-peptide compared with insulin alone (0.05 µg/L (95% CI -0.04 "
     "to 0.14)).", (0.05, (-0.04, 0.14))),
    # a Unicode minus glued to "CI"
    ("neurology", "Balance training did not change fatigue (MD, −0.31 points, 95% CI−0.90 to 0.28, P = 0.30, I2 = 0%).",
     (-0.31, (-0.90, 0.28))),
    # the interval in a second bracket
    ("oncology", "With modern platinum regimens, the relative risk of death was 0.87 ((0.78 to 0.97); number needed to treat "
     "30).", (0.87, (0.78, 0.97))),
    # "95%" without "CI"
    ("nutrition", "Weight regain was similar with online coaching and group sessions (MD 0.4 kg; 95% -0.6 to 1.4; two trials).",
     (0.4, (-0.6, 1.4))),
    # a labelled difference, its unit, then a bare interval
    ("paediatrics", "The antiemetic increased the number of stools (mean difference 0.6 stools, 0.2 to 1.0; 3 trials, 402 "
     "children; low certainty evidence).", (0.6, (0.2, 1.0))),
    # "reduced X by N unit": a difference below zero
    ("cardiology", "Salt advice reduced systolic blood pressure by 3.1 mm Hg (95% CI 1.8 to 4.4) after six months.",
     (-3.1, (-4.4, -1.8))),
    ("renal", "Urinary protein fell by 0.42 g/day (95% CI 0.20 to 0.64) with the low-protein diet.", (-0.42, (-0.64, -0.20))),
    ("hypertension", "Salt advice lowered systolic blood pressure by 2.2 mm Hg (95% CI 1.1 to 3.3) and diastolic blood pressure by "
     "1.3 mm Hg (95% CI 0.5 to 2.1) at one year.", (-1.3, (-2.1, -0.5))),
    # a series of estimates, the last with a bare interval (its measure is the series')
    ("epilepsy series", "Results for secondary outcomes were time to first seizure 1.08 (95% CI 0.94 to 1.24); and time to "
     "12-month remission 0.91 (0.79 to 1.05).", (0.91, (0.79, 1.05))),
    # points on a named scale between the value and its interval
    ("autism", "Irritability improved with aripiprazole, with a mean improvement of -5.20 points on the Aberrant Behavior Checklist (ABC) - "
     "Irritability subscale (95% CI -8.10 to -2.30, two studies, 290 children).", (-5.2, (-8.1, -2.3))),
    # a difference in days, then its comparison, then the interval
    ("surgery", "The mean difference in length of stay, reported in three trials of 410 participants, was 1.30 days greater "
     "in the drained group (95% CI 0.50 to 2.10, P = 0.001).", (1.3, (0.5, 2.1))),
    # "(CIs)" after the interval's name
    ("psychiatry", "The drug improved irritability by a mean of -4.10 points (95% confidence intervals (CIs) -6.00 to -2.20, "
     "two studies, 250 children).", (-4.1, (-6.0, -2.2))),
    ("hypertension 24-hour", "Salt advice reduced systolic blood pressure by 2.0 mm Hg (95% CI 1.0 to 3.0) and 24-hour urinary "
     "sodium excretion by 35.0 mmol (95% CI 20.0 to 50.0).", (-35.0, (-50.0, -20.0))),
    ("stroke", "Potassium advice reduced blood pressure by 3.4 mm Hg systolic (95% CI 1.9 to 4.9) and 1.8 mm Hg diastolic "
     "(95% CI 0.7 to 2.9).", (-1.8, (-2.9, -0.7))),
]


@pytest.mark.parametrize("field, text, expected", ESTIMATES, ids=[r[0] for r in ESTIMATES])
def test_estimates_in_more_forms(field, text, expected):
    value, ci = expected
    assert any(v == value and c == ci for _, v, c in _estimates(text)), _estimates(text)


def test_95_percent_before_an_interval_is_no_proportion():
    found = _estimates("Weight regain was similar with online coaching and group sessions (MD 0.4 kg; 95% -0.6 to 1.4; two trials).")
    assert not any(v == 95 for _, v, _ in found), found


def test_a_threshold_after_a_label_is_no_estimate():
    # "MD < -6 dB" is a subgroup's cut-off, not a mean difference of -6
    found = _estimates("Specificity was similar in both subgroups (MD < -6 dB versus MD ≥ -6 dB), at a summary specificity of "
                       "0.91 (95% CI 0.89 to 0.93).")
    assert not any(v == -6 for _, v, _ in found), found


def test_a_rise_keeps_its_sign():
    found = _estimates("Exercise increased walking distance by 41 metres (95% CI 20 to 62) in people with claudication.")
    assert any(v == 41 and c == (20, 62) for _, v, c in found), found


def test_lack_of_efficacy_is_an_outcome_not_a_vaccine_efficacy():
    found = _estimates("Results were: time to failure due to adverse events 0.98 (95% CI 0.80 to 1.21); and time to failure due to "
                       "lack of efficacy 1.39 (95% CI 1.04 to 1.86).")
    assert any(v == 1.39 and c == (1.04, 1.86) and m != "relative-reduction" for m, v, c in found), found


def test_people_named_after_a_colon_list_of_designs_are_the_total():
    drafted = facts("We included nine studies: two RCTs, three cohort studies and four case series, enrolling 12,480 adults with "
                    "asthma. Admissions were fewer (RR 0.80, 95% CI 0.69 to 0.93).")
    assert drafted.participants is not None and drafted.participants.value == 12480, drafted.participants


def test_the_people_of_each_study_of_a_small_review_still_add_up():
    drafted = facts("We included two studies. One study enrolled 150 infants with bronchiolitis. The second study enrolled 40 "
                    "children aged one to five years. Admissions did not differ (RR 0.90, 95% CI 0.60 to 1.35).")
    assert drafted.participants is not None and drafted.participants.value == 190, drafted.participants


def test_the_people_of_the_only_part_with_data_are_the_total():
    # one part named once: the people the review analyses (several parts: no total, see PARTS)
    drafted = facts("We included 31 RCTs; eleven of them provided outcome data (2874 participants). Mood did not differ (MD 0.9, "
                    "95% CI -0.3 to 2.1).")
    assert drafted.participants is not None and drafted.participants.value == 2874, drafted.participants


def test_a_range_after_an_estimate_is_no_interval_when_the_value_is_outside():
    found = _estimates("Mortality was lower with the drug (RR 0.80, 95% CI 0.70 to 0.92); participants were aged 64 (18 to 60).")
    assert not any(v == 64 for _, v, _ in found), found


def test_a_count_of_people_with_a_range_after_an_estimate_is_no_estimate():
    found = _estimates("Survival was longer with the intensive regimen (HR 0.70 (95% CI 0.55 to 0.90); high-certainty evidence). "
                       "This means that only 85 (66 to 109) patients will die after five years, compared to 118 with standard care.")
    assert not any(v == 85 for _, v, _ in found), found


def test_two_groups_of_studies_each_with_its_people_add_up():
    drafted = facts("We included 11 smoking cessation studies with a total of 3120 participants, and five relapse prevention "
                    "studies with a total of 1480 participants. Quit rates were higher (RR 1.25, 95% CI 1.08 to 1.45).")
    assert drafted.studies is not None and drafted.studies.value == 16, drafted.studies
    assert drafted.participants is not None and drafted.participants.value == 4600, drafted.participants
    counts = {f.value for f in drafted.facts if f.role == "count"}
    assert {11, 3120, 5, 1480} <= counts, counts  # each group's own counts stay


def test_an_interval_takes_the_value_beside_it_not_an_earlier_labelled_one():
    found = _estimates("Sensitivity was higher in severe disease (MD): 0.81 (0.75 to 0.86) for MD < -6 dB versus 0.66 (0.61 to "
                       "0.71) for MD ≥ -6 dB, at a similar summary specificity (0.92, 95% CI 0.90 to 0.94).")
    assert not any(v in (0.81, 81) and c in ((0.90, 0.94), (90, 94)) for _, v, c in found), found


def _read(text):
    """What the estimate reader reads (before any outcome is looked for)."""
    from laylint.draft.estimates import find
    from laylint.draft.sections import layout
    from laylint.draft.textnorm import normalise
    norm = normalise(text)
    return [(f.measure, round(f.value, 4), tuple(round(b, 4) for b in f.ci) if f.ci else None)
            for sentence in layout(norm).sentences for f in find(sentence, norm)]


def test_a_label_then_a_long_description_then_was_value_and_interval():
    found = _read("The NNT for at least 50% pain relief over 4 to 6 hours with a single dose of naproxen 400 mg compared to "
                  "placebo was 2.7 (2.2 to 3.4).")
    assert found == [("number-needed-to-treat", 2.7, (2.2, 3.4))], found  # (not "NNT for at least 50")


def test_a_single_study_review_gives_its_people_in_the_next_sentence():
    drafted = facts("Only one study, at low risk of bias, met the inclusion criteria. This was the pooled report of two "
                    "trials (212 participants, 130 with nodules at baseline) randomised to one of three arms. Nodules resolved "
                    "more often with the infusion (RR 4.90, 95% CI 1.30 to 18.4).")
    assert drafted.studies is not None and drafted.studies.value == 1, drafted.studies
    assert drafted.participants is not None and drafted.participants.value == 212, drafted.participants


def test_a_later_sentence_of_a_single_study_review_is_no_total():
    drafted = facts("Only one study met the inclusion criteria. Pain was lower with the brace. Of the 48 participants with "
                    "follow-up, 30 were women (RR 0.70, 95% CI 0.50 to 0.98).")
    assert drafted.participants is None or drafted.participants.value != 30, drafted.participants
