"""Robustness of `laylint draft` on real abstracts: every one of the 891 Cochrane abstract results
paragraphs of tests/data/corpus/cochrane-devaraj2021.jsonl (CC BY 4.0) drafts without error into YAML
that `yaml.safe_load` reads and laylint's metadata validation accepts, and the synthetic gold
abstracts of bench/data/draft-gold score as the issue requires (the Cochrane gold abstracts are not
redistributable; bench/draft_eval.py scores them from the local dev corpus)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

from laylint import metadata as metadatas
from laylint.draft import draft, to_json, to_yaml
from laylint.draft.writer import mapping
from laylint.pipeline.drafting import synonym_groups
from laylint.ruleset import load_ruleset

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests/data/corpus/cochrane-devaraj2021.jsonl"
SYNONYMS = synonym_groups(load_ruleset([]))


def test_every_devaraj_abstract_drafts_into_valid_yaml():
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) == 891
    invalid, findings, fractions = [], 0, 0
    for row in rows:
        drafted = draft(row["source"], "abstract.txt", SYNONYMS)
        text = to_yaml(drafted)
        data = yaml.safe_load(text)
        meta, problems = metadatas.load_sidecar(Path("abstract.source.yaml"), text)
        # Issue 14's hint: "sensitivity 0.22 (95% CI 0.13 to 0.33)" drafted as written, a proportion as a
        # fraction no summary figure can match. Draft round 11 settles these (draft/fractions.py); the ones
        # left are bare ratios whose sentence names no measure, which draft does not guess.
        hints = [p for p in problems if "looks like a proportion written as a fraction" in p.message]
        fractions += len(hints)
        problems = [p for p in problems if p not in hints]
        if problems or meta is None or not isinstance(data, dict):
            invalid.append((row["id"], [p.message for p in problems][:2]))
        findings += len(meta.findings) if meta else 0
        assert mapping(drafted) == data  # read by libyaml, as yaml.safe_load reads it
        json.loads(to_json(drafted))
        for fact in drafted.facts:
            assert 0 <= fact.start < fact.end <= len(row["source"]), row["id"]
    assert invalid == []
    assert findings > 5000  # a real draft, not an empty one
    assert fractions <= 2  # 61 before round 11; 2 today: "lower rates of stoma formation (0.75, 95% CI 0.64 to 0.88)"


def test_the_synthetic_gold_abstracts_meet_the_issue_targets():
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import draft_eval
    finally:
        sys.path.pop(0)
    items, _ = draft_eval.load_gold(None)
    results = [draft_eval.score(item, load_ruleset([])) for item in items]
    assert len(results) >= 12
    total = lambda key: sum(r[key] for r in results)  # noqa: E731
    assert total("found") >= 0.9 * total("gold_findings")
    assert total("right") >= 0.9 * total("found")
    assert total("unmatched_n") <= 0.15 * total("drafted")
    assert sum(r["totals"] for r in results) >= 0.9 * len(results)
    assert all(r["valid"] for r in results)
