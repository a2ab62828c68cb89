"""The pre-commit hook, run by pre-commit itself in a throwaway content repo.

The content repo uses `repo: local` with the hook copied from our `.pre-commit-hooks.yaml` except
`language: system`: `language: python` would pip-install laylint and spaCy from the package index
into pre-commit's own environment on every run, which is slow and needs the network. The entry,
file filters and require_serial under test are the manifest's own.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

CHECKOUT = Path(__file__).resolve().parents[1]
MANIFEST = CHECKOUT / ".pre-commit-hooks.yaml"

FRONT_MATTER = """\
---
source:
  title: "Rituximab and low antibody levels"
  design: randomized-trial
  drugs: {rituximab: [Rituxan]}
  outcomes: {low antibody levels: [hypogammaglobulinemia]}
  findings:
    - {drug: rituximab, outcome: low antibody levels, value: 9%}
---
"""
WRONG = FRONT_MATTER + "About 19% of people on rituximab had low antibody levels.\n"
FIXED = FRONT_MATTER + "About 9% of people on rituximab had low antibody levels.\n"
RULES = ["claims/number-mismatch", "metadata"]  # keep the test about claims, whatever other rules exist


def manifest_hook() -> dict:
    (hook,) = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    return hook


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, timeout=60)


@pytest.fixture
def content_repo(tmp_path):
    repo = tmp_path / "content"
    repo.mkdir()
    git(repo, "init", "-q")
    local_hook = {**manifest_hook(), "language": "system"}
    local_hook.pop("minimum_pre_commit_version", None)
    (repo / ".pre-commit-config.yaml").write_text(
        yaml.safe_dump({"repos": [{"repo": "local", "hooks": [local_hook]}]}, sort_keys=False), encoding="utf-8")
    (repo / ".laylint.yaml").write_text(yaml.safe_dump({"select": RULES}), encoding="utf-8")
    (repo / "summaries").mkdir()
    return repo


def pre_commit_run(repo: Path, tmp_path: Path) -> subprocess.CompletedProcess:
    git(repo, "add", "-A")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
           # `laylint` resolves to this interpreter's install, even when the venv is not activated
           "PATH": os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", "")}
    return subprocess.run([sys.executable, "-m", "pre_commit", "run", "--all-files", "--color", "never"],
                          cwd=repo, env=env, capture_output=True, text=True, timeout=300)


def test_manifest_is_valid_and_declares_the_hook():
    checked = subprocess.run([sys.executable, "-m", "pre_commit", "validate-manifest", str(MANIFEST)],
                             capture_output=True, text=True, timeout=60)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    hook = manifest_hook()
    assert hook["id"] == "laylint" and hook["entry"] == "laylint check --force-exclude" and hook["language"] == "python"
    assert re.search(hook["files"], "summaries/a.source.yaml") and not re.search(hook["files"], "deploy.yaml")
    assert hook["types_or"] == ["markdown", "text"] and hook["require_serial"] is True


def test_hook_fails_on_a_wrong_number_and_passes_once_fixed(content_repo, tmp_path):
    summary = content_repo / "summaries" / "rituximab.md"
    summary.write_text(WRONG, encoding="utf-8")
    failed = pre_commit_run(content_repo, tmp_path)
    assert failed.returncode == 1, failed.stdout + failed.stderr
    # line 10 is the body's sentence; the column depends on how much of "About 19%" the claim spans
    assert re.search(r"^summaries/rituximab\.md:10:\d+: error claims/number-mismatch .*19%.*9%", failed.stdout, re.M), failed.stdout

    summary.write_text(FIXED, encoding="utf-8")
    passed = pre_commit_run(content_repo, tmp_path)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "laylint" in passed.stdout and "Passed" in passed.stdout


def test_hook_does_not_lint_yaml_or_other_text_files(content_repo, tmp_path):
    (content_repo / ".laylint.yaml").write_text(yaml.safe_dump({"select": ["metadata"]}), encoding="utf-8")
    (content_repo / "summaries" / "rituximab.md").write_text(FIXED, encoding="utf-8")
    # A multi-document YAML file starts with `---` like front matter; linted as a summary it would fail.
    (content_repo / "deploy.yaml").write_text("---\nsource: [not, a, mapping]\n---\nkind: Job\n", encoding="utf-8")
    (content_repo / "notes.py").write_text("# About 19% of people\n", encoding="utf-8")
    passed = pre_commit_run(content_repo, tmp_path)
    assert passed.returncode == 0, passed.stdout + passed.stderr


SIDECAR = """\
title: "Varenicline for quitting smoking"
design: meta-analysis
drugs: {varenicline: [Champix], placebo: [dummy pill]}
outcomes: {quitting smoking: [quit smoking, quit]}
findings:
  - {drug: varenicline, outcome: quitting smoking, value: 21%}
  - {drug: placebo, outcome: quitting smoking, value: 9%}
