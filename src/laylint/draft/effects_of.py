"""The comparison a sentence names as "the effects of X (when) compared to Y": X is the arm of the figures after it
in that sentence, Y the comparator ("very low-certainty evidence about the effects of conventional TENS when
compared to sham TENS at short-term follow-up, on pain (MD ...)")."""

from __future__ import annotations

import re

from laylint.draft import names as N
from laylint.draft.clause_forms import named_pair
from laylint.draft.mentions import _expand, _is_generic
from laylint.draft.model import Fact
from laylint.draft.subjects import _NP, _PEOPLE_ONLY, _before

_EFFECTS_OF = re.compile(r"\b(?:effects?|effectiveness|efficacy|benefits?|impact)\s+of\s+(?:the\s+|an?\s+)?(?P<a>" + _NP + r")\s+"
                         r"(?:when\s+)?(?:compared\s+(?:with|to)|versus|vs\.?|against|relative\s+to)\s+(?:the\s+|an?\s+)?"
                         r"(?P<b>" + _NP + r")(?=\s+(?:at|on|for|in|among|during|after|over|up\s+to|showed?|shows|was|were|is|are|had|has|"
                         r"suggest(?:s|ed)?|found|indicated?)\b|\s*[,;]|\s*$)", re.I)
# "the effects of nitrous oxide and carbon dioxide on cardiopulmonary complications": two arms the abstract names apart
# (a combination such as "diet and exercise" is one arm: both parts must be arms of their own already)
_EFFECTS_OF_BOTH = re.compile(r"\b(?:effects?|effectiveness|efficacy|impact)\s+of\s+(?:the\s+|an?\s+)?(?:either\s+)?(?P<a>" + _NP
                              + r")\s+(?:and|or)\s+(?:the\s+|an?\s+)?(?P<b>" + _NP + r")\s+on\s+", re.I)


def effects_of_pairs(facts: list[Fact], arms, abbr) -> None:
    """An effect with no arm (or with only the comparator as its arm) takes the pair its sentence names as "the
    effects of X compared to Y" before it, when no full stop or semicolon comes between."""
    for fact in facts:
        if fact.role != "effect":
            continue
        before = _before(fact)
        found = None
        for found in _EFFECTS_OF.finditer(before):
            pass
        if found is None or re.search(r"[;.]\s", before[found.end():]):
            _both_arms(fact, before, arms, abbr)
            continue
        side, other = found["a"], found["b"]
        if any(N._NOT_ARM.search(x) or re.match(_PEOPLE_ONLY, x) for x in (side, other)) or _is_generic(side):
            continue
        first, second = named_pair(side, other, arms, abbr)
        if not first:
            continue
        if fact.drug not in (None, second) and N.key(fact.drug) != N.key(first):
            continue  # an arm read already from the figure's own clause
        fact.drug, fact.comparator = first, second
        fact.uncertain = [u for u in fact.uncertain if u != "no arm could be read for this figure"]


def _both_arms(fact: Fact, before: str, arms, abbr) -> None:
    found = None
    for found in _EFFECTS_OF_BOTH.finditer(before):
        pass
    if found is None or re.search(r"[;.]\s", before[found.end():]):
        return
    joined = N.key(found["a"] + " and " + found["b"]), N.key(found["a"] + " or " + found["b"])
    first, second = (_apart(_expand(found[side], abbr), arms, joined) for side in "ab")
    if not first or not second or first == second or not (fact.drug is None or fact.drug in (first, second) or N.key(fact.drug) in joined):
        return
    fact.drug, fact.comparator = first, second
    fact.uncertain = [u for u in fact.uncertain if u != "no arm could be read for this figure"]


def _apart(phrase: str, arms, joined: tuple[str, ...]) -> str | None:
    """The one arm the phrase names, leaving aside the two joined as one name ("nitrous oxide and carbon dioxide")."""
    found = arms.find(phrase)
    if found and N.key(found) not in joined:
        return found
    words = N.content_words(phrase)
    hits = [n for n in arms.names if N.key(n) not in joined and words and words <= N.content_words(n)]
    return hits[0] if len(hits) == 1 else None
