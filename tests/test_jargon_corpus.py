"""The jargon rules on real lay summaries (tests/data/corpus): no exception, diagnostics in range, a sane rate."""

import json
import socket
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import jargon_rate  # noqa: E402  (bench/jargon_rate.py computes the README's figure)

from laylint import config as configuration  # noqa: E402
from laylint.pipeline import Setup, lint  # noqa: E402
from laylint.pipeline.reading import Input  # noqa: E402
from laylint.ruleset import load_ruleset, resolve_rules  # noqa: E402


@pytest.fixture(scope="module")
def texts():
    chosen = jargon_rate.summaries()
    cochrane = [t for t in chosen if t[0].startswith("cochrane")][:200]
    cells = [t for t in chosen if t[0].startswith("cells")][:60]
    return cochrane + cells


def test_corpus_has_enough_summaries(texts):
    assert len(texts) >= 200


def test_jargon_rules_lint_real_summaries_without_error(texts, monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("laylint tried to open a network connection")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    ruleset = load_ruleset([])
    rules = resolve_rules(configuration.Config(), ruleset, list(jargon_rate.RULES), None)
    assert {r.id for r in rules} == set(jargon_rate.RULES)
    total = 0
    for _, text in texts:
        data = text.encode("utf-8")
        result = lint(Input("summary.txt", data, len(data)), Setup(rules, ruleset))
        lines = text.splitlines() or [""]
        for d in result.diagnostics:
            assert 1 <= d.line <= len(lines)
            if d.rule != "jargon/density":
                flagged = lines[d.line - 1][d.column - 1:d.end_column - 1]
                assert flagged and flagged[0].isalnum(), (d, flagged)
        total += len(result.diagnostics)
    assert total > 0


def test_sanity_rate_per_100_words(texts):
    result = jargon_rate.measure(texts)
    per_100 = {rule: 100 * result["counts"][rule] / result["words"] for rule in jargon_rate.RULES}
    # Lay summaries still use some jargon (Cochrane's "randomised controlled trials", "placebo"), but a
    # rate near zero or above one finding in twenty words would mean the matcher is broken.
    assert 0.3 < per_100["jargon/term"] < 5
    assert 0.05 < per_100["jargon/acronym"] < 2
    assert per_100["jargon/rare-word"] < 5


def test_corpus_file_format():
    line = (ROOT / "tests" / "data" / "corpus" / "cochrane-devaraj2021.jsonl").open(encoding="utf-8").readline()
    assert "summary" in json.loads(line)
