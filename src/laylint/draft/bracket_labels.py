"""A label inside an estimate's bracket that names one of the arms its sentence listed: "Supplementation of
antioxidants, iron or medroxyprogesterone might not reduce the risk of AMS (antioxidants: RR 0.58, ...; iron:
RR 0.65, ...)", or a form of a known arm ("(lidocaine admixture OR 0.19, ...; lidocaine pretreatment OR 0.13, ...)").
The label is the arm and the sentence's clause names the outcome; a label that is part of that
outcome ("reduced nausea and vomiting (nausea: OR ...") or that the sentence does not name stays the outcome."""

from __future__ import annotations

import re

from laylint.draft import names as N
from laylint.draft.mentions import _expand, _is_generic
from laylint.draft.model import Fact
from laylint.draft.outcome_phrases import _depth, outcome_from, tidy_outcome

# the label right before the estimate: "(antioxidants: RR", "; Iron: RR", ". R crenulata: RR" inside the bracket
_LABEL_BEFORE = re.compile(r"(?:^|[(;.]\s*)(?P<x>[A-Za-z][\w'/+ -]{1,50}?)\s*(?P<colon>:)?\s*(?:(?:pooled|adjusted)\s+)?$", re.I)
_MEASURE_LABEL = re.compile(r"\b(?:RR|OR|HR|MD|SMD|RD|CI|risk|odds|hazard|mean|difference|ratio|overall|total|all|pooled|"
                            r"subgroup|sensitivity|analysis|trials?|stud(?:y|ies)|participants|evidence|data)\b", re.I)


def labelled_arms(facts: list[Fact], arms, abbr) -> None:
    for fact in facts:
        if fact.role != "effect":
            continue
        s, at = fact.sentence.text, fact.start - fact.sentence.start
        if _depth(s, at) < 1:
            continue
        opening = _bracket_opening(s, at)
        label = _LABEL_BEFORE.search(s[opening + 1:at]) if opening is not None else None
        if label is None or _MEASURE_LABEL.search(label["x"]) or N._NOT_ARM.search(label["x"]) or _is_generic(label["x"]):
            continue
        head = s[:opening]
        written = [label["x"], _expand(label["x"], abbr)]
        if not label["colon"]:  # "(lidocaine pretreatment OR 0.13, ...)": a form of a known arm, right before the label
            words = N.content_words(_expand(label["x"], abbr))
            if len(label["x"].split()) > 4 or not any(N.content_words(n) and N.content_words(n) <= words for n in arms.names):
                continue
        elif not any(re.search(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", head, re.I) for w in written):
            continue  # a label the sentence does not name before its bracket: an outcome's ("nausea: OR ...")
        outcome = outcome_from(head, [])
        if not outcome or any(N.content_words(w) <= N.content_words(outcome) for w in written if N.content_words(w)):
            continue  # the label is (part of) what the clause measured
        named = arms.find(_expand(label["x"], abbr))
        if named and N.content_words(named) < N.content_words(_expand(label["x"], abbr)):
            named = _specific_arm(arms, _expand(label["x"], abbr))  # "lidocaine pretreatment" is not all of "lidocaine"
        named = named or arms.add(label["x"], "a results sentence", abbr)
        if not named:
            continue
        fact.drug, fact.comparator = named, (fact.comparator if fact.comparator != named else None)
        if fact.outcome is None or N.key(fact.outcome) in {N.key(w) for w in written} | {N.key(named)}:
            fact.outcome = tidy_outcome(outcome) or outcome
        fact.uncertain = [u for u in fact.uncertain if u != "no arm could be read for this figure"]


def _bracket_opening(s: str, at: int) -> int | None:
    """Where the bracket the figure sits in opens."""
    depth = 0
    for i in range(at - 1, -1, -1):
        if s[i] in ")]":
            depth += 1
        elif s[i] in "([":
            if depth == 0:
                return i
            depth -= 1
    return None


def _specific_arm(arms: N.Arms, phrase: str) -> str:
    """A form of a known arm as an arm of its own (the inventory would merge it into the known one)."""
    name = N.canonical(N.clean(phrase))
    known = next((n for n in arms.names if N.key(n) == N.key(name)), None)
    if known:
        return known
    arms.names.append(name)
    arms.aliases[name] = set()
    arms.sources[name] = "a results sentence"
    return name
