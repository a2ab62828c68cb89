"""Round 20 of issue 15: names that carry to unseen abstracts, read from the abstract's structure. Every abstract was
written for this test (made-up figures) in the style of the results paragraphs of Cochrane reviews, which often have
no title or objectives: the one comparison the included studies make, said before the first estimate, names the arms
of every figure after it that names none.

- "All studies compared X versus Y": X may hold "with" ("maintenance with propofol"), so only "versus" parts them.
- "All studies compared X with Y, and three also compared X with Z": the comparison every study makes is the frame.
- an observational review's "exposure to X ... compared with no exposure": X is the arm, no exposure the comparator.
"""

from __future__ import annotations

import pytest

from test_draft_patterns import facts, words


def _effect(drafted, value: float):
    found = [f for f in drafted.facts if f.role == "effect" and round(f.value, 4) == value]
    assert found, f"no estimate {value} drafted"
    return found[0]


def _count(drafted, value: float):
    found = [f for f in drafted.facts if f.role == "count" and round(f.value, 4) == value]
    assert found, f"no count {value} drafted"
    return found[0]


FRAMES = [
    ("anaesthesia, compared X with Y versus Z", "We included 20 RCTs with 3100 participants. All studies compared "
     "maintenance with propofol-based TIVA versus inhalational maintenance of anaesthesia. We found no evidence of a "
     "difference in mortality at 30 days (OR 1.10, 95% CI 0.40 to 3.02; 280 participants; three studies).",
     1.1, 280, "propofol-based TIVA", "inhalational maintenance"),
    ("oncology, compared X versus Y", "We included 12 trials (2400 women). All trials compared adjuvant chemotherapy "
     "with capecitabine versus observation alone. Overall survival did not differ (HR 0.91, 95% CI 0.77 to 1.08; "
     "1900 women; six trials).", 0.91, 1900, "adjuvant chemotherapy with capecitabine", "observation alone"),
    ("renal, every study's comparison first", "We included 15 studies (2210 participants). All studies compared "
     "haemodiafiltration with standard haemodialysis, and two studies also compared haemodiafiltration with "
     "haemofiltration. There was little or no difference in all-cause death (RR 0.92, 95% CI 0.80 to 1.06; "
     "1800 participants; five studies).", 0.92, 1800, "haemodiafiltration", "standard haemodialysis"),
    ("mental health, every trial's comparison first", "Eleven trials met the inclusion criteria (1460 adults). "
     "All included trials compared internet-delivered CBT with waiting list, and three trials also compared it with "
     "face-to-face CBT. Depressive symptoms improved at the end of treatment (SMD -0.62, 95% CI -0.85 to -0.39; "
     "980 participants; seven trials).", -0.62, 980, "internet-delivered CBT", "waiting list"),
    ("paediatrics, an observational review's exposure", "We included 9 cohort studies with 412,300 children. Most "
     "studies found no association between prenatal exposure to selective serotonin reuptake inhibitors and childhood "
     "outcomes when compared with no exposure. Autism was not more common (RR 1.12, 95% CI 0.95 to 1.32; 4 cohort "
     "studies, n = 210,400).", 1.12, 210400,
     "selective serotonin reuptake inhibitors", "no exposure"),
    ("cardiology, exposure compared with the unexposed", "Fourteen observational studies (88,000 pregnancies) were "
     "included. They examined maternal exposure to beta-blockers during pregnancy compared with unexposed pregnancies. "
     "Small for gestational age was more common (OR 1.97, 95% CI 1.52 to 2.55).", 1.97, None, "beta-blockers",
     "unexposed pregnancies"),
]


@pytest.mark.parametrize("field,text,value,people,drug,comparator", FRAMES, ids=[f[0] for f in FRAMES])
def test_the_studies_one_comparison_names_the_arms(field, text, value, people, drug, comparator):
    drafted = facts(text)
    effect = _effect(drafted, value)
    assert words(drug) <= words(effect.drug), effect.drug
    assert words(comparator) <= words(effect.comparator), effect.comparator
    if people is not None:
        assert words(drug) <= words(_count(drafted, people).drug)


