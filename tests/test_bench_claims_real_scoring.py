"""bench/claims_real.py's scoring: one claims message on a wrong figure is a caught error, not also a false
alarm on the correct figure it spans ("about 30 out of 100" where 30 is wrong and 100 is a denominator)."""

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "bench" / "claims_real.py"


def _module():
    spec = importlib.util.spec_from_file_location("claims_real", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _item(labels):
    summary = "About 30 out of 100 children were cured, and 12 trials took part."
    return {"id": "CD1:agent", "writer": "agent", "summary": summary, "sidecar": "", "labels": labels, "name": "x"}


def _label(summary, text, verdict, kind="count"):
    start = summary.index(text)
    return {"text": text, "start": start, "end": start + len(text), "verdict": verdict, "kind": kind}


def _score(monkeypatch, tmp_path, diagnostics, labels):
    module = _module()
    monkeypatch.setattr(module, "lint", lambda files, workdir, suffix=".source.yaml": {"x": diagnostics} if "x" in files else {})
    scores, _ = module.evaluate([_item(labels)], tmp_path)
    return scores["agent"]


def test_a_message_spanning_a_wrong_figure_is_not_a_false_alarm_on_its_denominator(monkeypatch, tmp_path):
    summary = _item([])["summary"]
    labels = [_label(summary, "30", "wrong-value", "frequency"), _label(summary, "100", "not-a-claim", "other")]
    message = {"severity": "error", "start": 0, "end": len("About 30 out of 100"), "message": "m"}
    row = _score(monkeypatch, tmp_path, [message], labels)
    assert (row["errors_caught"], row["false_alarms"]) == (1, 0)


def test_a_message_on_a_correct_figure_alone_is_still_a_false_alarm(monkeypatch, tmp_path):
    summary = _item([])["summary"]
    labels = [_label(summary, "30", "wrong-value", "frequency"), _label(summary, "12", "supported")]
    start = summary.index("12")
    message = {"severity": "warning", "start": start, "end": start + 2, "message": "m"}
    row = _score(monkeypatch, tmp_path, [message], labels)
    assert (row["errors_caught"], row["false_alarms"]) == (0, 1)


def test_one_message_over_a_correct_figure_and_its_denominator_is_one_false_alarm(monkeypatch, tmp_path):
    summary = _item([])["summary"]
    labels = [_label(summary, "100", "not-a-claim", "other"), _label(summary, "30", "supported", "frequency")]
    message = {"severity": "error", "start": 0, "end": len("About 30 out of 100"), "message": "m"}
    row = _score(monkeypatch, tmp_path, [message], labels)
    assert (row["correct"], row["false_alarms"]) == (2, 1)


def test_two_messages_on_two_correct_figures_are_two_false_alarms(monkeypatch, tmp_path):
    summary = _item([])["summary"]
    labels = [_label(summary, "30", "supported", "frequency"), _label(summary, "12", "supported")]
    first = {"severity": "error", "start": 0, "end": len("About 30"), "message": "m"}
    at = summary.index("12")
    second = {"severity": "warning", "start": at, "end": at + 2, "message": "n"}
    row = _score(monkeypatch, tmp_path, [first, second], labels)
    assert row["false_alarms"] == 2
