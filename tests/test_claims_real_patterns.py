"""How real lay summaries write numbers (issue 14), one table per pattern, in sentences written for
these tests in seven fields: cardiology, oncology, infectious disease, mental health, paediatrics,
smoking cessation and renal medicine. The studies are made up; the ways of writing are the ones
real summaries use (natural frequencies with the denominator stated once, "15 fewer per 1,000",
ranges that quote a CI, counts of studies and people, doses inside drug names, search dates...).

READ rows check what laylint read: (figure text, unit, value, drug, outcome, verdict) for the
figures named (ANY skips a field). QUIET rows must give no claims warning or error at all; FLAG
rows must give the named rule at the named severity.
"""

from __future__ import annotations

import pytest
import yaml

from laylint import document as documents
from laylint.analysis import Analysis
from laylint.api import lint_text
from laylint.claims import extract
from laylint.pipeline.linting import load_metadata
from laylint.ruleset import load_ruleset

ANY = object()
RULESET = load_ruleset([])

STUDIES = {
    "smoking": {  # varenicline for quitting smoking
        "design": "meta-analysis", "studies": 27, "participants": 12600, "certainty": "high", "searched": "2023-03-28",
        "drugs": {"varenicline": ["Champix"], "placebo": ["dummy pill", "dummy pills"], "nicotine patch 21 mg": ["21 mg patch"],
                  "nicotine patch 14 mg": ["14 mg patch"]},
        "outcomes": {"quitting smoking": ["quit smoking", "quit", "stopped smoking"], "nausea": ["felt sick"]},
        "findings": [
            {"drug": "varenicline", "comparator": "placebo", "outcome": "quitting smoking", "value": 2.32, "measure": "risk-ratio",
             "ci": [2.15, 2.51], "key": True},
            {"drug": "varenicline", "comparator": "placebo", "measure": "count", "value": 27, "population": "trials"},
            {"drug": "varenicline", "comparator": "placebo", "measure": "count", "value": 12600, "population": "people"},
            {"drug": "varenicline", "outcome": "quitting smoking", "value": "21%"},
            {"drug": "placebo", "outcome": "quitting smoking", "value": "9%"},
            {"drug": "varenicline", "comparator": "placebo", "outcome": "quitting smoking", "measure": "number-needed-to-treat", "value": 8},
            {"drug": "varenicline", "outcome": "nausea", "value": "28%", "ci": ["25%", "31%"]},
            {"drug": "placebo", "outcome": "nausea", "value": "8%"},
            {"drug": "nicotine patch 21 mg", "comparator": "placebo", "outcome": "quitting smoking", "value": 1.6, "measure": "risk-ratio"},
            {"drug": "nicotine patch 14 mg", "comparator": "nicotine patch 21 mg", "outcome": "quitting smoking", "value": 0.9,
             "measure": "risk-ratio"},
        ]},
    "renal": {  # an SGLT2 inhibitor in chronic kidney disease
        "design": "randomized-trial", "participants": 4304, "certainty": "moderate",
        "drugs": {"dapagliflozin": ["Forxiga"], "placebo": ["dummy tablet", "dummy tablets"]},
        "outcomes": {"at least 50% decline in eGFR": ["kidney function falling by half or more"], "kidney failure": [],
                     "24-hour urine protein": ["protein in the urine"], "death": ["died", "dying"]},
        "findings": [
            {"drug": "dapagliflozin", "comparator": "placebo", "outcome": "at least 50% decline in eGFR", "value": 0.56,
             "measure": "hazard-ratio", "ci": [0.45, 0.68]},
            {"drug": "dapagliflozin", "outcome": "kidney failure", "value": "5.1%"},
            {"drug": "placebo", "outcome": "kidney failure", "value": "7.5%"},
            {"drug": "dapagliflozin", "comparator": "placebo", "outcome": "death", "value": "-1.9%", "measure": "risk-difference",
             "ci": ["-3.1%", "-0.7%"]},
            {"drug": "dapagliflozin", "comparator": "placebo", "outcome": "24-hour urine protein", "value": -0.29,
             "measure": "standardised-mean-difference", "ci": [-0.38, -0.2], "certainty": "low"},
        ]},
    "paeds": {  # antibiotics for ear infection in children
        "design": "systematic-review", "studies": 13, "participants": 3401, "certainty": "low",
        "drugs": {"amoxicillin": ["antibiotics", "antibiotic"], "placebo": ["dummy medicine"]},
        "outcomes": {"ear pain at 2 to 3 days": ["earache", "ear pain"], "rash": ["a rash"], "ear infection": ["ear infections"]},
        "findings": [
            {"drug": "placebo", "outcome": "ear pain at 2 to 3 days", "value": "14%"},
            {"drug": "amoxicillin", "outcome": "ear pain at 2 to 3 days", "value": "10%", "ci": ["8%", "12%"]},
            {"drug": "amoxicillin", "comparator": "placebo", "outcome": "ear pain at 2 to 3 days", "value": 0.7, "measure": "risk-ratio",
             "ci": [0.57, 0.86], "certainty": "high"},
            {"drug": "amoxicillin", "comparator": "placebo", "measure": "count", "value": 6, "population": "trials"},
            {"drug": "amoxicillin", "comparator": "placebo", "measure": "count", "value": 1075, "population": "children"},
            {"drug": "amoxicillin", "comparator": "placebo", "outcome": "rash", "value": 1.38, "measure": "risk-ratio", "ci": [1.19, 1.59]},
            {"outcome": "ear infection", "population": "children under three", "value": "80%"},
        ]},
    "cardio": {  # a statin for people without heart disease
        "design": "meta-analysis", "studies": 19, "participants": 71344,
        "drugs": {"rosuvastatin": ["statin", "statins"], "placebo": ["dummy pill"]},
        "outcomes": {"heart attack": ["heart attacks"], "stroke": ["strokes"], "LDL cholesterol": ["bad cholesterol"],
                     "systolic blood pressure": ["blood pressure"]},
        "findings": [
            {"drug": "rosuvastatin", "outcome": "heart attack", "value": "1.3%"},
            {"drug": "placebo", "outcome": "heart attack", "value": "2.1%"},
            {"drug": "rosuvastatin", "comparator": "placebo", "outcome": "heart attack", "value": 0.62, "measure": "rate-ratio",
             "ci": [0.53, 0.72]},
            {"drug": "rosuvastatin", "comparator": "placebo", "outcome": "LDL cholesterol", "value": -1.1, "measure": "mean-difference",
             "ci": [-1.3, -0.9]},
            {"drug": "rosuvastatin", "comparator": "placebo", "outcome": "systolic blood pressure", "value": -0.8,
             "measure": "mean-difference", "ci": [-1.5, -0.1]},
        ]},
    "oncology": {  # an immunotherapy in lung cancer
        "design": "meta-analysis", "studies": 5, "participants": 2393,
        "drugs": {"pembrolizumab": ["Keytruda"], "chemotherapy": ["chemo"]},
        "outcomes": {"overall survival": ["survival", "living longer"], "serious side effects": ["severe side effects"]},
        "findings": [
            {"drug": "pembrolizumab", "comparator": "chemotherapy", "outcome": "overall survival", "value": 0.63,
             "measure": "hazard-ratio", "ci": [0.47, 0.86], "key": True},
            {"drug": "pembrolizumab", "comparator": "chemotherapy", "measure": "count", "value": 3, "population": "trials"},
            {"drug": "pembrolizumab", "comparator": "chemotherapy", "measure": "count", "value": 1152, "population": "participants"},
            {"drug": "pembrolizumab", "comparator": "chemotherapy", "outcome": "serious side effects", "value": 0.51,
             "measure": "risk-ratio", "ci": [0.41, 0.63]},
            {"drug": "pembrolizumab", "comparator": "chemotherapy", "measure": "count", "value": 5, "population": "trials"},
            {"drug": "pembrolizumab", "comparator": "chemotherapy", "measure": "count", "value": 1284, "population": "participants"},
        ]},
    "mental": {  # an antidepressant in adults
        "design": "meta-analysis", "studies": 9, "participants": 1200,
        "drugs": {"sertraline": ["Zoloft"], "placebo": ["sugar pill"]},
        "outcomes": {"response": ["responded", "got better"], "depression scores": ["depression score"]},
        "findings": [
            {"drug": "sertraline", "outcome": "response", "value": "48%"},
            {"drug": "placebo", "outcome": "response", "value": "36%"},
            {"drug": "sertraline", "comparator": "placebo", "outcome": "depression scores", "value": -0.31,
             "measure": "standardised-mean-difference", "ci": [-0.42, -0.2]},
        ]},
    "infection": {  # an antiviral for COVID-19
        "design": "meta-analysis", "studies": 25, "participants": 5750, "searched": "2023-07",
        "drugs": {"favipiravir": ["Avigan"], "standard care": ["usual care"]},
        "outcomes": {"death": ["deaths", "died"], "admission to hospital": ["going to hospital"]},
        "findings": [
            {"drug": "favipiravir", "comparator": "standard care", "outcome": "death", "value": 0.84, "measure": "risk-ratio",
             "ci": [0.49, 1.46]},
            {"drug": "favipiravir", "comparator": "standard care", "measure": "count", "value": 11, "population": "trials"},
            {"drug": "favipiravir", "comparator": "standard care", "measure": "count", "value": 3459, "population": "participants"},
        ]},
}

