"""Differences judged against the source (claims round 31, part M).

A figure that states a difference ("by about 5 points", "5 days shorter", "MD = 1.2 kg") is never a count of
studies or people, whatever its value: "by about 17 points" is not "17 studies"; nor is a duration or an amount in
a unit ("about 5 minutes").

A difference that names its outcome but no arm the source compares for it fits the outcome's mean differences:
the one there is (a mismatch when it differs), or none when there are several (unsupported-number). A value that is
the mean difference of an outcome named around it is left alone ("systolic lowered by 8 mmHg and diastolic by 4":
the outcome read for the 8 may be its neighbour's). A duration said in another time unit than the source's ("about
4 minutes" for 230 seconds) is no mismatch: the source's unit is not recorded.
"""

from __future__ import annotations

import re
from dataclasses import replace

from laylint.claims.compare import APPROX_RELATIVE, agrees, finding_kind
from laylint.claims.comparators import comparator_names
from laylint.claims.figure import Figure

_SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800, "month": 2629800, "year": 31557600}
_TIME_AFTER = re.compile(r"\A\s*-?\s*(second|minute|hour|day|week|month|year)s?\b", re.IGNORECASE)


def states_difference(figure: Figure, changed: bool) -> bool:
    """Does the figure say a difference rather than a count? `changed`: the words around it say so ("reduced ...
    by", "points")."""
    if figure.counted in ("studies", "people"):
        return False
    return figure.change or figure.form in ("measure", "points") or figure.unit == "difference" or changed


def no_counts(findings, figure: Figure, changed: bool, counts_who=None):
    """The findings a figure may state: a difference states no count, and a duration or an amount in a unit
    ("about 5 minutes") no count of studies or people (`counts_who`: what a count finding counts)."""
    if states_difference(figure, changed):
        return [f for f in findings if f.measure != "count"]
    if figure.unit in ("duration", "dose") and counts_who is not None:
        return [f for f in findings if f.measure != "count" or counts_who(f) not in ("studies", "people")]
    return findings


def _own_arms(drug, outcome, findings, metadata) -> bool:
    """Does the source compare the named drug for this outcome (as an arm or a comparator)?"""
    return drug is not None and any(f.outcome == outcome and (f.drug == drug or drug in comparator_names(f, metadata))
                                    for f in findings)


def _named_near(outcome: str, metadata, near: str) -> bool:
    return any(re.search(rf"\b{re.escape(name)}", near, re.IGNORECASE)
               for name in (outcome, *metadata.outcomes.get(outcome, ())) if name)


def unnamed_arm(figure: Figure, drug, outcome, metadata, findings, near: str = ""):
    """A difference for a named outcome whose comparison the clause does not name (no drug, or one the source does
    not compare for it): ("number-mismatch", the one mean difference) or ("unsupported-number", None) when the outcome
    has several; None when it has none, or the figure names a compared arm. `near`: the words around the figure."""
    if outcome is None or metadata is None or _own_arms(drug, outcome, findings, metadata):
        return None
    differences = [f for f in findings if f.outcome == outcome and f.measure == "mean-difference"]
    as_number = replace(figure, unit="number")
    if not differences or any(agrees(as_number, f) and _named_near(f.outcome, metadata, near)
                              for f in findings if f.measure == "mean-difference" and f.outcome):
        return None  # "systolic lowered by 8 mmHg and diastolic by 4": the value of a neighbouring outcome, misread
    return ("number-mismatch", differences[0]) if len(differences) == 1 else ("unsupported-number", None)


def in_another_time_unit(figure: Figure, after: str, findings) -> bool:
    """A duration whose value, said in another time unit, is one of the findings at the figure's own precision
    ("about 4 minutes" for -230 s; "4 minutes" is 210 to 270 s; "1.58 days" is no 0.23 weeks)."""
    unit = _TIME_AFTER.match(after)
    if figure.unit != "duration" or unit is None:
        return False
    seconds = _SECONDS[unit.group(1).lower()]
    values = [abs(f.value.value) for f in findings if finding_kind(f) == "number"]
    for size in _SECONDS.values():
        scale = seconds / size
        if scale == 1:
            continue
        said, rounding = abs(figure.value) * scale, 0.5 * 10 ** -figure.decimals * scale
        for value in values:
            slack = max(rounding, APPROX_RELATIVE * value) if figure.qualifier == "approximate" else rounding
            if abs(said - value) <= slack + 1e-9:
                return True
    return False
