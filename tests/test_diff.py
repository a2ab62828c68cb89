"""--diff REV: only files changed since the merge-base, and only line problems on changed lines."""

import json
import os
import subprocess
from pathlib import Path

import pytest

from laylint.pipeline import changes
from laylint.cli import main

GIT_ENV = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org", "GIT_CONFIG_NOSYSTEM": "1"}
BROKEN_FRONT_MATTER = "---\nsource: [a, list]\n---\n"


def git(repo: Path, *args: str) -> str:
    env = {**os.environ, **GIT_ENV, "HOME": str(repo.parent)}
    return subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True, text=True).stdout


def commit_all(repo: Path, message: str) -> None:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message)


@pytest.fixture
def repo(tmp_path, monkeypatch):
    """main: three summaries. Branch `topic` (checked out) edits some lines; main moves on meanwhile."""
    repo = tmp_path / "content"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    (repo / "edited.md").write_text("We utilize tests.\n\nOld line.\n\nThey utilize scans.\n", encoding="utf-8")
    (repo / "untouched.md").write_text("Doctors utilize blood tests.\n", encoding="utf-8")
    (repo / "meta.md").write_text(BROKEN_FRONT_MATTER + "First line.\n\nWe utilize it.\n", encoding="utf-8")
    (repo / "on-main.md").write_text("Plain text.\n", encoding="utf-8")
    commit_all(repo, "start")
    git(repo, "checkout", "-q", "-b", "topic")
    (repo / "edited.md").write_text("We utilize tests.\n\nNew line: utilize it.\n\nThey utilize scans.\n", encoding="utf-8")
    (repo / "meta.md").write_text(BROKEN_FRONT_MATTER + "First line, edited.\n\nWe utilize it.\n", encoding="utf-8")
    commit_all(repo, "topic work")
    git(repo, "checkout", "-q", "main")
    (repo / "on-main.md").write_text("Plain text, commence.\n", encoding="utf-8")
    commit_all(repo, "main moves on")
    git(repo, "checkout", "-q", "topic")
    monkeypatch.chdir(repo)
    return repo


def check(capsys, *args) -> tuple[int, list, str]:
    code = main(["check", *args, "--no-cache", "--format", "json", "--select", "style/plain-words,metadata/invalid"])
    out, err = capsys.readouterr()
    return code, json.loads(out) if out.strip() else None, err


def located(diagnostics) -> list[tuple]:
    return sorted((d["path"], d["line"], d["rule"]) for d in diagnostics)


def test_only_changed_lines_of_changed_files_are_reported(repo, capsys):
    code, diagnostics, _ = check(capsys, "--diff", "main")
    assert located(diagnostics) == [
        ("edited.md", 3, "style/plain-words"),
        ("meta.md", 2, "metadata/invalid"),  # document scope: kept although line 2 did not change
    ]
    assert code == 1


def test_without_diff_every_problem_is_reported(repo, capsys):
    _, diagnostics, _ = check(capsys)
    assert len([d for d in diagnostics if d["rule"] == "style/plain-words"]) == 5


def test_uncommitted_and_untracked_changes_count(repo, capsys):
    (repo / "untouched.md").write_text("Doctors utilize blood tests.\nNurses commence work.\n", encoding="utf-8")
    (repo / "new.md").write_text("We utilize a new page.\n", encoding="utf-8")
    (repo / "ignored.md").write_text("We utilize an ignored page.\n", encoding="utf-8")
    (repo / ".gitignore").write_text("ignored.md\n", encoding="utf-8")
    _, diagnostics, _ = check(capsys, "--changed-since", "main")
    assert [(p, line) for p, line, _ in located(diagnostics)] == [
        ("edited.md", 3), ("meta.md", 2), ("new.md", 1), ("untouched.md", 2)]


def test_user_diff_settings_do_not_change_the_result(repo, capsys):
    git(repo, "config", "diff.noprefix", "true")
    git(repo, "config", "diff.mnemonicPrefix", "true")
    git(repo, "config", "color.diff", "always")
    (repo / "b").mkdir()  # with noprefix, git would print "+++ b/page.md" for this file
    (repo / "b" / "page.md").write_text("Intro.\nWe utilize it.\n", encoding="utf-8")
    commit_all(repo, "a page in a folder named b")
    _, diagnostics, _ = check(capsys, "--diff", "main")
    assert [(p, line) for p, line, _ in located(diagnostics)] == [("b/page.md", 2), ("edited.md", 3), ("meta.md", 2)]


