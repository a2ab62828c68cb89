"""Sentence forms that name a figure's arms in the words before it: "when comparing X with Y", "X was more effective
than Y", "in favour of X", "X may reduce ...", "when X was compared with Y". Read by per_sentence."""

from __future__ import annotations

import re

from laylint.draft import names as N


# "... no difference in BCVA when comparing face-up with face-down positioning (MD ...)": the clause right before the
# estimate names its arms
_COMPARING = re.compile(r"\bwhen\s+comparing\s+(?:the\s+)?(?P<a>[\w/+-]+(?:\s+[\w/+-]+){0,3}?)\s+(?:with|to|versus|vs\.?|and)\s+"
                        r"(?:(?:the|a|an)\s+)?(?P<b>[\w/+-]+(?:\s+[\w/+-]+){0,3}?)(?:\s+(?:with\s+or\s+without|at|in|on|for|after)\b[^,;]*)?\s*$", re.I)
# "no differences ... in any psychosocial intervention group compared to control (Retention: RR ...": the group named
_IN_ANY_GROUP = re.compile(r"\b(?:in|for)\s+(?:the|any|each|all)\s+(?P<x>[A-Za-z][\w/+-]*(?:\s+[\w/+-]+){0,3}?)\s+groups?\s+"
                           r"(?:compared\s+(?:with|to)|versus|vs\.?)\s+(?:the\s+)?[\w/+-]+(?:\s+[\w/+-]+){0,3}\s*$", re.I)
# "Similarly, use of prednisone (two studies, 212 participants, risk ratio 1.13 ...) compared with aspirin": the arm
# right before the estimate's bracket
_USE_OF_BRACKET = re.compile(r"\b(?:use|administration)\s+of\s+(?P<x>[A-Za-z][\w/+-]*(?:\s+[\w/+-]+){0,3}?)\s*(?:\([^()]*)?$", re.I)
# "rates of relapse were lower for social skills compared to standard care (...": the arm the comparison favours
_LOWER_FOR = re.compile(r"\b(?:lower|higher|greater|fewer|more|less|better|worse|improved|reduced|increased|shorter|longer)\s+"
                        r"(?:for|in|with|among)\s+(?:the\s+)?(?P<a>[A-Za-z][\w/+-]*(?:\s+[\w/+-]+){0,3}?)\s+(?:groups?\s+)?"
                        r"(?:compared\s+(?:with|to)|versus|vs\.?|than(?:\s+(?:with|in|for))?)\s", re.I)
# "and participants' mental state results (1 RCT ...)": a measure of the people, not a further comparator
_PEOPLES_MEASURE = re.compile(r"^(?:participants|patients|people|children|women|men|infants|adults)(?:['’]s?)?\s|"
                              r"\b(?:results?|scores?|outcomes?|measures?)$", re.I)
# "The review found moderate-quality evidence that X is better than Y", "Trials showed that X was superior to Y": the
# comparison is the clause after what the evidence says
_EVIDENCE_THAT = (r"(?:(?:[^.;:()]*?\b(?:evidence|found|find|showed|shows?|suggest(?:s|ed)?|indicat(?:es|ed)|"
                  r"demonstrat(?:es|ed)|concluded)\s+that\s+))?")
# "Physical activity was significantly more effective than the control at the end of ... (SMD ...", "CZP (100 mg ...)
# was shown to be superior to placebo for ...": subject and comparator
_MORE_EFFECTIVE = re.compile(r"^\s*(?:(?:overall|however|similarly|in\s+addition),\s+)?" + _EVIDENCE_THAT + r"(?:the\s+)?"
                             r"(?P<a>[A-Za-z][\w/+-]*(?:\s+(?!was\b|were\b|"
                             r"is\b|are\b)[\w/+-]+){0,4}?)(?:\s*\([^()]*\))?\s+(?:was|were|is|are)\s+(?:(?:not|\w+ly)\s+){0,3}"
                             r"(?:(?:shown|found|proven|proved|considered|judged|reported)\s+to\s+be\s+)?(?:(?:more|less)\s+"
                             r"(?:effective|efficacious|successful)\s+than|"
                             r"superior\s+to|inferior\s+to|better\s+than|worse\s+than)\s+(?:the\s+|an?\s+)?(?P<b>[A-Za-z][\w/+-]*"
                             r"(?:\s+(?!at\b|in\b|for\b|on\b|with\b|after\b|during\b)[\w/+-]+){0,3}?)(?=\s+(?:at|in|for|on|with|after|"
                             r"during)\b|\s*[(,;.]|\s*$)", re.I)
