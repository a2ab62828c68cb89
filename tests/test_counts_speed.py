"""Readability counts' shortcuts (issue #19) give what the computations they replace give: chunks split on
blanks by str.split when the text has no en or em dash, and a document's total summed once, column by column."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from laylint import config as configuration
from laylint.api import _ruleset
from laylint.pipeline import Setup, lint
from laylint.pipeline.reading import Input
from laylint.readability.counts import Counts, count_text, document_counts
from laylint.ruleset import resolve_rules
from laylint.text.words import chunks

CORPUS = Path(__file__).parent / "data" / "corpus" / "cochrane-devaraj2021.jsonl"
_CHUNK = re.compile(r"[^\s\u2013\u2014]+")  # chunks as they were found: one regex for every text

# Written for these tests, across fields, with the blanks and dashes summaries hold
TEXTS = [
    "Children with asthma used inhalers (budesonide,\u00a0formoterol) for 12\u2009weeks.",
    "Smokers who got varenicline\u2014a tablet\u2014quit more often than those on placebo.",
    "In kidney disease, 3\u20135 sessions a week of haemodialysis\ttook 4 hours each.\r\n",
    "Women with breast cancer: 58% took tamoxifen;\u3000the rest took anastrozole.",
    "Teenagers with depression talked with a therapist \u2013 weekly \u2013 for six months.",
    "Babies born before 37 weeks\u2028got surfactant\u2029soon after birth\x1c(one study).",
    "   Adults with HIV\u0085took dolutegravir\u000b once a day.   ",
    "",
    "   ",
]


def test_every_blank_of_the_pattern_is_a_blank_of_str_split():
    """What makes str.split safe: \\s matches exactly the characters str.isspace calls blank."""
    blank = re.compile(r"\s")
    assert [c for c in map(chr, range(0x110000)) if bool(blank.match(c)) != c.isspace()] == []


@pytest.mark.parametrize("text", TEXTS)
def test_chunks_are_those_of_the_pattern(text):
    assert chunks(text) == _CHUNK.findall(text)


def test_chunks_of_the_corpus_are_those_of_the_pattern():
    with CORPUS.open(encoding="utf-8") as lines:
        summaries = [json.loads(line)["summary"] for line in lines]
    assert sum("\u2013" in s or "\u2014" in s for s in summaries) >= 5  # both ways are taken
    assert all(chunks(summary) == _CHUNK.findall(summary) for summary in summaries)


def _analysis(text: str):
    ruleset = _ruleset(())
    setup = Setup(resolve_rules(configuration.Config(), ruleset, ["all"], None), ruleset, None)
    data = text.encode()
    return lint(Input("s.md", data, len(data), None, None), setup, run_checks=False).analysis


@pytest.mark.parametrize("text", ["# Title\n\n" + "\n\n".join(TEXTS), "# Only a title\n", ""])
def test_the_total_is_the_sum_sentence_by_sentence(text):
    counts = document_counts(_analysis(text))
    total = Counts()
    for sentence in counts.sentences:
        assert sentence.counts == count_text(sentence.sentence.text)[0]
        total = total + sentence.counts
    assert counts.total == total
    assert (counts.total.words > 0) == bool(text.strip())


def _syllables_part_by_part(word: str) -> int:
    """count_syllables as it was for every word: split into parts, each part's letters counted."""
    from laylint.readability import syllables

    return max(1, sum(syllables._count_part(part) for part in syllables._PARTS.split(word.lower()) if part))


@pytest.mark.parametrize("word", ["rituximab", "Haemodialysis", "VARENICLINE", "likely", "therefore", "people",
                                  "dying", "myocardial", "area", "isn't", "patients'", "anti-CD20", "11%", "naïve",
                                  "e-cigarettes", "and/or", "x", "aren't", "technique", "controlled"])
def test_syllables_of_plain_words_are_those_part_by_part(word):
    from laylint.readability.syllables import count_syllables

    assert count_syllables(word) == _syllables_part_by_part(word)


def test_syllables_of_every_corpus_chunk_are_those_part_by_part():
    from laylint.readability.syllables import count_syllables

    with CORPUS.open(encoding="utf-8") as lines:
        words = {chunk for line in lines for chunk in chunks(json.loads(line)["summary"])}
    assert len(words) > 10_000
    assert [w for w in sorted(words) if count_syllables(w) != _syllables_part_by_part(w)] == []
