"""The outcome a figure is about, read from the words before it, its bracket, the words after it, a
subheading or the sentence before; `tidy_outcome` cuts a phrase down to the outcome's name."""

from __future__ import annotations

import re

from laylint.draft import names as N
from laylint.draft.sections import Layout
from laylint.draft.textnorm import Sentence


    # ("compared to placebo or no treatment": the second control is a comparator too)



_CUE = re.compile(
    r"(?:\b(?:effects?|impact|influence)\s+of\s+.+?\s+on\s+"
    r"|\b(?:efficacy|effectiveness|protection)\s+against\s+"
    r"|\b(?:differences?|reductions?|increases?|improvements?|decreases?|changes?|benefits?|risks?|rates?|incidence|odds|"
    r"likelihood|chances?|occurrence|prevalence|proportions?|numbers?|frequency|percentage|need|requirements?|duration|levels?|"
    r"scores?|severity)\s+(?:in|of|for|on|to)\s+(?!terms\s+of\b)(?:the\s+)?(?:risk\s+of\s+|incidence\s+of\s+|rates?\s+of\s+|occurrence\s+of\s+)?"
    r"|\b(?:may|might|probably|likely|could|can|did|does|do|not|to)?\s*(?:reduces?|reduced|reducing|increases?|increased|increasing|"
    r"improves?|improved|improving|lowers?|lowered|decreases?|decreased|prevents?|prevented|extends?|extended|shortens?|shortened|"
    r"(?:causes?|caused)\s+(?:more|fewer|less)\s+|"
    r"raises?|raised|affects?|affected|impacts?|impacted|changes?|changed|alters?|altered|worsens?|worsened|favou?red|prolongs?|prolonged|halves|halved|slows?|slowed|"
    r"results?\s+in\s+(?:(?:little|a\s+slight|a\s+large|an?\s+important|an?\s+)\s*(?:or\s+|to\s+)?(?:no\s+)?(?:difference|reduction|"
    r"increase|improvement|decrease)\s+in\s+|fewer\s+|more\s+)?|leads?\s+to\s+(?:fewer\s+|more\s+)?|"
    r"(?:has|had|have|make|makes|made)\s+(?:little\s+(?:or|to)\s+no|an?|any|no)\s+(?:effect|difference|impact)\s+(?:on|in|to)\s+)"
    r"\b\s*(?:the\s+)?(?:risk\s+of\s+|incidence\s+of\s+|rates?\s+of\s+|occurrence\s+of\s+|number\s+of\s+|need\s+for\s+(?=\w+\s+\w+))?"
    r"|\b(?:for|on|in)\s+(?!terms\s+of\b)(?:the\s+)?(?:risk\s+of\s+|incidence\s+of\s+|rates?\s+of\s+|outcomes?\s+of\s+)?"
    r"|\b(?:with\s+(?:respect|regard)\s+to|in\s+terms\s+of|regarding|as\s+regards|for\s+the\s+outcomes?\s+of)\s+(?:the\s+)?"
    r"|\bassociat(?:ion|ed)\s+(?:between\s+.+?\s+and|with(?:\s+an?\s+(?:higher|lower|increased|reduced|decreased)\s+risk\s+of)?|"
    r"of\s+.+?\s+with)\s+(?:the\s+)?(?:risk\s+of\s+)?"
    r"|\bthe\s+(?:most\s+(?:common|frequent)|commonest|main|leading)\s+(?:[\w-]+\s+){0,3}?(?:was|were)\s+"
    r"|\b(?:had|experienced|developed|reported|achieved)\s+(?:an?\s+|the\s+)?)", re.I)
# (a sentence opening with a subordinate clause has its subject after the comma: "When decision aids were
# used during the consultation, the length of consultation was 1.5 minutes longer")
_SUBJECT = re.compile(r"^(?:(?:when|if|although|though|while|whereas|after|before|because|since|once)\b[^,]*,\s+|"
                      r"(?!(?:when|if|although|though|while|whereas|after|before|because|since|once)\b)(?:[^,]*?,\s+)??)(?P<o>[A-Za-z][^,;]*?)\s+(?:(?:could|may|might|can|would)\s+be\s+(?:reduced|increased|improved|"
                      r"lowered|decreased|prevented|shortened|lengthened)|occurred|was|were|is|are|did|was\s+reported|were\s+reported|"
                      r"developed|rates?\s+(?:was|were)|did\s+not\s+differ|differed|was\s+similar|were\s+similar|was\s+achieved|"
                      r"were\s+achieved|was\s+higher|was\s+lower|was\s+more|were\s+more|was\s+less|were\s+less|improved|declined|"
                      r"fell|rose|remained|appeared|increased|decreased)\b", re.I)
