"""A part's people said as the whole review's (round 35): "We identified 78 studies that together included about
610,000 people" when the source gives 610,872 participants in its 11 new trials (and more in all). A count of people
said as the whole review's (totals.said_as_whole: "we found", "in total", after the review's own number of studies)
that is not the declared total and agrees only with counts of a part (a comparison's, an outcome's, a subgroup's:
"in the 11 new trials", "analysed", "in the meta-analyses") is that part's figure given for the whole: a wrong-pair.
With no total declared, only counts said of another number of studies ("in the 11 new trials") are surely parts.
Left alone: a count inside a bracket ("(370 participants)"), a count in a clause that names a drug, one joined to
another count of people ("6111 adults and 294 children"), one after another number in its sentence ("78 RCTs,
including 11 new ones that added 610,872 participants": the people may be the 11's), one in a sentence that does not
say the review's number of studies ("In total, 14 participants required hospital admission"), and one whose sentence
says the part's own words ("811 participants from 12 studies in the final analysis").
"""

from __future__ import annotations

import re

from laylint.claims import totals
from laylint.claims.compare import agrees
from laylint.claims.counted import GENERIC, PEOPLE_WORDS, STUDY_WORDS, sentence_and_start
from laylint.claims.quantities import Figure
from laylint.claims.verdict import Context
from laylint.metadata import Finding, Metadata

_JOINED_AFTER = re.compile(r"\A\s*(?:[\w-]+\s+){0,4}?(?:and|or|plus)\s+(?:about\s+|around\s+|some\s+|nearly\s+)?\d", re.IGNORECASE)
_JOINED_BEFORE = re.compile(r"\d[\d,.]*\s+(?:[\w-]+\s+){0,3}?(?:and|or|plus)\s+(?:about\s+|around\s+|some\s+|nearly\s+)?\Z",
                            re.IGNORECASE)
# the review's own number of studies, said in the sentence ("We found 24 trials with ...", "... in the 12 studies")
_STUDIES = re.compile(r"(?P<n>\d[\d,]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s+(?:[\w-]+\s+){0,2}?"
                      r"(?:stud(?:y|ies)|trials?|c?RCTs?)\b", re.IGNORECASE)
_NUMBER = re.compile(r"\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b", re.IGNORECASE)


def _of_a_part(finding: Finding) -> bool:
    """Does the count finding count a part of the review: a comparison's, an outcome's, or a described group's?"""
    if finding.drug or finding.outcome:
        return True
    left = STUDY_WORDS.sub(" ", PEOPLE_WORDS.sub(" ", finding.population or ""))
    return any(word.lower() not in GENERIC for word in re.findall(r"[A-Za-z]+", left))


def part_as_whole(figure: Figure, stated: Figure, context: Context, metadata: Metadata, total: Finding | None,
                  candidates: list[Finding]) -> list[Finding]:
    """The part counts a count of people said as the whole review's agrees with, when it agrees with nothing else."""
    if figure.counted != "people" or figure.subset or (total is not None and agrees(stated, total)) \
            or context.parenthesis or context.drugs or context.comparators or context.evidence:
        return []
    sentence, at = sentence_and_start(figure, context)
    if at < 0 or not totals.said_as_whole(sentence, at, metadata.studies):
        return []
    if _JOINED_AFTER.match(context.after[:60]) or _JOINED_BEFORE.search(context.before[-60:]):
        return []
    studies = metadata.studies
    if not any(_same_number(m.group("n"), studies) for m in _STUDIES.finditer(sentence)):
        return []  # "In total, 14 participants required admission", "The trials included 40 to 73": no whole said
    numbers = [m.group(0) for m in _NUMBER.finditer(sentence[max(0, at - 100):at])]
    if any(not _same_number(n, studies) for n in numbers):
        return []  # "78 RCTs, including 11 new ones that added ...": the people may be the 11's
    agreeing = [f for f in candidates if f is not total and agrees(stated, f)]
    said = _words(sentence)
    if not agreeing or not all(_of_a_part(f) for f in agreeing) or any(_words(f.population or "") & said for f in agreeing):
        return []  # "811 participants from 12 studies in the final analysis": the part's own words said
    if total is None and not all(_fewer_studies(f, studies) for f in agreeing):
        return []  # no declared total: only a count said of fewer studies ("in the 11 new trials") is surely a part
    return agreeing


def _fewer_studies(finding: Finding, studies) -> bool:
    """Does the count's population name a number of studies other than the review's ("in the 11 new trials")?"""
    return any(not _same_number(m.group("n"), studies) for m in _STUDIES.finditer(finding.population or ""))


def _words(text: str) -> set[str]:
    """The words that set a count apart: not its noun, a number or a common word."""
    left = STUDY_WORDS.sub(" ", PEOPLE_WORDS.sub(" ", text))
    return {word.lower() for word in re.findall(r"[A-Za-z]{3,}", left) if word.lower() not in GENERIC}


_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
          "eleven": 11, "twelve": 12}


def _same_number(text: str, studies) -> bool:
    """Is a number said before the count the review's own number of studies?"""
    value = _WORDS.get(text.lower())
    if value is None:
        try:
            value = float(text.replace(",", "").rstrip("."))
        except ValueError:
            return False
    return studies is not None and value == studies