NO_FRAME = [
    ("smoking cessation, two comparisons and no 'all'", "We included 16 trials (9800 smokers). Nine trials compared "
     "varenicline with placebo, and seven trials compared varenicline with nicotine patch. Abstinence at six months "
     "was higher (RR 1.30, 95% CI 1.12 to 1.51; 5200 participants).", 1.3),
    ("infectious disease, exposure with no unexposed comparator", "We included 7 cohort studies. Exposure to "
     "fluoroquinolones was common in adults with sepsis. Tendon rupture was more frequent (OR 1.85, 95% CI 1.20 to "
     "2.85).", 1.85),
]


@pytest.mark.parametrize("field,text,value", NO_FRAME, ids=[f[0] for f in NO_FRAME])
def test_no_one_comparison_means_no_frame(field, text, value):
    effect = _effect(facts(text), value)
    assert effect.comparator is None or "nicotine" in effect.comparator.lower() or "placebo" in effect.comparator.lower()
    assert not (effect.comparator or "").lower().startswith("no exposure")


# The comparison a sentence states after what the evidence says ("... evidence that X is better than Y for ..."), a
# negated one ("X was not superior to Y"), and a subject with "also" ("X also increased ..."): the arms are X and Y.
STATED = [
    ("infectious disease, evidence that X is better than Y", "We included 26 trials (17,500 participants). The review "
     "found moderate-quality evidence that expedited partner therapy is better than simple patient referral for "
     "preventing re-infection (6 trials; RR 0.71, 95% CI 0.56 to 0.89).", 0.71, "expedited partner therapy",
     "simple patient referral"),
    ("cardiology, trials showed that X was superior to Y", "Eight trials (5400 adults) were included. Pooled trials "
     "showed that rivaroxaban was superior to warfarin for stroke prevention (HR 0.79, 95% CI 0.66 to 0.96).", 0.79,
     "rivaroxaban", "warfarin"),
    ("renal, X was not superior to Y", "We included 14 studies (1,250 participants). Peritoneal dialysis was not "
     "superior to haemodialysis in preserving residual kidney function (MD 0.45, 95% CI -0.20 to 1.10).", 0.45,
     "peritoneal dialysis", "haemodialysis"),
    ("smoking cessation, X was more successful than Y", "We included 11 trials. Evidence suggests that combination "
     "nicotine replacement was more successful than nicotine patch alone for abstinence at six months (RR 1.25, 95% CI "
     "1.15 to 1.36).",
     1.25, "combination nicotine replacement", "nicotine patch"),
]


@pytest.mark.parametrize("field,text,value,drug,comparator", STATED, ids=[s[0] for s in STATED])
def test_a_stated_comparison_after_what_the_evidence_says(field, text, value, drug, comparator):
    effect = _effect(facts(text), value)
    assert words(drug) <= words(effect.drug), effect.drug
    assert words(comparator) <= words(effect.comparator), effect.comparator


ALSO = [
    ("mental health, X also increased", "We included 12 trials comparing behavioural activation with usual care. "
     "Behavioural activation reduced depressive symptoms (SMD -0.50, 95% CI -0.71 to -0.29). Behavioural activation also "
     "increased remission (RR 1.40, 95% CI 1.10 to 1.78).", 1.4, "behavioural activation"),
    ("paediatrics, X also reduced ... when compared with Y", "We included 9 trials (1200 children). Oral rehydration "
     "solution also reduced admissions in children with gastroenteritis when compared with intravenous fluids (RR 0.80, "
     "95% CI 0.65 to 0.98) and in children with cholera (RR 0.70, 95% CI 0.50 to 0.98).", 0.7, "oral rehydration solution"),
    ("renal, X also lowered ... when compared with Y", "We included 16 studies (2900 adults on dialysis). Sevelamer "
     "also lowered serum phosphate in adults on haemodialysis when compared with calcium-based binders (MD -0.20 mmol/L, "
     "95% CI -0.35 to -0.05) and in adults on peritoneal dialysis (MD -0.15 mmol/L, 95% CI -0.28 to -0.02).", -0.15,
     "sevelamer"),
]


