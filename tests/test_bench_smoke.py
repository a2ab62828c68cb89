"""Smoke test of the benchmark (bench/run.py): it runs end to end and prints every row.

No timing assertions: speed is measured by `python bench/run.py`, never by unit tests.
"""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

TARGET_ROWS = (
    "full check, no cache, CPU time / proselint's",
    "full check, no cache, CPU time / read + tokenise",
    "full check, every file cached, CPU time / proselint's",
    "one 400-word file, cold process, CPU time / `python -c \"import spacy\"`",
    "peak memory of a full run of the largest corpus (all its processes)",
    "CPU time per word at each larger corpus vs 1x (worst)",
    "`--jobs 2` / `--jobs 1` on the 4x corpus, wall (must be faster)",
    "`--jobs 2` / `--jobs 1` on the 1x corpus, wall",
    "time claim checking adds to a full check",
)
RUN_ROWS = (
    "| laylint check, all rules, no cache |",
    "| proselint check |",
    "| read + tokenise (spacy.blank, one process) |",
    "| laylint check, one ",
    "| python -c \"import spacy\" |",
    "| laylint check, 2x corpus, no cache |",
    "| laylint check, 1x corpus, --jobs 1, no cache |",
    "| laylint check, 1x corpus, --jobs 2, no cache |",
)


@pytest.fixture(scope="module")
def quick_report():
    # The test extra installs proselint and laylint: a missing one is a failure, never a skip.
    assert shutil.which("proselint") or Path(sys.executable).with_name("proselint").exists(), "pip install -e '.[test]'"
    done = subprocess.run([sys.executable, str(REPO / "bench" / "run.py"), "--quick", "--markdown"],
                          capture_output=True, text=True, timeout=600, cwd=REPO)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_quick_run_prints_the_readme_block_between_its_markers(quick_report):
    assert quick_report.startswith("<!-- bench-table -->")
    assert quick_report.rstrip().endswith("<!-- /bench-table -->")
    assert "CPUs" in quick_report and "python bench/run.py --quick" in quick_report


@pytest.mark.parametrize("row", TARGET_ROWS)
def test_every_target_has_a_row_with_a_verdict(quick_report, row):
    line = next((line for line in quick_report.splitlines() if line.startswith(f"| {row} |")), None)
    assert line is not None, f"no row for {row!r}"
    assert any(verdict in line for verdict in ("PASS", "MISS", "n/a"))


@pytest.mark.parametrize("row", RUN_ROWS)
def test_every_timed_run_has_a_row(quick_report, row):
    assert any(line.startswith(row) for line in quick_report.splitlines())


def test_the_per_kind_split_is_reported(quick_report):
    assert "| parse |" in quick_report
