"""Issue 17, text that deceives or exhausts: hidden characters (item 4), huge integers (item 5),
quadratic inputs (item 6), control characters in text output (item 7), non-UTF-8 names in JSON (item 15)."""

from __future__ import annotations

import json
import os
import time

import pytest

from robust_support import run_cli, write

SIDECAR = """source:
  drugs: {rituximab: [Rituxan]}
  outcomes: {relapse: [relapses]}
  findings:
    - {drug: rituximab, outcome: relapse, value: 19%}
"""


def check(folder, *args: str):
    return run_cli("check", "--no-cache", "--format", "json", "--jobs", "1", *args, cwd=folder)


def hidden(folder, text: str):
    write(folder, "page.md", text)
    return [d for d in check(folder, "page.md", "--select", "text").json if d["rule"] == "text/hidden-characters"]


# -- item 4: text/hidden-characters -----------------------------------------------------------------

@pytest.mark.parametrize("text, column", [
    ("Relapse fell by 1\u200b9% with rituximab.\n", 18),          # zero-width space inside a number
    ("Ritu\u200cximab lowered relapse.\n", 5),                     # zero-width non-joiner inside a drug name
    ("Insulin lowered HbA1c by 0.\u20604 points.\n", 28),          # word joiner
    ("Hypo\u00adglycaemia was rare with metformin.\n", 5),         # soft hyphen inside a word
    ("Wheeze improved in 4\ufeff2 of 100 children.\n", 21),        # a BOM inside a number
    ("Pain fell by \u202e%91\u202c with ibuprofen.\n", 14),        # a right-to-left override
    ("Mortality was 2\u20661\u2069% lower with statins.\n", 16),   # a bidi isolate inside a number
    ("Survival rose by 1\u03019% after surgery.\n", 19),           # a combining mark on a digit
])
def test_hidden_characters_are_reported_with_a_safe_fix(tmp_path, text, column):
    [found] = hidden(tmp_path, text)[:1]
    assert (found["line"], found["column"], found["severity"]) == (1, column, "error")
    assert found["fix"]["applicability"] == "safe" and found["fix"]["edits"][0]["content"] == ""
    run_cli("check", "--no-cache", "--fix", "--select", "text", "page.md", cwd=tmp_path)
    fixed = (tmp_path / "page.md").read_text(encoding="utf-8")
    assert fixed.isascii() or not hidden(tmp_path, fixed)


@pytest.mark.parametrize("text", [
    "Caf\u00e9 owners and na\u0131\u0308ve readers took part.\n",   # accents, precomposed and combining
    "The \U0001f469\u200d\U0001f52c emoji joins with a zero-width joiner.\n",
    "Word\u00a0joined by a no-break space; 19\u202f% with a narrow one.\n",
    "\u05e9\u05dc\u05d5\u05dd and \u0645\u0631\u062d\u0628\u0627 are greetings.\n",
    "Patients in Iran (\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645) answered a survey.\n",  # Persian uses ZWNJ
])
def test_ordinary_unicode_is_not_reported(tmp_path, text):
    assert hidden(tmp_path, text) == []


def test_the_claims_read_the_visible_figure(tmp_path):
    write(tmp_path, "page.source.yaml", SIDECAR)
    write(tmp_path, "page.md", "With ritu\u200bximab, 1\u200b9% of people had a relapse.\n")
    rows = json.loads(run_cli("claims", "--format", "json", "page.md", cwd=tmp_path).out)
    assert [(row["value"], row["drug"], row["verdict"]) for row in rows] == [(19, "rituximab", "verified")]


def test_an_override_is_not_read_as_a_figure(tmp_path):
    write(tmp_path, "page.source.yaml", SIDECAR)
    write(tmp_path, "page.md", "With rituximab, \u202e%91\u202c of people had a relapse.\n")
    rows = json.loads(run_cli("claims", "--format", "json", "--all", "page.md", cwd=tmp_path).out)
    assert all(row["value"] != 91 for row in rows)


def test_a_figure_in_raw_html_is_checked(tmp_path):
    write(tmp_path, "page.source.yaml", SIDECAR)
    write(tmp_path, "page.md", "# Results\n\n<div>\n<p>With rituximab, 37% of people had a relapse.</p>\n</div>\n")
    run = check(tmp_path, "page.md", "--select", "claims")
    assert any(d["rule"].startswith("claims/") and d["line"] == 4 for d in run.json), run.json


# -- item 5: one huge integer -----------------------------------------------------------------------

