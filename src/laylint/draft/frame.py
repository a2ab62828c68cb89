"""The comparison a results paragraph is framed by: the inclusion sentence of a review with no title or
objectives ("We included 14 trials (2310 participants) that compared X with Y", "Three studies comparing
the efficacy and safety of X and Y were included", "Nine studies, involving 5100 smokers, compared X to Y").

Read only before the first estimate: a sentence that says what was compared after the findings have
started is about one subgroup of studies ("Only five small studies compared X and Y"), not the review."""

from __future__ import annotations

import re

from laylint.draft import names as N

_ESTIMATE = re.compile(r"\b(?:CI|confidence\s+intervals?|RR|OR|HR|MD|SMD|WMD|risk\s+ratio|odds\s+ratio|hazard\s+ratio|"
                       r"mean\s+difference)\b")
# a sentence about what was included: a study noun ("trials", "RCTs") or "they compared" after one
_STUDY_NOUN = re.compile(r"\b(?:studies|trials|RCTs|study|trial|RCT)\b", re.I)
# how the arms are introduced; "of" only with "versus" ("21 trials of nicotine gum versus placebo")
_VERB = r"(?P<verb>compar(?:ed|ing|e)|evaluat(?:ed|ing)|assess(?:ed|ing)|examin(?:ed|ing)|investigat(?:ed|ing)|test(?:ed|ing)|of)"
_LEAD = (r"(?:the\s+)?(?:(?:clinical\s+)?(?:effects?|efficacy|effectiveness|safety|benefits?|harms?)"
         r"(?:,?\s+(?:and\s+)?(?:safety|harms?|effectiveness|efficacy|tolerability|acceptability))*\s+of\s+)?")
_STOP = r"(?:with|to|versus|vs|against|and|or|in|among|for|on|at|were|was|met|after|over|during|who|which|that|respectively)"
_ARM = r"[A-Za-z][\w/+'-]*(?:\s+(?!" + _STOP + r"\b)[\w/+'-]+){0,5}?"
_CONNECT = r"(?P<c>compared\s+(?:with|to)|with|to|versus|vs\.?|against|and)"
_FRAME = re.compile(r"\b" + _VERB + r"\s+" + _LEAD + r"(?:an?\s+)?(?P<a>" + _ARM + r")\s+" + _CONNECT + r"\s+(?:the\s+|an?\s+)?"
                    r"(?P<b>" + _ARM + r"(?:\s+or\s+(?:no\s+)?" + _ARM + r")?)(?=\s*(?:[,;.(]|$)|\s+to\s+(?:treat|prevent|reduce|manage|improve)\b|"
                    r"\s+(?:in|among|for|on|at|were|was|met|after|over|during|and\s+"
                    r"(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|the)|respectively)\b)", re.I)
# what a study measures or when, not what it gives: "compared outcomes at six months", "assessed the quality of life of X"
_MEASURE = re.compile(r"(?<![\w-])(?:outcomes?|quality|risks?|bias|scores?|rates?|levels?|time|times|months?|weeks?|years?|days?|"
                      r"domains?|data|results?|methods?|populations?|measures?|effects?|mortality|survival|incidence|"
                      r"prevalence|symptoms?|function|pain|costs?|adherence|accuracy|baseline|that|those|this|these)(?![\w-])", re.I)


