"""The verdict on one attached figure: verified, wrong-pair, number-mismatch, unsupported-number,
count (a declared number of studies or people) or unattached (a date, dose, age, label...)."""

from __future__ import annotations

from dataclasses import dataclass

from laylint.claims.compare import agrees, comparable, finding_kind
from laylint.claims.quantities import CLAIM_UNITS, Figure
from laylint.metadata import Finding, Metadata


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


def judge(figure: Figure, drug: str | None, outcome: str | None, metadata: Metadata | None) -> Verdict:
    if figure.unit not in CLAIM_UNITS + ("count",):
        return Verdict("unattached")
    findings = metadata.findings if metadata else []
    if figure.unit in ("count", "number") and metadata and figure.value in _declared_counts(metadata):
        return Verdict("count")
    if figure.unit == "count":
        return Verdict("unattached")
    candidates = [f for f in findings if comparable(figure, f)]
    matching = [f for f in candidates if agrees(figure, f)]
    exact = [f for f in matching if _same(f.drug, drug) and _same(f.outcome, outcome)]
    if exact:
        return Verdict("verified", exact[0])
    pair = [f for f in candidates if outcome is not None and f.outcome == outcome and (drug is None or f.drug == drug)]
    pair.sort(key=lambda f: finding_kind(f) != _KIND_OF_UNIT.get(figure.unit, finding_kind(f)))  # same measure first
    if matching:
        sharing = [f for f in matching if (drug is not None and f.drug == drug) or (outcome is not None and f.outcome == outcome)]
        if sharing or not pair:
            return Verdict("wrong-pair", (sharing or matching)[0], pair[0] if pair else None)
    if pair:
        return Verdict("number-mismatch", pair[0])
    return Verdict("unsupported-number")
