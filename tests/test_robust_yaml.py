"""YAML is data: python tags are refused, never run; alias bombs are refused, not expanded."""

from __future__ import annotations

import pytest

from laylint import yamlpos
from robust_support import assert_one_line_error, run_cli, run_process, write

BOMB = "\n".join(
    ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    + [f"{chr(98 + i)}: &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * 9)}]" for i in range(8)]
) + "\n"


def _python_tag(marker) -> str:
    """A YAML value that, if a loader ran it, would create the marker file."""
    return f'!!python/object/apply:os.system ["touch {marker}"]'


def test_alias_bomb_is_refused_by_the_loader():
    with pytest.raises(yamlpos.YamlError) as caught:
        yamlpos.load(BOMB)
    assert "refused" in caught.value.message


def test_alias_bomb_in_front_matter_is_a_diagnostic_and_the_body_is_checked(tmp_path):
    lines = BOMB.splitlines()
    write(tmp_path, "bomb.md", "---\n" + BOMB + "---\nWe utilize this.\n")
    run = run_cli("check", "--no-cache", "--format", "json", "--select", "metadata/invalid,style", ".", cwd=tmp_path)
    got = [(d["rule"], d["line"]) for d in run.json]
    assert got[-1] == ("style/plain-words", len(lines) + 3)
    assert any(rule == "metadata/invalid" and 2 <= line <= len(lines) + 1 for rule, line in got[:-1])
    assert "refused" in run.json[0]["message"]


def test_alias_bomb_in_sidecar_is_a_diagnostic(tmp_path):
    write(tmp_path, "page.md", "We utilize this.\n")
    write(tmp_path, "page.source.yaml", BOMB)
    run = run_cli("check", "--no-cache", "--format", "json", "--select", "metadata/invalid", ".", cwd=tmp_path)
    assert [d["path"] for d in run.json] == ["page.source.yaml"] and "refused" in run.json[0]["message"]


def test_alias_bomb_in_config_is_exit_2(tmp_path):
    write(tmp_path, ".laylint.yaml", BOMB)
    write(tmp_path, "page.md", "Text.\n")
    assert_one_line_error(run_cli("check", "--no-cache", ".", cwd=tmp_path), ".laylint.yaml", "refused")


def test_python_tag_in_front_matter_is_refused_not_run(tmp_path):
    marker = tmp_path / "ran"
    write(tmp_path, "page.md", f"---\nsource:\n  title: {_python_tag(marker)}\n---\nWe utilize this.\n")
    run = run_cli("check", "--no-cache", "--format", "json", "--select", "metadata/invalid,style", ".", cwd=tmp_path)
    assert not marker.exists()
    got = [(d["rule"], d["line"]) for d in run.json]
    assert got == [("metadata/invalid", 3), ("style/plain-words", 5)]
    assert "python/object" in run.json[0]["message"]


def test_python_tag_in_sidecar_is_refused_not_run(tmp_path):
    marker = tmp_path / "ran"
    write(tmp_path, "page.md", "Text.\n")
    write(tmp_path, "page.source.yml", f"title: A trial\ndesign: {_python_tag(marker)}\n")
    run = run_cli("check", "--no-cache", "--format", "json", "--select", "metadata/invalid", ".", cwd=tmp_path)
    assert not marker.exists()
    assert [(d["path"], d["line"]) for d in run.json] == [("page.source.yml", 2)]


def test_python_tag_in_config_is_refused_not_run(tmp_path):
    marker = tmp_path / "ran"
    write(tmp_path, ".laylint.yaml", f"select: {_python_tag(marker)}\n")
    write(tmp_path, "page.md", "Text.\n")
    run = run_cli("check", "--no-cache", ".", cwd=tmp_path)
    assert not marker.exists()
    assert_one_line_error(run, ".laylint.yaml:1:", "python/object")


def test_python_tag_in_rule_file_is_refused_not_run(tmp_path):
    marker = tmp_path / "ran"
    write(tmp_path, ".laylint.yaml", "rule_paths: [house]\n")
    write(tmp_path, "house/house/banned.yaml",
          f"id: house/banned\nkind: existence\nseverity: warning\nmessage: no\n"
          f"description: {_python_tag(marker)}\n")
    write(tmp_path, "page.md", "Text.\n")
    run = run_cli("check", "--no-cache", ".", cwd=tmp_path)
    assert not marker.exists()
    assert_one_line_error(run, "banned.yaml:5:", "python/object")


def test_python_tag_in_a_user_lexicon_is_refused_not_run(tmp_path):
    marker = tmp_path / "ran"
    write(tmp_path, ".laylint.yaml", "rule_paths: [house]\n")
    write(tmp_path, "house/lexicons/jargon.yaml", f"terms: {_python_tag(marker)}\n")
    write(tmp_path, "page.md", "The patient had a myocardial infarction.\n")
    run = run_cli("check", "--no-cache", "--select", "jargon", ".", cwd=tmp_path)
    assert not marker.exists()
    assert_one_line_error(run, "jargon.yaml:1:", "python/object")


def test_duplicate_key_in_front_matter_is_a_diagnostic_at_the_second_key(tmp_path):
    write(tmp_path, "page.md", "---\nsource:\n  design: cohort\n  title: A\n  design: animal\n---\nWe utilize it.\n")
    run = run_cli("check", "--no-cache", "--format", "json", "--select", "metadata/invalid,style", ".", cwd=tmp_path)
    assert [(d["rule"], d["line"], d["column"]) for d in run.json] == [("metadata/invalid", 5, 3), ("style/plain-words", 7, 4)]
    assert "duplicate key 'design'" in run.json[0]["message"]


def test_unicode_line_separators_in_yaml_do_not_shift_lines(tmp_path):
    # PyYAML alone treats NEL, LS and PS as line breaks; the file has them inside lines
    write(tmp_path, "page.md", '---\ntitle: "a\u2028b"\nnote: x\x85y\nsource: [x]\n---\nWe utilize it.\n')
    run = run_cli("check", "--no-cache", "--format", "json", "--select", "metadata/invalid,style", ".", cwd=tmp_path)
    assert [(d["rule"], d["line"], d["column"]) for d in run.json] == [("metadata/invalid", 4, 9), ("style/plain-words", 6, 4)]


def test_deeply_nested_yaml_is_refused_not_a_crash(tmp_path):
    # libyaml's C composer overflows the stack near 30,000 levels and kills the process
    write(tmp_path, ".laylint.yaml", "select: " + "[" * 100_000 + "]" * 100_000 + "\n")
    write(tmp_path, "page.md", "Text.\n")
    run = run_process("check", "--no-cache", ".", cwd=tmp_path)
    assert_one_line_error(run, ".laylint.yaml:1:", "nested too deeply")
