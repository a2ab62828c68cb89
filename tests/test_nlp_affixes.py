"""The tokenizer's affix searches asked only of the alternatives that can match (laylint.affixes, issue #19):
the same matches as spaCy's whole patterns, and a one-file run never pays for working the edges out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from laylint import affixes, nlp

CORPUS = Path(__file__).parent / "data" / "corpus" / "cochrane-devaraj2021.jsonl"

# chunks as the tokenizer meets them (no blanks), across fields; the edges they end and start with matter
CHUNKS = [
    "patients.", "(n=1,093)", "12mg", "5km.", "40%", "US$120", "C$5", "$3", "£2.50", "\u20ac10", "3.5kg,",
    "'s", "children's", "Crohn\u2019s", "HbA1c.", "type-2", "1A.", "COVID-19;", "(HIV)", "[12]", "\u201cquit\u201d",
    "etc...", "wait....", "\u2026", "10\u00b0C.", "mmHg)", "\u2265", "\u00b1", "+5", "5+", "3x/wk", "e.g.", "i.e.,",
    "U.K.", "ages\u00a05", "\u2014", "\u2013", "2016\u20132019", "x", "", "a\n", "5m\n", "\u00bfQu\u00e9?", "\u00a1S\u00ed!",
    "anti-PD-1", "IgG4-related", "m\u00b2", "km\u00b3", "20\u00b5g", "\ud83d\ude00", "kidney\u2019s", "10\u2009000",
]


def _corpus_chunks() -> list[str]:
    chunks = set()
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        chunks.update(json.loads(line)["summary"].split())
    return sorted(chunks)


def _spacy_patterns():
    from spacy import util
    from spacy.lang.en import English

    defaults = English.Defaults
    return (util.compile_prefix_regex(defaults.prefixes),
            util.compile_suffix_regex([*defaults.suffixes, nlp._CODE_SUFFIX]),
            util.compile_infix_regex(defaults.infixes))


def _ours(monkeypatch):
    from spacy.lang.en import English

    monkeypatch.setattr(affixes, "WARM_UP", 0)  # the shortcut from the first search
    defaults = English.Defaults
    return (affixes.AffixSearch(["^" + p for p in defaults.prefixes if p.strip()], at_end=False),
            affixes.AffixSearch([p + "$" for p in [*defaults.suffixes, nlp._CODE_SUFFIX] if p.strip()], at_end=True),
            affixes.InfixFinditer([p for p in defaults.infixes if p.strip()]))


def _span(match):
    return None if match is None else match.span()


def _strings() -> list[str]:
    """Every chunk above and of the corpus, and a character after (and before) a few contexts: every ASCII and
    Latin-1 character, every edge character of spaCy's affixes, and every 101st code point."""
    characters = {chr(c) for c in range(0x250)} | {chr(c) for c in range(0x250, 0x110000, 101)}
    characters -= {chr(c) for c in range(0xD800, 0xE000)}
    from spacy.lang.en import English

    for pieces in (English.Defaults.prefixes, English.Defaults.suffixes):
        for piece in pieces:
            characters |= {c for c in piece if not c.isalnum() or ord(c) > 127}
    contexts = ["", "5", "ab", "AB", "x.", "1A"]
    return CHUNKS + _corpus_chunks() + [f"{a}{c}" for a in contexts for c in characters] + \
        [f"{c}{a}" for a in contexts for c in characters]


def test_affix_searches_match_spacys_whole_patterns(monkeypatch):
    prefix, suffix, infix = _spacy_patterns()
    our_prefix, our_suffix, our_infix = _ours(monkeypatch)
    differing = []
    for text in _strings():
        if _span(our_prefix(text)) != _span(prefix.search(text)) or _span(our_suffix(text)) != _span(
                suffix.search(text)) or [m.span() for m in our_infix(text)] != [m.span() for m in infix.finditer(text)]:
            differing.append(text)
    assert differing == []
    assert our_suffix.edges is not None and our_infix.starts is not None  # the shortcut was taken


def test_most_suffix_searches_of_the_corpus_skip_every_alternative(monkeypatch):
    _, our_suffix, our_infix = _ours(monkeypatch)
    chunks = _corpus_chunks()
    for text in chunks:
        our_suffix(text)
        our_infix(text)
    skipped = [c for c in chunks if our_suffix._by_character.get(c[-1]) is affixes._no_match]
    assert len(skipped) > len(chunks) / 4  # words ending in e, y, l...: no suffix can end with them
    assert sum(our_infix.starts.isdisjoint(c) for c in chunks) > len(chunks) / 2  # plain words hold no infix


