"""The seed example (examples/anti-cd20.md) is clean for the claims rules, and each single edit the
claims issue lists gives the named rule on the edited line."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from laylint.api import lint_text

SEED = Path(__file__).resolve().parents[1] / "examples" / "anti-cd20.md"
CLAIMS = ["claims", "metadata/missing"]

EDITS = [
    # (old, new, rule expected on the line of `new`)
    ("more urinary infections (9%)", "more urinary infections (19%)", "claims/number-mismatch"),
    ("Rituximab was linked to more urinary infections (9%)", "Ocrelizumab was linked to more urinary infections (9%)", "claims/wrong-pair"),
    ("lung infections (12%)", "urinary infections (12%)", "claims/wrong-pair"),
    ("the quality of research varied a lot.", "the quality of research varied a lot.\nAbout 40% of people stopped treatment.",
     "claims/unsupported-number"),
]


def _seed() -> str:
    return SEED.read_text(encoding="utf-8")


def _edited(old: str, new: str) -> tuple[str, int]:
    text = _seed()
    assert text.count(old) == 1, f"the seed no longer contains {old!r} once"
    edited = text.replace(old, new)
    last_line_of_new = edited[: edited.index(new) + len(new)].count("\n") + 1
    return edited, last_line_of_new


def test_seed_has_no_claims_diagnostics():
    assert lint_text(_seed(), select=CLAIMS) == []


@pytest.mark.parametrize("old, new, rule", EDITS, ids=[e[2] + ":" + e[1][:30] for e in EDITS])
def test_single_edit_gives_the_named_rule_on_the_edited_line(old, new, rule):
    edited, line = _edited(old, new)
    diagnostics = lint_text(edited, select=CLAIMS)
    assert [(d.rule, d.line) for d in diagnostics] == [(rule, line)]


def test_one_in_four_for_25_percent_gives_nothing():
    edited, _ = _edited("while 25% had", "while one in four had")
    assert lint_text(edited, select=CLAIMS) == []


def test_wrong_pair_message_names_what_was_read_and_whose_figure_it_is():
    edited, _ = _edited(*EDITS[1][:2])
    [diagnostic] = lint_text(edited, select=CLAIMS)
    assert "ocrelizumab" in diagnostic.message and "genito-urinary infection" in diagnostic.message
    assert "rituximab, genito-urinary infection: 9%" in diagnostic.message


def test_number_mismatch_message_quotes_source_value_and_ci():
    edited, _ = _edited(*EDITS[0][:2])
    [diagnostic] = lint_text(edited, select=CLAIMS)
    assert "19%" in diagnostic.message and "9% (95% CI 5% to 12%)" in diagnostic.message


def test_real_cli_reports_number_mismatch_on_the_edited_line(tmp_path):
    edited, line = _edited(*EDITS[0][:2])
    summary = tmp_path / "anti-cd20.md"
    summary.write_text(edited, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "laylint", "check", "--format", "json", "--select", "claims", str(summary)],
                         capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert run.returncode == 1, run.stderr
    found = json.loads(run.stdout)
    assert [(d["rule"], d["line"], d["severity"]) for d in found] == [("claims/number-mismatch", line, "error")]
    column = edited.splitlines()[line - 1].index("19%") + 1
    assert found[0]["column"] == column and found[0]["end_column"] == column + 3


def test_sidecar_metadata_works_like_front_matter(tmp_path):
    front, body = _seed().split("\n---\n", 1)
    import yaml

    data = yaml.safe_load(front.lstrip("-\n"))
    (tmp_path / "seed.md").write_text(body.replace("(9%)", "(19%)"), encoding="utf-8")
    (tmp_path / "seed.source.yaml").write_text(yaml.safe_dump({"source": data["source"]}), encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "laylint", "check", "--format", "json", "--select", "claims", "seed.md"],
                         capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert [d["rule"] for d in json.loads(run.stdout)] == ["claims/number-mismatch"], run.stderr
