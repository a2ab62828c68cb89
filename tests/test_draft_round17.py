"""Round 17 of issue 15: abstracts with several comparisons. A results sentence that announces a comparison
("1. X versus Y.", "Comparison 2: X versus Y.", "Four trials compared X with Y.", "For X compared with Y, ...")
names the arms of the estimates and counts after it, until the next announcement. Every abstract here was
written for this test (made-up figures), in the style of real ones."""

from __future__ import annotations

import pytest

from laylint.draft.comparisons import announced
from test_draft_patterns import facts, words

ANNOUNCED = [
    ("cardiology, numbered", "1. Cardiac rehabilitation versus usual care.", "cardiac rehabilitation", "usual care"),
    ("renal, labelled", "Comparison 2: intravenous iron versus no iron.", "intravenous iron", "no iron"),
    ("infectious disease, lettered", "(b) Artemether versus quinine.", "artemether", "quinine"),
    ("mental health, standing alone", "Cognitive behavioural therapy versus waiting list.", "cognitive behavioural therapy",
     "waiting list"),
    ("orthodontics, a bracketed abbreviation", "3. Conventional nickel-titanium (NiTi) versus superelastic NiTi arch wires.",
     "conventional nickel-titanium (NiTi)", "superelastic NiTi arch wires"),
    ("smoking cessation, trials compared", "Six trials compared text-messaging interventions with minimal support.",
     "text-messaging interventions", "minimal support"),
    ("paediatrics, trials with a count", "Four trials (612 children) compared zinc with placebo.", "zinc", "placebo"),
    ("neonatology, which compared", "We included three trials that involved 431 infants which compared inhaled versus "
     "systemic corticosteroids.", "inhaled", "systemic corticosteroids"),
    ("oncology, opening the sentence", "For gemcitabine compared with fluorouracil, survival was longer (HR 0.82, 95% CI "
     "0.70 to 0.96).", "gemcitabine", "fluorouracil"),
    ("smoking cessation, opening the sentence", "For exercise compared with health education, abstinence did not differ.",
     "exercise", "health education"),
    ("urology, a run-in subheading with a colon", "Alpha-blockers versus placebo for distal ureteric stones: stone clearance "
     "was higher (RR 1.45, 95% CI 1.22 to 1.72).", "alpha-blockers", "placebo"),
    ("neonatology, both arms then compared", "There was no evidence of a difference in weight gain when high and low MCT "
     "formulas were compared.", "high", "low MCT formulas"),
    ("vaccines, the comparison of", "For the comparison of adjuvanted vaccine with non-adjuvanted vaccine, we found one RCT.",
     "adjuvanted vaccine", "non-adjuvanted vaccine"),
    ("mental health, trials comparing", "In eight studies comparing lithium with antipsychotic drugs, fewer participants left "
     "early.", "lithium", "antipsychotic drugs"),
    ("respiratory, to treat", "We included three trials (431 infants) which compared inhaled versus systemic corticosteroids to "
     "treat chronic lung disease.", "inhaled", "systemic corticosteroids"),
]


@pytest.mark.parametrize("field,text,first,second", ANNOUNCED, ids=[a[0] for a in ANNOUNCED])
def test_a_results_sentence_announces_its_comparison(field, text, first, second):
    said = announced(text)
    assert said is not None, text
    left, right = said.split(" versus ")
    assert words(left) == words(first) and words(right) == words(second), said


NOT_ANNOUNCED = [
    ("no studies", "There were no trials comparing surgery with non-surgical treatment."),
    ("research needed", "Further studies comparing antidepressants with benzodiazepines are needed."),
    ("two comparisons", "Three trials compared aspirin with placebo and two compared aspirin with clopidogrel."),
    ("an estimate of its own", "Aspirin versus placebo reduced stroke (RR 0.81, 95% CI 0.70 to 0.94)."),
    ("a sentence, not a name", "Mortality was similar in the amiodarone versus lidocaine groups."),
    ("no trials evaluated", "No trials evaluated dialysis versus conservative care."),
    ("a verb in the pair", "The two trials comparing magnesium to placebo differed in their doses."),
    ("a second versus after the pair", "Three studies compared adjuncts to scaling in periodontal therapy versus scaling only."),
    ("people, not arms", "Twelve studies compared people with diabetes to people without diabetes."),
    ("a list of comparators", "This review includes 71 studies comparing chlorpromazine to olanzapine, risperidone or quetiapine."),
    ("a subgroup analysis", "In the secondary analysis of studies comparing inhaled steroids versus oral steroids, heterogeneity "
     "was high."),
]


