"""Round 14 of issue 15: a review's comparison from its inclusion sentence. A results paragraph with no
title and no objectives (the older Cochrane style, and the Devaraj corpus) names what its studies
compared once, in the sentence that says what was included: "We included 14 trials (2310 participants)
that compared X with Y", "Three studies comparing the efficacy and safety of X and Y were included",
"Nine studies, involving 5100 smokers, compared X to Y". That pair is the comparison of every later
estimate and study count that names no arm of its own. Every abstract here was written for this test
(made-up figures), in the style of real ones, across fields."""

from __future__ import annotations

import re

import pytest

from test_draft_patterns import facts, find, words

FRAMED = [
    ("cardiology", "We included 14 trials with a total of 2310 participants that compared cardiac rehabilitation with usual care. "
     "Hospital admissions were fewer at 12 months (RR 0.82, 95% CI 0.70 to 0.96; 9 trials, 1500 participants).", 0.82,
     "cardiac rehabilitation", "usual care"),
    ("oncology", "Three studies (with 410 and 388 people) comparing the efficacy and safety of capecitabine and fluorouracil "
     "were included. Overall survival did not differ (HR 0.94, 95% CI 0.80 to 1.10; moderate-quality evidence).", 0.94,
     "capecitabine", "fluorouracil"),
    ("infectious disease", "Eleven trials involving 3120 children compared zinc supplementation with placebo. The duration of "
     "diarrhoea was shorter (MD -0.50 days, 95% CI -0.80 to -0.20; 8 trials, 2400 children).", -0.50,
     "zinc supplementation", "placebo"),
    ("mental health", "We found 21 randomised trials (2950 participants) evaluating internet-delivered CBT versus waiting list. "
     "Depressive symptoms were lower at 12 weeks (SMD -0.61, 95% CI -0.80 to -0.42; low-quality evidence).", -0.61,
     "internet-delivered CBT", "waiting list"),
    ("smoking cessation", "Nine studies, involving 5100 smokers, compared varenicline to nicotine patch. Abstinence at six "
     "months was more likely (RR 1.25, 95% CI 1.10 to 1.42; 7 studies, 4300 participants).", 1.25, "varenicline", "nicotine patch"),
    ("renal", "We included seven studies (640 participants) that assessed the effects of sodium bicarbonate compared with no "
     "treatment in people with chronic kidney disease. Kidney function declined less over one year (MD 2.10, "
     "95% CI 0.90 to 3.30).", 2.10, "sodium bicarbonate", "no treatment"),
    ("paediatrics", "Twelve trials met the inclusion criteria and included 1460 infants; they compared kangaroo mother care "
     "with conventional incubator care. Hypothermia was less common (RR 0.38, 95% CI 0.24 to 0.60; 4 trials, 990 infants).",
     0.38, "kangaroo mother care", "conventional incubator care"),
]


@pytest.mark.parametrize("field, text, value, drug, comparator", FRAMED, ids=[r[0] for r in FRAMED])
def test_an_estimate_naming_no_arm_takes_the_comparison_of_the_inclusion_sentence(field, text, value, drug, comparator):
    found = find(facts(text), value=value)
    assert words(found["drug"]) == words(drug), found
    assert words(found["comparator"]) == words(comparator), found


@pytest.mark.parametrize("field, text, value, drug, comparator", [r for r in FRAMED if "trials," in r[1] or "studies," in r[1]],
                         ids=[r[0] for r in FRAMED if "trials," in r[1] or "studies," in r[1]])
def test_the_study_count_of_such_an_estimate_takes_the_same_drug(field, text, value, drug, comparator):
    drafted = facts(text)
    counts = [f for f in drafted.facts if f.role == "count" and f.value < 100 and f.start > text.index(". ")]
    assert counts, [(f.role, f.value) for f in drafted.facts]
    for fact in counts:
        assert words(fact.drug) == words(drug), (fact.value, fact.drug)


def test_a_sentence_that_names_its_own_arm_keeps_it():
    # the inclusion sentence frames the review; a later sentence with its own arm is that arm's
    drafted = facts("We included 18 trials (4200 participants) that compared antiplatelet drugs with placebo. In people "
                    "treated with clopidogrel, stroke was less common than with placebo (RR 0.71, 95% CI 0.58 to 0.87; 3 trials).")
    found = find(drafted, value=0.71)
    assert words(found["drug"]) == {"clopidogrel"}, found


