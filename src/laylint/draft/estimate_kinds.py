"""The kind of an effect estimate once read (estimates.py, fractions.py): percent or plain, proportions written
0.11 and risk differences written 0.14 turned into percentages, with a note of how."""

from __future__ import annotations

import re

from laylint.draft.model import Fact
from laylint.draft.textnorm import number_value


def settle_kind(fact: Fact, s: str, span: tuple[int, int], label_text: str) -> None:
    """Percent or plain, proportions written 0.11, risk differences written 0.14."""
    values = [fact.value] + (list(fact.ci) if fact.ci else [])
    context = (label_text or "").lower()
    if fact.measure is None:
        if fact.percent:
            fact.measure = "proportion"
        elif re.search(r"\b(?:prevalence|proportion|incidence|frequency|rate|risk|percentage|share)\b[^.;]*$", context) \
                and all(0 <= v <= 1 for v in values) and fact.ci is not None:
            fact.measure = "proportion"
    if fact.measure == "proportion" and not fact.percent:
        if all(0 <= v <= 1 for v in values) and fact.ci is not None:
            as_percent(fact, "written as a proportion in the abstract")
        elif not fact.percent:
            fact.measure = None  # an incidence per 1000, a score: a plain number
    elif fact.measure == "risk-difference" and not fact.percent:
        if all(-1 <= v <= 1 for v in values):
            as_percent(fact, "risk difference written as a proportion in the abstract")
        else:
            fact.measure = "mean-difference" if "difference" in context and "risk" not in context else fact.measure
            if fact.measure == "risk-difference":
                fact.percent = True  # "a difference of 3.2 percentage points"
    elif fact.measure == "mean-difference" and fact.percent:
        fact.measure = "risk-difference"  # "difference, 3.2 percentage points"
    elif fact.measure == "relative-reduction" and not fact.percent:
        if all(0 <= v <= 1 for v in values):
            as_percent(fact, "written as a proportion in the abstract")
        else:
            fact.percent = True
    elif fact.measure in ("risk-ratio", "odds-ratio", "hazard-ratio", "rate-ratio", "number-needed-to-treat",
                          "standardised-mean-difference") and fact.percent:
        fact.percent = False


def as_percent(fact: Fact, why: str) -> None:
    original = f"{fact.written[0]}" + (f" ({fact.written[1]} to {fact.written[2]})" if fact.ci else "")
    fact.value = round(fact.value * 100, 6)
    if fact.ci:
        fact.ci = (round(fact.ci[0] * 100, 6), round(fact.ci[1] * 100, 6))
    decimals = lambda t: max(0, len(t.split(".")[1]) - 2) if "." in t else 0  # noqa: E731
    fact.written = tuple(f"{{:.{decimals(t)}f}}".format(number_value(t) * 100) if t else "" for t in fact.written)
    fact.percent = True
    fact.notes.append(f"derived: {original} {why}, written as a percentage")
