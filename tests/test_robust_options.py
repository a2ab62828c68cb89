"""Property-based: any config override of any built-in rule's options is either refused with a
UsageError (exit 2, file/line/key) or accepted and then lints without raising."""

from __future__ import annotations

import os
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lint_support import lint_bytes

from laylint import config, yamlpos
from laylint.errors import UsageError
from laylint.ruleset import load_ruleset, resolve_rules
from laylint.ruleset.docs import user_options

RULESET = load_ruleset([])
RULE_IDS = sorted(RULESET.rules)
SETTINGS = settings(max_examples=int(os.environ.get("LAYLINT_FUZZ_EXAMPLES", "60")), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])
TEXT = ("---\nsource:\n  design: cohort\n  drugs: {rituximab: []}\n  outcomes: {infection: [infections]}\n"
        "  findings:\n    - {drug: rituximab, outcome: infection, value: 11%, key: true}\n---\n"
        "# Results\n\nAbout 12% of people on rituximab had infections (MS). This proves it works.\n")

SCALAR = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6), st.floats(allow_nan=True),
                   st.text(max_size=8), st.sampled_from(["(", "[a-", "error", "flesch", "\\b", "*", ""]))
VALUE = st.recursive(SCALAR, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                     st.dictionaries(st.text(max_size=6), inner, max_size=3)),
                     max_leaves=8)


@st.composite
def overrides(draw):
    rule_id = draw(st.sampled_from(RULE_IDS))
    rule = RULESET.rules[rule_id]
    names = sorted(name for name, _, _ in user_options(rule)) + ["severity", "enabled"]
    keys = draw(st.lists(st.sampled_from(names), max_size=3, unique=True))
    return rule_id, {key: draw(VALUE) for key in keys}


@SETTINGS
@given(override=overrides())
def test_any_option_override_is_refused_cleanly_or_lints(override):
    rule_id, options = override
    text = yaml.safe_dump({"select": [rule_id], "rules": {rule_id: options}}, allow_unicode=True)
    try:
        data, positions = yamlpos.load(text)
        loaded = config.from_mapping(data, Path(".laylint.yaml"), positions)
        rules = resolve_rules(loaded, RULESET)
    except UsageError as exc:
        assert str(exc).startswith(".laylint.yaml"), str(exc)
        return
    lint_bytes("page.md", TEXT.encode(), rules, RULESET)
