"""The hedging lexicon (rules/lexicons/hedges.yaml plus the user's own), merged and compiled once per process."""

from __future__ import annotations

from dataclasses import dataclass, field

from laylint.hedging.phrases import Phrases
from laylint.text import WORD, Stemmer, lexicons
from laylint.text.lexicons import Field

NAME = "hedges"
_SYNONYM_PHRASES: dict = {}  # a synonym group -> its compiled phrases
SECTIONS = ("result", "limitation", "aim", "method", "future", "background", "not_section")  # kinds of heading
STATEMENTS = ("aim", "method", "future", "background", "result", "no_result", "practice")  # sentence cues (statements.py)
PHRASE_LISTS = (
    "hedge_cues", "not_hedge_cues", "weak_hedge_cues",
    "not_boosters", "not_causal_verbs", "causal_noun_markers", "causal_noun_after",
    "causal_noun_singular", "causal_noun_plural", "negations",
    "clause_breaks", "clause_breaks_after_comma",
    "limitation_cues", "stated_certainty_cues", "weak_limitation_cues", "weakness_words", "not_limitation_cues",
    "function_words", "generic_words",
    "certainty_statements", "not_evidence_cues", "contrast_words",
    "not_certainty_hedges", "moderate_hedge_cues", "back_references", "not_result_verb_after", "elaborations", "technical_limitation_cues", "unreported_cues", "refusal_cues", "doubt_cues", "vague_gap_words",
    "finding_references", "summary_references",
    *(f"{kind}_headings" for kind in SECTIONS), *(f"{kind}_cues" for kind in STATEMENTS),
)
SUGGESTION_LISTS = ("boosters", "causal_verbs", "result_verbs")


def _suggestion_groups(value, where) -> list[tuple[list[str], str]]:
    """Entries of {phrases: [...], suggestion: text}: phrases that share one suggestion."""
    if not isinstance(value, list):
        raise where.error("must be a list")
    for entry in value:
        if not (isinstance(entry, dict) and isinstance(entry.get("phrases"), list) and isinstance(entry.get("suggestion"), str)):
            raise where.error(f"each entry needs phrases (a list) and suggestion (text), got {entry!r}")
    return [(lexicons.text_list(entry["phrases"], where), entry["suggestion"]) for entry in value]


def _limitation_kinds(value, where) -> dict[str, dict[str, list[str]]]:
    """{kind: {source: [...], lay: [...]}}: how a source and a summary word each kind of limitation."""
    if not isinstance(value, dict):
        raise where.error("must be a mapping of limitation kinds")
    kinds = {}
    for name, entry in value.items():
        if not (isinstance(entry, dict) and set(entry) <= {"source", "lay"}):
            raise (where / name).error("needs source and lay (lists of phrases)")
        kinds[str(name)] = {key: lexicons.text_list(entry.get(key) or [], where / name / key) for key in ("source", "lay")}
    return kinds


def _combine_kinds(merged, value):
    """A house lexicon adds phrases to a kind (or a new kind); it does not replace the built-in lists."""
    combined = {name: dict(lists) for name, lists in merged.items()}
    for name, lists in value.items():
        old = combined.setdefault(name, {"source": [], "lay": []})
        combined[name] = {key: old[key] + lists[key] for key in ("source", "lay")}
    return combined


def _appraisal_families(value, where) -> dict[str, dict]:
    """{family: {subjects: [...], before: [...], ..., reach: n}}: how a sentence appraises the evidence (appraisal.py)."""
    from laylint.hedging.appraisal import LISTS

    if not isinstance(value, dict):
        raise where.error("must be a mapping of appraisal families")
    families = {}
    for name, entry in value.items():
        if not (isinstance(entry, dict) and set(entry) <= {*LISTS, "reach"} and entry.get("subjects")):
            raise (where / name).error(f"needs subjects and some of {', '.join(LISTS[1:])} (lists of phrases), or reach")
        reach = entry.get("reach")  # None: the built-in family's, else 4
        if reach is not None and (not isinstance(reach, int) or isinstance(reach, bool) or reach < 0):
            raise (where / name / "reach").error("must be a whole number of words")
        families[str(name)] = {key: lexicons.text_list(entry.get(key) or [], where / name / key) for key in LISTS}
        families[str(name)]["reach"] = reach
    return families


