"""One arm written two ways in one abstract ("a 10-mg warfarin nomogram", "the warfarin nomogram of 10 mg"): the
same content words in another order name the same arm, so every figure takes the name written first."""

from __future__ import annotations

from laylint.draft import names as N
from laylint.draft.model import Fact


def merge(facts: list[Fact], arms: N.Arms) -> None:
    first: dict[frozenset, str] = {}
    for fact in sorted(facts, key=lambda f: f.start):
        for name in (fact.drug, fact.comparator):
            words = frozenset(N.content_words(name or ""))
            if len(words) >= 2:  # (one word has one order)
                first.setdefault(words, name)
    for fact in facts:
        for side in ("drug", "comparator"):
            name = getattr(fact, side)
            words = frozenset(N.content_words(name or ""))
            same = first.get(words)
            if same and same != name:
                setattr(fact, side, same)
                arms.aliases.setdefault(same, set()).add(name)
        if fact.drug and fact.drug == fact.comparator:
            fact.comparator = None