# "between short-course and longer-course oral corticosteroid treatment", "between early and delayed cord clamping"
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?(?P<a>[A-Za-z][\w-]*)\s+and\s+(?:the\s+)?(?P<b>[A-Za-z][\w-]*(?:\s+(?!" + _STOP
                      + r"\b)[\w/+'-]+){1,4}?)(?=\s*[(,;.]|\s+(?:groups?|arms?|in|at|for|on|after|during)\b)", re.I)


def _modifiers(a: str, b: str) -> bool:
    """Two words that modify one head: "early"/"delayed", "high-dose"/"low-dose", "short-course"/"longer-course"."""
    if N._MODIFIER.match(a.lower()) and N._MODIFIER.match(b.lower()):
        return a.lower() != b.lower()
    tail = lambda w: w.lower().split("-", 1)[1] if "-" in w else None  # noqa: E731
    return tail(a) is not None and tail(a) == tail(b) and a.lower() != b.lower()


def _between(text: str) -> tuple[str, str] | None:
    """The arms of the first estimate sentence's "between A and B HEAD": A and B modify the one head."""
    found = _BETWEEN.search(text)
    if not found:
        return None
    head = found["b"].split()
    if not _modifiers(found["a"], head[0]) or _MEASURE.search(found["b"]) or N._MODIFIER.match(head[-1].lower()):
        return None
    return " ".join([found["a"]] + head[1:]), found["b"]


_NEGATED = re.compile(r"(?:no|without|non)\b", re.I)


_PASSIVE_PAIR = re.compile(r"^(?:the\s+)?(?P<a>" + _ARM + r")\s+(?:was|were)\s+compared\s+(?:with|to)\s+(?:the\s+|an?\s+)?(?P<b>" + _ARM
                          + r")\s+in\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|all)\b[^.;]{0,20}?"
                          r"\b(?:studies|trials|RCTs|study|trial)\b", re.I)


def inclusion_frame(sentences) -> tuple[str, str] | None:
    """(X, Y) as written, from the first sentence before any estimate that says the studies compared X with Y;
    failing that, the first estimate sentence's "between early and delayed X"."""
    for sentence in sentences:
        if sentence.section not in ("results", "unstructured"):
            continue
        text = sentence.text
        if _ESTIMATE.search(text):
            return _between(text)
        passive = _PASSIVE_PAIR.match(text)  # "Magnesium sulphate was compared to placebo in six trials"
        if passive and not any(_MEASURE.search(side) or N._NOT_ARM.search(side) for side in (passive["a"], passive["b"])):
            return passive["a"], passive["b"]
        pairs = []
        for at in re.finditer(r"\b" + _VERB, text, re.I):  # each verb in turn: "risk of bias compared X with Y" is read at "compared"
            found = _FRAME.match(text, at.start())
            if not found:
                continue
            verb, connect = found["verb"].lower(), re.sub(r"\s+", " ", found["c"].lower())
            if not _STUDY_NOUN.search(text[:found.start()]) and not re.search(r"\bthey\s+$", text[:found.start()], re.I):
                continue
            if verb == "of" and connect not in ("versus", "vs", "vs.", "compared with", "compared to"):
                continue
            if not verb.startswith("compar") and connect not in ("versus", "vs", "vs.", "compared with", "compared to", "against"):
                continue
            a, b = found["a"], found["b"]
            if any(_MEASURE.search(side) or N._NOT_ARM.search(side) for side in (a, b)):
                continue
            if re.fullmatch(r"(?:an)?other|others|each\s+other|one\s+another|the\s+other", b.strip(), re.I):
                continue  # "compared one orthosis with another": no second arm named
            if _NEGATED.match(a) and not _NEGATED.match(b):
                a, b = b, a  # the arm without the treatment is the comparator ("compared no treatment with X")
            pairs.append((a, b))
        if not pairs:
            pairs = _versus_pairs(text)
        if len({(N.key(a), N.key(b)) for a, b in pairs}) == 1:
            return pairs[0]
        if pairs:  # "nine studies compared X vs. control, and five compared Z vs. control": subgroups, no one frame
            return None
        exposure = _exposure_frame(text)
        if exposure:
            return exposure
    return None


# "All studies compared maintenance with propofol-based TIVA versus inhalational maintenance": the first side may hold
# "with" (how it is given), so only "versus" parts the two sides
_VERSUS_FRAME = re.compile(r"\bcompar(?:ed|ing)\s+" + _LEAD + r"(?:an?\s+)?(?P<a>[A-Za-z][\w/+'-]*(?:\s+(?!versus\b|vs\b)[\w/+'-]+){0,7}?)"
                           r"\s+(?:versus|vs\.?)\s+(?:the\s+|an?\s+)?(?P<b>" + _ARM + r")(?=\s*(?:[,;.(]|$)|\s+(?:in|among|for|at|"
                           r"were|was|during|after|over)\b)", re.I)


def _versus_pairs(text: str) -> list[tuple[str, str]]:
    """The "X versus Y" pair of a study sentence that _FRAME could not read because X holds "with"."""
    pairs = []
    for found in _VERSUS_FRAME.finditer(text):
        if not _STUDY_NOUN.search(text[:found.start()]):
            continue
        a, b = found["a"], found["b"]
        if not any(_MEASURE.search(side) or N._NOT_ARM.search(side) for side in (a, b)):
            pairs.append((a, b))
    return pairs


# observational reviews: "associations between maternal exposure to topical corticosteroids of any potency and pregnancy
# outcomes when compared with no exposure": the exposure is the arm, the unexposed the comparator
_EXPOSURE = re.compile(r"\b(?:exposure|exposed)\s+to\s+(?P<a>[A-Za-z][\w/+'-]*(?:\s+(?!" + _STOP + r"\b|of\b)[\w/+'-]+){0,4}?)"
                       r"(?=\s+(?:of|and|during|in|on|at|for)\b|\s*[,;.(])[^.;]*?\b(?:when\s+)?compared\s+(?:with|to)\s+"
                       r"(?P<b>no\s+exposure|(?:the\s+)?(?:un|non-?)exposed(?:\s+\w+)?|non-?use|no\s+use|non-?users)\b", re.I)


def _exposure_frame(text: str) -> tuple[str, str] | None:
    found = _EXPOSURE.search(text)
    if not found or _MEASURE.search(found["a"]) or N._NOT_ARM.search(found["a"]):
        return None
    return found["a"], found["b"]


# the subject of the first result: "High-quality evidence from 44 trials indicates that exercise reduced pain (SMD ..."
_SUBJECT = re.compile(r"\b(?:that|(?:showed|shows|indicates?|suggests?|found)(?!\s+that\b))\s+(?P<x>[A-Za-z][\w/+'-]*(?:\s+[\w/+'-]+){0,3}?)\s+"
                      r"(?:reduced|improved|increased|decreased|lowered|raised|reduces|improves|increases|decreases|shortened|"
                      r"prevented|did\s+not|does\s+not|may|probably|led\s+to|resulted\s+in)\b")


# "Empirical anti-Gram-positive antibiotics were tested at the onset of treatment in 12 studies": the studies' one intervention
_TESTED = re.compile(r"^(?:the\s+)?(?P<x>[A-Za-z][\w/+'-]*(?:\s+(?!were\b|was\b)[\w/+'-]+){0,5}?)\s+(?:was|were)\s+(?:tested(?!\s+for\b)|administered|"
                     r"compared\s+(?:with|to)\s+(?:placebo|no\s+treatment|no\s+intervention|control|usual\s+care))\b"
                     r"[^.;]{0,60}?\bin\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|all)\b[^.;]{0,20}?"
                     r"\b(?:studies|trials|RCTs|study|trial)\b", re.I)


def first_subject(sentences) -> str | None:
    """What the first estimate sentence credits with its result, as written ("exercise"), when it names one; before
    it, the intervention a sentence says the studies tested ("X were tested in 12 studies")."""
    for sentence in sentences:
        if sentence.section not in ("results", "unstructured") or _ESTIMATE.search(sentence.text):
            break
        tested = _TESTED.match(sentence.text)
        if tested and not _MEASURE.search(tested["x"]) and not N._NOT_ARM.search(tested["x"]) \
                and not re.search(r"\b(?:events?|AEs?|toxicit\w*|complications?|infections?)\b", tested["x"], re.I) \
                and not re.match(r"(?:this|these|those|it|they|we|our|a|an|participants|people|patients|outcomes?)\b", tested["x"], re.I):
            return tested["x"]
    for sentence in sentences:
        if sentence.section not in ("results", "unstructured") or not _ESTIMATE.search(sentence.text):
            continue
        found = _SUBJECT.search(sentence.text)
        if not found or _MEASURE.search(found["x"]) or N._NOT_ARM.search(found["x"]) \
                or re.match(r"(?:the|this|these|those|it|there|we|they|our|a|an|participants|people|patients)\b", found["x"], re.I):
            return None
        return found["x"]
    return None