# "One trial (40,000 participants) found that more lung cancers were detected ...": the clause after "that"
_REPORTED_THAT = re.compile(r"^[^,;]*?\b(?:found|showed|shows|suggest(?:s|ed)?|reported|demonstrated|indicated|concluded)\s+that\s+", re.I)
_OUTCOME_LEAD = re.compile(r"^(?:however|therefore|moreover|furthermore|additionally|similarly|the|a|an|any|against|more|fewer|less|greater|lower|higher|slightly|slight|small|large|important|"
                           r"significant|significantly|clinically|overall|pooled|median|mean|average|total|absolute|relative|"
                           r"short-term|long-term|medium-term|risk\s+of|rates?\s+of|incidence\s+of|occurrence\s+of|"
                           r"frequency\s+of|number\s+of|proportion\s+of\s+(?:\w+\s+)?(?:with|who\s+had|having|who\s+were|who\s+felt)|percentage\s+of|"
                           r"likelihood\s+of|odds\s+of|chance\s+of|levels?\s+of|reduction\s+in|increase\s+in|change\s+in|"
                           r"changes\s+in|improvement\s+in|difference\s+in|effect\s+on|and|or|of|on|in|for|with|their|its|"
                           r"(?:children|participants|patients|people|women|men|infants|adults|those)\s+(?:with|who\s+had|having|"
                           r"who\s+experienced|who\s+developed|reporting|who(?=\s+(?:completed|achieved|reported|needed|required|"
                           r"stopped|discontinued|quit|remained|returned|died|relapsed|responded)\b))|prevent(?:ing)?\s+(?:one|an?)|avoid\s+(?:one|an?)|"
                           r"at\s+least\s+(?:one|an?)|one\s+or\s+more)\s+", re.I)
_OUTCOMES_WERE = re.compile(r"^(?:(?:the|these|those|other|primary|secondary|main|key)\s+){0,2}outcomes?\s+(?:were|was|included|"
                            r"include|includes)\s*:?\s+(?!similar|comparable|better|worse|improved|reported|measured|assessed|"
                            r"not\b|no\b|unclear|mixed|inconsistent)", re.I)
_OUTCOME_TAIL = re.compile(r"(?:\s+(?:compared|versus|vs\.?|than|when|between|among|according\s+to|in\s+comparison|in\s+(?:the|people|patients|participants|women|"
                           r"children|adults|infants|those)|in\s+(?:[\w-]+\s+){0,2}(?:people|patients|participants|women|men|children|"
                           r"adults|infants|neonates|newborns|babies|pregnancy|users|smokers)\b|in\s+the\s+(?:short|medium|long)\s+term|"
                           r"with\s+(?:the|a|an)?\s*[\w-]+\s+(?:group|arm)|as\s+measured|measured|"
                           r"assessed|was|were|is|are|had|has|occurred|developed|happened|at\s+\d|at\s+(?:one|two|three|four|six|twelve)\b|after\s+\d|"
                           r"within\s+\d|by\s+(?:about\s+|approximately\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?\d|over\s+\d|up\s+to|during\s+follow|in\s+the\s+short|in\s+the\s+long|"
                           r"(?:may|might|probably|likely)\b|\d+(?:[.,]\d+)?\s*(?:%|patients|participants|people|of\b)).*$"
                           r"|\s+rates?$|\s+scores?$|\s+(?:significantly|slightly|substantially|markedly|considerably|greatly|"
                           r"modestly|somewhat)$|\s*,.*$)", re.I)
_GENERIC_OUTCOME = re.compile(r"^(?:evidence|effect|effects|results?|data|it|this|these|there|outcomes?|the\s+evidence|"
                              r"(?:cumulative\s+|crude\s+|adjusted\s+)?(?:incidence|prevalence|odds|hazard|rates?|risks?|frequency)|"
                              r"participants?|patients?|people|women|children|studies|trials?|treatment|intervention|"
                              r"difference|analysis|review|certainty|risk|rate|group|groups|events?|study|benefit|harm|"
                              r"secondary\s+outcomes?|overall|both|one|two|each|all|"
                              r"use|users?|they|we|none|most|some|programmes?|programs?|arms?|similarly|however|likewise)$", re.I)
