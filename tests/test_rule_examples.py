"""Every rule's docs are its tests: each `fail` example triggers the rule, each `pass` example does not."""

import pytest

from laylint.api import lint_text
from laylint.ruleset import load_ruleset

RULES = sorted(load_ruleset([]).rules.values(), key=lambda r: r.id)


def _cases():
    for rule in RULES:
        for verdict in ("fail", "pass"):
            for index, text in enumerate(rule.examples.get(verdict, [])):
                yield pytest.param(rule, verdict, text, id=f"{rule.id}-{verdict}-{index}")


def test_every_rule_has_fail_and_pass_examples():
    missing = [r.id for r in RULES if not r.examples.get("fail") or not r.examples.get("pass")]
    assert not missing, f"rules without fail and pass examples: {missing}"


def test_every_rule_has_docs():
    assert all(r.description.strip() and r.rationale.strip() for r in RULES)


@pytest.mark.parametrize("rule, verdict, text", list(_cases()))
def test_rule_example(rule, verdict, text):
    diagnostics = lint_text(text, select=[rule.id, *rule.examples.get("select", [])], source=rule.examples.get("source"),
                            options=rule.examples.get("options"))
    hits = [d for d in diagnostics if d.rule == rule.id]
    if verdict == "fail":
        assert hits, f"{rule.id} should flag:\n{text}"
    else:
        assert not hits, f"{rule.id} should not flag:\n{text}\ngot: {[d.message for d in hits]}"
