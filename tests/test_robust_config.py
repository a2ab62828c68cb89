"""Bad configuration and rule files: exit 2 and one line naming the file, the line and the key."""

from __future__ import annotations

import pytest

from robust_support import assert_one_line_error, run_cli, write

RULE = "id: house/banned\nkind: existence\nseverity: warning\nmessage: \"avoid {match}\"\ndescription: Banned words.\n"


def _check(tmp_path):
    write(tmp_path, "page.md", "Text.\n")
    return run_cli("check", "--no-cache", ".", cwd=tmp_path)


@pytest.mark.parametrize("config, needles", [
    ("select: [style]\nignroe: [jargon]\n", [".laylint.yaml:2:", "ignroe"]),
    ("select: style\n", [".laylint.yaml:1:", "'select'", "list"]),
    ("select:\n  - style\n  - nosuch/rule\n", [".laylint.yaml:2:", "nosuch/rule"]),
    ("ignore: [nosuch]\n", [".laylint.yaml:1:", "nosuch"]),
    ("rules:\n  style/plan-words:\n    severity: error\n", [".laylint.yaml:2:", "style/plan-words"]),
    ("rules:\n  style/plain-words:\n    severity: loud\n", [".laylint.yaml:3:", "severity"]),
    ("rules:\n  style/plain-words:\n    swap: 3\n", [".laylint.yaml:3:", "swap"]),
    ("rules:\n  style/plain-words:\n    swapp: {a: b}\n", [".laylint.yaml:3:", "swapp"]),
    ("select: [style]\n\tignore: []\n", [".laylint.yaml:2:", "invalid YAML"]),
    ("- just\n- a list\n", [".laylint.yaml:1:", "mapping"]),
    ("select: [style]\nrules: {}\nselect: [jargon]\n", [".laylint.yaml:3:", "duplicate key 'select'"]),
    ("rule_paths: [nothere]\n", ["nothere", "not a folder"]),
])
def test_bad_config_is_exit_2_with_file_line_and_key(tmp_path, config, needles):
    write(tmp_path, ".laylint.yaml", config)
    assert_one_line_error(_check(tmp_path), *needles)


@pytest.mark.parametrize("pyproject, needles", [
    ('[tool.laylint]\nselect = "style"\n', ["pyproject.toml:2:", "'select'"]),
    ('[project]\nname = "x"\n\n[tool.laylint]\nselect = ["nosuch"]\n', ["pyproject.toml:5:", "nosuch"]),
    ('[tool.laylint]\nselect = ["style"]\nselekt = ["style"]\n', ["pyproject.toml:3:", "selekt"]),
    ('[tool.laylint.rules."style/plain-words"]\nseverity = "loud"\n', ["pyproject.toml:2:", "severity"]),
    ('[tool.laylint.rules]\n"style/plan-words" = {severity = "error"}\n', ["pyproject.toml:2:", "style/plan-words"]),
    ('[tool.laylint]\nselect = [\n', ["pyproject.toml", "TOML"]),
])
def test_bad_pyproject_section_is_exit_2(tmp_path, pyproject, needles):
    write(tmp_path, "pyproject.toml", pyproject)
    assert_one_line_error(_check(tmp_path), *needles)


