"""The substitution prefilter must not change results (issue #19): with it and without it, the same diagnostics."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from laylint import config
from laylint.api import _ruleset
from laylint.checks import substitution
from laylint.ruleset import resolve_rules
from lint_support import lint_bytes

CORPUS = Path(__file__).parent / "data" / "corpus" / "cochrane-devaraj2021.jsonl"
TABLE = [
    "Prior to surgery, clinicians utilised antibiotics in order to lower infection rates.",
    "A majority of the children with asthma commenced inhaled steroids; a majority of parents agreed.",
    "We looked at dialysis due to the fact that itching is common. With regard to side effects, few were seen.",
    "Nicotine patches facilitate quitting. Counsellors utilize text messages to help people stop smoking.",
    "Chemotherapy was given subsequent to surgery in the event that the tumour returned.",
    "Antidepressants helped some teenagers; no plain-words swap applies to this sentence at all.",
]


def _diagnostics(text: str, rules, ruleset) -> list[tuple]:
    result = lint_bytes("s.md", text.encode(), rules, ruleset)
    return [(d.line, d.column, d.end_column, d.message, d.suggestion) for d in result.diagnostics]


@pytest.mark.parametrize("source", ["table", "corpus"])
def test_skipping_texts_no_swap_matches_changes_nothing(source, monkeypatch):
    ruleset = _ruleset(())
    rules = resolve_rules(config.Config(), ruleset, ["style/plain-words"], None)
    if source == "table":
        texts = TABLE
    else:
        with CORPUS.open(encoding="utf-8") as lines:
            texts = [json.loads(line)["summary"] for index, line in enumerate(lines) if index % 4 == 0]
    fast = [_diagnostics(text, rules, ruleset) for text in texts]
    monkeypatch.setattr(substitution, "_any_swap", lambda rule, analysis: None)  # every pattern on every text
    assert fast == [_diagnostics(text, rules, ruleset) for text in texts]
    assert sum(map(bool, fast)) >= 5 and not all(fast)  # some texts are flagged, some skipped