_ESTIMATE_LABEL = re.compile(r"\b(?:(?:adjusted|pooled|summary|overall|crude)\s+)?(?:(?:risk|odds|hazard|rate)\s+ratios?|"
                             r"relative\s+risks?|(?:standardi[sz]ed\s+)?mean\s+differences?|risk\s+differences?|"
                             r"(?:vaccine\s+)?efficacy|absolute\s+risk\s+(?:reduction|difference|increase)|"
                             r"numbers?\s+needed\s+to\s+(?:treat|harm)(?:\s+(?:for|to)\s+(?:an?\s+)?(?:additional\s+)?"
                             r"(?:beneficial|harmful)?\s*(?:outcome|benefit|harm))?|(?-i:[ai]?(?:RR|OR|HR|MD|SMD|RD|IRR|ARR|NNTB?|NNTH))\b)", re.I)
_GROUP_WORDS = re.compile(r"\bbetween\s+(?:the\s+)?(?:two\s+|both\s+)?(?:[\w-]+\s+)?groups\b"  # "difference in X between groups"
                          r"|\b(?:(?:in|among|with|for|on|of)\s+)?(?:the\s+|those\s+in\s+the\s+)?(?:(?!between\b)[\w/+-]+\s+){0,3}?(?:group|arm)s?\b"
                          r"|\brespectively\b|\bpatients\s+(?=in\b)|\b(?:in|with|among)\s+(?:\S+\s+)?users\b", re.I)
_WHETHER_PASSIVE = re.compile(r"\bwhether\s+(?:the\s+)?(?P<o>[A-Za-z][^,;]{2,80}?)\s+(?:is|are|was|were)\s+(?:reduced|increased|"
                              r"improved|affected|lowered|decreased|changed|prevented|shortened|prolonged|altered)\b", re.I)
_FAVOUR_WORDS = re.compile(r"\b(?:(?:a|an|the)\s+)?(?:(?:statistically\s+)?(?:significant|clear|marginal|small|some)\s+)?"
                           r"(?:benefits?\s+of|in\s+favou?r\s+of|(?:results?|data|evidence)\s+favou?red)\b"
                           r"(?:\s+(?:was|were)\s+(?:observed|seen|found|shown|reported))?", re.I)


