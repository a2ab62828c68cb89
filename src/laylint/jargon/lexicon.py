"""The jargon and abbreviation lexicons, merged from the built-in rules folder and the user's rule paths.

Files are read in order (built-in first, then each `rule_paths` folder) and later files win:
  terms:  {term: [plain alternatives]} or {term: {plain: [...], forms: [...]}}  add a term or replace its alternatives
  allow:  [term, ...]    never report these (removes a built-in term; also silences jargon/rare-word)
  explanations: {after: [...], before: [...]}   cue phrases that explain a term (added to the built-in ones)
abbreviations.yaml:
  allow: [US, UK, ...]   abbreviations readers know;  disallow: [...] removes earlier ones
"""

from __future__ import annotations

from dataclasses import dataclass, field

from laylint.text import lexicons, surface_forms
from laylint.text.lexicons import Field

JARGON = "jargon"
ABBREVIATIONS = "abbreviations"


@dataclass
class Term:
    name: str  # as written in the lexicon
    plain: list[str]
    forms: list[str] = field(default_factory=list)  # extra surface forms beyond plurals/spellings

    def surface_forms(self) -> set[str]:
        found = surface_forms(self.name)
        for form in self.forms:
            found |= surface_forms(form)
        return found


@dataclass
class Lexicon:
    terms: dict[str, Term]  # lowercase name -> Term
    allowed: set[str]  # lowercase words/phrases never reported
    explain_after: list[str]
    explain_before: list[str]


def _term(name: str, raw, where) -> Term:
    if isinstance(raw, dict):
        unknown = set(raw) - {"plain", "forms"}
        if unknown:
            raise where.error(f"unknown key {sorted(unknown, key=str)[0]!r} (known: plain, forms)")
        plain = lexicons.text_list(raw.get("plain") or [], where / "plain")
        forms = lexicons.text_list(raw.get("forms") or [], where / "forms")
    else:
        plain, forms = lexicons.text_list(raw or [], where), []
    if not plain:
        raise where.error("needs at least one plain alternative")
    return Term(name, plain, forms)


def _terms(value, where) -> dict[str, Term]:
    if not isinstance(value, dict):
        raise where.error("must be a mapping of term -> plain alternatives")
    terms = {}
    for name, raw in value.items():
        if not isinstance(name, str) or not name.strip():
            raise where.error(f"term names must be text, got {name!r}")
        terms[name.strip().lower()] = _term(name.strip(), raw, where / name)
    return terms


def _explanations(value, where) -> dict[str, list[str]]:
    if not isinstance(value, dict) or set(value) - {"after", "before"}:
        raise where.error("must be a mapping with after and/or before lists")
    return {side: lexicons.text_list(value.get(side) or [], where / side) for side in ("after", "before")}


def _add_new_cues(merged: dict, value: dict) -> dict:
    return {side: merged[side] + [cue for cue in value[side] if cue not in merged[side]] for side in merged}


JARGON_FIELDS = {  # terms before allow: a file that lists a term under both allows it
    "terms": Field(_terms, cancels="allow"),
    "allow": Field(lexicons.lowercase_set, cancels="terms"),
    "explanations": Field(_explanations, combine=_add_new_cues),
}
ABBREVIATION_FIELDS = {
    "allow": Field(lexicons.text_set, cancels="disallow"),
    "disallow": Field(lexicons.text_set, cancels="allow"),
}


def merge_jargon(files: list[dict]) -> Lexicon:
    merged = lexicons.merge(files, JARGON_FIELDS)
    explanations = merged.get("explanations", {"after": [], "before": []})
    return Lexicon(merged.get("terms", {}), merged.get("allow", set()), explanations["after"], explanations["before"])


def merge_abbreviations(files: list[dict]) -> set[str]:
    return lexicons.merge(files, ABBREVIATION_FIELDS).get("allow", set())


def jargon_lexicon(analysis) -> Lexicon:
    return analysis.shared(("jargon", "lexicon"), lambda: merge_jargon(analysis.lexicon(JARGON)))


def allowed_abbreviations(analysis) -> set[str]:
    return analysis.shared(("jargon", "abbreviations"), lambda: merge_abbreviations(analysis.lexicon(ABBREVIATIONS)))
