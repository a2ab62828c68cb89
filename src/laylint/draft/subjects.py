"""A result clause's subject: the outcome of a passive clause, the arm of an "associated with" clause.

    "The risk of uterine hyperstimulation is increased (4.8% versus 1.0%, RR 3.16, ...)"  -> outcome: the subject
    "The caesarean section rate is probably reduced by about 10% (13.5% versus 14.8%, ...)" -> outcome: the subject
    "D2 lymphadenectomy was associated with a better DSS compared to D1 lymphadenectomy (HR ...)"
        -> drug: the subject, comparator: after "compared to", outcome: the object

Both read only a clause that runs from its start (the sentence's, or after a semicolon) straight to the figure's
bracket, so a clause that names more than these words is left to the general readers."""

from __future__ import annotations

import re

from laylint.draft import names as N
from laylint.draft.arm_inventory import _MEASURED
from laylint.draft.mentions import _expand, _is_generic, mentions
from laylint.draft.model import Fact
from laylint.draft.outcome_phrases import tidy_outcome

_OPENER = r"^(?:(?:however|overall|similarly|in\s+contrast|in\s+addition|moreover|furthermore|conversely|by\s+contrast|also),\s+)?"
_RATE_OF = r"(?:(?:risk|rate|rates|incidence|odds|likelihood|chance|number|frequency|occurrence|prevalence)\s+of\s+)?"
_ADVERBS = r"(?:(?:probably|likely|possibly|slightly|significantly|statistically|also|clearly|markedly|substantially|considerably|much)\s+)*"
_PASSIVE = re.compile(_OPENER + r"(?:the\s+)?" + _RATE_OF + r"(?P<o>[A-Za-z][\w/'-]*(?:\s+[\w/'-]+){0,7}?)"
                      r"(?:\s+(?:rates?|risks?|incidence))?\s+(?:is|are|was|were)\s+" + _ADVERBS +
                      r"(?:increased|reduced|decreased|lowered|raised|lower|higher|improved|shorter|longer|greater|smaller)"
                      r"(?:\s+by\s+(?:about\s+|around\s+|approximately\s+|almost\s+|nearly\s+|over\s+)?(?:\d+(?:\.\d+)?\s*%)?)?\s*$", re.I)
_DIRECTION = (r"(?:(?:(?:statistically\s+)?(?:significant(?:ly)?|small|large|clear|modest|slight|important)\s+)*"
              r"(?:(?:better|worse|higher|lower|greater|smaller|improved|reduced|increased|decreased|fewer|more|less)\s+"
              r"|(?:reductions?|increases?|decreases?|improvements?|rises?|falls?)\s+in\s+))")
_ASSOCIATED = re.compile(_OPENER + r"(?:the\s+)?(?P<x>[A-Za-z][\w/+'-]*(?:\s+[\w/+'-]+){0,4}?)\s+(?:was|were|is|are)\s+"
                         r"(?:also\s+)?associated\s+with\s+(?:an?\s+|the\s+)?" + _DIRECTION + r"(?:the\s+)?" + _RATE_OF +
                         r"(?P<o>[A-Za-z][\w/'-]*(?:\s+(?!compared\b|versus\b|vs\b|than\b)[\w/'-]+){0,7}?)"
                         r"(?:\s+(?:compared\s+(?:with|to)|versus|vs\.?|than)\s+(?:with\s+)?(?:the\s+)?"
                         r"(?P<y>[A-Za-z][\w/+'-]*(?:\s+[\w/+'-]+){0,4}?))?\s*$", re.I)
_DIRECTED = re.compile(r"^(?:fewer|more|less|lower|higher|better|worse|greater|smaller)\s", re.I)
# "Higher blood pressure", "Lower birthweight", "Adherence": what was measured, not what was given
_NO_ARM = re.compile(r"^(?:higher|lower|greater|more|less|increased|decreased|better|worse|poor|good|longer|shorter)\b|"
                     r"\b(?:adherence|compliance|age|birthweight|weight|pressure|level|levels|status|score|scores|"
                     r"index|exposure|use)$", re.I)


def _clause_before(fact: Fact) -> str | None:
    """The figure's clause up to its bracket: from the sentence start or the last semicolon, without the open
    bracket the figure sits in. None when that bracket labels its figures ("(overall: OR 1.29 ...; nausea: OR ...")."""
    s, at = fact.sentence.text, fact.start - fact.sentence.start
    before = s[:at]
    while re.search(r"\([^()]*\)", before):  # "(RR)", "(SMD -0.46 ...)" of an earlier figure, "(UCDAI)"
        before = re.sub(r"\s*\([^()]*\)", "", before)
    inner = re.search(r"[(\[][^()\[\]]*$", before)
    if inner and re.search(r"[:;]", inner.group()):
        return None
    before = before[:inner.start()] if inner else before
    return re.split(r";\s+|:\s+", before)[-1].strip()


def passive_outcomes(facts: list[Fact], arms, abbr) -> None:
    """"The risk of X is increased (...)": X is the outcome, unless the outcome read already shares its words."""
    for fact in facts:
        if fact.role not in ("effect", "arm", "background") or fact.stated_outcome:
            continue
        found = _PASSIVE.match(_clause_before(fact) or "")
        if not found or mentions(found["o"], arms, abbr) or _is_generic(found["o"]):
            continue
        outcome = tidy_outcome(found["o"])
        if not outcome or N._NOT_ARM.fullmatch(outcome) or re.fullmatch(r"(?:it|this|that|these|they|there|evidence)", outcome, re.I):
            continue
        if fact.outcome and N.content_words(outcome) <= N.content_words(fact.outcome):
            continue  # the outcome read already holds the subject's words
        fact.outcome = outcome
        fact.uncertain = [u for u in fact.uncertain if not u.startswith("the sentence names no outcome")]


def associated_arms(facts: list[Fact], arms, abbr) -> None:
    """"X was associated with a reduction in Y compared with Z (...)": X and Z are the arms, Y the outcome."""
    for fact in facts:
        if fact.role != "effect":
            continue
        found = _ASSOCIATED.match(_clause_before(fact) or "")
        if not found:
            continue
        subject = found["x"]
        if _NO_ARM.search(subject) or _MEASURED.search(subject) or N._NOT_ARM.search(subject):
            continue
        outcome = tidy_outcome(re.sub(r"\s+(?:rates?|risks?)$", "", found["o"]))
        # ("with fewer suicides than placebo" may have been read as an arm "fewer suicides" before: it is no arm)
        if not outcome or any(not _DIRECTED.match(n) for _, _, n in mentions(outcome, arms, abbr)):
            continue
        drug = arms.find(_expand(subject, abbr)) or arms.add(subject, "a results sentence", abbr)
        if not drug:
            continue
        comparator = None
        if found["y"]:
            comparator = arms.find(_expand(found["y"], abbr)) or arms.add(found["y"], "a results sentence", abbr)
            if comparator == drug:
                continue
        fact.drug, fact.comparator, fact.outcome = drug, comparator, outcome
        fact.uncertain = [u for u in fact.uncertain if not u.startswith("the sentence names no outcome")]
