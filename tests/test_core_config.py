"""Contract (issue 2): config discovered upward from each file, `[tool.laylint]`, `laylint config`."""

from __future__ import annotations

import json

from robust_support import run_cli, write

TEXT = "We utilize it.\n"


def _severities(run) -> dict[str, str]:
    return {d["path"]: d["severity"] for d in run.json}


def test_nearest_config_above_each_file_wins(tmp_path):
    write(tmp_path, ".laylint.yaml", "select: [style]\nrules:\n  style/plain-words: {severity: warning}\n")
    write(tmp_path, "top.md", TEXT)
    write(tmp_path, "team/.laylint.yaml", "select: [style]\nrules:\n  style/plain-words: {severity: error}\n")
    write(tmp_path, "team/deep/er/page.md", TEXT)
    write(tmp_path, "other/page.md", TEXT)
    run = run_cli("check", "--no-cache", "--format", "json", ".", cwd=tmp_path)
    assert _severities(run) == {"top.md": "warning", "team/deep/er/page.md": "error", "other/page.md": "warning"}
    assert run.code == 1


def test_pyproject_tool_section_and_pyproject_without_it(tmp_path):
    write(tmp_path, "pyproject.toml", '[tool.laylint]\nselect = ["style"]\n\n[tool.laylint.rules."style/plain-words"]\nseverity = "error"\n')
    write(tmp_path, "sub/pyproject.toml", '[project]\nname = "x"\n')  # no [tool.laylint]: keep looking up
    write(tmp_path, "sub/page.md", TEXT)
    run = run_cli("check", "--no-cache", "--format", "json", ".", cwd=tmp_path)
    assert _severities(run) == {"sub/page.md": "error"}


def test_yaml_config_beats_pyproject_in_the_same_folder(tmp_path):
    write(tmp_path, "pyproject.toml", '[tool.laylint]\nselect = ["nosuch-but-never-read"]\n')
    write(tmp_path, ".laylint.yaml", "select: [style]\n")
    write(tmp_path, "page.md", TEXT)
    assert run_cli("check", "--no-cache", "--format", "json", ".", cwd=tmp_path).rules() == ["style/plain-words"]


def test_config_options_override_rule_options(tmp_path):
    write(tmp_path, ".laylint.yaml", "select: [style]\nrules:\n  style/plain-words:\n    swap: {lunch: a meal}\n")
    write(tmp_path, "page.md", "We utilize lunch.\n")
    run = run_cli("check", "--no-cache", "--format", "json", ".", cwd=tmp_path)
    assert [(d["column"], d.get("suggestion")) for d in run.json] == [(12, "a meal")]


def test_disabled_rule_in_config_and_enabled_by_select(tmp_path):
    write(tmp_path, ".laylint.yaml", "rules:\n  style/plain-words: {enabled: false}\n")
    write(tmp_path, "page.md", TEXT)
    assert "style/plain-words" not in run_cli("check", "--no-cache", "--format", "json", ".", cwd=tmp_path).rules()


def test_laylint_config_prints_the_resolved_configuration(tmp_path):
    write(tmp_path, ".laylint.yaml", "select: [style, metadata]\nignore: [metadata/missing]\nexclude: [drafts/]\n"
                                     "rules:\n  style/plain-words: {severity: warning}\n")
    write(tmp_path, "docs/page.md", TEXT)
    run = run_cli("config", "docs/page.md", cwd=tmp_path)
    assert run.code == 0
    data = json.loads(run.out)
    assert data["config_file"] == str(tmp_path / ".laylint.yaml")
    assert data["select"] == ["style", "metadata"] and data["exclude"] == ["drafts/"]
    assert set(data["enabled_rules"]) == {"style/plain-words", "metadata/invalid"}
    assert data["enabled_rules"]["style/plain-words"]["severity"] == "warning"


def test_laylint_config_without_a_config_file(tmp_path):
    write(tmp_path, "page.md", TEXT)
    data = json.loads(run_cli("config", ".", cwd=tmp_path).out)
    assert data["config_file"] is None and "style/plain-words" in data["enabled_rules"]


def test_explicit_config_flag(tmp_path):
    write(tmp_path, "elsewhere.yaml", "select: [style]\nrules:\n  style/plain-words: {severity: error}\n")
    write(tmp_path, ".laylint.yaml", "select: [metadata]\n")
    write(tmp_path, "page.md", TEXT)
    run = run_cli("check", "--no-cache", "--format", "json", "--config", "elsewhere.yaml", ".", cwd=tmp_path)
    assert _severities(run) == {"page.md": "error"}
