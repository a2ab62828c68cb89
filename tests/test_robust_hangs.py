"""Hang guards (not benchmarks): a file just under the size limit made of 1 MB lines without spaces
finishes. Before the fixes these took hours: spaCy's tokenizer is worse than quadratic on a long run
of emoji or brackets, and the acronym finder re-read the whole sentence for every bracket."""

from __future__ import annotations

import time

from robust_support import run_process, write

LIMIT_SECONDS = 120  # generous: a shared CI machine; the failure mode is hours, not seconds


def test_megabyte_lines_without_spaces_finish(tmp_path):
    emoji_and_brackets = "\U0001f642(" * 200_000  # 1 MB in UTF-8, no spaces
    brackets_in_one_sentence = "utilize,(x)" * 60_000  # 660 KB
    text = f"We utilize it.\n\n{emoji_and_brackets}\n\n{brackets_in_one_sentence}\n\nPrior to lunch.\n"
    assert 1_500_000 < len(text.encode()) < 2_000_000  # just under io/too-large's default
    write(tmp_path, "long.md", text)
    started = time.monotonic()
    run = run_process("check", "--no-cache", "--select", "all", "--format", "json", ".", cwd=tmp_path,
                      timeout=LIMIT_SECONDS * 2)
    elapsed = time.monotonic() - started
    assert run.code in (0, 1) and "Traceback" not in run.err, run.err
    plain = [(d["line"], d["column"]) for d in run.json if d["rule"] == "style/plain-words"]
    assert (1, 4) in plain and (7, 1) in plain and len(plain) == 60_002
    assert elapsed < LIMIT_SECONDS, f"took {elapsed:.0f} s"
