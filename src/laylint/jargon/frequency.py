"""How common a word is in general English (wordfreq's Zipf scale), for jargon/rare-word and jargon/density."""

from __future__ import annotations

import re
from functools import lru_cache

from laylint.text import bases, fold, hyphen_parts


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """Zipf frequency (log10 per billion words) in English; wordfreq's data ships in its package."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


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
        tail_score = max([zipf(form) for form in bases(tail) if len(form) >= 4] or [0.0])
        if zipf(head) >= _COMMON and tail_score >= _COMMON:
            scores.append(min(zipf(head), tail_score))
            break
    for prefix in _PREFIXES:
        rest = part[len(prefix):].lstrip("-")
        if part.startswith(prefix) and len(rest) >= 4:
            common = max(zipf(form) for form in bases(rest))
            if common >= _COMMON:
                scores.append(common)
    return max(scores)
