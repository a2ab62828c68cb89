"""Every summary of the bundled corpora is linted without an exception. They carry no metadata, so
nothing but metadata/missing may come from the claims family; and with made-up metadata the claim
extraction still runs on every one of them and keeps its offsets honest."""

import json
from pathlib import Path

import pytest
import yaml

from laylint import config as configuration
from laylint import document as documents
from laylint.pipeline import Setup, lint
from laylint.pipeline.linting import load_metadata
from laylint.pipeline.reading import Input
from laylint.analysis import Analysis
from laylint.claims import extract
from laylint.ruleset import load_ruleset, resolve_rules

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"
RULESET = load_ruleset([])
CLAIMS_RULES = resolve_rules(configuration.Config(), RULESET, ["claims", "metadata/missing"], None)
METADATA = {"source": {
    "design": "meta-analysis", "participants": 1000, "studies": 10,
    "drugs": {"placebo": [], "antibiotics": ["antibiotic"], "vitamin d": [], "exercise": []},
    "outcomes": {"mortality": [], "pain": [], "asthma": [], "quality of life": [], "adverse events": []},
    "findings": [
        {"drug": "antibiotics", "outcome": "mortality", "value": "12%", "ci": ["8%", "15%"], "key": True},
        {"drug": "placebo", "outcome": "mortality", "value": "15%"},
        {"drug": "exercise", "outcome": "pain", "value": 0.8, "measure": "risk-ratio", "ci": [0.7, 0.9]},
        {"drug": "vitamin d", "outcome": "asthma", "value": "20%", "measure": "relative-reduction"},
        {"outcome": "adverse events", "value": "30%", "population": "adults"},
    ]}}


def _summaries():
    for path in sorted(CORPUS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                yield record["id"], record["summary"]


SUMMARIES = list(_summaries())


def test_the_corpora_are_there():
    assert len(SUMMARIES) >= 1000


def test_without_metadata_only_metadata_missing_and_only_where_percentages_are_stated():
    flagged = 0
    for identifier, summary in SUMMARIES:
        result = lint(Input(f"{identifier}.md", summary.encode("utf-8"), len(summary.encode("utf-8"))), Setup(CLAIMS_RULES, RULESET))
        rules = [d.rule for d in result.diagnostics]
        assert set(rules) <= {"metadata/missing"}, (identifier, rules)
        assert len(rules) <= 1, identifier
        flagged += len(rules)
    assert flagged >= 100  # Cochrane plain language summaries state percentages often (round 35: one states only
    # an effect a study was powered to detect, no result)


def test_with_metadata_extraction_runs_everywhere_and_spans_are_exact():
    sidecar = yaml.safe_dump(METADATA)
    claims = 0
    for identifier, summary in SUMMARIES:
        document = documents.parse("summary.md", summary)
        meta, problems, _ = load_metadata(document, sidecar, "summary.source.yaml")
        assert not problems
        analysis = Analysis(document, meta, problems, RULESET)
        for rule in CLAIMS_RULES:  # what the pipeline does, without parsing each summary twice
            assert all(d.rule == rule.id for d in rule.kind_spec().check(rule, analysis))
        for claim in extract(analysis):
            assert analysis.text[claim.start:claim.end] == claim.text, identifier
            assert claim.verdict in ("verified", "number-mismatch", "wrong-pair", "unsupported-number", "unattached", "count")
            claims += 1
    assert claims > 1000


@pytest.mark.parametrize("text", ["", "%", "1 in 0 people", "between 5% and 5%", "0.0 times", "ratio of .", "one in one"])
def test_degenerate_text_does_not_crash(text):
    source = Input("x.md", text.encode(), len(text.encode()), "x.source.yaml", yaml.safe_dump(METADATA))
    result = lint(source, Setup(CLAIMS_RULES, RULESET))
    assert all(d.rule.startswith(("claims/", "metadata/")) for d in result.diagnostics)