def outcome_from(head: str, arm_spans: list[tuple[int, int, str]], people_ok: bool = False) -> str | None:
    """The outcome named in the words before a figure ("may reduce the need for secondary interventions"). Who was
    treated ("women given treatment") is read only with `people_ok`, when nothing else names the outcome."""
    survival = re.search(r"\b(?P<x>(?:overall|progression-free|disease-free|event-free|recurrence-free)\s+)?survival\s+"
                         r"(?:advantage|benefit)\b[^,;.]*$", head, re.I)
    if survival:  # "shows a significant overall survival advantage from adjuvant chemotherapy (RR ...": what the advantage is in
        return (survival["x"] or "").lower() + "survival"
    text = head
    for start, end, _ in sorted(arm_spans, reverse=True):  # names of arms are not part of an outcome
        if 0 <= start < end <= len(text):
            text = text[:start] + " " * (end - start) + text[end:]
    text = _GROUP_WORDS.sub(lambda m: " " * len(m.group(0)), text)
    text = _ESTIMATE_LABEL.sub(lambda m: " " * len(m.group(0)), text)
    text = _FAVOUR_WORDS.sub(lambda m: " " * len(m.group(0)), text)  # "a clear benefit of X was observed": no outcome words
    text = re.sub(r"\s*[(\[][^()\[\]]*[)\]]", lambda m: " " * len(m.group(0)), text)  # asides
    text = re.sub(r"[(\[][^()\[\]]*$", "", text)  # an unclosed bracket: "nausea (8.9% vs "
    text = re.sub(r"^\s*(?:in|among)\s+(?:the\s+)?(?:people|patients|participants|women|men|children|adults|infants|those|users|"
                  r"subgroup|[\w-]+\s+(?:people|patients|participants|women|men|children|adults))\b[^,]{0,80},\s+", lambda m: " " * len(m.group(0)),
                  text, flags=re.I)  # "Among women vaccinated before 17 years of age, the rate ratio was"
    text = re.sub(r"\b(?:after|with)\s+adjustment\s+for\s+[^,]*(?:,\s+[^,]*)*?,\s+(?=the\b)|\badjusted\s+for\s+[^,;]*", " ", text,
                  flags=re.I)  # "After adjustment for age, calendar year and ..., the rate ratio was"
    text = re.sub(r"[,;]?\s*(?:but|and|although|though|however),?\s+(?:the\s+)?evidence\s+(?:is|was)\s+(?:very\s+)?(?:uncertain|limited)"
                  r"[^,;]*$", "", text, flags=re.I)
    measured = re.search(r"\b(?:as\s+)?(?:measured|assessed|rated)\s+(?:by|with|using|on)\s+(?:the\s+)?(?P<x>[A-Z][^,;]{3,80}?)\s*$", text)
    if measured and tidy_outcome(measured["x"]):
        return tidy_outcome(measured["x"])  # "HRQoL as measured by the Minnesota Living with Heart Failure questionnaire"
    for compare in re.finditer(N.COMPARE, text, re.I):
        lead = re.match(r"\s*(?:the\s+|those\s+\w+\s+|people\s+\w+\s+)?\s*", text[compare.end():])
        start = compare.end() + lead.end()
        span = next((b for a, b, _ in arm_spans if a == start), None)
        if span is not None and re.fullmatch(r"\s*(?:(?:group|arm)s?\s*)?(?:(?:in|among|for|at|during|alone)\b[^,]*)?[\s,]*", text[span:]) \
                and text[:compare.start()].strip():
            text = text[:compare.start()]  # "reduce all-cause mortality compared to placebo in primary prevention"
            break
    cues = [m for m in _CUE.finditer(text) if text[m.end():].strip()]
    candidates = []
    whether = _WHETHER_PASSIVE.search(text)
    if whether:  # "It is unclear whether readmission is reduced using X": the outcome is the passive subject
        candidates.append(whether["o"])
    strong = [cue for cue in cues if not re.fullmatch(r"\s*(?:for|on|in)\s+(?:the\s+)?", cue.group(0), re.I)]
    weak = [cue for cue in cues if cue not in strong]
    for cue in reversed(strong):
        candidates.append(text[cue.end():])
    subject = _SUBJECT.match(_REPORTED_THAT.sub("", text.strip(), count=1))
    if subject:
        candidates.append(subject["o"])
    for cue in reversed(weak):
        candidates.append(text[cue.end():])
    candidates.append(text)
    fallback = None
    for candidate in candidates:
        outcome = tidy_outcome(candidate)
        if outcome and TREATED_PEOPLE.match(outcome):
            fallback = fallback or outcome  # who was treated: a later candidate, or the sentence before, may name it
        elif outcome:
            return outcome
    return fallback if people_ok else None


# who was treated, not what was measured: "children treated", "women given treatment", "women of reproductive age
# consuming maize with folic acid" (not "miscarriages for women given progestogen")
TREATED_PEOPLE = re.compile(r"^(?:(?!for\b|in\b|of\b|among\b|with\b|to\b|on\b)[\w-]+\s+){0,2}?(?:people|patients|participants|women|"
                            r"men|children|adults|infants|individuals|babies|neonates|adolescents)\s+(?:(?:[\w-]+\s+){0,4}?"
                            r"(?:treated|given|consuming|allocated|assigned|randomi[sz]ed|exposed|undergoing|receiving)\b|treated$)", re.I)


_THRESHOLD_IN_NAME = re.compile(r"\s*(?P<sign>[≥>≤<]|=>|>=|<=)\s*(?P<n>\d[\d.,]*(?:\s*%|\s*(?!or\b|and\b|to\b)[A-Za-z]+(?:/[A-Za-z]+)*)?)")
_THRESHOLD_WORDS = {"≥": "{} or more", ">=": "{} or more", "=>": "{} or more", ">": "above {}", "≤": "{} or less",
                    "<=": "{} or less", "<": "below {}"}