PER, RATIO, NUM, CNT, DIFF = "percent", "ratio", "number", "count", "difference"
V, NM, WP, UN, UA, CT = "verified", "number-mismatch", "wrong-pair", "unsupported-number", "unattached", "count"

READ = [
    # --- natural frequencies: a denominator stated once for what follows ----------------------
    ("smoking", "For every 100 people given a dummy pill, about 9 stopped smoking. About 19 to 23 did with varenicline.",
     [("about 9", PER, 9, "placebo", "quitting smoking", V), ("About 19 to 23", PER, 21, "varenicline", "quitting smoking", V)]),
    ("smoking", "For every 100 people given a dummy pill, about 9 stopped smoking. About 29 to 33 did with varenicline.",
     [("About 29 to 33", PER, 31, "varenicline", "quitting smoking", NM)]),
    ("paeds", "Out of every 100 children on a dummy medicine, 14 still had earache; with antibiotics, about 10 did.",
     [("14", PER, 14, "placebo", ANY, V), ("about 10", PER, 10, "amoxicillin", ANY, V)]),
    ("cardio", "In every 1,000 people on a dummy pill, 21 had a heart attack, compared with 13 on rosuvastatin.",
     [("21", PER, 2.1, "placebo", "heart attack", V), ("13", PER, 1.3, "rosuvastatin", "heart attack", V)]),
    ("cardio", "Heart attacks happened in 13 out of 1,000 people on a statin.",
     [("13 out of 1,000", PER, 1.3, "rosuvastatin", "heart attack", V)]),
    ("cardio", "Heart attacks happened in 31 out of 1,000 people on a statin.",
     [("31 out of 1,000", PER, 3.1, "rosuvastatin", "heart attack", NM)]),  # 3.1% is nobody's; the statin's is 1.3%
    ("cardio", "Heart attacks happened in 21 out of 1,000 people on a statin.",
     [("21 out of 1,000", PER, 2.1, "rosuvastatin", "heart attack", WP)]),  # the dummy pill's figure
    ("mental", "About 48 of 100 adults on sertraline responded.", [("About 48 of 100", PER, 48, "sertraline", "response", V)]),
    ("mental", "If 36 out of 100 people get better on a sugar pill, between 45 and 51 out of 100 do on sertraline.",
     [("36 out of 100", PER, 36, "placebo", ANY, V), ("between 45 and 51 out of 100", PER, 48, "sertraline", ANY, V)]),
    ("mental", "Five of the 9 studies were small.", [("9", CNT, 9, ANY, ANY, CT)]),  # "5 of 9 studies" is no share of people
    ("oncology", "Three of the 11 studies were small.", [("11", CNT, 11, ANY, ANY, NM)]),  # the review had 5
    ("renal", "For every 1,000 people on a dummy tablet, 75 had kidney failure. With dapagliflozin, about 51 did.",
     [("75", PER, 7.5, "placebo", "kidney failure", V), ("about 51", PER, 5.1, "dapagliflozin", "kidney failure", V)]),
    ("renal", "For every 1,000 people on a dummy tablet, 75 had kidney failure. With dapagliflozin, about 65 did.",
     [("about 65", PER, 6.5, "dapagliflozin", "kidney failure", NM)]),
    ("paeds", "Of 100 children who took a dummy medicine, 14 still had earache.", [("14", PER, 14, "placebo", ANY, V)]),
    # a count, not a denominator; said as the whole total, 1000 against the declared 3401 is a mismatch (round 22)
    ("paeds", "The trials included a total of 1000 children; 140 still had earache.", [("1000", CNT, 1000, ANY, ANY, NM)]),
    # --- absolute differences, numbers needed to treat ------------------------------------------
    ("renal", "With dapagliflozin, about 19 fewer people per 1,000 died.",
     [("about 19 fewer people per 1,000", DIFF, -1.9, "dapagliflozin", "death", V)]),
    ("renal", "With dapagliflozin, about 35 fewer people per 1,000 died.",
     [("about 35 fewer people per 1,000", DIFF, -3.5, "dapagliflozin", "death", NM)]),
    ("renal", "Kidney failure: about 24 fewer in every 1,000 people on dapagliflozin.",
     [("about 24 fewer in every 1,000", DIFF, -2.4, "dapagliflozin", "kidney failure", V)]),  # 5.1% vs 7.5%
    ("smoking", "For every 100 people who take varenicline, about 12 more quit smoking than on a dummy pill.",
     [("about 12", DIFF, 12, "varenicline", "quitting smoking", V)]),  # 21% vs 9%
    ("smoking", "If 8 people take varenicline instead of a dummy pill, one extra person quits smoking.",
     [("8 people take varenicline instead of a dummy pill, one", DIFF, 12.5, "varenicline", "quitting smoking", V)]),
    ("smoking", "If 30 people take varenicline instead of a dummy pill, one extra person quits smoking.",
     [("30 people take varenicline instead of a dummy pill, one", DIFF, ANY, "varenicline", "quitting smoking", NM)]),
    # --- ranges against a CI, CIs after their estimate ----------------------------------------------
    ("oncology", "Pembrolizumab improved survival (HR 0.63, 95% CI 0.47 to 0.86).",
     [("0.63", RATIO, 0.63, "pembrolizumab", "overall survival", V), ("0.47 to 0.86", "label", ANY, "pembrolizumab", "overall survival", V)]),
    ("oncology", "Pembrolizumab improved survival (HR 0.63, 95% CI 0.37 to 0.56).",
     [("0.37 to 0.56", "label", ANY, "pembrolizumab", "overall survival", NM)]),
    ("mental", "Depression scores fell a little more on sertraline (SMD −0.31, 95% CI −0.42 to −0.20).",
     [("−0.31", NUM, -0.31, "sertraline", "depression scores", V), ("−0.42 to −0.20", "label", ANY, ANY, ANY, V)]),
    ("mental", "Depression scores fell a little more on sertraline (SMD −0.61).", [("−0.61", NUM, -0.61, "sertraline", ANY, NM)]),
    ("smoking", "Nausea affected 25% to 31% of people on varenicline.", [("25% to 31%", PER, 28, "varenicline", "nausea", V)]),
    ("cardio", "Statins lowered bad cholesterol by 1.1 mmol/L.", [("1.1", "dose", 1.1, "rosuvastatin", "LDL cholesterol", V)]),
    ("cardio", "Statins lowered bad cholesterol by 2.1 mmol/L.", [("2.1", "dose", 2.1, "rosuvastatin", "LDL cholesterol", NM)]),
    # --- "N times", ratios on either arm, per cent from per 1,000 -----------------------------------
    ("smoking", "People on varenicline were 2.3 times as likely to quit smoking.", [("2.3 times", RATIO, 2.3, "varenicline", ANY, V)]),
    ("smoking", "People on varenicline were 3.3 times as likely to quit smoking.", [("3.3 times", RATIO, 3.3, "varenicline", ANY, NM)]),
    ("infection", "Compared with usual care, deaths were not clearly lower with favipiravir (risk ratio 0.84).",
     [("0.84", RATIO, 0.84, ANY, "death", V)]),
    ("paeds", "Earache was 30% less likely with a dummy medicine than with antibiotics.",
     [("30% less", "relative", 30, "placebo", ANY, WP)]),  # the comparison read backwards
    # --- the arm a figure belongs to: after "on", "taking", "not taking" ----------------------------
    ("smoking", "Quitting was reached by 9% of people on the dummy pill and 21% of those taking varenicline.",
     [("9%", PER, 9, "placebo", ANY, V), ("21%", PER, 21, "varenicline", ANY, V)]),
    ("smoking", "Among people not taking varenicline, about 9% quit smoking.", [("about 9%", PER, 9, "placebo", ANY, V)]),
    ("cardio", "Rosuvastatin versus a dummy pill (rate ratio 0.62; heart attacks 1.3% versus 2.1%).",
     [("1.3%", PER, 1.3, "rosuvastatin", ANY, V), ("2.1%", PER, 2.1, "placebo", ANY, V)]),
    # --- counts of studies and people ----------------------------------------------------------------
    ("smoking", "We found 27 studies with 12,600 adults who smoked.",
     [("27", CNT, 27, ANY, ANY, CT), ("12,600", CNT, 12600, ANY, ANY, CT)]),
    ("smoking", "We found twenty-seven trials.", [("twenty-seven", CNT, 27, ANY, ANY, CT)]),
    ("smoking", "We found 29 studies with 12,600 adults who smoked.", [("29", CNT, 29, ANY, ANY, NM)]),  # more than the 27
    ("paeds", "The studies involved more than 3,401 children.", [("more than 3,401", CNT, 3401, ANY, ANY, NM)]),
    ("paeds", "The studies involved over 3,000 children.", [("over 3,000", CNT, 3000, ANY, ANY, CT)]),
    ("paeds", "The studies involved about 3,400 children.", [("about 3,400", CNT, 3400, ANY, ANY, CT)]),
    ("paeds", "The largest trial enrolled 512 children.", [("512", CNT, 512, ANY, ANY, UN)]),
    ("paeds", "Six trials compared antibiotics with a dummy medicine, with 1,075 children.",
     [("Six", CNT, 6, ANY, ANY, CT), ("1,075", CNT, 1075, ANY, ANY, CT)]),
    ("oncology", "Pembrolizumab improved survival (HR 0.63; 3 trials, 1,152 people).",
     [("3", CNT, 3, ANY, ANY, CT), ("1,152", CNT, 1152, ANY, ANY, CT)]),
    ("oncology", "Pembrolizumab improved survival (HR 0.63; 5 trials, 1,284 people).",  # the serious side effects counts
     [("5", CNT, 5, ANY, ANY, NM), ("1,284", CNT, 1284, ANY, ANY, NM)]),
    ("infection", "Eleven trials reported deaths. Three looked at going to hospital.",
     [("Eleven", CNT, 11, ANY, ANY, CT), ("Three", CNT, 3, ANY, ANY, UN)]),  # an elliptical count
    ("oncology", "One more study is ongoing.", [("One", CNT, 1, ANY, ANY, UN)]),
    ("cardio", "Heart disease kills more than 17 million people worldwide each year.", [("more than 17", CNT, ANY, ANY, ANY, UA)]),
    # --- not claims ----------------------------------------------------------------------------------
    ("mental", "Response meant at least a 50% fall in depression scores.", [("50% fall", "label", ANY, ANY, ANY, UA)]),
    ("mental", "A response was an improvement of at least 50% in depression scores.", [("at least 50%", "label", ANY, ANY, ANY, UA)]),
    ("mental", "Results varied between studies (I² = 72%; p = 0.03).", [("72%", "label", ANY, ANY, ANY, UA), ("0.03", "label", ANY, ANY, ANY, UA)]),
    ("cardio", "People with a low ejection fraction (< 40%) were not included.", [("40%", "label", ANY, ANY, ANY, UA)]),
    ("cardio", "People with a normal ejection fraction (≥ 50%) took part.", [("50%", "label", ANY, ANY, ANY, UA)]),
    ("infection", "Favipiravir was tested in people with COVID‐19 and COVID‑19.", []),
    ("smoking", "Treatment lasted 12 weeks, or one to two weeks for the 21 mg patch, with follow-up for at least 6 months.",
     [("12", "duration", ANY, ANY, ANY, UA), ("at least 6", "duration", ANY, ANY, ANY, UA)]),
    ("renal", "Doctors measured 24-hour urine protein and kidney function falling by half or more.", []),
    ("mental", "MDMA (3,4-methylenedioxymethamphetamine) was not studied.", [("3", "name", ANY, ANY, ANY, UA)]),
    ("paeds", "About 80% of children under three have had an ear infection.[^1]",
     [("About 80%", PER, 80, None, "ear infection", V)]),
    ("paeds", "Nearly ¾ of young children have had an ear infection.", [("Nearly ¾", PER, 75, None, "ear infection", V)]),
    ("paeds", "About ½ of young children have had an ear infection.", [("About ½", PER, 50, None, "ear infection", NM)]),
    ("paeds", "Earache lasted 1½ days on antibiotics.", [("1½", "duration", 1.5, ANY, ANY, UA)]),
    ("cardio", "The trials included 71,344.5 people.", [("71,344.5", CNT, 71344.5, ANY, ANY, ANY)]),
    ("paeds", "Earache improved on antibiotics within 2–3 days.", [("2–3", "duration", ANY, ANY, ANY, UA)]),
    # --- doses inside drug names; doses put on the wrong comparison ----------------------------------
    ("smoking", "The 21 mg patch helped more people quit than a dummy pill.", []),
    ("smoking", "People used a nicotine patch (21 mg or 14 mg) or a dummy pill.",
     [("21", "dose", ANY, ANY, ANY, UA), ("14", "dose", ANY, ANY, ANY, WP)]),  # only 21 mg was compared with placebo
    ("smoking", "The 14 mg patch was compared with the 21 mg patch.", []),
]


