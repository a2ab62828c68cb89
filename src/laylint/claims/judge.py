"""The verdict on one attached figure: verified, wrong-pair, number-mismatch, unsupported-number,
count (a declared number of studies or people) or unattached (a date, dose, age, label...)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from laylint.claims.compare import agrees, comparable, finding_kind
from laylint.claims.quantities import CLAIM_UNITS, Figure
from laylint.metadata import Finding, Metadata, Quantity


_KIND_OF_UNIT = {"percent": "percent", "relative": "relative", "ratio": "ratio"}


@dataclass
class Verdict:
    verdict: str
    finding: Finding | None = None  # the finding the figure matched, or the one it should have
    pair_finding: Finding | None = None  # wrong-pair: the stated pair's own finding, if it has one


def _same(finding_name: str | None, stated: str | None) -> bool:
    return stated is None or finding_name is None or finding_name == stated


def _declared_counts(metadata: Metadata) -> list[float]:
    counts = [metadata.participants, metadata.studies]
    counts += [f.value.value for f in metadata.findings if f.measure == "count"]
    return [float(c) for c in counts if c is not None]


_BOUNDS = ("more-than", "at-least", "less-than", "up-to")
_PLAIN_CONTEXTS = ("count", "duration")  # "55 studies", "1.9 fewer migraine days": a finding may back them


def _plain_context(figure, drug, outcome, metadata, findings) -> Verdict:
    """A count or a number of days is no claim, unless a count or a plain finding of its pair backs it."""
    if metadata and figure.value in _declared_counts(metadata):
        return Verdict("count")
    as_number = replace(figure, unit="number")
    for finding in findings:
        if finding_kind(finding) in ("count", "number", "plain") and _same(finding.drug, drug) \
                and _same(finding.outcome, outcome) and (drug or outcome) and agrees(as_number, finding):
            return Verdict("verified", finding)
    return Verdict("unattached")


def _arm_ratios(findings, drug, outcome):
    """Ratios implied by two arms' percentages for one outcome: 10% vs 5% is "twice as likely"."""
    arms = [f for f in findings if finding_kind(f) == "percent" and f.outcome == outcome and f.value.value > 0]
    for arm in arms:
        if drug is not None and arm.drug != drug:
            continue
        for other in arms:
            if other is not arm and other.drug != arm.drug:
                ratio = Quantity(arm.value.value / other.value.value, False)
                yield arm, Finding(outcome=outcome, value=ratio, drug=arm.drug, measure="risk-ratio", comparator=other.drug)


def judge(figure: Figure, drug: str | None, outcome: str | None, metadata: Metadata | None) -> Verdict:
    findings = metadata.findings if metadata else []
    if figure.unit in _PLAIN_CONTEXTS:
        return _plain_context(figure, drug, outcome, metadata, findings)
    if figure.unit not in CLAIM_UNITS:
        return Verdict("unattached")
    if figure.unit == "number" and metadata and figure.value in _declared_counts(metadata):
        return Verdict("count")
    candidates = [f for f in findings if comparable(figure, f)]
    matching = [f for f in candidates if agrees(figure, f)]
    exact = [f for f in matching if _same(f.drug, drug) and _same(f.outcome, outcome)]
    if figure.unit == "number" and drug is None and outcome is None:
        exact = []  # a bare "52" about nothing named is not backed by whichever finding happens to be 52
    if exact:
        return Verdict("verified", exact[0])
    if figure.unit in ("ratio", "relative") and outcome is not None:
        for arm, ratio in _arm_ratios(findings, drug, outcome):
            if agrees(figure, ratio):
                return Verdict("verified", arm)
    pair = [f for f in candidates if outcome is not None and f.outcome == outcome and (drug is None or f.drug == drug)]
    pair.sort(key=lambda f: finding_kind(f) != _KIND_OF_UNIT.get(figure.unit, finding_kind(f)))  # same measure first
    sharing = [f for f in matching if (drug is not None and f.drug == drug) or (outcome is not None and f.outcome == outcome)]
    loose = figure.form == "range" or figure.qualifier in _BOUNDS  # "more than 5%" fits many findings
    if sharing and not (loose and pair):
        return Verdict("wrong-pair", sharing[0], pair[0] if pair else None)
    if pair:
        return Verdict("number-mismatch", pair[0])
    return Verdict("unsupported-number")
