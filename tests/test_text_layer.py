"""The text layer (laylint.text): one notion of a word, one set of word-form rules, one lexicon merger,
and the rule families that use it reaching the rule set only through their Analysis."""

import ast
import re
from pathlib import Path

import pytest
import yaml

from laylint import document as documents
from laylint.pipeline.linting import load_metadata
from laylint.analysis import Analysis
from laylint.api import lint_text
from laylint.claims.vocabulary import build as build_vocabulary
from laylint.errors import UsageError
from laylint.ruleset import load_ruleset
from laylint.text import (Stemmer, bases, counted_words, fold, key, phrase_pattern, singulars, surface_forms, tokens,
                          words)
from laylint.text import lexicons
from laylint.text.lexicons import Field

RULESET = load_ruleset([])
SRC = Path(__file__).resolve().parents[1] / "src" / "laylint"


# -- words -----------------------------------------------------------------------------------------

def test_a_word_is_letters_joined_by_apostrophes_and_hyphens():
    text = "It isn't follow-up or follow\u2010up: anti-CD20 for COVID-19 in 11% of my mother-in-law's (www.nhs.uk)."
    assert [w for _, _, w in words(text)] == [
        "It", "isn't", "follow-up", "or", "follow\u2010up", "anti-CD20", "for", "COVID-19", "in", "of", "my",
        "mother-in-law's", "www", "nhs", "uk"]


def test_readability_counts_figures_as_words_but_not_addresses_and_splits_at_long_dashes():
    assert counted_words("About 11% improved\u2014see https://example.org today.") == ["About", "11%", "improved", "see", "today."]


def test_phrase_tokens_split_off_nt():
    assert [t.group() for t in tokens("it doesn't cure")] == ["it", "does", "n't", "cure"]


def test_fold_keeps_offsets():
    text = "Crohn\u2019s follow\u2010up\u00a0visit"
    assert fold(text) == "Crohn's follow-up visit" and len(fold(text)) == len(text)


# -- word forms ------------------------------------------------------------------------------------

def test_surface_forms_cover_plurals_spellings_and_typed_hyphens():
    forms = surface_forms("meta-analysis")
    assert {"meta-analyses", "meta\u2010analysis", "meta\u2011analysis", "meta\u2013analysis"} <= forms


@pytest.mark.parametrize("written, base", [
    ("babies", "baby"), ("helped", "help"), ("hoping", "hope"), ("centres", "center"), ("colour", "color"),
])
def test_bases_undo_inflections_and_british_spellings(written, base):
    assert base in bases(written)


def test_singulars_undo_number_only():
    assert "inhaler" in singulars("inhalers") and "hospitalized" in singulars("hospitalised")
    assert "thaw" not in singulars("thawed")


@pytest.mark.parametrize("a, b", [
    ("Urinary-tract infections", "urinary tract infection"), ("Crohn\u2019s disease", "Crohn's disease"),
    ("UTIs", "UTI"), ("genito\u2013urinary", "genito urinary"),
])
def test_names_file_under_one_key(a, b):
    assert key(a) == key(b)


@pytest.mark.parametrize("name, written", [
    ("anemia", "anaemia"), ("haemorrhage", "hemorrhages"), ("criterion", "criteria"), ("die", "died"),
    ("Crohn's disease", "Crohn\u2019s disease"), ("urinary infection", "Urinary-infections"), ("UTI", "UTIs"),
])
def test_phrase_pattern_matches_every_form(name, written):
    assert re.fullmatch(phrase_pattern(key(name)), written, re.IGNORECASE)


def test_phrase_pattern_keeps_the_case_of_words_in_capitals():
    assert not re.fullmatch(phrase_pattern(key("MS")), "ms", re.IGNORECASE)


def test_stems_meet_across_forms_and_typed_hyphens():
    stemmer = Stemmer({"worse": "bad"}, (("ed", ""), ("e", "")))
    assert stemmer.stem("Included") == stemmer.stem("include") and stemmer.stem("worse") == "bad"
    assert stemmer.stem("follow\u2010up") == stemmer.stem("follow-up")


# -- the families use the layer ----------------------------------------------------------------------