def tidy_outcome(phrase: str) -> str | None:
    # "stage ≥ 2", "lasting ≥ 12 hours": part of the outcome, said in words
    phrase = _THRESHOLD_IN_NAME.sub(lambda m: " " + _THRESHOLD_WORDS[m["sign"]].format(m["n"].strip()), phrase)
    phrase = re.sub(r"\s+", " ", phrase).strip(" ,;:.-")
    # "the proportion of outpatients with VTE who had achieved a therapeutic INR": what they achieved is the outcome
    phrase = re.sub(r"^.*?\b(?:proportion|percentage|number)\s+of\s+(?:[\w-]+\s+){1,5}?(?:who|that)\s+(?:had\s+|have\s+|has\s+)?"
                    r"(?:achieved|reached|attained|achieve|reach|attain)\s+(?:a\s+|an\s+|the\s+)?", "", phrase, flags=re.I)
    pieces = re.split(r"\s*[:;]\s*", phrase)
    # "no difference in our primary outcomes up to 12 months: total mortality (RR ..." names it after the colon
    phrase = pieces[-1] if len(pieces) > 1 and ":" in phrase and len(pieces[-1].split()) <= 6 and re.search(r"[A-Za-z]{3}", pieces[-1]) \
        else pieces[0]
    listed = re.match(r"^(?P<head>[^,]+(?:,\s+[^,]+)+),?\s+(?:or|and)\s+(?P<last>[^,]+?)\s*$", phrase)
    if listed and re.match(r"^(?:(?:any\s+)?combinations?\s+of\s+(?:these|them|the\s+above)|all\s+of\s+these|any\s+of\s+these|both)"
                           r"(?:\s+(?:compared|versus|vs\.?|than)\b.*)?$", listed["last"].strip(), re.I):
        phrase = re.sub(r",\s*([^,]+)$", r" or \1", listed["head"])  # "ear pain, discomfort, local irritation, or combinations of these"
    elif listed and not re.match(r"^(?:or|and)\s+both|^(?:during|at|in|after)\b", listed["last"]) and "," in listed["head"] + ",":
        phrase = listed["last"]  # "weight gain, depression scores or adverse events (4.8% vs 6.0%)"
    phrase = _OUTCOMES_WERE.sub("", phrase)  # "Outcomes were mortality (RR ...": the outcome after the verb
    for _ in range(4):
        phrase = _OUTCOME_LEAD.sub("", phrase).strip(" ,;:.-")
    phrase = _OUTCOME_TAIL.sub("", phrase).strip(" ,;:.-")
    phrase = re.sub(r"\s+overall$", "", phrase, flags=re.I)  # "reduced total complications overall by 71%": the outcome, all groups
    for _ in range(3):
        phrase = _OUTCOME_LEAD.sub("", phrase).strip(" ,;:.-")
    phrase = re.sub(r"^(?:(?:was|were|is|are|of|to|by|on|in|with|for|not|no|but)\s+)+", "", phrase, flags=re.I)
    for _ in range(2):  # "live birth with a [arm]"
        phrase = re.sub(r"\s+(?:and|or|of|in|on|for|with|to|the|a|an|by|as|after|during|before|within|following)$", "", phrase, flags=re.I)
    phrase = re.sub(r"\s+following\s+(?:the\s+)?(?:standard|conventional|usual|routine)\b.*$", "", phrase, flags=re.I)  # the arm
    if re.match(r"^(?:at|after|by|during|within|over|from|until|up)\s+(?:day|week|month|year|\d|one|two|three|six|twelve|the\s+end)",
                phrase, re.I):
        return None
    if not (N.content_words(phrase) - _NOT_CONTENT):
        return None
    if not phrase or _GENERIC_OUTCOME.match(phrase) or len(phrase.split()) > 12 \
            or not (re.search(r"[A-Za-z]{3}", phrase) or re.fullmatch(r"[A-Z]{2}", phrase)) \
            or re.match(r"^[\d(\[]", phrase) and not re.match(r"^\d+-(?:minute|hour|day|week|month|year)\b", phrase):  # "30-day mortality", "2-hour pain-free"
        return None
    if re.match(r"^(?:may|might|probably|likely|was|were|is|are|had|has|have|did|does|not|no|this|that|it|we|they)\b", phrase, re.I):
        return None
    if _JUNK_OUTCOME.search(_LEAVING.sub("leaving", phrase)) or re.search(r"[()\[\]]", phrase):
        return None
    if re.match(r"^(?:people|patients|outpatients|inpatients|participants|women|men|children|adults|those|users|individuals)\s+(?:who|also|aged|taking|"
                r"receiving|using|on|with(?:out)?)\b", phrase, re.I):
        return None  # a subgroup ("people also taking opioids"), not an outcome
    if re.match(r"^(?:detected|identified|diagnosed|found|observed|recorded|seen)\b(?:\s+(?:over|in|at|during|within|after|by)\b.*)?$",
                phrase, re.I):
        return None  # "were detected over two years": when, not what
    state = re.match(r"^(?P<x>(?:continuously\s+|fully\s+)?(?:abstinent|[\w]+-free|cured|recovered|employed|adherent|continent|"
                     r"vaccinated|readmitted|hospitali[sz]ed))\s+(?:people|patients|participants|women|men|children|adults|infants|smokers)$",
                     phrase, re.I)
    if state:
        return state["x"]  # "the rate of continuously abstinent participants": the state is the outcome
    if len(phrase.split()) <= 4 and re.search(r"\b(?:people|patients|participants|women|men|children|adults|infants|neonates|newborns|"
                                              r"babies|adolescents|girls|boys|individuals|users|smokers)$", phrase, re.I):
        return None  # a population ("jaundiced newborn infants"), not an outcome
    return phrase


