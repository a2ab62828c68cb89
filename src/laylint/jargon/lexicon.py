"""The jargon and abbreviation lexicons, merged from the built-in rules folder and the user's rule paths.

Files are read in order (built-in first, then each `rule_paths` folder) and later files win:
  terms:  {term: [plain alternatives]} or {term: {plain: [...], forms: [...], said: [...]}}  add a term or replace its
          alternatives; `said`: plain wordings that, in the term's sentence or the one before or after it, tell the
          reader what it means ("the studies were small" for imprecision); never offered as suggestions
  allow:  [term, ...]    never report these (removes a built-in term; also silences jargon/rare-word)
  explanations: {after: [...], before: [...], classes: [...]}   cue phrases that explain a term, and class words
                 ("medicine") that explain a name they introduce ("a medicine called X"); added to the built-in ones
  everyday: [word, ...]  everyday words: never rare (jargon/rare-word, jargon/density, readability/hard-sentence);
                         unlike `allow`, they do not remove a lexicon term
abbreviations.yaml:
  allow: [US, UK, ...]   abbreviations readers know;  disallow: [...] removes earlier ones
  explained_by: [{acronyms: [GRADE], cues: [confiden, ...]}, ...]   acronyms their sentence explains by a word
                 that starts with a cue (what GRADE is for); added to earlier ones
  search_names: [CENTRAL, MEDLINE, Embase, ...]   databases and registers: named in a sentence with a word starting
  search_cues: [search, databas, ...]             with a search cue (or two named), a search list (jargon/acronym
                                                  gives its names one message); both added to earlier ones
  code_classes: [-kinase, receptor, T cell, ...]  lab-biology class nouns that say what a code is ("the secreted
                 pseudokinase ROP5"); "-" first: a word ending. care_words: [patients, trial, ...] words of people,
                 studies and care (few among many lab codes: a lab-biology summary); code_classes_before: [inhibitor,
                 area, ...] classes only right before a code ("the inhibitor p27KIP1", not "ACE inhibitors"); all
                 added to earlier ones
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from laylint.text import alternation, bases, fold, lexicons, surface_forms
from laylint.text import words as text_words
from laylint.text.lexicons import Field

JARGON = "jargon"
# A plain alternative with one of these words names a kind of medicine ("type of antibiotic", "blood thinner")
_MEDICINE_WORDS = frozenset({"medicine", "medicines", "drug", "drugs", "medication", "medications", "antibiotic",
                             "antibiotics", "antidepressant", "antidepressants", "painkiller", "painkillers", "thinner",
                             "thinners", "hormone", "hormones"})
ABBREVIATIONS = "abbreviations"


@dataclass
class Term:
    name: str  # as written in the lexicon
    plain: list[str]
    forms: list[str] = field(default_factory=list)  # extra surface forms beyond plurals/spellings
    said: list[str] = field(default_factory=list)  # plain wordings nearby that say what it means (not suggestions)

    @cached_property  # asked at every use of the term; the lexicon is not changed once merged
    def names_a_medicine(self) -> bool:
        """A kind of medicine ("antiviral": medicine against viruses): a class word introducing it explains it,
        as it explains a drug's name ("medicines such as betahistine, diuretics or antivirals")."""
        return any(word in _MEDICINE_WORDS for plain in self.plain for word in plain.lower().split())

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
    classes: list[str] = field(default_factory=list)  # class words that explain a name they introduce
    everyday: set[str] = field(default_factory=set)  # lowercase words never rare

    def is_everyday(self, word: str) -> bool:
        """An everyday word: listed under `everyday` (any of its forms), or one of the words the lexicon
        itself offers as a plain alternative."""
        forms = bases(word.lower())
        return not forms.isdisjoint(self.everyday) or not forms.isdisjoint(self._plain_words)

    def in_known_name(self, text: str, start: int, end: int) -> bool:
        """Is text[start:end] part of a well-known name of several words in the `allow` list ("polycystic"
        in "polycystic ovary syndrome")? Such a name shields its parts from jargon/rare-word as well."""
        if fold(text[start:end]).lower() not in self._known_name_words:
            return False
        window = max(0, start - 80)
        return any(m.start() <= start and end <= m.end() for m in self._known_names.finditer(text, window, end + 80))

    @cached_property
    def _known_name_words(self) -> frozenset[str]:
        return frozenset(w for name in self.allowed if " " in name for w in words_of(name.lower()))

    @cached_property
    def _known_names(self):
        forms = {form for name in self.allowed if " " in name for form in surface_forms(name)}
        return re.compile(rf"(?<![^\W_])(?:{alternation(forms)})(?![^\W_])", re.I) if forms else re.compile("(?!)")

    @cached_property
    def _plain_words(self) -> frozenset[str]:
        return frozenset(w.lower() for term in self.terms.values() for plain in term.plain for w in words_of(plain))


