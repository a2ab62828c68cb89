"""jargon.frequency reads wordfreq's English list directly for lowercase ASCII words (issue #19): the
score must be wordfreq's own zipf_frequency for every word the corpus summaries use."""

import json
import re
from pathlib import Path

import pytest
from wordfreq import zipf_frequency

from laylint.jargon import frequency
from laylint.text import bases

CORPUS = Path(__file__).parent / "data" / "corpus" / "cochrane-devaraj2021.jsonl"


def corpus_words() -> set[str]:
    found = set()
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        found |= {w.lower() for w in re.findall(r"[A-Za-z]+", json.loads(line)["summary"])}
    return found


def test_the_fast_path_agrees_with_wordfreq_on_every_corpus_word_and_its_bases():
    words = corpus_words()
    words |= {form for word in words for form in bases(word) if form.isascii() and form.isalpha()}
    assert len(words) > 8000
    differing = [w for w in sorted(words) if frequency.zipf(w) != zipf_frequency(w, "en")]
    assert differing == []


@pytest.mark.parametrize("word", ["the", "placebo", "anaesthesia", "phototherapy", "polysomnography",
                                  "hypersomnia", "xqzvbrrt", "a", "nephrotoxicity", "thrombolysis"])
def test_common_rare_and_unknown_words_score_as_wordfreq_scores_them(word):
    assert frequency.zipf(word) == zipf_frequency(word, "en")


@pytest.mark.parametrize("word", ["café", "naïve", "Placebo", "don't", "covid-19", "h1n1", "ménière's", "a1c",
                                  "2024", "ß", "straße", "über", "Crohn’s", "", "--", "x-ray", "aged 65"])
def test_words_off_the_fast_path_still_score_as_wordfreq_scores_them(word):
    assert frequency.zipf(word) == zipf_frequency(word, "en")


def test_every_corpus_word_as_written_scores_as_wordfreq_scores_it():
    written = set()
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        written |= set(json.loads(line)["summary"].split())
    assert any(not word.isascii() for word in written)
    differing = [w for w in sorted(written) if frequency.zipf(w) != zipf_frequency(w, "en")]
    assert differing == []


def test_unknown_words_score_zero_and_common_words_high():
    assert frequency.zipf("xqzvbrrt") == 0.0
    assert frequency.zipf("the") > 7


# -- the table: common buckets in a dictionary, rarer words by bisecting each rarer bucket (issue #19) ------

def _whole_dictionary(lists):
    """The table as it was built before: every word of every bucket, in one dictionary (a later bucket wins)."""
    table = {}
    for index, words in enumerate(lists):
        table.update(dict.fromkeys(words, index))
    return table


@pytest.fixture(scope="module")
def lists():
    return frequency._buckets()._lists


def test_the_list_is_what_the_table_relies_on_sorted_buckets_and_each_word_once(lists):
    assert all(words == sorted(words) for words in lists)
    assert sum(len(words) for words in lists) == len(_whole_dictionary(lists)) > 300_000


def test_the_table_answers_as_the_whole_dictionary_for_listed_rare_and_unknown_words(lists):
    whole = _whole_dictionary(lists)
    table = frequency.Table(lists, whole_after=10**9)  # never switches to the whole dictionary
    asked = sorted(whole)[::40] + sorted(corpus_words())[::3]
    asked += ["xqzvbrrt", "abscesse", "toothbrushe", "", "zzzzzzzzzz", "aaaaa", "haemodialysi", "Placebo"]
    assert [table.get(word) for word in asked] == [whole.get(word) for word in asked]
    assert 0 < table._asked < len(asked)  # common words came from the dictionary, the rest from the buckets
    assert not table._whole


def test_past_its_limit_the_table_becomes_the_whole_dictionary(lists):
    whole = _whole_dictionary(lists)
    table = frequency.Table(lists, whole_after=3)
    rare = ["nephrotoxicity", "polysomnography", "xqzvbrrt", "thrombolysis", "hypersomnia", "the"]
    assert [table.get(word) for word in rare] == [whole.get(word) for word in rare]
    assert table._whole and len(table._table) == len(whole)


# -- lowercase Latin-1 and Greek words ("naïve", "βhcg") skip wordfreq's tokenizer: the same score as through it --------

def _latin_words() -> list[str]:
    """Every Latin-1 letter and Greek small letter in a few word shapes, and the corpus's accented words."""
    letters = [chr(c) for c in [*range(0xC0, 0x100), *range(0x3B1, 0x3CA)] if chr(c).isalpha()]
    made = [shape.format(c) for c in letters for shape in ("{}", "na{}ve", "{}tude", "men{}re", "{0}{0}a")]
    written = set()
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        written |= {w.lower() for w in re.findall(r"[^\W\d_]+", json.loads(line)["summary"]) if not w.isascii()}
    return made + sorted(written)


def test_latin_one_and_greek_words_take_the_fast_path_and_score_as_through_the_tokenizer():
    from wordfreq.tokens import lossy_tokenize

    fast = [w for w in _latin_words() if frequency._ONE_TOKEN.fullmatch(w)]
    assert len(fast) > 150 and "naïve" in fast
    assert [w for w in fast if lossy_tokenize(w, "en") != [w]] == []  # one token, itself: the fast path's premise
    frequency.zipf.cache_clear()
    assert [w for w in fast if frequency.zipf(w) != frequency._tokens_zipf(lossy_tokenize(w, "en"))] == []
    assert [w for w in fast if frequency.zipf(w) != zipf_frequency(w, "en")] == []


@pytest.mark.parametrize("word", ["\u00aa", "\u00ba", "\u00b5g", "stra\u00dfe\u00b5", "caf\u00e9\u2019s", "\u0153dema",
                                  "\u017fick", "na\u0131ve", "cafe\u0301", "\u00c9tude",
                                  "\u00dfa", "hbs\u03c2", "\u0391\u03b2"])
def test_letters_nfkc_changes_stay_off_the_fast_path(word):
    """ª, º, µ, ſ, ß, ς, capitals and others change under wordfreq's normalisation: scored through its tokenizer."""
    assert not frequency._ONE_TOKEN.fullmatch(word)
    frequency.zipf.cache_clear()
    assert frequency.zipf(word) == zipf_frequency(word, "en")
