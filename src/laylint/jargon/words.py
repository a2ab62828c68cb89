"""Words of the prose, their frequency in general English (wordfreq), and the metadata names exempt in it."""

from __future__ import annotations

import re
from functools import lru_cache

WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*(?:[-\u2010\u2011][^\W_]+)*")
_HYPHEN = re.compile(r"[-\u2010\u2011]")
# web addresses and e-mail addresses written out in the prose: their parts are not words
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)*\.(?:org|com|net|gov|edu|int|uk|au|ca|de|nl|io)\b\S*", re.I)


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """Zipf frequency (log10 per billion words) in English; wordfreq's data ships in its package."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


@lru_cache(maxsize=65536)
def word_zipf(word: str, min_letters: int, enough: float = 8.0) -> float | None:
    """A hyphenated word scores as its rarest part; parts shorter than min_letters or with digits are skipped.
    A part below `enough` scores as its most common spelling or singular ("hospitalised" as "hospitalized",
    "inhalers" as "inhaler"); above it the exact score does not matter and the variants are not looked up."""
    lowered = word.lower().replace("\u2019", "'").removesuffix("'s")
    parts = [p for p in _HYPHEN.split(lowered) if len(p) >= min_letters and p.isalpha()]
    if not parts:
        return None
    return min(_part_zipf(part, enough) for part in parts)


def _part_zipf(part: str, enough: float) -> float:
    score = zipf(part)
    return score if score >= enough else max(zipf(form) for form in _variants(part))


def _variants(part: str) -> set[str]:
    from laylint.jargon.forms import spellings

    singulars = {part}
    if part.endswith("ies"):
        singulars.add(part[:-3] + "y")
    elif part.endswith("es"):
        singulars |= {part[:-2], part[:-1]}
    elif part.endswith("s") and not part.endswith("ss"):
        singulars.add(part[:-1])
    return {spelling for singular in singulars for spelling in spellings(singular)}


def words(text: str):
    """(start, end, word) for every word of the prose."""
    return [(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]


def address_spans(text: str) -> list[tuple[int, int]]:
    """Web and e-mail addresses in the prose."""
    return [(m.start(), m.end()) for m in _ADDRESS.finditer(text)] if "." in text else []


def name_spans(text: str, metadata) -> list[tuple[int, int]]:
    """Where the drugs and outcomes declared in the metadata (or their aliases) appear, in any of their forms."""
    from laylint.jargon.forms import expand

    if metadata is None:
        return []
    names = set()
    for mapping in (metadata.drugs, metadata.outcomes):
        for name, aliases in mapping.items():
            for written in [name, *aliases]:
                names |= expand(written) if written.strip() else set()
    if not names:
        return []
    alternatives = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(names, key=len, reverse=True))
    pattern = re.compile(rf"(?<![^\W_])(?:{alternatives})(?:'s|\u2019s)?(?![^\W_])", re.I)
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def split_parts(word: str) -> list[str]:
    return _HYPHEN.split(word)