def words_of(text: str) -> list[str]:
    return [word for _, _, word in text_words(text)]


def _term(name: str, raw, where) -> Term:
    if isinstance(raw, dict):
        unknown = set(raw) - {"plain", "forms", "said"}
        if unknown:
            raise where.error(f"unknown key {sorted(unknown, key=str)[0]!r} (known: plain, forms, said)")
        plain = lexicons.text_list(raw.get("plain") or [], where / "plain")
        forms = lexicons.text_list(raw.get("forms") or [], where / "forms")
        said = lexicons.text_list(raw.get("said") or [], where / "said")
    else:
        plain, forms, said = lexicons.text_list(raw or [], where), [], []
    if not plain:
        raise where.error("needs at least one plain alternative")
    return Term(name, plain, forms, said)


def _terms(value, where) -> dict[str, Term]:
    if not isinstance(value, dict):
        raise where.error("must be a mapping of term -> plain alternatives")
    terms = {}
    for name, raw in value.items():
        if not isinstance(name, str) or not name.strip():
            raise where.error(f"term names must be text, got {name!r}")
        terms[name.strip().lower()] = _term(name.strip(), raw, where / name)
    return terms


_EXPLANATION_KEYS = ("after", "before", "classes")


def _explanations(value, where) -> dict[str, list[str]]:
    if not isinstance(value, dict) or set(value) - set(_EXPLANATION_KEYS):
        raise where.error("must be a mapping with after, before and/or classes lists")
    return {side: lexicons.text_list(value.get(side) or [], where / side) for side in _EXPLANATION_KEYS}


def _add_new_cues(merged: dict, value: dict) -> dict:
    return {side: merged[side] + [cue for cue in value[side] if cue not in merged[side]] for side in merged}


JARGON_FIELDS = {  # terms before allow: a file that lists a term under both allows it
    "terms": Field(_terms, cancels="allow"),
    "allow": Field(lexicons.lowercase_set, cancels="terms"),
    "explanations": Field(_explanations, combine=_add_new_cues),
    "everyday": Field(lexicons.lowercase_set),
}


def _cue_groups(value, where) -> list[tuple[list[str], list[str]]]:
    if not isinstance(value, list):
        raise where.error("must be a list of {acronyms: [...], cues: [...]}")
    read = []
    for index, group in enumerate(value):
        place = where / index
        if not isinstance(group, dict) or set(group) != {"acronyms", "cues"}:
            raise place.error("must have exactly the keys acronyms and cues")
        read.append((lexicons.text_list(group["acronyms"], place / "acronyms"),
                     [cue.lower() for cue in lexicons.text_list(group["cues"], place / "cues")]))
    return read


ABBREVIATION_FIELDS = {
    "allow": Field(lexicons.text_set, cancels="disallow"),
    "disallow": Field(lexicons.text_set, cancels="allow"),
    "explained_by": Field(_cue_groups),
    "search_names": Field(lexicons.text_list),
    "search_cues": Field(lexicons.text_list),
    "code_classes": Field(lexicons.text_list),
    "code_classes_before": Field(lexicons.text_list),
    "care_words": Field(lexicons.text_list),
}


def merge_jargon(files: list[dict]) -> Lexicon:
    merged = lexicons.merge(files, JARGON_FIELDS)
    explanations = merged.get("explanations", {side: [] for side in _EXPLANATION_KEYS})
    return Lexicon(merged.get("terms", {}), merged.get("allow", set()), explanations["after"], explanations["before"],
                   explanations["classes"], merged.get("everyday", set()))


def merge_abbreviations(files: list[dict]) -> set[str]:
    return lexicons.merge(files, ABBREVIATION_FIELDS).get("allow", set())