def _analysis(study: str, text: str) -> Analysis:
    sidecar = yaml.safe_dump({"source": STUDIES[study]})
    document = documents.parse("summary.md", text)
    meta, problems, _ = load_metadata(document, sidecar, "summary.source.yaml")
    assert not problems, [p.message for p in problems]
    return Analysis(document, meta, problems, RULESET)


def _same(want, have) -> bool:
    if want is ANY:
        return True
    if isinstance(want, (int, float)) and isinstance(have, (int, float)):
        return abs(want - have) < 1e-6
    return want == have


def test_every_field_and_pattern_is_covered():
    assert {study for study, _, _ in READ} == set(STUDIES)
    assert len(READ) >= 60


@pytest.mark.parametrize("study, text, expected", READ, ids=[f"{i:02d}-{r[0]}" for i, r in enumerate(READ)])
def test_reading(study, text, expected):
    claims = extract(_analysis(study, text))
    by_text = {c.text: c for c in claims}
    for figure, unit, value, drug, outcome, verdict in expected:
        assert figure in by_text, f"{figure!r} not read in {text!r}: {[(c.text, c.unit) for c in claims]}"
        claim = by_text[figure]
        have = (claim.unit, claim.value, claim.drug, claim.outcome, claim.verdict)
        assert all(_same(w, h) for w, h in zip((unit, value, drug, outcome, verdict), have)), f"{text}\n {figure}: {have}\n {claim.message}"
    if not expected:  # nothing in it is a claim
        assert [c for c in claims if c.verdict != "unattached"] == [], [(c.text, c.verdict) for c in claims]


