"""The comparisons a results paragraph announces in its own sentences, read as subheadings: each is in force from
its sentence to the next announcement, the end of its paragraph, or the next real heading.

    "1. Multistrand stainless steel versus superelastic NiTi arch wires."        a numbered comparison
    "Comparison 2: oral versus intravenous iron."                                a labelled comparison
    "Nicotine patch versus placebo."                                             a comparison standing alone
    "Four trials (612 participants) compared early with delayed surgery."        what the next sentences are on
    "For ACE inhibitors compared with placebo, mortality was ... (RR ..."         a sentence opening with it

Older Cochrane abstracts (and the Devaraj corpus, whose results are one paragraph) lost their subheadings: these
sentences are all that says which comparison each estimate after them is about. The announcement is returned as
"A versus B", the form of a comparison subheading, so everything that reads subheadings reads it too."""

from __future__ import annotations

import re

from laylint.draft import names as N
from laylint.draft.frame import _FRAME, _MEASURE, _STUDY_NOUN

_VERSUS = r"(?:versus|vs\.?|compared\s+(?:with|to))"
# "1.", "2)", "(b)", "Comparison 3:", "Comparison II -": a label before a comparison standing alone
_LABEL = re.compile(r"^(?:comparison\s+(?:\d{1,2}|[IVX]{1,4}|[A-H])\b\s*[:.)-]?\s*|\(?(?:\d{1,2}|[a-h])[.)]\s+)", re.I)
_SIDE = r"[A-Za-z0-9][\w/+'’-]*(?:\s+(?:\([^()]{1,40}\)|[\w/+'’-]+)){0,9}?"
_STANDING = re.compile(r"^(?P<a>" + _SIDE + r")\s+" + _VERSUS + r"\s+(?P<b>" + _SIDE + r")\s*[.:]?$", re.I)
# a verb or a function word at an end: a sentence, not a comparison's name
_SENTENCE_WORDS = re.compile(r"\b(?:was|were|is|are|been|be|had|has|have|did|does|do|showed|shows|found|reported|may|might|could|"
                             r"would|should|there|we|our|reduced|increased|improved|included|comparing|compared|"
                             r"evaluated|assessed|examined|investigated|tested|studied|trials?|studies|study|RCTs?|participants|"
                             r"patients|evidence|data)\b|"
                             r"\b(?:of|the|a|an|to|and|or|in|with|for|on|at|by)$|\d\s*%", re.I)
# "For X compared with Y, ...", "In the comparison of X versus Y, ...", "When X was compared with Y, ..."
# "In trials comparing X with Y, ...", "For the comparison of X with Y, ...", "X versus Y: ..." (a run-in subheading)
_OPENS = re.compile(r"^(?:(?:for|in)\s+(?:the\s+)?(?:comparison\s+(?:of\s+)?)?(?P<a>" + _SIDE + r")\s+" + _VERSUS
                    + r"|when\s+(?:comparing\s+)?(?P<a2>" + _SIDE + r")\s+(?:(?:was|were)\s+)?" + _VERSUS + r"|comparing\s+(?P<a3>"
                    + _SIDE + r")\s+(?:with|to|versus|vs\.?)"
                    + r"|(?:for|in)\s+(?:the\s+)?(?:(?:\w+\s+)?(?:trials?|studies|RCTs?)\s+(?:comparing|that\s+compared)|comparisons?\s+of)"
                    r"\s+(?:the\s+)?(?P<a4>" + _SIDE + r")\s+(?:with|to|versus|vs\.?)"
                    r"|(?:for|in)\s+(?:the\s+)?comparisons?\s+between\s+(?:the\s+)?(?P<a5>" + _SIDE + r")\s+and)\s+(?:the\s+)?(?P<b>"
                    + _SIDE + r")\s*,\s", re.I)
_COLON = re.compile(r"^(?P<a>" + _SIDE + r")\s+" + _VERSUS + r"\s+(?P<b>" + _SIDE + r")\s*:\s", re.I)
# "There was no evidence of difference when high and low MCT formulas were compared"
_BOTH_COMPARED = re.compile(r"\b(?:when|where|if)\s+(?:the\s+)?(?P<a>[A-Za-z][\w/+'-]*(?:\s+[\w/+'-]+){0,3}?)\s+and\s+(?:the\s+)?"
                            r"(?P<b>[A-Za-z][\w/+'-]*(?:\s+[\w/+'-]+){0,4}?)\s+(?:were|was)\s+compared\b", re.I)
