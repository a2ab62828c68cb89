"""The numbers an abstract states, for checking a summary against facts drafted from it.

A draft misses counts (per-comparison counts are the drafter's least reliable part), so a count the drafted
facts lack is no evidence of an error. The abstract's text does not miss them: a summary written from an
abstract takes its counts of studies and people from it, so a count that no number of the abstract matches
(within the rounding its qualifier allows: "about 2,000" for 1,953, "more than 100,000" for 107,698) is not
from the abstract. Counts a writer works out (a sum of two arms) are the price: on the labelled sets about 1
correct count in 70 of LLM summaries is such a number, while a count shifted to a wrong value is absent from
the abstract 6 times in 7.
"""

from __future__ import annotations

import re

# digits with their thousands ("27,185", "6 273" after the reading text's thin spaces), or a decimal
_DIGITS = re.compile(r"(?<![\w.])(?<![A-Za-z]-)(\d{1,3}(?:[, ]\d{3})+(?![\d,])|\d+(?:\.\d+)?)(?![\w])")
_WORD = re.compile(r"[A-Za-z]+(?:[-\u2010\u2011][A-Za-z]+)?")
_SLACK = 0.15  # "about", "more than", "at least", "less than", "up to": the writer rounded


def numbers_in(text: str, number_words: dict[str, float]) -> frozenset[float]:
    """Every number the text states, in digits or in words ("twenty-nine" -> 29)."""
    plain = text.replace("\u202f", " ").replace("\u2009", " ").replace("\u00a0", " ")
    found = {float(re.sub(r"[, ]", "", m.group(1))) for m in _DIGITS.finditer(plain)}
    for match in _WORD.finditer(plain):
        word = re.sub(r"[\u2010\u2011]", "-", match.group().lower())
        if word in number_words:
            found.add(float(number_words[word]))
    return frozenset(found)


def states(numbers: frozenset[float], value: float, qualifier: str = "") -> bool:
    """Does the abstract state this count, within the rounding its qualifier allows? A count is whole: "12.864"
    is 12,864 written with a point for thousands."""
    if value != int(value) and float(round(value * 1000)) in numbers:
        return True
    if not qualifier:
        return value in numbers
    return any(abs(number - value) <= _SLACK * number for number in numbers)


def abstract_numbers(analysis) -> frozenset[float] | None:
    """The numbers of the abstract the document's facts were drafted from (None when they were not)."""
    text = getattr(analysis.metadata, "drafted_text", None)
    if text is None:
        return None
    from laylint.claims.patterns import patterns

    return analysis.memo("claims.abstract-numbers", lambda: numbers_in(text, patterns(analysis).number_words))
