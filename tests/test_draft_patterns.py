"""Table tests of `laylint.draft`: each row an abstract (or part of one) written for this test in the
style of real ones, in varied fields, and the findings, totals, names or certainty it must give.

A finding is checked as a dict of the keys given (value in per cent for percentages; ci as a pair);
`drug`, `comparator` and `outcome` are compared ignoring case, and an outcome may be any name whose
words contain the expected words ("risk of stroke" for "stroke")."""

from __future__ import annotations

import re

import pytest
import yaml

from laylint.draft import draft, to_yaml
from laylint.pipeline.drafting import synonym_groups
from laylint.ruleset import load_ruleset

SYNONYMS = synonym_groups(load_ruleset([]))


def facts(text: str):
    return draft(text, "test.abstract.txt", SYNONYMS)


def simple(fact) -> dict:
    return {"measure": fact.measure, "value": round(fact.value, 4), "ci": tuple(round(b, 4) for b in fact.ci) if fact.ci else None,
            "drug": fact.drug, "comparator": fact.comparator, "outcome": fact.outcome, "percent": fact.percent,
            "certainty": fact.certainty, "population": fact.population}


def words(name: str | None) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", (name or "").lower().replace("-", " ")))


def matches(fact: dict, expected: dict) -> bool:
    for key, want in expected.items():
        got = fact[key]
        if key in ("drug", "comparator"):
            if (got or "").lower() != (want or "").lower() and not (want and words(want) <= words(got)):
                return False
        elif key == "outcome":
            if not words(want) <= words(got):
                return False
        elif key == "ci":
            if got is None or tuple(round(b, 4) for b in want) != got:
                return False
        elif got != want:
            return False
    return True


def find(drafted, **expected):
    found = [simple(f) for f in drafted.facts]
    hits = [f for f in found if matches(f, expected)]
    assert hits, f"no finding with {expected}; drafted:\n" + "\n".join(map(str, found))
    return hits[0]


def values(drafted) -> list[float]:
    return [round(f.value, 4) for f in drafted.facts]


# -- effect estimates with their confidence intervals ------------------------------------------------