@pytest.mark.parametrize("field,text,value,drug", ALSO, ids=[a[0] for a in ALSO])
def test_also_is_no_part_of_an_arm(field, text, value, drug):
    drafted = facts(text)
    effect = _effect(drafted, value)
    assert words(drug) <= words(effect.drug), effect.drug
    assert all("also" not in (f.drug or "").split() for f in drafted.facts)


# "studies with attrition greater than 20% were excluded": a threshold, not an arm "attrition greater"
THRESHOLDS = [
    ("infectious disease, attrition greater than 20%", "We included 26 trials comparing partner therapy with patient "
     "referral. When studies with attrition greater than 20% were excluded, the effect was attenuated (2 trials; RR "
     "0.80, 95% CI 0.62 to 1.04)."),
    ("oncology, adherence higher than 80%", "We included nine trials comparing oral with intravenous chemotherapy. "
     "In trials with adherence higher than 80% there was no difference in survival (HR 0.97, 95% CI 0.85 to 1.11)."),
]


@pytest.mark.parametrize("field,text", THRESHOLDS, ids=[t[0] for t in THRESHOLDS])
def test_a_threshold_is_no_arm(field, text):
    drafted = facts(text)
    names = {f.drug for f in drafted.facts} | {f.comparator for f in drafted.facts}
    assert not any(n and ("greater" in n or "higher" in n or "%" in n) for n in names), names


# The review's totals from inclusion sentences worded in ways the totals reader missed: "We evaluated/selected N RCTs
# involving M participants", "In N studies, we identified M participants", an update "bringing the total number to N,
# including ...", and a list of parts, one of them "two trials (30 and 49 participants)", whose people add up.
TOTALS = [
    ("endocrinology, we evaluated", "We evaluated nine RCTs involving a total of 622 participants. Chromium picolinate "
     "did not reduce body weight compared with placebo (MD -1.10 kg, 95% CI -2.30 to 0.10).", 9, 622),
    ("infectious disease, we selected", "We selected 14 studies (2715 participants: 2147 men and 568 women). "
     "Microbiological failure was higher with azithromycin than with doxycycline (RR 2.45, 95% CI 1.36 to 4.41).",
     14, 2715),
    ("oncology, studies first and then the people", "In 16 studies, we identified 72,368 participants with thyroid "
     "nodules in whom calcitonin was measured. The summary sensitivity was 98.8% (95% CI 65.8 to 100).", 16, 72368),
    ("paediatrics, an update bringing the total to N", "We included 7 new cohort studies in this update, bringing the "
     "total number to 14, including 5 cohort and 9 case-control studies, with 1,601,515 study subjects. Preterm birth "
     "was not more common (RR 0.93, 95% CI 0.81 to 1.08).", 14, 1601515),
    ("rheumatology, parts that add up", "Five small trials were included: two trials (30 and 49 participants) of oral "
     "steroids or placebo; one trial (40 participants) of oral steroids or no treatment; one trial (28 participants) of "
     "oral or intra-articular steroids; and one trial (32 participants) of manipulation. Pain improved with oral "
     "steroids (MD 2.7, 95% CI 1.4 to 4.0).", 5, 179),
]


@pytest.mark.parametrize("field,text,studies,participants", TOTALS, ids=[t[0] for t in TOTALS])
def test_the_reviews_totals(field, text, studies, participants):
    drafted = facts(text)
    assert drafted.studies is not None and drafted.studies.value == studies, drafted.studies
    assert drafted.participants is not None and drafted.participants.value == participants, drafted.participants


NOT_TOTALS = [
    ("cardiology, two sizes of the one trial pair stay a sum", "We included two trials (120 and 80 participants). "
     "Statins reduced LDL cholesterol (MD -0.9 mmol/L, 95% CI -1.2 to -0.6).", 2, 200),
    ("mental health, in three trials we found is no total", "We included 12 trials (1500 participants). In three "
     "trials, we found 40 participants who withdrew early. Anxiety improved (SMD -0.40, 95% CI -0.62 to -0.18).", 12, 1500),
]