def _combine_families(merged, value):
    """A house lexicon adds phrases to a family (or a new family); it does not replace the built-in lists."""
    combined = {name: dict(lists) for name, lists in merged.items()}
    for name, lists in value.items():
        old = combined.get(name)
        combined[name] = lists if old is None else {
            key: (old[key] + lists[key] if key != "reach" else lists[key] if lists[key] is not None else old[key])
            for key in lists}
    return combined


GRAMMAR = ("copulas", "adverbs", "prepositions", "determiners", "quantifiers", "breaks", "restrictors")


def _appraisal_grammar(value, where) -> dict[str, list[str]]:
    if not (isinstance(value, dict) and set(value) <= set(GRAMMAR)):
        raise where.error(f"must be a mapping with {', '.join(GRAMMAR)} (lists of words)")
    return {key: lexicons.text_list(value.get(key) or [], where / key) for key in GRAMMAR}


def _combine_lists(merged, value):
    return {key: merged.get(key, []) + value.get(key, []) for key in {*merged, *value}}


def _combine_grammar(merged, value):
    return {key: merged.get(key, []) + value.get(key, []) for key in GRAMMAR}


FIELDS = {
    **{key: Field(lexicons.text_list) for key in PHRASE_LISTS},
    "limitation_kinds": Field(_limitation_kinds, combine=_combine_kinds),
    "appraisal_families": Field(_appraisal_families, combine=_combine_families),
    "appraisal_grammar": Field(_appraisal_grammar, combine=_combine_grammar),
    "limitation_clauses": Field(lexicons.mapping(lexicons.text_list), combine=_combine_lists),
    "limitation_synonyms": Field(lexicons.groups),
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
    causal_noun_after: frozenset  # "causes of", "causes in": the noun
    causal_noun_singular: frozenset  # "a brain cause": the noun (a verb would be "causes")
    causal_noun_plural: frozenset  # "some brain causes": the noun
    negations: Phrases
    clause_breaks: Phrases
    clause_breaks_after_comma: Phrases
    limitation_cues: Phrases
    stated_certainty_cues: Phrases  # "high-certainty evidence": how sure the evidence is, said even when sure
    weak_limitation_cues: Phrases
    weakness_words: Phrases
    not_limitation_cues: Phrases
    function_words: frozenset
    generic_words: frozenset
    stemmer: Stemmer
    result_verbs: Suggested
    certainty_statements: Phrases
    not_evidence_cues: Phrases
    contrast_words: Phrases
    not_certainty_hedges: Phrases
    moderate_hedges: Phrases
    back_references: Phrases
    elaborations: Phrases
    technical_limitations: Phrases
    unreported_limitations: Phrases  # "no trials reported X": outcomes no study reported
    limitation_synonyms: tuple  # groups of phrases that name one thing in a limitation ("harms", "side effects")
    refusals: Phrases
    vague_gap_words: frozenset  # stems of the words of a reporting gap that names nothing
    doubts: Phrases
    finding_references: Phrases  # "this small benefit": a sentence opening on a finding stated before
    summary_references: Phrases  # "these findings": a doubt about every finding before it
    not_result_verb_after: frozenset
    section_headings: dict  # kind -> Phrases (statements.py)
    statement_cues: dict  # kind -> Phrases
    limitation_kinds: dict  # kind -> (Phrases of the source's wording, Phrases of the lay wording)
    appraisal_families: tuple  # appraisal.Family, in the lexicon's order
    appraisal_grammar: object  # appraisal.Grammar
    limitation_clauses: object  # limit_clauses.Classes: word classes of a limitation read as a clause
    _content: dict = field(default_factory=dict, compare=False, repr=False)  # word -> (stem, generic)

    def stem(self, word: str) -> str:
        return self.stemmer.stem(word)

    def synonym_phrases(self, group) -> Phrases:
        return _SYNONYM_PHRASES.setdefault(group, Phrases.flat(list(group)))

    def content_words(self, text: str, drop_generic: bool = True) -> set[str]:
        """Stems of the words of `text` that carry meaning (function words and, by default, generic ones dropped)."""
        return self.content_words_of(WORD.findall(text), drop_generic)

    def content_words_of(self, words, drop_generic: bool = True) -> set[str]:
        """content_words of a text already split into words (the analysis's, laylint.text.words)."""
        found = set()
        known = self._content
        for word in words:
            entry = known.get(word)
            if entry is None:
                entry = known[word] = self._content_entry(word)
            stem, generic = entry
            if stem is None or (drop_generic and generic):
                continue
            found.add(stem)
        return found

    def _content_entry(self, word: str) -> tuple[str | None, bool]:
        """(stem, generic) of a word as written; stem None for a function word. One lookup a word after the first."""
        if word.lower() in self.function_words:
            return None, False
        stem = self.stem(word)
        if stem in self.function_words:
            return None, False
        return stem, stem in self.generic_words


def build(files: list[dict]) -> Lexicon:
    from laylint.hedging import appraisal, limit_clauses

    data = {key: [] for key in PHRASE_LISTS + SUGGESTION_LISTS + ("suffixes",)} | {"inflections": {}, "limitation_kinds": {}, "limitation_synonyms": [],
                                                                                       "appraisal_families": {},
                                                                                       "appraisal_grammar": {},
                                                                                       "limitation_clauses": {}}
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
        causal_noun_after=frozenset(w.lower() for w in data["causal_noun_after"]),
        causal_noun_singular=frozenset(w.lower() for w in data["causal_noun_singular"]),
        causal_noun_plural=frozenset(w.lower() for w in data["causal_noun_plural"]),
        negations=Phrases.flat(data["negations"]),
        clause_breaks=Phrases.flat(data["clause_breaks"]),
        clause_breaks_after_comma=Phrases.flat(data["clause_breaks_after_comma"]),
        limitation_cues=Phrases.flat(data["limitation_cues"]),
        stated_certainty_cues=Phrases.flat(data["stated_certainty_cues"]),
        weak_limitation_cues=Phrases.flat(data["weak_limitation_cues"]),
        weakness_words=Phrases.flat(data["weakness_words"]),
        not_limitation_cues=Phrases.flat(data["not_limitation_cues"]),
        function_words=frozenset(w.lower() for w in data["function_words"]),
        generic_words=frozenset(stemmer.stem(w) for w in data["generic_words"]),
        stemmer=stemmer,
        result_verbs=suggested("result_verbs"),
        certainty_statements=Phrases.flat(data["certainty_statements"]),
        not_evidence_cues=Phrases.flat(data["not_evidence_cues"]),
        contrast_words=Phrases.flat(data["contrast_words"]),
        not_certainty_hedges=Phrases.flat(data["not_certainty_hedges"]),
        moderate_hedges=Phrases.flat(data["moderate_hedge_cues"]),
        back_references=Phrases.flat(data["back_references"]),
        elaborations=Phrases.flat(data["elaborations"]),
        technical_limitations=Phrases.flat(data["technical_limitation_cues"]),
        unreported_limitations=Phrases.flat(data["unreported_cues"]),
        limitation_synonyms=tuple(tuple(group) for group in data["limitation_synonyms"]),
        refusals=Phrases.flat(data["refusal_cues"]),
        vague_gap_words=frozenset(stemmer.stem(w.lower()) for w in data["vague_gap_words"]),
        doubts=Phrases.flat(data["doubt_cues"]),
        finding_references=Phrases.flat(data["finding_references"]),
        summary_references=Phrases.flat(data["summary_references"]),
        not_result_verb_after=frozenset(w.lower() for w in data["not_result_verb_after"]),
        section_headings={kind: Phrases.flat(data[f"{kind}_headings"]) for kind in SECTIONS},
        statement_cues={kind: Phrases.flat(data[f"{kind}_cues"]) for kind in STATEMENTS},
        limitation_kinds={name: (Phrases.flat(lists["source"]), Phrases.flat(lists["lay"]))
                          for name, lists in data["limitation_kinds"].items()},
        appraisal_families=tuple(appraisal.read_family(name, entry, 4 if entry["reach"] is None else entry["reach"])
                                 for name, entry in data["appraisal_families"].items()),
        appraisal_grammar=appraisal.Grammar(
            *(frozenset(w.lower() for w in data["appraisal_grammar"].get(key, [])) for key in GRAMMAR[:5]),
            breaks=frozenset(w.lower() for w in data["clause_breaks"] + data["appraisal_grammar"].get("breaks", [])
                             if " " not in w),
            restrictors=Phrases.flat(data["appraisal_grammar"]["restrictors"])
            if data["appraisal_grammar"].get("restrictors") else None),
        limitation_clauses=limit_clauses.Classes.read(data["limitation_clauses"]),
    )


def of(analysis) -> Lexicon:
    """The merged lexicon of the analysis' rule set, built once per process."""
    return analysis.shared(("hedging", "lexicon"), lambda: build(analysis.lexicon(NAME)))