@pytest.mark.parametrize("field,text", NOT_ANNOUNCED, ids=[n[0] for n in NOT_ANNOUNCED])
def test_sentences_that_announce_no_comparison(field, text):
    assert announced(text) is None


def _arms(text):
    drafted = facts(text)
    return {round(f.value, 2): (f.drug, f.comparator) for f in drafted.facts if f.role == "effect"}, drafted


SEVERAL = [
    ("cardiology, numbered comparisons in one paragraph",
     "We included nine RCTs (2140 participants). The review assessed three comparisons. 1. Cardiac rehabilitation versus "
     "usual care. There were four studies in this group. Cardiac rehabilitation probably reduces hospital admissions (RR 0.76, "
     "95% CI 0.61 to 0.95; 4 studies, 980 participants; moderate-certainty evidence). There is insufficient evidence of a "
     "difference in all-cause mortality (RR 0.91, 95% CI 0.70 to 1.18; 3 studies, 812 participants). 2. Home-based versus "
     "centre-based rehabilitation. There were three studies in this group. Exercise capacity did not differ (MD 0.21 METs, 95% "
     "CI -0.12 to 0.54; 3 studies, 620 participants). 3. Yoga versus walking programmes. Only one study (96 participants) "
     "contributed data. Quality of life was similar (SMD 0.08, 95% CI -0.32 to 0.48).",
     {0.76: ("cardiac rehabilitation", "usual care"), 0.91: ("cardiac rehabilitation", "usual care"),
      0.21: ("home-based rehabilitation", "centre-based rehabilitation"), 0.08: ("yoga", "walking programmes")},
     {620: ("home-based rehabilitation", "centre-based rehabilitation"), 96: ("yoga", "walking programmes")}),
    ("renal, labelled comparisons under Main results",
     "Main results\nWe included 11 studies (1540 participants). Comparison 1: oral iron versus intravenous iron. Five studies "
     "contributed. Haemoglobin rose less with oral iron (MD -0.31 g/dL, 95% CI -0.52 to -0.10; 5 studies, 640 participants). "
     "Comparison 2: intravenous iron versus no iron. Transfusion requirements fell (RR 0.61, 95% CI 0.42 to 0.89; 4 studies, "
     "512 participants), with no clear difference in serious infections (RR 1.12, 95% CI 0.78 to 1.61).",
     {-0.31: ("oral iron", "intravenous iron"), 0.61: ("intravenous iron", "no iron"), 1.12: ("intravenous iron", "no iron")},
     {512: ("intravenous iron", "no iron")}),
    ("mental health, comparisons standing alone",
     "Eight studies (1210 participants) met the inclusion criteria. Cognitive behavioural therapy versus waiting list. "
     "Depressive symptoms were lower at the end of treatment (SMD -0.62, 95% CI -0.91 to -0.33; 5 studies, 702 participants). "
     "Cognitive behavioural therapy versus antidepressants. Response did not differ (RR 1.04, 95% CI 0.86 to 1.26; 3 studies, "
     "508 participants).",
     {-0.62: ("cognitive behavioural therapy", "waiting list"), 1.04: ("cognitive behavioural therapy", "antidepressants")},
     {508: ("cognitive behavioural therapy", "antidepressants")}),
    ("infectious disease, lettered comparisons",
     "Twenty-one trials were included. (a) Artesunate versus quinine. Mortality was lower with artesunate (RR 0.61, 95% CI "
     "0.50 to 0.75; 6 trials, 1938 adults). (b) Artemether versus quinine. Mortality did not differ (RR 0.90, 95% CI 0.73 to "
     "1.11; 7 trials, 1447 participants).",
     {0.61: ("artesunate", "quinine"), 0.90: ("artemether", "quinine")}, {1447: ("artemether", "quinine")}),
    ("smoking cessation, trials that compared and a sentence that opens with its comparison",
     "We included 14 trials with 9830 smokers. Six trials compared text-messaging interventions with minimal support. Quit "
     "rates at six months were higher with text messaging (RR 1.54, 95% CI 1.19 to 2.00; 6 trials, 4790 participants). Four "
     "trials (2210 participants) compared financial incentives with usual care. Long-term abstinence was more frequent (RR "
     "1.49, 95% CI 1.28 to 1.73), and relapse at 12 months showed no clear difference (RR 0.93, 95% CI 0.71 to 1.22). For "
     "exercise compared with health education, abstinence at the end of treatment did not differ (RR 1.08, 95% CI 0.80 to "
     "1.45; 4 trials, 1330 participants).",
     {1.54: ("text-messaging interventions", "minimal support"), 1.49: ("financial incentives", "usual care"),
      0.93: ("financial incentives", "usual care"), 1.08: ("exercise", "health education")},
     {1330: ("exercise", "health education")}),
]


