"""The noun of a natural frequency's denominator names who is counted, not what happens to them: in "Out of 100
pregnancies after IVF, about 20 end in miscarriage" the outcome is miscarriage, even when "pregnancies" is also an
alias of a declared outcome (clinical pregnancy). Such a mention is dropped, so that the figure takes the outcome
its clause states, or the one carried from the sentence before (claims round 36, part F).
"""

from __future__ import annotations

import re

# "out of 100", "for every 1,000", "in each 100", "per 1000", "of 100": a round denominator just before the mention
_DENOMINATOR_BEFORE = re.compile(r"(?:\b(?:out\s+of|for\s+(?:every|each)|in\s+(?:every|each)|per|of|among|in)\s+"
                                 r"(?:(?:every|each|about|around|roughly)\s+)?)"
                                 r"(?:10|100|1,?000|10,?000)\s+\Z", re.IGNORECASE)


# a plural noun ("pregnancies", "births", "hospital admissions"), not a verb phrase ("died", "needed extra painkillers")
_PLURAL_NOUN = re.compile(r"\A(?![A-Za-z-]+ed\b)[A-Za-z][\w\s-]*[a-rt-z]s\Z", re.IGNORECASE)


def without_denominator_nouns(text: str, found: list) -> list:
    """The mentions, less outcome names used as the noun of a round denominator ("out of 100 pregnancies")."""
    return [m for m in found if not (m.kind == "outcome" and _PLURAL_NOUN.match(m.text)
                                     and _DENOMINATOR_BEFORE.search(text, max(0, m.start - 30), m.start))]


# any number before the noun, with up to two words between ("out of 100 IVF pregnancies", "per 1,000 live births"):
# an outcome named there is the denominator's noun even when the mention was kept above (named_elsewhere.py)
_ANY_DENOMINATOR_BEFORE = re.compile(r"\b(?:out\s+of|in(?:\s+every)?|per|of\s+every|for\s+every)\s+(?:the\s+)?"
                                     r"\d[\d,.\u202f\u00a0 ]*\s+(?:\w+\s+){0,2}\Z", re.IGNORECASE)


def after_a_denominator(text: str, mention) -> bool:
    """Is the mention the noun of a stated denominator ("20 out of 100 pregnancies")?"""
    return bool(_ANY_DENOMINATOR_BEFORE.search(text[max(0, mention.start - 40):mention.start]))