# Sentences a careful editor would accept: no claims warning or error.
QUIET = [
    ("smoking", "The evidence is up to date to March 2023."),
    ("smoking", "We searched for studies up to 28 March 2023."),
    ("infection", "The evidence is current to July 2023."),
    ("smoking", "Varenicline was first licensed in 2006."),
    ("paeds", "Children aged 6 months to 12 years took part, and most were followed for 1 to 2 weeks."),
    ("paeds", "Five of the 13 trials were done in general practice in 7 countries."),
    ("oncology", "People in the trials were aged between 54 and 72, and most had stage 3 or 4 cancer."),
    ("renal", "People with kidney function falling by half or more were counted (hazard ratio 0.56, 95% CI 0.45 to 0.68)."),
    ("mental", "Sertraline was taken at 50 mg to 200 mg a day for 8 weeks."),
]

# Sentences that must be flagged: (study, text, rule, severity).
FLAG = [
    ("smoking", "The evidence is up to date to August 2021.", "claims/search-date", "error"),
    ("infection", "We searched medical databases until 2022.", "claims/search-date", "error"),
    ("paeds", "The largest trial enrolled 512 children.", "claims/unsupported-number", "warning"),
    ("smoking", "We found 29 studies with 12,600 adults.", "claims/number-mismatch", "error"),
    ("smoking", "People used a nicotine patch (21 mg or 14 mg) or a dummy pill.", "claims/wrong-pair", "error"),
    ("renal", "With dapagliflozin, about 35 fewer people per 1,000 died.", "claims/number-mismatch", "error"),
    ("cardio", "Around 1 in 4 adults will have a stroke in their lifetime.", "claims/unsupported-number", "error"),  # no such finding
    ("mental", "Nearly 60 out of 100 people on sertraline got better.", "claims/number-mismatch", "error"),
]


