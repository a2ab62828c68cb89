"""hedging/overclaim: severities by evidence and hedging, suggestions, negation, quotes, the seed title."""

from pathlib import Path

import pytest

from laylint.api import lint_text

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "anti-cd20.md"
OBSERVATIONAL = {"design": "cohort", "observational": True,
                 "drugs": {"metformin": []}, "outcomes": {"cancer": ["bowel cancer"], "weight gain": []}}
TRIAL = {**OBSERVATIONAL, "design": "randomized-trial", "observational": False}


def overclaims(text, source=None):
    return [d for d in lint_text(text, select=["hedging/overclaim"], source=source) if d.rule == "hedging/overclaim"]


@pytest.mark.parametrize("text, source, severity", [
    ("Metformin causes weight gain.", OBSERVATIONAL, "error"),
    ("Metformin prevents bowel cancer.", OBSERVATIONAL, "error"),
    ("Taking metformin results in less weight gain.", OBSERVATIONAL, "error"),
    ("Metformin makes weight gain worse.", OBSERVATIONAL, "error"),
    ("Metformin can lead to weight gain.", OBSERVATIONAL, "warning"),
    ("Metformin may lead to weight gain.", OBSERVATIONAL, "info"),
    ("Metformin might cause weight gain.", OBSERVATIONAL, "info"),
    ("It is possible that metformin prevents bowel cancer.", OBSERVATIONAL, "info"),
    ("Metformin causes weight gain.", TRIAL, "warning"),
    ("Metformin may lead to weight gain.", TRIAL, "info"),
    ("Metformin causes weight gain.", None, "warning"),
    ("Metformin causes weight gain.", {**TRIAL, "design": "case-control", "observational": None}, "error"),
])
def test_causal_severity_follows_the_evidence_and_the_hedge(text, source, severity):
    hits = overclaims(text, {k: v for k, v in (source or {}).items() if v is not None} if source else None)
    assert [d.severity for d in hits] == [severity]
    assert hits[0].suggestion


def test_hedge_in_another_clause_does_not_lower_the_severity():
    hits = overclaims("Doctors may disagree, but metformin causes weight gain.", OBSERVATIONAL)
    assert [(d.severity, d.message.split("'")[1]) for d in hits] == [("error", "causes")]


@pytest.mark.parametrize("text, word", [
    ("This trial proves that metformin works.", "proves"),
    ("A breakthrough in diabetes care.", "breakthrough"),
    ("Metformin is definitely safe.", "definitely"),
    ("Metformin always helps.", "always"),
    ("A miracle pill for diabetes.", "miracle"),
    ("Metformin cures diabetes.", "cures"),
])
def test_boosters_are_warnings_with_a_suggestion(text, word):
    hits = overclaims(text, TRIAL)
    assert [(d.severity, d.message.split("'")[1]) for d in hits] == [("warning", word)]
    assert hits[0].suggestion


@pytest.mark.parametrize("text", [
    "This does not prove that metformin prevents bowel cancer.",
    "There is no evidence that metformin causes weight gain.",
    "Metformin did not lead to weight gain.",
    "Metformin isn't a cure for diabetes.",
    'Some websites call metformin a "miracle" pill.',
    "Reports called it a “breakthrough”, but metformin is linked to less weight gain.",
    "Metformin is linked to less weight gain.",
    "People who had never smoked took part.",
    "People who stop taking metformin should tell their doctor.",
    "Smoking causes heart disease.",  # no drug or outcome of the study named
    "Metformin lowered deaths from any cause and bowel cancer.",  # "cause" is a noun here
    "Trials of metformin reported the causes of weight gain.",
    "We found similar results in an analysis of metformin and weight gain.",
    "Doctors give metformin to reduce the risk of bowel cancer.",
])
def test_not_flagged(text):
    assert overclaims(text, OBSERVATIONAL) == []


def test_without_metadata_every_sentence_is_checked():
    assert [d.severity for d in overclaims("Smoking causes lung cancer.")] == ["warning"]


def test_seed_title_is_an_overclaim():
    hits = overclaims(EXAMPLE.read_text(encoding="utf-8"))
    title_line = next(i for i, line in enumerate(EXAMPLE.read_text(encoding="utf-8").splitlines(), 1)
                      if line.startswith("# Using anti-CD20"))
    on_title = [d for d in hits if d.line == title_line]
    assert [(d.severity, d.message.split("'")[1], d.suggestion) for d in on_title] == [("warning", "lead to", "is linked to")]
    assert on_title[0].column == len("# Using anti-CD20 treatments for MS can ") + 1
    assert "observational" in on_title[0].message
