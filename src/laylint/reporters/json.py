"""A JSON array of diagnostics (the public shape: see Diagnostic.to_json), plus, additively,
`url` (the rule's page), `fingerprint` (what the baseline keys on) and `fix` where there is one.
A file name that is not UTF-8 has its undecodable bytes written as %XX, as SARIF URIs do, so the
output is always valid UTF-8."""

import json

from laylint.pipeline.fingerprints import Lines
from laylint.reporters.paths import utf8_safe


def _position(lines, offset: int) -> dict:
    """1-based line and column (code points) of a file offset."""
    import bisect

    line = bisect.bisect_right(lines.starts, offset)
    return {"line": line, "column": offset - lines.starts[line - 1] + 1}


def _fix(d, report, cache: dict) -> dict:
    fix = {"applicability": "safe" if d.fix.safe else "unsafe",
           "message": f"Replace with '{d.fix.replacement}'",
           "edits": [{"content": d.fix.replacement, "start_offset": d.fix.start, "end_offset": d.fix.end}]}
    if d.path not in cache:
        source = report.text_of(d.path)
        cache[d.path] = Lines(source) if source is not None else None
    if cache[d.path] is not None:
        edit = fix["edits"][0]
        edit["location"] = _position(cache[d.path], d.fix.start)
        edit["end_location"] = _position(cache[d.path], d.fix.end)
    return fix


def item(d, report, cache: dict) -> dict:
    data = d.to_json()
    data["path"] = utf8_safe(data["path"])
    url = report.urls.get(d.rule)
    if url:
        data["url"] = url
    if d.fingerprint:
        data["fingerprint"] = d.fingerprint
    if d.fix is not None:
        data["fix"] = _fix(d, report, cache)
    return data


def render(report) -> str:
    cache: dict = {}
    return json.dumps([item(d, report, cache) for d in report.diagnostics], indent=2, ensure_ascii=False) + "\n"
