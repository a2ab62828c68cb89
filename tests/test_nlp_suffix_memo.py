"""The blank pipeline's suffix search is kept per string (issue #19): the tokens are those of the plain search
on every Devaraj summary, also when the memory fills and starts again."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from laylint import nlp

CORPUS = Path(__file__).parent / "data" / "corpus" / "cochrane-devaraj2021.jsonl"
# Written for these tests, across fields: suffixes that repeat inside other chunks
TEXTS = [
    "Patients, patients. (patients) Patients\u2019s care; 12kg, 12 kg. 5mg/kg... 40%.",
    "Smokers quit (RR 1.5; 95% CI 1.2\u20131.9)... smokers' relapse: 30%, 30 %.",
    "Tumours \u22642 cm (stage IA.) were removed; $5, 5$, \u00a35 per dose. eGFR <60 mL/min.",
    "Children's asthma: ICS\u2013LABA vs. ICS; wheeze?! \u201cbetter\u201d \u2018worse\u2019 \u2026",
]


def _summaries() -> list[str]:
    with CORPUS.open(encoding="utf-8") as lines:
        return [json.loads(line)["summary"] for line in lines]


def _tokens(pipeline, texts):
    return [[(token.idx, token.text) for token in nlp.make_doc(pipeline, text)] for text in texts]


def _plain_pipeline():
    """The same pipeline with spaCy's plain suffix search (setting it reloads the special cases)."""
    pipeline, _ = nlp._build(nlp.BLANK)
    tokenizer = pipeline.tokenizer.tokenizer
    tokenizer.suffix_search = tokenizer.suffix_search.__self__.search
    return pipeline


@pytest.mark.parametrize("keep", [nlp.REMEMBERED, 5])
def test_tokens_equal_those_of_the_plain_suffix_search(monkeypatch, keep):
    monkeypatch.setattr(nlp, "REMEMBERED", keep)  # 5: the memory starts again every few strings
    texts = TEXTS + _summaries()
    ours, _ = nlp._build(nlp.BLANK)
    assert _tokens(ours, texts) == _tokens(_plain_pipeline(), texts)


def test_a_remembered_search_gives_the_searchs_answer_each_time():
    pattern = re.compile(r"(?:\.\.+|%|kg|(?<=[0-9])\$)$")
    search = nlp.remembered(pattern.search)
    for text in ["12kg", "12kg", "5$", "word", "word", "...", "a.."] * 2:
        got, want = search(text), pattern.search(text)
        assert (got and got.span()) == (want and want.span()), text
    assert search.__self__ is pattern  # what spaCy reads when it saves a tokenizer


def test_half_the_suffix_searches_of_the_corpus_repeat_a_string():
    pipeline, _ = nlp._build(nlp.BLANK)
    tokenizer = pipeline.tokenizer.tokenizer
    plain, asked = tokenizer.suffix_search.__self__.search, []

    def recording(text):
        asked.append(text)
        return plain(text)

    tokenizer.suffix_search = recording
    _tokens(pipeline, _summaries()[:300])
    assert len(asked) > 5000 and len(set(asked)) < 0.7 * len(asked)


def test_the_tokenizer_still_saves_its_patterns():
    pipeline, _ = nlp._build(nlp.BLANK)
    assert pipeline.tokenizer.tokenizer.to_bytes()
