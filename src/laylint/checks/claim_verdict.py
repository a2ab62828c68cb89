"""Kind `claim-verdict`: report the claims whose verdict is the rule's `verdict`
(wrong-pair, number-mismatch, unsupported-number), on the figure in the text.

`number_severity` (optional) sets the severity for plain numbers, so a stray "4.5" can be a warning
while a wrong percentage is an error.
"""

from __future__ import annotations

from dataclasses import replace

from laylint.diagnostics import SEVERITIES

OPTIONS = {"verdict": str, "number_severity": str}
VERDICTS = ("wrong-pair", "number-mismatch", "unsupported-number")


def validate(options):
    if options.get("verdict") not in VERDICTS:
        yield "verdict", f"must be one of {', '.join(VERDICTS)}"
    if "number_severity" in options and options["number_severity"] not in SEVERITIES:
        yield "number_severity", f"must be one of {', '.join(SEVERITIES)}"


def fields(claim) -> dict:
    """The placeholders every claims message may use."""
    from laylint.claims import describe_value

    return {
        "text": claim.text, "value": describe_value(claim),
        "drug": claim.drug or "no drug named", "outcome": claim.outcome or "no outcome named",
        "finding": claim.finding.describe() if claim.finding else "",
        "right": f"; the source gives {claim.pair_finding.describe()}" if claim.pair_finding else "",
        "carried": " (drug carried from the clause before)" if claim.drug_carried else "",
    }


def check(rule, analysis):
    from laylint.claims import extract

    wanted = rule.options.get("verdict")
    number_severity = rule.options.get("number_severity")
    for claim in extract(analysis):
        if claim.verdict != wanted:
            continue
        diagnostic = analysis.diagnostic(rule, claim.start, claim.end, **fields(claim))
        if number_severity and claim.unit == "number":
            diagnostic = replace(diagnostic, severity=number_severity)
        yield diagnostic
