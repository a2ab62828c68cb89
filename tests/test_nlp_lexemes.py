"""The word attributes spaCy computes for each new word, through laylint's faster getters (issue #19),
equal spaCy's own getters' values: on every word of the Devaraj summaries, on tricky medical strings and
on every character of Unicode's Basic Multilingual Plane."""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path

import pytest

from laylint import nlp

CORPUS = Path(__file__).parent / "data" / "corpus" / "cochrane-devaraj2021.jsonl"
TRICKY = ["95%CI", "RR0.73", "≥24", "COVID-19", "10⁻³", "e.g.", "(n=291)", "Twenty-one", "twenty", "Third",
          "3rd", "21st", "1/2", "+5", "±0.3", "1,093", "12.5", "“", "”", "''", "``", "«", "‹", "❮", "(", "]",
          "İstanbul", "ﬁrst", "Ⅻ", "²", "٣", "一", "ǅ", "THIRTY", "n't", "’s", "ca.", "www.cochrane.org",
          "a@b.org", "HbA1c", "mmol/L", "£", "$5", "http://x.org", "AB", "Ab", "aB", "ABCDEFG", "Abcdefg", "12345",
          "x" * 120, "Abc1", "Ab-c", "μg", "x", "eleventh", "11th", "Ninth", "nineth", "ſ", "K", "ß", "ΣΑΣ"]


def _words() -> list[str]:
    import spacy

    reference = spacy.blank("en")
    words = set(TRICKY)
    for line in CORPUS.open(encoding="utf-8"):
        words.update(token.text for token in reference.make_doc(json.loads(line)["summary"]))
    return sorted(words)


@pytest.fixture(scope="module")
def getters():
    """(attribute, spaCy's getter, ours) for each getter laylint replaced."""
    import spacy

    fresh, _ = nlp._build(nlp.BLANK)
    theirs = spacy.blank("en").vocab.lex_attr_getters
    ours = fresh.vocab.lex_attr_getters
    assert ours.keys() == theirs.keys()
    return [(attribute, theirs[attribute], ours[attribute]) for attribute in theirs  # partials: made per vocab
            if ours[attribute] is not theirs[attribute] and not isinstance(ours[attribute], functools.partial)]


def test_twenty_getters_are_replaced(getters):
    assert len(getters) == 20


def test_the_faster_getters_give_spacys_values_on_real_words(getters):
    words = _words()
    assert len(words) > 9000
    for attribute, theirs, ours in getters:
        different = [word for word in words if ours(word) != theirs(word)]
        assert different == [], attribute


def test_the_faster_getters_give_spacys_values_on_every_character_of_the_bmp(getters):
    characters = [chr(code) for code in range(0x10000) if not 0xD800 <= code <= 0xDFFF]
    for attribute, theirs, ours in getters:
        different = [c for c in characters if ours(c) != theirs(c)]
        assert different == [], attribute


def test_a_word_of_letters_never_holds_a_digit_even_lowercased():
    """Why like_num may answer a letters-only word from the number words alone."""
    letters = [chr(code) for code in range(sys.maxunicode + 1) if chr(code).isalpha()]
    assert [c for c in letters if c.isdigit() or any(x.isdigit() or x in ",./+-±~" for x in c.lower())] == []


def test_a_pipeline_built_twice_keeps_the_faster_getters():
    first, _ = nlp._build(nlp.BLANK)
    second, _ = nlp._build(nlp.BLANK)
    assert first.vocab.lex_attr_getters.keys() == second.vocab.lex_attr_getters.keys()
    assert first.vocab.lex_attr_getters is not second.vocab.lex_attr_getters
