"""The arms a results sentence names ("Two trials compared X with Y", "in the X group"), or what was measured instead."""

from __future__ import annotations

import re

from laylint.draft import names as N
from laylint.draft.mentions import _is_generic
from laylint.draft.sections import Layout


_ARM_WORDS = r"[\w/+-]+(?:\s+(?!for\b|in\b|among\b|on\b|at\b|with\b|to\b|versus\b)[\w/+-]+){0,5}?"
# "Nine studies compared biologics to placebo", "Eight trials compared an ORT-based algorithm to a non-ORT control group"
_STUDIES_COMPARED = re.compile(r"\b(?:studies|trials|RCTs|studies\s+\([^()]*\)|trials\s+\([^()]*\))\s+compared\s+(?:the\s+|an?\s+)?"
                               r"(?P<a>" + _ARM_WORDS + r")\s+(?:with|to|versus|vs\.?|against)\s+(?:the\s+|an?\s+)?"
                               r"(?P<b>" + _ARM_WORDS + r")(?=\s+(?:for|in|among|on|at)\b|\s*[,;.(]|\s*$|"
                               r"\s+and\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|the\s+other|another)\s)", re.I)
# ("... compared X to Y and two trials (90 participants) compared ...": the next clause starts after "and")


_BETWEEN_GROUPS = re.compile(r"\bbetween\s+(?:the\s+)?(?P<a>[A-Za-z][\w/+-]*(?:\s+[\w/+-]+){0,3}?)\s+and\s+(?:the\s+)?"
                             r"(?P<b>[A-Za-z][\w/+-]*(?:\s+[\w/+-]+){0,3}?)\s+groups\b", re.I)
_LISTED = re.compile(r"\b(?:evaluated|assessed|examined|investigated|included|compared)\s+the\s+following\s+(?:interventions|treatments|"
                     r"drugs|medications|therapies|index\s+tests|tests)\s*:\s*(?P<list>[^.;:]+)", re.I)


# ("in the L. reuteri group": a species abbreviated to its initial opens the name)
_X = r"(?P<{}>(?!the\b|a\b|an\b|this\b|that\b|each\b|both\b)(?:\d+(?:\.\d+)?%\s+(?=[a-z]))?(?:[A-Z]\.\s+(?=[a-z]{{3}}))?[A-Za-z][\w/+-]*(?:\s+(?!than\b|and\b|or\b|versus\b|vs\b|group\b|in\b|at\b|for\b|when\b|where\b|while\b|if\b|who\b|which\b|between\b)(?:\d+(?:\.\d+)?%|[\w/+-]+)){{0,3}}?)"
_END = r"(?=\s*(?:[(,;.]|\bthan\b|\bcompared\b|\bversus\b|\bvs\b|\bgroups?\b|\barms?\b|\bmay\b|\bprobably\b|\band\b|\bat\b|\bin\b|$))"
# "children taking X relative to children taking placebo", "smokers receiving X had higher quit rates", "women taking
# placebo experience side effects": the verb or "relative to" ends the arm too (only after a people word and a taking verb, below)
_END_TAKING = (r"(?=\s*(?:[(,;.]|\bthan\b|\bcompared\b|\bversus\b|\bvs\b|\bgroups?\b|\barms?\b|\bmay\b|\bprobably\b|\band\b|\bat\b|"
               r"\bin\b|\brelative\s+to\b|\b(?:had|have|were|was|showed|experiences?|experienced|seen|will|would|did|do|does|reported|"
               r"developed|needed|required)\b|$))")
_RESULT_ARMS = (
    re.compile(r"\bwith\s+" + _X.format("a") + r"\s+(?:than|compared\s+(?:with|to)|versus|vs\.?)\s+(?:with\s+)?(?!\d)" + _X.format("b") + _END, re.I),
    re.compile(r"\b(?:in|among|of)\s+the\s+" + _X.format("a") + r"\s+(?:group|arm)s?\b", re.I),
    re.compile(r"\b(?:patients|people|participants|women|men|children|adolescents|adults|infants|smokers|those|users)\s+"
               r"(?:treated\s+with|receiving|given|taking|allocated\s+to|assigned\s+to)\s+" + _X.format("a") + _END_TAKING, re.I),
    re.compile(r"^(?:compared\s+(?:with|to)|versus)\s+" + _X.format("b") + r",\s+" + _X.format("a")
               + r"\s+(?:may|might|probably|likely|could|reduced?|reduces|increased?|increases|improved?|improves|lowered|lowers)\b", re.I),
    re.compile(r"\b(?:less|more)\s+(?:frequent|common|often|likely)\s+(?:with|in|among)\s+" + _X.format("a") + _END, re.I),
    # "if they receive antibiotics instead of placebo: clinical diagnosis (OR ...", "used varenicline instead of patches"
    re.compile(r"\b(?:receives?|received|receiving|given|uses?|used|using|takes?|took|taking)\s+" + _X.format("a")
               + r"\s+instead\s+of\s+" + _X.format("b") + r"(?=\s*[:(,;.]|\s+(?:or|and)\s|$)", re.I),
)
_TAKING = (r"\b(?:patients|people|participants|women|men|children|adolescents|adults|infants|smokers|those|users)\s+"
           r"(?:treated\s+with|receiving|given|taking|allocated\s+to|assigned\s+to|randomi[sz]ed\s+to)\s+")
