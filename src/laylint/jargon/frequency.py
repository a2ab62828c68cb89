"""How common a word is in general English (wordfreq's Zipf scale), for jargon/rare-word and jargon/density."""

from __future__ import annotations

import bisect
import math
import os
import re
from functools import lru_cache
from itertools import repeat

from laylint.text import bases, fold, hyphen_parts


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """Zipf frequency (log10 per billion words) in English; wordfreq's data ships in its package.
    A lowercase ASCII word is one token to wordfreq, so its score is its bucket's in wordfreq's own
    list (a dict lookup, and no import of wordfreq); anything else is split by wordfreq's tokenizer and
    scored from the same list as wordfreq scores it (its own copy of the list would cost 30 MB more)."""
    # "naïve", "ménière" too: wordfreq's tokenizer leaves them whole, and importing it cost ~0.1 s of a run
    if word.isascii() and word.isalpha() and word.islower() or _ONE_TOKEN.fullmatch(word):
        bucket = _buckets().get(word)
        return _NOT_LISTED if bucket is None else _bucket_zipf(bucket)
    from wordfreq.tokens import lossy_tokenize

    return _tokens_zipf(lossy_tokenize(word, "en"))


# Lowercase words of Latin-1 and Greek letters ("βhcg"): one token each, unchanged, to wordfreq for English. Not
# ª, º, µ (NFKC changes them), ß (case-folded to "ss") nor the final sigma (folded to σ).
_ONE_TOKEN = re.compile("[a-z\u00e0-\u00f6\u00f8-\u00ff\u03b1-\u03c1\u03c3-\u03c9]+")

_MINIMUM = 10 ** 0.0 / 1e9  # wordfreq's zipf_to_freq(0): what zipf_frequency gives a word it does not list


def _rounded_zipf(frequency: float) -> float:
    """wordfreq's word_frequency rounding (three significant digits), then zipf_frequency's."""
    leading_zeroes = math.floor(-math.log(frequency, 10))
    return round(math.log(round(frequency, leading_zeroes + 3), 10) + 9, 2)


_NOT_LISTED = round(math.log(_MINIMUM, 10) + 9, 2)


def _tokens_zipf(tokens: list[str]) -> float:
    """wordfreq's _word_frequency arithmetic for English, on the list `_buckets` read."""
    from wordfreq.numbers import digit_freq, smash_numbers

    table, one_over = _buckets(), 0.0
    if not tokens:
        return _NOT_LISTED
    for token in tokens:
        smashed = smash_numbers(token)
        bucket = table.get(smashed)
        if bucket is None:
            return _NOT_LISTED
        frequency = 10 ** (-bucket / 100)
        if smashed != token:
            frequency *= digit_freq(token)
        one_over += 1.0 / frequency
    return _rounded_zipf(max(1.0 / one_over, _MINIMUM))


@lru_cache(maxsize=1)
def _buckets() -> "Table":
    """word -> index of its centibel bucket in wordfreq's English list ("large", as its "best")."""
    import importlib.util
    import zlib

    import msgpack  # wordfreq's own dependency, for its own data format

    folder = importlib.util.find_spec("wordfreq").submodule_search_locations[0]
    with open(os.path.join(folder, "data", "large_en.msgpack.gz"), "rb") as packed:
        data = msgpack.unpackb(zlib.decompress(packed.read(), 16 + zlib.MAX_WBITS), raw=False)
    header, buckets = data[0], data[1:]
    if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
        raise ValueError("wordfreq's English list is not in the format laylint reads")
    return Table(buckets)


COMMON_BUCKETS = 600  # Zipf 3.0 and above: ~29,000 of the list's ~321,000 words, most of the words a text asks about
WHOLE_AFTER = 256  # words asked for beyond the common ones before the whole dictionary pays for itself


class Table:
    """wordfreq's English list (its cB format: a list per centibel bucket, each sorted alphabetically, a
    word in one bucket only): word -> bucket index. A dictionary of all ~321,000 words cost ~55 ms of
    each cold start, to answer the ~200 words of one summary; so the common buckets are a dictionary
    and a rarer word is found by bisecting each rarer bucket, until WHOLE_AFTER such words make the
    whole dictionary cheaper. Answers are the whole dictionary's (tests/test_frequency_fast_path.py)."""

    def __init__(self, buckets: list[list[str]], common: int = COMMON_BUCKETS, whole_after: int = WHOLE_AFTER):
        self._lists, self._common_count, self._whole_after, self._asked = buckets, common, whole_after, 0
        self._table: dict[str, int] = {}
        for index, words in enumerate(buckets[:common]):
            self._table.update(zip(words, repeat(index)))  # (no dict per bucket to merge: ~30% quicker)
        self._whole = common >= len(buckets)

    def get(self, word: str) -> int | None:
        found = self._table.get(word)
        if found is not None or self._whole:
            return found
        self._asked += 1
        if self._asked > self._whole_after:
            for index in range(self._common_count, len(self._lists)):
                self._table.update(zip(self._lists[index], repeat(index)))
            self._whole = True
            return self._table.get(word)
        for index in range(self._common_count, len(self._lists)):
            words = self._lists[index]
            at = bisect.bisect_left(words, word)
            if at < len(words) and words[at] == word:
                return index
        return None


