"""Kind `metadata-missing`: the summary states percentages but has no source metadata, so none of
its figures can be checked. Once per file, on the first percentage, and only while claims rules run."""

from __future__ import annotations

from pathlib import PurePath

from laylint.checks.kind import Kind


def check(rule, analysis):
    if analysis.metadata is not None or analysis.metadata_problems:
        return
    if not any(rule_id.startswith("claims/") for rule_id in analysis.rule_ids):
        return  # nothing would check the figures anyway
    from laylint.claims import quantities

    stem = PurePath(analysis.path).stem if analysis.path not in ("", "-") else "<summary>"
    for figure in quantities.find_first_percent(analysis):
        yield analysis.diagnostic(rule, figure.start, figure.end, text=figure.text, stem=stem)


KIND = Kind("metadata-missing", check, fields=("text", "stem"), document_scope=True)
