"""The review page reads what checks recorded (issue 13), not rule ids, message text or severities."""

from __future__ import annotations

from pathlib import Path

from laylint.pipeline import Project
from laylint.review import model

SUMMARY = """---
source:
  limitations:
    - the studies were small
    - most studies had a high risk of bias
---
# What did we find?

People who walked every day had less back pain.

## Limitations

The studies were small, so we are not sure of the results.
"""


def _view(tmp_path: Path, config: str = ""):
    (tmp_path / ".laylint.yaml").write_text(config)
    (tmp_path / "page.md").write_text(SUMMARY)
    return model.build(Project().lint_file(tmp_path / "page.md", keep_analysis=True))


def test_each_limitation_is_shown_as_the_check_judged_it(tmp_path):
    view = _view(tmp_path)
    assert view.limitations == [("the studies were small", True), ("most studies had a high risk of bias", False)]


def test_an_error_severity_for_unreflected_limitations_does_not_read_as_a_missing_passage(tmp_path):
    view = _view(tmp_path, "rules:\n  hedging/limitations: {unreflected_severity: error, report_unreflected: true}\n")
    assert [d.severity for d in view.diagnostics if d.rule == "hedging/limitations"] == ["error"]
    assert view.limitations == [("the studies were small", True), ("most studies had a high risk of bias", False)]


def test_the_grade_target_comes_from_the_grade_check(tmp_path):
    assert _view(tmp_path, "rules:\n  readability/grade: {target: 6}\n").scores["target"] == 6
    assert "target" not in _view(tmp_path, "ignore: [readability/grade]\n").scores
