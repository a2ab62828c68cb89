"""A result clause with a verb and its object: "A was found to reduce X by 30 minutes in comparison with B (MD ...)",
"Use of A reduced X overall by 71% (...)" and "the risk of X in participants treated with A compared with B (RR ...)":
A is the arm, B the comparator, X the outcome."""

from __future__ import annotations

import re

from laylint.draft import names as N
from laylint.draft.result_arms import _MEASURED
from laylint.draft.mentions import _expand, _is_generic
from laylint.draft.model import Fact
from laylint.draft.outcome_phrases import tidy_outcome
from laylint.draft.subjects import _NO_ARM, _NP, _OPENER, _before


_PEOPLE = r"(?:participants|patients|people|persons|women|men|children|adults|infants|neonates|babies|smokers)"
_CONTRAST = r"(?:\s+(?:compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|versus|vs\.?|relative\s+to)\s+(?:the\s+)?(?:use\s+of\s+)?(?P<b>" + _NP + r"))?"
# "the risk of non-serious adverse events reported in participants treated with oxandrolone compared with placebo (RR ..."
_RISK_IN_PEOPLE = re.compile(r"\b(?:risk|rate|incidence|odds|number|proportion|likelihood|occurrence)\s+of\s+(?P<o>[A-Za-z][\w/'-]*"
                             r"(?:\s+(?!reported\b|seen\b|observed\b|in\b|among\b)[\w/'-]+){0,6}?)\s+(?:(?:reported|seen|observed)\s+)?"
                             r"(?:in|among)\s+(?:the\s+)?" + _PEOPLE + r"\s+(?:treated\s+with|receiving|given|taking|who\s+(?:received|took))\s+"
                             r"(?P<a>" + _NP + r")" + _CONTRAST + r"\s*$", re.I)
# "Active warming was found to reduce the mean time taken to achieve normothermia by about 30 minutes in comparison with
# use of warmed cotton blankets (MD ...": the subject is the arm, the object the outcome
_VERB_OBJECT = re.compile(_OPENER + r"(?!(?:an?|the|this|these|that|those|it|they|there|which|who|we)\b)(?P<a>" + _NP + r")\s+(?:(?:was|were)\s+(?:found|shown)\s+to\s+|(?:may|might|probably|can)\s+)?"
                          r"(?:reduce|reduced|reduces|increase|increased|increases|improve|improved|improves|lower|lowered|lowers|"
                          r"shorten|shortened|shortens|decrease|decreased|decreases"
                          # "Cardiac rehabilitation led to a reduction in hospital admissions (RR ..."
                          r"|(?:showed|shows|produced|produces|resulted\s+in|results\s+in|led\s+to|leads\s+to)\s+(?:an?\s+)?"
                          r"(?:(?:statistically\s+)?(?:significant|small|large|moderate|modest|clear|slight|important)\s+)*"
                          r"(?:reductions?|decreases?|increases?|improvements?)\s+in)\s+(?:the\s+)?(?:(?:mean|average|overall)\s+)?"
                          r"(?P<o>[A-Za-z][\w/'-]*(?:\s+(?!by\b|in\b|compared\b|versus\b|vs\b|relative\b)[\w/'-]+){0,6}?)"
                          # "by about 30 minutes", "by almost an hour and a half" (not "by 0.15 mmol/L and LDL by", "by nausea")
                          r"(?:\s+by\s+(?:(?:about|around|almost|nearly|approximately|over|more\s+than|less\s+than)\s+)?"
                          r"(?:\d[\d.,]*(?:\s*%|\b)|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|half)\b)"  # "by 71%"
                          r"(?:\s+(?!and\b)[^\s,;()]+|\s+and\s+a\s+half){0,4}?)?" + _CONTRAST + r"\s*$", re.I)


# the evidence as a clause's subject, not an arm: "Pooled data from five trials showed a decrease in ...", "Meta-analysis showed ..."
_EVIDENCE = re.compile(r"\b(?:data|meta-analys[ie]s|analys[ie]s|results?|evidence|findings|trials?|stud(?:y|ies)|RCTs?|review|pooling|"
                       r"synthesis)\b", re.I)


_EVIDENCE_THAT = re.compile(r"^(?:there\s+(?:was|is|were)\s+)?(?:no|some|little|limited|insufficient)?\s*(?:[\w-]+\s+){0,2}?"
                            r"evidence\s+that\s+", re.I)


_GIVING_OF = re.compile(r"^(?:the\s+)?(?:use|administration|provision|addition|application)\s+of\s+(?:an?\s+|the\s+)?", re.I)


def object_outcomes(facts: list[Fact], arms, abbr) -> None:
    """The arm and outcome of "the risk of X in participants treated with A compared with B" and of "A was found to
    reduce X by 30 minutes in comparison with B": X is the outcome, A the arm (when the figure has none, or has B)."""
    for fact in facts:
        if fact.role != "effect":
            continue
        before = _before(fact)
        before = re.split(r";\s+|:\s+", before)[-1].strip()
        before = _EVIDENCE_THAT.sub("", before)  # "There was no evidence that probiotics reduce the rate of diarrhoea (RR ..."
        found = _RISK_IN_PEOPLE.search(before) or _VERB_OBJECT.match(before)
        # "Use of Doppler ultrasound increased ...": the arm is what was used ("antibiotic use" stays a measure)
        subject = _GIVING_OF.sub("", found["a"]) if found else ""
        if not found or N._NOT_ARM.search(subject) or _is_generic(subject) or _MEASURED.search(subject) \
                or _NO_ARM.search(subject) or re.match(r"[A-Za-z]+ing\b", subject) or _EVIDENCE.search(subject):
            continue  # ("Adding resistance exercise may reduce ...": an act, the subheading names the arm)
        outcome = tidy_outcome(found["o"])
        if not outcome:
            continue
        known = arms.find(_expand(subject, abbr))
        if fact.drug and not known and fact.sentence.heading:
            continue  # a subheading's arm stays unless the clause names another known arm
        drug = known or arms.add(subject, "a results sentence", abbr)
        if not drug:
            continue
        comparator = (arms.find(_expand(found["b"], abbr)) or arms.add(found["b"], "a results sentence", abbr)) if found["b"] else None
        # (the clause's own subject or treated group: it wins over an arm carried from an earlier sentence)
        fact.drug = drug
        if comparator and comparator != drug:
            fact.comparator = comparator
        elif fact.comparator == drug:
            fact.comparator = None
        if not (fact.outcome and N.content_words(outcome) <= N.content_words(fact.outcome)):
            fact.outcome = outcome
        fact.uncertain = [u for u in fact.uncertain if not u.startswith("the sentence names no outcome")
                          and u != "no arm could be read for this figure"]
