"""Tokens index only the words that start some phrase list (issue #19, round Q): the candidates of every list are
those of a walk over every word, on sentences written for this test and on 300 Devaraj summaries, and a list built
after a text was first searched still finds its words."""

from __future__ import annotations

import dataclasses

from lint_support import hedging_sentences

from laylint.hedging.phrases import Phrases, Tokens

TEXTS = [
    "The trials of beta blockers after a heart attack were small and short.",
    "We are uncertain whether nicotine patches help pregnant women stop smoking.",
    "Children with asthma may have fewer attacks with the new inhaler.",
    "Dialysis at home probably makes little or no difference to survival.",
    "The evidence on talking therapy for depression in older adults is weak.",
    "Chemotherapy before surgery might not improve survival in bowel cancer.",
]


def _every_word(tokens: Tokens, phrases: Phrases) -> list[int]:
    return [index for index, word in enumerate(tokens.words) if word in phrases.index]


def _lists(lex) -> list[Phrases]:
    found = []

    def walk(value):
        if isinstance(value, Phrases):
            found.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, (list, tuple)):
            for item in value:
                walk(item)
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            for item in dataclasses.fields(value):
                walk(getattr(value, item.name))

    walk(lex)
    return found


def test_candidates_equal_a_walk_over_every_word():
    seen, checked = [], 0
    for lex, tokens, _ in hedging_sentences(TEXTS):
        if seen and seen[-1] is tokens:
            continue
        seen.append(tokens)
        for phrases in _lists(lex):
            assert tokens.candidates(phrases) == _every_word(tokens, phrases)
            checked += bool(tokens.candidates(phrases))
    assert len(seen) > 300 and len(_lists(lex)) > 40 and checked > 5000


def test_a_list_built_after_the_first_search_finds_its_words():
    tokens = Tokens("Kidney stones in dogs were rarely treated with zorbitazine.")
    assert Phrases.flat(["kidney stones"]).find(tokens)[0].text == "Kidney stones"
    late = Phrases.flat(["zorbitazine", "dogs were"])  # first words no list had when tokens was indexed
    assert [m.text for m in late.find(tokens)] == ["dogs were", "zorbitazine"]
