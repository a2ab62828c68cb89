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

# what a design or an analysis is made of: counted to describe the methods, never a finding
_DESIGN_AFTER = re.compile(
    r"\s*(?:(?:separate|different|equal|parallel|treatment|study|comparison|intervention|control|randomi[sz]ed|"
    r"trial|main|similar|smaller|pooled|further)\s+){0,2}"
    r"(?:groups|arms|meta-?analyses|analyses|sub-?groups|strata|clusters|phases|periods)\b(?!-)",
    re.IGNORECASE)
# "about half the trials", "a third of the included studies" (after the fraction itself)
_STUDIES_NEXT = re.compile(r"\s*(?:of\s+)?(?:(?:the|all|these|those|included|eligible)\s+)+(?:stud(?:y|ies)|trials|RCTs)\b",
                           re.IGNORECASE)


def design_number(figure, after: str) -> bool:
    """A plain whole number right before a noun of the design ("2 groups", "three arms", "19 meta-analyses")."""
    return figure.unit == "number" and figure.form == "number" and figure.decimals <= 0 and figure.value >= 2 \
        and not figure.change and bool(_DESIGN_AFTER.match(after))


def share_of_the_studies(figure, after: str) -> bool:
    """A fraction in words right before the studies it is a share of ("About half the trials ...")."""
    return figure.unit == "percent" and figure.form == "fraction" and bool(_STUDIES_NEXT.match(after))
