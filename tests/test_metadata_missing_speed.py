"""metadata/missing imports laylint.claims only for a summary that may state a result figure (issue #19): a cold
pre-commit run of one summary without a % is spared ~70 ms of imports, and its answer is the same."""

import json
import subprocess
import sys

import pytest

_PROBE = """
import json, sys
from laylint.api import lint_text
found = [d.rule for d in lint_text(sys.argv[1], select=["claims", "metadata/missing"])]
print(json.dumps([found, any(name == "laylint.claims" for name in sys.modules)]))
"""


def _run(text: str) -> tuple[list[str], bool]:
    done = subprocess.run([sys.executable, "-c", _PROBE, text], capture_output=True, text=True, check=True)
    found, imported = json.loads(done.stdout)
    return found, imported


@pytest.mark.parametrize("text, reported", [
    # no %: nothing to attach facts for, and the claims package is never loaded
    ("Children who had grommets heard better at three months, but the benefit faded by one year.", False),
    ("People on dialysis who took the new binder had fewer hospital stays than those on the old one.", False),
    # a result figure: reported as before (the claims package reads it)
    ("Varenicline helped 25% of smokers quit, compared with 11% on placebo.", True),
])
def test_claims_are_loaded_only_for_a_summary_with_a_result_figure(text, reported):
    found, imported = _run(text)
    assert found == (["metadata/missing"] if reported else [])
    assert imported is reported
