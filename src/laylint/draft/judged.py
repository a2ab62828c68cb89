"""Outcomes read as words that judge a result ("more effective", "highly beneficial", "although the CI", "crossed the
null"): the figure takes the outcome of the figure before it, in its sentence or the sentence just before.

    "Thalidomide reduced recurrences (RR 0.41, ...) and was also more effective at 12 months (RR 0.52, ...)"
        -> the second figure's outcome is "recurrences", not "also more effective"

With no such figure the words stay, marked for the reviewer: a finding is never dropped for it."""

from __future__ import annotations

from laylint.draft.model import Fact
from laylint.draft.outcome_phrases import judgement_only

_NOTE = "the words before the figure judge the result and name no outcome"


def judged_outcomes(facts: list[Fact], sentence_order: dict[int, int]) -> None:
    ordered = sorted((f for f in facts if f.role in ("effect", "arm") and f.outcome), key=lambda f: f.start)
    last = None
    for fact in ordered:
        if not judgement_only(fact.outcome):
            last = fact
            continue
        near = last is not None and sentence_order.get(fact.sentence.start, -9) - sentence_order.get(last.sentence.start, -99) in (0, 1)
        if near:
            fact.outcome = last.outcome
            fact.uncertain.append(f"{_NOTE}: taken from the figure before")
        else:
            fact.uncertain.append(f"{_NOTE}: check the outcome")
