"""`laylint init` and the config's JSON schema (issue 18, item 7)."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import jsonschema
import pytest
import yaml

from laylint import schema
from laylint.cli import main
from laylint.ruleset import load_ruleset

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = json.loads(schema.SHIPPED.read_text(encoding="utf-8"))


def test_init_writes_a_commented_config_that_loads_and_is_schema_valid(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["init"]) == 0
    text = (tmp_path / ".laylint.yaml").read_text(encoding="utf-8")
    assert text.startswith(f"# yaml-language-server: $schema={schema.schema_url()}\n")
    assert text.count("\n#") > 10  # commented
    jsonschema.validate(yaml.safe_load(text), SHIPPED)
    (tmp_path / "page.md").write_text("We use tests.\n")
    capsys.readouterr()
    assert main(["check", "--no-cache", "page.md", "--select", "style"]) == 0
    assert main(["config"]) == 0 and '"target": 8' in capsys.readouterr().out
    assert main(["init"]) == 2 and "already exists: .laylint.yaml" in capsys.readouterr().err


def test_init_pyproject_adds_a_tool_table(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "content"\n')
    assert main(["init", "--pyproject"]) == 0
    data = tomllib.loads((tmp_path / "pyproject.toml").read_text())
    assert data["project"]["name"] == "content"
    jsonschema.validate(data["tool"]["laylint"], SHIPPED)
    assert main(["config"]) == 0 and "pyproject.toml" in capsys.readouterr().out
    assert main(["init"]) == 2


def test_the_shipped_schema_is_the_generated_one_and_config_prints_it(capsys):
    assert schema.SHIPPED.read_text(encoding="utf-8") == schema.render(load_ruleset([]))
    assert (ROOT / "docs" / schema.PUBLISHED).read_text(encoding="utf-8") == schema.render(load_ruleset([]))
    assert main(["config", "--schema"]) == 0
    assert json.loads(capsys.readouterr().out) == SHIPPED


def test_the_schema_knows_every_rule_option_with_its_type_default_and_range():
    rules = SHIPPED["properties"]["rules"]["properties"]
    assert set(rules) == set(load_ruleset([]).rules)
    target = rules["readability/grade"]["properties"]["target"]
    assert target == {"type": "number", "minimum": 0, "default": 8}
    assert rules["jargon/density"]["properties"]["max_share"]["exclusiveMaximum"] == 1
    assert "verdict" not in rules["claims/wrong-pair"]["properties"]  # internal options are not the user's


@pytest.mark.parametrize("bad", [
    {"rules": {"readability/grade": {"target": -3}}},
    {"rules": {"jargon/density": {"max_share": 1.5}}},
    {"rule": {}},
    {"rules": {"jargon/acronym": {"alow": []}}},
    {"rules": {"jargon/acronym": {"severity": "fatal"}}},
])
def test_the_schema_refuses_what_the_loader_refuses(bad):
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, SHIPPED)


def test_the_readmes_config_examples_are_schema_valid():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n# \.laylint\.yaml\n(.*?)```", readme, re.S)
    assert blocks
    for block in blocks:
        jsonschema.validate(yaml.safe_load(block), SHIPPED)


def test_the_init_templates_commented_top_level_keys_are_valid_when_uncommented(tmp_path, capsys, monkeypatch):
    """Every "# key: value" line of the starter config is a real key with a valid value, so a user who uncomments it
    gets a working config (abstract_backing included)."""
    monkeypatch.chdir(tmp_path)
    assert main(["init"]) == 0
    text = (tmp_path / ".laylint.yaml").read_text(encoding="utf-8")
    commented = re.findall(r"^# ([a-z_]+: .*)$", text, flags=re.MULTILINE)
    keys = [line.split(":")[0] for line in commented]
    assert "abstract_backing" in keys and "rule_paths" in keys
    config = yaml.safe_load(text)
    for line in commented:
        config.update(yaml.safe_load(line))
    jsonschema.validate(config, SHIPPED)
