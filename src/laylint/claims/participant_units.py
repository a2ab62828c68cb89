"""Counts of the unit a review counts its participants in ("759 intubation attempts", "1,210 eyes",
"980 pregnancies"): when the source's `participants` total is one of its `count` findings of such a unit
(`{measure: count, value: 759, population: intubation attempts}` with `participants: 759`), that unit is
what the review counts instead of people, so a stated count of it is read and checked as a count of
people (the total bounds it; the counts after a finding back it). Without that tie a count of such a
thing stays a count of "other" things (count_other.py), checked only against counts of it.
"""

from __future__ import annotations

import re

from laylint.claims.count_words import PEOPLE_WORDS, STUDY_WORDS, WORD, word_stem
from laylint.claims.figure import Figure

# the words that may stand between the number and the unit: "759 neonatal intubation attempts", "505 intubations"
_AFTER = re.compile(r"(?:\s+[A-Za-z][\w\u2010\u2011-]*){1,3}")
_NOT_BETWEEN = {"of", "in", "with", "per", "for", "and", "or", "to", "the", "a", "an", "at", "on", "by", "from",
                "than", "that", "who", "which", "were", "was", "is", "are", "each", "every", "more", "fewer", "less"}
# describing words a population may start with before its unit ("included eyes", "eligible pregnancies")
_WHICH = {"included", "eligible", "randomised", "randomized", "analysed", "analyzed", "unique", "separate", "total"}


def participant_units(metadata) -> set[str]:
    """The stems of the unit the source counts its participants in, when that is no word of people or studies:
    the first word of the population of a count finding whose value is the `participants` total."""
    if metadata is None or not metadata.participants:
        return set()
    units = set()
    for finding in metadata.findings:
        if finding.measure != "count" or finding.value is None or finding.value.value != metadata.participants:
            continue
        population = finding.population or ""
        if PEOPLE_WORDS.search(population) or STUDY_WORDS.search(population):
            continue
        words = [w for w in WORD.findall(population) if w.lower() not in _WHICH]
        if words:
            units.add(word_stem(words[0]))
    return units


def read_participant_units(text: str, figures: list[Figure], metadata) -> None:
    """"We found 8 studies with 759 intubation attempts": a whole number followed, within three words, by the
    unit the source counts its participants in, counts participants."""
    units = participant_units(metadata)
    if not units:
        return
    for figure in figures:
        if figure.change or figure.decimals or figure.form != "number" \
                or not (figure.unit == "number" or (figure.unit == "count" and figure.counted == "other")):
            continue
        after = _AFTER.match(text, figure.end)
        if after is None:
            continue
        for word in WORD.findall(after.group(0)):
            if word_stem(word) in units:
                figure.unit, figure.counted, figure.noun = "count", "people", word
                break
            if word.lower() in _NOT_BETWEEN:
                break
