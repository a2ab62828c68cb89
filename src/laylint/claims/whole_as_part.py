"""The whole review's people given for a part of its studies (round 36): "We found four studies. ... These two
studies involved 810 women" when the source's 810 participants are of all four studies. A count of people that is the
declared total, said right after a smaller number of studies in its own sentence ("two studies involved", "the 3
trials with"), gives the whole's figure to a part: a wrong-pair. Left alone: a count in a clause that names a drug,
studies said as the review's own ("The review includes seven trials that involved 600,000 women", when one of its
eight was excluded) or loosely ("about two dozen studies"), a sentence that also says the review's own number of studies ("Of the 4 studies, two ... with 810 women"), a study
count the source itself gives people for (a part with its own count of people agreeing), and any other number
between the studies and the people.
"""

from __future__ import annotations

import re
from dataclasses import replace

from laylint.claims.compare import agrees
from laylint.claims.counted import sentence_and_start
from laylint.claims.quantities import Figure
from laylint.claims.verdict import Context
from laylint.metadata import Finding, Metadata

_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
          "eleven": 11, "twelve": 12}
_NUMBER = r"\d[\d,]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# "two studies involved ", "the 3 trials, which together enrolled ", "these two studies with ": the studies, a few
# words (no number, no bracket, no clause break) and the people
_STUDIES_THEN = re.compile(rf"(?P<n>{_NUMBER})\s+(?:[\w-]+\s+){{0,2}}?(?:stud(?:y|ies)|trials?|c?RCTs?)\b"
                           rf"(?P<between>(?:\s*,?\s*[A-Za-z-]+){{1,6}}\s*)\Z", re.IGNORECASE)
_ANY_NUMBER = re.compile(_NUMBER, re.IGNORECASE)
# the studies said as the review's own (its number of them may leave out an excluded study) or loosely ("about two
# dozen studies")
_SAID_AS_WHOLE = re.compile(r"\b(?:includ\w*|found|identified|review\w*|in\s+total|altogether|overall|there\s+(?:were|are))\b",
                            re.IGNORECASE)
_ABOUT = re.compile(r"\b(?:about|around|approximately|nearly|almost|roughly|some|over|more\s+than|at\s+least)\s+\Z",
                    re.IGNORECASE)
_LOOSE = re.compile(r"\b(?:dozens?|hundreds?|thousands?|scores?)\b", re.IGNORECASE)
_NOT_BETWEEN = re.compile(r"\b(?:and|or|but|of|each|per|other|another|more|further|additional)\b", re.IGNORECASE)


def _value(text: str) -> float | None:
    value = _WORDS.get(text.lower())
    if value is not None:
        return value
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def whole_as_part(figure: Figure, stated: Figure, context: Context, metadata: Metadata, total: Finding | None,
                  candidates: list[Finding]) -> Finding | None:
    """The review's total of people, named as all its studies', when the figure is that total said of fewer studies."""
    if figure.counted != "people" or total is None or metadata.studies is None or not agrees(stated, total) \
            or stated.qualifier not in ("", "approximate") or context.drugs or context.comparators or context.evidence:
        return None
    sentence, at = sentence_and_start(figure, context)
    if at < 0:
        return None
    said = _STUDIES_THEN.search(sentence[:at])
    if said is None or _NOT_BETWEEN.search(said.group("between")):
        return None
    before = sentence[:said.start()]
    if _SAID_AS_WHOLE.search(before) or _ABOUT.search(before) or _LOOSE.search(said.group(0)):
        return None  # "The review includes seven trials that involved 600,000 women": the writer's whole, not a part
    studies = _value(said.group("n"))
    if studies is None or not 0 < studies < metadata.studies:
        return None
    if any(_value(m.group(0)) == metadata.studies for m in _ANY_NUMBER.finditer(sentence[:said.start()])):
        return None  # "Of the 4 studies, two ... with 810 women": the whole is said too
    # the source's own people of that many studies agree: a part with the total's number ("2 studies, 810 people")
    if any(f is not total and agrees(stated, f) for f in candidates):
        return None
    return replace(total, population=f"participants in all {metadata.studies:g} studies of the review")