# "we found effects in favour of MI for ...", "Significant benefit of a 10-mg nomogram was observed (RR ...", "results
# favoured social skills (1 RCT ...": the arm credited with the result, in an abstract that names it nowhere else
_FAVOURED = re.compile(r"(?:\bin\s+favou?r\s+of|\b(?:benefits?|advantages?)\s+of|\b(?:results?|data|evidence)\s+favou?red)\s+"
                       r"(?:the\s+|an?\s+)?(?P<x>[A-Za-z0-9][\w/+-]*(?:\s+(?!for\b|on\b|in\b|was\b|were\b|over\b|compared\b|"
                       r"versus\b|vs\b|at\b|with\b)[\w/+-]+){0,4}?)(?=\s+(?:for|on|in|was|were|over|compared|versus|vs|at|with)\b|"
                       r"\s*[(,;.]|\s*$)", re.I)
_NOT_FAVOURED = re.compile(r"\b(?:reduced|reduction|increased?|lower|higher|fewer|more|less|incidence|risk|rates?|odds|"
                           r"treatment\s+groups?|intervention\s+groups?|control\s+groups?|this|these|that|those|both|either|neither|no)\b", re.I)
# "Amantadine was effective in preventing influenza A in children (773 participants, RR 0.11 ...": the subject is the arm
_EFFECTIVE_IN = re.compile(r"^\s*(?:(?:overall|however|similarly|in\s+addition),\s+)?(?:the\s+)?(?P<a>[A-Za-z][\w/+-]*(?:\s+(?!was\b|were\b|"
                           r"is\b|are\b)[\w/+-]+){0,3}?)\s+(?:was|were|is|are)\s+(?:\w+ly\s+)?(?:not\s+)?(?:effective|efficacious)\s+"
                           r"(?:in|at|for)\s+(?:preventing|reducing|treating|improving|lowering|increasing|shortening)\b", re.I)
# "When 10,000 units hCG priming was compared to no priming, we found ... (OR ...; ...), miscarriage (OR ...)": the
# opening clause names the pair for the whole sentence
_WHEN_COMPARED = re.compile(r"^(?:when|where|if)\s+(?:the\s+|an?\s+)?(?P<a>[\w/+,-]+(?:\s+[\w/+-]+){0,5}?)\s+(?:was|were|is|are)\s+"
                            r"compared\s+(?:with|to|against)\s+(?:the\s+|an?\s+)?(?P<b>[\w/+-]+(?:\s+[\w/+-]+){0,4}?)\s*,", re.I)
# "No difference was observed in X when the warfarin nomogram of 10 mg was compared with the warfarin nomogram of 5 mg (RR ...":
# the same clause at the end of the words before the estimate
_WHEN_COMPARED_LATE = re.compile(r"\bwhen\s+(?:the\s+|an?\s+)?(?P<a>[\w/+-]+(?:\s+[\w/+-]+){0,5}?)\s+(?:was|were|is|are)\s+"
                                 r"compared\s+(?:with|to|against)\s+(?:the\s+|an?\s+)?(?P<b>[\w/+-]+(?:\s+[\w/+-]+){0,5}?)\s*,?\s*$", re.I)
# "Interventions which used patient education may ...", "Programmes that used bibliotherapy ...": the arm is what they used
_USED_IN = re.compile(r"^(?:the\s+)?(?:interventions?|programmes?|programs?|approaches|treatments?|therapies|studies|trials)\s+"
                      r"(?:which|that)\s+(?:used|use|included|include|involved|involve|delivered|offered|provided)\s+"
                      r"(?P<x>[\w/+-]+(?:\s+[\w/+-]+){0,3}?)\s+(?:may|might|probably|likely|could|also|had|has|have|showed?|"
                      r"reduced?|increased?|improved?)\b", re.I)
