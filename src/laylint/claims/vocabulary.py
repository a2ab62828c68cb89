"""The words the claim checker reads with, from rules/lexicons (data, not code), merged once per process.

`claim-quantities` holds number words, qualifiers and context nouns; `lay-synonyms` the groups of
lay and technical names. Users extend both with files of the same name in their rule folders:
lists are merged, mappings are updated.
"""

from __future__ import annotations

from dataclasses import dataclass

from laylint.text import lexicons
from laylint.text.lexicons import Field

_WORD_LISTS = ("ratio_names", "ratio_abbreviations", "count_nouns", "dose_units", "time_units", "age_words",
               "label_words", "months", "schedule_words", "clause_breaks", "comparison_words",
               # issue 14: counts, frames, arms, thresholds, search dates, unknown-pair statements
               "study_nouns", "people_nouns", "not_counted_after", "not_between_count", "background_words",
               "duration_change", "threshold_nouns", "search_words", "arm_words", "total_words", "negated_arm",
               "elliptical_verbs", "link_words", "not_a_statement", "screening_words",
               "value_words_before",
               # round 5a: what else a denominator counts, worked examples, scales
               "frame_nouns", "hypothetical_words", "scale_words", "scale_ends")
_KIND_LISTS = ("qualifiers", "relative_change", "change_verbs", "difference_words")  # kind -> words
QUANTITY_FIELDS = {
    "numbers": Field(lexicons.mapping(lexicons.number)),
    "fractions": Field(lexicons.mapping(lexicons.whole_pair)),
    "multiples": Field(lexicons.mapping(lexicons.number)),
    **{key: Field(lexicons.mapping(lexicons.text_list)) for key in _KIND_LISTS},
    **{key: Field(lexicons.text_list) for key in _WORD_LISTS},
}
SYNONYM_FIELDS = {"synonyms": Field(lexicons.groups), "comparators": Field(lexicons.groups)}


@dataclass
class Vocabulary:
    numbers: dict[str, float]
    fractions: dict[str, tuple[int, int]]
    multiples: dict[str, float]
    qualifiers: dict[str, str]  # phrase -> kind (approximate, more-than, at-least, less-than, up-to)
    relative_change: dict[str, str]  # word -> "down" | "up"
    change_verbs: dict[str, str]
    ratio_names: list[str]
    ratio_abbreviations: list[str]
    count_nouns: list[str]
    dose_units: list[str]
    time_units: list[str]
    age_words: list[str]
    label_words: list[str]
    months: list[str]
    schedule_words: list[str]
    clause_breaks: list[str]
    comparison_words: list[str]
    synonyms: list[list[str]]
    comparators: list[list[str]]
    study_nouns: list[str]  # a count of these is checked against `studies`
    people_nouns: list[str]  # ... against `participants`
    not_counted_after: list[str]  # "two trials registers": not a count of trials
    not_between_count: list[str]  # words that never stand between a number and its noun
    background_words: list[str]  # "worldwide": a count about the world, not the study
    difference_words: dict[str, str]  # "fewer" -> down: "15 fewer per 1000"
    duration_change: list[str]  # "2 days longer", "an extra day"
    threshold_nouns: list[str]  # "at least 30% improvement in pain": part of the outcome
    search_words: list[str]  # "searched", "up to date": the date after them is the search date
    arm_words: list[str]  # "6% of people on [the dummy pill]": the drug after these is the figure's
    total_words: list[str]  # "We found", "involving": a count that may be the review's total
    negated_arm: list[str]  # "not taking [the pill]": the other arm
    elliptical_verbs: list[str]  # "Eight compared doses": a count whose noun is left out
    link_words: list[str]  # unknown-pair: what makes a clause state a link
    not_a_statement: list[str]  # unknown-pair: aims, questions, "not studied"
    screening_words: list[str]  # "Of these, 12 were eligible": a count above the total is a screening count
    value_words_before: list[str]  # "was 8": a number after these is a value, after other words it ends a name
    frame_nouns: list[str]  # "For every 100 procedures": a denominator of things other than people
    hypothetical_words: list[str]  # "imagine a group of 100 people": a worked example's group
    scale_words: list[str]  # "measured from -5 to +5": a scale's range
    scale_ends: list[str]  # "+5 means maximum improvement": a scale's end


def _by_word(kinds: dict[str, list[str]]) -> dict[str, str]:
    return {word.lower(): kind for kind, words in kinds.items() for word in words}


def build(quantity_files: list[dict], synonym_files: list[dict]) -> Vocabulary:
    quantities = lexicons.merge(quantity_files, QUANTITY_FIELDS)
    lay = lexicons.merge(synonym_files, SYNONYM_FIELDS)
    return Vocabulary(
        numbers=quantities.get("numbers", {}), fractions=quantities.get("fractions", {}),
        multiples=quantities.get("multiples", {}),
        **{key: _by_word(quantities.get(key, {})) for key in _KIND_LISTS},
        **{key: quantities.get(key, []) for key in _WORD_LISTS},
        synonyms=lay.get("synonyms", []), comparators=lay.get("comparators", []),
    )


def vocabulary(analysis) -> Vocabulary:
    return analysis.shared("claims.vocabulary", lambda: build(
        analysis.lexicon("claim-quantities"), analysis.lexicon("lay-synonyms")))
