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

from laylint.errors import UsageError
from laylint.jargon.forms import expand

JARGON = "jargon"
ABBREVIATIONS = "abbreviations"
_JARGON_KEYS = {"terms", "allow", "explanations"}
_ABBREVIATION_KEYS = {"allow", "disallow"}


@dataclass
class Term:
    name: str  # as written in the lexicon
    plain: list[str]
    forms: list[str] = field(default_factory=list)  # extra surface forms beyond plurals/spellings

    def surface_forms(self) -> set[str]:
        found = expand(self.name)
        for form in self.forms:
            found |= expand(form)
        return found


@dataclass
class Lexicon:
    terms: dict[str, Term]  # lowercase name -> Term
    allowed: set[str]  # lowercase words/phrases never reported
    explain_after: list[str]
    explain_before: list[str]


def _text_list(value, path: str, key: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
        raise UsageError(f"{key} must be a list of text", path, None, key)
    return [item.strip() for item in value]


def _term(name, raw, path: str) -> Term:
    key = f"terms.{name}"
    if not isinstance(name, str) or not name.strip():
        raise UsageError(f"term names must be text, got {name!r}", path, None, "terms")
    if isinstance(raw, dict):
        unknown = set(raw) - {"plain", "forms"}
        if unknown:
            raise UsageError(f"unknown key {sorted(unknown)[0]!r} (known: plain, forms)", path, None, key)
        plain, forms = _text_list(raw.get("plain"), path, key + ".plain"), _text_list(raw.get("forms"), path, key + ".forms")
    else:
        plain, forms = _text_list(raw, path, key), []
    if not plain:
        raise UsageError("a term needs at least one plain alternative", path, None, key)
    return Term(name.strip(), plain, forms)


def _check_keys(data: dict, known: set, path: str) -> None:
    for key in data:
        if key != "__path__" and key not in known:
            raise UsageError(f"unknown key {key!r} (known: {', '.join(sorted(known))})", path, None, str(key))


def merge_jargon(files: list[dict]) -> Lexicon:
    terms: dict[str, Term] = {}
    allowed: set[str] = set()
    after: list[str] = []
    before: list[str] = []
    for data in files:
        path = data.get("__path__", "jargon.yaml")
        _check_keys(data, _JARGON_KEYS, path)
        raw_terms = data.get("terms") or {}
        if not isinstance(raw_terms, dict):
            raise UsageError("terms must be a mapping of term -> plain alternatives", path, None, "terms")
        for name, raw in raw_terms.items():
            term = _term(name, raw, path)
            terms[term.name.lower()] = term
            allowed.discard(term.name.lower())
        for name in _text_list(data.get("allow"), path, "allow"):
            allowed.add(name.lower())
            terms.pop(name.lower(), None)
        explanations = data.get("explanations") or {}
        if not isinstance(explanations, dict) or set(explanations) - {"after", "before"}:
            raise UsageError("explanations must be a mapping with after and/or before lists", path, None, "explanations")
        after += [c for c in _text_list(explanations.get("after"), path, "explanations.after") if c not in after]
        before += [c for c in _text_list(explanations.get("before"), path, "explanations.before") if c not in before]
    return Lexicon(terms, allowed, after, before)


def merge_abbreviations(files: list[dict]) -> set[str]:
    allowed: set[str] = set()
    for data in files:
        path = data.get("__path__", "abbreviations.yaml")
        _check_keys(data, _ABBREVIATION_KEYS, path)
        allowed |= set(_text_list(data.get("allow"), path, "allow"))
        allowed -= set(_text_list(data.get("disallow"), path, "disallow"))
    return allowed


def shared(ruleset, key: tuple, factory):
    """Built once per RuleSet (so once per process and configuration)."""
    return ruleset.memo(key, factory)


def jargon_lexicon(ruleset) -> Lexicon:
    return shared(ruleset, ("jargon", "lexicon"), lambda: merge_jargon(ruleset.lexicon(JARGON)))


def allowed_abbreviations(ruleset) -> set[str]:
    return shared(ruleset, ("jargon", "abbreviations"), lambda: merge_abbreviations(ruleset.lexicon(ABBREVIATIONS)))
