"""--force-exclude: the config's `exclude` applies to files named on the command line (pre-commit names every file)."""

import json

from laylint.cli import main


def test_named_files_are_excluded_only_with_force_exclude(tmp_path, monkeypatch, capsys):
    (tmp_path / ".laylint.yaml").write_text("exclude: [drafts/]\nselect: [style/plain-words]\n", encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "wip.md").write_text("We utilize it.\n", encoding="utf-8")
    (tmp_path / "page.md").write_text("We utilize it.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    named = ["drafts/wip.md", "page.md"]

    assert main(["check", "--no-cache", "--format", "json", *named]) == 0
    assert {d["path"] for d in json.loads(capsys.readouterr().out)} == set(named)

    assert main(["check", "--no-cache", "--format", "json", "--force-exclude", *named]) == 0
    assert {d["path"] for d in json.loads(capsys.readouterr().out)} == {"page.md"}
