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


FRONT = """---
source:
  design: randomized-trial
  certainty: moderate
  drugs:
    varenicline: [Champix]
    metformin: []
  outcomes:
    quit rate: [quitting]
---
"""
ROLE_SUMMARIES = [
    FRONT + "# Varenicline and metformin\n\nSickle cells can cause blockages. Varenicline can cause nausea. "
    "Champix can lead to vivid dreams. Metformin is a common drug.",
    FRONT + "# Varenicline for quitting smoking\n\n## Why did we do this review?\n\nSmoking causes lung cancer. "
    "Varenicline can help people quit.\n\n## What did we do?\n\nWe searched for trials.\n\n## What did we find?\n\n"
    "Champix probably helps people quit. Metformin can lead to weight loss. Do patches work?\n\n"
    "## What are the limitations?\n\nThe studies were small.\n\n## What next?\n\nMore research is needed.",
    "# Steroids for asthma in children\n\nKey messages 1. Inhaled steroids reduce attacks in children with asthma. "
    "We wanted to find out if steroids prevent hospital stays.\n\n## Results\n\n- Fewer children went to hospital.\n"
    "- None of the studies reported growth.\n\nI hope this summary helps.",
]


@pytest.mark.parametrize("source", ["table", "corpus"])
def test_sentence_roles_worked_out_when_asked_are_the_roles_of_every_sentence(source):
    from laylint import config
    from laylint.api import _ruleset
    from laylint.hedging import findings, lexicon, statements, tokens_of
    from laylint.pipeline import Setup, lint
    from laylint.pipeline.reading import Input
    from laylint.ruleset import resolve_rules

    ruleset = _ruleset(())
    rules = resolve_rules(config.Config(), ruleset, ["hedging"], None)
    if source == "table":
        texts = ROLE_SUMMARIES
    else:
        with CORPUS.open(encoding="utf-8") as lines:
            texts = [json.loads(line)["summary"] for index, line in enumerate(lines) if index % 10 == 0]
    seen = set()
    for number, text in enumerate(texts):
        data = text.encode()
        analysis = lint(Input(f"{number}.md", data, len(data), None, None), Setup(rules, ruleset), run_checks=False).analysis
        lex, tokens, sentences = lexicon.of(analysis), tokens_of(analysis), analysis.sentences
        meta = analysis.metadata
        kinds = findings.mention_kinds(analysis) if meta is not None and meta.drugs else {}
        eager, section = [], None  # the roles as they were built before: every sentence, in order
        for index, sentence in enumerate(sentences):
            if sentence.block == "heading":
                section = statements.section_kind(lex, sentence.text) or section
            eager.append(statements._sentence_role(lex, tokens, sentence, section, "drug" in kinds.get(index, ())))
        lazy = statements.roles(lex, analysis)
        asked = [lazy[index] for index in reversed(range(len(sentences)))][::-1]  # last first: order must not matter
        assert asked == eager == list(lazy) and len(lazy) == len(eager)
        if eager:
            assert lazy[-1] == eager[-1]
        seen.update(eager)
    wanted = {"aim", "fragment", "future", "heading", "limitation", "method", "not-evidence", "result"} \
        if source == "table" else {"result", "method", "aim"}
    if source == "table":  # a sentence naming a declared drug is a result, not background ("Varenicline can cause")
        assert "background" in seen
    assert wanted <= seen
