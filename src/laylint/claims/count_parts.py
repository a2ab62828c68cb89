"""Counts of a part of the review ("Two studies (122 participants) measured X"), and the wholes parts add up to."""

from __future__ import annotations

import re
from dataclasses import replace

from laylint.claims import parts
from laylint.claims.compare import agrees
from laylint.claims.count_evidence import evidence_counts
from laylint.claims.counted import counts_what, sentence_and_start, unnamed_subgroup
from laylint.claims.quantities import Figure
from laylint.claims.verdict import Context, Verdict
from laylint.metadata import Finding, Metadata, Quantity


# "Two studies (122 participants) measured X", "Three trials had a waiting-list control": some of the review's
# studies, or the people in them, as the subject of what they did (older Cochrane prose); "found", "used"
# and "had ... funding" are left out ("four trials used X" counts a comparison, "studies found" claims a result)
_PART_VERB = (r"(?:reported|measured|assessed|looked\s+at|examined|evaluated|recorded|investigated|compared|"
              r"had(?!\s+(?:[\w-]+\s+){0,2}?(?:funding|support|money|grants?)\b)|gave|provided|collected)\b")
_PART_SUBJECT = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:stud(?:y|ies)|trials?|c?RCTs?)(?:\s*\([^()]*\)|\s+(?:with|involving|including)\s+[\d,]+\s+[\w-]+)?"
                           r"\s+(?:also\s+|only\s+)?" + _PART_VERB, re.IGNORECASE)
# "Quality of life was measured in four studies (310 participants)": the passive, the part after it
_PART_PASSIVE = re.compile(r"\b(?:was|were|is|are)\s+(?:only\s+)?(?:reported|measured|assessed|looked\s+at|examined|"
                           r"evaluated|recorded|investigated|collected)\s+(?:only\s+)?in\s+(?:only\s+)?\Z", re.IGNORECASE)
_STUDY_NOUN_NEXT = re.compile(r"\s+(?:[\w-]+\s+)?(?:stud(?:y|ies)|trials?|c?RCTs?)\b", re.IGNORECASE)
# "In three of the studies, 410 people ...", "In those five studies, 1310 participants ...": people of a part
_IN_PART = re.compile(r"\A\s*In\s+(?:these|those|the|[\w-]+)\s+(?:(?:out\s+)?of\s+(?:the|these|those)\s+)?(?:[\w-]+\s+){0,2}?"
                      r"(?:stud(?:y|ies)|trials?|c?RCTs?)\b[^,;.]{0,40},\s*\Z", re.IGNORECASE)


def is_part(figure: Figure, stated: Figure, context: Context, metadata: Metadata, total: Finding | None) -> bool:
    """Is the count a part of the review: below its total, not said as the total, and the subject of what
    some studies did ("Two studies (122 participants) measured X"), or the sentence's opening studies
    ("In seven studies with 2442 people, ..."), or the people of such a count of studies?"""
    if total is None or stated.value >= total.value.value or figure.qualifier in ("more-than", "at-least"):
        return False
    sentence, at = sentence_and_start(figure, context)
    if at < 0:
        return False
    if figure.counted == "studies":
        return not parts.said_as_total(context.segment, context.total) and (
            _part_subject(figure, context) or parts.opens_on_studies(sentence, at))
    found = parts.studies_with(sentence, at)
    if found is not None:  # "seven studies with 2442 people": a part when the seven are ("We found eight ..." is not)
        value, start = found  # (not the evidence behind a result: "(evidence from 3 studies with 461 participants)")
        return metadata.studies is not None and value < metadata.studies and not context.evidence \
            and not _total_said_before(sentence, start) and not parts.evidence_before(sentence, start) \
            and not _evidence_size(value, metadata)
    return _part_subject(figure, context)


def _evidence_size(studies: float, metadata: Metadata) -> bool:
    """Is this number of studies one an outcome's evidence has ("(8 studies, 434 participants)")? Then the
    people beside it are that evidence's, which the source gives: not a part."""
    behind = evidence_counts(metadata)
    outcome_counts = [f for f in metadata.findings if f.measure == "count" and f.outcome] + [
        c for f in metadata.findings if f.measure != "count" and f.outcome for c in behind.get(id(f), ())]
    return any(counts_what(f) == "studies" and f.value.value == studies for f in outcome_counts)


