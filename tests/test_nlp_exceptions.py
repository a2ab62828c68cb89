"""The deferred tokenizer exceptions' scan (issue #19): looking only under the characters a text holds
finds exactly the exceptions whose string occurs in the text, the plain substring test's answer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from laylint import nlp

CORPUS = Path(__file__).parent / "data" / "corpus" / "cochrane-devaraj2021.jsonl"
TEXTS = [
    "We don't know if it works; they'd hoped so. Doses at 8 a.m. vs. 6 p.m., e.g. with food.",  # general
    "Smokers who'd tried patches quit more often :) than those who hadn't :-( — y'all know it.",  # smoking
    "Children\u00a0aged 2\tto 5\nyrs had fewer 'flu episodes (RR 0.7); o.O ain't that good?",  # paediatrics
    "Tumours ≤2 cm were removed.",  # oncology: no exception but the space
    "",
]


def _texts():
    with CORPUS.open(encoding="utf-8") as lines:
        return TEXTS + [json.loads(line)["summary"] for _, line in zip(range(60), lines)]


class _Recorder:
    """spaCy's tokenizer, noting each special case added."""

    def __init__(self, tokenizer):
        self.tokenizer, self.added = tokenizer, []

    def add_special_case(self, key, pieces):
        self.added.append(key)
        self.tokenizer.add_special_case(key, pieces)


@pytest.mark.parametrize("text", _texts())
def test_the_scan_adds_exactly_the_exceptions_the_text_contains(text):
    fresh, _ = nlp._build(nlp.BLANK)
    tokenizer = fresh.tokenizer
    tokenizer.tokenizer = recorder = _Recorder(tokenizer.tokenizer)
    before = dict(tokenizer._pending)
    tokenizer.prepare(text)
    assert recorder.added == [key for key in before if key in text]  # all of them, in spaCy's order


def test_an_exception_found_once_is_not_added_again():
    fresh, _ = nlp._build(nlp.BLANK)
    tokenizer = fresh.tokenizer
    tokenizer.tokenizer = recorder = _Recorder(tokenizer.tokenizer)
    tokenizer.prepare("We don't know.")
    assert "don't" in recorder.added
    recorder.added.clear()
    tokenizer.prepare("They don't either.")
    assert "don't" not in recorder.added and "'" not in recorder.added
