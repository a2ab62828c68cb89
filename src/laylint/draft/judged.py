"""Outcomes read as words that judge a result ("more effective", "highly beneficial", "although the CI", "crossed the
null", "a statistically significant advantage for carbamazepine", "very low quality"), as who was treated ("children
treated") or as an arm's own name: the
figure takes the outcome of the figure before it, in its sentence or the sentence just before.

    "Thalidomide reduced recurrences (RR 0.41, ...) and was also more effective at 12 months (RR 0.52, ...)"
        -> the second figure's outcome is "recurrences", not "also more effective"

With no such figure the words stay, marked for the reviewer: a finding is never dropped for it."""

from __future__ import annotations

import re

from laylint.draft import names as N
from laylint.draft.mentions import _expand
from laylint.draft.model import Fact
from laylint.draft.outcome_phrases import TREATED_PEOPLE, judgement_only

_NOTE = "the words before the figure judge the result and name no outcome"
# what is said of the evidence or of a result, never what was measured
_ABOUT_THE_EVIDENCE = {"when", "quality", "low", "very", "moderate", "certainty", "difference", "differences", "better",
                       "worse", "much", "complete", "randomised", "randomized", "statistically", "significant",
                       "significantly", "advantage", "disadvantage", "pooled", "due", "result", "results", "outcome",
                       "outcomes", "secondary", "primary", "post-treatment", "clear", "evident", "apparent", "observed"}


def judged_outcomes(facts: list[Fact], sentence_order: dict[int, int], arms: N.Arms | None = None,
                    abbr: dict[str, str] | None = None) -> None:
    ordered = sorted((f for f in facts if f.role in ("effect", "arm") and f.outcome), key=lambda f: f.start)
    arm_words = set()
    for name in (arms.names if arms else []):
        arm_words |= N.content_words(name) | {w for a in arms.aliases.get(name, ()) for w in N.content_words(a)}
    last = None
    for fact in ordered:
        if not _names_nothing_measured(fact.outcome, arm_words, arms, abbr or {}):
            last = fact
            continue
        near = last is not None and sentence_order.get(fact.sentence.start, -9) - sentence_order.get(last.sentence.start, -99) in (0, 1)
        if near:
            fact.outcome = last.outcome
            fact.uncertain.append(f"{_NOTE}: taken from the figure before")
        else:
            fact.uncertain.append(f"{_NOTE}: check the outcome")


def _names_nothing_measured(outcome: str, arm_words: set[str], arms: N.Arms | None, abbr: dict[str, str]) -> bool:
    if judgement_only(outcome) or TREATED_PEOPLE.match(outcome):
        return True
    words = N.content_words(outcome)
    if words and words <= _ABOUT_THE_EVIDENCE | {N._singular(w) for w in _ABOUT_THE_EVIDENCE}:
        return True  # "very low quality", "clear difference", "results for secondary outcomes"
    judged = words & (_ABOUT_THE_EVIDENCE | {"effective", "favour", "favor", "favouring", "favoring", "benefit"})
    if judged and arm_words and words - judged <= arm_words | {"for", "of", "with"}:
        return True  # "a statistically significant advantage for carbamazepine": a judgement and an arm
    named = arms.find(_expand(outcome, abbr)) if arms else None
    return bool(named) and N.key(named) == N.key(_expand(outcome, abbr))  # the arm's own name ("thalidomide")
