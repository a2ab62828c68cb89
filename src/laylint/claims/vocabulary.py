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
               "label_words", "months", "schedule_words", "clause_breaks", "comparison_words")
_KIND_LISTS = ("qualifiers", "relative_change", "change_verbs")  # kind -> words
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