def _analysis(text: str, source: dict) -> Analysis:
    document = documents.parse("summary.md", text)
    meta, problems, _ = load_metadata(document, yaml.safe_dump({"source": source}), "summary.source.yaml")
    return Analysis(document, meta, problems, RULESET)


def test_claims_mentions_match_british_spellings_and_classical_plurals():
    from laylint.claims import mentions

    source = {"drugs": {"iron": []}, "outcomes": {"anemia": [], "criterion": []}, "findings": []}
    found = mentions(_analysis("Iron helped anaemia, by these criteria.", source))
    assert [(m.name, m.text) for m in found] == [("iron", "Iron"), ("anemia", "anaemia"), ("criterion", "criteria")]


def test_a_jargon_term_typed_with_an_en_dash_is_the_term():
    assert [d.rule for d in lint_text("A meta\u2013analysis pooled the trials.", select=["jargon/term"])] == ["jargon/term"]


def test_a_typed_hyphen_joins_words_for_the_hedging_phrases():
    assert not [d for d in lint_text("The well\u2010proven method helped.", select=["hedging/overclaim"])]
    assert [d.rule for d in lint_text("The method is proven.", select=["hedging/overclaim"])] == ["hedging/overclaim"]


# -- lexicons ----------------------------------------------------------------------------------------

def test_a_lexicon_problem_names_the_file_the_line_and_the_key(tmp_path):
    path = tmp_path / "lexicons" / "claim-quantities.yaml"
    path.parent.mkdir()
    path.write_text("# mine\nnumbers:\n  dozen: twelve\n", encoding="utf-8")
    with pytest.raises(UsageError) as error:
        build_vocabulary(load_ruleset([tmp_path]).lexicon("claim-quantities"), [])
    assert (error.value.path, error.value.line, error.value.key) == (str(path), 3, "numbers.dozen")
    assert str(error.value) == f"{path}:3: numbers.dozen: must be a number, got 'twelve'"


def test_an_unknown_lexicon_key_is_refused_at_its_line(tmp_path):
    path = tmp_path / "hedges.yaml"
    path.write_text("hedge_cues: [arguably]\nhedge_cue: [may]\n", encoding="utf-8")
    with pytest.raises(UsageError) as error:
        lexicons.merge([{"__path__": str(path), **yaml.safe_load(path.read_text())}],
                       {"hedge_cues": Field(lexicons.text_list)})
    assert (error.value.line, error.value.key) == (2, "hedge_cue") and str(error.value).endswith("hedge_cue: unknown key (known: hedge_cues)")


def test_merge_extends_lists_updates_mappings_and_cancels():
    fields = {"words": Field(lexicons.text_list), "numbers": Field(lexicons.mapping(lexicons.number)),
              "allow": Field(lexicons.text_set, cancels="deny"), "deny": Field(lexicons.text_set, cancels="allow")}
    merged = lexicons.merge([{"words": ["a"], "numbers": {"one": 1, "two": 2}, "allow": ["X", "Y"]},
                             {"words": "b", "numbers": {"two": 3}, "deny": ["X"], "allow": None}], fields)
    assert merged == {"words": ["a", "b"], "numbers": {"one": 1.0, "two": 3.0}, "allow": {"Y"}, "deny": {"X"}}


# -- the families reach the rule set only through their Analysis -------------------------------------

FAMILIES = ("claims", "hedging", "jargon", "readability")


def _modules(package: str):
    for path in sorted((SRC / package).glob("*.py")):
        yield path, ast.parse(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("family", FAMILIES)
def test_a_rule_family_imports_no_rule_loader_config_or_command(family):
    for path, tree in _modules(family):
        for node in ast.walk(tree):
            names = [alias.name for alias in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            for name in names:
                assert not re.match(r"laylint\.(rules|config|commands)\b", name), f"{path.name} imports {name}"


@pytest.mark.parametrize("family", FAMILIES)
def test_a_rule_family_never_assigns_to_the_analysis(family):
    for path, tree in _modules(family):
        for node in ast.walk(tree):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, (ast.AugAssign, ast.AnnAssign)) else []
            for target in targets:
                assert not (isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name)
                            and target.value.id == "analysis"), f"{path.name}:{node.lineno} assigns to the analysis"
