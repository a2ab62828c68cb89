"""Clause forms that name a figure's arm or outcome by their place in the sentence: an outcome heading before a colon
("Binge drinking at four months: ... SMD -0.06"), an arm's code right before the estimate's label ("IFF SMD -0.21"),
and the comparator first ("Compared to placebo, azithromycin caused more nausea (OR ...)")."""

from __future__ import annotations

import re

from laylint.draft import names as N
from laylint.draft.result_arms import _MEASURED
from laylint.draft.mentions import _expand, _is_generic, mentions
from laylint.draft.model import Fact
from laylint.draft.outcome_phrases import tidy_outcome
from laylint.draft.subjects import _NP, _OPENER, _PEOPLE_ONLY, _RATE_OF, _before
from laylint.draft.verb_object import _EVIDENCE


# "Binge drinking at four or more months: results pooled across delivery modes: SMD -0.06, ...": a heading in the sentence
_INLINE_HEADING = re.compile(r"^(?P<o>[A-Z][^:;.()]{2,80}?)(?:\s*\([A-Za-z0-9]{2,10}\))?(?:\s+(?:at|after|over|during)\s+[^:;.()]{1,40})?:\s")


def inline_headings(facts: list[Fact], arms, abbr) -> None:
    """A sentence that opens with an outcome and a colon names the outcome of its figures, when what they read
    shares no word with it."""
    for fact in facts:
        if fact.role != "effect":
            continue
        s = fact.sentence.text
        found = _INLINE_HEADING.match(s)
        if not found or found.end() > fact.start - fact.sentence.start or mentions(found["o"], arms, abbr):
            continue
        outcome = tidy_outcome(found["o"])
        if not outcome or re.match(r"(?:primary|secondary|main|other|key)\s+(?:\w+\s+)?(?:outcomes?|end\s*points?)|results?\b",
                                   outcome, re.I):
            continue  # "Primary outcome: there was no difference in pain response (RR ...": the clause names it
        current = fact.outcome
        if current and (N.content_words(current) & N.content_words(outcome) or not (
                mentions(current, arms, abbr) or re.search(r"\b(?:results?|pooled|across|data)\b", current, re.I)
                or re.fullmatch(r"[A-Z]{2,5}", current))):
            continue  # only a missing outcome, an arm's name ("IFF") or a label ("results pooled ...") gives way
        fact.outcome = outcome


# codes of what is measured, not of an arm ("Lung function: FEV1 MD 0.12")
_OUTCOME_CODES = {"BMI", "LDL", "HDL", "QOL", "HRQOL", "HRQOL", "PFS", "OS", "DFS", "EFS", "BP", "SBP", "DBP", "VAS", "EDSS", "PASI",
                  "HADS", "BDI", "PHQ", "MMSE", "ADAS", "NIHSS", "LOS", "ICU", "AE", "AES", "SAE", "SAES", "PPP", "BAC", "ACR"}
_LABELS = {"RR", "OR", "HR", "MD", "SMD", "WMD", "RD", "ARR", "CI", "NNT", "NNTB", "NNTH", "AUC", "IRR", "RRR", "GRADE"}
# "Drinking frequency: WF SMD -0.11, ...; IFF SMD -0.21, ...": the code of the arm right before the estimate's label
_LABEL = r"(?:SMD|MD|WMD|RR|OR|HR|RD|(?:standardi[sz]ed\s+)?mean\s+difference|(?:risk|odds|hazard)\s+ratio)"
_CODE_BEFORE = re.compile(r"(?:^|[:;]\s*)(?P<x>(?-i:[A-Z][A-Z0-9-]{1,5}))\s+(?P<label>" + _LABEL + r"(?:\s*\((?:[A-Z]{2,4}\))?)?\s*)?$",
                          re.I)


