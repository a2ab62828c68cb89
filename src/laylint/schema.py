"""The JSON schema of `.laylint.yaml` (and of `[tool.laylint]`), generated from what the code
declares: the config keys (laylint.config.CONFIG_KEYS), and for each rule its kind's options with
their types, defaults and ranges (laylint.checks.kind). Editors use it to complete and check the
config as it is typed (YAML language server: `# yaml-language-server: $schema=...`).

`python docs/generate.py` writes it into the package (SHIPPED) and the docs site; `laylint config
--schema` prints it for the current rule set, house rules included.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from pathlib import Path

from laylint import DOCS_URL
from laylint.config import CONFIG_KEYS, DEFAULT_EXCLUDE, DEFAULT_INCLUDE
from laylint.diagnostics import SEVERITIES
from laylint.ruleset import options as decoding

SHIPPED = Path(__file__).resolve().parent / "schemas" / "laylint.schema.json"
PUBLISHED = "laylint.schema.json"  # its name on the docs site, beside index.html
RULE_ID_PATTERN = r"^[a-z][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)?/?$"


def schema_url(docs_url: str | None = None) -> str:
    return (docs_url or DOCS_URL).rstrip("/") + "/" + PUBLISHED


def type_schema(expected) -> dict:
    origin, args = typing.get_origin(expected), typing.get_args(expected)
    if origin is typing.Literal:
        return {"type": "string", "enum": list(args)}
    if origin in (typing.Union, types.UnionType):
        return {"anyOf": [type_schema(a) for a in args]}
    if expected is type(None):
        return {"type": "null"}
    if origin is list:
        return {"type": "array", "items": type_schema(args[0])}
    if origin is dict:
        return {"type": "object", "additionalProperties": type_schema(args[1])}
    if expected is list:
        return {"type": "array", "items": {"type": ["string", "number", "boolean"]}}
    simple = {str: "string", int: "integer", float: "number", bool: "boolean", dict: "object"}
    return {"type": simple.get(expected, "string")}


def _json_value(value):
    return value if isinstance(value, (str, int, float, bool, list, dict, type(None))) else str(value)


def rule_schema(rule) -> dict:
    kind = rule.kind_spec()
    hints = decoding.option_types(kind.options)
    properties: dict = {
        "severity": {"enum": list(SEVERITIES), "description": f"default: {rule.severity}"},
        "enabled": {"type": "boolean", "description": f"default: {str(rule.enabled).lower()}"},
    }
    for spec in dataclasses.fields(kind.options):
        if spec.name in kind.internal:
            continue
        entry = type_schema(hints[spec.name])
        entry.update(spec.metadata.get("bounds", {}))
        entry["default"] = _json_value(getattr(rule.options, spec.name))
        properties[spec.name] = entry
    return {"type": "object", "description": rule.summary, "properties": properties, "additionalProperties": False}


def config_schema(ruleset) -> dict:
    rules = sorted(ruleset.rules.values(), key=lambda rule: rule.id)
    ids = [rule.id for rule in rules]
    families = sorted({rule.family for rule in rules})
    selector = {"type": "string", "anyOf": [{"enum": families + ids}, {"pattern": RULE_ID_PATTERN}]}
    text_list = {"type": "array", "items": {"type": "string"}}
    described = {
        "select": {**text_list, "items": selector, "description": "Only these rule ids or families (default: every rule that is on by default)."},
        "ignore": {**text_list, "items": selector, "description": "Skip these rule ids or families."},
        "rules": {"type": "object", "description": "Per rule: severity, enabled, and the rule's options.",
                  "properties": {rule.id: rule_schema(rule) for rule in rules},
                  "additionalProperties": {"type": "object"}},  # house rules from rule_paths
        "rule_paths": {**text_list, "description": "Folders of house rules and lexicons, relative to this file."},
        "include": {**text_list, "default": DEFAULT_INCLUDE, "description": "File name globs searched in folders."},
        "exclude": {**text_list, "default": DEFAULT_EXCLUDE,
                    "description": "Globs and folders (ending in /) not searched; replaces the defaults."},
        "extend_exclude": {**text_list, "description": "More globs and folders not searched, added to exclude's defaults."},
        "nlp": {"type": "string", "description": "An optional trained spaCy pipeline (default: spacy.blank('en'))."},
        "docs_url": {"type": "string", "format": "uri",
                     "description": f"The documentation site rule URLs point at (default: {DOCS_URL})."},
        "abstract_backing": {"type": "boolean", "default": True,
                             "description": "A summary's <stem>.abstract.txt (or .md) beside hand-written metadata backs "
                                            "figures the metadata does not list: their claims messages become info."},
    }
    assert set(described) == set(CONFIG_KEYS), "every config key needs its schema"
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "$id": schema_url(),
        "title": "laylint configuration (.laylint.yaml, or [tool.laylint] in pyproject.toml)",
        "type": "object",
        "properties": described,
        "additionalProperties": False,
    }


def render(ruleset) -> str:
    import json

    return json.dumps(config_schema(ruleset), indent=2, ensure_ascii=False) + "\n"