def merge_cues(files: list[dict]) -> dict[str, re.Pattern]:
    """Folded acronym -> a pattern of the words that explain it in its sentence (a word starting with a cue)."""
    cues: dict[str, list[str]] = {}
    for acronyms, words in lexicons.merge(files, ABBREVIATION_FIELDS).get("explained_by", []):
        for acronym in acronyms:
            cues.setdefault(fold(acronym), []).extend(words)
    return {acronym: re.compile(rf"(?<![^\W_])(?:{alternation(words)})", re.I) for acronym, words in cues.items()}


def jargon_lexicon(analysis) -> Lexicon:
    return analysis.shared(("jargon", "lexicon"), lambda: merge_jargon(analysis.lexicon(JARGON)))


def allowed_abbreviations(analysis) -> set[str]:
    return analysis.shared(("jargon", "abbreviations"), lambda: merge_abbreviations(analysis.lexicon(ABBREVIATIONS)))


def abbreviation_cues(analysis) -> dict[str, re.Pattern]:
    return analysis.shared(("jargon", "abbreviation cues"), lambda: merge_cues(analysis.lexicon(ABBREVIATIONS)))


@dataclass(frozen=True)
class SearchNames:
    names: re.Pattern  # a database's or register's name, as written or in capitals
    cues: re.Pattern  # a word that says the sentence is about searching


def merge_search_names(files: list[dict]) -> SearchNames:
    merged = lexicons.merge(files, ABBREVIATION_FIELDS)
    names = merged.get("search_names", [])
    names = list(dict.fromkeys(names + [name.upper() for name in names]))
    cues = [cue.lower() for cue in merged.get("search_cues", [])]
    never = "(?!)"  # an empty list matches nothing
    return SearchNames(re.compile(rf"(?<![\w.-])(?:{alternation(names) if names else never})(?![\w-])"),
                       re.compile(rf"(?<![^\W_])(?:{alternation(cues) if cues else never})", re.I))


def search_names(analysis) -> SearchNames:
    return analysis.shared(("jargon", "search names"), lambda: merge_search_names(analysis.lexicon(ABBREVIATIONS)))


def merge_code_classes(files: list[dict]) -> str:
    """The source of a pattern matching one class noun of `code_classes`, as written or plural ("kinases"); an entry
    starting with "-" matches as a word's ending too ("-kinase": "pseudokinase"). Group 1 is the noun; group `head`
    the entry it ends with, after a prefix, or group `whole` the whole entry (what a code may spell: "JAK kinase"), or
    group `before_only` an entry of `code_classes_before` (a class only right before a code: "the inhibitor p27")."""
    merged = lexicons.merge(files, ABBREVIATION_FIELDS)
    entries, before = merged.get("code_classes", []), merged.get("code_classes_before", [])
    endings = [e[1:] for e in entries if e.startswith("-") and len(e) > 1]
    whole = [e for e in entries if not e.startswith("-")] + endings
    if not whole and not before:
        return "(?!)"
    prefixed = rf"[a-z][a-z\u2010\u2011-]*?(?P<head>{alternation(_plurals(endings))})|" if endings else ""
    return (rf"(?<![^\W_])({prefixed}(?P<whole>{alternation(_plurals(whole))})|"
            rf"(?P<before_only>{alternation(_plurals(before))}))(?![^\W_])")


def _plurals(entries: list[str]) -> list[str]:
    """Each entry and its plural ("antibody", "antibodies"; "T cell", "T cells"; "locus", "loci")."""
    forms = []
    for entry in entries:
        forms.append(entry)
        if entry.endswith("y") and entry[-2:-1] not in "aeiou":
            forms.append(entry[:-1] + "ies")
        elif entry.endswith("us"):
            forms.append(entry[:-2] + "i")
        elif entry.endswith(("s", "x", "ch", "sh")):
            forms.append(entry + "es")
        else:
            forms.append(entry + "s")
    return forms


def code_classes(analysis) -> str:
    return analysis.shared(("jargon", "code classes"), lambda: merge_code_classes(analysis.lexicon(ABBREVIATIONS)))


def merge_care_words(files: list[dict]) -> re.Pattern:
    """Whole words of `care_words`, in any case."""
    entries = lexicons.merge(files, ABBREVIATION_FIELDS).get("care_words", [])
    return re.compile(rf"(?<![^\W_])(?:{alternation(entries)})(?![^\W_])", re.I) if entries else re.compile("(?!)")


def care_words(analysis) -> re.Pattern:
    return analysis.shared(("jargon", "care words"), lambda: merge_care_words(analysis.lexicon(ABBREVIATIONS)))
