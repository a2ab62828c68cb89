"""The claims judge split by verdict kind (round 31): judge.py sets a figure's kind apart and hands it to
count_verdict.py, count_other.py, dose_verdict.py, plain_verdict.py or estimate_verdict.py. The names other
modules import stay on judge.py, each module imports on its own (no cycle) and takes no private name from
another, and each kind still reaches its own judge. Sentences written for these tests (made-up reviews)."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

from lint_support import claim_rules_at

CLAIMS = Path(__file__).resolve().parent.parent / "src" / "laylint" / "claims"
VERDICT_MODULES = ("verdict", "counted", "count_evidence", "count_parts", "count_other", "count_case", "count_verdict",
                   "study_descriptions",
                   "plain_verdict", "estimate_words", "derived_estimates", "dose_verdict", "estimate_verdict", "sibling_counts",
                   "judge")


def test_the_names_importers_use_stay_on_judge():
    judge = importlib.import_module("laylint.claims.judge")
    for name in ("judge", "evidence_verdict", "evidence_counts", "total_finding", "Context", "Verdict"):
        assert callable(getattr(judge, name)), name


def test_each_verdict_module_imports_on_its_own():
    """Imported first, in a fresh set of modules, each must load: an import cycle fails here."""
    script = ("import importlib, sys\n"
              f"for name in {VERDICT_MODULES + ('pinned',)!r}:\n"
              "    for loaded in [m for m in sys.modules if m.startswith('laylint')]:\n"
              "        del sys.modules[loaded]\n"
              "    importlib.import_module('laylint.claims.' + name)\n")
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         env={"PYTHONPATH": str(CLAIMS.parent.parent), "PYTHONDONTWRITEBYTECODE": "1"})
    assert run.returncode == 0, run.stderr


@pytest.mark.parametrize("module", VERDICT_MODULES + ("pinned",))
def test_the_judge_modules_take_no_private_name_from_another(module):
    tree = ast.parse((CLAIMS / f"{module}.py").read_text(encoding="utf-8"))
    private = [(node.module, alias.name) for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
               and (node.module or "").startswith("laylint") for alias in node.names if alias.name.startswith("_")]
    assert private == []


@pytest.mark.parametrize("module", VERDICT_MODULES)
def test_each_judge_module_stays_small(module):
    assert len((CLAIMS / f"{module}.py").read_text(encoding="utf-8").splitlines()) < 400


def _review(drug, comparator, findings, outcomes, studies=12, participants=2400):
    return {"design": "meta-analysis", "studies": studies, "participants": participants,
            "drugs": {drug: [], comparator: []}, "outcomes": outcomes,
            "findings": [{"drug": drug, "comparator": comparator, **f} for f in findings]}


SOURCES = {
    "cardiology": _review("statins", "placebo", [{"outcome": "heart attack", "measure": "risk-ratio", "value": 0.71}],
                          {"heart attack": ["heart attacks"]}),
    "oncology": _review("radiotherapy", "surgery", [{"outcome": "survival", "measure": "hazard-ratio", "value": 0.88}],
                        {"survival": []}, studies=9, participants=1530),
    "infectious disease": {**(review := _review("bed nets", "no nets", [{"outcome": "malaria", "measure": "risk-ratio",
                                                                          "value": 0.6}], {"malaria": []})),
                           "findings": review["findings"] + [{"measure": "count", "value": 11, "population": "countries"}]},
}

# (field, sentence, figure, flagged?): each verdict kind, through judge()
DISPATCHED = [
    ("cardiology", "Statins lowered the risk of heart attacks (RR 0.71).", "0.71", False),  # estimate
    ("cardiology", "Statins lowered the risk of heart attacks (RR 0.51).", "0.51", True),
    ("oncology", "We found 9 studies with 1530 people.", "9", False),  # count of studies
    ("oncology", "We found 19 studies that compared radiotherapy with surgery.", "19", True),  # more than the review has
    ("oncology", "The review included 1530 people.", "1530", False),  # count of people
    ("infectious disease", "The studies took place in 11 countries.", "11", False),  # another thing counted
    ("infectious disease", "The studies took place in 21 countries.", "21", True),
]


@pytest.mark.parametrize("field, text, figure, flagged", DISPATCHED)
def test_each_kind_of_figure_reaches_its_judge(field, text, figure, flagged):
    assert bool(claim_rules_at(text, SOURCES[field], figure)) is flagged
