"""Contract (issue 2): the CLI's JSON shape, text lines, exit codes, --select/--ignore, stdin."""

from __future__ import annotations

from laylint import __version__
from robust_support import assert_one_line_error, run_cli, run_process, write

KEYS = ["path", "line", "column", "end_line", "end_column", "rule", "severity", "message"]
ADDED = ["url", "fingerprint", "fix"]  # issue 18: additive keys, after the contract's


def test_json_keys_exactly(tmp_path):
    write(tmp_path, "page.md", "---\nsource: [x]\n---\nWe utilize it.\n")
    run = run_cli("check", "--no-cache", "--format", "json", "--select", "style,metadata/invalid", ".", cwd=tmp_path)
    invalid, plain = run.json
    assert list(invalid) == KEYS + ["url", "fingerprint"]  # no suggestion, no fix: those keys are left out
    assert list(plain) == KEYS + ["suggestion"] + ADDED
    contract = {key: plain[key] for key in KEYS + ["suggestion"]}
    assert contract == {"path": "page.md", "line": 4, "column": 4, "end_line": 4, "end_column": 11,
                        "rule": "style/plain-words", "severity": "info", "message": "Use 'use' instead of 'utilize'",
                        "suggestion": "use"}
    assert plain["url"].endswith("/rules/style/plain-words.html")
    assert plain["fix"] == {"applicability": "safe", "message": "Replace with 'use'",
                            "edits": [{"content": "use", "start_offset": 23, "end_offset": 30,
                                       "location": {"line": 4, "column": 4}, "end_location": {"line": 4, "column": 11}}]}


def test_text_format_lines_and_summary(tmp_path):
    write(tmp_path, "page.md", "We utilize it.\n")
    run = run_cli("check", "--no-cache", "--select", "style", ".", cwd=tmp_path)
    lines = run.out.splitlines()
    assert lines[0] == "page.md:1:4: info style/plain-words Use 'use' instead of 'utilize' (suggestion: use)"
    assert lines[-1].startswith("Found 1 problem")


def test_exit_codes(tmp_path):
    write(tmp_path, "clean.md", "We use it.\n")
    write(tmp_path, "info.md", "We utilize it.\n")
    write(tmp_path, "error.md", b"\xff binary")
    assert run_cli("check", "--no-cache", "--select", "style,io", "clean.md", cwd=tmp_path).code == 0
    assert run_cli("check", "--no-cache", "--select", "style,io", "info.md", cwd=tmp_path).code == 0  # info only
    assert run_cli("check", "--no-cache", "--select", "style,io", "--fail-on", "info", "info.md", cwd=tmp_path).code == 1
    assert run_cli("check", "--no-cache", "--select", "style,io", "error.md", cwd=tmp_path).code == 1
    assert run_cli("check", "--no-cache", "--select", "style,io", "--exit-zero", "error.md", cwd=tmp_path).code == 0
    assert run_cli("check", "--no-cache", "--select", "nosuch", "clean.md", cwd=tmp_path).code == 2
    assert run_cli("check", "--no-cache", "--bogus-flag", "clean.md", cwd=tmp_path).code == 2


def test_select_and_ignore_take_ids_and_families(tmp_path):
    write(tmp_path, "page.md", "---\nsource: [x]\n---\nWe utilize it.\n")

    def rules(*args):
        return run_cli("check", "--no-cache", "--format", "json", *args, ".", cwd=tmp_path).rules()

    assert rules("--select", "style") == ["style/plain-words"]
    assert rules("--select", "style/plain-words,metadata") == ["metadata/invalid", "style/plain-words"]
    assert rules("--select", "style", "--select", "metadata/invalid") == ["metadata/invalid", "style/plain-words"]
    assert rules("--select", "style,metadata", "--ignore", "metadata") == ["style/plain-words"]
    assert "style/plain-words" not in rules("--ignore", "style")


def test_partial_family_name_is_not_a_prefix(tmp_path):
    write(tmp_path, "page.md", "Text.\n")
    assert_one_line_error(run_cli("check", "--select", "styl", ".", cwd=tmp_path), "styl")


def test_stdin_with_a_filename_for_config_and_display(tmp_path):
    write(tmp_path, ".laylint.yaml", "select: [style]\n")
    run = run_cli("check", "--no-cache", "--format", "json", "--stdin-filename", "docs/page.md", "-",
                  cwd=tmp_path, stdin="\ufeffWe utilize it.\r\n".encode())
    assert [(d["path"], d["line"], d["column"]) for d in run.json] == [("docs/page.md", 1, 4)]


def test_internal_errors_have_no_traceback_unless_debug(tmp_path):
    write(tmp_path, "page.md", "Text.\n")
    run = run_process("check", "--format", "json", "--output-file", str(tmp_path / "no" / "such" / "dir" / "out.json"),
                      "page.md", cwd=tmp_path)
    assert run.code == 2 and "Traceback" not in run.err and run.err.startswith("laylint:")
    debug = run_process("--debug", "check", "--output-file", str(tmp_path / "no" / "such" / "dir" / "out.json"),
                        "page.md", cwd=tmp_path)
    assert debug.code != 0 and "Traceback" in debug.err


def test_version_rules_and_explain(tmp_path):
    version = run_process("--version", cwd=tmp_path)
    assert version.code == 0 and version.out.strip() == f"laylint {__version__}"
    listed = run_cli("rules", cwd=tmp_path)
    assert listed.code == 0
    line = next(line for line in listed.out.splitlines() if line.startswith("style/plain-words"))
    assert "info" in line
    explained = run_cli("explain", "style/plain-words", cwd=tmp_path)
    assert explained.code == 0 and "utilize" in explained.out
    assert run_cli("explain", "style/nosuch", cwd=tmp_path).code == 2
