"""Readability speed work must not change results (issue #19): each shortcut against the plain computation."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest

from laylint.readability import syllables
from laylint.readability.counts import familiar_words
from laylint.text import counted_words, trim

CORPUS = Path(__file__).parent / "data" / "corpus" / "cochrane-devaraj2021.jsonl"


@lru_cache(maxsize=1)
def corpus_chunks() -> list[str]:
    """Every distinct counted word of the Devaraj summaries, as written (punctuation around it kept)."""
    with CORPUS.open(encoding="utf-8") as lines:
        return list(dict.fromkeys(chunk for line in lines for chunk in counted_words(json.loads(line)["summary"])))


def _rule_words() -> list[str]:
    """Bare lowercase words as _by_rules sees them: the corpus, the familiar list, the exceptions, a table."""
    table = ["therefore", "myocardial", "dying", "aren't", "isn't", "everyone", "technique", "fatigue", "deity",
             "diarrhoea", "European", "rhythm", "autism", "museum", "nucleus", "earliest", "reinfection",
             "preoperative", "coordinated", "handled", "controlled", "centre", "quiet", "client", "science", "people"]
    words = [trim(w).lower() for w in corpus_chunks()] + sorted(familiar_words()) + sorted(syllables.EXCEPTIONS) + table
    return list(dict.fromkeys(w for w in words if w and all("a" <= c <= "z" or c == "'" for c in w)))


def _by_every_rule(word: str) -> int:
    """_by_rules as it was before it skipped patterns by `needs`: every regex run on every word."""
    word = syllables._THERE_WHERE.sub(r"\1", word)
    word = syllables._SILENT_E.sub("", word)
    word = syllables._CONSONANT_Y.sub("_", word)
    word = syllables._Y_BEFORE_VOWEL.sub("y.", word)
    count = len(syllables._VOWEL_GROUP.findall(word))
    bare = word.replace("'", "") if "n't" not in word else word
    return count + sum(change * len(pattern.findall(bare)) for pattern, change, _ in syllables._ADJUSTMENTS)


def test_skipped_syllable_rules_are_rules_that_cannot_match():
    words = _rule_words()
    assert len(words) > 5000
    assert [syllables._by_rules(w) for w in words] == [_by_every_rule(w) for w in words]


def test_each_rule_match_holds_what_the_rule_needs():
    matched = 0
    for word in _rule_words():
        for pattern, _, needs in syllables._ADJUSTMENTS:
            for match in pattern.finditer(word):
                assert needs in match.group(), (pattern.pattern, word)
                matched += 1
    assert matched > 3000


CHUNKS = ["(rituximab),", "patients’", "Patients'", "“placebo-controlled”", "-based", "11%", "(HbA1c)", "Lipitor™", "stopⓐ",
          "naïve,", "[COVID\u201119]", "e-cigarettes;", "haemodialysis.", "'s", "don't,", "10-20-30", "x/,"]


@pytest.mark.parametrize("source", ["table", "corpus"])
def test_word_facts_keyed_on_the_bare_word_are_those_of_the_word_as_written(source):
    from laylint.readability.counts import _NON_ALNUM, _NON_LETTERS, LONG_WORD_SYLLABLES, _chunk_facts, is_familiar

    chunks = CHUNKS if source == "table" else corpus_chunks()
    trimmed = 0
    for chunk in chunks:
        count = syllables.count_syllables(chunk)
        plain = (count, 0 if is_familiar(chunk) else 1, len(_NON_LETTERS.sub("", chunk)), len(_NON_ALNUM.sub("", chunk)),
                 trim(chunk) if count >= LONG_WORD_SYLLABLES else None)
        assert _chunk_facts(chunk) == plain, chunk
        trimmed += trim(chunk) != chunk
    assert trimmed >= 10
