"""bench/precision.py's message counts per writer, and the pooled row for all LLM writers (issue #16 asks for a
median per LLM summary, not only per model)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location("precision_bench", Path(__file__).parent.parent / "bench" / "precision.py")
precision = importlib.util.module_from_spec(_SPEC)
sys.modules[_SPEC.name] = precision  # dataclasses look their module up
_SPEC.loader.exec_module(precision)


def _summary(review: str, writer: str):
    return precision.Summary(f"{review}:{writer}", review, writer, "text")


def _hits(doc: str, count: int):
    return [precision.Hit("jargon/term", doc, index, index + 1, "warning", "m") for index in range(count)]


def test_writer_rows_give_each_writer_then_all_llm_writers_pooled():
    summaries = [_summary(r, w) for r in ("CD1", "CD2", "CD3") for w in ("cochrane", "gpt", "llama")]
    counts = {"CD1:cochrane": 9, "CD2:cochrane": 9, "CD3:cochrane": 9,
              "CD1:gpt": 1, "CD2:gpt": 2, "CD3:gpt": 3, "CD1:llama": 10, "CD2:llama": 20, "CD3:llama": 30}
    hits = [hit for doc, count in counts.items() for hit in _hits(doc, count)]
    rows = {row["writer"]: row for row in precision.writer_rows(summaries, hits, hits)}
    assert list(rows) == ["cochrane", "gpt", "llama", "all LLM writers"]
    assert rows["cochrane"]["median_messages"] == 9
    assert rows["llama"]["median_messages"] == 20
    assert rows["all LLM writers"]["summaries"] == 6
    assert rows["all LLM writers"]["median_messages"] == 6.5  # median of 1, 2, 3, 10, 20, 30


def test_load_corpus_keeps_only_the_writers_asked_for(tmp_path):
    rows = [{"id": f"CD{n}:{w}", "review": f"CD{n}", "writer": w, "title": "t", "abstract": "a", "summary": "s"}
            for n in (1, 2) for w in ("cochrane", "gpt")]
    corpus = tmp_path / "dev.jsonl"
    corpus.write_text("".join(__import__("json").dumps(row) + "\n" for row in rows))
    assert [s.doc for s in precision.load_corpus(corpus, writers={"cochrane"})] == ["CD1:cochrane", "CD2:cochrane"]
    assert [s.doc for s in precision.load_corpus(corpus, {"CD1"}, {"cochrane"})] == ["CD2:cochrane"]
    assert len(precision.load_corpus(corpus)) == 4