@pytest.mark.parametrize("text", [
    # what the studies measured or when, not what they gave
    "Five trials (600 participants) compared outcomes at six and 12 months. Pain was lower (MD -1.2, 95% CI -2.0 to -0.4).",
    "We included eight studies that assessed the quality of life of 900 survivors compared with the general population. "
    "Fatigue was more common (RR 1.90, 95% CI 1.30 to 2.80).",
    "Four trials compared the risk of bias across domains with that of earlier reviews. Mortality did not differ "
    "(RR 0.97, 95% CI 0.80 to 1.18).",
])
def test_a_sentence_comparing_measures_or_times_names_no_arm(text):
    for fact in facts(text).facts:
        assert not (words(fact.drug) & {"outcomes", "quality", "life", "risk", "bias", "months", "six", "domains"}), fact



def _frame(text):
    from laylint.draft.frame import inclusion_frame
    from laylint.draft.sections import layout

    return inclusion_frame(layout(text).sentences)


def test_an_inclusion_sentence_listing_two_comparisons_frames_neither():
    # each comparison is a subgroup of the studies: the review as a whole compared neither pair alone
    assert _frame("We included 16 studies with 1700 participants: ten studies (1100 participants) compared exercise vs. usual "
                  "care, and six studies (600 participants) compared yoga vs. usual care. Falls did not differ (RR 0.91, "
                  "95% CI 0.75 to 1.10; 5 studies, 820 participants).") is None


def test_a_comparison_stated_after_the_findings_start_is_no_frame():
    # "Only five small studies compared X and Y" after the first estimate is about those five, not the review
    assert _frame("We included 40 trials (9000 participants). Relapse was less common (RR 0.80, 95% CI 0.70 to 0.92). Only "
                  "five small studies compared group therapy with individual therapy.") is None


def test_a_frame_after_an_of_phrase_and_with_an_either_or_comparator():
    assert _frame("Seven trials with a variable risk of bias compared plasma exchange with immunoglobulin in 600 adults.") \
        == ("plasma exchange", "immunoglobulin")
    assert _frame("Nineteen trials (8200 patients) compared early beta-blocker treatment versus placebo or no treatment in "
                  "people with heart failure.") == ("early beta-blocker treatment", "placebo or no treatment")


def test_the_arm_without_the_treatment_is_the_comparator_and_another_is_no_arm():
    assert _frame("Four trials (900 women) compared no additional treatment with additional tamoxifen.") \
        == ("additional tamoxifen", "no additional treatment")
    assert _frame("Five trials (368 participants) compared one knee brace with another.") is None


def test_the_frame_is_read_as_written():
    assert _frame("Three studies (with 410 and 388 people) comparing the efficacy and safety of capecitabine and "
                  "fluorouracil were included.") == ("capecitabine", "fluorouracil")


# -- totals: the inclusion sentence (the first sentence about what was included, before any estimate) ---------------

INCLUSION_TOTALS = [
    ("paediatrics parts", "Six school-based studies (9,210 children) and four clinic-based studies (1150 children) were "
     "included. Dental caries were fewer (RR 0.78, 95% CI 0.66 to 0.92).", 10, 10360),
    ("renal two sizes", "Two trials (with 150 and 172 participants) comparing oral and intravenous iron were included. "
     "Haemoglobin did not differ (MD 0.20, 95% CI -0.10 to 0.50).", 2, 322),
    ("mental health extracted", "Overall, we extracted data from 31 trials. Anxiety was lower (SMD -0.35, 95% CI -0.50 to -0.20).",
     31, None),
    ("smoking people first", "A total of 1210 adult smokers participated in the four randomised parallel group trials. Quit "
     "rates were higher with cytisine (RR 1.60, 95% CI 1.25 to 2.05).", 4, 1210),
    ("cardiology adjectives", "We included 12 randomised clinical trials with 1544 participants. Two trials included people over "
     "80 years old. Stroke did not differ (RR 0.92, 95% CI 0.70 to 1.21).", 12, 1544),
    ("neurology update", "We included nine trials, involving 3020 participants, three more trials and 610 more participants than "
     "the previous version of this review. For chronic migraine, we found five trials (1400 participants). Headache days were "
     "fewer (MD -1.80, 95% CI -2.60 to -1.00).", 9, 3020),
]


@pytest.mark.parametrize("field, text, studies, participants", INCLUSION_TOTALS, ids=[r[0] for r in INCLUSION_TOTALS])
def test_totals_come_from_the_inclusion_sentence(field, text, studies, participants):
    drafted = facts(text)
    assert (drafted.studies.value if drafted.studies else None) == studies
    assert (drafted.participants.value if drafted.participants else None) == participants


@pytest.mark.parametrize("text, studies, participants", [
    # a later subgroup sentence does not replace the review's total
    ("We included 24 trials (3100 participants). Six of the trials (820 participants) compared iron with placebo. Anaemia was "
     "less common (RR 0.61, 95% CI 0.45 to 0.83).", 24, 3100),
    # "five of the fifteen studies" is a part, not the total
    ("Fifteen studies (2100 smokers) met the inclusion criteria. Only five of the fifteen studies were at low risk of bias. "
     "Quit rates were higher (RR 1.52, 95% CI 1.20 to 1.93).", 15, 2100),
])
def test_the_review_total_is_kept_over_parts(text, studies, participants):
    drafted = facts(text)
    assert (drafted.studies.value, drafted.participants.value) == (studies, participants)