def coded_arms(facts: list[Fact], arms, abbr) -> None:
    """An effect with no arm whose label follows an arm's code after a colon or semicolon is that arm's."""
    for fact in facts:
        if fact.role != "effect" or fact.drug:
            continue
        at = fact.start - fact.sentence.start
        found = _CODE_BEFORE.search(fact.sentence.text[:at])
        long_form = abbr.get(found["x"], "") if found else ""
        if not found or found["x"] in _LABELS | _OUTCOME_CODES or re.search(r"\d", found["x"]) or _MEASURED.search(long_form) \
                or not (found["label"] or re.match(_LABEL + r"\b", fact.sentence.text[at:], re.I)):
            continue
        named = arms.find(_expand(found["x"], abbr)) or arms.add(found["x"], "a results sentence", abbr)
        if named and not mentions(fact.outcome or "", arms, abbr):
            fact.drug = named
            fact.uncertain = [u for u in fact.uncertain if u != "no arm could be read for this figure"]


# "Compared to placebo, azithromycin caused more nausea (OR ...": the comparator first, then the arm and what it changed
_COMPARED_FIRST = re.compile(
    _OPENER + r"(?:when\s+)?(?:compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|relative\s+to|versus)\s+(?:the\s+)?(?P<b>" + _NP + r"),\s+"
    r"(?!(?:an?|the|this|these|that|those|it|they|there|which|who|we)\b)(?P<a>" + _NP + r")\s+"
    r"(?:(?:may|might|probably|possibly|also|likely|does|do|did|can|could|not)\s+)*"
    r"(?:caused|causes|cause|had|has|have|resulted\s+in|results\s+in|led\s+to|leads\s+to|reduced|reduces|reduce|increased|increases|"
    r"increase|improved|improves|improve|lowered|lowers|lower|showed|shows|produced|produces|made)\s+"
    r"(?:(?:an?|the|little\s+or\s+no|no|slightly|much)\s+)?(?:(?:more|fewer|less|higher|lower|greater|smaller|better|worse|"
    r"(?:reductions?|increases?|improvements?|decreases?|differences?)\s+in)\s+)?(?:the\s+)?" + _RATE_OF
    + r"(?P<o>[A-Za-z][\w/'-]*(?:\s+[\w/'-]+){0,6}?)\s*$", re.I)


def compared_first(facts: list[Fact], arms, abbr) -> None:
    """"Compared to placebo, azithromycin caused more nausea (OR ...)": azithromycin against placebo, for nausea. The
    clause names both arms, so it wins over an arm read from an earlier sentence."""
    for fact in facts:
        if fact.role != "effect":
            continue
        before = re.split(r";\s+|:\s+", _before(fact))[-1].strip()
        found = _COMPARED_FIRST.match(before)
        if not found:
            continue
        side, other = found["a"], found["b"]
        if re.search(r"\b(?:may|might|probably|possibly|likely|does|do|did|can|could|not)\b", side, re.I):
            continue  # ("intravenous iron likely does not increase ...": the clause is not read whole)
        if any(N._NOT_ARM.search(x) or re.match(_PEOPLE_ONLY, x) or _EVIDENCE.search(x) for x in (side, other)) or _is_generic(side):
            continue  # (the comparator may be generic: "Compared to placebo, ...")
        first, second = named_pair(side, other, arms, abbr)
        if not first:
            continue
        fact.drug, fact.comparator = first, second
        outcome = tidy_outcome(found["o"])
        if outcome and (not fact.outcome or N.content_words(first) & N.content_words(fact.outcome)):
            fact.outcome = outcome
        fact.uncertain = [u for u in fact.uncertain if not u.startswith("the sentence names no outcome")
                          and u != "no arm could be read for this figure"]


def named_pair(side: str, other: str, arms, abbr) -> tuple[str | None, str | None]:
    """The arms a clause names as X against Y, found or added to the inventory; (None, None) when they are not two
    distinct arms or the first is a measured thing."""
    from laylint.draft.arm_pairs import add_pair
    first = arms.find(_expand(side, abbr))
    second = arms.find(_expand(other, abbr))
    if not (first and second):
        added_first, added_second = add_pair(arms, side, other, "a results sentence", abbr)
        first, second = first or added_first, second or added_second
    if not first or not second or first == second or _MEASURED.search(first):
        return None, None
    return first, second