def test_a_changed_sidecar_relints_its_summary(repo, capsys):
    (repo / "untouched.source.yaml").write_text("design: nonsense\n", encoding="utf-8")
    _, diagnostics, _ = check(capsys, "--diff", "main", "untouched.md")
    assert located(diagnostics) == [("untouched.source.yaml", 1, "metadata/invalid")]


FACTS = ("drugs: {varenicline: [Champix]}\noutcomes: {quitting smoking: [quit smoking]}\n"
         "findings:\n  - {drug: varenicline, outcome: quitting smoking, value: 21%}\n")


def _claims(capsys, *args):
    code = main(["check", *args, "--no-cache", "--format", "json", "--select", "claims"])
    out, _ = capsys.readouterr()
    return code, json.loads(out) if out.strip() else []


def test_a_facts_only_change_reports_the_summary_lines_it_makes_wrong(repo, capsys):
    """The review was updated, the summary was not: --diff must still see the now-wrong figure."""
    git(repo, "checkout", "-q", "main")
    (repo / "smoking.md").write_text("Intro.\n\nAbout 21% of people on varenicline managed to quit smoking.\n", encoding="utf-8")
    (repo / "smoking.source.yaml").write_text(FACTS, encoding="utf-8")
    commit_all(repo, "a summary with its facts")
    git(repo, "checkout", "-q", "-b", "update")
    (repo / "smoking.source.yaml").write_text(FACTS.replace("21%", "27%"), encoding="utf-8")
    commit_all(repo, "new figures from the review update")
    code, diagnostics = _claims(capsys, "--diff", "main")
    assert code == 1 and located(diagnostics) == [("smoking.md", 3, "claims/number-mismatch")]
    assert "27%" in diagnostics[0]["message"]
    git(repo, "rm", "-q", "smoking.source.yaml")  # facts removed: every line of the summary is open again
    commit_all(repo, "facts removed")
    assert "smoking.md" in {Path(p).name for p in changes.since("main").facts}


def test_a_sidecar_named_on_the_command_line_checks_its_summary(repo, capsys):
    (repo / "smoking.md").write_text("About 25% of people on varenicline managed to quit smoking.\n", encoding="utf-8")
    (repo / "smoking.source.yaml").write_text(FACTS, encoding="utf-8")
    (repo / "orphan.source.yaml").write_text(FACTS, encoding="utf-8")  # no summary beside it: nothing to check
    code, diagnostics = _claims(capsys, "smoking.source.yaml", "orphan.source.yaml")
    assert code == 1 and located(diagnostics) == [("smoking.md", 1, "claims/number-mismatch")]


def test_path_arguments_still_limit_the_run(repo, capsys):
    _, diagnostics, _ = check(capsys, "--diff", "main", "meta.md")
    assert {d["path"] for d in diagnostics} == {"meta.md"}


@pytest.mark.parametrize("rev", ["no-such-branch", "--output=x"])
def test_a_bad_revision_is_one_line_and_exit_2(repo, capsys, rev):
    code = main(["check", "--no-cache", f"--diff={rev}"])
    err = capsys.readouterr().err
    assert code == 2 and rev in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_unrelated_history_names_the_problem(repo, capsys):
    git(repo, "checkout", "-q", "--orphan", "elsewhere")
    commit_all(repo, "unrelated root")
    git(repo, "checkout", "-q", "topic")
    code = main(["check", "--no-cache", "--diff", "elsewhere"])
    err = capsys.readouterr().err
    assert code == 2 and "elsewhere and HEAD have no common ancestor" in err


def test_outside_a_git_repository_is_exit_2(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    (tmp_path / "a.md").write_text("Text.\n")
    code = main(["check", "--no-cache", "--diff", "main"])
    err = capsys.readouterr().err
    assert code == 2 and "--diff" in err and "Traceback" not in err


def test_parse_diff_reads_hunks_paths_and_deletions():
    diff = (
        "diff --git a/docs/a.md b/docs/a.md\n--- a/docs/a.md\n+++ b/docs/a.md\n"
        "@@ -3 +3 @@\n-old\n+new\n@@ -10,0 +11,2 @@\n+x\n+y\n@@ -20,2 +21,0 @@\n-gone\n-gone\n"
        'diff --git "a/odd\\tname \\303\\251.md" "b/odd\\tname \\303\\251.md"\n'
        '--- "a/odd\\tname \\303\\251.md"\n+++ "b/odd\\tname \\303\\251.md"\n@@ -1 +1,3 @@\n+a\n'
        "diff --git a/removed.md b/removed.md\n--- a/removed.md\n+++ /dev/null\n@@ -1,2 +0,0 @@\n-a\n-b\n"
    )
    assert changes.parse_diff(diff) == {"docs/a.md": {3, 11, 12}, "odd\tname é.md": {1, 2, 3}}
