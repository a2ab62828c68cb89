"""`laylint claims` (the figures laylint read and their verdicts) and the claims rules through the CLI."""

import json
from pathlib import Path
from types import SimpleNamespace

from robust_support import run_cli

SEED = Path(__file__).resolve().parents[1] / "examples" / "anti-cd20.md"
KEYS = {"line", "column", "text", "value", "drug", "outcome", "verdict", "finding"}


def laylint(*args, cwd=None):
    """The command line, in this process (a subprocess would prove nothing more here)."""
    run = run_cli(*args, cwd=cwd)
    return SimpleNamespace(returncode=run.code, stdout=run.out, stderr=run.err)


def test_claims_json_lists_each_figure_with_its_reading(tmp_path):
    run = laylint("claims", "--format", "json", str(SEED))
    assert run.returncode == 0, run.stderr
    rows = json.loads(run.stdout)
    assert [r["text"] for r in rows] == ["about 11%", "25%", "9%", "6%", "12%"]
    assert all(KEYS <= set(r) for r in rows)
    assert {r["verdict"] for r in rows} == {"verified"}
    second = rows[1]
    assert (second["drug"], second["outcome"], second["value"]) == ("rituximab", "any infection", 25.0)
    assert second["finding"].startswith("rituximab, any infection: 25%")
    line = SEED.read_text(encoding="utf-8").splitlines()[second["line"] - 1]
    assert line[second["column"] - 1:].startswith("25%")


def test_claims_text_shows_verdict_and_reading_for_an_edited_summary(tmp_path):
    edited = tmp_path / "seed.md"
    edited.write_text(SEED.read_text(encoding="utf-8").replace("(9%)", "(19%)"), encoding="utf-8")
    run = laylint("claims", str(edited))
    assert run.returncode == 0
    [line] = [x for x in run.stdout.splitlines() if "number-mismatch" in x]
    assert "'19%'" in line and "rituximab / genito-urinary infection" in line and "9% (95% CI 5% to 12%)" in line
    assert run.stdout.rstrip().endswith("5 claims")


def test_all_includes_dates_doses_and_counts(tmp_path):
    summary = tmp_path / "s.md"
    summary.write_text("---\nsource:\n  studies: 55\n  drugs: {rituximab: []}\n  outcomes: {infection: [infections]}\n"
                       "  findings: [{drug: rituximab, outcome: infection, value: 25%}]\n---\n"
                       "In 2020, 55 studies gave 1,000 mg of rituximab; 25% had infections.\n", encoding="utf-8")
    plain = json.loads(laylint("claims", "--format", "json", str(summary)).stdout)
    everything = json.loads(laylint("claims", "--format", "json", "--all", str(summary)).stdout)
    assert [(r["text"], r["verdict"]) for r in plain] == [("55", "count"), ("25%", "verified")]
    assert [(r["text"], r["verdict"]) for r in everything] == [("2020", "unattached"), ("55", "count"),
                                                               ("1,000", "unattached"), ("25%", "verified")]


def test_claims_without_metadata_says_so(tmp_path):
    summary = tmp_path / "bare.md"
    summary.write_text("About 40% of people stopped treatment.\n", encoding="utf-8")
    run = laylint("claims", "--format", "json", str(summary))
    assert "no source metadata" in run.stderr
    assert [r["verdict"] for r in json.loads(run.stdout)] == ["unsupported-number"]


def test_claims_on_a_missing_path_is_a_usage_error(tmp_path):
    run = laylint("claims", str(tmp_path / "nope.md"))
    assert run.returncode == 2 and "nope.md" in run.stderr


def test_metadata_missing_through_check(tmp_path):
    summary = tmp_path / "bare.md"
    summary.write_text("# Title\n\nThe trial was small.\n\nAbout 40% of people stopped treatment.\n", encoding="utf-8")
    run = laylint("check", "--format", "json", "--select", "claims,metadata/missing", str(summary))
    found = json.loads(run.stdout)
    assert [(d["rule"], d["line"], d["column"], d["severity"]) for d in found] == [("metadata/missing", 5, 1, "warning")]
    assert run.returncode == 0


def test_unsupported_plain_number_is_a_warning_and_a_percentage_an_error(tmp_path):
    summary = tmp_path / "s.md"
    summary.write_text("---\nsource:\n  drugs: {rituximab: []}\n  outcomes: {infection: [infections]}\n"
                       "  findings: [{drug: rituximab, outcome: infection, value: 25%}]\n---\n"
                       "On rituximab, scores fell by 4.5 points. About 40% of people on rituximab stopped.\n", encoding="utf-8")
    found = json.loads(laylint("check", "--format", "json", "--select", "claims", str(summary)).stdout)
    assert [(d["rule"], d["severity"]) for d in found] == [("claims/unsupported-number", "warning"),
                                                           ("claims/unsupported-number", "error")]
    assert "'4.5'" in found[0]["message"] and "rituximab" in found[0]["message"]


def test_key_finding_never_stated_points_at_the_metadata_line(tmp_path):
    summary = tmp_path / "s.md"
    summary.write_text("---\nsource:\n  drugs: {rituximab: []}\n  outcomes: {infection: [infections]}\n  findings:\n"
                       "    - {drug: rituximab, outcome: infection, value: 25%, key: true}\n---\n"
                       "Rituximab is a medicine for MS.\n", encoding="utf-8")
    found = json.loads(laylint("check", "--format", "json", "--select", "claims", str(summary)).stdout)
    assert [(d["rule"], d["line"]) for d in found] == [("claims/missing-finding", 6)]
    assert "rituximab, infection: 25%" in found[0]["message"]


def test_rules_and_explain_know_the_claims_rules():
    listed = laylint("rules").stdout
    for rule in ("claims/wrong-pair", "claims/number-mismatch", "claims/unsupported-number", "claims/unknown-pair",
                 "claims/missing-finding", "metadata/missing"):
        assert rule in listed
    explained = laylint("explain", "claims/wrong-pair")
    assert explained.returncode == 0 and "31% of people on the statin had muscle aches." in explained.stdout


def test_metadata_missing_is_silent_when_no_claims_rule_runs(tmp_path):
    from laylint.api import lint_text

    text = "About 11% of people on rituximab had low antibody levels."
    assert [d.rule for d in lint_text(text, select=["claims", "metadata/missing"])] == ["metadata/missing"]
    assert lint_text(text, select=["metadata/missing"]) == []
