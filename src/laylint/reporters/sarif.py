"""SARIF 2.1.0 (one run), for GitHub code scanning and other SARIF viewers.

Each result carries `partialFingerprints` (FINGERPRINT_KEY: the diagnostic's fingerprint, a hash
of its rule and the text it points at, and its occurrence number among identical ones in the
file), so code scanning follows an alert across commits when lines move; each rule its `helpUri`
(its page on the documentation site)."""

from __future__ import annotations

import json
from pathlib import Path

from laylint import __version__
from laylint.pipeline.fingerprints import occurrences
from laylint.reporters.paths import uri
from laylint.ruleset.docs import render as explain

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
ROOT_ID = "SRCROOT"
FINGERPRINT_KEY = "laylint/v1"


def _help_text(rule) -> str:
    parts = [rule.rationale.strip()]
    for label, key in (("Flagged:", "fail"), ("Passes:", "pass")):
        if rule.examples.get(key):
            parts.append("\n".join([label] + [f"  {example.strip()}" for example in rule.examples[key]]))
    return "\n\n".join(part for part in parts if part) or rule.description.strip()


def _descriptor(rule, urls: dict) -> dict:
    descriptor = {
        "id": rule.id,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.description.strip()},
        "help": {"text": _help_text(rule), "markdown": explain(rule)},
        "defaultConfiguration": {"level": LEVELS[rule.severity], "enabled": rule.enabled},
        "properties": {"tags": [rule.family]},
    }
    if urls.get(rule.id):
        descriptor["helpUri"] = urls[rule.id]
    return descriptor


def _artifact(path: str, root: Path) -> dict:
    reference, is_relative = uri(path, root)
    return {"uri": reference, "uriBaseId": ROOT_ID} if is_relative else {"uri": reference}


def _result(d, rule_index: dict, root: Path, occurrence: int) -> dict:
    message = d.message + (f" (suggestion: {d.suggestion})" if d.suggestion else "")
    region = {"startLine": d.line, "startColumn": d.column, "endLine": d.end_line, "endColumn": d.end_column}
    result = {
        "ruleId": d.rule,
        "ruleIndex": rule_index[d.rule],
        "level": LEVELS[d.severity],
        "message": {"text": message},
        "locations": [{"physicalLocation": {"artifactLocation": _artifact(d.path, root), "region": region}}],
    }
    if d.fingerprint:
        result["partialFingerprints"] = {FINGERPRINT_KEY: f"{d.fingerprint}:{occurrence}"}
    if d.fix is not None and d.fix.safe:
        # Fix offsets are code points into the file, matching the run's columnKind.
        result["fixes"] = [{
            "description": {"text": f"Replace with '{d.fix.replacement}'"},
            "artifactChanges": [{
                "artifactLocation": _artifact(d.path, root),
                "replacements": [{
                    "deletedRegion": {"charOffset": d.fix.start, "charLength": d.fix.end - d.fix.start},
                    "insertedContent": {"text": d.fix.replacement},
                }],
            }],
        }]
    return result


def render(report) -> str:
    rules = list(report.rules)
    known = {rule.id for rule in rules}
    descriptors = [_descriptor(rule, report.urls) for rule in rules]
    for rule_id in sorted({d.rule for d in report.diagnostics} - known):  # e.g. a rule that is not in the run's list
        descriptors.append({"id": rule_id})
    rule_index = {descriptor["id"]: index for index, descriptor in enumerate(descriptors)}
    root = Path(report.root).resolve()
    driver = {"name": "laylint", "version": __version__, "semanticVersion": __version__, "rules": descriptors}
    if report.docs_url:
        driver["informationUri"] = report.docs_url
    run = {
        "tool": {"driver": driver},
        "originalUriBaseIds": {ROOT_ID: {"uri": root.as_uri() + "/"}},
        "columnKind": "unicodeCodePoints",
        "results": [_result(d, rule_index, root, n) for d, n in zip(report.diagnostics, occurrences(report.diagnostics))],
    }
    log = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"