# words that judge or qualify a result, name none of what was measured: a phrase of these only is no outcome
_JUDGEMENT_WORDS = {"effective", "efficacious", "beneficial", "superior", "inferior", "against", "approximately", "almost", "about",
                    "nearly", "around", "when", "again", "large", "small", "larger", "smaller", "greater", "half", "favoured",
                    "favored", "favour", "favor", "favouring", "favoring", "comparison", "although", "whilst", "while", "ci", "cis",
                    "confidence", "interval", "indicate", "indicates", "indicated", "pooled", "pooling", "estimate", "limited",
                    "assumed", "risk", "crossed", "null", "wide", "highly", "clear", "clearly", "reduction", "increase",
                    "advantage", "statistical", "significance", "over", "no", "not", "substantial", "modest", "slight",
                    "slightly", "important", "meaningful", "clinically", "trend", "toward", "towards", "potential", "little",
                    "but", "though", "yet", "superiority"}


def judgement_only(phrase: str | None) -> bool:
    """"more effective", "highly beneficial", "although the CI", "crossed the null": what is said of a result, no outcome."""
    return bool(phrase) and not (N.content_words(phrase) - _NOT_CONTENT - _JUDGEMENT_WORDS)


_NOT_CONTENT = {"however", "versu", "v", "vs", "compared", "based", "short", "long", "medium", "term", "mainly", "because", "reports", "report", "than", "respectively", "group", "arm", "both", "each", "similar", "higher", "lower",
                "more", "less", "often", "frequent", "common", "data", "suggest", "that", "this", "these", "those", "which", "who",
                "significantly", "significant", "statistically", "difference", "effect", "result", "there", "was", "were", "be",
                "evidence", "uncertain", "very", "probably", "likely", "may", "might", "per", "participant", "patient", "people",
                "will", "if", "using", "use", "between", "same", "reported", "observed", "found", "showed", "also", "only",
                "change", "level", "all", "total", "any", "number", "mean", "median", "after", "before", "during"}
# "leaving the study early", "withdrawal from the trial": outcomes, though they name the study
_LEAVING = re.compile(r"\b(?:leaving|left|leave|withdrawal\s+from|withdrew\s+from|withdrawing\s+from|drop(?:ping|ped)?\s+out\s+of|"
                      r"discontinu(?:ing|ed|ation\s+of)|complet(?:ing|ed|ion\s+of))\s+(?:the\s+)?(?:stud(?:y|ies)|trials?)\b"
                      r"|\b(?:stud(?:y|ies)|trials?)\s+(?:completion|withdrawals?|discontinuation|drop-?outs?)\b", re.I)
_JUNK_OUTCOME = re.compile(
    r"\b(?:evidence|certainty|bias|biases|trials?|stud(?:y|ies)|meta-analys[ie]s|ranged|translates?|found|findings?|"
    r"interval(?!\s+(?:cancers?|carcinomas?|tumou?rs?))|analys[ie]s|comparing|compared|versus|vs|respectively|reported|reporting|showed|suggests?|demonstrated|"
    r"included|including|involved|we|our|these|this|those|that|which|could|would|should|did|does|"
    r"authors?|review|sensitivity|heterogeneity|I2|p\s*=|subgroup|per\s+1,?000|events\s+per|based\s+on|corresponds?|corresponding|"
    r"possible|globally|overall|another|most\s+often|as\s+well\s+as|imprecision|inconsistency|indirectness|uncertainty)\b"
    r"|^(?:at|on|in|to|by|for|from|with|through|during|after|before|as|than|and|or|of|up|one|two|three|four|five|six)\b(?!-)"
    r"|^[^A-Za-z]*$|[≥≤<>=]", re.I)


