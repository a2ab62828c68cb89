"""User regular expressions run on RE2: a catastrophic pattern cannot hang a run."""

from __future__ import annotations

import time

from robust_support import run_process, write

RULE = """id: house/catastrophic
kind: existence
severity: warning
message: "matched {match}"
description: A pattern that backtracking engines take exponential time on.
options:
  tokens: ["(a+)+$"]
"""


def test_catastrophic_pattern_in_a_user_rule_finishes(tmp_path):
    write(tmp_path, ".laylint.yaml", "rule_paths: [house]\nselect: [house]\n")
    write(tmp_path, "house/house/catastrophic.yaml", RULE)
    # 50,000 a's then a b: Python's re would try ~2**50000 ways to match `(a+)+$` here
    write(tmp_path, "page.md", "a" * 50_000 + "b\n\naaaa\n")
    started = time.monotonic()
    run = run_process("check", "--no-cache", "--format", "json", ".", cwd=tmp_path, timeout=60)
    elapsed = time.monotonic() - started
    assert run.code == 0, run.err
    assert [(d["rule"], d["line"], d["column"]) for d in run.json] == [("house/catastrophic", 3, 1)]
    assert elapsed < 10, f"hang guard: took {elapsed:.1f} s"