_TAKING_PAIR = re.compile(_TAKING + _X.format("a") + r"\s+(?:relative\s+to|compared\s+(?:with|to)|versus|vs\.?)\s+(?:" + _TAKING
                          + r")?" + _X.format("b") + _END_TAKING, re.I)
# a measure or a clause, not an arm: "The additional proportion who benefited over control was not large"
_A_MEASURE = re.compile(r"\b(?:who|whom|whose|proportion|percentage|number|numbers|rate|rates|risk|odds|likelihood|chance)\b", re.I)
_GROUP_ONLY = {"control", "intervention", "treatment", "study", "active", "comparison", "experimental", "placebo", "usual care"}


# "The CBT + risperidone versus CBT + placebo comparison identified no clear difference (RR ...": the pair as the subject
_COMPARISON_SUBJECT = re.compile(r"^(?:in\s+[^,]{1,80},\s+)?the\s+(?P<a>[\w/+-]+(?:\s+[\w/+-]+){0,4}?)\s+" + N.COMPARE
                                 + r"\s+(?P<b>[\w/+-]+(?:\s+[\w/+-]+){0,4}?)\s+comparisons?\s+(?:identified|showed|found|suggested|"
                                 r"revealed|indicated|may|might|probably|had|did|was|were)\b", re.I)
# "Four studies enrolled children with dengue-related shock and evaluated intravenous corticosteroids", "Two RCTs with
# similar methods evaluated use of aripiprazole for eight weeks": what the studies gave (not what they measured)
_EVALUATED = re.compile(r"\b(?:studies|trials|RCTs|study|trial|RCT)\b[^.;]{0,160}?\b(?:evaluated|investigated|tested|studied|"
                        r"examined)\s+(?:the\s+)?(?:(?:use|effects?|efficacy|effectiveness)\s+of\s+)?(?P<x>[A-Za-z][\w/+-]*"
                        r"(?:\s+(?!for\b|in\b|among\b|on\b|at\b|with\b|to\b|versus\b|compared\b|and\b|as\b)[\w/+-]+){0,4}?)"
                        r"(?=\s+(?:for|in|among|on|at|with|to|versus|compared|and|as)\b|\s*[,;.(]|\s*$)", re.I)
# "Doses of marine-derived n-3 PUFAs ranged from ...", "The dosage of oral iron varied": the treatment given
_DOSES_OF = re.compile(r"\b(?:doses?|dosages?|dosing)\s+of\s+(?:the\s+)?(?P<x>[A-Za-z][\w/+-]*(?:\s+(?!ranged\b|varied\b|were\b|was\b|"
                       r"used\b|in\b|for\b|from\b|between\b|and\b|differed\b)[\w/+-]+){0,4}?)(?=\s+(?:ranged|varied|were|was|used|in|"
                       r"for|from|between|differed)\b|\s*[,;.(])", re.I)
_VERSUS_AFTER = re.compile(r"\s+" + N.COMPARE + r"\s+(?:the\s+|an?\s+)?(?P<y>[A-Za-z][\w/+-]*(?:\s+(?!for\b|in\b|among\b|on\b|at\b|"
                           r"with\b|to\b|and\b|as\b)[\w/+-]+){0,4}?)(?=\s+(?:for|in|among|on|at|with|to|and|as)\b|\s*[,;.(]|\s*$)", re.I)
# what a study measures, not what it gives: "Three trials evaluated pain at six weeks"
_MEASURED = re.compile(r"(?<![\w-])(?:pain|mortality|death|deaths|quality|outcomes?|scores?|function|symptoms?|events?|risks?|bias|adverse|"
                       r"safety|efficacy|harms?|effects?|rates?|incidence|levels?|response|survival|recurrence|costs?|"
                       r"accuracy|adherence|satisfaction|knowledge|use|length|duration|time)(?![\w-])", re.I)  # ("low-level laser" is no level)


def _evaluated_arms(lay: Layout, arms: N.Arms, abbr: dict, add_pair) -> None:
    for sentence in lay.sentences:
        if sentence.section not in ("results", "unstructured"):
            continue
        for found in [*_EVALUATED.finditer(sentence.text), *_DOSES_OF.finditer(sentence.text)]:
            x = found["x"]
            if N._NOT_ARM.search(x) or _is_generic(x) or _MEASURED.search(x):
                continue
            versus = _VERSUS_AFTER.match(sentence.text, found.end()) if found.re is _EVALUATED else None
            if versus and not N._NOT_ARM.search(versus["y"]) and not _MEASURED.search(versus["y"]):
                add_pair(x, versus["y"], "a results sentence")  # "investigated the effectiveness of X compared to Y on ..."
            else:
                arms.add(x, "a results sentence", abbr)
