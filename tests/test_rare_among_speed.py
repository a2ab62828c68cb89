"""rare_among judges a word of ASCII letters by one table lookup (_plain_common) before word_zipf (issue #19): the
shortcut may only ever say "common" where word_zipf says so, on a table of words and on every corpus word."""

import json
import re
from pathlib import Path

import pytest

from laylint.jargon import frequency

CORPUS = Path(__file__).parent / "data" / "corpus" / "cochrane-devaraj2021.jsonl"
SETTINGS = [(3, 2.75), (3, 3.5), (2, 4.5), (4, 2.0), (1, 8.0)]


def _common(word: str, min_letters: int, max_zipf: float) -> bool:
    score = frequency.word_zipf(word, min_letters, max_zipf)
    return score is None or score >= max_zipf


# words a summary uses, from several fields: common, rare, capitalised, short, hyphenated, with an apostrophe
WORDS = ["the", "Patients", "placebo", "statins", "angioplasty", "chemotherapy", "Rituximab", "antiretroviral",
         "HIV", "antidepressants", "CBT", "bronchiolitis", "neonates", "varenicline", "nicotine", "dialysis",
         "haemodialysis", "eGFR", "is", "an", "Ox", "follow-up", "Crohn's", "hospitalised", "inhalers", "naïve",
         "COVID-19", "xqzvbrrt", "Stopping", "smokers", "glomerulonephritis", "anxiety", "ADHD", "paediatric"]


@pytest.mark.parametrize("setting", SETTINGS)
@pytest.mark.parametrize("word", WORDS)
def test_the_shortcut_says_common_only_where_word_zipf_does(word, setting):
    min_letters, max_zipf = setting
    if frequency._plain_common(word, min_letters, max_zipf, frequency._buckets()):
        assert _common(word, min_letters, max_zipf)


def test_the_shortcut_takes_most_plain_words_and_leaves_the_rest_to_word_zipf():
    table = frequency._buckets()
    taken = [w for w in WORDS if frequency._plain_common(w, 3, 2.75, table)]
    assert {"the", "Patients", "placebo", "is", "an", "Ox", "Stopping", "anxiety"} <= set(taken)
    assert not {"follow-up", "Crohn's", "naïve", "COVID-19", "angioplasty", "varenicline", "xqzvbrrt"} & set(taken)


@pytest.mark.parametrize("setting", SETTINGS[:3])
def test_the_shortcut_agrees_with_word_zipf_on_every_corpus_word(setting):
    min_letters, max_zipf = setting
    found = set()
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        found |= set(re.findall(r"[^\W\d_]+", json.loads(line)["summary"]))
    table = frequency._buckets()
    taken = [w for w in found if frequency._plain_common(w, min_letters, max_zipf, table)]
    assert len(taken) > 2000  # (at max_zipf 4.5 fewer words are common: ~2,350)
    assert [w for w in taken if not _common(w, min_letters, max_zipf)] == []
