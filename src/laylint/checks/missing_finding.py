"""Kind `missing-finding`: a finding marked `key: true` in the metadata is never stated (no
verified claim in the summary matches it). Reported at the finding's line in the metadata."""

from __future__ import annotations

from laylint.checks.kind import Kind


def check(rule, analysis):
    from laylint.claims import extract

    stated = {id(c.finding) for c in extract(analysis) if c.verdict == "verified" and c.finding is not None}
    metadata = analysis.metadata
    for finding in metadata.findings:
        if finding.key and id(finding) not in stated:
            yield analysis.diagnostic_at(rule, finding.line, 1, path=metadata.origin, finding=finding.describe(),
                                         drug=finding.drug or "no drug", outcome=finding.outcome, value=str(finding.value))


KIND = Kind("missing-finding", check, fields=("finding", "drug", "outcome", "value"), document_scope=True)