@pytest.mark.parametrize("study, text", QUIET, ids=[f"{i:02d}-{r[0]}" for i, r in enumerate(QUIET)])
def test_quiet(study, text):
    found = [d for d in lint_text(text, select=["claims"], source=STUDIES[study]) if d.severity in ("warning", "error")
             and d.rule != "claims/missing-finding"]
    assert found == [], [(d.rule, d.message) for d in found]


@pytest.mark.parametrize("study, text, rule, severity", FLAG, ids=[f"{i:02d}-{r[2]}" for i, r in enumerate(FLAG)])
def test_flagged(study, text, rule, severity):
    found = [(d.rule, d.severity) for d in lint_text(text, select=["claims"], source=STUDIES[study])]
    assert (rule, severity) in found, found


def test_the_readme_natural_frequency_example_is_real_output(tmp_path, capsys, monkeypatch):
    """The README shows `laylint claims` and `laylint check` on a made-up migraine summary: keep it true."""
    import re
    from pathlib import Path

    from laylint.cli import main

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("**A natural-frequency example.**"):]
    sidecar = re.search(r"```yaml\n(.*?)```", section, re.S).group(1)
    summary = re.search(r"\$ cat migraine\.md\n(.*?)\n\$ laylint claims", section, re.S).group(1)
    shown = re.search(r"\$ laylint claims migraine\.md\n(.*?)```", section, re.S).group(1)
    checked = re.search(r"\$ laylint check --select claims migraine\.md\n(.*?)```", section, re.S).group(1)
    (tmp_path / "migraine.source.yaml").write_text(sidecar, encoding="utf-8")
    (tmp_path / "migraine.md").write_text(summary + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["claims", "migraine.md"])
    assert capsys.readouterr().out == shown
    edited = summary.replace("About 8 to 14 did", "About 18 to 24 did").replace("4,100 adults", "4,600 adults")
    (tmp_path / "migraine.md").write_text(edited + "\n", encoding="utf-8")
    main(["check", "--no-cache", "--select", "claims", "migraine.md"])
    assert capsys.readouterr().out == checked
