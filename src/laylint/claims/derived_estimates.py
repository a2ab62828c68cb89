"""Estimates the source implies but does not print: arm ratios, the other arm's risk, arm differences."""

from __future__ import annotations

import math

from laylint.claims.comparators import comparator_names
from laylint.claims.compare import finding_kind
from laylint.metadata import Finding, Quantity


def arm_ratios(findings, drug, outcome):
    """Ratios implied by two arms' percentages for one outcome: 10% vs 5% is "twice as likely"."""
    arms = [f for f in findings if finding_kind(f) == "percent" and f.outcome == outcome and f.value.value > 0]
    for arm in arms:
        if drug is not None and arm.drug != drug:
            continue
        for other in arms:
            if other is not arm and other.drug != arm.drug:
                ratio = Quantity(arm.value.value / other.value.value, False)
                yield arm, Finding(outcome=outcome, value=ratio, drug=arm.drug, measure="risk-ratio", comparator=other.drug)


def derived_risks(findings, outcome, metadata):
    """The risk of a comparison's arm that the source does not print, from the other arm's risk and
    their risk ratio (20.2% with RR 0.71 is about 28.5% with the comparator)."""
    risks = [f for f in findings if finding_kind(f) == "percent" and f.outcome == outcome and f.drug and not f.comparator
             and f.value.value > 0]
    printed = {f.drug for f in risks}
    for ratio in findings:
        if ratio.measure not in ("risk-ratio", "odds-ratio") or ratio.outcome != outcome or not ratio.value.value:
            continue
        for risk in risks:
            others = comparator_names(ratio, metadata) if risk.drug == ratio.drug else \
                (ratio.drug,) if risk.drug in comparator_names(ratio, metadata) else ()
            value = _other_risk(risk.value.value, ratio.value.value, ratio.measure, risk.drug == ratio.drug)
            for other in others:
                if other and other not in printed and value <= 100:
                    yield ratio, Finding(outcome=outcome, value=Quantity(value, True), drug=other, measure="risk",
                                         population="derived from the other arm's risk and the risk ratio")


def _other_risk(risk: float, ratio: float, measure: str, of_drug: bool) -> float:
    """The other arm's risk (in %) from one arm's and their ratio; an odds ratio acts on the odds
    (5.5% with OR 0.14 is about 0.8% with the drug, where the risk ratio would give 0.77%)."""
    factor = 1 / ratio if of_drug else ratio
    if measure == "risk-ratio":
        return risk * factor
    odds = risk / (100 - risk) * factor if risk < 100 else math.inf
    return 100 * odds / (1 + odds) if odds != math.inf else 100.0


def arm_differences(findings, drug, outcome):
    """Differences implied by two arms' percentages for one outcome: 6.9% vs 22.2% is "15 fewer in 100"."""
    arms = [f for f in findings if finding_kind(f) == "percent" and (outcome is None or f.outcome == outcome) and f.drug]
    for arm in arms:
        if drug is not None and arm.drug != drug:
            continue
        for other in arms:
            if other.drug != arm.drug and other.outcome == arm.outcome:
                difference = Quantity(arm.value.value - other.value.value, True)
                yield arm, Finding(outcome=arm.outcome, value=difference, drug=arm.drug, measure="risk-difference",
                                   comparator=other.drug)


def has_arms(findings, outcome) -> list[Finding]:
    return [f for f in findings if finding_kind(f) == "percent" and f.outcome == outcome and f.drug]
