"""hedging/limitations stops after finding the passage when the metadata lists no limitation (issue #19):
the same diagnostics and review-page record as reading on, and the full reading still runs with a list."""

from __future__ import annotations

import yaml

from laylint import config as configuration
from laylint.api import _ruleset
from laylint.pipeline import Setup, lint
from laylint.pipeline.reading import Input
from laylint.ruleset import resolve_rules

SUMMARIES = [  # our own sentences: smoking cessation, paediatrics, renal, oncology
    "# Nicotine patches for quitting smoking\n\nPatches helped more people quit than placebo.\n\n"
    "## Limitations of the evidence\n\nThe studies were small and people knew which treatment they had.\n",
    "# Zinc for diarrhoea in children\n\nZinc shortened diarrhoea by about a day.\n\n"
    "We are not confident in the evidence because few studies reported side effects.\n",
    "# Exercise during dialysis\n\nExercise may improve fitness.\n\nWe are not confident in the evidence because most studies were short and small.\n",
    "# Radiotherapy after surgery for breast cancer\n\nFewer cancers came back with radiotherapy.\n",
]


def _run(text: str, source: dict | None):
    ruleset = _ruleset(())
    setup = Setup(resolve_rules(configuration.Config(), ruleset, ["hedging/limitations"], None), ruleset, None)
    sidecar = yaml.safe_dump({"source": source}) if source is not None else None
    data = text.encode()
    result = lint(Input("s.md", data, len(data), "s.source.yaml" if sidecar else None, sidecar), setup, keep_analysis=True)
    return [(d.line, d.message) for d in result.diagnostics], result.analysis.records.get("limitations")


def test_no_metadata_records_the_passage_and_reflects_nothing():
    found = [_run(text, None) for text in SUMMARIES]
    assert [record for _, record in found] == [{"passage": True, "reflected": {}}] * 3 + [{"passage": False, "reflected": {}}]
    assert [len(diagnostics) for diagnostics, _ in found] == [0, 0, 0, 1]  # only the summary without a passage


def test_listed_limitations_are_still_read_against_the_passage():
    source = {"drugs": {"nicotine patch": []}, "outcomes": {"quitting": []},
              "limitations": ["small studies", "no study reported heart problems"]}
    diagnostics, record = _run(SUMMARIES[0], source)
    assert record["passage"] is True and set(record["reflected"]) == set(source["limitations"])
    assert record["reflected"]["small studies"] is True
    empty = dict(source, limitations=[])
    assert _run(SUMMARIES[0], empty) == ([], {"passage": True, "reflected": {}})
