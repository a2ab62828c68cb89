"""hedging/certainty: low-certainty findings must be hedged (finding sentences come from laylint.claims)."""

from pathlib import Path

import pytest

from laylint.api import lint_text

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "anti-cd20.md"


def source(certainty):
    return {"certainty": certainty, "drugs": {"montelukast": ["Singulair"], "placebo": []},
            "outcomes": {"asthma attack": ["asthma attacks", "attacks"], "sleep problems": []},
            "findings": [{"drug": "montelukast", "outcome": "asthma attack", "value": "12%"}]}


def certainty(text, level):
    return [d for d in lint_text(text, select=["hedging/certainty"], source=source(level)) if d.rule == "hedging/certainty"]


UNHEDGED_FINDINGS = [
    "About 12% of children on montelukast had asthma attacks.",
    "Montelukast lowered asthma attacks.",
    "Montelukast can lead to sleep problems.",
    "Children taking Singulair had fewer asthma attacks than children on placebo.",
]
HEDGED_FINDINGS = [
    "About 12% of children on montelukast may have had asthma attacks.",
    "Montelukast probably lowers asthma attacks.",
    "We are very uncertain whether montelukast changes sleep problems.",
    "Montelukast might lead to sleep problems.",
]
NOT_FINDINGS = [
    "Montelukast is a tablet taken once a day.",
    "Asthma attacks are frightening for children and parents.",
    "The review included 14 trials with 2,100 children.",
]


@pytest.mark.parametrize("text", UNHEDGED_FINDINGS)
@pytest.mark.parametrize("level", ["low", "very-low"])
def test_unhedged_findings_are_flagged_at_low_certainty(text, level):
    hits = certainty(text, level)
    assert [d.severity for d in hits] == ["warning"]
    assert level in hits[0].message and hits[0].suggestion


@pytest.mark.parametrize("text", UNHEDGED_FINDINGS)
@pytest.mark.parametrize("level", ["high", "moderate"])
def test_nothing_required_at_higher_certainty(text, level):
    assert certainty(text, level) == []


@pytest.mark.parametrize("text", HEDGED_FINDINGS + NOT_FINDINGS)
def test_hedged_findings_and_other_sentences_pass(text):
    assert certainty(text, "low") == []


def test_very_low_advice_differs_from_low():
    low, very_low = certainty(UNHEDGED_FINDINGS[0], "low"), certainty(UNHEDGED_FINDINGS[0], "very-low")
    assert low[0].suggestion != very_low[0].suggestion
    assert "uncertain" in very_low[0].suggestion


def test_reported_on_each_unhedged_finding_sentence():
    text = "Montelukast lowered asthma attacks. It may cause sleep problems. Singulair lowered attacks by 12%."
    hits = certainty(text, "low")
    assert [(d.column, d.end_column) for d in hits] == [(1, 36), (66, 99)]


def test_seed_example_findings_are_flagged():
    hits = [d for d in lint_text(EXAMPLE.read_text(encoding="utf-8"), select=["hedging/certainty"]) if d.rule == "hedging/certainty"]
    flagged = {d.line for d in hits}
    text = EXAMPLE.read_text(encoding="utf-8").splitlines()
    assert flagged and all("rituximab" in text[line - 1] for line in flagged)


@pytest.mark.parametrize("kind, options, key", [
    ("certainty", "levels: [low, lowish]", "levels"),
    ("overclaim", "hedged_severity: notice", "hedged_severity"),
    ("limitations", "min_shared: 1.5", "min_shared"),
])
def test_bad_options_of_the_hedging_kinds_are_refused(tmp_path, kind, options, key):
    from laylint.errors import UsageError
    from laylint.ruleset import load_ruleset

    (tmp_path / "house").mkdir()
    (tmp_path / "house" / f"{kind}.yaml").write_text(
        f"id: house/{kind}\nkind: {kind}\nseverity: warning\nmessage: m\ndescription: d\noptions:\n  {options}\n", encoding="utf-8")
    with pytest.raises(UsageError, match=key):
        load_ruleset([tmp_path])


def test_a_sentence_is_held_to_the_certainty_of_the_finding_it_states():
    """GRADE rates each outcome: a finding's own certainty wins over the document's."""
    facts = source("low")
    facts["outcomes"]["school days missed"] = ["missed school"]
    facts["findings"] += [
        {"drug": "montelukast", "outcome": "sleep problems", "value": "6%", "certainty": "high"},
        {"drug": "montelukast", "outcome": "school days missed", "value": -1.2, "measure": "mean-difference", "certainty": "very-low"},
    ]
    run = lambda text, src=facts: [d for d in lint_text(text, select=["hedging/certainty"], source=src)]  # noqa: E731
    assert run("About 6% of children on montelukast had sleep problems.") == []  # high certainty: plain is right
    assert [d.message for d in run("About 12% of children on montelukast had asthma attacks.")] == [
        "The evidence is of low certainty, but this finding is stated without a hedge"]  # the document's
    [very_low] = run("Montelukast lowered missed school.")  # a drug and an outcome named, no figure
    assert "very-low certainty" in very_low.message and "very uncertain" in very_low.suggestion
    moderate = {**facts, "certainty": "moderate"}
    assert run("About 12% of children on montelukast had asthma attacks.", moderate) == []
    assert len(run("Montelukast lowered missed school.", moderate)) == 1  # very low, in a review graded moderate