def _title_outcome(lay: Layout) -> str | None:
    """"HPV vaccination and cervical cancer incidence" -> "cervical cancer"; "X use and risk of Y" -> "Y"."""
    found = re.match(r"^.+?\s+and\s+(?:the\s+)?(?:risk\s+of\s+|incidence\s+of\s+)?(?P<y>[^:;,(]+?)(?:\s+(?:incidence|risk|mortality\s+rates?))?"
                     r"(?:\s+(?:in|among|after)\s+[^:;]+)?\s*(?:[:;(]|$)", lay.title_text, re.I)
    return tidy_outcome(found["y"]) if found and len(found["y"].split()) <= 6 else None


def primary_outcomes(lay: Layout) -> dict[str, str]:
    """"The primary outcome was a composite of X or Y" -> {"primary outcome": "X or Y"}."""
    found = {}
    for sentence in lay.sentences:
        match = re.search(r"\b(?:the|our)\s+(?P<which>primary|main|secondary)\s+(?:efficacy\s+)?(?:outcome|end\s*point|endpoint)s?"
                          r"\s+(?:was|were|is|included)\s+(?:the\s+|a\s+)?(?:composite\s+of\s+|combination\s+of\s+)?(?P<def>[^.;]+)",
                          sentence.text, re.I)
        if match and match["which"].lower() in ("primary", "main") and "primary outcome" not in found:
            definition = re.sub(r"\s*[(\[][^()\[\]]*[)\]]", "", match["def"])
            definition = re.split(r",\s+(?:defined|measured|assessed|identified|recorded|as\s)|\s+(?:measured|assessed|defined)\s+(?:by|as|with|in)"
                                  r"|\s+(?:at|from|after|over|in\s+the)\s+(?:\d|baseline|one|two|three|six|twelve|month|week|year)",
                                  definition)[0]
            definition = re.sub(r"^(?:the\s+)?(?:change\s+in\s+(?:the\s+)?|proportion\s+of\s+\w+\s+with\s+)", "", definition)
            definition = definition.strip(" ,")
            if definition and len(definition.split()) <= 20:
                found["primary outcome"] = definition
    return found


def _depth(s: str, position: int) -> int:
    depth = 0
    for char in s[:position]:
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
    return depth


def _heading_outcome(heading: str | None) -> str | None:
    if not heading or re.search(N.COMPARE, heading, re.I):
        return None
    cleaned = re.sub(r"\s*\([^)]*\)", "", heading).strip()
    if re.match(r"^(?:primary|secondary|other|main|key|additional)?\s*(?:outcomes?|results?|end\s*points?|analyses|findings)$", cleaned, re.I):
        return None
    return cleaned


_ANNOUNCED = (
    re.compile(r"^(?:(?:the\s+)?(?:outcome\s+)?data|results|information|evidence)\s+(?:for|on|about|of|regarding)\s+(?P<o>[^.;]+?)\s+"
               r"(?:were|was|are|is)\s+(?:available|reported|obtained|pooled|provided|analy[sz]ed|collected)\b", re.I),
    re.compile(r"^(?:[\w-]+\s+){0,2}(?:trials?|studies|RCTs)\s+(?:\([^()]*\)\s+|(?:involving|including|with)\s+[\d,]+\s+"
               r"(?:participants|patients|people|women|men|children|adults|infants)\s+)?(?:provided|contributed|gave)\s+"
               r"(?:data|information|results)\s+(?:on|for|about)\s+(?P<o>[^.;()]+?)\s*(?:[.;(]|$)", re.I),
    re.compile(r"^(?:[\w-]+\s+){0,2}(?:trials?|studies|RCTs)\s+(?:\([^()]*\)\s+)?(?:reported|measured|assessed|evaluated)\s+"
               r"(?:(?:data\s+)?on\s+|data\s+for\s+)?(?P<o>[^.;,()]+?)\s*(?:[.;,(]|\s+(?:at|with|using|in\s+\d)\b|$)", re.I),
)