_PEOPLE = re.compile(r"^(?:people|patients|participants|women|men|children|adults|infants|individuals|those|groups?|arms?)\b", re.I)
_PRONOUN = re.compile(r"^(?:this|these|that|those|it|they|each|both|either|neither|other|another|all|any|one)\b", re.I)


def _arm_like(side: str) -> bool:
    side = side.strip()
    return 0 < len(side.split()) <= 10 and not _PRONOUN.match(side) and not _PEOPLE.match(side) \
        and not re.search(r"\b(?:compar\w*|studies|trials?|analys[ie]s|subgroups?|reviews?)\b", side, re.I) \
        and not N._NOT_ARM.search(side) and not _MEASURE.search(re.sub(r"\([^()]*\)", "", side)) \
        and not re.fullmatch(r"(?:an)?other|others|each\s+other|one\s+another|the\s+other", side, re.I)


def _pair(a: str, b: str) -> str | None:
    a, b = a.strip(" ,"), b.strip(" ,.")
    b = re.sub(r"\s+(?:for|in|among)\s+.*$", "", b)  # "... versus placebo for distal ureteric stones": who or what for, not the arm
    # "Early versus delayed surgery", "high and low MCT formulas": a lone modifier shares the other side's head
    whole_a = f"{a} {' '.join(b.split()[1:])}" if len(a.split()) == 1 and len(b.split()) > 1 and N._MODIFIER.match(a.lower()) else a
    return f"{a} versus {b}" if _arm_like(whole_a) and _arm_like(b) else None


def standing(text: str) -> str | None:
    """A sentence that is only a comparison's name, with or without a label: "2. Oral versus intravenous iron."."""
    body = _LABEL.sub("", text.strip(), count=1)
    found = _STANDING.match(body)
    if not found or len(body.split()) > 22 or _SENTENCE_WORDS.search(re.sub(r"\s*[.:]$", "", body)):
        return None
    return _pair(found["a"], found["b"])


# "There were no trials comparing X with Y", "further studies comparing X with Y are needed": no studies to report on
_NONE_FOUND = re.compile(r"\bno\s+(?:\w+\s+){0,2}(?:trials?|studies|study|RCTs?)\b|\b(?:none|further|future|needed|need|excluded)\b", re.I)
_FINITE = re.compile(r"\b(?:differed|found|showed|reported|had|has|were|was|did|failed|demonstrated|suggested|yielded)\b", re.I)


def _studies_compared(text: str) -> str | None:
    """"Four trials (612 participants) compared early with delayed surgery.": the one pair a study sentence names.
    Two pairs ("... and two compared X with Z") announce no one comparison."""
    if _NONE_FOUND.search(text):
        return None
    pairs = []
    for at in re.finditer(r"\bcompar(?:ed|ing)\b", text, re.I):
        found = _FRAME.match(text, at.start())
        if not found or not _STUDY_NOUN.search(text[:found.start()]) or re.search(_VERSUS, text[found.end():], re.I):
            continue  # ("compared adjuncts to debridement in SPT versus debridement only": the pair is not read right)
        listed = re.match(r",\s+[\w/+' -]+(?:,\s+[\w/+' -]+)*,?\s+(?:or|and)\s+\w", text[found.end():])
        pair = _pair(found["a"], found["b"]) if not _FINITE.search(found["a"] + " " + found["b"]) and not listed else None
        if pair:
            pairs.append(pair)
    return pairs[0] if len(set(pairs)) == 1 and len(pairs) == len(re.findall(r"\bcompar(?:ed|ing)\b", text, re.I)) else None


def announced(text: str) -> str | None:
    """The comparison a results sentence announces for itself and the sentences after it, as "A versus B"."""
    if re.search(r"\b(?:CI|RR|OR|HR|MD|SMD)\b|\d\s*%", text) and not _OPENS.match(text) \
            and not _COLON.match(_LABEL.sub("", text.strip(), count=1)):
        return None  # a sentence with estimates that does not open with its comparison names its own arms
    found = _OPENS.match(text)
    if found:
        return _pair(found["a"] or found["a2"] or found["a3"] or found["a4"] or found["a5"], found["b"])
    body = _LABEL.sub("", text.strip(), count=1)
    colon = _COLON.match(body)
    if colon and not _SENTENCE_WORDS.search(colon.group(0)[:-2]):
        return _pair(colon["a"], colon["b"])
    both = _BOTH_COMPARED.search(text)
    if both and not _NONE_FOUND.search(text) and not _FINITE.search(both["a"] + " " + both["b"]):
        return _pair(both["a"], both["b"])
    return standing(text) or _studies_compared(text)
