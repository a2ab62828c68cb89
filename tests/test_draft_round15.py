"""Round 15 of issue 15: words that are no arm. "In the parallel group trial" is a trial's design, not
"the parallel group"; "the crossover group trials", "half of the trials", "the remaining five studies",
"summary estimates of" and "X died" are a design, a share of studies or a clause, never the drug of a
finding. Every abstract here was written for this test (made-up figures), in the style of real ones."""

from __future__ import annotations

import pytest

from test_draft_patterns import facts, words

DESIGN = [
    ("renal", "In the parallel group trial by Okafor, 48 participants in the bicarbonate group had a slower fall in "
     "kidney function than the control group (MD 2.40, 95% CI 0.60 to 4.20).", 2.40, "parallel"),
    ("paediatrics", "In the crossover group trial by Lindqvist, 22 children in the melatonin group had a shorter "
     "sleep onset latency than the control group (MD -18.0, 95% CI -27.0 to -9.0).", -18.0, "crossover"),
    ("cardiology", "Half of the trials used a high dose. With statins, stroke was less common (RR 0.82, 95% CI 0.71 to "
     "0.95) than in the placebo group.", 0.82, "half"),
    ("infectious disease", "Vitamin D was given to more than half of the participants. Mortality was lower (RR 0.91, "
     "95% CI 0.84 to 0.99) in the vitamin D group than in the placebo group, and more participants had kidney stones.",
     0.91, "more"),
    ("oncology", "Three studies found a benefit; the remaining five studies found none. Survival was longer with "
     "capecitabine (HR 0.88, 95% CI 0.79 to 0.98).", 0.88, "remaining"),
]


@pytest.mark.parametrize("field,text,value,bad", DESIGN, ids=[d[0] for d in DESIGN])
def test_design_words_and_shares_of_studies_are_no_drug(field, text, value, bad):
    drafted = facts(text)
    hits = [f for f in drafted.facts if round(f.value, 2) == round(value, 2)]
    assert hits, [(f.value, f.drug) for f in drafted.facts]
    for fact in drafted.facts:
        assert bad not in words(fact.drug), (fact.value, fact.drug)
        assert bad not in words(fact.comparator), (fact.value, fact.comparator)


def test_an_arm_that_died_is_the_arm_not_the_clause():
    drafted = facts("More people given nateglinide died than in the placebo group (12.1% versus 10.4%). Weight gain "
                    "was greater with nateglinide (MD 1.10 kg, 95% CI 0.60 to 1.60).")
    for fact in drafted.facts:
        assert "died" not in words(fact.drug), (fact.value, fact.drug)


SUPERIOR = [
    ("gastroenterology", "Vedolizumab (300 mg every 8 weeks) was shown to be superior to placebo for achieving clinical "
     "remission at week 6 (RR 1.52, 95% CI 1.17 to 1.98; moderate certainty evidence).", 1.52, "vedolizumab", "placebo"),
    ("mental health", "Sertraline was found to be superior to placebo for response at 12 weeks (RR 1.34, 95% CI 1.10 "
     "to 1.63).", 1.34, "sertraline", "placebo"),
    ("smoking cessation", "Varenicline (1 mg twice daily) was superior to nicotine patch for abstinence at six months "
     "(RR 1.25, 95% CI 1.10 to 1.42).", 1.25, "varenicline", "nicotine patch"),
]


@pytest.mark.parametrize("field,text,value,drug,comparator", SUPERIOR, ids=[s[0] for s in SUPERIOR])
def test_shown_to_be_superior_to_names_both_arms(field, text, value, drug, comparator):
    drafted = facts(text)
    hit = next(f for f in drafted.facts if round(f.value, 2) == value)
    assert words(drug) <= words(hit.drug), hit.drug
    assert words(comparator) <= words(hit.comparator), hit.comparator


TOTALS = [
    # an update's note first, then the opening count with "(N = ...)"
    ("cardiology", "This update includes one additional trial (HEART-2 1991). Twelve trials (N = 18,402) in adults aged "
     "65 years or older (mean age 71.2 years) with isolated systolic hypertension (average 170/80 mmHg) met the inclusion "
     "criteria. Stroke was less common with treatment (RR 0.70, 95% CI 0.61 to 0.80).", 12, 18402),
    # a study "not included" is no total; "contains a total of N included studies"
    ("oncology", "We identified five new studies in this update. We excluded four, and one study is ongoing so also not "
     "included in this update. This review contains a total of 48 included studies, with 3210 participants. Pain relief "
     "was similar (RR 1.04, 95% CI 0.92 to 1.18).", 48, 3210),
    ("renal", "This review now includes a total of 23 eligible trials involving 1870 people on dialysis. Fatigue scores fell "
     "(SMD -0.42, 95% CI -0.66 to -0.18).", 23, 1870),
]


@pytest.mark.parametrize("field,text,studies,participants", TOTALS, ids=[t[0] for t in TOTALS])
def test_review_totals(field, text, studies, participants):
    drafted = facts(text)
    assert (drafted.studies and drafted.studies.value, drafted.participants and drafted.participants.value) == (studies, participants)
