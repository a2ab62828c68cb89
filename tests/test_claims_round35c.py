"""Claims round 35, part C (issue 14): counts of studies the source does not back.
(1) One study of a group: "Attendance also improved in one small study in the USA" when the source counts 3 studies
    from the USA speaks of one of them, not of how many there are: no number-mismatch. Said as the only one ("only
    one study in the USA", "one study alone"), or a count of more than one study, or of people, it stays checked.
(2) A bare number whose verb only studies take ("two were conducted in the USA", "one was carried out in Spain") counts
    studies even after a count of people: it is checked as studies (and can exceed their total), not as people.
Sentences written for these tests (made-up reviews and numbers) across fields.
"""

from __future__ import annotations

import pytest

from lint_support import claim_rules_at, claims_at


def _review(drugs, studies, participants, groups, outcomes=("mortality",)):
    return {"design": "meta-analysis", "studies": studies, "participants": participants,
            "drugs": {name: [] for name in drugs}, "outcomes": {name: [] for name in outcomes},
            "findings": [{"measure": "count", "value": value, "population": population} for population, value in groups]}


SOURCES = {
    "heart": _review(["statins", "placebo"], 14, 5200, [("studies from the USA", 3), ("studies in older adults", 5)]),
    "cancer": _review(["exercise", "usual care"], 9, 1100, [("trials in breast cancer", 4)], ("fatigue",)),
    "infection": _review(["probiotics", "placebo"], 12, 2740, [("studies in children", 6), ("trials in Asia", 4)]),
    "mental": _review(["counselling", "usual care"], 22, 3100, [("cluster-randomised trials", 7)], ("depression",)),
    "renal": _review(["bicarbonate", "no treatment"], 8, 620, [("studies in people on dialysis", 3)]),
    "children": _review(["zinc", "placebo"], 15, 2400, [("trials in infants", 5)], ("diarrhoea",)),
    "smoking": _review(["varenicline", "placebo"], 36, 9800, [("studies in pregnant women", 2)], ("quit rates",)),
}


@pytest.mark.parametrize("source, text, figure", [
    # cardiology: one study of the three from the USA
    ("heart", "Cholesterol also fell in one small study from the USA.", "one"),
    # oncology: one of the four breast cancer trials
    ("cancer", "Fatigue improved in one trial in breast cancer, but the evidence is uncertain.", "one"),
    # infectious disease: one of the six studies in children
    ("infection", "One study in children also measured the length of hospital stay.", "One"),
    # mental health: one of the seven cluster-randomised trials
    ("mental", "Depression scores were lower in one cluster-randomised trial run in schools.", "one"),
    # renal: one of the three dialysis studies
    ("renal", "Blood pressure rose in one study in people on dialysis.", "one"),
    # paediatrics: one of the five infant trials
    ("children", "Diarrhoea lasted a day less in one trial in infants.", "one"),
    # smoking cessation: one of the two studies in pregnant women, with an adjective before the noun
    ("smoking", "Quit rates were higher in one large study in pregnant women.", "one"),
])
def test_one_study_of_a_larger_group_is_quiet(source, text, figure):
    assert claim_rules_at(text, SOURCES[source], figure) == []


@pytest.mark.parametrize("source, text, figure", [
    # cardiology: said as the only one
    ("heart", "Cholesterol fell in only one study from the USA.", "one"),
    # oncology: "just one"
    ("cancer", "Fatigue was measured in just one trial in breast cancer.", "one"),
    # infectious disease: a count of more than one study against the group's own count
    ("infection", "Two studies in children measured the length of hospital stay.", "Two"),
    # mental health: more studies than the group has
    ("mental", "Depression scores were lower in nine cluster-randomised trials run in schools.", "nine"),
    # renal: "one study alone"
    ("renal", "Blood pressure rose in one study alone in people on dialysis.", "one"),
    # paediatrics: a count of more than one trial, in digits
    ("children", "Diarrhoea lasted a day less in 3 trials in infants.", "3"),
])
def test_a_count_of_the_group_stays_checked(source, text, figure):
    assert "claims/number-mismatch" in claim_rules_at(text, SOURCES[source], figure)


def test_one_study_of_a_group_gives_no_message_at_all():
    text = "Health behaviour also changed in one small study from the USA."
    assert claims_at(text, SOURCES["heart"], "one") == []


