"""How common a word is in general English (wordfreq's Zipf scale), for jargon/rare-word and jargon/density."""

from __future__ import annotations

from functools import lru_cache

from laylint.text import fold, hyphen_parts, singulars


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """Zipf frequency (log10 per billion words) in English; wordfreq's data ships in its package."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


@lru_cache(maxsize=65536)
def word_zipf(word: str, min_letters: int, enough: float = 8.0) -> float | None:
    """A hyphenated word scores as its rarest part; parts shorter than min_letters or with digits are skipped.
    A part below `enough` scores as its most common spelling or singular ("hospitalised" as "hospitalized",
    "inhalers" as "inhaler"); above it the exact score does not matter and the bases are not looked up."""
    lowered = fold(word).lower().removesuffix("'s")
    parts = [p for p in hyphen_parts(lowered) if len(p) >= min_letters and p.isalpha()]
    if not parts:
        return None
    return min(_part_zipf(part, enough) for part in parts)


def _part_zipf(part: str, enough: float) -> float:
    score = zipf(part)
    return score if score >= enough else max(zipf(form) for form in singulars(part))
