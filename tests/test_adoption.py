"""Gradual adoption (issue 18, item 1): baselines, --statistics, --add-ignores."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from laylint.cli import main

SOURCE = """\
---
source:
  design: randomized-trial
  drugs: {rituximab: [Rituxan]}
  outcomes: {low antibody levels: [hypogammaglobulinemia]}
  findings:
    - {drug: rituximab, outcome: low antibody levels, value: 9%}
---
"""
FIRST = "We utilize blood tests to find hypogammaglobulinemia in people with COPD."
SECOND = "Prior to the study, the cohort was randomised."
THIRD = "About 9% of people on rituximab had low antibody levels."


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def check(capsys, *args) -> tuple[int, str, str]:
    code = main(["check", "--no-cache", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def repo(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "summaries/a.md", f"{SOURCE}# A study of blood tests\n\n{FIRST}\n\n{SECOND}\n\n{THIRD}\n")
    write(tmp_path, "summaries/b.md", f"# Another\n\n{SECOND}\n\nWe utilize it.\n")
    return tmp_path


def test_write_baseline_then_check_with_it_is_green(repo, capsys):
    code, out, err = check(capsys, "summaries", "--format", "json")
    problems = json.loads(out)
    assert code == 1 and len(problems) > 5
    code, _, err = check(capsys, "summaries", "--write-baseline", "laylint-baseline.json")
    assert code == 0 and f"{len(problems)} problems in 2 files" in err
    data = json.loads((repo / "laylint-baseline.json").read_text())
    assert data["version"] == 1 and set(data["files"]) == {"summaries/a.md", "summaries/b.md"}
    assert sum(len(prints) for rules in data["files"].values() for prints in rules.values()) == len(problems)
    code, out, err = check(capsys, "summaries", "--baseline", "laylint-baseline.json")
    assert code == 0 and out == "All checks passed (2 files).\n"
    assert f"{len(problems)} problems not shown" in err


def test_baseline_survives_moved_paragraphs_and_reports_exactly_a_new_wrong_number(repo, capsys):
    check(capsys, "summaries", "--write-baseline", "base.json")
    a = repo / "summaries" / "a.md"
    # Move the paragraphs around and add blank lines: every line number changes.
    a.write_text(f"{SOURCE}# A study of blood tests\n\n\n\n{THIRD}\n\n{SECOND}\n\n\n{FIRST}\n", encoding="utf-8")
    code, out, _ = check(capsys, "summaries", "--baseline", "base.json")
    assert code == 0, out
    a.write_text(a.read_text() + "\nAbout 19% of people on rituximab had low antibody levels, we think.\n", encoding="utf-8")
    code, out, _ = check(capsys, "summaries", "--baseline", "base.json", "--format", "json")
    (new,) = json.loads(out)
    assert code == 1 and new["rule"] == "claims/number-mismatch" and "19%" in new["message"]


def test_baseline_counts_repeats_and_says_when_entries_are_fixed(repo, capsys):
    b = repo / "summaries" / "b.md"
    check(capsys, "summaries", "--write-baseline", "base.json", "--select", "style")
    b.write_text(b.read_text() + "\nWe utilize it.\n", encoding="utf-8")  # the same problem, once more
    code, out, _ = check(capsys, "summaries", "--baseline", "base.json", "--select", "style", "--format", "json")
    assert [d["line"] for d in json.loads(out) if d["path"] == "summaries/b.md"] == [7]
    b.write_text("# Another\n\nBefore the study, nothing.\n", encoding="utf-8")
    code, out, err = check(capsys, "summaries", "--baseline", "base.json", "--select", "style")
    assert code == 0 and "no longer occur: tighten the baseline with --write-baseline base.json" in err


def test_a_missing_or_broken_baseline_is_a_usage_error(repo, capsys):
    code, _, err = check(capsys, "summaries", "--baseline", "nope.json")
    assert code == 2 and "baseline file not found: nope.json" in err
    write(repo, "bad.json", "[1, 2]")
    code, _, err = check(capsys, "summaries", "--baseline", "bad.json")
    assert code == 2 and "not a laylint baseline" in err


def test_baseline_paths_are_relative_to_the_baseline_file(repo, capsys, monkeypatch):
    check(capsys, "summaries", "--write-baseline", "base.json")
    monkeypatch.chdir(repo / "summaries")
    code, out, _ = check(capsys, ".", "--baseline", "../base.json")
    assert code == 0, out


def test_statistics_counts_problems_per_rule_like_ruff(repo, capsys):
    code, out, _ = check(capsys, "summaries", "--statistics", "--select", "style,jargon/acronym")
    lines = out.splitlines()
    assert code == 1 and lines[-1].startswith("Found 5 problems")
    assert lines[0].split()[:4] == ["4", "style/plain-words", "info", "[*]"]
    assert lines[1].split()[:5] == ["1", "jargon/acronym", "error", "[", "]"]
    code, out, _ = check(capsys, "summaries", "--statistics", "--select", "style", "--format", "json")
    (row,) = json.loads(out)
    assert row["rule"] == "style/plain-words" and row["count"] == 4 and row["fixable"] == 4
    assert row["url"].endswith("/rules/style/plain-words.html")


def test_add_ignores_silences_todays_problems_and_only_those(repo, capsys):
    code, _, err = check(capsys, "summaries", "--add-ignores")
    assert code == 0 and "added ignore comments for" in err
    a = (repo / "summaries" / "a.md").read_text()
    assert "<!-- laylint-disable-next-line jargon/acronym readability/hard-sentence style/plain-words -->\nWe utilize" in a
    assert a.startswith(SOURCE + "<!-- laylint-disable-file hedging/limitations readability/grade -->\n# A study")
    assert a.startswith(SOURCE)  # front matter untouched
    code, out, _ = check(capsys, "summaries")
    assert code == 0 and out == "All checks passed (2 files).\n"
    # A new problem is still reported.
    path = repo / "summaries" / "b.md"
    path.write_text(path.read_text() + "\nThe MRSA cases went up.\n", encoding="utf-8")
    code, out, _ = check(capsys, "summaries", "--format", "json")
    assert {d["rule"] for d in json.loads(out)} == {"jargon/acronym"}


def test_add_ignores_never_splits_a_paragraph_or_breaks_a_table(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "s.md", "# Title\n\nFirst line of a paragraph\nwe utilize here.\n\n- we utilize it\n\n| a | b |\n|---|---|\n| we utilize | x |\n")
    code, _, err = check(capsys, "s.md", "--select", "style", "--add-ignores")
    text = (tmp_path / "s.md").read_text()
    assert "we utilize here. <!-- laylint-disable-line style/plain-words -->\n" in text
    assert "- we utilize it <!-- laylint-disable-line style/plain-words -->\n" in text
    assert "| we utilize | x |\n" in text and "1 problem could not get an inline comment" in err
    code, out, _ = check(capsys, "s.md", "--select", "style", "--format", "json")
    assert [d["line"] for d in json.loads(out)] == [10]


def test_add_ignores_merges_with_an_existing_next_line_comment_and_keeps_crlf(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "s.md"
    path.write_bytes(b"# Title\r\n\r\n<!-- laylint-disable-next-line style/plain-words -->\r\nWe utilize it in MRSA.\r\n")
    check(capsys, "s.md", "--select", "style,jargon/acronym", "--add-ignores")
    assert path.read_bytes() == (b"# Title\r\n\r\n<!-- laylint-disable-next-line jargon/acronym style/plain-words -->\r\n"
                                 b"We utilize it in MRSA.\r\n")


def test_add_ignores_dry_run_prints_the_diff_and_writes_nothing(repo, capsys):
    before = (repo / "summaries" / "b.md").read_text()
    code, out, err = check(capsys, "summaries/b.md", "--add-ignores", "--dry-run", "--select", "style")
    assert code == 1 and "+<!-- laylint-disable-next-line style/plain-words -->" in out
    assert "would add ignore comments for 2 problems in 1 file" in err
    assert (repo / "summaries" / "b.md").read_text() == before


def test_a_repos_own_pages_are_excluded_by_default_and_named_folders_still_checked(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name in ("README.md", "CHANGELOG.md", "LICENSE.md", "docs/guide.md", "summaries/s.md", "summaries/README.md"):
        write(tmp_path, name, "We utilize it.\n")
    code, out, _ = check(capsys, ".", "--select", "style", "--format", "json")
    assert sorted({d["path"] for d in json.loads(out)}) == ["summaries/s.md"]
    code, out, _ = check(capsys, "--force-exclude", "README.md", "docs/guide.md", "summaries/s.md", "--select", "style", "-q")
    assert [line.split(":")[0] for line in out.splitlines()] == ["summaries/s.md"]
    code, out, _ = check(capsys, "docs", "--select", "style", "-q")  # a folder named on purpose is checked
    assert out.startswith("docs/guide.md:1:4:")
    write(tmp_path, ".laylint.yaml", "extend_exclude: [summaries/]\n")
    assert check(capsys, ".", "--select", "style")[1] == "All checks passed (0 files).\n"
    write(tmp_path, ".laylint.yaml", "exclude: []\n")  # replaces the defaults
    code, out, _ = check(capsys, ".", "--select", "style", "--format", "json")
    assert len({d["path"] for d in json.loads(out)}) == 6
