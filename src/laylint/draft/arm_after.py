"""Per-group shares whose group is named right after the figure in words the general readers skip:
"17% (4/24) of placebo patients", "64% (SU group) and 12.5% (insulin group)". The group must be an arm the
abstract names already (or a control such as placebo), so a share of a population ("40% of diabetic patients")
is left alone."""

from __future__ import annotations

import re

from laylint.draft import names as N
from laylint.draft.mentions import _expand
from laylint.draft.model import Fact

_GROUP_WORDS = r"[A-Za-z][\w/+.-]*(?:\s+(?!of\b|in\b|and\b|or\b|with\b|versus\b|vs\b)[\w/+.-]+){0,3}?"
_PEOPLE = r"(?:patients|participants|people|persons|women|men|children|adults|infants|babies|recipients|users|smokers)"
_COUNT_BRACKET = r"(?:[(\[]\s*(?:n\s*=\s*)?\d[\d,]*\s*(?:/|of|out\s+of)\s*\d[\d,]*\s*[)\]]\s*)?"
# "17% (4/24) of placebo patients", "6.8% of the control group"
_OF_GROUP = re.compile(r"\s*" + _COUNT_BRACKET + r"of\s+(?:the\s+)?(?P<arm>" + _GROUP_WORDS + r")\s+(?:"
                       + _PEOPLE + r"|group|arm)s?\b", re.I)
# "64% (SU group)", "12.5% (insulin group, P = 0.007)"
_BRACKET_GROUP = re.compile(r"\s*[(\[]\s*(?:in\s+)?(?:the\s+)?(?P<arm>" + _GROUP_WORDS + r")\s+(?:group|arm)s?\s*[),;\]]", re.I)
_CONTROLS = re.compile(r"(?:placebo|control|controls|sham|usual\s+care|standard\s+care|no\s+treatment|no\s+intervention)", re.I)


def _known_arm(phrase: str, arms: N.Arms, abbr) -> str | None:
    phrase = N.clean(phrase)
    found = arms.find(_expand(phrase, abbr))
    if found:
        return found
    if _CONTROLS.fullmatch(phrase):
        return arms.add(phrase, "a results sentence", abbr)
    return None


def groups_after_figures(facts: list[Fact], arms: N.Arms, abbr) -> None:
    """A share with no arm whose group follows it ("of placebo patients", "(SU group)") is that group's."""
    for fact in facts:
        if fact.role not in ("arm", "background") or fact.drug or not fact.percent:
            continue
        after = fact.sentence.text[fact.end - fact.sentence.start:]
        found = _OF_GROUP.match(after) or _BRACKET_GROUP.match(after)
        if not found:
            continue
        named = _known_arm(found["arm"], arms, abbr)
        if not named:
            continue
        fact.drug, fact.comparator, fact.role, fact.arm_text = named, None, "arm", found["arm"]
        fact.uncertain = [u for u in fact.uncertain if u != "no arm could be read for this figure"]


# "(26% versus 12% with placebo)", "11% with control vs 10.0% with treatment": two shares set against each other
_AGAINST = re.compile(r"^(?:\s*[(\[][^()\[\]]{0,20}[)\]])?(?:\s+(?:with|in|on)\s+(?:the\s+)?[A-Za-z][\w/+-]*(?:\s+[\w/+-]+){0,3}?)?"
                      r"\s*,?\s+(?:versus|vs\.?|compared\s+(?:with|to))\s+$", re.I)
# the words a share names its group with when they mean "the arm under test"
_ACTIVE = re.compile(r"(?:active\s+)?(?:treatment|intervention|therapy|drug)", re.I)


def _sentence_pair(fact: Fact, facts: list[Fact], arms: N.Arms, abbr) -> tuple[str | None, str | None]:
    """The comparison a sentence is about: its effect's arms, else the two arms it names (exactly two)."""
    for other in facts:
        if other.role == "effect" and other.sentence.start == fact.sentence.start and other.drug:
            return other.drug, other.comparator
    from laylint.draft.mentions import mentions
    named = list(dict.fromkeys(n for _, _, n in sorted(mentions(fact.sentence.text, arms, abbr))))
    return (named[0], named[1]) if len(named) == 2 else (None, None)


def shares_set_against(facts: list[Fact], arms: N.Arms, abbr) -> None:
    """Of two shares set against each other ("26% versus 12% with placebo"), one with no arm is the other arm of its
    sentence's comparison: the drug when its partner is the comparator, and the reverse."""
    from laylint.draft.mentions import _is_generic
    shares = [f for f in facts if f.percent and f.role in ("arm", "background")]
    for first, second in zip(shares, shares[1:]):
        if first.sentence.start != second.sentence.start:
            continue
        between = first.sentence.text[first.end - first.sentence.start:second.start - second.sentence.start]
        if not _AGAINST.match(between):
            continue
        for fact, partner in ((first, second), (second, first)):
            open_arm = not fact.drug or (fact.arm_text and _ACTIVE.fullmatch(N.clean(fact.arm_text)))
            if not open_arm or not partner.drug or partner.drug == fact.drug:
                continue
            drug, comparator = _sentence_pair(fact, facts, arms, abbr)
            if not drug:
                continue
            if partner.drug == comparator or _is_generic(partner.drug) and not _is_generic(drug):
                named = drug  # ("11% with control vs 10.0% with treatment": any control sets the arm under test against it)
            elif partner.drug == drug and comparator:
                named = comparator
            else:
                continue
            fact.drug, fact.comparator, fact.role = named, None, "arm"
            fact.uncertain = [u for u in fact.uncertain if u != "no arm could be read for this figure"]
