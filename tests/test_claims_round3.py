"""Claims round 3 (issue 14): precision on unseen real prose, general patterns only, in sentences
written for these tests across fields (made-up studies).

- listing sentences: each count belongs to the drug named in its own segment ("two studies looked at
  digoxin, one looked at ranolazine"); a segment that names no drug takes any count of the source;
- derived counts: "six of them", and splits of a declared count over neighbouring sentences
  ("six trials showed no benefit. One trial suggested ...": 6 + 1 = the 7 trials);
- a number that ends a multi-word name ("programmed cell death 1", "interleukin 6");
- list numbering ("1." at a line start, "(2)" in an enumeration);
- the group a figure names after it ("59% in the placebo group") is the group it is read for.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_claims_real_patterns import ANY, RULESET, STUDIES, _same  # noqa: E402

import yaml  # noqa: E402

from laylint import document as documents  # noqa: E402
from laylint.analysis import Analysis  # noqa: E402
from laylint.api import lint_text  # noqa: E402
from laylint.claims import extract  # noqa: E402
from laylint.pipeline.linting import load_metadata  # noqa: E402

STUDIES = dict(STUDIES)
STUDIES["heart"] = {  # drugs for heart failure, each against a dummy pill (cardiology)
    "design": "systematic-review", "studies": 11, "participants": 1500, "certainty": "very-low",
    "drugs": {"ivabradine": [], "digoxin": [], "diuretics": ["water pills"], "ranolazine": [], "placebo": ["dummy pill"]},
    "outcomes": {"hospital admission": ["going to hospital"], "death": ["died"]},
    "findings": [
        {"drug": "ivabradine", "comparator": "placebo", "measure": "count", "value": 7, "population": "studies"},
        {"drug": "ivabradine", "comparator": "placebo", "measure": "count", "value": 1100, "population": "participants"},
        {"drug": "digoxin", "comparator": "placebo", "measure": "count", "value": 2, "population": "studies"},
        {"drug": "digoxin", "comparator": "placebo", "measure": "count", "value": 300, "population": "participants"},
        {"drug": "ranolazine", "comparator": "placebo", "measure": "count", "value": 1, "population": "studies"},
        {"drug": "ranolazine", "comparator": "placebo", "measure": "count", "value": 40, "population": "participants"},
        {"drug": "diuretics", "comparator": "placebo", "measure": "count", "value": 1, "population": "studies"},
        {"drug": "diuretics", "comparator": "placebo", "measure": "count", "value": 60, "population": "participants"},
        {"drug": "ivabradine", "comparator": "placebo", "outcome": "hospital admission", "measure": "risk-ratio", "value": 0.8},
        {"measure": "count", "value": 5, "population": "studies giving digoxin at home"},
    ]}
STUDIES["hepc"] = {  # a combination against three other approaches (infectious disease)
    "design": "meta-analysis", "studies": 13, "participants": 2600,
    "drugs": {"sofosbuvir plus ribavirin": ["the combination"], "sofosbuvir": ["sofosbuvir alone"],
              "ribavirin": ["ribavirin alone"], "no treatment": ["no antiviral"]},
    "outcomes": {"cure": ["cured"], "liver failure": []},
    "findings": [
        {"drug": "sofosbuvir plus ribavirin", "comparator": "sofosbuvir", "measure": "count", "value": 9, "population": "studies"},
        {"drug": "sofosbuvir plus ribavirin", "comparator": "ribavirin", "measure": "count", "value": 3, "population": "studies"},
        {"drug": "sofosbuvir plus ribavirin", "comparator": "no treatment", "measure": "count", "value": 1, "population": "studies"},
        {"drug": "sofosbuvir plus ribavirin", "comparator": "sofosbuvir", "outcome": "cure", "measure": "risk-ratio", "value": 1.1},
    ]}
STUDIES["glioma"] = {  # immunotherapy in brain tumours, one trial per comparison (oncology)
    "design": "systematic-review", "studies": 7, "participants": 1950,
    "drugs": {"nivolumab": [], "bevacizumab": [], "pembrolizumab": [], "temozolomide": []},
    "outcomes": {"overall survival": ["survival"], "progression-free survival": []},
    "findings": [
        {"drug": "nivolumab", "comparator": "bevacizumab", "outcome": "overall survival", "measure": "hazard-ratio", "value": 1.04},
        {"drug": "nivolumab", "comparator": "bevacizumab", "measure": "count", "value": 1, "population": "trials"},
        {"drug": "pembrolizumab", "comparator": "temozolomide", "measure": "count", "value": 1, "population": "trials"},
        {"outcome": "overall survival", "value": 16, "population": "adults with glioblastoma (months)"},
    ]}
STUDIES["pill"] = {  # period pain (mental health and wellbeing is not this; women's health): arm figures in groups
    "design": "meta-analysis", "studies": 21, "participants": 3700,
    "drugs": {"contraceptive pill": ["the pill", "OCP"], "placebo": [], "continuous regimen": ["continuous use"]},
    "outcomes": {"side effects": [], "serious side effects": [], "headaches": [], "nausea": []},
    "findings": [
        {"drug": "contraceptive pill", "comparator": "placebo", "outcome": "side effects", "measure": "risk-ratio", "value": 1.3},
    ]}
STUDIES["infant"] = {  # protein in infant formula; the declared total disagrees with its comparisons (paediatrics)
    "design": "meta-analysis", "studies": 11, "participants": 1185,
    "drugs": {"high-protein formula": [], "standard formula": [], "low-protein formula": []},
    "outcomes": {"obesity": [], "wasting": []},
    "findings": [
        {"drug": "high-protein formula", "comparator": "standard formula", "measure": "count", "value": 7, "population": "studies"},
        {"drug": "high-protein formula", "comparator": "standard formula", "measure": "count", "value": 1629, "population": "participants"},
        {"drug": "standard formula", "comparator": "low-protein formula", "measure": "count", "value": 4, "population": "studies"},
        {"drug": "standard formula", "comparator": "low-protein formula", "measure": "count", "value": 256, "population": "participants"},
        {"drug": "high-protein formula", "comparator": "standard formula", "outcome": "wasting", "measure": "mean-difference",
         "value": -0.12},
    ]}

PER, CNT, NUM = "percent", "count", "number"
V, NM, WP, UN, UA, CT = "verified", "number-mismatch", "wrong-pair", "unsupported-number", "unattached", "count"
FLAGGED = (NM, WP, UN)
QUIET_VERDICTS = (V, UA, CT)

READ = [
    # --- listing sentences: a count belongs to the drug of its own segment ---------------------------
    ("heart", "Most of the studies looked at ivabradine, two studies looked at digoxin, one looked at ranolazine and one "
              "looked at diuretics.", [("two", CNT, 2, ANY, ANY, CT), ("one", CNT, 1, ANY, ANY, CT)]),
    ("heart", "Most of the studies looked at ivabradine, three studies looked at digoxin, one looked at ranolazine.",
     [("three", CNT, 3, ANY, ANY, FLAGGED)]),  # digoxin had 2; 3 is nobody's count
    ("heart", "We also found one small study on ranolazine and two on digoxin.", [("one", CNT, 1, ANY, ANY, CT)]),
    ("heart", "We also found two small studies on ranolazine and one on diuretics.", [("two", CNT, 2, ANY, ANY, FLAGGED)]),
    ("heart", "Seven studies looked at ivabradine, and two looked at digoxin.",
     [("Seven", CNT, 7, ANY, ANY, CT), ("two", CNT, 2, ANY, ANY, CT)]),
    ("heart", "Seven studies looked at digoxin, and two looked at ivabradine.",
     [("Seven", CNT, 7, ANY, ANY, FLAGGED)]),  # the counts swapped between the drugs
    ("heart", "Ivabradine was tested in 7 studies and digoxin in 2 studies.",
     [("7", CNT, 7, ANY, ANY, CT), ("2", CNT, 2, ANY, ANY, CT)]),
    ("heart", "Ivabradine was tested in 2 studies and digoxin in 7 studies.",
     [("2", CNT, 2, ANY, ANY, FLAGGED), ("7", CNT, 7, ANY, ANY, FLAGGED)]),
    ("heart", "Digoxin was given at home in five studies.", [("five", CNT, 5, ANY, ANY, CT)]),  # the population names it
    ("heart", "Digoxin was given at home in six studies.", [("six", CNT, 6, ANY, ANY, FLAGGED)]),
    ("hepc", "The studies compared sofosbuvir plus ribavirin with three other approaches. These were: sofosbuvir alone "
             "(9 studies), ribavirin alone (3 studies), or no antiviral (1 study).",
     [("9", CNT, 9, ANY, ANY, CT), ("3", CNT, 3, ANY, ANY, CT), ("1", CNT, 1, ANY, ANY, CT)]),
    ("hepc", "These were: sofosbuvir alone (3 studies), ribavirin alone (9 studies), or no antiviral (1 study).",
     [("3", CNT, 3, ANY, ANY, FLAGGED), ("9", CNT, 9, ANY, ANY, FLAGGED)]),
    # --- derived counts: parts of a declared count --------------------------------------------------
    ("glioma", "Seven studies looked at nivolumab or pembrolizumab. Six of them showed no benefit. One small trial "
               "showed longer survival.", [("Six", CNT, 6, ANY, ANY, QUIET_VERDICTS)]),
    ("glioma", "Seven studies looked at nivolumab or pembrolizumab. Nine of them showed no benefit.",
     [("Nine", CNT, 9, ANY, ANY, FLAGGED)]),  # a part cannot be more than the 7
    ("glioma", "Results from six trials showed no benefit for survival. One trial suggested that pembrolizumab may help.",
     [("six", CNT, 6, ANY, ANY, CT)]),  # 6 + 1 = the 7 trials
    ("glioma", "Results from five trials showed no benefit for survival. One trial suggested that pembrolizumab may help.",
     [("five", CNT, 5, ANY, ANY, FLAGGED)]),  # 5 + 1 is no count the source has
    # --- numbers that end a multi-word name --------------------------------------------------------
    ("glioma", "Nivolumab blocks programmed cell death 1 (PD-1) and may help survival.", [("1", "name", ANY, ANY, ANY, UA)]),
    ("glioma", "Some drugs block programmed death-ligand 1 (PD-L1) instead of PD-1.", [("1", "name", ANY, ANY, ANY, UA)]),
    ("glioma", "Interleukin 6 (IL-6) was higher in people whose survival was shorter.", [("6", "name", ANY, ANY, ANY, UA)]),
    ("glioma", "The trials compared 7 different drugs for survival.", [("7", NUM, 7, ANY, ANY, FLAGGED)]),  # a verb: no name
    ("glioma", "Survival was about 16 months without treatment.", [("about 16", "duration", ANY, ANY, ANY, QUIET_VERDICTS)]),
    ("oncology", "Pembrolizumab improved survival (NNT 9).", [("9", NUM, 9, ANY, ANY, UN)]),  # a statistic, not a name
    # --- list numbering ------------------------------------------------------------------------------
    ("infant", "Key messages\u20281. We are unsure if high-protein formula affects wasting.\u20282. Larger studies are "
               "needed.\u20283. Future research should look at obesity.", []),
    ("infant", "We wanted to know if high-protein formula is better for preventing:\u20281. wasting;\u20282. obesity; and"
               "\u20283. other unwanted events.", []),
    ("infant", "We looked at (1) wasting, (2) obesity and (3) other unwanted events.", []),
    # --- the group a figure names after it ------------------------------------------------------------
    ("pill", "The pill increases side effects (59% in placebo group compared to 71% to 86% in OCP group).",
     [("59%", PER, 59, "placebo", "side effects", ANY), ("71% to 86%", PER, ANY, "contraceptive pill", "side effects", ANY)]),
    ("pill", "The pill may lead to more serious side effects (1.1% in the placebo group compared to 0.5% to 6.8% in the "
             "OCP group), headaches (17% in the placebo group compared to 19% to 35% in the OCP group).",
     [("0.5% to 6.8%", PER, ANY, "contraceptive pill", "serious side effects", ANY),
      ("17%", PER, 17, "placebo", "headaches", ANY)]),
    ("pill", "Continuous use may make little difference to headaches (8% in traditional group compared to 4% to 15% "
             "in continuous group).",
     [("8%", PER, 8, None, "headaches", ANY), ("4% to 15%", PER, ANY, None, "headaches", ANY)]),
    # --- a total that is the sum of the comparisons' counts -----------------------------------------
    ("infant", "We found 11 studies involving 1885 infants. Seven studies (1629 infants) compared high-protein formula "
               "with standard formula, and four studies (256 infants) compared standard formula with low-protein formula.",
     [("1885", CNT, 1885, ANY, ANY, CT), ("1629", CNT, 1629, ANY, ANY, CT), ("256", CNT, 256, ANY, ANY, CT)]),
    ("infant", "We found 11 studies involving 3773 infants.", [("3773", CNT, 3773, ANY, ANY, NM)]),
    # --- the review's total stated for one of its comparisons ----------------------------------------
    ("infant", "Eleven studies compared high-protein formula with standard formula.", [("Eleven", CNT, 11, ANY, ANY, WP)]),
    ("infant", "Seven studies compared high-protein formula with standard formula.", [("Seven", CNT, 7, ANY, ANY, CT)]),
    ("infant", "The 11 studies compared high-protein formula with standard formula or low-protein formula.",
     [("11", CNT, 11, ANY, ANY, CT)]),  # both comparisons: the total
]


def _analysis(study: str, text: str) -> Analysis:
    document = documents.parse("summary.md", text)
    meta, problems, _ = load_metadata(document, yaml.safe_dump({"source": STUDIES[study]}), "summary.source.yaml")
    assert not problems, [p.message for p in problems]
    return Analysis(document, meta, problems, RULESET)


def _matches(want, have) -> bool:
    return have in want if isinstance(want, tuple) else _same(want, have)


def test_every_field_is_covered():
    assert {"heart", "hepc", "glioma", "pill", "infant", "oncology"} <= {study for study, _, _ in READ}


@pytest.mark.parametrize("study, text, expected", READ, ids=[f"{i:02d}-{r[0]}" for i, r in enumerate(READ)])
def test_reading(study, text, expected):
    claims = extract(_analysis(study, text))
    for figure, unit, value, drug, outcome, verdict in expected:
        same_text = [c for c in claims if c.text == figure]
        assert same_text, f"{figure!r} not read in {text!r}: {[(c.text, c.unit) for c in claims]}"
        for claim in same_text:  # every figure of that text ("one ... and one ...")
            have = (claim.unit, claim.value, claim.drug, claim.outcome, claim.verdict)
            assert all(_matches(w, h) for w, h in zip((unit, value, drug, outcome, verdict), have)), \
                f"{text}\n {figure}: {have}\n {claim.message}"
    if not expected:  # nothing in it is a claim
        assert [c for c in claims if c.verdict != "unattached"] == [], [(c.text, c.verdict) for c in claims]


# Whole passages a careful editor would accept (the listing sentences of real summaries, rewritten).
QUIET = [
    ("heart", "We found 11 studies, which included a total of 1500 people. Most of the studies looked at ivabradine, two "
              "studies looked at digoxin, one looked at ranolazine and one looked at diuretics.\nRanolazine and diuretics\n"
              "For each we only found one small study, so we are very uncertain."),
    ("heart", "**Other medicines**\nWe also found one small study on ranolazine and one on diuretics."),
    ("hepc", "These were: sofosbuvir alone (9 studies), ribavirin alone (3 studies), or no antiviral (1 study)."),
    ("glioma", "Nivolumab blocks programmed cell death 1 (PD-1), and other drugs block programmed death-ligand 1."),
    ("glioma", "Results from six trials showed no benefit for survival. One trial suggested that pembrolizumab may help."),
]


@pytest.mark.parametrize("study, text", QUIET, ids=[f"{i:02d}-{r[0]}" for i, r in enumerate(QUIET)])
def test_quiet(study, text):
    found = [d for d in lint_text(text, select=["claims"], source=STUDIES[study]) if d.severity in ("warning", "error")
             and d.rule != "claims/missing-finding"]
    assert found == [], [(d.rule, d.message) for d in found]


def test_the_message_names_the_group_the_figure_is_in():
    """"X% in the placebo group compared to Y% in the pill group": the message reads X% for placebo."""
    text = "The pill increases headaches (17% in the placebo group compared to 19% to 35% in the OCP group)."
    messages = {d.message for d in lint_text(text, select=["claims"], source=STUDIES["pill"]) if d.rule.startswith("claims/")}
    first = [m for m in messages if m.startswith("'17%'")]
    assert first and "placebo" in first[0] and "contraceptive pill" not in first[0], messages
