"""A figure said for a test or treatment by its general name, where the source gives findings only for its
named variants (claims round 35, part M): "DAT imaging correctly classified 100%" when the source gives
"123I-FP-CIT SPECT analysed semiquantitatively" 100% and "... analysed visually" 86%. When the general name
(or an alias) opens the variants' names and the value is exactly one variant's for the outcome, the
figure restates that variant's finding. A drug with findings of its own for the outcome is never re-read."""

from __future__ import annotations

import re

from laylint.metadata import Finding, Metadata


def _names(drug: str, metadata: Metadata) -> list[str]:
    return [n.lower() for n in (drug, *metadata.drugs.get(drug, ())) if n]


def umbrella_finding(drug: str | None, outcome: str | None, matching: list[Finding],
                     metadata: Metadata | None) -> Finding | None:
    if drug is None or outcome is None or metadata is None \
            or any(f.drug == drug and f.outcome == outcome for f in metadata.findings):
        return None
    general = _names(drug, metadata)
    # the variant's name starts with the general one ("HPV test (HC2)" of "HPV test"; "CT colonoscopy" is
    # another test than "colonoscopy", not a kind of it)
    variants = [f for f in matching if f.outcome == outcome and f.drug and f.drug != drug and any(
        re.match(rf"{re.escape(name)}(?!\w)", variant) for name in general for variant in _names(f.drug, metadata))]
    return variants[0] if len({f.drug for f in variants}) == 1 else None
