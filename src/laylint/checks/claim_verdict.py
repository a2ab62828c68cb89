"""Kind `claim-verdict`: report the claims whose verdict is the rule's `verdict`
(wrong-pair, number-mismatch, unsupported-number), on the figure in the text.

A plain number ("4.5 points") is the case `plain-number`, whose severity is `number_severity` when
the rule sets it, so a stray number can be a warning while a wrong percentage is an error. A count
of studies or people is the case `count` (`count_severity`): a count the source does not have may
come from the full review, so it can be a warning while a count that contradicts a declared total
stays an error. A figure the metadata does not list but the summary's abstract sidecar states
(laylint.claims.backing) is the case `backed`, always info, with the abstract's line.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from laylint.checks.kind import Kind, Severity

VERDICTS = ("wrong-pair", "number-mismatch", "unsupported-number")
FIELDS = ("text", "value", "drug", "outcome", "finding", "right", "carried", "reading", "unmatched", "drafted")


@dataclass(frozen=True)
class Options:
    verdict: Literal["wrong-pair", "number-mismatch", "unsupported-number"] = "number-mismatch"
    number_severity: Severity | None = None
    count_severity: Severity | None = None


def fields(claim, analysis=None, backed=None) -> dict:
    """The placeholders every claims message may use (`backed`: the abstract's finding that backs it)."""
    from laylint.claims import describe_value
    from laylint.claims.drafted import drafted

    value = describe_value(claim)
    drug, outcome = claim.drug or "no drug named", claim.outcome or "no outcome named"
    count = claim.unit == "count"
    pair = claim.pair_finding
    if count:  # "512 people", "6 studies for sertraline": a count is about a comparison, not an outcome
        reading = value + (f" for {claim.drug}" if claim.drug and not claim.drug_carried else "")
    elif claim.unit == "dose" and claim.form != "measure":  # "a dose of 75 mg in the comparison of aspirin 50 mg with placebo"
        reading = value + (f" in the comparison of {pair.drug} with {pair.comparator}" if pair and pair.comparator else "")
        pair = None
    else:
        reading = f"{value} for {drug} / {outcome}"
    return {
        "reading": reading,
        "unmatched": ("no count in the metadata matches it" if count else "no finding in the metadata matches it") if backed
        else "no number of the abstract matches it (check it; a count worked out from the abstract, such as a sum, "
             "may be right)" if count and analysis is not None and drafted(analysis)
        else "no count in the source matches it (studies, participants or a count finding; the full "
             "review may give it, so check)" if count else "no finding in the source matches it",
        "text": claim.text, "value": value,
        "drug": drug, "outcome": outcome,
        "finding": _finding(claim),
        "right": f"; the source gives {pair.describe()}" if pair else "",
        "carried": " (drug carried from the clause before)" if claim.drug_carried and not count else "",
        "drafted": backing_note(analysis, backed) if backed is not None else drafted_note(analysis),
    }


def _finding(claim) -> str:
    finding = claim.finding
    if finding is None:
        return ""
    if claim.unit == "dose" and claim.form != "measure":  # the dose belongs to another comparison
        return f"{finding.drug}, compared with {finding.comparator}" if finding.comparator else finding.drug
    return finding.describe()


def drafted_note(analysis) -> str:
    """" [facts drafted from x.abstract.txt]" when the metadata was drafted from an abstract sidecar."""
    origin = getattr(getattr(analysis, "metadata", None), "drafted_from", None)
    return f" [facts drafted from {origin.replace(chr(92), '/').rsplit('/', 1)[-1]}]" if origin else ""


def backing_note(analysis, finding) -> str:
    from laylint.claims.backing import note

    return note(analysis, finding)


def check(rule, analysis):
    from laylint.claims import extract
    from laylint.claims.abstract_numbers import abstract_numbers
    from laylint.claims.backing import backing
    from laylint.claims.drafted import clearly_contradicted, drafted

    from_abstract = drafted(analysis)  # drafted facts: only what they clearly contradict
    stated = abstract_numbers(analysis) if from_abstract else None
    for claim in extract(analysis):
        if claim.verdict == rule.options.verdict and (not from_abstract or clearly_contradicted(claim, stated)):
            backed = backing(analysis, claim)  # the abstract beside the metadata states it: info
            case = "backed" if backed else "plain-number" if claim.unit == "number" else "count" if claim.unit == "count" else None
            yield analysis.diagnostic(rule, claim.start, claim.end, case=case, **fields(claim, analysis, backed))


KIND = Kind("claim-verdict", check, Options, fields=FIELDS,
            severities={"plain-number": "number_severity", "count": "count_severity", "backed": "info"},
            internal=("verdict",))
