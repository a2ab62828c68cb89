"""The standard readability formulas, computed on laylint's own Counts.

Coefficients are the published ones (Kincaid et al. 1975; Flesch 1948; McLaughlin 1969;
Coleman & Liau 1975; Dale & Chall 1948; Senter & Smith 1967). Empty text scores 0.
"""

from __future__ import annotations

import math

from laylint.readability.counts import Counts


def flesch_kincaid_grade(c: Counts) -> float:
    if not c.words or not c.sentences:
        return 0.0
    return 0.39 * c.words / c.sentences + 11.8 * c.syllables / c.words - 15.59


def flesch_reading_ease(c: Counts) -> float:
    if not c.words or not c.sentences:
        return 0.0
    return 206.835 - 1.015 * c.words / c.sentences - 84.6 * c.syllables / c.words


def smog(c: Counts) -> float:
    if not c.sentences:
        return 0.0
    return 1.043 * math.sqrt(c.polysyllables * 30 / c.sentences) + 3.1291


def coleman_liau(c: Counts) -> float:
    if not c.words:
        return 0.0
    return 0.0588 * (100 * c.letters / c.words) - 0.296 * (100 * c.sentences / c.words) - 15.8


def dale_chall(c: Counts) -> float:
    """The raw (new) Dale-Chall score, not a grade: 4.9 or lower is easy, 9.0 and up is college."""
    if not c.words or not c.sentences:
        return 0.0
    unfamiliar = 100 * c.unfamiliar / c.words
    return 0.1579 * unfamiliar + 0.0496 * c.words / c.sentences + (3.6365 if unfamiliar > 5 else 0.0)


# Dale-Chall score bands -> the highest US grade of the band (Dale & Chall's table).
_DALE_CHALL_GRADES = ((5.0, 4), (6.0, 6), (7.0, 8), (8.0, 10), (9.0, 12), (10.0, 15))


def dale_chall_grade(c: Counts) -> float:
    if not c.words:
        return 0.0
    score = dale_chall(c)
    return float(next((grade for below, grade in _DALE_CHALL_GRADES if score < below), 16))


def ari(c: Counts) -> float:
    if not c.words or not c.sentences:
        return 0.0
    return 4.71 * c.characters / c.words + 0.5 * c.words / c.sentences - 21.43


# The formulas a rule's `formula:` option may name; each gives a US school grade.
GRADE_FORMULAS = {
    "flesch-kincaid": flesch_kincaid_grade,
    "smog": smog,
    "coleman-liau": coleman_liau,
    "dale-chall": dale_chall_grade,
    "ari": ari,
}


def validate_formula(options):
    formula = options.formula
    if formula not in GRADE_FORMULAS:
        yield "formula", f"must be one of {', '.join(GRADE_FORMULAS)}, got {formula!r}"


def all_scores(c: Counts) -> dict[str, float]:
    """Every score `laylint stats` prints, under its JSON key."""
    return {
        "flesch_kincaid_grade": flesch_kincaid_grade(c),
        "flesch_reading_ease": flesch_reading_ease(c),
        "smog": smog(c),
        "coleman_liau": coleman_liau(c),
        "dale_chall": dale_chall(c),
        "ari": ari(c),
    }