@pytest.mark.parametrize("alternative, at_end, edge", [
    (r"(?<=[0-9])(?:km|g|m\u00b2)$", True, {"m", "g", "\u00b2"}),
    (r"\.\.+$", True, {"."}),
    (r"(?<=[0-9][A-Z])\.$", True, {"."}),
    (r"^US\$", False, {"U"}),
    (r"^\+(?![0-9])", False, {"+"}),
    (r"^[\u00a6\u00a9-\u00ab]", False, {"\u00a6", "\u00a9", "\u00aa", "\u00ab"}),
])
def test_the_edge_of_an_alternative(alternative, at_end, edge):
    assert affixes.anchored_edge(affixes._parse(alternative), at_end) == edge


@pytest.mark.parametrize("alternative, at_end", [
    ("a|b$", True),  # a bare "|": the first branch is not anchored
    ("a*$", True),  # may be empty: the character before it is the edge
    (r"\w$", True),  # a category
    ("[^a]$", True),  # a negated class
    ("(?i)km$", True),  # case-insensitive
    ("km", True),  # not anchored
    ("^.", False),  # any character
])
def test_edges_not_simply_known_keep_the_alternative(alternative, at_end):
    assert affixes.anchored_edge(affixes._parse(alternative), at_end) is None


def test_one_summary_is_tokenized_with_the_whole_patterns():
    fresh, _ = nlp._build(nlp.BLANK)
    summary = json.loads(CORPUS.read_text(encoding="utf-8").splitlines()[447])["summary"]
    nlp.make_doc(fresh, summary)
    tokenizer = fresh.tokenizer.tokenizer
    assert tokenizer.suffix_search.edges is None and tokenizer.infix_finditer.starts is None
    assert tokenizer.url_match.required is None
    assert tokenizer.suffix_search.__self__.pattern == _spacy_patterns()[1].pattern  # what spaCy saves


def test_the_corpus_tokenizes_as_blank_english_with_the_shortcut_from_the_start(monkeypatch):
    import spacy
    from spacy.attrs import LOWER, NORM, ORTH, SPACY

    monkeypatch.setattr(affixes, "WARM_UP", 0)
    ours, _ = nlp._build(nlp.BLANK)
    reference = spacy.blank("en")
    suffixes = reference.tokenizer.suffix_search
    reference.tokenizer.suffix_search = lambda text: suffixes(text) or nlp._CODE_FULL_STOP(text)
    for abbreviation in nlp._ABBREVIATIONS:
        if " " not in abbreviation:
            reference.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    for unit in nlp._UNIT_LETTERS:
        reference.tokenizer.add_special_case(unit, [{ORTH: unit[:-1]}, {ORTH: "."}])
    differing = []
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        got = nlp.make_doc(ours, row["summary"]).to_array([ORTH, SPACY, NORM, LOWER])
        expected = nlp.make_doc(reference, row["summary"]).to_array([ORTH, SPACY, NORM, LOWER])
        if got.shape != expected.shape or (got != expected).any():
            differing.append(row["id"])
    assert differing == []


URLS = ["https://www.cochranelibrary.com", "www.nhs.uk/conditions", "192.168.1.1", "10.0.0.1", "8.8.8.8:53",
        "user@example.org", "localhost", "http://localhost:8000", "mailto:someone", "who.int", "e.g.", "p=0.05",
        "1.5mg", "N.B.", "U.S.", "ClinicalTrials.gov", "NCT01234567", "a.b", "x@y", "https://", "ftp://files"]


def test_url_match_answers_as_spacys_pattern():
    from spacy.lang.tokenizer_exceptions import URL_MATCH

    ours = affixes.Requiring(URL_MATCH)
    assert ours.required is None  # not before WARM_UP calls
    assert ours.work_out_required() == frozenset(".")  # a host or an address always holds a full stop
    assert ours.__self__ is URL_MATCH.__self__
    differing = [text for text in URLS + CHUNKS + _corpus_chunks() if _span(ours(text)) != _span(URL_MATCH(text))]
    assert differing == []
    assert any(URL_MATCH(text) for text in URLS)  # the table holds matches too


@pytest.mark.parametrize("pattern, required", [
    (r"^(?:https?://)?\w+\.(?:org|com)$", {"."}),
    (r"(?:ab|cd)+", {"a", "c"}),
    (r"x?y", {"y"}),
    (r"(?:a|b?)c", {"c"}),
    (r"a?b?", None),  # may match empty
    (r"\w+", None),  # a category
])
def test_the_characters_every_match_holds(pattern, required):
    found = affixes._required(list(affixes._parse(pattern)))
    assert (found if found is None else set(found)) == required


def test_both_searchers_compile_the_same_whole_pattern():
    """AffixSearch and InfixFinditer share one `__self__` (spaCy reads it when it saves a tokenizer)."""
    for searcher in (affixes.AffixSearch([r"^\(", r"^\["], at_end=False), affixes.InfixFinditer([r"-", r"/"])):
        assert searcher.__self__.pattern == "|".join(searcher.alternatives) and searcher.__self__ is searcher.__self__
