"""A review's totals from its inclusion sentence: the first results sentence, before any estimate, that
says what was included ("We included 12 randomised clinical trials with 1544 participants", "Six
school-based studies (9210 children) and four clinic-based studies (1150 children) were included",
"A total of 1210 adult smokers participated in the four ... trials", "we extracted data from 31 trials").

Counts joined by "and" are parts of the total (their sum); a count after "of the" ("five of the fifteen
studies") or one qualified as more, new or ongoing is no total."""

from __future__ import annotations

import re

from laylint.draft.counts import PEOPLE_NOUNS
from laylint.draft.frame import _ESTIMATE
from laylint.draft.textnorm import NUMBER, number_value

_CUE = re.compile(r"\b(?<!\bnot\s)(?:included|met\s+(?:the\s+|our\s+)?(?:inclusion|eligibility)|extracted\s+data\s+from|participated\s+in|"
                  r"took\s+part\s+in|were\s+eligible)\b", re.I)
_MODIFIER = r"(?:(?!of\b|and\b|or\b|with\b|in\b|from\b|involving\b|including\b)[A-Za-z][\w-]*\s+)"
_STUDY_COUNT = re.compile(r"(?<![\w.,-])(?P<n>" + NUMBER + r")\s+" + _MODIFIER + r"{0,3}?(?:studies|trials|RCTs|study|trial|RCT)\b", re.I)
_PEOPLE_COUNT = re.compile(r"(?<![\w.,-])(?P<n>" + NUMBER + r")\s+" + _MODIFIER + r"{0,2}?" + PEOPLE_NOUNS + r"\b", re.I)
_TWO_SIZES = re.compile(r"\(\s*(?:with\s+)?(?P<a>" + NUMBER + r")\s+and\s+(?P<b>" + NUMBER + r")\s+" + PEOPLE_NOUNS + r"\s*\)", re.I)
_NOT_TOTAL = re.compile(r"(?:(?<!\btotal\s)\bof\s+(?:the\s+)?|\b(?:more|new|additional|ongoing|further|other)\s+)$", re.I)
_NOT_TOTAL_WORDS = re.compile(r"\b(?:more|new|additional|ongoing|further|other|awaiting|excluded|already)\b", re.I)


# "Three studies were included in the previous version", "the 37 studies included from the original review" (not "two more
# studies than the previous version": this review's total)
_EARLIER_VERSION = re.compile(r"\b(?:in|from)\s+(?:the\s+)?(?:previous|earlier|original|last|first)\s+(?:published\s+)?"
                              r"(?:version|review|update)\b", re.I)


def _value(text: str) -> int | None:
    value = number_value(text)
    return int(value) if value is not None and value == int(value) and value > 0 else None


def _counts(pattern, text: str):
    found = []
    for m in pattern.finditer(text):
        if _NOT_TOTAL.search(text[:m.start()]) or _NOT_TOTAL_WORDS.search(m.group(0)) or _value(m["n"]) is None:
            continue
        found.append(m)
    return found


def inclusion_totals(sentences) -> tuple[tuple[int, int, int], tuple[int, int, int] | None, object] | None:
    """((studies, start, end), (participants, start, end) or None, sentence) with offsets in the sentence, or None."""
    for sentence in sentences:
        if sentence.section not in ("results", "unstructured"):
            continue
        text = sentence.text
        if _ESTIMATE.search(text):
            return None
        if not _CUE.search(text) or _EARLIER_VERSION.search(text):
            continue  # (nor "Three studies were included in the previous version": that version's)
        studies = _counts(_STUDY_COUNT, text)
        first_any = _STUDY_COUNT.search(text)
        if not studies or first_any.start() < studies[0].start():
            continue  # "The update included two more studies ...": what was added, not the total
        # the total, or its parts joined by "and" ("Six ... studies (...) and four ... studies (...) were included")
        parts = [studies[0]]
        for m in studies[1:]:
            between = text[parts[-1].end():m.start()]
            if re.search(r"\band\s*$", between) and not re.search(r"[.;:]|\bthan\b", between):
                parts.append(m)
            else:
                break
        if len(studies) > len(parts) and len(parts) > 1:
            return None
        n_studies = sum(_value(m["n"]) for m in parts)
        people = [m for m in _counts(_PEOPLE_COUNT, text) if not re.search(r"\b(?:aged?|over|under|than)\s+$", text[:m.start()], re.I)]
        cue = _CUE.search(text)
        at = (cue.start(), cue.end())  # a sum is quoted at the cue: each part stays a count of its own
        sizes = _TWO_SIZES.search(text)
        if sizes and len(studies) == 1 and _value(sizes["a"]) and _value(sizes["b"]):  # (not one part of a list of parts:
            # "Five trials were included: two trials (30 and 49 participants) of X; one trial (40 participants) of Y; ...")
            total = _value(sizes["a"]) + _value(sizes["b"])
            return (n_studies, parts[0].start("n"), parts[0].end("n")), (total, *at), sentence
        if len(parts) > 1:
            mine = [p for p in people if p.start() > parts[0].start()]
            if len(mine) != len(parts):
                return (n_studies, *at), None, sentence
            return (n_studies, *at), (sum(_value(p["n"]) for p in mine), *at), sentence
        first = people[0] if people else None
        if first is not None and len(people) > 1 and not re.search(r"\bparticipated\s+in\b|\btook\s+part\b", text):
            first = None  # several groups of people and no one total
        if first is not None and _value(first["n"]) == n_studies:
            first = None
        person = (_value(first["n"]), first.start("n"), first.end("n")) if first is not None else None
        return (n_studies, parts[0].start("n"), parts[0].end("n")), person, sentence
    return None
