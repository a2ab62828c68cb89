"""The hedging lexicon (rules/lexicons/hedges.yaml plus the user's own), merged and compiled once per process."""

from __future__ import annotations

from dataclasses import dataclass

from laylint.errors import UsageError
from laylint.hedging.phrases import Phrases

LEXICON = "hedges"
PHRASE_LISTS = (
    "hedge_cues", "not_hedge_cues", "weak_hedge_cues",
    "not_boosters", "not_causal_verbs", "causal_noun_markers", "negations",
    "clause_breaks", "clause_breaks_after_comma",
    "limitation_cues", "weak_limitation_cues", "weakness_words", "not_limitation_cues",
    "function_words", "generic_words",
)
SUGGESTION_LISTS = ("boosters", "causal_verbs")


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
    inflections: dict
    suffixes: tuple


def merge(files: list[dict]) -> dict:
    """Lists from every lexicon file, built-in first; later mappings (inflections) override earlier ones."""
    merged: dict = {key: [] for key in PHRASE_LISTS + SUGGESTION_LISTS + ("suffixes",)}
    merged["inflections"] = {}
    for data in files:
        where = data.get("__path__", LEXICON)
        for key, value in data.items():
            if key == "__path__":
                continue
            if key not in merged:
                raise UsageError(f"unknown key {key!r} in the hedging lexicon", where, 1, key)
            expected = dict if key == "inflections" else list
            if not isinstance(value, expected):
                raise UsageError(f"{key} must be a {'mapping' if expected is dict else 'list'}", where, 1, key)
            if key in PHRASE_LISTS and not all(isinstance(item, str) for item in value):
                odd = next(item for item in value if not isinstance(item, str))
                raise UsageError(f"{key}: {odd!r} is not text (quote words like \"no\" and \"on\")", where, 1, key)
            if expected is dict:
                merged[key].update({str(k).lower(): str(v).lower() for k, v in value.items()})
            else:
                merged[key].extend(value)
    for key in SUGGESTION_LISTS:
        for entry in merged[key]:
            if not (isinstance(entry, dict) and isinstance(entry.get("phrases"), list) and isinstance(entry.get("suggestion"), str)):
                raise UsageError(f"each entry of {key} needs phrases (a list) and suggestion (text), got {entry!r}", LEXICON, 1, key)
    return merged


def build(files: list[dict]) -> Lexicon:
    from laylint.hedging.words import Normaliser

    data = merge(files)
    suffixes = tuple((str(s), str(r)) for s, r in data["suffixes"])
    normaliser = Normaliser(frozenset(), data["inflections"], suffixes)

    def suggested(key):
        entries = data[key]
        return Suggested(Phrases([e["phrases"] for e in entries]), tuple(e["suggestion"] for e in entries))

    return Lexicon(
        hedges=Phrases.flat(data["hedge_cues"]),
        not_hedges=Phrases.flat(data["not_hedge_cues"]),
        weak_hedges=Phrases.flat(data["weak_hedge_cues"]),
        boosters=suggested("boosters"),
        causal_verbs=suggested("causal_verbs"),
        not_boosters=Phrases.flat(data["not_boosters"]),
        not_causal=Phrases.flat(data["not_causal_verbs"]),
        causal_noun_markers=frozenset(str(w).lower() for w in data["causal_noun_markers"]),
        negations=Phrases.flat(data["negations"]),
        clause_breaks=Phrases.flat(data["clause_breaks"]),
        clause_breaks_after_comma=Phrases.flat(data["clause_breaks_after_comma"]),
        limitation_cues=Phrases.flat(data["limitation_cues"]),
        weak_limitation_cues=Phrases.flat(data["weak_limitation_cues"]),
        weakness_words=Phrases.flat(data["weakness_words"]),
        not_limitation_cues=Phrases.flat(data["not_limitation_cues"]),
        function_words=frozenset(str(w).lower() for w in data["function_words"]),
        generic_words=frozenset(normaliser.normalise(str(w)) for w in data["generic_words"]),
        inflections=data["inflections"],
        suffixes=suffixes,
    )


def for_ruleset(ruleset) -> Lexicon:
    """The merged lexicon of a rule set, built once per process."""
    if ruleset is None:
        return default()
    return ruleset.memo(("hedging", "lexicon"), lambda: build(ruleset.lexicon(LEXICON)))


def default() -> Lexicon:
    """The built-in lexicon (for the benchmark and for analyses without a rule set)."""
    from laylint.ruleset import load_ruleset

    return for_ruleset(load_ruleset([]))
