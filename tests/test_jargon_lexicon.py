"""The jargon lexicon: size and shape of the built-in one, and extending it from a user's rule folder."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from laylint.errors import UsageError
from laylint.text import surface_forms
from laylint.jargon.lexicon import merge_abbreviations, merge_jargon
from laylint.ruleset import load_ruleset


@pytest.fixture(scope="module")
def builtin():
    return merge_jargon(load_ruleset([]).lexicon("jargon"))


def test_builtin_lexicon_has_at_least_400_terms_each_with_plain_alternatives(builtin):
    assert len(builtin.terms) >= 400
    assert all(term.plain and all(p.strip() for p in term.plain) for term in builtin.terms.values())


def test_builtin_lexicon_covers_the_issue_examples(builtin):
    for term in ("cohort", "placebo", "efficacy", "randomised", "adverse event", "confidence interval",
                 "statistically significant", "odds ratio", "prevalence", "incidence", "morbidity", "mortality",
                 "renal", "hypogammaglobulinaemia"):
        assert term in builtin.terms, term


def test_a_plain_alternative_is_never_the_term_itself(builtin):
    assert not [k for k, t in builtin.terms.items() if any(p.lower() == k for p in t.plain)]


def test_forms_cover_plurals_and_spellings():
    assert {"analyses", "criteria", "biopsies", "haemorrhages", "hemorrhages"} <= (
        surface_forms("analysis") | surface_forms("criterion") | surface_forms("biopsy") | surface_forms("haemorrhage"))
    assert "randomized controlled trials" in surface_forms("randomised controlled trial")


def test_merge_adds_allows_and_replaces():
    base = {"__path__": "a.yaml", "terms": {"cohort": ["group"], "renal": ["kidney"]}, "explanations": {"after": ["means"]}}
    user = {"__path__": "b.yaml", "terms": {"cohort": {"plain": ["study group"], "forms": ["study cohort"]},
                                             "biosimilar": ["copy of a biologic medicine"]},
            "allow": ["renal"], "explanations": {"before": ["dubbed"]}}
    lexicon = merge_jargon([base, user])
    assert sorted(lexicon.terms) == ["biosimilar", "cohort"]
    assert lexicon.terms["cohort"].plain == ["study group"]
    assert "study cohorts" in lexicon.terms["cohort"].surface_forms()
    assert "renal" in lexicon.allowed
    assert lexicon.explain_after == ["means"] and lexicon.explain_before == ["dubbed"]


@pytest.mark.parametrize("bad, key", [
    ({"terms": ["cohort"]}, "terms"),
    ({"terms": {"cohort": []}}, "terms.cohort"),
    ({"terms": {"cohort": {"plane": ["group"]}}}, "terms.cohort"),
    ({"allow": [1, 2]}, "allow"),
    ({"words": {}}, "words"),
])
def test_malformed_user_lexicon_is_a_usage_error_naming_file_and_key(bad, key):
    with pytest.raises(UsageError) as error:
        merge_jargon([{"__path__": "user/lexicons/jargon.yaml", **bad}])
    assert error.value.path == "user/lexicons/jargon.yaml" and error.value.key == key


def test_abbreviations_merge_allow_and_disallow():
    assert merge_abbreviations([{"allow": ["DNA", "US"]}, {"allow": ["NHS"], "disallow": ["DNA"]}]) == {"US", "NHS"}


def _project(tmp_path):
    """A content repo with its own rule folder extending the lexicons, and a summary that uses the words."""
    rules = tmp_path / "house-rules" / "lexicons"
    rules.mkdir(parents=True)
    (rules / "jargon.yaml").write_text(
        "terms:\n"
        "  wellbeing score: [how people felt]\n"
        "  placebo: [sugar pill]\n"
        "allow: [cohort, xerostomia]\n", encoding="utf-8")
    (rules / "abbreviations.yaml").write_text("allow: [COPD]\n", encoding="utf-8")
    (tmp_path / ".laylint.yaml").write_text("rule_paths: [house-rules]\nselect: [jargon, jargon/rare-word]\n", encoding="utf-8")
    summary = tmp_path / "summary.md"
    summary.write_text("The cohort had COPD and xerostomia.\n\nThe wellbeing scores rose more than with placebo.\n",
                       encoding="utf-8")
    return summary


def test_user_lexicon_in_rule_paths_extends_the_built_in_one(tmp_path):
    summary = _project(tmp_path)
    result = subprocess.run([sys.executable, "-m", "laylint", "check", "--format", "json", str(summary)],
                            capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stderr  # the only error-level finding (COPD) is allowed
    found = {(d["rule"], d["line"], d.get("suggestion")) for d in json.loads(result.stdout)}
    assert ("jargon/term", 3, "how people felt") in found          # added term, plural matched
    assert ("jargon/term", 3, "sugar pill") in found               # changed alternatives
    assert not [d for d in found if d[1] == 1]                     # cohort, COPD, xerostomia allowed


def test_without_the_user_folder_the_same_summary_is_reported(tmp_path):
    summary = _project(tmp_path)
    (tmp_path / ".laylint.yaml").write_text("select: [jargon, jargon/rare-word]\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "laylint", "check", "--format", "json", str(summary)],
                            capture_output=True, text=True, cwd=tmp_path)
    found = {(d["rule"], d["line"]) for d in json.loads(result.stdout)}
    assert {("jargon/term", 1), ("jargon/acronym", 1), ("jargon/rare-word", 1)} <= found
    assert result.returncode == 1


def test_broken_user_lexicon_exits_2_naming_the_file(tmp_path):
    summary = _project(tmp_path)
    (tmp_path / "house-rules" / "lexicons" / "jargon.yaml").write_text("terms: [cohort]\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "laylint", "check", str(summary)],
                            capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 2
    assert "jargon.yaml" in result.stderr and "terms" in result.stderr


def test_lexicon_source_is_noted_in_the_file_header():
    header = (Path(__file__).resolve().parents[1] / "rules" / "lexicons" / "jargon.yaml").read_text(encoding="utf-8")[:1200]
    assert "CDC Plain Language Thesaurus" in header


def test_config_can_allow_acronyms_and_change_thresholds(tmp_path):
    from laylint.pipeline import Project

    (tmp_path / ".laylint.yaml").write_text(
        "select: [jargon, jargon/rare-word]\nrules:\n  jargon/acronym: {allow: [COPD]}\n  jargon/rare-word: {max_zipf: 1.0}\n",
        encoding="utf-8")
    summary = tmp_path / "summary.md"
    summary.write_text("People with COPD and ADHD had xerostomia.\n", encoding="utf-8")
    found = {(d.rule, d.message.split("'")[1]) for d in Project().lint_file(summary).diagnostics}
    assert found == {("jargon/acronym", "ADHD")}  # xerostomia (Zipf 1.6) is above the 1.0 threshold


def test_plain_alternatives_do_not_use_other_lexicon_terms(builtin):
    """A suggestion that swaps one jargon word for another does not help the reader."""
    import re

    single_words = {key for key in builtin.terms if " " not in key}
    offenders = [(key, plain) for key, term in builtin.terms.items() for plain in term.plain
                 if set(re.findall(r"[a-z-]+", plain.lower())) & (single_words - {key})]
    assert not offenders, offenders