"""
SUMMARY = "# Quitting smoking\n\nAbout 21% of people on varenicline managed to quit smoking, compared with 9% on a dummy pill.\n"


def test_a_commit_that_changes_only_the_facts_rechecks_the_summary(content_repo, tmp_path):
    (content_repo / ".laylint.yaml").write_text(yaml.safe_dump({"select": ["claims", "metadata"]}), encoding="utf-8")
    summaries = content_repo / "summaries"
    (summaries / "varenicline.md").write_text(SUMMARY, encoding="utf-8")
    (summaries / "varenicline.source.yaml").write_text(SIDECAR, encoding="utf-8")
    first = pre_commit_run(content_repo, tmp_path)
    assert first.returncode == 0, first.stdout + first.stderr
    git(content_repo, "commit", "-q", "-m", "summary and its facts", "--no-verify")

    # The review is updated: varenicline's figure changes; the summary is not touched.
    (summaries / "varenicline.source.yaml").write_text(SIDECAR.replace("value: 21%", "value: 27%"), encoding="utf-8")
    git(content_repo, "add", "summaries/varenicline.source.yaml")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
           "PATH": os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", "")}
    staged = subprocess.run([sys.executable, "-m", "pre_commit", "run", "--color", "never"],  # staged files only
                            cwd=content_repo, env=env, capture_output=True, text=True, timeout=300)
    assert staged.returncode == 1, staged.stdout + staged.stderr
    assert re.search(r"^summaries/varenicline\.md:3:\d+: error claims/number-mismatch .*21%.*27%", staged.stdout, re.M), staged.stdout
    assert "varenicline.source.yaml:" not in staged.stdout  # the sidecar itself is never linted as prose


# --- `pre-commit try-repo` against this repository (issue 18, item 5) -------------------------------
#
# try-repo clones this checkout (its working tree, uncommitted edits included) and installs the hook
# exactly as a user's pre-commit would: `language: python`, a fresh virtualenv, `pip install .` of
# the clone. Offline and fast, because pip is told (through its environment variables) not to fetch
# dependencies or a build backend: spaCy, hatchling and the rest come from this test's environment
# through PYTHONPATH. laylint itself is the copy pre-commit built from the clone.

README = "# Our summaries\n\nThe MS and COPD pages live in summaries/. No limitations here.\n"


def try_repo(repo: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    import sysconfig

    git(repo, "add", "-A")
    site = os.pathsep.join(dict.fromkeys([sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]]))
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"), "PIP_NO_DEPS": "1",
           "PIP_NO_BUILD_ISOLATION": "0",  # pip reads this one inverted: 0 turns isolation off
           "PIP_NO_INDEX": "1", "PYTHONPATH": site, "LAYLINT_NO_CACHE": "1"}
    return subprocess.run([sys.executable, "-m", "pre_commit", "try-repo", str(CHECKOUT), "laylint", "--color", "never", *args],
                          cwd=repo, env=env, capture_output=True, text=True, timeout=600)


@pytest.fixture
def user_repo(tmp_path):
    repo = tmp_path / "content"
    (repo / "summaries").mkdir(parents=True)
    git(repo, "init", "-q")
    (repo / "README.md").write_text(README, encoding="utf-8")
    (repo / "CHANGELOG.md").write_text("# Changes\n\n- Added the COPD page (MS too).\n", encoding="utf-8")
    (repo / ".laylint.yaml").write_text(yaml.safe_dump({"select": RULES + ["jargon/acronym"]}),
                                        encoding="utf-8")
    return repo


def test_try_repo_passes_on_a_repo_with_a_readme_and_fails_on_a_wrong_number(user_repo, tmp_path):
    summary = user_repo / "summaries" / "rituximab.md"
    summary.write_text(FIXED, encoding="utf-8")
    passed = try_repo(user_repo, tmp_path, "--all-files")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert re.search(r"^laylint\.+Passed$", passed.stdout, re.M), passed.stdout
    summary.write_text(WRONG, encoding="utf-8")
    failed = try_repo(user_repo, tmp_path, "--all-files")
    assert failed.returncode == 1, failed.stdout + failed.stderr
    problems = [line for line in failed.stdout.splitlines() if re.match(r"^\S+:\d+:\d+: ", line)]
    assert len(problems) == 1 and problems[0].startswith("summaries/rituximab.md:10:"), failed.stdout


def test_try_repo_checks_the_summary_when_only_its_sidecar_changed(user_repo, tmp_path):
    body = "About 9% of people on rituximab had low antibody levels.\n"
    (user_repo / "summaries" / "rituximab.md").write_text(body, encoding="utf-8")
    sidecar = user_repo / "summaries" / "rituximab.source.yaml"
    facts = yaml.safe_load(FRONT_MATTER.strip().strip("-"))
    sidecar.write_text(yaml.safe_dump(facts), encoding="utf-8")
    git(user_repo, "add", "-A")
    facts["source"]["findings"][0]["value"] = "19%"
    sidecar.write_text(yaml.safe_dump(facts), encoding="utf-8")
    failed = try_repo(user_repo, tmp_path, "--files", "summaries/rituximab.source.yaml")
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "summaries/rituximab.md:1:" in failed.stdout and "claims/number-mismatch" in failed.stdout