ESTIMATES = [
    # (field, abstract, expected findings)
    ("cardiology, Cochrane style", """Main results
We included 12 trials (9812 participants). Compared with placebo, statins probably reduce the risk of stroke (risk ratio (RR) 0.78, 95% confidence interval (CI) 0.68 to 0.89; 9 studies, 7560 participants; moderate-certainty evidence).""",
     [{"measure": "risk-ratio", "value": 0.78, "ci": (0.68, 0.89), "drug": "statins", "comparator": "placebo", "outcome": "stroke",
       "certainty": "moderate"}]),
    ("oncology, NEJM style", """RESULTS
A total of 702 patients underwent randomization. Progression-free survival was longer with ribolinib than with placebo (hazard ratio for progression or death, 0.68; 95% CI, 0.55 to 0.84; P<0.001).""",
     [{"measure": "hazard-ratio", "value": 0.68, "ci": (0.55, 0.84), "drug": "ribolinib", "outcome": "progression-free survival"}]),
    ("mental health, JAMA style", """Results  Among 240 randomized participants, the intervention reduced symptoms of anxiety more than waitlist control (mean difference, −3.1 points; 95% CI, −4.6 to −1.6; P < .001).""",
     [{"measure": "mean-difference", "value": -3.1, "ci": (-4.6, -1.6), "outcome": "anxiety"}]),
    ("paediatrics, odds ratio with a hyphen range", """Results: Wheeze at 12 months was less common in the probiotic group (adjusted OR 0.64, 95% CI 0.45-0.91).""",
     [{"measure": "odds-ratio", "value": 0.64, "ci": (0.45, 0.91), "outcome": "wheeze"}]),
    ("renal, Unicode minus and U+2010 hyphens", """Main results
Sodium restriction may lower systolic blood pressure compared with usual diet (MD \u22126.9 mmHg, 95% CI \u20109.1 to \u22124.6; 8 studies, 512 participants; low\u2010certainty evidence).""",
     [{"measure": "mean-difference", "value": -6.9, "ci": (-9.1, -4.6), "outcome": "systolic blood pressure", "certainty": "low"}]),
    ("neurology, standardised mean difference", """Main results
Exercise may improve fatigue in people with multiple sclerosis compared with no exercise (standardised mean difference (SMD) \u22120.45, 95% CI \u22120.67 to \u22120.23; 11 studies, 659 participants; low-certainty evidence).""",
     [{"measure": "standardised-mean-difference", "value": -0.45, "ci": (-0.67, -0.23), "outcome": "fatigue"}]),
    ("infectious disease, rate ratio", """Findings Malaria case incidence was lower in the spatial repellent group (incidence rate ratio 0.67, 95% CI 0.50-0.90).""",
     [{"measure": "rate-ratio", "value": 0.67, "ci": (0.5, 0.9), "outcome": "malaria case incidence"}]),
    ("smoking cessation, risk difference in percentage points", """Findings Abstinence at 12 months was 18.2% with e-cigarettes and 9.9% with nicotine replacement therapy (risk difference 8.3 percentage points; 95% CI 4.1 to 12.5).""",
     [{"measure": "risk-difference", "value": 8.3, "ci": (4.1, 12.5), "percent": True, "outcome": "abstinence"},
      {"measure": "proportion", "value": 18.2, "outcome": "abstinence"}, {"measure": "proportion", "value": 9.9}]),
    ("obstetrics, risk difference written as a proportion", """Main results
Tranexamic acid may reduce postpartum haemorrhage compared with placebo (RR 0.81, 95% CI 0.69 to 0.95; RD \u22120.02, 95% CI \u22120.04 to \u22120.01; 5 studies, 1580 women).""",
     [{"measure": "risk-ratio", "value": 0.81, "ci": (0.69, 0.95)},
      {"measure": "risk-difference", "value": -2.0, "ci": (-4.0, -1.0), "percent": True}]),
    ("Lancet mid-dot decimals", """Findings The hazard ratio for death was 0\u00b771 (95% CI 0\u00b759\u20130\u00b786; p=0\u00b70004) with dovamab versus docetaxel.""",
     [{"measure": "hazard-ratio", "value": 0.71, "ci": (0.59, 0.86)}]),
    ("BMJ bare estimates after a labelled one", """Results Use of the drug was associated with a higher risk of hip fracture (hazard ratio 1.21, 95% confidence interval 1.08 to 1.35) and of wrist fracture (1.15, 1.01 to 1.31).""",
     [{"measure": "hazard-ratio", "value": 1.21, "ci": (1.08, 1.35), "outcome": "hip fracture"},
      {"measure": "hazard-ratio", "value": 1.15, "ci": (1.01, 1.31), "outcome": "wrist fracture"}]),
    ("vaccine efficacy", """RESULTS
Confirmed influenza occurred in 24 vaccine recipients and 81 placebo recipients, for a vaccine efficacy of 70.4% (95% CI, 53.4 to 81.2).""",
     [{"measure": "relative-reduction", "value": 70.4, "ci": (53.4, 81.2), "percent": True}]),
    ("numbers needed to treat", """Main results
Antibiotics increased complete resolution compared with no treatment (RR 2.00, 95% CI 1.58 to 2.53; number needed to treat for an additional beneficial outcome (NNTB) 5, 95% CI 4 to 8).""",
     [{"measure": "risk-ratio", "value": 2.0, "ci": (1.58, 2.53)},
      {"measure": "number-needed-to-treat", "value": 5.0, "ci": (4.0, 8.0)}]),
    ("pooled proportions written as proportions", """Results: Among patients treated with methotrexate, the pooled prevalence of liver fibrosis was 0.17 (95% CI 0.11\u20130.24).""",
     [{"measure": "proportion", "value": 17.0, "ci": (11.0, 24.0), "percent": True, "drug": "methotrexate", "outcome": "liver fibrosis"}]),
    ("pooled proportions written as percentages", """Results: In children given azithromycin, the pooled incidence of vomiting was 7% (95% CI 4% to 11%).""",
     [{"measure": "proportion", "value": 7.0, "ci": (4.0, 11.0), "percent": True, "outcome": "vomiting"}]),
]


@pytest.mark.parametrize("field, text, expected", ESTIMATES, ids=[row[0] for row in ESTIMATES])
def test_estimates(field, text, expected):
    drafted = facts(text)
    for item in expected:
        find(drafted, **item)


# -- one group's figures, natural frequencies, counts ---------------------------------------------