def test_an_update_sentence_counting_added_studies_gives_no_total():
    drafted = facts("The 2019 update included three more studies (n = 240) and further data for five already included studies. "
                    "The review therefore includes 2900 participants from 22 trials. Readmission was less common (RR 0.84, "
                    "95% CI 0.72 to 0.98).")
    assert (drafted.studies.value, drafted.participants.value) == (22, 2900)


# -- the comparison of the first estimate sentence, when no inclusion sentence names one -------------------------------

BETWEEN = [
    ("respiratory", "Eight studies with 640 participants met the inclusion criteria. Treatment failure did not differ between "
     "short-course and longer-course oral corticosteroid treatment (OR 0.80, 95% CI 0.45 to 1.42).", 0.80,
     "short-course oral corticosteroid treatment", "longer-course oral corticosteroid treatment"),
    ("paediatrics", "We included 15 trials (3900 infants). There was no difference in death before discharge between early and "
     "delayed cord clamping (RR 0.90, 95% CI 0.70 to 1.15).", 0.90, "early cord clamping", "delayed cord clamping"),
    ("oncology", "Six trials (2150 women) were included. Recurrence did not differ between high-dose and low-dose tamoxifen "
     "(HR 0.96, 95% CI 0.81 to 1.14).", 0.96, "high-dose tamoxifen", "low-dose tamoxifen"),
]


@pytest.mark.parametrize("field, text, value, drug, comparator", BETWEEN, ids=[r[0] for r in BETWEEN])
def test_between_two_modifiers_of_one_treatment_names_both_arms(field, text, value, drug, comparator):
    found = find(facts(text), value=value)
    assert words(found["drug"]) == words(drug), found
    assert words(found["comparator"]) == words(comparator), found


def test_between_two_times_names_no_arm():
    assert _frame("We included nine trials (700 participants). Pain fell between baseline and 12 weeks (MD -1.10, 95% CI "
                  "-1.60 to -0.60).") is None


def test_a_measure_compared_over_control_is_no_arm():
    drafted = facts("We included seven studies (1900 participants). The additional proportion who benefited over control was "
                    "small. Pain relief of at least 50% was more common with topical lidocaine (RR 1.40, 95% CI 1.10 to 1.78).")
    assert not [name for name in drafted.drugs if words(name) & {"proportion", "benefited", "additional"}], drafted.drugs


@pytest.mark.parametrize("text, bad", [
    ("We included six trials (800 adults). Intensive insulin therapy significantly reduced infections compared with "
     "conventional insulin therapy (RR 0.70, 95% CI 0.55 to 0.89).", {"significantly"}),
    ("We included nine trials (1200 women). Perineal pain was less common with cold gel pads than with ice packs provided "
     "after birth (RR 0.61, 95% CI 0.45 to 0.83).", {"provided"}),
    ("Five trials met the inclusion criteria and included 431 infants. Prolonged ibuprofen treatment when compared to the "
     "short course did not change closure rates (RR 0.95, 95% CI 0.80 to 1.13).", {"when"}),
])
def test_arm_names_hold_no_words_of_a_clause(text, bad):
    drafted = facts(text)
    assert not [name for name in drafted.drugs if words(name) & bad], drafted.drugs


def test_an_arm_name_holds_one_arm():
    # "X compared to Y" in a list is a comparison: its arms are X and Y, never "X compared to Y"
    drafted = facts("We included 11 trials (700 children). Diarrhoea lasted less long with zinc (MD -0.60 days, 95% CI -0.90 "
                    "to -0.30). We did not find a clear benefit for lactose-free feeds compared to usual feeds (1 trial, 60 "
                    "children), vitamin A compared to placebo (1 trial, 80 children), or probiotics compared to no treatment "
                    "(2 trials, 150 children).")
    assert not [name for name in drafted.drugs if re.search(r"\bcompared\b", name)], drafted.drugs


def test_the_subject_of_the_first_result_keeps_its_own_name():
    # "exercise" is the review's intervention; the class-based programmes compared later are one kind of it
    drafted = facts("In total, we extracted data from 40 studies. Moderate-quality evidence from 30 trials (2900 participants) "
                    "indicates that exercise reduced back pain (SMD -0.45, 95% CI -0.58 to -0.32). Class-based exercise "
                    "programmes were no better than home-based programmes for pain (SMD -0.10, 95% CI -0.30 to 0.10).")
    found = find(drafted, value=-0.45)
    assert words(found["drug"]) == {"exercise"}, found
