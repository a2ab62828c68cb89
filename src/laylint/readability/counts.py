"""Words, sentences, syllables and letters of a document, per sentence, from the shared analysis.

Sentences are the analysis's sentences: every heading, list item and table cell is a sentence of
its own, and front matter, code, HTML comments and link targets are not prose at all. Words are the
ones readability formulas count (`laylint.text.counted_words`: "11%", "anti-CD20", "isn't" are one
word each; bare URLs and e-mail addresses are not words).
"""

from __future__ import annotations

import operator
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from laylint.readability.syllables import count_syllables
from laylint.text import bases, fold, hyphen_parts, trim
from laylint.text.words import chunks, is_counted

_NON_LETTERS = re.compile(r"[\W\d_]+")
_NON_ALNUM = re.compile(r"[\W_]+")
_NUMBER = re.compile(r"^[\d.,%]+$")
LONG_WORD_SYLLABLES = 3  # "polysyllables" in SMOG, long words in the hard-sentence reason


class Counts(NamedTuple):
    words: int = 0
    sentences: int = 0
    syllables: int = 0
    polysyllables: int = 0  # words of 3+ syllables
    letters: int = 0  # Coleman-Liau
    characters: int = 0  # letters and digits (ARI)
    unfamiliar: int = 0  # words not on the Dale-Chall list of familiar words

    def __add__(self, other: Counts) -> Counts:  # field by field, not tuple concatenation
        return Counts(*map(operator.add, self, other))

    def __sub__(self, other: Counts) -> Counts:
        return Counts(*map(operator.sub, self, other))


@dataclass
class SentenceCounts:
    sentence: object  # laylint.analysis.Sentence
    counts: Counts
    long_words: list[str] = field(default_factory=list)


@dataclass
class DocumentCounts:
    sentences: list[SentenceCounts]
    total: Counts


@lru_cache(maxsize=131072)
def _facts(word: str) -> tuple[int, bool]:
    """(syllables, familiar) of a word: one cache lookup a word."""
    return count_syllables(word), is_familiar(word)


@lru_cache(maxsize=131072)
def _chunk_facts(word: str) -> tuple[int, int, int, int, str | None]:
    """(syllables, 1 if unfamiliar else 0, letters, letters and digits, the word trimmed when long) of a
    counted word: all add up word by word, so one cache lookup a word gives all a sentence needs."""
    if word.isascii() and not (word[:1].isalnum() and word[-1:].isalnum()):  # (a word's edges: trim has nothing to cut)
        bare = trim(word)  # ASCII punctuation around a word changes none of these: "(rituximab)," is "rituximab"
        if bare != word:
            return _chunk_facts(bare)
    count, familiar = _facts(word)
    if word.isalpha():  # all letters (most words): nothing for either pattern to remove, nor for trim
        letters = characters = len(word)
        bare = word
    else:
        letters, characters, bare = len(_NON_LETTERS.sub("", word)), len(_NON_ALNUM.sub("", word)), trim(word)
    return count, 0 if familiar else 1, letters, characters, bare if count >= LONG_WORD_SYLLABLES else None


@lru_cache(maxsize=131072)
def _counted_facts(chunk: str) -> tuple[int, int, int, int, str | None] | None:
    """_chunk_facts of a blank-separated chunk, or None when readability does not count it (no letter or
    digit, or an address): both answers in one cache lookup a chunk. A chunk of letters only (most) is
    counted: it holds a letter, and no ":", "." or "@" to start an address with."""
    return _chunk_facts(chunk) if chunk.isalpha() or is_counted(chunk) else None


def count_text(text: str, sentences: int = 1) -> tuple[Counts, list[str]]:
    """Counts of one sentence (or of a text taken as `sentences` sentences) and its long words: the
    counted words' facts summed column by column (the same as `counted_words` and a loop over its words;
    tests/test_speed_equivalence.py)."""
    facts = list(filter(None, map(_counted_facts, chunks(text))))  # (a chunk's facts are a non-empty tuple)
    if not facts:
        return Counts(), []
    syllables, unfamiliar, letters, characters, long_words = zip(*facts)
    long_words = list(filter(None, long_words))  # (a long word is never "")
    return Counts(len(facts), sentences, sum(syllables), len(long_words), sum(letters), sum(characters),
                  sum(unfamiliar)), long_words


def document_counts(analysis) -> DocumentCounts:
    """Per-sentence and total counts, computed once per document."""
    return analysis.memo("readability", lambda: _build(analysis))


def _build(analysis) -> DocumentCounts:
    per_sentence = []
    for sentence in analysis.sentences:
        counts, long_words = count_text(sentence.text)
        if counts.words:
            per_sentence.append(SentenceCounts(sentence, counts, long_words))
    # summed once, column by column (the same integers as adding sentence by sentence)
    total = Counts(*map(sum, zip(*(item.counts for item in per_sentence)))) if per_sentence else Counts()
    return DocumentCounts(per_sentence, total)


# -- Dale-Chall familiar words ------------------------------------------------------------

@lru_cache(maxsize=1)
def familiar_words() -> frozenset[str]:
    text = resources.files(__package__).joinpath("dale_chall_easy_words.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip())


@lru_cache(maxsize=65536)
def is_familiar(word: str) -> bool:
    """On the Dale-Chall list, or a regular inflection of a listed word (as Dale and Chall count
    them), or a number. A hyphenated word is familiar when all its parts are."""
    bare = fold(word).lower()
    # a word with a letter or digit at each end has no punctuation around it to trim (\w is those and "_")
    return _familiar(bare if bare[:1].isalnum() and bare[-1:].isalnum() else trim(bare))


@lru_cache(maxsize=65536)  # keyed on the bare word: "Patients," and "patients" are one entry
def _familiar(bare: str) -> bool:
    if not bare or _NUMBER.match(bare):
        return True
    parts = [p for p in hyphen_parts(bare) if p] if not bare.isalpha() else None  # letters only: one part
    if parts and len(parts) > 1:
        return all(is_familiar(part) for part in parts)
    listed = familiar_words()
    if bare in listed:
        return True
    if bare.endswith("'s"):
        return is_familiar(bare[:-2])
    return not listed.isdisjoint(bases(bare))
