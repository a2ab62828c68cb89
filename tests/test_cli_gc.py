"""The command line raises the garbage collector's thresholds (issue #19: collections of a run
that makes millions of short-lived objects and almost no cycles cost ~9% of a full check)."""

from __future__ import annotations

import subprocess
import sys


def test_a_laylint_process_collects_young_objects_rarely(tmp_path):
    (tmp_path / "page.md").write_text("Statins lowered the risk of stroke.\n", encoding="utf-8")
    probe = ("import gc, sys; from laylint import cli; code = cli.main(['check', '--no-cache', '--select', 'style', "
             "'page.md']); print(gc.get_threshold()[0], file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert done.stderr.strip().splitlines()[-1] == "50000", done.stderr


def test_a_higher_threshold_set_by_an_embedding_program_is_kept(tmp_path):
    (tmp_path / "page.md").write_text("Zinc shortened diarrhoea in children.\n", encoding="utf-8")
    probe = ("import gc, sys; gc.set_threshold(90000, 10, 10); from laylint import cli; "
             "cli.main(['check', '--no-cache', '--select', 'style', 'page.md']); print(gc.get_threshold()[0], file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert done.stderr.strip().splitlines()[-1] == "90000", done.stderr
