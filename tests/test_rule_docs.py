"""Rules are typed data (issue 13): generated docs stay in step with the YAML, messages may only use
the fields their kind gives, kinds come from an explicit registry that rule packs can extend."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from laylint import checks
from laylint.cli import main
from laylint.ruleset import load_ruleset

ROOT = Path(__file__).resolve().parents[1]
RULES = load_ruleset([]).rules


def test_generated_rule_pages_and_readme_table_are_current():
    done = subprocess.run([sys.executable, str(ROOT / "docs" / "generate.py"), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_built_in_rule_has_a_page_with_its_options_and_examples():
    for rule_id, rule in RULES.items():
        page = (ROOT / "docs" / "rules" / f"{rule_id}.md").read_text(encoding="utf-8")
        assert page.startswith(f"# {rule_id}\n") and rule.description.strip().splitlines()[0] in page
        assert all(example.strip() in page for example in rule.examples.get("fail", []))


def test_internal_options_are_not_documented_as_user_options():
    page = (ROOT / "docs" / "rules" / "claims" / "wrong-pair.md").read_text(encoding="utf-8")
    assert "`verdict`" not in page and "wrong-pair\n" not in page.split("## Options")[-1]


def _house_rule(tmp_path: Path, body: str) -> Path:
    (tmp_path / "house").mkdir(parents=True)
    (tmp_path / "house" / "banned.yaml").write_text(textwrap.dedent(body))
    (tmp_path / ".laylint.yaml").write_text("rule_paths: [house]\n")
    (tmp_path / "page.md").write_text("We utilize tests.\n")
    return tmp_path


BANNED = """\
    id: house/banned
    kind: substitution
    severity: warning
    message: "Write '{replacment}' for '{match}'"
    description: A house word list.
    options:
      swap: {utilize: use}
    """


def test_a_message_naming_an_unknown_field_is_refused_at_load(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(_house_rule(tmp_path, BANNED))
    assert main(["check", "page.md", "--no-cache"]) == 2
    error = capsys.readouterr().err.strip()
    assert error.startswith("laylint: error: ") and "house/banned.yaml:4:" in error
    assert "{replacment}" in error and "replacement" in error  # names the field, and what the kind gives


def test_an_internal_option_cannot_be_set_from_a_config(tmp_path, capsys, monkeypatch):
    (tmp_path / ".laylint.yaml").write_text("rules:\n  claims/wrong-pair:\n    verdict: number-mismatch\n")
    (tmp_path / "page.md").write_text("Text.\n")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "page.md", "--no-cache"]) == 2
    assert "unknown option 'verdict'" in capsys.readouterr().err


@pytest.mark.parametrize("key, value, problem", [("status", "beta", "status must be one of stable, preview"),
                                                 ("kind", "nosuch", "unknown kind 'nosuch'")])
def test_rule_files_are_decoded_strictly(tmp_path, capsys, monkeypatch, key, value, problem):
    body = BANNED.replace("{replacment}", "{replacement}").rstrip(" ") + f"    {key}: {value}\n"
    if key == "kind":
        body = body.replace("    kind: substitution\n", "")
    monkeypatch.chdir(_house_rule(tmp_path, body))
    assert main(["check", "page.md", "--no-cache"]) == 2
    assert problem in capsys.readouterr().err


def test_a_rule_pack_adds_a_kind_through_an_entry_point(tmp_path, monkeypatch, capsys):
    """A distribution on sys.path declares laylint.kinds; a rule file of that kind then runs."""
    site = tmp_path / "site"
    (site / "shout_pack-1.0.dist-info").mkdir(parents=True)
    (site / "shout_pack-1.0.dist-info" / "METADATA").write_text("Metadata-Version: 2.1\nName: shout-pack\nVersion: 1.0\n")
    (site / "shout_pack-1.0.dist-info" / "entry_points.txt").write_text("[laylint.kinds]\nshout = shout_pack:KIND\n")
    (site / "shout_pack.py").write_text(textwrap.dedent("""\
        from laylint.checks.kind import Kind

        def check(rule, analysis):
            for start in range(len(analysis.text)):
                if analysis.text.startswith("!!", start):
                    yield analysis.diagnostic(rule, start, start + 2, mark="!!")

        KIND = Kind("shout", check, fields=("mark",))
        """))
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.setattr(checks, "_plugin_cache", None)
    monkeypatch.setattr(checks, "_loaded", {})
    project = _house_rule(tmp_path / "project", """\
        id: house/shout
        kind: shout
        severity: error
        message: "No '{mark}' in a summary"
        description: Exclamation marks shout.
        """)
    (project / "page.md").write_text("It works!!\n")
    monkeypatch.chdir(project)
    assert main(["check", "page.md", "--no-cache", "--select", "house"]) == 1
    assert "page.md:1:9: error house/shout No '!!' in a summary" in capsys.readouterr().out


def test_every_built_in_kind_is_registered_and_named_as_in_the_registry():
    for name in checks.BUILTIN:
        assert checks.get(name).name == name
    assert {rule.kind for rule in RULES.values()} <= set(checks.BUILTIN)
