"""The source metadata schema the claims rules rely on: background and count findings are valid,
and each mistake is a precise metadata/invalid error at its own YAML line."""

import pytest

from laylint.api import lint_text

BASE = """---
source:
  design: randomized-trial
  drugs: {aspirin: [Bayer], placebo: []}
  outcomes: {stroke: [strokes], bleeding: []}
  findings:
    - {FINDING}
---
Aspirin was studied.
"""
FINDING_LINE = 7


def problems(finding: str):
    found = lint_text(BASE.replace("{FINDING}", finding), select=["metadata/invalid"])
    return [(d.line, d.message) for d in found]


@pytest.mark.parametrize("finding", [
    "{drug: aspirin, outcome: stroke, value: 3%, ci: [1%, 5%]}",
    "{outcome: stroke, population: adults over 65, value: 12%}",            # background: no drug
    "{drug: aspirin, measure: count, value: 13, population: trials}",        # a count needs no outcome
    "{drug: aspirin, outcome: stroke, value: 0.8, measure: risk-ratio, ci: [0.7, 0.9], comparator: placebo}",
    "{drug: aspirin, outcome: stroke, value: 20%, measure: relative-reduction, key: true}",
    "{drug: placebo, outcome: bleeding, value: 1.5%}",                       # an arm is a drug too
    "{drug: aspirin, outcome: stroke, value: 0.7, measure: risk-ratio, certainty: low}",  # GRADE per finding
    "{drug: aspirin, outcome: stroke, value: 0.9, measure: rate-ratio, ci: [0.8, 1.02]}",
    "{drug: aspirin, outcome: stroke, value: -2.2%, measure: risk-difference, ci: [-4.4%, 2.1%]}",
    "{drug: aspirin, outcome: bleeding, value: -0.41, measure: standardised-mean-difference, ci: [-0.7, -0.1]}",
    "{drug: aspirin, outcome: stroke, value: 11, measure: number-needed-to-treat, ci: [6, 67]}",
])
def test_valid_findings(finding):
    assert problems(finding) == []


@pytest.mark.parametrize("finding, message", [
    ("{drug: aspirin, outcome: stroke, value: 3%, certainty: poor}", "finding certainty must be one of high, moderate, low, very-low; got 'poor'"),
    ("{drug: aspirin, outcome: stroke, value: 1.2, measure: risk-difference}", "measure risk-difference takes a percentage (e.g. 11%); got 1.2"),
    ("{drug: aspirin, outcome: stroke, value: 12%, measure: rate-ratio}", "measure rate-ratio takes a plain number, not a percentage; got 12%"),
    ("{drug: asprin, outcome: stroke, value: 3%}", "finding names drug 'asprin', which is not declared in source.drugs (declared: aspirin, placebo)"),
    ("{drug: aspirin, outcome: heart attack, value: 3%}", "finding names outcome 'heart attack', which is not declared in source.outcomes (declared: bleeding, stroke)"),
    ("{drug: aspirin, outcome: stroke, value: lots}", "finding value must be a number or a percentage, got 'lots'"),
    ("{drug: aspirin, outcome: stroke, value: 12%, ci: [1%, 5%]}", "finding ci [1%, 5%] does not contain its value 12%"),
    ("{drug: aspirin, outcome: stroke, value: 3%, ci: [1, 5]}", "finding ci [1, 5] and value 3% must all be percentages or all plain numbers"),
    ("{drug: aspirin, outcome: stroke, value: 80%, measure: odds-ratio}", "measure odds-ratio takes a plain number, not a percentage; got 80%"),
    ("{drug: aspirin, outcome: stroke, value: 0.2, measure: relative-reduction}", "measure relative-reduction takes a percentage (e.g. 11%); got 0.2"),
    ("{drug: aspirin, outcome: stroke, value: 130%}", "a percentage must be between 0% and 100%; got 130%"),
    ("{drug: aspirin, outcome: stroke, value: 3%, measure: incidence}", "finding measure must be one of"),
    ("{drug: aspirin, measure: count, value: 2.5}", "measure count takes a whole number; got 2.5"),
    ("{drug: aspirin, value: 3%}", "finding needs an outcome (text)"),
])
def test_each_mistake_is_named_on_its_line(finding, message):
    [(line, text)] = problems(finding)
    assert line == FINDING_LINE and text.startswith(message)


def test_unknown_design_is_named():
    text = BASE.replace("randomized-trial", "randomised").replace("{FINDING}", "{drug: aspirin, outcome: stroke, value: 3%}")
    [diagnostic] = lint_text(text, select=["metadata/invalid"])
    assert diagnostic.line == 3 and "source.design must be one of" in diagnostic.message and "'randomised'" in diagnostic.message


def test_invalid_metadata_does_not_stop_the_claims_rules_or_raise_metadata_missing():
    text = BASE.replace("{FINDING}", "{drug: aspirin, outcome: stroke, value: 3%}") + "About 9% of people on aspirin had a stroke.\n"
    rules = sorted(d.rule for d in lint_text(text.replace("randomized-trial", "randomised"), select=["claims", "metadata"]))
    assert rules == ["claims/number-mismatch", "metadata/invalid"]