ARMS = [
    ("cardiology: patients (per cent) in each group", """RESULTS
The primary outcome occurred in 215 patients (7.2%) in the tirzapane group and in 301 patients (10.1%) in the placebo group (hazard ratio, 0.71; 95% CI, 0.60 to 0.85).""",
     [{"value": 7.2, "drug": "tirzapane", "measure": "proportion"}, {"value": 10.1, "drug": "placebo", "measure": "proportion"},
      {"value": 215.0, "measure": "count", "drug": "tirzapane"}, {"value": 301.0, "measure": "count", "drug": "placebo"},
      {"value": 0.71, "measure": "hazard-ratio", "drug": "tirzapane", "comparator": "placebo"}]),
    ("oncology: a percentage against a percentage", """Findings Grade 3 or worse adverse events occurred in 41.5% of patients in the combination group versus 28.0% in the chemotherapy group.""",
     [{"value": 41.5, "outcome": "grade 3 or worse adverse events"}, {"value": 28.0, "outcome": "grade 3 or worse adverse events"}]),
    ("mental health: N of M (per cent) with the arms named", """Results Remission occurred in 42 of 120 participants (35.0%) in the psilocybin group and 25 of 118 (21.2%) in the escitalopram group (OR, 2.00; 95% CI, 1.10-3.62).""",
     [{"value": 35.0, "drug": "psilocybin", "outcome": "remission"}, {"value": 21.2, "drug": "escitalopram", "outcome": "remission"},
      {"value": 42.0, "measure": "count"}, {"value": 120.0, "measure": "count"}]),
    ("paediatrics: vs in a bracket", """Results: Hospital admission was less frequent with intranasal dexmedetomidine (12.0% vs 19.5%).""",
     [{"value": 12.0, "outcome": "hospital admission"}, {"value": 19.5, "outcome": "hospital admission"}]),
    ("Cochrane: per 1000 baseline and difference, other arm derived", """Main results
Thrombolysis compared with anticoagulation may reduce death (RR 0.59, 95% CI 0.36 to 0.96; 17 studies, 2167 participants). Based on 51 deaths per 1000 with anticoagulation, this corresponds to 21 fewer (33 fewer to 2 fewer) deaths per 1000 with thrombolysis.""",
     [{"value": 5.1, "measure": "proportion", "drug": "anticoagulation"},
      {"value": -2.1, "measure": "risk-difference", "ci": (-3.3, -0.2), "drug": "thrombolysis"},
      {"value": 3.0, "measure": "proportion", "drug": "thrombolysis"}]),
    ("Cochrane: from X per 1000 to Y per 1000", """Main results
Masks may reduce influenza-like illness compared with no masks (RR 0.86, 95% CI 0.81 to 0.90; 9 trials, 52,105 participants). In absolute terms this would result in a reduction from 380 events per 1000 people to 327 per 1000 people (95% CI 308 to 342).""",
     [{"value": 38.0, "measure": "proportion"}, {"value": 32.7, "measure": "proportion"}]),
    ("rates per person-years", """Results The incidence of hip fracture was 3.4 per 1000 person years among users and 2.1 per 1000 person years among non-users.""",
     [{"value": 3.4, "measure": "rate"}, {"value": 2.1, "measure": "rate", "drug": "non-users"}]),
    ("counts of studies and people per comparison", """Main results
Chlorhexidine probably reduces ventilator-associated pneumonia compared with placebo (RR 0.67, 95% CI 0.50 to 0.88; 18 studies, 2451 participants; moderate-certainty evidence).""",
     [{"value": 18.0, "measure": "count", "drug": "chlorhexidine", "comparator": "placebo", "population": "studies"},
      {"value": 2451.0, "measure": "count", "drug": "chlorhexidine", "population": "participants"}]),
    ("arms named with (n = ...)", """Methods Participants were randomized to cytisine (n = 655) or varenicline (n = 661). Results Abstinence was 11.7% with cytisine and 13.3% with varenicline.""",
     [{"value": 655.0, "measure": "count", "drug": "cytisine"}, {"value": 661.0, "measure": "count", "drug": "varenicline"},
      {"value": 11.7, "drug": "cytisine"}, {"value": 13.3, "drug": "varenicline"}]),
]


@pytest.mark.parametrize("field, text, expected", ARMS, ids=[row[0] for row in ARMS])
def test_per_group_figures_and_counts(field, text, expected):
    drafted = facts(text)
    for item in expected:
        find(drafted, **item)


# -- what is not a finding -------------------------------------------------------------------------

