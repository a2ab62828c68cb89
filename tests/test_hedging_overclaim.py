"""hedging/overclaim: result statements only; severities by evidence and hedging; boosters; negation, quotes."""

from pathlib import Path

import pytest

from laylint.api import lint_text

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "anti-cd20.md"
OBSERVATIONAL = {"design": "cohort", "observational": True,
                 "drugs": {"metformin": []}, "outcomes": {"cancer": ["bowel cancer"], "weight gain": []}}
TRIAL = {**OBSERVATIONAL, "design": "randomized-trial", "observational": False}


def overclaims(text, source=None, options=None):
    return [d for d in lint_text(text, select=["hedging/overclaim"], source=source, options=options)
            if d.rule == "hedging/overclaim"]


@pytest.mark.parametrize("text, severity", [
    ("Metformin causes weight gain.", "error"),
    ("Metformin prevents bowel cancer.", "error"),
    ("Taking metformin results in less weight gain.", "error"),
    ("Metformin makes weight gain worse.", "error"),
    ("Metformin can lead to weight gain.", "warning"),
])
def test_causal_wording_of_observational_results(text, severity):
    hits = overclaims(text, OBSERVATIONAL)
    assert [d.severity for d in hits] == [severity]
    assert hits[0].suggestion


def test_observational_evidence_puts_every_result_sentence_in_scope_whatever_the_aliases():
    """A declared outcome's alias missing from the sentence does not hide the cause it states."""
    hits = overclaims("We found that metformin prevents stomach cancer.", OBSERVATIONAL)
    assert [d.severity for d in hits] == ["error"]


@pytest.mark.parametrize("text", [
    "Metformin may lead to weight gain.",
    "Metformin might cause weight gain.",
    "It is possible that metformin prevents bowel cancer.",
])
def test_hedged_causal_wording_is_reported_only_on_request(text):
    assert overclaims(text, OBSERVATIONAL) == []
    assert [d.severity for d in overclaims(text, OBSERVATIONAL, {"report_hedged": True})] == ["info"]


def test_a_hedge_earlier_in_the_sentence_covers_a_later_clause():
    assert overclaims("We do not know whether metformin improves sleep, or prevents bowel cancer.", OBSERVATIONAL) == []


def test_hedge_in_another_clause_does_not_cover_a_cause_after_but():
    hits = overclaims("Doctors may disagree, but metformin causes weight gain.", OBSERVATIONAL)
    assert [(d.severity, d.message.split("'")[1]) for d in hits] == [("error", "causes")]


@pytest.mark.parametrize("source", [TRIAL, None, {"design": "meta-analysis", "certainty": "high"}])
def test_trial_evidence_leaves_plain_causal_results_to_the_certainty_rule(source):
    """Trials show causes; whether "reduces" is worded to its certainty is hedging/certainty's question."""
    assert overclaims("Statins reduce the risk of heart attacks.", source) == []


def test_trial_causal_option_reports_plain_causes_where_no_certainty_is_known():
    hits = overclaims("Statins reduce the risk of heart attacks.", None, {"trial_causal": True})
    assert [d.severity for d in hits] == ["warning"]
    assert overclaims("Statins reduce the risk of heart attacks.", {"design": "meta-analysis", "certainty": "low"},
                      {"trial_causal": True}) == []


# Not result statements (the false alarms of issue 16 on real summaries), across fields.
@pytest.mark.parametrize("text", [
    "Do hand washing and masks stop the spread of respiratory viruses?",  # title question
    "# Can zinc prevent illness in young children",  # heading
    "We wanted to find out if antibiotics prevent infection after miscarriage.",  # aim
    "This review looked at whether exercise prevents falls in older people.",  # aim
    "Sickle cells can cause blockages in small blood vessels.",  # background about the disease
    "Heart failure is a condition that causes breathlessness and tiredness.",  # background
    "## What is asthma?\n\nAsthma attacks lead to many hospital visits.",  # background section
    "Future studies should test whether nicotine patches stop relapse.",  # call for research
    "We searched for studies of drugs used to prevent migraine.",  # methods
    "The pain was caused by a pinched nerve in most people.",  # a participle: caused by
    "Breakthrough pain is pain that needs an extra dose.",  # a fixed term
    "It's always best to have a human review this summary.",  # a note to the requester
    "The small number of studies prevents us from being certain.",  # not a health effect
    "Clinicians look for a central cause of dizziness.",  # a noun
])
def test_not_result_statements_are_not_flagged(text):
    assert overclaims(text, OBSERVATIONAL) == []


@pytest.mark.parametrize("text, word", [
    ("This trial proves that metformin works.", "proves"),
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
    "Metformin lowered deaths from any cause and bowel cancer.",  # "cause" is a noun here
    "Trials of metformin reported the causes of weight gain.",
    "We found similar results in an analysis of metformin and weight gain.",
    "Doctors give metformin to reduce the risk of bowel cancer.",
    "We do not know if metformin can definitely help older people.",  # a booster in a hedged clause
    "The evidence was not strong enough to make a definitive conclusion.",
])
def test_not_flagged(text):
    assert overclaims(text, OBSERVATIONAL) == []


def test_seed_title_is_a_title_not_a_result():
    """The seed's title says "can lead to": a title names the question; its findings are the certainty rule's."""
    text = EXAMPLE.read_text(encoding="utf-8")
    title_line = next(i for i, line in enumerate(text.splitlines(), 1) if line.startswith("# Using anti-CD20"))
    assert [d for d in overclaims(text) if d.line == title_line] == []