@pytest.mark.parametrize("field,text,effects,counts", SEVERAL, ids=[s[0] for s in SEVERAL])
def test_each_estimate_and_count_takes_the_comparison_in_force(field, text, effects, counts):
    arms, drafted = _arms(text)
    for value, (drug, comparator) in effects.items():
        assert value in arms, arms
        got = arms[value]
        assert words(got[0]) == words(drug) and words(got[1]) == words(comparator), (value, got)
    for value, (drug, comparator) in counts.items():
        count = next(f for f in drafted.facts if f.role == "count" and f.value == value)
        assert words(count.drug) == words(drug) and words(count.comparator) == words(comparator), (value, count.drug)


def test_a_sentence_naming_its_own_arm_keeps_it_under_an_announced_comparison():
    text = ("Five trials were included. Two trials compared intensive insulin with conventional insulin. Intensive insulin "
            "reduced polyneuropathy (RR 0.65, 95% CI 0.55 to 0.77). One trial compared corticosteroids with placebo. "
            "Corticosteroids had no effect on polyneuropathy (RR 1.27, 95% CI 0.77 to 2.08). In the fourth trial, early "
            "physiotherapy reduced polyneuropathy (RR 0.62, 95% CI 0.39 to 0.96).")
    arms, _ = _arms(text)
    assert words(arms[0.65][0]) == {"intensive", "insulin"}
    assert words(arms[1.27][0]) == {"corticosteroids"}
    assert words(arms[0.62][0]) == {"early", "physiotherapy"}


def test_the_comparison_announced_before_the_findings_frames_the_whole_abstract():
    text = ("Main results\nWe included 12 trials involving 2310 children.\nTwo trials compared zinc with placebo. Zinc shortened "
            "the duration of diarrhoea (MD -0.52 days, 95% CI -0.91 to -0.13).\n\nPersistent diarrhoea was less common (RR 0.71, "
            "95% CI 0.53 to 0.95; 10 trials, 1980 children).")
    arms, _ = _arms(text)
    assert words(arms[0.71][0]) == {"zinc"} and words(arms[0.71][1]) == {"placebo"}


JUDGED = [
    ("oral medicine, same sentence", "Thalidomide reduced the risk of recurrence of oral ulcers (RR 0.41, 95% CI 0.22 to 0.76), "
     "and was also more effective at 12 months (RR 0.52, 95% CI 0.31 to 0.88).", 0.52, "recurrence of oral ulcers"),
    ("endocrinology, the sentence before", "Total thyroidectomy lowered recurrent hyperthyroidism (OR 0.14, 95% CI 0.04 to "
     "0.46). Total thyroidectomy was again more effective than subtotal thyroidectomy (OR 0.13, 95% CI 0.04 to 0.44).", 0.13,
     "recurrent hyperthyroidism"),
    ("smoking cessation, although the estimate", "Varenicline increased abstinence at six months (RR 2.24, 95% CI 2.06 to "
     "2.43), although the estimate crossed the null (RR 1.12, 95% CI 0.95 to 1.31).", 1.12, "abstinence"),
    ("infectious disease, a conjunction read as the outcome", "Artesunate reduced mortality (RR 0.61, 95% CI 0.50 to 0.75), but "
     "was less clearly superior in a second analysis (RR 0.76, 95% CI 0.51 to 1.13).", 0.76, "mortality"),
]


@pytest.mark.parametrize("field,text,value,outcome", JUDGED, ids=[j[0] for j in JUDGED])
def test_words_that_judge_a_result_are_no_outcome(field, text, value, outcome):
    hit = next(f for f in facts(text).facts if f.role == "effect" and round(f.value, 2) == value)
    assert words(hit.outcome) == words(outcome), hit.outcome
    assert any("judge the result" in u for u in hit.uncertain)


def test_a_judged_figure_with_no_figure_before_it_is_kept_and_marked():
    drafted = facts("Smoking cessation programmes were more effective (RR 1.32, 95% CI 1.10 to 1.58; 6 trials).")
    hit = next(f for f in drafted.facts if f.role == "effect")
    assert hit.value == pytest.approx(1.32)
    if hit.outcome and not (words(hit.outcome) - {"more", "effective"}):
        assert any("judge the result" in u for u in hit.uncertain)


@pytest.mark.parametrize("phrase,judged", [("more effective", True), ("highly beneficial", True), ("although the CI", True),
                                           ("estimate crossed the null", True), ("wide confidence intervals", True),
                                           ("recurrent hyperthyroidism", False), ("risk of stroke", False),
                                           ("pain reduction", False), ("clinical improvement", False)])
