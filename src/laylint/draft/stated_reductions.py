"""The relative reduction an abstract states just before its risk ratio: "SSI could be reduced through X by 44%
(RR 0.56, 95% CI ...)", "a 14% relative reduction in the number of people with ARIs (RR 0.86, ...)", "resulting in a
43% reduction in the risk of uterine infection (RR 0.57, ...)". A summary repeats the percentage ("cut infections
by 44%"), so it is a `relative-reduction` finding of the ratio's arms and outcome. It is read only when it agrees
with the ratio (1 - RR, to the percentage point), so a share or a threshold nearby is never taken for one."""

from __future__ import annotations

import re

from laylint.draft.model import Fact

_REDUCTION = re.compile(r"(?:\b(?:reduced|reduces|reduce|reduction|lowered|lowers|decreased|decreases|cut)\b[^;()%]{0,80}?\bby\s+"
                        r"(?P<a>\d{1,2}(?:\.\d+)?)\s*%"
                        r"|(?P<b>\d{1,2}(?:\.\d+)?)\s*%\s+(?:relative\s+)?(?:risk\s+)?(?:reduction|decrease|lower\s+risk)\b)"
                        r"(?P<gap>[^;()]{0,140}?)\(\s*$", re.I)
_RATIOS = ("risk-ratio", "hazard-ratio", "rate-ratio")


def find(facts: list[Fact], text: str) -> dict[int, Fact]:
    """Relative reductions to add, by the id of the ratio that each stated percentage reduction goes with."""
    added = {}
    for fact in facts:
        if fact.role != "effect" or fact.measure not in _RATIOS or not 0 < fact.value < 1:
            continue
        before = text[fact.sentence.start:fact.start]
        bracket = before.rfind("(")
        if bracket < 0:
            continue
        match = None
        for match in _REDUCTION.finditer(before[:bracket + 1]):
            pass
        if match is None or match.end() != bracket + 1:
            continue
        group = "a" if match["a"] else "b"
        percent = float(match[group])
        if abs((1 - fact.value) * 100 - percent) > 1.0:
            continue  # not this ratio's reduction
        start, end = fact.sentence.start + match.start(group), fact.sentence.start + match.end(group)
        reduction = Fact(value=percent, percent=True, measure="relative-reduction", start=start, end=end + 1,
                         sentence=fact.sentence, role="effect", drug=fact.drug, comparator=fact.comparator, outcome=fact.outcome,
                         certainty=fact.certainty, written=(match[group], "", ""))
        reduction.lead_end, reduction.group_end = start, fact.group_end
        reduction.notes.append(f"the relative reduction stated with the ratio {fact.written[0] or fact.value}")
        added[id(fact)] = reduction
    return added


def merge(facts: list[Fact], text: str) -> list[Fact]:
    """`facts` with the stated reductions added, and any other figure drafted at their place left out."""
    added = find(facts, text)
    if not added:
        return facts
    spans = [(r.start, r.end) for r in added.values()]
    kept = []
    for fact in facts:
        if fact.role != "count" and any(a <= fact.start < b for a, b in spans):
            continue  # "a 14% relative reduction" read as a share of people
        if id(fact) in added:
            kept.append(added[id(fact)])  # just before its ratio
        kept.append(fact)
    return kept
