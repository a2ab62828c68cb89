"""bench/corpus_rows.py: Devaraj pairs become one Cochrane row per review; a review whose DOI has no version is
keyed by its bare id only for the label scorers (`versionless=True`), so other benches keep their row sets."""

import importlib.util
import json
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "bench" / "corpus_rows.py"


def _read_rows():
    spec = importlib.util.spec_from_file_location("corpus_rows", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.read_rows


def _corpus(tmp_path):
    pairs = [{"id": "cochrane_devaraj2021:val:1:10.1002/14651858.CD000001.pub2", "doi": "10.1002/14651858.CD000001.pub2",
              "source": "Five trials (900 adults).", "summary": "Five studies."},
             {"id": "cochrane_devaraj2021:val:2:10.1002/14651858.CD000002", "doi": "10.1002/14651858.CD000002",
              "source": "Two trials (80 infants).", "summary": "Two studies."}]
    path = tmp_path / "pairs.jsonl"
    path.write_text("".join(json.dumps(p) + "\n" for p in pairs), encoding="utf-8")
    return path


def test_a_versionless_review_is_skipped_by_default(tmp_path):
    assert [row["id"] for row in _read_rows()(_corpus(tmp_path))] == ["CD000001.PUB2:cochrane"]


def test_the_label_scorers_key_a_versionless_review_by_its_bare_id(tmp_path):
    rows = _read_rows()(_corpus(tmp_path), versionless=True)
    assert [(row["id"], row["abstract"]) for row in rows] == [
        ("CD000001.PUB2:cochrane", "Five trials (900 adults)."), ("CD000002:cochrane", "Two trials (80 infants).")]