@pytest.mark.parametrize("rule, needles", [
    (RULE.replace("severity", "severty"), ["banned.yaml:3:", "severty"]),
    (RULE + "enabled: \"yes\"\n", ["banned.yaml:6:", "'enabled'"]),
    (RULE + "options:\n  tokenz: [a]\n", ["banned.yaml:7:", "tokenz"]),
    (RULE + "options:\n  tokens: a\n", ["banned.yaml:7:", "'tokens'"]),
    (RULE + "options:\n  tokens:\n    - \"(unclosed\"\n", ["banned.yaml:", "'tokens'", "invalid regular expression"]),
    (RULE + "examples:\n  fial: [x]\n", ["banned.yaml:7:", "examples.fial"]),
    (RULE + "needs: [magic]\n", ["banned.yaml:6:", "needs"]),
    (RULE.replace("kind: existence", "kind: nosuch"), ["banned.yaml:2:", "nosuch"]),
    (RULE.replace("id: house/banned", "id: House Banned"), ["banned.yaml:1:", "family/name"]),
    (RULE.replace("message: \"avoid {match}\"\n", ""), ["banned.yaml:1:", "'message'"]),
    (RULE.replace("id: house/banned", "id: style/plain-words"), ["banned.yaml:1:", "duplicate", "plain-words.yaml"]),
    ("- a\n- list\n", ["banned.yaml:1:", "mapping"]),
    (RULE + "severity: error\n", ["banned.yaml:6:", "duplicate key 'severity'"]),
])
def test_bad_rule_file_is_exit_2_with_file_line_and_key(tmp_path, rule, needles):
    write(tmp_path, ".laylint.yaml", "rule_paths: [house]\n")
    write(tmp_path, "house/house/banned.yaml", rule)
    assert_one_line_error(_check(tmp_path), *needles)


def test_duplicate_rule_id_between_two_user_files(tmp_path):
    write(tmp_path, ".laylint.yaml", "rule_paths: [house]\n")
    write(tmp_path, "house/a/one.yaml", RULE)
    write(tmp_path, "house/b/two.yaml", RULE)
    assert_one_line_error(_check(tmp_path), "two.yaml:1:", "duplicate rule id 'house/banned'", "one.yaml")


def test_rule_file_that_is_not_utf8(tmp_path):
    write(tmp_path, ".laylint.yaml", "rule_paths: [house]\n")
    write(tmp_path, "house/house/banned.yaml", b"\xff\xfe not text")
    assert_one_line_error(_check(tmp_path), "banned.yaml")


def test_unknown_select_on_the_command_line(tmp_path):
    write(tmp_path, "page.md", "Text.\n")
    run = run_cli("check", "--no-cache", "--select", "style,nosuch", ".", cwd=tmp_path)
    assert_one_line_error(run, "nosuch", "--select")


def test_missing_path_argument_is_named(tmp_path):
    write(tmp_path, "page.md", "Text.\n")
    assert_one_line_error(run_cli("check", "--no-cache", "page.md", "not-here.md", cwd=tmp_path), "not-here.md")


def test_unknown_format_and_missing_config_file(tmp_path):
    write(tmp_path, "page.md", "Text.\n")
    assert_one_line_error(run_cli("check", "--format", "yaml", ".", cwd=tmp_path), "yaml")
    assert_one_line_error(run_cli("check", "--config", "nope.yaml", ".", cwd=tmp_path), "nope.yaml")


def test_list_option_with_nested_lists_is_refused(tmp_path):
    write(tmp_path, ".laylint.yaml", "rules:\n  jargon/acronym:\n    allow: [MS, [nested]]\n")
    assert_one_line_error(_check(tmp_path), ".laylint.yaml:3:", "'allow'")


def test_config_and_rule_files_with_a_bom_and_crlf(tmp_path):
    write(tmp_path, ".laylint.yaml", b"\xef\xbb\xbfselect: [style, house]\r\nrule_paths: [house]\r\n")
    write(tmp_path, "house/house/banned.yaml", b"\xef\xbb\xbf" + RULE.replace("\n", "\r\n").encode()
          + b"options:\r\n  tokens: [utilize]\r\n")
    write(tmp_path, "page.md", "We utilize it.\n")
    run = run_cli("check", "--no-cache", "--format", "json", ".", cwd=tmp_path)
    assert run.rules() == ["house/banned", "style/plain-words"], run.err


def test_pyproject_with_a_bom(tmp_path):
    write(tmp_path, "pyproject.toml", b'\xef\xbb\xbf[tool.laylint]\r\nselect = ["style"]\r\n')
    write(tmp_path, "page.md", "We utilize it.\n")
    run = run_cli("check", "--no-cache", "--format", "json", ".", cwd=tmp_path)
    assert run.code == 0 and run.rules() == ["style/plain-words"], run.err
