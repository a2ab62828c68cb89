"""Say what is wrong (issue 18, item 6): unknown ids in controls warn with a suggestion; out-of-range
options are refused at load; unknown config keys and rule ids get "did you mean"."""

from __future__ import annotations

import json

import pytest

from laylint.cli import main


def check(capsys, tmp_path, monkeypatch, text: str, config: str | None = None, *args) -> tuple[int, str, str]:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "page.md").write_text(text, encoding="utf-8")
    if config is not None:
        (tmp_path / ".laylint.yaml").write_text(config, encoding="utf-8")
    code = main(["check", "--no-cache", "page.md", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_an_unknown_id_in_an_inline_control_warns_at_the_id_with_a_suggestion(tmp_path, capsys, monkeypatch):
    text = "# Title\n\n<!-- laylint-disable-next-line jargon/acronyms -->\nPeople with MS took part.\n"
    code, out, _ = check(capsys, tmp_path, monkeypatch, text, None, "--select", "jargon,laylint", "--format", "json")
    by_rule = {d["rule"]: d for d in json.loads(out)}
    warning = by_rule["laylint/unknown-rule"]
    assert (warning["line"], warning["column"], warning["end_column"]) == (3, 32, 47)
    assert warning["severity"] == "warning" and "did you mean 'jargon/acronym'?" in warning["message"]
    assert "jargon/acronym" in by_rule  # the misspelt control silenced nothing


def test_an_unknown_id_in_front_matter_ignore_warns_at_its_line(tmp_path, capsys, monkeypatch):
    text = "---\nlaylint:\n  ignore:\n    - readabilty/grade\n---\nShort text.\n"
    code, out, _ = check(capsys, tmp_path, monkeypatch, text, None, "--select", "laylint")
    assert out.startswith("page.md:4:7: warning laylint/unknown-rule unknown rule or family 'readabilty/grade' in the "
                          "front matter's ignore list (did you mean 'readability/grade'?)")


def test_known_ids_families_and_bare_controls_do_not_warn(tmp_path, capsys, monkeypatch):
    text = ("<!-- laylint-disable-next-line jargon/acronym, readability -->\nMS.\n"
            "<!-- laylint-disable-line -->\n<!-- laylint-disable-file all -->\n")
    code, out, _ = check(capsys, tmp_path, monkeypatch, text, None, "--select", "laylint")
    assert out == "All checks passed (1 file).\n"


@pytest.mark.parametrize("config, problem", [
    ("rules:\n  readability/grade: {target: -3}\n", ".laylint.yaml:2: option 'target' must be 0 or more, got -3"),
    ("rules:\n  jargon/density: {max_share: 1.5}\n", "option 'max_share' must be above 0 and below 1, got 1.5"),
    ("rules:\n  hedging/limitations:\n    min_shared: 2\n", ".laylint.yaml:3: option 'min_shared' must be above 0 and at most 1"),
    ("rules:\n  readability/length: {min_words: -1}\n", "option 'min_words' must be 0 or more"),
    ("rule:\n  jargon/term: {}\n", ".laylint.yaml:1: unknown config key 'rule' (did you mean 'rules'?)"),
    ("rules:\n  jargon/acronyms: {allow: [COPD]}\n", "unknown rule id 'jargon/acronyms' in rules (did you mean 'jargon/acronym'?)"),
    ("select: [readabilty]\n", "unknown rule or family 'readabilty' in select (did you mean 'readability'?)"),
    ("rules:\n  jargon/acronym: {alow: [COPD]}\n", "unknown option 'alow' for kind acronym (did you mean 'allow'?)"),
    ("rules:\n  jargon/acronym: {severty: info}\n", "unknown key 'severty' for rules.jargon/acronym (did you mean 'severity'?)"),
])
def test_bad_config_is_refused_with_file_line_and_a_suggestion(tmp_path, capsys, monkeypatch, config, problem):
    code, _, err = check(capsys, tmp_path, monkeypatch, "Text.\n", config)
    assert code == 2 and problem in err and len(err.splitlines()) == 1, err


def test_unknown_ids_on_the_command_line_get_a_suggestion(tmp_path, capsys, monkeypatch):
    code, _, err = check(capsys, tmp_path, monkeypatch, "Text.\n", None, "--select", "jargon/acronyms")
    assert code == 2 and "did you mean 'jargon/acronym'?" in err
    assert main(["explain", "jargon/acronyms"]) == 2
    assert "did you mean 'jargon/acronym'?" in capsys.readouterr().err
