"""The hedging lexicon (rules/lexicons/hedges.yaml plus the user's own), merged and compiled once per process."""

from __future__ import annotations

from dataclasses import dataclass

from laylint.hedging.phrases import Phrases
from laylint.text import WORD, Stemmer, lexicons
from laylint.text.lexicons import Field

NAME = "hedges"
PHRASE_LISTS = (
    "hedge_cues", "not_hedge_cues", "weak_hedge_cues",
    "not_boosters", "not_causal_verbs", "causal_noun_markers", "negations",
    "clause_breaks", "clause_breaks_after_comma",
    "limitation_cues", "weak_limitation_cues", "weakness_words", "not_limitation_cues",
    "function_words", "generic_words",
)
SUGGESTION_LISTS = ("boosters", "causal_verbs")


def _suggestion_groups(value, where) -> list[tuple[list[str], str]]:
    """Entries of {phrases: [...], suggestion: text}: phrases that share one suggestion."""
    if not isinstance(value, list):
        raise where.error("must be a list")
    for entry in value:
        if not (isinstance(entry, dict) and isinstance(entry.get("phrases"), list) and isinstance(entry.get("suggestion"), str)):
            raise where.error(f"each entry needs phrases (a list) and suggestion (text), got {entry!r}")
    return [(lexicons.text_list(entry["phrases"], where), entry["suggestion"]) for entry in value]


FIELDS = {
    **{key: Field(lexicons.text_list) for key in PHRASE_LISTS},
    **{key: Field(_suggestion_groups) for key in SUGGESTION_LISTS},
    "inflections": Field(lexicons.mapping(lexicons.lowercase_text)),
    "suffixes": Field(lexicons.text_pairs),
}


@dataclass(frozen=True)
class Suggested:
    """A group of phrases that share one suggestion (a booster, a causal verb)."""

    phrases: Phrases
    suggestions: tuple[str, ...]  # by group index

    def find(self, source, start: int = 0, end: int | None = None):
        return self.phrases.find(source, start, end)


@dataclass(frozen=True)
class Lexicon:
    hedges: Phrases
    not_hedges: Phrases
    weak_hedges: Phrases
    boosters: Suggested
    causal_verbs: Suggested
    not_boosters: Phrases
    not_causal: Phrases
    causal_noun_markers: frozenset
    negations: Phrases
    clause_breaks: Phrases
    clause_breaks_after_comma: Phrases
    limitation_cues: Phrases
    weak_limitation_cues: Phrases
    weakness_words: Phrases
    not_limitation_cues: Phrases
    function_words: frozenset
    generic_words: frozenset
    stemmer: Stemmer

    def stem(self, word: str) -> str:
        return self.stemmer.stem(word)

    def content_words(self, text: str, drop_generic: bool = True) -> set[str]:
        """Stems of the words of `text` that carry meaning (function words and, by default, generic ones dropped)."""
        found = set()
        for word in WORD.findall(text):
            if word.lower() in self.function_words:
                continue
            stem = self.stem(word)
            if stem in self.function_words or (drop_generic and stem in self.generic_words):
                continue
            found.add(stem)
        return found


def build(files: list[dict]) -> Lexicon:
    data = {key: [] for key in PHRASE_LISTS + SUGGESTION_LISTS + ("suffixes",)} | {"inflections": {}}
    data |= lexicons.merge(files, FIELDS)
    stemmer = Stemmer(data["inflections"], tuple(data["suffixes"]))

    def suggested(key):
        return Suggested(Phrases([phrases for phrases, _ in data[key]]), tuple(s for _, s in data[key]))

    return Lexicon(
        hedges=Phrases.flat(data["hedge_cues"]),
        not_hedges=Phrases.flat(data["not_hedge_cues"]),
        weak_hedges=Phrases.flat(data["weak_hedge_cues"]),
        boosters=suggested("boosters"),
        causal_verbs=suggested("causal_verbs"),
        not_boosters=Phrases.flat(data["not_boosters"]),
        not_causal=Phrases.flat(data["not_causal_verbs"]),
        causal_noun_markers=frozenset(w.lower() for w in data["causal_noun_markers"]),
        negations=Phrases.flat(data["negations"]),
        clause_breaks=Phrases.flat(data["clause_breaks"]),
        clause_breaks_after_comma=Phrases.flat(data["clause_breaks_after_comma"]),
        limitation_cues=Phrases.flat(data["limitation_cues"]),
        weak_limitation_cues=Phrases.flat(data["weak_limitation_cues"]),
        weakness_words=Phrases.flat(data["weakness_words"]),
        not_limitation_cues=Phrases.flat(data["not_limitation_cues"]),
        function_words=frozenset(w.lower() for w in data["function_words"]),
        generic_words=frozenset(stemmer.stem(w) for w in data["generic_words"]),
        stemmer=stemmer,
    )


def of(analysis) -> Lexicon:
    """The merged lexicon of the analysis' rule set, built once per process."""
    return analysis.shared(("hedging", "lexicon"), lambda: build(analysis.lexicon(NAME)))
