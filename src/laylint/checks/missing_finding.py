"""Kind `missing-finding`: a finding marked `key: true` in the metadata is never stated (no
verified claim in the summary matches it). Reported at the finding's line in the metadata; when
the summary states the finding's drug and outcome with another value, the message says where."""

from __future__ import annotations

from laylint.checks.kind import Kind


def check(rule, analysis):
    from laylint.claims import extract
    from laylint.claims.drafted import drafted

    if drafted(analysis):
        return  # the drafter guesses which findings are key; the summary's choice is the writer's
    claims = extract(analysis)
    stated = {id(c.finding) for c in claims if c.verdict == "verified" and c.finding is not None}
    misstated: dict[int, object] = {}  # finding -> the first claim that states its pair with another value
    for claim in claims:
        own = claim.finding if claim.verdict == "number-mismatch" else claim.pair_finding if claim.verdict == "wrong-pair" else None
        if own is not None:
            misstated.setdefault(id(own), claim)
    metadata = analysis.metadata
    for finding in metadata.findings:
        if finding.key and id(finding) not in stated:
            claim = misstated.get(id(finding))
            if claim is not None:
                line, column, _, _ = analysis.span_location(claim.start, claim.end)
                status = f"is stated with another value at {line}:{column} ('{claim.text}')"
            else:
                status = "is never stated in the summary"
            yield analysis.diagnostic_at(rule, finding.line, 1, path=metadata.origin, finding=finding.describe(),
                                         drug=finding.drug or "no drug", outcome=finding.outcome, value=str(finding.value),
                                         status=status)


KIND = Kind("missing-finding", check, fields=("finding", "drug", "outcome", "value", "status"), document_scope=True)