NOT_FINDINGS = [
    ("I2, p-values and the CI level", """Main results
Zinc may shorten the duration of colds (MD \u22121.65 days, 95% CI \u22122.50 to \u22120.81; I2 = 62%; P = 0.0001; 7 studies, 515 participants).""",
     {-1.65, 7.0, 515.0}, {62.0, 0.0001, 95.0}),
    ("thresholds, margins and ages", """Results Adults aged 65 years or older were enrolled. Response (a reduction of at least 50% in the score) was 46.0% with the drug and 31.0% with placebo; the non-inferiority margin was 10%.""",
     {46.0, 31.0}, {50.0, 10.0, 65.0}),
    ("ranges of study sizes and years", """Main results
We included 14 studies published from 2003 to 2019 with sample sizes ranging from 20 to 525 participants. Yoga may reduce pain compared with usual care (SMD \u22120.42, 95% CI \u22120.66 to \u22120.18; 6 studies, 452 participants).""",
     {-0.42}, {2003.0, 2019.0, 20.0, 525.0}),
]


@pytest.mark.parametrize("field, text, wanted, unwanted", NOT_FINDINGS, ids=[row[0] for row in NOT_FINDINGS])
def test_not_findings(field, text, wanted, unwanted):
    found = set(values(facts(text)))
    assert wanted <= found, found
    assert not unwanted & found, found


# -- totals, design, certainty ------------------------------------------------------------------------

TOTALS = [
    ("We included 55 studies (14,548 participants).", 55, 14548),
    ("We included 68 completed studies with 43,327 participants, most of them adults.", 68, 43327),
    ("We included five RCTs involving 858 women with endometriosis.", 5, 858),
    ("Fifty-five articles including 14,548 patients with MS were eligible.", 55, 14548),
    ("We identified 11 RCTs (2393 participants) that met the inclusion criteria.", 11, 2393),
    ("This updated review included eight new studies. Overall, we identified 15 studies (2371 participants).", 15, 2371),
]


@pytest.mark.parametrize("sentence, studies, participants", TOTALS)
def test_review_totals(sentence, studies, participants):
    drafted = facts("Main results\n" + sentence + " Drug A may reduce pain (RR 0.80, 95% CI 0.70 to 0.91).\n\nAuthors' conclusions\nMore research is needed.")
    assert drafted.studies is not None and drafted.studies.value == studies
    assert drafted.participants is not None and drafted.participants.value == participants


TRIALS = [
    ("A total of 5988 patients underwent randomization.", 5988),
    ("Overall, 34,284 randomized participants received the vaccine (17,215) or placebo (17,069).", 34284),
    ("Among 312 randomized participants (mean [SD] age, 15.6 [1.3] years), 281 completed the trial.", 312),
    ("Of 176 infants randomly assigned, 167 completed the study.", 176),
    ("Between March 2018 and June 2020, 612 patients were randomly assigned to drug A or placebo.", 612),
    ("In this trial of adults 60 years of age or older, 1204 participants were randomized to drug A or placebo.", 1204),
]


@pytest.mark.parametrize("sentence, participants", TRIALS)
def test_trial_totals(sentence, participants):
    drafted = facts("BACKGROUND\nSomething.\n\nRESULTS\n" + sentence + "\n\nCONCLUSIONS\nDone.")
    assert drafted.participants is not None and drafted.participants.value == participants
    assert drafted.design == "randomized-trial"


def test_design_and_observational():
    cohort = facts("Design Prospective cohort study.\n\nResults Among 20,512 adults, coffee was associated with lower mortality (hazard ratio 0.88, 95% CI 0.81 to 0.95).")
    assert (cohort.design, cohort.observational) == ("cohort", True)
    review = facts("Main results\nWe included 9 RCTs (1200 participants). Drug A may reduce pain (RR 0.8, 95% CI 0.7 to 0.9; low-certainty evidence).\n\nAuthors' conclusions\nUncertain.")
    assert (review.design, review.observational, review.kind) == ("meta-analysis", False, "cochrane")


def test_certainty_per_finding_and_document_level():
    drafted = facts("""Main results
Drug A probably reduces pain compared with placebo (RR 0.70, 95% CI 0.60 to 0.82; moderate-certainty evidence). Drug A may reduce nausea (RR 0.80, 95% CI 0.66 to 0.97; low-certainty evidence) and may reduce vomiting (RR 0.75, 95% CI 0.58 to 0.97; low-certainty evidence). We are uncertain whether drug A affects death because the evidence is very uncertain (RR 0.90, 95% CI 0.40 to 2.01).""")
    assert find(drafted, value=0.7)["certainty"] == "moderate"
    assert find(drafted, value=0.8)["certainty"] == "low"
    assert find(drafted, value=0.9)["certainty"] == "very-low"
    assert drafted.certainty == "low"