@lru_cache(maxsize=1024)
def _bucket_zipf(bucket: int) -> float:
    """wordfreq's zipf_frequency for a word in this bucket, computed as wordfreq computes it: the frequency 10^(-bucket/100), rounded to
    three significant digits (word_frequency), then to the hundredth on the Zipf scale."""
    return _rounded_zipf(1.0 / (1.0 / 10 ** (-bucket / 100)))  # as wordfreq combines a word's tokens (here one)


@lru_cache(maxsize=65536)
def word_zipf(word: str, min_letters: int, enough: float = 8.0) -> float | None:
    """A hyphenated word scores as its rarest part; parts shorter than min_letters or with digits are skipped.
    A part below `enough` scores as its most common spelling or base word ("hospitalised" as "hospitalized",
    "inhalers" as "inhaler", "refilling" as "refill", "trialed" as "trial"); above it the exact score does not
    matter and the bases are not looked up."""
    lowered = fold(word).lower().removesuffix("'s")
    parts = [p for p in hyphen_parts(lowered) if len(p) >= min_letters and p.isalpha()]
    if not parts:
        return None
    return min(_part_zipf(part, enough) for part in parts)


def rare_among(words: set[str], min_letters: int, max_zipf: float) -> set[str]:
    """The words of `words` that word_zipf scores below max_zipf: {w for w in words if word_zipf(w, min_letters,
    max_zipf) is not None and < max_zipf}. A word is judged once per process and remembered in one of two sets,
    so a summary's words are sorted by set operations, not by a cached call per word (issue #19)."""
    common, rare = _JUDGED.setdefault((min_letters, max_zipf), (set(), set()))
    unknown = words - common - rare
    if unknown:
        if len(common) + len(rare) + len(unknown) > _JUDGED_MAX:  # a flood of made-up words: start again
            common.clear()
            rare.clear()
            unknown = words
        table = _buckets()
        for word in unknown:
            if _plain_common(word, min_letters, max_zipf, table):
                common.add(word)
                continue
            score = word_zipf(word, min_letters, max_zipf)
            (rare if score is not None and score < max_zipf else common).add(word)
    return words & rare


def _plain_common(word: str, min_letters: int, max_zipf: float, table: "Table") -> bool:
    """word_zipf's answer "common" (None, or at least max_zipf) for a word of ASCII letters only, without its
    folding, splitting and caches: most words of a summary, judged once each (issue #19). False when unsure."""
    if not (word.isascii() and word.isalpha()):
        return False  # a hyphen, an apostrophe, a digit or a non-ASCII letter: word_zipf decides
    if len(word) < min_letters:
        return True  # no part long enough: word_zipf gives None
    bucket = table.get(word.lower())
    return bucket is not None and _bucket_zipf(bucket) >= max_zipf


_JUDGED: dict[tuple[int, float], tuple[set[str], set[str]]] = {}
_JUDGED_MAX = 200_000  # words remembered per setting (the 891 summaries use ~9,300)


# A word built from a common word by a transparent prefix or suffix reads as easily as that word:
# "unblocking" (blocking), "misaligned" (aligned), "readmitted" (admitted), "disengagement" (engagement),
# "breathlessness" (breathless); so does a compound of two common words ("handwashing").
_PREFIXES = ("un", "re", "dis", "non", "pre", "mis", "over", "under", "self", "co")
_COMMON = 3.5  # the word left after a prefix must be at least this common


def _part_zipf(part: str, enough: float) -> float:
    score = zipf(part)
    if score >= enough:
        return score
    score = max(zipf(form) for form in bases(part))
    if score < enough:
        score = max(score, _derived_zipf(part))
    return score


@lru_cache(maxsize=65536)  # pure; asked again of a word's parts under another `enough` (hard-sentence's 3.0)
def _derived_zipf(part: str) -> float:
    scores = [0.0]
    verb = re.sub(r"(?<=al)i[sz](?:e|es|ed|ing|ation|ations)$", "", part)  # "personalize" -> personal,
    if verb != part and len(verb) >= 5:  # "individualising" -> individual (adjectives in -al only: not "randomise")
        scores.append(zipf(verb))
    if part.endswith("ness") and len(part) > 7:
        stem = part[:-4]
        scores += [zipf(form) for form in {stem, stem[:-1] + "y" if stem.endswith("i") else stem}]
    for cut in range(3, len(part) - 3):  # a compound of two common words: "handwashing", "classwork", "bedrails"
        head, tail = part[:cut], part[cut:]
        if zipf(head) < _COMMON:  # a dict lookup: the tail's forms are worked out only after a common head
            continue
        tail_score = max([zipf(form) for form in bases(tail) if len(form) >= 4] or [0.0])
        if tail_score >= _COMMON:
            scores.append(min(zipf(head), tail_score))
            break
    for prefix in _PREFIXES:
        rest = part[len(prefix):].lstrip("-")
        if part.startswith(prefix) and len(rest) >= 4:
            common = max(zipf(form) for form in bases(rest))
            if common >= _COMMON:
                scores.append(common)
    return max(scores)