def _bracket_outcome(s: str, label_start: int) -> str | None:
    """An outcome named inside the estimate's own bracket, just before its label: "(n = 79, mean change
    in global cognitive function, MD 5.80, 95% CI ...)"."""
    spelled = re.search(r"(?:" + _ESTIMATE_LABEL.pattern + r")\s*[(\[]\s*$", s[:label_start], re.I)
    if spelled:  # "standardised mean difference (SMD) 0.06": the label starts before its abbreviation
        label_start = spelled.start()
    opening = max(s.rfind("(", 0, label_start), s.rfind(";", 0, label_start))
    if opening < 0 or s.rfind(")", 0, label_start) > opening and s[opening] == "(" or (s[opening] == ";" and _depth(s, opening) == 0):
        return None
    inside = s[opening + 1:label_start]
    labelled = re.match(r"\s*(?P<o>[A-Za-z][^:;,()]{1,60}?)\s*:\s*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
                        r"(?:RCTs?|trials?|stud(?:y|ies))\b[^:;]*$", inside, re.I)
    if labelled and s[opening] == "(" and tidy_outcome(labelled["o"]):  # "(relapse: 2 RCTs, n = 263, RR 0.52 ..."
        return tidy_outcome(labelled["o"])
    if not re.search(r"[,:]\s*$", inside):  # "(n = 79, X, RR ..." or "(mental well-being: SMD ..."
        return None
    parts = [p.strip() for p in re.split(r"[,;:]", inside) if p.strip()]
    if not parts or re.match(r"^(?:n\s*=|\d|adjusted|after|at|in|among|per|p\s*[=<]|I2|very|low|moderate|high)", parts[-1], re.I):
        return None
    colon = inside.rstrip().endswith(":")  # "anxiety: SMD ..." names it; a lone word after a comma may not
    return tidy_outcome(parts[-1]) if colon or len(parts[-1].split()) >= 2 else None


_EFFECT_UPON = re.compile(r"^\s*,?\s*(?:demonstrating|showing|indicating|suggesting|with)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,3}?"
                          r"(?:effects?|benefits?|reductions?|improvements?)\s+(?:up)?on\s+(?:the\s+)?(?P<o>[^.;,()]+)", re.I)


def _outcome_after(s: str, position: int) -> str | None:
    """The outcome named right after the estimate's bracket closes, when nothing before it names one."""
    depth = _depth(s, position)
    i = position
    while i < len(s) and depth > 0:
        depth += 1 if s[i] in "([" else -1 if s[i] in ")]" else 0
        i += 1
    found = _EFFECT_UPON.match(s[i:]) if depth == 0 and i > position else None
    return tidy_outcome(found["o"]) if found else None


def _announced_outcome(lay: Layout, sentence: Sentence) -> str | None:
    """The outcome a figure-less sentence announces for the estimate in the next one: "Data for mean
    improvement in the Epworth Sleepiness Scale were available from five trials. The MD was -2.55 ..."."""
    index = next((i for i, s in enumerate(lay.sentences) if s.start == sentence.start), None)
    if not index:
        return None
    before = lay.sentences[index - 1]
    if before.paragraph != sentence.paragraph and before.section != sentence.section:
        return None
    for pattern in _ANNOUNCED:
        found = pattern.match(before.text.strip())
        if found:
            return tidy_outcome(re.sub(r"^(?:the\s+)?(?:mean\s+|average\s+)?(?:improvement|change|reduction|increase)s?\s+"
                                       r"(?:in|of)\s+", "", found["o"], flags=re.I))
    return None


def _phrase_before_bracket(text: str, arm_spans) -> str | None:
    """The noun phrase right before "(": "... and abnormal dreams (" -> "abnormal dreams"."""
    text = re.sub(r"[(\[]\s*$", "", text).rstrip()
    for start, end, _ in arm_spans:
        if end >= len(text) - 1 or re.fullmatch(r"\s*(?:alone|only)\s*", text[end:]):
            return None  # "more common with zenagliflozin (13.1% vs. 10.6%)": the bracket follows an arm
    piece = re.split(r"[,;:()\[\]]|\b(?:and|or|of|in|with|for|on|to|was|were|had|than|as|by)\s+(?=\S+(?:\s+\S+){0,3}$)", text)[-1]
    piece = piece.strip()
    if not piece or len(piece.split()) > 5 or re.search(r"\b(?:groups?|arms?|was|were|similar|higher|lower|balanced|comparable|different|equal)\b", piece, re.I):
        return None
    return tidy_outcome(piece)