# -- names: comparisons, abbreviations, lay synonyms, doses ----------------------------------------

def test_abbreviations_become_aliases_and_lay_synonyms_are_added():
    drafted = facts("""Main results
Nicotine replacement therapy (NRT) increases quit rates compared with placebo (RR 1.55, 95% CI 1.49 to 1.61; 133 studies, 64,640 participants; high-certainty evidence). NRT may increase the risk of heart palpitations and chest pains compared with placebo (RR 1.88, 95% CI 1.37 to 2.57).""")
    assert "NRT" in drafted.drugs["nicotine replacement therapy"]
    assert "dummy pill" in drafted.drugs["placebo"]
    find(drafted, value=1.88, drug="nicotine replacement therapy", comparator="placebo")


def test_doses_that_tell_arms_apart_stay_in_the_names():
    drafted = facts("""Main results
There was insufficient evidence of a difference in pain improvement between ethinylestradiol 20 \u03bcg and ethinylestradiol 30 \u03bcg pills (RR 1.06, 95% CI 0.65 to 1.74; 1 RCT, 326 women; moderate-quality evidence).""")
    hit = find(drafted, value=1.06)
    assert "20" in hit["drug"] and "30" in (hit["comparator"] or "")


def test_subheadings_name_the_comparison_and_the_outcome():
    drafted = facts("""Main results
High-frequency TENS versus placebo
High-frequency TENS may reduce pain compared with placebo (MD \u22121.39, 95% CI \u22122.51 to \u22120.28; 10 RCTs, 345 women; low-certainty evidence).
Stone-free rate
PCNL compared with RIRS may improve stone-free rates (RR 1.13, 95% CI 1.08 to 1.18; 39 studies, 4088 participants).""")
    tens = find(drafted, value=-1.39)
    assert "high-frequency" in tens["drug"].lower() and tens["comparator"] == "placebo"
    assert find(drafted, value=1.13)["outcome"].lower() == "stone-free rate"


def test_a_list_of_comparators_after_compared_to():
    drafted = facts("""Main results
It is uncertain whether massage had an effect on pain relief compared to acupressure (MD \u22120.66, 95% CI \u22121.72 to 0.40; 1 RCT, 18 women), heat (MD \u22120.98, 95% CI \u22123.30 to 1.34; 1 RCT, 20 women), and stretching (MD \u22120.03, 95% CI \u22121.04 to 0.98; 2 RCTs, 62 women).""")
    assert [find(drafted, value=v)["comparator"] for v in (-0.66, -0.98, -0.03)] == ["acupressure", "heat", "stretching"]
    assert all(find(drafted, value=v)["outcome"] == "pain relief" for v in (-0.66, -0.98, -0.03))


def test_the_primary_outcome_is_read_from_the_methods():
    drafted = facts("""METHODS
The primary outcome was a composite of stroke, myocardial infarction, or death from cardiovascular causes.

RESULTS
The primary outcome occurred in 120 patients (4.0%) in the apixoran group and in 160 patients (5.4%) in the placebo group (hazard ratio, 0.74; 95% CI, 0.58 to 0.94).""")
    hit = find(drafted, value=0.74)
    assert "stroke" in hit["outcome"] and "death from cardiovascular causes" in hit["outcome"]


# -- limitations, quotes, YAML ---------------------------------------------------------------------

def test_limitations_are_short_sentences_from_the_abstract():
    drafted = facts("""Main results
We included 9 trials (812 participants). Most trials were at high risk of bias. Drug A may reduce pain (RR 0.8, 95% CI 0.7 to 0.9; low-certainty evidence), but the evidence was limited by imprecision and inconsistency.

Authors' conclusions
Few studies reported adverse events.""")
    limitations = [text for text, _ in drafted.limitations]
    assert any("high risk of bias" in text for text in limitations)
    assert all(len(text.split()) <= 25 for text in limitations)


def test_the_yaml_quotes_each_finding_and_loads():
    drafted = facts("Main results\nDrug A may reduce pain compared with placebo (RR 0.80, 95% CI 0.70 to 0.91; 4 studies, 300 participants).")
    text = to_yaml(drafted)
    data = yaml.safe_load(text)
    assert data["findings"][0]["value"] == 0.8 and data["findings"][0]["ci"] == [0.7, 0.91]
    assert '# "Drug A may reduce pain compared with placebo (RR 0.80, 95% CI 0.70 to 0.91" (L2)' in text
    assert text.startswith("# Drafted by laylint from test.abstract.txt")
