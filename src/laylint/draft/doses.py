"""Arms that differ only by dose, named by their doses: "(200 versus 100 IU: odds ratio 0.88, ...)"."""

from __future__ import annotations

import re

from laylint.draft.model import Fact
from laylint.draft.outcome_phrases import _ESTIMATE_LABEL


# "(e.g. 200 versus 100 international units (IU): odds ratio 0.88, ...)": arms that are doses only, named by
# their doses; the bracket or clause must end at the estimate's label
_DOSE_UNIT = r"(?:mg/kg|mg|µg|μg|mcg|g|mL|ml|IU|international\s+units(?:\s*\(IU\))?|units|mmol|mg/m2)"
_DOSE_PAIR = re.compile(r"(?P<a>\d+(?:[.,]\d+)?)\s*(?P<ua>" + _DOSE_UNIT + r")?\s+(?:versus|vs\.?|compared\s+(?:with|to))\s+"
                        r"(?P<b>\d+(?:[.,]\d+)?)\s*(?P<u>" + _DOSE_UNIT + r")(?:/(?:day|d|week))?\s*[:,]?\s*$", re.I)


def dose_pairs(facts: list[Fact]) -> None:
    for fact in facts:
        if fact.role != "effect" or fact.lead_end is None and fact.start is None:
            continue
        s, at = fact.sentence.text, fact.start - fact.sentence.start
        at = len(re.sub(r"\s*\(\s*$", "", s[:at]))  # "odds ratio (OR 0.88": the label's own bracket
        depth, opening = 0, -1
        for i in range(at - 1, -1, -1):  # the bracket still open at the estimate
            if s[i] == ")":
                depth += 1
            elif s[i] == "(":
                if depth == 0:
                    opening = i
                    break
                depth -= 1
        before = s[max(opening + 1, s.rfind(";", 0, at) + 1):at]
        label = _ESTIMATE_LABEL.search(before)
        before = before[:label.start()] if label else before
        before = re.sub(r"^\s*(?:e\.g\.|for\s+example|eg)\s*,?\s*", "", before, flags=re.I)
        found = _DOSE_PAIR.search(before)
        if not found or found.start() > 0 and before[:found.start()].strip():
            continue
        unit = re.sub(r"international\s+units(?:\s*\(IU\))?", "IU", found["u"], flags=re.I)
        first = re.sub(r"international\s+units(?:\s*\(IU\))?", "IU", found["ua"], flags=re.I) if found["ua"] else unit
        fact.drug, fact.comparator = f"{found['a']} {first}", f"{found['b']} {unit}"
        fact.notes.append("arms that differ only by dose, named by their doses")
