"""The GitHub Action (action.yml, composite; issue 18, item 4), run as GitHub would run its `run:`
steps: bash with `-eo pipefail`, inputs passed as environment variables, GITHUB_ACTION_PATH set to
this checkout. The `uses:` steps (setup-python, the SARIF upload) are GitHub's own and are checked
for their inputs only. The install step really runs `pip install` of this checkout into a fresh
virtual environment; pip is told not to fetch dependencies (they come from this test's environment
through PYTHONPATH), so it works offline."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import jsonschema
import pytest
import yaml

CHECKOUT = Path(__file__).resolve().parents[1]
ACTION = yaml.safe_load((CHECKOUT / "action.yml").read_text(encoding="utf-8"))
SCHEMA = Path(__file__).parent / "data" / "sarif" / "sarif-schema-2.1.0.json"
WRONG = """\
---
source:
  design: randomized-trial
  drugs: {rituximab: [Rituxan]}
  outcomes: {low antibody levels: [hypogammaglobulinemia]}
  findings:
    - {drug: rituximab, outcome: low antibody levels, value: 9%}
---
About 19% of people on rituximab had low antibody levels.
"""


def expand(text: str, inputs: dict) -> str:
    """GitHub's expressions, as far as this action uses them."""
    return re.sub(r"\$\{\{\s*inputs\.([\w-]+)\s*\}\}", lambda m: inputs[m.group(1)], text)


@pytest.fixture(scope="module")
def runner_env(tmp_path_factory):
    """A fresh venv on PATH, like the runner's Python after setup-python, with no laylint in it."""
    home = tmp_path_factory.mktemp("runner")
    venv.create(home / "python", with_pip=True)
    site = os.pathsep.join(dict.fromkeys([sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]]))
    return {**os.environ, "PATH": f"{home / 'python' / 'bin'}{os.pathsep}{os.environ['PATH']}",
            "PIP_NO_DEPS": "1", "PIP_NO_BUILD_ISOLATION": "0", "PIP_NO_INDEX": "1", "PYTHONPATH": site,
            "GITHUB_ACTION_PATH": str(CHECKOUT), "LAYLINT_NO_CACHE": "1"}


def run_action(repo: Path, env: dict, **given) -> list[subprocess.CompletedProcess]:
    inputs = {name: spec.get("default", "") for name, spec in ACTION["inputs"].items()} | given
    done = []
    for step in ACTION["runs"]["steps"]:
        if "run" not in step:
            continue
        assert step["shell"] == "bash"
        step_env = env | {key: expand(str(value), inputs) for key, value in step.get("env", {}).items()}
        done.append(subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]],
                                   cwd=repo, env=step_env, capture_output=True, text=True, timeout=600))
        if done[-1].returncode:
            break
    return done


def test_the_action_is_composite_and_passes_inputs_through_the_environment():
    assert ACTION["runs"]["using"] == "composite"
    for step in ACTION["runs"]["steps"]:
        assert "${{" not in step.get("run", ""), "inputs must reach scripts as environment variables"
    uses = [step["uses"] for step in ACTION["runs"]["steps"] if "uses" in step]
    assert uses == ["actions/setup-python@v5", "github/codeql-action/upload-sarif@v3"]
    upload = ACTION["runs"]["steps"][-1]
    assert upload["if"] == "always() && inputs.sarif == 'true'" and upload["with"]["category"] == "laylint"


def test_the_action_annotates_a_wrong_number_fails_and_writes_valid_sarif(tmp_path, runner_env):
    (tmp_path / "summaries").mkdir()
    (tmp_path / "summaries" / "rituximab.md").write_text(WRONG, encoding="utf-8")
    (tmp_path / "README.md").write_text("# Summaries\n\nMS and COPD pages.\n", encoding="utf-8")
    install, check = run_action(tmp_path, runner_env, paths="summaries README.md", sarif="true",
                                args="--select claims,metadata,jargon/acronym --force-exclude")
    assert install.returncode == 0, install.stderr
    assert check.returncode == 1, check.stdout + check.stderr
    (annotation,) = check.stdout.splitlines()
    assert annotation.startswith("::error file=summaries/rituximab.md,line=9,") and "claims/number-mismatch" in annotation
    log = json.loads((tmp_path / "laylint.sarif").read_text(encoding="utf-8"))
    jsonschema.validate(log, json.loads(SCHEMA.read_text(encoding="utf-8")))
    assert [r["ruleId"] for r in log["runs"][0]["results"]] == ["claims/number-mismatch"]


def test_the_action_passes_on_clean_summaries(tmp_path, runner_env):
    (tmp_path / "s.md").write_text(WRONG.replace("19%", "9%"), encoding="utf-8")
    install, check = run_action(tmp_path, runner_env, args="--select claims")
    assert install.returncode == 0 and check.returncode == 0, check.stdout + check.stderr
    assert check.stdout == "" and not (tmp_path / "laylint.sarif").exists()