# (2) studies that were conducted, carried out or performed: a count of studies even after a count of people
STUDY_TOTALS = {
    "heart": _review(["statins", "placebo"], 3, 910, []),
    "cancer": _review(["exercise", "usual care"], 4, 380, []),
    "infection": _review(["probiotics", "placebo"], 5, 1200, []),
    "mental": _review(["counselling", "usual care"], 2, 240, []),
    "renal": _review(["bicarbonate", "no treatment"], 3, 150, []),
    "children": _review(["zinc", "placebo"], 6, 2400, []),
}


@pytest.mark.parametrize("source, text, figure", [
    # cardiology: more studies conducted in one country than the review has
    ("heart", "The review included 910 people. Studies ran for between 6 and 12 months; seven were conducted in the USA.",
     "seven"),
    # oncology: "carried out"
    ("cancer", "In all, 380 women took part. Trials lasted 8 to 12 weeks; nine were carried out in Europe.", "nine"),
    # infectious disease: "performed", in digits
    ("infection", "The trials had 1200 participants and lasted 2 to 6 months. 11 were performed in hospitals.", "11"),
    # mental health: "run"
    ("mental", "We found 240 adults in 2 trials. Follow-up was 3 to 6 months; 5 were run in primary care.", "5"),
    # paediatrics: "was/were published"
    ("children", "The trials included 2400 children followed for 1 to 3 years; 8 were published before 2010.", "8"),
])
def test_a_number_only_studies_can_do_counts_studies(source, text, figure):
    found = claims_at(text, STUDY_TOTALS[source], figure)
    assert found and " studies" in found[0].split(";")[0], found  # "'seven' is read as 7 studies; ..."


@pytest.mark.parametrize("source, text, figure", [
    # cardiology: two and one conducted, three studies in all: consistent
    ("heart", "The review included 910 people. Studies ran for 6 to 12 months; two were conducted in the USA and one in Spain.",
     "two"),
    # oncology: all four of the review's trials
    ("cancer", "In all, 380 women took part. Four were carried out in Europe.", "Four"),
    # paediatrics: people who were treated stay people ("40 were treated with zinc" is not a count of studies)
    ("children", "The trials included 2400 children. Of these, 40 were treated in hospital.", "40"),
])
def test_counts_within_the_total_stay_quiet(source, text, figure):
    assert claim_rules_at(text, STUDY_TOTALS[source], figure) == []


# (3) one study mentioned by itself: no count a sidecar would hold, unless it claims a result or is the only one
MENTIONED = {
    "heart": _review(["statins", "placebo"], 14, 5200, []),
    "cancer": _review(["exercise", "usual care"], 9, 1100, [], ("fatigue",)),
    "infection": _review(["probiotics", "placebo"], 12, 2740, []),
    "mental": _review(["counselling", "usual care"], 22, 3100, [], ("depression",)),
    "renal": _review(["bicarbonate", "no treatment"], 8, 620, []),
    "smoking": _review(["varenicline", "placebo"], 36, 9800, [], ("quit rates",)),
}


@pytest.mark.parametrize("source, text, figure", [
    # cardiology: a study the review left out of its analysis
    ("heart", "We excluded one study from the analysis because of concerns about its quality.", "one"),
    # oncology: a study described
    ("cancer", "There were concerns about the design and conduct of one trial.", "one"),
    # infectious disease: who paid for one study
    ("infection", "One study was paid for by a company that makes probiotics.", "One"),
    # mental health: a study's setting
    ("mental", "One trial took place in a prison.", "One"),
    # renal: a study that stopped early
    ("renal", "One study stopped early because too few people joined.", "One"),
])
def test_one_study_mentioned_is_quiet(source, text, figure):
    assert claim_rules_at(text, MENTIONED[source], figure) == []


@pytest.mark.parametrize("source, text, figure", [
    # cardiology: one study said to find something: a result the source must back
    ("heart", "However, one study found that statins may prevent strokes in older people.", "one"),
    # oncology: "showed", after the study's size
    ("cancer", "One large trial (n = 400) showed less fatigue with exercise.", "One"),
    # mental health: "suggested"
    ("mental", "One trial suggested that counselling lowers depression scores.", "One"),
    # smoking cessation: said as the only one
    ("smoking", "Only one study was at low risk of bias.", "one"),
])
def test_one_study_with_a_result_or_as_the_only_one_stays_checked(source, text, figure):
    assert claim_rules_at(text, MENTIONED[source], figure) != []


def test_one_study_of_a_comparison_the_source_counts_stays_checked():
    source = _review(["aspirin", "placebo"], 6, 900, [])
    source["findings"] = [{"drug": "aspirin", "comparator": "placebo", "measure": "count", "value": 3, "population": "trials"}]
    assert claim_rules_at("One trial compared aspirin with placebo.", source, "One") != []


