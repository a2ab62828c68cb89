"""metadata.py split by concern: metadata_schema.py (keys, measures, the fact classes) and metadata_validation.py
(a YAML mapping -> Metadata and its problems); every public name stays importable from metadata.py."""

from __future__ import annotations

import pytest

from laylint import metadata, metadata_schema, yamlpos


@pytest.mark.parametrize("name", ["Finding", "Metadata", "Quantity", "SearchDate", "Problem", "MONTHS", "CERTAINTIES",
                                  "DESIGNS", "MEASURES", "parse_quantity", "from_mapping", "load_sidecar", "sidecar_for"])
def test_public_names_stay_on_metadata(name):
    assert hasattr(metadata, name)


def test_the_classes_are_the_schema_modules():
    assert metadata.Finding is metadata_schema.Finding and metadata.Metadata is metadata_schema.Metadata


def _read(text: str):
    data, positions = yamlpos.load_lazy(text)
    return metadata.from_mapping(data, positions, (), "x.source.yaml")


@pytest.mark.parametrize("text, problem", [
    # oncology: a measure the schema does not know, on line 3
    ("studies: 4\nfindings:\n  - {drug: nivolumab, outcome: survival, value: 0.8, measure: odds}\n"
     "drugs: {nivolumab: []}\noutcomes: {survival: []}\n", "finding measure must be one of"),
    # renal: a search date that is no date
    ("studies: 3\nsearched: soon\n", "searched"),
])
def test_validation_reports_problems_with_their_place(text, problem):
    meta, problems = _read(text)
    assert any(problem in p.message for p in problems), [p.message for p in problems]
    assert all(p.line >= 1 for p in problems)


def test_a_valid_source_reads_into_metadata():  # smoking cessation
    meta, problems = _read("studies: 12\nparticipants: 2400\ndrugs: {varenicline: []}\noutcomes: {quitting: []}\n"
                           "findings:\n  - {drug: varenicline, outcome: quitting, value: 2.2, measure: risk-ratio}\n")
    assert problems == [] and meta.studies == 12 and meta.findings[0].measure == "risk-ratio"
