"""The words the claim checker reads with, from rules/lexicons (data, not code), merged once per process.

`claim-quantities` holds number words, qualifiers and context nouns; `lay-synonyms` the groups of
lay and technical names. Users extend both with files of the same name in their rule folders.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from laylint.ruleset import load_ruleset


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
    study_nouns: list[str] = field(default_factory=list)  # a count of these is checked against `studies`
    people_nouns: list[str] = field(default_factory=list)  # ... against `participants`
    not_counted_after: list[str] = field(default_factory=list)  # "two trials registers": not a count of trials
    not_between_count: list[str] = field(default_factory=list)  # words that never stand between a number and its noun
    background_words: list[str] = field(default_factory=list)  # "worldwide": a count about the world, not the study
    difference_words: dict[str, str] = field(default_factory=dict)  # "fewer" -> down: "15 fewer per 1000"
    duration_change: list[str] = field(default_factory=list)  # "2 days longer", "an extra day"
    threshold_nouns: list[str] = field(default_factory=list)  # "at least 30% improvement in pain": part of the outcome
    search_words: list[str] = field(default_factory=list)  # "searched", "up to date": the date after them is the search date
    arm_words: list[str] = field(default_factory=list)  # "6% of people on [the dummy pill]": the drug after these is the figure's
    total_words: list[str] = field(default_factory=list)  # "We found", "in total": a count about the whole review
    negated_arm: list[str] = field(default_factory=list)  # "not taking [the pill]": the other arm
    elliptical_verbs: list[str] = field(default_factory=list)  # "Eight compared doses": a count whose noun is left out
    link_words: list[str] = field(default_factory=list)  # unknown-pair: what makes a clause state a link
    not_a_statement: list[str] = field(default_factory=list)  # unknown-pair: aims, questions, "not studied"


def _merge(files: list[dict]) -> dict:
    merged: dict = {}
    for data in files:
        for key, value in data.items():
            if key == "__path__":
                continue
            if isinstance(value, dict):
                merged.setdefault(key, {}).update(value)
            elif isinstance(value, list):
                merged.setdefault(key, []).extend(value)
            else:
                merged[key] = value
    return merged


def _by_word(groups: dict) -> dict[str, str]:
    return {str(word).lower(): kind for kind, words in groups.items() for word in words}


def _build(ruleset) -> Vocabulary:
    quantities = _merge(ruleset.lexicon("claim-quantities"))
    lay = _merge(ruleset.lexicon("lay-synonyms"))
    words = lambda key: [str(w) for w in quantities.get(key, [])]  # noqa: E731
    return Vocabulary(
        numbers={str(k).lower(): float(v) for k, v in quantities.get("numbers", {}).items()},
        fractions={str(k).lower(): (int(v[0]), int(v[1])) for k, v in quantities.get("fractions", {}).items()},
        multiples={str(k).lower(): float(v) for k, v in quantities.get("multiples", {}).items()},
        qualifiers=_by_word(quantities.get("qualifiers", {})),
        relative_change=_by_word(quantities.get("relative_change", {})),
        change_verbs=_by_word(quantities.get("change_verbs", {})),
        ratio_names=words("ratio_names"), ratio_abbreviations=words("ratio_abbreviations"),
        count_nouns=words("count_nouns"), dose_units=words("dose_units"), time_units=words("time_units"),
        age_words=words("age_words"), label_words=words("label_words"), months=words("months"),
        schedule_words=words("schedule_words"), clause_breaks=words("clause_breaks"),
        comparison_words=words("comparison_words"),
        synonyms=[[str(w) for w in group] for group in lay.get("synonyms", [])],
        comparators=[[str(w) for w in group] for group in lay.get("comparators", [])],
        study_nouns=words("study_nouns"), people_nouns=words("people_nouns"),
        not_between_count=words("not_between_count"), not_counted_after=words("not_counted_after"), background_words=words("background_words"),
        difference_words=_by_word(quantities.get("difference_words", {})), duration_change=words("duration_change"),
        threshold_nouns=words("threshold_nouns"), search_words=words("search_words"),
        arm_words=words("arm_words"), total_words=words("total_words"), negated_arm=words("negated_arm"),
        elliptical_verbs=words("elliptical_verbs"), link_words=words("link_words"), not_a_statement=words("not_a_statement"),
    )


def alternation(words) -> str:
    """A regex matching any of the literal words (longest first), spaces matching any run of blanks.

    Written as a trie ("a(?:bout|round)") so that a failing position costs one test per first
    letter, not one per word: these patterns run over every summary.
    """
    trie: dict = {}
    for word in set(words):
        if word:
            node = trie
            for char in word:
                node = node.setdefault(char, {})
            node[""] = {}
    return _trie_regex(trie) if trie else "(?!)"


def _trie_regex(node: dict) -> str:
    ends_here = "" in node
    branches = [(r"\s+" if char == " " else re.escape(char)) + _trie_regex(child)
                for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        return f"(?:{body})?" if len(branches) == 1 else f"{body}?"
    return body


def ruleset_of(analysis):
    """The analysis' rule set (always set by the engine; the built-in one for a bare Analysis)."""
    if analysis.ruleset is None:
        analysis.ruleset = load_ruleset([])
    return analysis.ruleset


def vocabulary(analysis) -> Vocabulary:
    ruleset = ruleset_of(analysis)
    return ruleset.memo("claims.vocabulary", lambda: _build(ruleset))
