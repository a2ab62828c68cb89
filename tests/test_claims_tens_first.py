"""The number words with their tens written once (claims.patterns.tens_first) match exactly what the plain trie
matches, wherever a match starts and whatever must follow it (issue #19: the patterns holding a number compile in
about half the time). Compared at every place of texts built from every number word and the ways they are joined."""

import itertools
import re

import pytest

from laylint.claims import patterns as figure_patterns
from laylint.claims.vocabulary import vocabulary
from laylint.text import alternation, alternation_shared_tails
from lint_support import summary_analysis


@pytest.fixture(scope="module")
def words():
    return figure_patterns._number_words(vocabulary(summary_analysis("One figure: 12%.")))


# What may follow a number word in a pattern: a word boundary, a unit, "hundred", a percent sign, another number
CONTEXTS = [r"\b", r"\b\s+hundred\b", r"\s?%", r"[\s-]+(?:{x})\b", r"\s+(?:people|years)\b", r"(?:ty|teen)?\b", ""]


def _texts(words):
    """Each number word alone and after each other one, joined as writers join them, in three cases, with tails
    that make a pattern backtrack ("sixtyfold", "seventeen", "twenty  -  one")."""
    singles = sorted(words)
    heads = [w for w in singles if " " not in w and "-" not in w]
    texts = [f"{w} {tail}" for w in singles for tail in ("hundred", "%", "people", "fold", "")]
    texts += [f"{a}{join}{b}" for a, b in itertools.product(heads, heads) for join in (" ", "-", "  -  ", "")]
    return [variant for text in texts for variant in (text, text.upper(), text.title())]


def _spans(pattern, text):
    return [(at, match and match.span()) for at in range(len(text)) for match in [pattern.match(text, at)]]


@pytest.mark.parametrize("space", [r"\s+", r"[\s-]+"])
@pytest.mark.parametrize("context", CONTEXTS)
def test_tens_first_matches_what_the_plain_trie_matches(words, space, context):
    if space == r"[\s-]+":  # as _hundreds gives it: the hyphenated compounds dropped, "[\s-]+" joins them
        words = {w: v for w, v in words.items() if 1 <= v <= 99 and not ("-" in w and w.replace("-", " ") in words)}
    plain_alternation = alternation(words, space)
    tail = context.format(x=plain_alternation)
    plain = re.compile(rf"\b(?:{plain_alternation}){tail}", re.I)
    cheap = re.compile(rf"\b(?:{figure_patterns.tens_first(words, space)}){tail}", re.I)
    texts = _texts(words)
    assert len(texts) > 10_000
    for text in texts:
        assert _spans(cheap, text) == _spans(plain, text), text


def test_tens_first_writes_the_units_once(words):
    cheap = figure_patterns.tens_first(words)
    units = "t(?:hree|wo)"  # the units' trie ends so: once after all the tens, not once under each of the eight
    assert cheap.count(units) == 1 and alternation_shared_tails(words).count(units) == 8
    assert len(cheap) < len(alternation_shared_tails(words)) * 0.6


@pytest.mark.parametrize("extra", [
    {"twentyfold": 20.5},  # a word that starts with a ten: the trie tries it before "twenty"
    {"eightyish": 80.5},
])
def test_a_word_list_of_another_shape_keeps_the_plain_trie(words, extra):
    odd = {**words, **extra}
    assert figure_patterns.tens_first(odd) == alternation_shared_tails(odd)


def test_without_compounds_the_plain_trie_is_kept():
    few = {"one": 1.0, "two": 2.0, "twenty": 20.0, "thirty": 30.0}  # no "twenty one": nothing to write once
    assert figure_patterns.tens_first(few) == alternation_shared_tails(few)


def test_a_missing_compound_keeps_the_plain_trie(words):
    gappy = {w: v for w, v in words.items() if w not in ("forty seven", "forty-seven")}
    assert figure_patterns.tens_first(gappy) == alternation_shared_tails(gappy)
