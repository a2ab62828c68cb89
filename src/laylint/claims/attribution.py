"""Whose figure is it? (claims round 18) How sure the reading is of the drug a figure speaks about.

A drug carried from an earlier sentence, none named, the nearest of several its clause lists, or one
named by words that are also part of another drug's name ("chemotherapy", "platinum based chemotherapy")
is only a guess. When the figure's value (and its CI, when stated) equals the findings of exactly one
comparison, for the outcome its clause names (any outcome when that was carried or not named), and its
clause does not name that comparison's drug, the figure restates that finding: the guess was wrong, not
the summary. A drug its sentence names plainly is never re-read here, so a value pinned to the wrong
drug is still a wrong pair, and a value no finding has is still a mismatch.
"""

from __future__ import annotations

import re

from dataclasses import replace

from laylint.claims.comparators import partners
from laylint.claims.compare import agrees, finding_kind
from laylint.metadata import Finding

_WORD = re.compile(r"[a-z0-9]+")


def weak_drug(drug: str | None, context) -> bool:
    """The figure's sentence names no drug (it was carried from the sentence before, or there is none), or
    its clause lists several as its subjects ("the best of GDx, HRT and OCT would miss ...") and the nearest
    was taken. A drug carried from an earlier clause of the same sentence ("With chemo, ..., while 27% had
    ...") is the sentence's own: a careful reader pins the figure to it."""
    return drug is None or context.carried_across or (len(set(context.drugs)) >= 2 and drug in context.drugs)


def _outcome_fits(finding: Finding, outcome: str | None, context) -> bool:
    if outcome is None or context.outcome_carried:
        return True
    if finding.outcome == outcome:
        return True
    # a narrower outcome whose extra words the clause says ("affected by severe conditions": severe chronic
    # health conditions, not chronic health conditions)
    name = (finding.outcome or "").lower()
    extra = set(_WORD.findall(name)) - set(_WORD.findall(outcome.lower()))
    said = set(_WORD.findall(context.segment.lower()))
    return outcome.lower() in name and bool(extra) and extra <= said


def _said_within(said: str, finding: Finding, metadata) -> bool:
    """The clause named its drug by words that are part of the finding's drug's name ("chemotherapy" of
    "platinum based chemotherapy"): it may mean either."""
    said = said.lower().strip()
    if not said or not finding.drug or metadata is None or said in (n.lower() for n in metadata.drugs):
        return False  # a drug called by its own full name ("sucrose", beside "sucrose plus NNS") is no guess
    names = [n.lower() for n in (finding.drug, *metadata.drugs.get(finding.drug, ()))]
    return said not in names and any(re.search(rf"\b{re.escape(said)}\b", n) for n in names)


def restated(drug: str | None, outcome: str | None, matching: list[Finding], context, loose: bool,
             metadata=None, figure=None) -> Finding | None:
    """The one finding a weakly attributed figure restates, if exactly one comparison has its value."""
    if loose:
        return None
    if figure is not None and figure.qualifier == "approximate":  # "about 5.2" must be 5.2, not merely near 4.9
        plain = replace(figure, qualifier="")
        matching = [f for f in matching if agrees(plain, f)]
    if weak_drug(drug, context):
        named = set(context.drugs) | set(context.comparators)  # a drug its clause names is no guess: "A (5.8%) and B" stays
    elif context.drug_said:  # named by words that are part of another drug's name: only that drug's value is quiet
        named = set(context.drugs) | set(context.comparators)
        arms = partners(drug, metadata) if metadata is not None else set()  # "exercise", "no exercise": two arms
        matching = [f for f in matching if f.drug not in arms and _said_within(context.drug_said, f, metadata)]
    else:
        return None
    fits = [f for f in matching if finding_kind(f) != "count" and f.drug not in named and _outcome_fits(f, outcome, context)]
    if len({(f.drug, f.comparator, f.outcome) for f in fits}) != 1:
        return None  # no finding has it, or several do: the reading cannot say whose it is
    return fits[0]
