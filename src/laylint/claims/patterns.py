"""The regular expressions that find figures, built once per process from the claim-quantities
lexicon (rules/lexicons/claim-quantities.yaml): number words, qualifiers, ratio names, units."""

from __future__ import annotations

import re
from dataclasses import dataclass

from laylint.claims.vocabulary import Vocabulary, vocabulary
from laylint.text import alternation

_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+"
_PERCENT = r"(?:\s?%|\s?％|\s+per\s?cent\b|\s+percent\b)"
_DASH = r"\s*(?:-|–|—|‐|‑|to|and)\s*"


@dataclass
class Patterns:
    number_words: dict[str, float]
    patterns: list  # (form, compiled) in priority order
    after: dict  # context patterns for plain numbers
    before: dict
    anchor: re.Pattern  # where a figure may be: a number in digits or a number word
    prefix: re.Pattern  # qualifiers, "between", "a" just before a number


def _number_words(vocab: Vocabulary) -> dict[str, float]:
    words = dict(vocab.numbers)
    tens = {w: v for w, v in vocab.numbers.items() if v in (20, 30, 40, 50, 60, 70, 80, 90)}
    units = {w: v for w, v in vocab.numbers.items() if 1 <= v <= 9}
    for ten, ten_value in tens.items():
        for unit, unit_value in units.items():
            words[f"{ten}-{unit}"] = words[f"{ten} {unit}"] = ten_value + unit_value
    return words


def build(vocab: Vocabulary) -> Patterns:
    words = _number_words(vocab)
    word_number = r"\b(?:" + alternation(words) + r")\b"
    digits = rf"(?=[\d.])(?<![\w/.])(?<![A-Za-z]-)(?:{_DIGITS})(?![\w]|\.\d)"  # not inside "COVID-19", "v1.2"
    number = rf"(?:{digits}|{word_number})"
    qualifier = rf"(?:\b(?P<qual>{alternation(vocab.qualifiers)})\s+)?"
    fraction_words = alternation(vocab.fractions)
    multiple_words = alternation(vocab.multiples)
    flags = re.IGNORECASE
    months = alternation(vocab.months)
    patterns = [
        ("date", re.compile(rf"\b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b|\b(?:{months})\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?\d{{4}}\b"
                            rf"|\b\d{{1,2}}\s+(?:{months})\s+\d{{4}}\b|\b(?:19|20)\d\d\s*(?:-|–|—|to)\s*(?:(?:19|20)\d\d|\d\d)\b", flags)),
        ("points", re.compile(rf"{qualifier}(?P<n>{number})(?:{_PERCENT})?\s+percentage[\s-]+points?\b", flags)),
        ("ci", re.compile(rf"\b\d+(?:\.\d+)?\s?%\s*(?:CI|confidence\s+intervals?|credible\s+intervals?)\b", flags)),
        ("range", re.compile(rf"{qualifier}(?P<between>\b(?:between|from)\s+)?(?P<lo>{number})(?:{_PERCENT})?"
                             rf"(?P<dash>{_DASH})(?P<hi>{number}){_PERCENT}", flags)),
        ("frequency", re.compile(rf"{qualifier}(?P<a>{number})\s+(?:in|out\s+of|per)\s+(?:every\s+)?(?P<b>{number})", flags)),
        ("ratio", re.compile(rf"(?:\b(?:{alternation(vocab.ratio_names)})\b|\b(?-i:{alternation(vocab.ratio_abbreviations)})\b)"
                             rf"\s*(?:\(\s*[A-Za-z]{{2,3}}\s*\)\s*)?(?:[^\d.;%()]{{0,50}}?\b(?:of|was|is|were|at|=|:)|\s*[=:,]?)\s*{qualifier}(?P<n>{_DIGITS})(?![\w%])", flags)),
        ("relative", re.compile(rf"{qualifier}(?P<n>{number}){_PERCENT}\s+(?P<change>{alternation(vocab.relative_change)})\b", flags)),
        ("multiple", re.compile(rf"{qualifier}(?:(?P<n>{number})\s*-?\s*(?:times(?=\s+(?:as|more|higher|greater|less|lower|the|likelier)\b)|fold\b)"
                                rf"|\bhalf\s+as\s+(?=likely|many|much|often|common)|(?P<mw>\b(?:{multiple_words})\b))", flags)),
        ("percent", re.compile(rf"{qualifier}(?P<n>{number}){_PERCENT}", flags)),
        ("fraction", re.compile(rf"{qualifier}(?:(?P<a>\ba|\ban|{number})[\s-]+)?(?P<f>\b(?:{fraction_words})\b)(?!\s+(?:an?\s+)?(?:hour|mile|minute|day|dose|tablet|pill))", flags)),
        ("span", re.compile(rf"{qualifier}(?P<between>\b(?:between|from)\s+)?(?P<lo>{digits})(?P<dash>{_DASH})(?P<n>{digits})", flags)),
        ("number", re.compile(rf"{qualifier}(?P<n>{digits})", flags)),
    ]
    after = {
        "dose": re.compile(rf"\s*-?\s*(?:{alternation(vocab.dose_units)})(?![\w])", flags),
        "age": re.compile(rf"[\s-]*(?:{alternation(vocab.time_units)})[\s-]+(?:old|of\s+age)\b", flags),
        "duration": re.compile(rf"[\s-]*(?:{alternation(vocab.time_units)})\b", flags),
        "duration_loose": re.compile(rf"(?:\s+[A-Za-z-]+){{1,2}}?\s+(?:{alternation(vocab.time_units)})\b", flags),  # "1.9 fewer migraine days"
        "count": re.compile(rf"(?:\s+[\w-]+){{0,2}}?\s+(?:{alternation(vocab.count_nouns)})\b", flags),
        "schedule": re.compile(rf"\s+(?:times\s+)?(?:{alternation(vocab.schedule_words)})\b", flags),
    }
    before = {
        "age": re.compile(rf"\b(?:{alternation(vocab.age_words)})\s*$", flags),
        "label": re.compile(rf"(?:\b(?:{alternation(vocab.label_words)})\s*$|\bp\s*[<=>≤]\s*$)", flags),
        "age_context": re.compile(r"\bage[sd]?\b[^.;\d]{0,30}$", flags),  # "the average age was around [40] years"
        "person": re.compile(rf"\b(?:{alternation(vocab.count_nouns)})\s+$", flags),
        "ci": re.compile(r"\bCI\s*[:,]?\s*$|confidence\s+intervals?\s*(?:of|was|:)?\s*$", flags),
        "sample": re.compile(r"\b[nN]\s*=\s*$"),
    }
    anchor = re.compile(rf"\.?\d[\d,.]*|\b(?:{alternation(list(words) + list(vocab.fractions) + list(vocab.multiples))})\b", flags)
    prefix = re.compile(rf"(?<![\w-])(?:{alternation(list(vocab.qualifiers) + ['between', 'from', 'a', 'an'])})\s+\Z", flags)
    return Patterns(words, patterns, after, before, anchor, prefix)


def patterns(analysis) -> Patterns:
    return analysis.shared("claims.quantity-patterns", lambda: build(vocabulary(analysis)))
