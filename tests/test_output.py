"""Output people read (issue 18, items 2 and 4; issue 17, items 7 and 15): full and concise text,
colour, NO_COLOR, --quiet, rule URLs, escaped control characters, SARIF fingerprints, JUnit."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from laylint.cli import main

SCHEMA = Path(__file__).parent / "data" / "sarif" / "sarif-schema-2.1.0.json"
PAGE = "# Title\n\nWe utilize tests in MRSA.\n"
ESC = "\x1b"


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    (tmp_path / "page.md").write_text(PAGE, encoding="utf-8")
    return tmp_path


def run(capsys, *args) -> tuple[int, str, str]:
    code = main(["check", "--no-cache", "--select", "style,jargon/acronym", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_concise_is_the_default_off_a_terminal_and_byte_identical(folder, capsys):
    code, out, _ = run(capsys, "page.md")
    assert out == ("page.md:3:4: info style/plain-words Use 'use' instead of 'utilize' (suggestion: use)\n"
                   "page.md:3:21: error jargon/acronym 'MRSA' is used before it is spelled out; write the full name "
                   "first, e.g. 'full name (MRSA)'\n"
                   "Found 2 problems (1 error, 1 info) in 1 file.\n")
    assert run(capsys, "page.md", "--format", "concise")[1] == out


def test_full_shows_the_line_a_caret_the_suggestion_the_fix_and_the_rule_url(folder, capsys):
    code, out, _ = run(capsys, "page.md", "--format", "full")
    first = out.split("\n\n")[0].splitlines()
    assert first == [
        "page.md:3:4: info style/plain-words Use 'use' instead of 'utilize'",
        "  |",
        "3 | We utilize tests in MRSA.",
        "  |    ^^^^^^^",
        "  = suggestion: use",
        "  = fix: replace with 'use' (safe: `laylint check --fix` applies it)",
        "  = docs: https://laylint.readthedocs.io/en/latest/rules/style/plain-words.html",
    ]
    assert out.endswith("\nFound 2 problems (1 error, 1 info) in 1 file.\n") and ESC not in out


def test_full_cuts_a_long_line_to_a_window_around_the_span(folder, capsys):
    (folder / "page.md").write_text("Word " * 300 + "we utilize it " + "word " * 300 + "\n", encoding="utf-8")
    out = run(capsys, "page.md", "--format", "full", "--select", "style")[1]
    source, caret = out.splitlines()[2:4]
    assert source.startswith("1 | …") and source.endswith("…") and len(source) < 140
    assert source[caret.index("^")] == "u" and caret.count("^") == len("utilize")


def test_colour_always_never_and_no_color(folder, capsys, monkeypatch):
    assert ESC + "[" in run(capsys, "page.md", "--color", "always")[1]
    assert ESC not in run(capsys, "page.md", "--color", "never", "--format", "full")[1]
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert ESC in run(capsys, "page.md")[1]
    monkeypatch.setenv("NO_COLOR", "1")
    assert ESC not in run(capsys, "page.md")[1]  # NO_COLOR wins over FORCE_COLOR in auto
    assert ESC in run(capsys, "page.md", "--color", "always")[1]  # the flag wins over both
    coloured = run(capsys, "page.md", "--color", "always")[1]
    assert "\x1b[1;31merror\x1b[0m" in coloured and "\x1b[1mjargon/acronym\x1b[0m" in coloured


def test_quiet_prints_only_the_problems(folder, capsys):
    code, out, err = run(capsys, "page.md", "--quiet")
    assert code == 1 and len(out.splitlines()) == 2 and "Found" not in out and err == ""
    (folder / "clean.md").write_text("We use tests.\n")
    assert run(capsys, "clean.md", "-q")[1] == ""


def test_on_a_terminal_text_is_full_and_coloured(folder):
    """A real pseudo-terminal: `text` (the default) turns into `full`, in colour."""
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")} | {"TERM": "xterm", "COLUMNS": "100"}
    leader, follower = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "laylint", "check", "--no-cache", "--select", "style", "page.md"],
                               stdout=follower, stderr=subprocess.DEVNULL, cwd=folder, env=env)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    process.wait(timeout=120)
    os.close(leader)
    out = b"".join(chunks).decode()
    assert "\x1b[" in out and "^^^^^^^" in out and "rules/style/plain-words.html" in out
    env["NO_COLOR"] = "1"
    leader, follower = pty.openpty()
    process = subprocess.run([sys.executable, "-m", "laylint", "check", "--no-cache", "--select", "style", "page.md"],
                             stdout=follower, stderr=subprocess.DEVNULL, cwd=folder, env=env, timeout=120)
    os.close(follower)
    out = os.read(leader, 65536).decode()
    os.close(leader)
    assert "\x1b[" not in out and "^^^^^^^" in out


def test_docs_url_comes_from_the_flag_or_the_config(folder, capsys):
    (folder / ".laylint.yaml").write_text("docs_url: https://docs.example.test/laylint/\n")
    out = run(capsys, "page.md", "--format", "json")[1]
    assert {d["url"] for d in json.loads(out)} == {"https://docs.example.test/laylint/rules/style/plain-words.html",
                                                  "https://docs.example.test/laylint/rules/jargon/acronym.html"}
    out = run(capsys, "page.md", "--format", "json", "--docs-url", "file:///site")[1]
    assert json.loads(out)[0]["url"] == "file:///site/rules/style/plain-words.html"


# --- control characters and file names (issue 17, items 7 and 15) ---------------------------------

HOSTILE = "\x1b[2J\x1b]0;owned\x07"


def test_text_and_github_escape_control_characters_in_every_field(folder, capsys):
    name = f"evil{HOSTILE}\n::error::forged.md"
    (folder / name).write_text("We utilize \x1b[31mit\u202e.\n", encoding="utf-8")
    for fmt in ("concise", "full", "github"):
        code, out, _ = run(capsys, name, "--format", fmt, "--select", "style")
        assert ESC not in out and "\x07" not in out and "\u202e" not in out, fmt
        assert "\\x1b[2J" in out, fmt
        lines = out.splitlines()
        assert not any(line.startswith("::error::forged") for line in lines), fmt
        if fmt != "github":
            assert lines[0].startswith("evil\\x1b[2J\\x1b]0;owned\\x07\\n::error::forged.md:1:4: info style/plain-words")


def test_a_non_utf8_file_name_keeps_json_valid_utf8(folder, capsys):
    (folder / os.fsdecode(b"caf\xe9.md")).write_text("We utilize it.\n", encoding="utf-8")
    out_file = folder / "out.json"
    run(capsys, os.fsdecode(b"caf\xe9.md"), "--format", "json", "--select", "style", "-o", str(out_file))
    (problem,) = json.loads(out_file.read_bytes().decode("utf-8"))
    assert problem["path"] == "caf%E9.md"
    text = run(capsys, os.fsdecode(b"caf\xe9.md"), "--select", "style")[1]
    assert text.startswith("caf\\xe9.md:1:4:")


# --- SARIF and JUnit ------------------------------------------------------------------------------

def sarif_of(capsys, *args) -> dict:
    code, out, _ = run(capsys, "page.md", "--format", "sarif", *args)
    return json.loads(out)


def test_sarif_is_schema_valid_with_fingerprints_help_uris_and_version(folder, capsys):
    log = sarif_of(capsys)
    jsonschema.validate(log, json.loads(SCHEMA.read_text(encoding="utf-8")))
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["semanticVersion"] and driver["informationUri"].startswith("https://")
    assert all(rule["helpUri"].endswith(f"/rules/{rule['id']}.html") for rule in driver["rules"])
    results = log["runs"][0]["results"]
    assert all(set(r["partialFingerprints"]) == {"laylint/v1"} for r in results)
    assert len({r["partialFingerprints"]["laylint/v1"] for r in results}) == len(results)


def test_sarif_fingerprints_survive_a_moved_line_and_count_repeats(folder, capsys):
    before = {r["ruleId"]: r["partialFingerprints"] for r in sarif_of(capsys)["runs"][0]["results"]}
    (folder / "page.md").write_text("# Title\n\nA new first paragraph.\n\nAnother one.\n\n" + PAGE.split("\n\n", 1)[1])
    moved = sarif_of(capsys)["runs"][0]["results"]
    assert {r["ruleId"]: r["partialFingerprints"] for r in moved} == before
    assert moved[0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 7
    (folder / "page.md").write_text("We utilize it.\n\nWe utilize it.\n")
    twice = [r["partialFingerprints"]["laylint/v1"] for r in sarif_of(capsys, "--select", "style")["runs"][0]["results"]]
    assert twice[0].split(":")[0] == twice[1].split(":")[0] and [p[-2:] for p in twice] == [":0", ":1"]


def test_junit_warnings_are_not_failures_unless_they_fail_the_run(folder, capsys):
    (folder / "page.md").write_text("We utilize tests. The cohort was small.\n")
    args = ["page.md", "--format", "junit", "--select", "style,jargon/term"]
    code, out, _ = run(capsys, *args)
    root = ET.fromstring(out)
    assert code == 0 and root.get("failures") == "0" and root.get("skipped") == "2"
    code, out, _ = run(capsys, *args, "--fail-on", "warning")
    root = ET.fromstring(out)
    assert code == 1 and root.get("failures") == "1" and root.find(".//failure").get("type") == "jargon/term"
    code, out, _ = run(capsys, *args, "--junit-warnings", "pass")
    root = ET.fromstring(out)
    assert root.get("failures") == "0" and root.get("skipped") == "0" and len(root.findall(".//system-out")) == 2
    code, out, _ = run(capsys, *args, "--junit-warnings", "failure")
    assert ET.fromstring(out).get("failures") == "2"
