"""Figures that are not results of the review, which a careful editor would not ask a source figure for
(claims round 37, part C):

- a number of groups, arms or analyses in a description of the methods ("randomly put into 2 groups",
  "split into three treatment arms", "contributed data to 19 meta-analyses");
- a share of the studies said as a fraction without "of" ("About half the trials required ...", "most the
  studies" is read elsewhere): it describes the studies, like "half of the trials".
A number followed by a noun of people or studies, or by an outcome, is not one of these and stays checked; so does
"in one group" (a subgroup whose result follows).
"""

from __future__ import annotations

import re

from laylint.claims.compare import agrees
from laylint.claims.verdict import Verdict

# what a design or an analysis is made of: counted to describe the methods, never a finding
_DESIGN_AFTER = re.compile(
    r"\s*(?:(?:separate|different|equal|parallel|treatment|study|comparison|intervention|control|randomi[sz]ed|"
    r"trial|main|similar|smaller|pooled|further)\s+){0,2}"
    r"(?P<noun>groups|arms|meta-?analyses|analyses|sub-?groups|strata|clusters|phases|periods)\b(?!-)",
    re.IGNORECASE)
# "about half the trials", "a third of the included studies" (after the fraction itself)
_STUDIES_NEXT = re.compile(r"\s*(?:of\s+)?(?:(?:the|all|these|those|included|eligible)\s+)+(?:stud(?:y|ies)|trials|RCTs)\b",
                           re.IGNORECASE)


def design_number(figure, after: str, findings) -> Verdict | None:
    """A plain whole number right before a noun of the design ("2 groups", "three arms", "19 meta-analyses"): quiet,
    unless the source counts that thing (a `count` finding whose population names it, "trials with two groups",
    "meta-analyses of A versus B"): then a count it declares, or None (judged as any number, so a wrong one is
    reported)."""
    if figure.unit != "number" or figure.form != "number" or figure.decimals > 0 or figure.value < 2 or figure.change:
        return None
    design = _DESIGN_AFTER.match(after)
    if design is None:
        return None
    noun = re.compile(rf"\b{re.escape(design['noun'].lower()[:-1])}", re.IGNORECASE)  # "groups": "group", "two groups"
    counted = [f for f in findings if f.measure == "count" and f.population and noun.search(f.population)]
    if not counted:
        return Verdict("unattached")
    agreeing = next((f for f in counted if agrees(figure, f)), None)
    return Verdict("count", agreeing) if agreeing is not None else None


def share_of_the_studies(figure, after: str) -> bool:
    """A fraction in words right before the studies it is a share of ("About half the trials ...")."""
    return figure.unit == "percent" and figure.form == "fraction" and bool(_STUDIES_NEXT.match(after))
