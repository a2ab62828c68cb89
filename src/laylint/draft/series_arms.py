"""Per-group figures in a run ("13.8% ... and 17.1%", "(13.1% vs. 10.6%)"): which arm each is, and the shares of
everyone studied that are no group's ("238 [76.3%] female"). Read by per_sentence."""

from __future__ import annotations

import re

from laylint.draft import names as N
from laylint.draft.mentions import _is_comparator
from laylint.draft.model import Fact
from laylint.draft.outcome_phrases import tidy_outcome


def _shares_of_everyone(group, s: str, base: int) -> None:
    """A share of the people studied, not of one group: "238 [76.3%] female"."""
    for fact in group:
        if fact.role == "arm" and fact.drug is None:
            fact.role = "background"
            fact.drug = None
            predicate = re.match(r"^\s*[)\]]?\s*(?:participants?|patients?|people|children|adults|women|men|infants)?\s*"
                                 r"(?:were\s+|was\s+|had\s+|reported\s+|filled\s+)?(?P<p>[a-z][^,;()]*)", s[fact.end - base:])
            if predicate and re.match(r"of\s", predicate["p"]) and fact.outcome:
                continue  # "worsening of cough after 29% of procedures": "of procedures" is what it is a share of
            if predicate and re.match(r"(?:and|or)\s|the\s+(?:most|commonest|main|leading)\b", predicate["p"]) and fact.outcome:
                continue  # "Nausea (12%) and headache (8%) were the most common ...": each share is its item's
            if predicate and tidy_outcome(predicate["p"]):
                fact.outcome = tidy_outcome(("filled " if s[fact.end - base:].lstrip(") ]").startswith("filled") else "")
                                            + predicate["p"])


def _within(name: str, *arms: str) -> bool:
    """"exercise" is one of "strengthening exercise" and "surgery"."""
    return any(name == arm or N.content_words(name) <= N.content_words(arm) for arm in arms)


def _same_bracket(s: str, a: int, b: int) -> bool:
    """Two figures in one bracket: "(13.1% vs. 10.6%)"."""
    return a <= b and not re.search(r"[()\[\]]", s[a:b].replace(")", "", 1) if s[a:a + 1] == ")" else s[a:b]) and \
        re.search(r"[(\[][^()\[\]]*$", s[:a]) is not None


def _joined(s: str, first: Fact, second: Fact, base: int) -> bool:
    """Figures of two groups: joined by vs, and, or, compared with; or a sentence ending in "respectively"."""
    between = s[first.end - base:second.start - base]
    if re.fullmatch(r"\s*(?:to|-)\s*", between):
        return False  # a range, "69.7% to 80.1%"
    return bool(re.search(r"\b(?:vs\.?|versus|and|or|compared\s+(?:with|to)|than)\b", between, re.I)) or "respectively" in s


def _series_arms(s: str, spans, series: list[Fact], base: int, main) -> dict[int, str]:
    """The arm of each figure in a run of per-group figures ("13.8% ... and 17.1%", "12.1% vs. 6.6%")."""
    result: dict[int, str] = {}
    if not series:
        return result
    ordered = []
    for a, b, name in spans:
        if name not in ordered:
            ordered.append(name)
    explicit = {}
    for fact in series:
        if fact.arm_text in ("__from__", "__to__"):
            continue
        if fact.arm_text:
            for a, b, name in spans:
                if fact.end - base <= a <= fact.end - base + 60 and N.key(fact.arm_text) in N.key(s[a:b] + " " + name):
                    explicit[id(fact)] = name
                    break
    for fact in series:
        if id(fact) in explicit:
            result[id(fact)] = explicit[id(fact)]
    unassigned = [f for f in series if id(f) not in result and f.arm_text not in ("__from__", "__to__")]
    if len(unassigned) == 1 and not explicit:
        before = [name for a, b, name in spans if b <= unassigned[0].start - base]
        if len(ordered) == 1 and before:
            result[id(unassigned[0])] = ordered[0]  # "rituximab was linked to urinary infections (9%)"
        unassigned = []
    if len(ordered) < 2 and main[0] and main[1]:
        lone = [a for a, b, name in spans if ordered and name == ordered[0]]
        if ordered and ordered[0] != main[0] and lone and _is_comparator(s, lone[0]):
            ordered = [main[0], ordered[0]]  # "... with the combination than with mammography alone (5 versus 10 ...)"
        else:
            ordered = [main[0], main[1]] if not ordered or ordered[0] == main[0] else [ordered[0], main[0]]
    if len(unassigned) >= 2 and not all(_joined(s, a, b, base) for a, b in zip(unassigned, unassigned[1:])):
        unassigned = []  # "238 [76.3%] female ... 281 (90.1%) completed": shares of everyone, not of two groups
    if unassigned and len(ordered) >= 2:
        # pairs in order: the figures that follow each other take the arms in the order the sentence names them
        for index, fact in enumerate(unassigned):
            result[id(fact)] = ordered[index % len(ordered)] if len(unassigned) % len(ordered) == 0 else None
            if result[id(fact)] is None:
                del result[id(fact)]
    for fact in series:
        if fact.arm_text == "__from__" and len(ordered) >= 2:
            result[id(fact)] = ordered[-1]
        elif fact.arm_text == "__to__" and ordered:
            result[id(fact)] = ordered[0]
    return result
