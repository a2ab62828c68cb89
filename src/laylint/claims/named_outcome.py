"""A figure read for one outcome that no finding of it matches, but that is exactly the finding of another outcome
its own sentence names in words ("may increase success at the first try. For every 7 babies treated, one extra
baby may benefit from a successful first attempt": NNT 7 of first-attempt success, read for "number of attempts").
"No finding in the source matches it" would be false; the figure is that outcome's (claims round 37, part C).
Only for a figure whose drug is not named in its clause (a named drug's figure of another outcome is a wrong
pair, which estimate_verdict reports), only when exactly one outcome fits, and only when the outcome read is not
named by words of its own ("attempt" of "first attempt" is the other outcome's word).
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]{3,}")
_STEM = 5  # letters: "succe" in success/successful, "attem" in attempt/attempts
_NOT_CONTENT = frozenset("""the and for with from any all number rate risk level total time mean change proportion
people who were was that this those these than""".split())


def _stems(text: str) -> set[str]:
    return {w.lower()[:_STEM] for w in _WORD.findall(text) if w.lower() not in _NOT_CONTENT}


def _named(outcome: str, metadata, said: set[str]) -> bool:
    """Most content words of the outcome's name or of one of its aliases are in the sentence."""
    for name in (outcome, *metadata.outcomes.get(outcome, ())):
        wording = _stems(name)
        need = max(2, (len(wording) + 1) // 2) if len(wording) > 1 else 1
        if wording and len(wording & said) >= need:
            return True
    return False


def named_outcome_finding(figure, drug, outcome, matching, metadata, context):
    """The one finding among those the figure agrees with whose outcome (not the one read) its sentence names."""
    if metadata is None or not matching or (drug is not None and not context.carried):
        return None
    said = _stems(f"{context.clause_start} {figure.text} {context.after}")
    fits = [f for f in matching if f.outcome and f.outcome != outcome and (drug is None or f.drug == drug)
            and _named(f.outcome, metadata, said)]
    if len({f.outcome for f in fits}) != 1:
        return None
    own_words = set().union(*(_stems(name) for name in (fits[0].outcome, *metadata.outcomes.get(fits[0].outcome, ()))))
    if outcome is not None and _named(outcome, metadata, said - own_words):
        return None  # both outcomes named ("reducing leakage by 44% and infections by 40%"): maybe swapped (swapped.py)
    return fits[0]