def part_verdict(figure: Figure, stated: Figure, metadata: Metadata, outcomes: set[str], sentence: str = "") -> Verdict | None:
    """A part is checked against the source's counts of its kind for the sentence's outcomes, when it gives them."""
    behind = evidence_counts(metadata)  # counts listed right after a result are that outcome's too
    listed = [c for f in metadata.findings if f.measure != "count" and f.outcome in outcomes for c in behind.get(id(f), ())]
    own = [f for f in metadata.findings if f.measure == "count" and f.outcome and f.outcome in outcomes] + listed
    own = [f for f in own if counts_what(f) == figure.counted and f.value.value > 0]
    if not own:
        # an outcome with results but no count of its own, in a source that counts parts: the count is of that
        # result's evidence, which the source may give elsewhere (checked as before); else a part, quiet
        results = any(f.measure != "count" and f.outcome in outcomes for f in metadata.findings)
        counted = any(f.measure == "count" and counts_what(f) in ("", figure.counted) for f in metadata.findings)
        return None if results and counted else Verdict("unattached")
    agreeing = [f for f in own if agrees(stated, f)]
    if agreeing:
        return Verdict("count", agreeing[0])
    # "15 trials reported wound infection" against the 9 "trials using preoperative antibiotics": not the same count
    same = [f for f in own if not unnamed_subgroup(f, figure, sentence)]
    return Verdict("number-mismatch", same[0]) if same else Verdict("unsupported-number")


# "We found eight trials with ...", "included a total of 12 studies (": the studies of the whole review
_TOTAL_BEFORE = re.compile(r"\b(?:found|included|includes|include|identified|reviewed|a\s+total\s+of|in\s+total|"
                           r"involved|involving)\s+(?:only\s+|just\s+|a\s+total\s+of\s+)?\Z", re.IGNORECASE)


def _total_said_before(sentence: str, start: int) -> bool:
    """Is the count just after a word that introduces the review's total ("we included", "in total")?"""
    return bool(_TOTAL_BEFORE.search(sentence, max(0, start - 40), start))


def _part_subject(figure: Figure, context: Context) -> bool:
    """Is the figure the count of some studies, or of their people, that such a clause is about?"""
    sentence, at = sentence_and_start(figure, context)
    if at < 0:
        return False
    if figure.counted == "studies":
        return bool(_PART_SUBJECT.match(sentence, at + len(figure.text))) or (
            bool(_PART_PASSIVE.search(sentence, 0, at)) and bool(_STUDY_NOUN_NEXT.match(sentence, at + len(figure.text))))
    if _IN_PART.match(sentence[:at]):
        return True
    # "Four studies with (involving) 520 participants reported": the count of studies, then the verb; a part
    # even after "involving" (the count of studies below the review's says so)
    head = re.search(r"(?:\d+|[A-Za-z-]+)\s+(?:[\w-]+\s+)?(?:stud(?:y|ies)|trials?|c?RCTs?)\s+(?:with|involving|including)\s+\Z",
                     sentence[max(0, at - 55):at])
    if head is not None and _PART_SUBJECT.match(sentence, at - len(head.group(0)) + len(head.group(0).split()[0])):
        return True
    # people: "Two studies (122 participants) measured": the count of studies before the bracket, then the verb
    opened = sentence.rfind("(", 0, at)
    if opened < 0 or ")" in sentence[opened:at]:
        return False
    head = re.search(r"(?:\d+|[A-Za-z-]+)\s+(?:[\w-]+\s+)?\Z", sentence[max(0, opened - 40):opened])
    if head is None:
        return False
    start = opened - len(head.group(0))
    return bool(_PART_SUBJECT.match(sentence, start + len(head.group(0).split()[0]))) or (
        bool(_PART_PASSIVE.search(sentence, 0, start)) and bool(_STUDY_NOUN_NEXT.match(sentence, start + len(head.group(0).split()[0]))))


def whole_of(stated: Figure, context: Context, metadata: Metadata, total: Finding | None, counts) -> Finding | None:
    """A count that is a part of a declared count with a count next to it ("Results from six trials
    showed no benefit. One trial suggested ...": 6 + 1 = the 7 trials), or, for a total of people naming
    no comparison, the sum of the comparisons' own counts (a total the source's comparisons add up to)."""
    kind = [f for f in metadata.findings if f.measure == "count" and counts_what(f) in ("", stated.counted)]
    wholes = ([total] if total else []) + (counts if counts is not None else kind)
    for sibling in context.siblings:
        summed = replace(stated, value=stated.value + sibling, qualifier="", decimals=0)
        found = next((f for f in wholes if agrees(summed, f)), None)
        if found is not None:
            return found
    if counts is not None or stated.counted != "people" or not context.total:
        return None  # the sum: only a stated total of people ("11 studies involving 1885 infants")
    own = {}
    for finding in kind:  # each comparison's first count: the one for the whole comparison
        if finding.drug and not finding.outcome:
            own.setdefault((finding.drug, finding.comparator), finding)
    if len(own) < 2:
        return None
    summed = Finding(outcome="", value=Quantity(sum(f.value.value for f in own.values()), False), measure="count",
                     population=f"{stated.counted} in the comparisons, added up")
    if total is not None and summed.value.value > total.value.value * 1.1 and stated.qualifier:
        return None  # beyond the declared total, only a sum stated exactly ("about 300" is no sum of 122 + 181)
    return summed if agrees(stated, summed) else None
