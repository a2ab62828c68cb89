"""Which declared drugs a finding compares: its comparator text read as drug names, and each drug's partners."""

from __future__ import annotations

import re

from laylint.metadata import Finding, Metadata

_SPLIT_NAMES = re.compile(r"\s*(?:/|,|;|\bor\b|\band\b|\bvs\.?|\bversus\b)\s*", re.IGNORECASE)


def comparator_names(finding: Finding, metadata: Metadata | None) -> tuple[str, ...]:
    """The declared drugs a finding's free-text comparator names ("placebo/observation" -> placebo, observation)."""
    if not finding.comparator or metadata is None:
        return ()
    if finding.comparator in metadata.drugs:
        return (finding.comparator,)
    known = metadata.__dict__.setdefault("_comparator_names", {})  # once per metadata and comparator text
    if finding.comparator not in known:
        known[finding.comparator] = _named_in(finding.comparator, metadata)
    return known[finding.comparator]


def _named_in(comparator: str, metadata: Metadata) -> tuple[str, ...]:
    parts = {p.strip().lower() for p in _SPLIT_NAMES.split(comparator) if p.strip()}
    found = []
    for name, aliases in metadata.drugs.items():
        if any(alias.lower() in parts for alias in (name, *aliases)):
            found.append(name)
    return tuple(found)


def partners(drug: str, metadata: Metadata) -> set[str]:
    """The drugs a drug is compared with in the findings (either way round)."""
    found = set()
    for finding in metadata.findings:
        comparators = comparator_names(finding, metadata)
        if finding.drug == drug:
            found.update(comparators)
        elif drug in comparators and finding.drug:
            found.add(finding.drug)
    return found
