"""Kind `claim-verdict`: report the claims whose verdict is the rule's `verdict`
(wrong-pair, number-mismatch, unsupported-number), on the figure in the text.

A plain number ("4.5 points") is the case `plain-number`, whose severity is `number_severity` when
the rule sets it, so a stray number can be a warning while a wrong percentage is an error.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from laylint.checks.kind import Kind, Severity

VERDICTS = ("wrong-pair", "number-mismatch", "unsupported-number")
FIELDS = ("text", "value", "drug", "outcome", "finding", "right", "carried", "drafted")


@dataclass(frozen=True)
class Options:
    verdict: Literal["wrong-pair", "number-mismatch", "unsupported-number"] = "number-mismatch"
    number_severity: Severity | None = None


def fields(claim, analysis=None) -> dict:
    """The placeholders every claims message may use."""
    from laylint.claims import describe_value

    return {
        "text": claim.text, "value": describe_value(claim),
        "drug": claim.drug or "no drug named", "outcome": claim.outcome or "no outcome named",
        "finding": claim.finding.describe() if claim.finding else "",
        "right": f"; the source gives {claim.pair_finding.describe()}" if claim.pair_finding else "",
        "carried": " (drug carried from the clause before)" if claim.drug_carried else "",
        "drafted": drafted_note(analysis),
    }


def drafted_note(analysis) -> str:
    """" [facts drafted from x.abstract.txt]" when the metadata was drafted from an abstract sidecar."""
    origin = getattr(getattr(analysis, "metadata", None), "drafted_from", None)
    return f" [facts drafted from {origin.replace(chr(92), '/').rsplit('/', 1)[-1]}]" if origin else ""


def check(rule, analysis):
    from laylint.claims import extract

    for claim in extract(analysis):
        if claim.verdict == rule.options.verdict:
            case = "plain-number" if claim.unit == "number" else None
            yield analysis.diagnostic(rule, claim.start, claim.end, case=case, **fields(claim, analysis))


KIND = Kind("claim-verdict", check, Options, fields=FIELDS, severities={"plain-number": "number_severity"},
            internal=("verdict",))
