"""A drug class named with its members (round 38): "anti-CD20 antibodies (rituximab or ofatumumab) in seven
studies", "SSRIs such as sertraline or fluoxetine were tested in six studies". A count after the members is the
class's: the members name it, they are not a comparison of their own. The source need not say which drugs are
members; the summary's bracket or "such as" does.
"""

from __future__ import annotations

import re

from laylint.metadata import Metadata

_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-"})
# what follows a class to list its members: a bracket, or "such as", "e.g.", "including", "like"
_LISTING = r"(?:\s*\(([^()]{1,120})\)|,?\s+(?:such\s+as|e\.g\.,?|including|like)\s+((?:[^,.;()]|,\s*(?!and\b))" \
           r"{1,120}?)(?=\s+(?:in|were|was|are|is|for|across|with)\b|[.;]|$))"


def _names(drug: str, metadata: Metadata) -> list[str]:
    return [name for name in (drug, *metadata.drugs.get(drug, ())) if name]


def _mentions(text: str, drug: str, metadata: Metadata) -> bool:
    return any(re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text, re.IGNORECASE) for name in _names(drug, metadata))


def class_of_members(named: tuple[str, ...], sentence: str, metadata: Metadata) -> tuple[str, ...]:
    """`named` with the drugs listed as members of a class the sentence names replaced by that class."""
    if not named or not sentence:
        return named
    sentence = sentence.translate(_HYPHENS)  # "anti\u2011CD20" is "anti-CD20"
    replaced = list(named)
    for drug in metadata.drugs:
        for name in _names(drug, metadata):
            for found in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-]){_LISTING}", sentence, re.IGNORECASE):
                members = found.group(1) or found.group(2) or ""
                if not _only_names(members, metadata):
                    continue  # "aspirin (compared with placebo)": not a list of members
                listed = [d for d in named if d != drug and _mentions(members, d, metadata)]
                replaced = [drug if d in listed else d for d in replaced]
    return tuple(dict.fromkeys(replaced))


_JOINERS = re.compile(r"\b(?:or|and|e\.g\.|eg|such\s+as|including|mainly|mostly|usually|either|both)\b|[,/;]", re.IGNORECASE)

_COMPARED = re.compile(r"\b(?:versus|vs|v|compared|comparing|against|than|with|without|plus|then|after|before)\b", re.IGNORECASE)


def _only_names(members: str, metadata: Metadata) -> bool:
    """Is the text a list of drug names and nothing else (at most one other word: "oral rituximab")?"""
    if _COMPARED.search(members):
        return False  # "(versus placebo)", "(plus chemotherapy)": another arm, not a member
    rest = members
    for drug in metadata.drugs:
        for name in sorted(_names(drug, metadata), key=len, reverse=True):
            rest = re.sub(rf"(?<![\w-]){re.escape(name)}(?![\w-])", " ", rest, flags=re.IGNORECASE)
    if rest == members:
        return False
    return len(re.findall(r"[\w-]+", _JOINERS.sub(" ", rest))) <= 1