def test_judgement_only_phrases(phrase, judged):
    from laylint.draft.outcome_phrases import judgement_only
    assert judgement_only(phrase) is judged


ONE_COMPARISON = [
    ("neonatology, both arms then compared",
     "Eight randomised trials studying 182 preterm infants were included. There was no evidence of a difference in short-term "
     "growth when high and low MCT formulas were compared. Weight gain did not differ (WMD -0.35 g/kg/d, 95% CI -1.44 to 0.74; "
     "five studies). Length gain was similar (WMD 0.14 cm/wk, 95% CI -0.04 to 0.31).",
     {-0.35: ("high MCT formulas", "low MCT formulas"), 0.14: ("high MCT formulas", "low MCT formulas")}),
    ("respiratory, the inclusion sentence with a purpose after the pair",
     "We included three trials involving 431 infants which compared inhaled versus systemic corticosteroids to treat chronic "
     "lung disease. Death or chronic lung disease did not differ in the largest trial (RR 1.04, 95% CI 0.86 to 1.26). "
     "Hyperglycaemia was less frequent (RR 0.52, 95% CI 0.31 to 0.88; 2 trials, 139 infants).",
     {1.04: ("inhaled corticosteroids", "systemic corticosteroids"), 0.52: ("inhaled corticosteroids", "systemic corticosteroids")}),
]


@pytest.mark.parametrize("field,text,effects", ONE_COMPARISON, ids=[o[0] for o in ONE_COMPARISON])
def test_the_one_comparison_a_results_paragraph_states_names_its_estimates(field, text, effects):
    arms, _ = _arms(text)
    for value, (drug, comparator) in effects.items():
        assert words(arms[value][0]) == words(drug) and words(arms[value][1]) == words(comparator), (value, arms[value])


def test_a_participle_after_the_allocated_arm_is_not_part_of_its_name():
    text = ("We included five trials (2100 infants). Data were consistent with infants allocated to early feeding having, on "
            "average, a lower risk of necrotising enterocolitis than infants allocated to delayed feeding (RR 0.80, 95% CI 0.65 "
            "to 0.98; 5 trials, 2100 infants). There was no clear difference between infants allocated to early feeding and "
            "infants allocated to delayed feeding in mortality (RR 1.02, 95% CI 0.81 to 1.29; 4 trials, 1890 infants).")
    arms, drafted = _arms(text)
    assert arms[0.80] == arms[1.02]
    assert words(arms[1.02][0]) == {"early", "feeding"} and words(arms[1.02][1]) == {"delayed", "feeding"}
    assert not any("having" in words(name) for name in drafted.drugs)


TESTED = [
    ("oncology, tested in N studies",
     "Fourteen trials with 2782 patients were included. Empirical vancomycin was tested at the onset of fever in 12 studies, "
     "and for persistent fever in two studies. Overall mortality did not differ between the comparator arms, RR of 0.90 (95% CI "
     "0.64 to 1.25; 8 studies, 1242 patients). Treatment failure was reduced, RR of 0.72 (95% CI 0.65 to 0.79).",
     {0.90: "empirical vancomycin", 0.72: "empirical vancomycin"}),
    ("obstetrics, compared to placebo in N trials",
     "Seven trials (1520 women) were included. Magnesium sulphate was compared to placebo in six trials. Eclampsia was less "
     "frequent (RR 0.41, 95% CI 0.29 to 0.58).", {0.41: "magnesium sulphate"}),
]


@pytest.mark.parametrize("field,text,effects", TESTED, ids=[t[0] for t in TESTED])
def test_the_intervention_the_studies_tested_names_estimates_that_name_none(field, text, effects):
    arms, _ = _arms(text)
    for value, drug in effects.items():
        assert words(arms[value][0]) == words(drug), arms[value]


def test_a_passive_comparison_before_the_estimates_frames_them():
    arms, _ = _arms("Seven trials (1520 women) were included. Magnesium sulphate was compared to placebo in six trials. Eclampsia "
                    "was less frequent (RR 0.41, 95% CI 0.29 to 0.58).")
    assert words(arms[0.41][0]) == {"magnesium", "sulphate"} and words(arms[0.41][1]) == {"placebo"}


@pytest.mark.parametrize("sentence", ["Adverse events were tested for in all trials.", "Adverse events were tested in all trials.",
                                      "Risk of bias was compared with control in nine trials."])
def test_an_outcome_the_studies_tested_is_no_intervention(sentence):
    arms, _ = _arms(f"Nine trials (1800 participants) were included. {sentence} Mortality did not differ (RR 0.95, 95% CI 0.80 to "
                    "1.13).")
    assert arms[0.95][0] is None
