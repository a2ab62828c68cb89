"""Hedging speed work must not change results (issue #19): the phrase matcher against a walk over every word."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from laylint.hedging.phrases import Phrases, Tokens
from test_speed_equivalence import _walk

CORPUS = Path(__file__).parent / "data" / "corpus" / "cochrane-devaraj2021.jsonl"


def _lexicon_lists() -> list[tuple[str, Phrases]]:
    from laylint.api import _ruleset
    from laylint.hedging import lexicon

    built = lexicon.build(_ruleset(()).lexicon(lexicon.NAME))
    found = []
    for name in built.__dataclass_fields__:
        value = getattr(built, name)
        values = value.items() if isinstance(value, dict) else [(name, value)]
        for key, item in values:
            for phrases in item if isinstance(item, tuple) else [item]:
                phrases = getattr(phrases, "phrases", phrases)
                if isinstance(phrases, Phrases):
                    found.append((f"{name}.{key}", phrases))
    return found


def test_phrases_sharing_a_first_word_match_as_when_every_entry_was_tried():
    phrases = Phrases([["we found", "we ... studies", "we", "we looked at"], ["is ... common", "is", "is not"],
                       ["did n't", "did not help", "did"]])
    text = ("We found 12 trials. We then pooled the studies; we looked at deaths. Asthma is very common and is not "
            "rare. Steroids didn't help. Dialysis did not help itching. We")
    tokens = Tokens(text)
    got = [(m.start, m.end, m.group) for m in phrases.find(tokens)]
    assert got == _walk(phrases, tokens, 0, len(text))
    assert {m[2] for m in got} == {0, 1, 2} and len(got) >= 8
    for start in range(0, len(text), 5):  # spans ending right after a first word: no next word to read
        for end in range(start, len(text) + 1, 4):
            assert [(m.start, m.end, m.group) for m in phrases.find(tokens, start, end)] == _walk(phrases, tokens, start, end)


@pytest.mark.parametrize("part", range(3))
def test_every_hedging_list_matches_the_corpus_as_a_walk_over_every_word(part):
    lists = _lexicon_lists()
    assert len(lists) > 40
    with CORPUS.open(encoding="utf-8") as lines:
        texts = [json.loads(line)["summary"] for index, line in enumerate(lines) if index % 9 == part]
    total = 0
    for text in texts:
        tokens = Tokens(text)
        for _, phrases in lists:
            got = [(m.start, m.end, m.group) for m in phrases.find(tokens)]
            assert got == _walk(phrases, tokens, 0, len(text))
            total += len(got)
    assert total > 1000
