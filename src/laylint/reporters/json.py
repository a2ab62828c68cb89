"""A JSON array of diagnostics (the public shape: see Diagnostic.to_json)."""

import json


def render(report) -> str:
    return json.dumps([d.to_json() for d in report.diagnostics], indent=2, ensure_ascii=False) + "\n"
