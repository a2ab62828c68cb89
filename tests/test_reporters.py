"""The CI report formats: SARIF 2.1.0 (schema-validated), GitHub workflow commands, JUnit XML."""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from laylint import reporters
from laylint.diagnostics import Diagnostic, Fix
from laylint.reporters import github, junit, sarif
from laylint.ruleset import load_ruleset

SCHEMA = Path(__file__).parent / "data" / "sarif" / "sarif-schema-2.1.0.json"


@pytest.fixture(scope="module")
def ruleset():
    return load_ruleset([])


def diagnostic(path, rule="style/plain-words", severity="info", message="Use 'use' instead of 'utilize'",
               line=3, column=9, end_column=16, **extra):
    return Diagnostic(path, line, column, line, end_column, rule, severity, message, **extra)


def report_of(diagnostics, files, ruleset, root):
    return reporters.Report(sorted(diagnostics, key=Diagnostic.sort_key), files, sorted(ruleset.rules.values(), key=lambda r: r.id), root)


# --- SARIF -------------------------------------------------------------------------------------

def test_sarif_is_valid_against_the_2_1_0_schema(tmp_path, ruleset):
    path = str(tmp_path / "docs" / "summary one.md")
    fix = Fix(40, 47, "use", safe=True)
    report = report_of([
        diagnostic(path, suggestion="use", fix=fix),
        diagnostic(path, rule="metadata/invalid", severity="error", message="bad YAML", line=2, column=1, end_column=2),
    ], [path], ruleset, tmp_path)
    log = json.loads(sarif.render(report))
    jsonschema.validate(log, json.loads(SCHEMA.read_text(encoding="utf-8")))
    assert log["version"] == "2.1.0" and len(log["runs"]) == 1


def test_sarif_describes_each_rule_from_its_yaml(tmp_path, ruleset):
    report = report_of([], [], ruleset, tmp_path)
    driver = json.loads(sarif.render(report))["runs"][0]["tool"]["driver"]
    assert driver["name"] == "laylint" and driver["version"]
    by_id = {rule["id"]: rule for rule in driver["rules"]}
    plain = by_id["style/plain-words"]
    source = ruleset.rules["style/plain-words"]
    assert plain["shortDescription"]["text"] == source.summary
    assert plain["fullDescription"]["text"] == source.description.strip()
    assert source.rationale.strip().split("\n")[0] in plain["help"]["text"]
    assert "Doctors utilize blood tests" in plain["help"]["text"]
    assert "## Why it matters" in plain["help"]["markdown"]
    assert plain["defaultConfiguration"]["level"] == "note"
    assert by_id["metadata/invalid"]["defaultConfiguration"]["level"] == "error"


def test_sarif_results_point_at_rules_with_relative_percent_encoded_uris(tmp_path, ruleset):
    path = str(tmp_path / "docs" / "summary one.md")
    report = report_of([diagnostic(path, severity="warning", suggestion="use", fix=Fix(40, 47, "use", safe=True))],
                       [path], ruleset, tmp_path)
    run = json.loads(sarif.render(report))["runs"][0]
    (result,) = run["results"]
    assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == result["ruleId"] == "style/plain-words"
    assert result["level"] == "warning"
    assert result["message"]["text"].startswith("Use 'use' instead of 'utilize'")
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "docs/summary%20one.md"
    assert location["artifactLocation"]["uriBaseId"] == "SRCROOT"
    assert location["region"] == {"startLine": 3, "startColumn": 9, "endLine": 3, "endColumn": 16}
    assert run["columnKind"] == "unicodeCodePoints"  # laylint counts code points, SARIF's default is UTF-16
    replacement = result["fixes"][0]["artifactChanges"][0]["replacements"][0]
    assert replacement == {"deletedRegion": {"charOffset": 40, "charLength": 7}, "insertedContent": {"text": "use"}}


def test_sarif_offers_no_fix_when_the_fix_is_not_safe(tmp_path, ruleset):
    path = str(tmp_path / "a.md")
    report = report_of([diagnostic(path, fix=Fix(1, 2, "x", safe=False))], [path], ruleset, tmp_path)
    (result,) = json.loads(sarif.render(report))["runs"][0]["results"]
    assert "fixes" not in result