_ARMISH = re.compile(r"(?:\b|psycho)(?:doses?|dosing|regimens?|therapy|therapies|supplementation|supplements?|vaccination|vaccines?|"
                     r"training|exercises?|programmes?|programs?|counselling|surgery|screening)$", re.I)
_SUBJECT_ARM = re.compile(r"^(?:(?:similarly|likewise|however|conversely|in\s+addition|by\s+contrast),\s+)?"
                          r"(?:(?:in|among|compared\s+(?:with|to)|versus|regarding|for|at|after|over|within)\s+(?:[^,()]|\([^()]*\)){1,80}?,\s+)?"
                          r"(?:the\s+)?"
                          r"(?P<x>[A-Za-z][\w/+()-]*(?:\s+(?!may\b|might\b|probably\b|likely\b|could\b|reduced?\b|increased?\b|"
                          r"improved?\b|results?\b|resulted\b|led\b|leads?\b|lowered\b|lowers?\b|produced\b|produces\b|is\b|was\b|are\b|"
                          r"were\b)[\w/+()-]+){0,6}?)\s+"
                          r"(?:may|might|probably|likely|could|reduced?|reduces|increased?|increases|improved?|improves|results?|resulted|led|leads|"
                          r"lowered|lowers|produced|produces)\b", re.I)  # ("At six months, X led to ...": when, then the arm)
# the same with a plain verb: "Iron and antimalarial treatment reduced clinical malaria (RR ...", "aspirin does not
# cause an excess of bleeding (RR ..." (only where no title, heading or comparison names an arm)
_PLAIN_SUBJECT = re.compile(r"^(?:(?:overall|similarly|likewise|however|conversely|in\s+addition|by\s+contrast),\s+)?"
                            r"(?:(?:in|among|for)\s+(?:[^,()]|\([^()]*\)){1,80}?,\s+)?(?:the\s+)?"
                            r"(?P<x>[A-Za-z][\w/+-]*(?:\s+(?!(?:does|did|do|reduced|increased|improved|lowered|decreased|shortened|"
                            r"prevented)\b)(?:\([^()]{1,40}\)|[\w/+-]+)){0,4}?)\s+"
                            r"(?:(?:does|did|do)\s+not\s+(?:cause|increase|reduce|decrease|improve|lower|raise|prevent|affect|change)|"
                            r"reduced|increased|improved|lowered|decreased|shortened|prevented)\b", re.I)
_BRACKET_WORDS = {"versus", "ratio", "risk", "odds", "hazard", "relative", "women", "people", "participants", "patients", "children",
                  "adults", "infants", "persons", "screened"}


def _qualified(subject: str, arm: str) -> bool:
    """"Continuous use of OCPs" is more than "OCPs": a regimen, dose or form of the arm."""
    return bool(re.search(r"\b(?:continuous|standard|extended|cyclic|intermittent|high|low|higher|lower|single|double|short|long|"
                          r"daily|weekly|regimen|dose|doses|dosage|schedule|course|form)\b", subject, re.I)) and \
        len(subject.split()) >= 2 and not N.content_words(subject) <= N.content_words(arm)


def _new_arm_subject(before: str, comparators: list[str]) -> str | None:
    """"Continuous use of OCPs may reduce pain ... more effectively than the standard regimen": when a
    sentence compares its subject with a named arm, the subject is an arm too."""
    if not comparators:
        return None
    found = _SUBJECT_ARM.match(before.strip())
    if not found:
        return None
    # "Compared to no active control, meta-analysis showed that inspiratory muscle training resulted in ...": what it showed
    subject = re.sub(r"^.*?\b(?:showed|found|suggested|indicated|demonstrated)\s+that\s+(?:the\s+)?", "", found["x"])
    if re.match(r"^(?:there|it|we|this|these|that|those|such|the\s+evidence|evidence|one|two|three|data|results?|studies|trials?|participants?|"
                r"patients?|people|women|men|children|the\s+studies)\b", subject, re.I):
        return None
    return subject
