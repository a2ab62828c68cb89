"""The command line raises the garbage collector's thresholds (issue #19: collections of a run
that makes millions of short-lived objects and almost no cycles cost ~9% of a full check)."""

from __future__ import annotations

import subprocess
import sys


def _threshold_after_a_check(tmp_path, text: str, before: str = "") -> str:
    """The young-generation threshold after `laylint check` ran in a fresh process (after `before`)."""
    (tmp_path / "page.md").write_text(text, encoding="utf-8")
    probe = (f"import gc, sys; {before}from laylint import cli; "
             "cli.main(['check', '--no-cache', '--select', 'style', 'page.md']); print(gc.get_threshold()[0], file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    return done.stderr.strip().splitlines()[-1]


def test_a_laylint_process_collects_young_objects_rarely(tmp_path):
    assert _threshold_after_a_check(tmp_path, "Statins lowered the risk of stroke.\n") == "50000"


def test_a_higher_threshold_set_by_an_embedding_program_is_kept(tmp_path):
    before = "gc.set_threshold(90000, 10, 10); "
    assert _threshold_after_a_check(tmp_path, "Zinc shortened diarrhoea in children.\n", before) == "90000"
