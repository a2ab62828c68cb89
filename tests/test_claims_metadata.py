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


# -- metadata help (issue 14) ------------------------------------------------------------------------

@pytest.mark.parametrize("finding, hint", [
    ("{drug: aspirin, outcome: stroke, value: 0.11, ci: [0.08, 0.15]}", "write value: 11%, ci: [8%, 15%], not 0.11"),
    ("{drug: aspirin, outcome: stroke, value: 0.11, measure: proportion}", "write value: 11%, not 0.11"),
    ("{drug: aspirin, outcome: stroke, value: 0.035, measure: risk}", "write value: 3.5%, not 0.035"),
])
def test_a_proportion_written_as_a_fraction_gets_a_hint(finding, hint):
    [(line, text)] = problems(finding)
    assert line == FINDING_LINE and "looks like a proportion written as a fraction" in text and hint in text


@pytest.mark.parametrize("finding", [
    "{drug: aspirin, outcome: stroke, value: 0.72}",                                  # a bare ratio
    "{drug: aspirin, outcome: stroke, value: 0.72, ci: [0.5, 1.04]}",                 # its CI crosses 1
    "{drug: aspirin, outcome: stroke, value: 0.72, measure: hazard-ratio, ci: [0.5, 0.9]}",
])
def test_ratios_get_no_proportion_hint(finding):
    assert problems(finding) == []


def test_a_fraction_beside_percentages_of_its_outcome_gets_a_hint():
    text = BASE.replace("{FINDING}", "{drug: aspirin, outcome: bleeding, value: 0.04}\n    - {drug: placebo, outcome: bleeding, value: 2%}")
    [diagnostic] = lint_text(text, select=["metadata/invalid"])
    assert diagnostic.line == FINDING_LINE and "write value: 4%, not 0.04" in diagnostic.message


def test_a_finding_naming_an_undeclared_outcome_is_reported_and_not_used():
    """Before, the undeclared finding was still used: a second, misleading wrong-pair."""
    text = BASE.replace("{FINDING}", "{drug: aspirin, outcome: stroke, value: 3%}\n    - {drug: aspirin, outcome: heart attack, value: 5%}")
    found = lint_text(text + "About 5% of people on aspirin had a stroke.\n", select=["claims", "metadata"])
    assert sorted(d.rule for d in found) == ["claims/number-mismatch", "metadata/invalid"]
    assert "not used until it is" in next(d.message for d in found if d.rule == "metadata/invalid")


@pytest.mark.parametrize("searched, problem", [
    ("2023-03-28", None), ("2023-03", None), ("2023", None), ("28 March 2023", None), ("March 2023", None),
    ("2023-02-31", "source.searched must be a date"), ("last spring", "source.searched must be a date"),
])
def test_the_search_date(searched, problem):
    text = BASE.replace("  design: randomized-trial\n", f"  design: randomized-trial\n  searched: {searched}\n").replace(
        "{FINDING}", "{drug: aspirin, outcome: stroke, value: 3%}")
    found = [d.message for d in lint_text(text, select=["metadata/invalid"])]
    assert (found == []) if problem is None else (len(found) == 1 and found[0].startswith(problem))


def test_a_key_finding_stated_with_another_value_has_one_message_at_the_number():
    """Round 5b: the mismatch at the number is the one message (before, missing-finding said "is stated with
    another value at 11:1" too); a key finding never stated is still reported."""
    text = BASE.replace("{FINDING}", "{drug: aspirin, outcome: stroke, value: 3%, key: true}\n    - {drug: aspirin, outcome: bleeding, value: 2%, key: true}")
    found = lint_text(text + "About 8% of people on aspirin had a stroke.\n", select=["claims"])
    messages = sorted((d.rule, d.line, d.message) for d in found)
    assert [m[:2] for m in messages] == [("claims/missing-finding", 8), ("claims/number-mismatch", 11)]
    assert messages[0][2] == ("The key finding aspirin, bleeding: 2% is never stated in the summary (no figure matches it "
                              "and no statement uses a word of its outcome)")