def test_sarif_uses_an_absolute_file_uri_outside_the_root(tmp_path, ruleset):
    root = tmp_path / "repo"
    root.mkdir()
    outside = str(tmp_path / "elsewhere" / "a.md")
    report = report_of([diagnostic(outside)], [outside], ruleset, root)
    location = json.loads(sarif.render(report))["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == (tmp_path / "elsewhere" / "a.md").as_uri()
    assert "uriBaseId" not in location["artifactLocation"]


def test_sarif_relative_paths_are_resolved_from_the_working_directory(tmp_path, ruleset, monkeypatch):
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")
    report = report_of([diagnostic("a.md")], ["a.md"], ruleset, tmp_path)
    location = json.loads(sarif.render(report))["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "sub/a.md"


# --- GitHub workflow commands -------------------------------------------------------------------

def test_github_one_command_per_diagnostic_by_severity(tmp_path, ruleset):
    path = str(tmp_path / "docs" / "a.md")
    report = report_of([
        diagnostic(path, severity="error", line=1),
        diagnostic(path, severity="warning", line=2),
        diagnostic(path, severity="info", line=3, suggestion="use"),
    ], [path], ruleset, tmp_path)
    lines = github.render(report).splitlines()
    assert lines == [
        "::error file=docs/a.md,line=1,col=9,endLine=1,endColumn=16,title=style/plain-words::Use 'use' instead of 'utilize'",
        "::warning file=docs/a.md,line=2,col=9,endLine=2,endColumn=16,title=style/plain-words::Use 'use' instead of 'utilize'",
        "::notice file=docs/a.md,line=3,col=9,endLine=3,endColumn=16,title=style/plain-words::Use 'use' instead of 'utilize' (suggestion: use)",
    ]


def test_github_escapes_message_and_properties():
    assert github.escape_data("100% sure\r\nnext") == "100%25 sure%0D%0Anext"
    assert github.escape_property("a,b:c%d\ne") == "a%2Cb%3Ac%25d%0Ae"
    # the message keeps ':' and ',' (only properties escape them)
    assert github.escape_data("a: b, c") == "a: b, c"


def test_github_escapes_a_path_with_comma_and_colon(tmp_path, ruleset):
    path = str(tmp_path / "a,b:c.md")
    report = report_of([diagnostic(path, message="50%\nlater")], [path], ruleset, tmp_path)
    (line,) = github.render(report).splitlines()
    assert line.startswith("::notice file=a%2Cb%3Ac.md,line=3,")
    assert line.endswith("::50%25%0Alater")


def test_github_prints_nothing_for_a_clean_run(tmp_path, ruleset):
    assert github.render(report_of([], [str(tmp_path / "a.md")], ruleset, tmp_path)) == ""


# --- JUnit --------------------------------------------------------------------------------------

def test_junit_one_suite_per_file_one_failing_case_per_diagnostic(tmp_path, ruleset):
    dirty, clean = str(tmp_path / "dirty.md"), str(tmp_path / "clean.md")
    report = report_of([
        diagnostic(dirty, line=1, message="first <one> & \"quoted\""),
        diagnostic(dirty, severity="error", rule="metadata/invalid", line=2, message="second"),
    ], [clean, dirty], ruleset, tmp_path)
    report.fail_on = "info"  # every problem fails the run, so every one is a failing test case
    root = ET.fromstring(junit.render(report))
    assert root.tag == "testsuites" and root.get("tests") == "3" and root.get("failures") == "2"
    suites = {suite.get("name"): suite for suite in root.findall("testsuite")}
    assert set(suites) == {"clean.md", "dirty.md"}
    (passing,) = suites["clean.md"].findall("testcase")
    assert passing.find("failure") is None and suites["clean.md"].get("failures") == "0"
    cases = suites["dirty.md"].findall("testcase")
    assert suites["dirty.md"].get("tests") == "2" and suites["dirty.md"].get("failures") == "2"
    failures = [case.find("failure") for case in cases]
    assert [f.get("type") for f in failures] == ["style/plain-words", "metadata/invalid"]
    assert failures[0].get("message") == "first <one> & \"quoted\""
    assert "dirty.md:1:9: info style/plain-words" in failures[0].text
    assert cases[0].get("file") == "dirty.md" and cases[0].get("line") == "1"


def test_junit_stays_well_formed_with_control_characters(tmp_path, ruleset):
    path = str(tmp_path / "a.md")
    report = report_of([diagnostic(path, message="bad \x0b byte \x00 here")], [path], ruleset, tmp_path)
    report.junit_below = "failure"
    failure = ET.fromstring(junit.render(report)).find("testsuite/testcase/failure")
    assert failure.get("message") == "bad \ufffd byte \ufffd here"


# --- through the command line -------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["sarif", "github", "junit"])
def test_check_writes_each_format_with_paths_relative_to_the_working_directory(tmp_path, fmt):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.md").write_text("# Title\n\nWe utilize blood tests.\n", encoding="utf-8")
    out = tmp_path / f"report.{fmt}"
    completed = subprocess.run([sys.executable, "-m", "laylint", "check", "docs", "--select", "style/plain-words", "--format", fmt,
                                "--output-file", str(out)],
                               cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert completed.returncode == 0, completed.stderr  # style/plain-words is info: not a failure
    text = out.read_text(encoding="utf-8")
    if fmt == "sarif":
        result = json.loads(text)["runs"][0]["results"][0]
        assert result["ruleId"] == "style/plain-words"
        assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "docs/a.md"
        assert result["locations"][0]["physicalLocation"]["region"]["startLine"] == 3
    elif fmt == "github":
        assert text.startswith("::notice file=docs/a.md,line=3,col=4,endLine=3,endColumn=11,title=style/plain-words::")
    else:
        case = ET.fromstring(text).find("testsuite/testcase")
        # exit 0, so no failing test case (issue 18): the info is a skipped case with its message
        assert case.get("file") == "docs/a.md" and case.find("failure") is None
        assert "Use 'use'" in case.find("skipped").get("message")
        assert case.find("properties/property[@name='rule']").get("value") == "style/plain-words"


def test_sarif_of_the_bundled_example_with_every_rule_is_schema_valid(tmp_path):
    checkout = Path(__file__).resolve().parents[1]
    out = tmp_path / "examples.sarif"
    completed = subprocess.run([sys.executable, "-m", "laylint", "check", "examples", "--select", "all", "--format", "sarif",
                                "--output-file", str(out), "--exit-zero", "--no-cache"],
                               cwd=checkout, capture_output=True, text=True, timeout=300)
    assert completed.returncode == 0, completed.stderr
    log = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(log, json.loads(SCHEMA.read_text(encoding="utf-8")))
    run = log["runs"][0]
    assert run["results"], "the example summary should have at least one finding"
    assert all(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].startswith("examples/") for r in run["results"])