# (4) a part's people said as the whole review's: a wrong-pair
def _with_part(drugs, studies, participants, part_population, part_value, outcomes=("mortality",)):
    review = _review(drugs, studies, participants, [], outcomes)
    review["findings"] = [{"measure": "count", "value": part_value, "population": part_population}]
    return review


WHOLES = {
    "infection": _with_part(["masks", "no masks"], 78, 1200000, "participants in the 11 new trials", 610872),
    "heart": _with_part(["statins", "placebo"], 24, 52000, "participants in the meta-analyses", 31400),
    "cancer": _with_part(["exercise", "usual care"], 18, 2900, "women analysed", 2610),
    "mental": _with_part(["counselling", "usual care"], 30, 6100, "adults in the trials of group counselling", 2200),
    "renal": _with_part(["bicarbonate", "no treatment"], 12, 1800, "people on dialysis", 640),
}


@pytest.mark.parametrize("source, text, figure", [
    # infectious disease: the new trials' people given for all 78 studies
    ("infection", "We identified 78 studies that together included about 610,000 people.", "610,000"),
    # cardiology: the meta-analysed people given as the review's
    ("heart", "We found 24 trials with 31,400 people.", "31,400"),
    # oncology: the analysed women given as all the review's
    ("cancer", "In total, the 18 studies included 2610 women.", "2610"),
    # mental health: a subgroup's adults given as the review's
    ("mental", "We included 30 trials involving 2200 adults.", "2200"),
    # renal: a subgroup's people given as the review's
    ("renal", "Altogether, 640 people took part in the 12 studies.", "640"),
])
def test_a_parts_people_said_as_the_whole_is_a_wrong_pair(source, text, figure):
    assert "claims/wrong-pair" in claim_rules_at(text, WHOLES[source], figure)


@pytest.mark.parametrize("source, text, figure", [
    # infectious disease: the part's people after the part's own count
    ("infection", "We included 78 studies in total, with 11 new studies that involved 610,872 people.", "610,872"),
    # infectious disease: another number between the review's studies and the people
    ("infection", "We examined 78 RCTs, including 11 new ones that added 610,872 participants.", "610,872"),
    # cardiology: the right total
    ("heart", "We found 24 trials with 52,000 people.", "52,000"),
    # oncology: in a bracket after the whole
    ("cancer", "We found 18 studies with 2900 women (2610 analysed).", "2610"),
    # mental health: joined to another count of people
    ("mental", "We included 30 trials involving 2200 adults and 3900 young people.", "2200"),
    # renal: said for the part, not the whole
    ("renal", "The studies in people on dialysis had 640 participants.", "640"),
])
def test_a_parts_people_said_as_the_parts_stay_quiet(source, text, figure):
    assert "claims/wrong-pair" not in claim_rules_at(text, WHOLES[source], figure)


@pytest.mark.parametrize("source, text, figure", [
    # cardiology: the part's own words are said ("in the meta-analyses")
    ("heart", "We included a total of 31,400 people from 24 trials in the meta-analyses.", "31,400"),
    # oncology: no number of studies said: an event count "in total"
    ("cancer", "In total, 2610 women finished the exercise programmes.", "2610"),
    # renal: the review's trials, but no whole said for the people ("between ... and ...": study sizes)
    ("renal", "The 12 trials included between 40 and 640 people each.", "640"),
])
def test_a_part_said_with_its_own_words_or_no_whole_stays_quiet(source, text, figure):
    assert "claims/wrong-pair" not in claim_rules_at(text, WHOLES[source], figure)


def test_with_no_declared_total_a_count_of_fewer_studies_people_is_a_part():
    source = _with_part(["masks", "no masks"], 78, 1, "participants in the 11 new trials", 610872)
    del source["participants"]
    assert "claims/wrong-pair" in claim_rules_at(
        "We identified 78 studies that together included about 610,000 people.", source, "610,000")
    source["findings"][0]["population"] = "participants in the meta-analyses"  # no number of studies: not surely a part
    assert "claims/wrong-pair" not in claim_rules_at(
        "We identified 78 studies that together included about 610,000 people.", source, "610,000")


@pytest.mark.parametrize("text, figure", [
    ("One more study is still recruiting children.", "One"),  # paediatrics: a study still to come
    ("One other trial of varenicline is ongoing.", "One"),  # smoking cessation
])
def test_one_more_study_still_to_come_stays_checked(text, figure):
    assert claim_rules_at(text, MENTIONED["smoking"], figure) != []