@pytest.mark.parametrize("field,text,studies,participants", NOT_TOTALS, ids=[t[0] for t in NOT_TOTALS])
def test_other_counts_are_not_the_totals(field, text, studies, participants):
    drafted = facts(text)
    assert drafted.studies.value == studies and drafted.participants.value == participants


# An outcome ends before "according to ..." and "in comparison with ...": what the figure measures, not how it was split
# or what it was set against.
OUTCOME_TAILS = [
    ("anaesthesia, according to the agent", "We included 28 RCTs comparing propofol with inhalational agents. We found no "
     "difference in incidences of postoperative delirium according to type of anaesthetic agent (OR 0.59, 95% CI 0.15 "
     "to 2.26).", 0.59, "postoperative delirium", "agent"),
    ("mental health, in comparison with placebo", "Twenty-four RCTs of psychostimulants were identified. Three trials "
     "showed that oral psychostimulants reduced short-term depressive symptoms in comparison with placebo (SMD -0.87, "
     "95% CI -1.40 to -0.33).", -0.87, "depressive symptoms", "comparison"),
]


@pytest.mark.parametrize("field,text,value,outcome,not_in", OUTCOME_TAILS, ids=[o[0] for o in OUTCOME_TAILS])
def test_an_outcome_ends_before_how_it_was_split(field, text, value, outcome, not_in):
    effect = _effect(facts(text), value)
    assert words(outcome) <= words(effect.outcome), effect.outcome
    assert not_in not in words(effect.outcome), effect.outcome


def test_a_magnitude_is_no_part_of_the_outcome():
    # cardiology: "by about 30 mmHg" is how much, not what
    effect = _effect(facts("We included 9 trials comparing renal denervation with sham. Renal denervation was found to "
                           "lower the office systolic blood pressure by about 5 mmHg in comparison with sham procedures "
                           "(MD -5.10 mmHg, 95% CI -8.20 to -2.00)."), -5.1)
    assert "about" not in words(effect.outcome) and "blood" in words(effect.outcome), effect.outcome


# "Outcomes were X (RR ...) and Y (RR ...)": the first figure's outcome is X, after the verb (it was left out: the
# clause read "Outcomes", no outcome); "Outcomes were similar (...)" names none.
OUTCOMES_WERE = [
    ("paediatrics, these outcomes included", "We included 9 cohort studies of antidepressants in pregnancy. These "
     "outcomes included autism (RR 1.12, 95% CI 0.95 to 1.32) and attention deficit (RR 1.05, 95% CI 0.90 to 1.22).",
     1.12, "autism"),
    ("cardiology, secondary outcomes were", "We included 14 trials of statins versus placebo. Secondary outcomes were "
     "stroke (RR 0.82, 95% CI 0.71 to 0.95) and myocardial infarction (RR 0.74, 95% CI 0.65 to 0.84).", 0.82, "stroke"),
    ("renal, the main outcomes included", "We included 11 trials of bicarbonate versus saline. The main outcomes "
     "included contrast nephropathy (RR 0.69, 95% CI 0.52 to 0.91) and dialysis (RR 0.90, 95% CI 0.50 to 1.62).", 0.69,
     "contrast nephropathy"),
]


@pytest.mark.parametrize("field,text,value,outcome", OUTCOMES_WERE, ids=[o[0] for o in OUTCOMES_WERE])
def test_outcomes_were_x(field, text, value, outcome):
    effect = _effect(facts(text), value)
    assert words(effect.outcome) == words(outcome), effect.outcome


def test_outcomes_were_similar_names_no_outcome():
    drafted = facts("We included 6 trials of early versus late feeding. Outcomes were similar between groups (RR 1.00, "
                    "95% CI 0.90 to 1.11).")
    assert all("similar" not in words(f.outcome) for f in drafted.facts)
