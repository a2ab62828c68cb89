"""The leftover kind joins a rule's patterns once per process and splits sentences only for a summary with a
match (issue #19): the joined pattern is the one the rule always used, and the answers are the same."""

from __future__ import annotations

import pytest

from laylint.analysis import Analysis
from laylint.api import _ruleset, lint_text
from laylint.checks import leftover
from laylint.document import parse
from laylint.patterns import alternation

RULES = [rule for rule in _ruleset(()).rules.values() if rule.kind == "leftover"]

# Written for this test: chat and template leftovers beside plain summary sentences from several fields.
TEXTS = [
    ("Statins lowered the chance of a heart attack in people with high cholesterol.", 0),
    ("Here is the plain language summary you asked for:\n\nZinc shortened diarrhoea in young children.", 1),
    ("Talking therapy helped teenagers with depression. Let me know if you would like any changes.", 1),
    ("Dialysis at home was as safe as dialysis in hospital for people with kidney failure.", 0),
    ("Nicotine patches helped about 6 in 100 smokers to quit [insert number of studies] for good.", 1),
]


def test_the_joined_pattern_is_the_alternation_of_the_rule_patterns():
    assert len(RULES) >= 2
    for rule in RULES:
        assert leftover._joined(rule) == alternation(rule.options.patterns)
        assert leftover._joined(rule) is leftover._joined(rule)  # joined once


@pytest.mark.parametrize("text, expected", TEXTS)
def test_a_summary_is_split_into_sentences_only_when_a_leftover_matches(text, expected):
    analysis = Analysis(parse("summary.md", text), ruleset=_ruleset(()))
    found = [leftover.leftover_sentences(rule, analysis) for rule in RULES]
    assert sum(map(len, found)) == expected
    assert ("sentences" in vars(analysis)) == bool(expected)
    reported = [d for d in lint_text(text, select=["artifacts"]) if d.rule.startswith("artifacts/")]
    assert len(reported) == expected
