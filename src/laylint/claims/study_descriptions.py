"""Counts that describe studies rather than state the review's counts (steps of count_verdict.STEPS): a study
held by its size ("one large study (n = 992)"), eyes of the studies, people of trials still running, one study's
size, and what some studies were like ("Seven studies received financial support")."""

from __future__ import annotations

import re
from dataclasses import replace

from laylint.claims.compare import agrees
from laylint.claims.count_case import CountCase
from laylint.claims.count_other import other_count
from laylint.claims.study_size import sized_study
from laylint.claims.verdict import Verdict


def sized_study_quiet(case: CountCase) -> Verdict | None:
    """"One large study (n = 992)": the source's largest study, held by its size."""
    return Verdict("unattached") if sized_study(case.figure, case.context.after, case.metadata) is not None else None


def study_eyes(case: CountCase) -> Verdict | None:
    """"368 people (369 study eyes)": eyes of the studies, not studies."""
    figure, segment = case.figure, case.context.segment
    at = segment.find(figure.text)
    kind = _STUDY_ADJECTIVE.match(segment, at + len(figure.text)) if figure.counted == "studies" and at >= 0 else None
    if kind is None:
        return None
    return other_count(replace(figure, counted="other", noun=kind.group(1)), case.metadata.findings) or Verdict("unattached")


def ongoing_trials(case: CountCase) -> Verdict | None:
    """"Four trials are recruiting 40 to 200 newborns": people of trials not in the review, checked only
    against the source's own counts of them ("largest planned sample size")."""
    figure, segment = case.figure, case.context.segment
    at = segment.find(figure.text)
    if figure.counted != "people" or at <= 0 or not _ONGOING.search(segment, 0, at):
        return None
    planned = [f for f in case.metadata.findings if f.measure == "count" and _ONGOING.search(f.population or "")]
    if not planned:
        return Verdict("unattached")
    agreeing = [f for f in planned if agrees(case.stated, f)]
    return Verdict("count", agreeing[0]) if agreeing else Verdict("number-mismatch", planned[-1])


def size_of_one_study(case: CountCase) -> Verdict | None:
    """"15 participants in one study and 16 in the other": a study's size, a part."""
    context, total = case.context, case.total
    if case.figure.counted == "people" and total is not None and case.stated.value < total.value.value \
            and not context.total and _ONE_STUDY_AFTER.match(context.after):
        return Verdict("unattached")
    return None


def studies_described(case: CountCase) -> Verdict | None:
    """"Seven studies received financial support": some studies described, no claim."""
    context, total = case.context, case.total
    if case.figure.counted == "studies" and total is not None and case.stated.value < total.value.value \
            and not context.total and (_DESCRIBES_STUDIES.search(context.segment) or _FUNDING.search(context.segment)):
        return Verdict("unattached")
    return None


# "15 participants in one study and 16 in the other": the size of one study named right after the count
_ONE_STUDY_AFTER = re.compile(r"\s*(?:[A-Za-z-]+\s+)?in\s+(?:one|the\s+other|another|a\s+single|the\s+first|the\s+second)\b"
                              r"(?!\s+(?:arm|group))", re.IGNORECASE)
# studies that did not say who funded them; a count of the funded ones stays checked ("24 studies had some industry
# funding" is in abstracts: a shift of it was caught only as unsupported)
_FUNDING = re.compile(r"\b(?:no|not)\s+(?:[\w-]+\s+){0,3}?(?:information|details?|report\w*|state\w*|say|said)\s+"
                      r"(?:[\w-]+\s+){0,6}?(?:fund(?:ed|ing|er|ers)|sponsor(?:ed|ship|s)?|conflicts?\s+of\s+interest)\b",
                      re.IGNORECASE)
# what some of the studies were like (funding, design, setting), not what they found; "used X" stays checked:
# "two trials used lopinavir as the comparator" counts a comparison the abstract may give
_DESCRIBES_STUDIES = re.compile(r"\b(?:stud(?:y|ies)|trials?|c?RCTs?)\s+(?:(?:were|was|had\s+been)\s+(?:\w+\s+)?"
                                r"(?:funded|sponsored|supported|carried\s+out|conducted|done|run|based|set|cluster|"
                                r"randomi[sz]ed|published|performed)\b|(?:received|reported\s+receiving)\s+(?:\w+\s+)?"
                                r"(?:funding|support|money|grants?)\b|took\s+place\b|lasted\b)", re.IGNORECASE)


_STUDY_ADJECTIVE = re.compile(r"\s+(?:study|trial)\s+(eyes?|knees?|hips?|limbs?|teeth|ears?|wounds?|ulcers?|lesions?)\b",
                             re.IGNORECASE)
# a sentence about trials still running or planned: the people it counts are not the review's
_ONGOING = re.compile(r"\b(?:ongoing|(?:are|is|were)\s+(?:still\s+|currently\s+|now\s+)?recruiting|planned|plan\s+to\s+(?:enrol|enroll|recruit|include)|"
                      r"will\s+(?:enrol|enroll|recruit|include)|under\s?way|not\s+yet\s+(?:finished|completed|published|reported))\b",
                      re.IGNORECASE)