def test_a_huge_integer_is_a_metadata_problem_not_an_abort(tmp_path):
    huge = "1" + "0" * 5000
    write(tmp_path, "a.md", f"---\ntitle: {huge}\n---\nWe utilize it.\n")
    write(tmp_path, "b.md", "We utilize it.\n")
    write(tmp_path, "b.source.yaml", f"participants: {huge}\n")
    write(tmp_path, "c.md", "We utilize it.\n")
    run = check(tmp_path, ".", "--select", "metadata,style")
    assert run.code == 1, run.err
    found = {(d["path"], d["rule"]) for d in run.json}
    assert {("a.md", "metadata/invalid"), ("b.source.yaml", "metadata/invalid")} <= found
    assert {("a.md", "style/plain-words"), ("b.md", "style/plain-words"), ("c.md", "style/plain-words")} <= found


def test_a_huge_integer_in_a_config_is_a_usage_error(tmp_path):
    write(tmp_path, ".laylint.yaml", "rules:\n  io/too-large:\n    max_bytes: 1" + "0" * 5000 + "\n")
    write(tmp_path, "a.md", "Text.\n")
    run = check(tmp_path, ".")
    assert run.code == 2 and "internal error" not in run.err


# -- item 6: linear time ----------------------------------------------------------------------------

LINEAR_INPUTS = {
    "headings": lambda n: "# h\n" * n,
    "table": lambda n: "|" + "a|" * n + "\n|" + "-|" * n + "\n",
    "comments": lambda n: "<!--\n" * n,
    "percentages": lambda n: "19% " * n + "\n",
}


def _seconds(folder, name: str, text: str, command: tuple) -> float:
    """CPU seconds of this process for one in-process run: other work on a loaded machine does not count (wall time
    once made 16,000 percentages look 8x slower than 4,000 at load 10)."""
    write(folder, name, text)
    started = time.process_time()
    run = run_cli(*command, name, cwd=folder)
    assert run.code in (0, 1), run.err
    return time.process_time() - started


COMMANDS = {
    "check": ("check", "--no-cache", "--jobs", "1", "--format", "json"),
    "claims": ("claims", "--format", "json"),
    "stats": ("stats", "--format", "json"),
}


@pytest.mark.parametrize("shape", sorted(LINEAR_INPUTS))
def test_pathological_inputs_take_linear_time(tmp_path, shape):
    """Quadrupling the input may at most roughly quadruple the time (quadratic code would be 16x;
    before the fix, 16,000 percentages took 14 times as long as 4,000)."""
    make = LINEAR_INPUTS[shape]
    for name, command in COMMANDS.items():
        if name != "check" and shape != "percentages":
            continue  # the other commands open the same Analysis; the figures are where they differ
        _seconds(tmp_path, "warm.md", make(100), command)  # spaCy loaded once, outside the timing
        small = _seconds(tmp_path, "small.md", make(4000), command)
        large = _seconds(tmp_path, "large.md", make(16000), command)
        assert large < max(8 * small, 4.0), (shape, name, small, large)


@pytest.mark.parametrize("shape", sorted(LINEAR_INPUTS))
def test_pathological_inputs_at_the_default_limit_finish(tmp_path, shape):
    """Each shape at about the default size limit (2,000,000 bytes) is read and checked. One test per
    shape, so the suite's workers share them. On a 2-core machine at load 10 they took about 15 to 35 s
    of CPU each, up to 260 s of wall time (headings and percentages took over 180 s at a fifth of
    the size before issue #17's fixes); the bound only catches a return to that, no timing target."""
    make = LINEAR_INPUTS[shape]
    write(tmp_path, f"{shape}.md", make(1_900_000 // len(make(1))))
    started = time.perf_counter()
    run = run_cli("check", "--no-cache", "--jobs", "1", "--format", "json", ".", cwd=tmp_path)
    seconds = time.perf_counter() - started
    assert run.code in (0, 1), run.err
    skipped = [d for d in json.loads(run.out) if d["rule"].startswith("io/")]
    assert skipped == []  # the shape was read and checked, not left out as too large
    assert seconds < 600, seconds


# -- item 7: control characters in text output; item 15: JSON with a non-UTF-8 file name ------------

def test_text_output_escapes_control_characters_from_files(tmp_path):
    name = "evil\x1b[2J\n::error file=x::forged.md"
    write(tmp_path, name, "We utilize it.\n")
    run = run_cli("check", "--no-cache", "--select", "style", ".", cwd=tmp_path)
    assert "\x1b" not in run.out and "\n::error" not in run.out and "\\x1b" in run.out


def test_json_with_a_non_utf8_file_name_is_valid_utf8(tmp_path):
    name = os.fsdecode(b"caf\xe9.md")
    (tmp_path / name).write_bytes(b"We utilize it.\n")
    run = run_cli("check", "--no-cache", "--format", "json", "--select", "style", ".", cwd=tmp_path)
    run.out.encode("utf-8")  # no lone surrogates
    assert len(run.json) == 1
