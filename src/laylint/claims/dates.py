"""The date of the literature search, as a summary states it ("The evidence is up to date to March
2023", "We searched databases until 28 March 2023"), against the metadata's `searched`.

A date is read as the search date when a search word ("searched", "up to date", "current to"...,
from the claim-quantities lexicon) comes before it in its sentence. It is compared at the precision
it is written: a year with the year, a month with the month, a day with the day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from laylint.claims.patterns import patterns
from laylint.metadata import MONTHS, SearchDate

_MONTH = {name.lower()[:3]: index + 1 for index, name in enumerate(MONTHS)}
_WRITTEN = re.compile(r"^(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?P<month>[A-Za-z]{3,9})\.?,?\s+"
                      r"(?:(?P<day2>\d{1,2})(?:st|nd|rd|th)?,?\s+)?(?P<year>\d{4})$")
_ISO = re.compile(r"^(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)$")
_YEAR = re.compile(r"^(?P<year>(?:19|20)\d\d)$")
_QUALIFIER = re.compile(r"^(?:up\s+to|until|till|to|by|before|through|as\s+of|about|around|over|under|after)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class SearchClaim:
    start: int
    end: int
    text: str
    stated: SearchDate
    agrees: bool


def parse(text: str) -> SearchDate | None:
    """A written date as (year, month, day), each part only if written; None for ranges and others."""
    text = _QUALIFIER.sub("", " ".join(text.split()))
    if match := _YEAR.match(text):
        return SearchDate(int(match["year"]))
    if match := _ISO.match(text):
        return SearchDate(int(match["year"]), int(match["month"]), int(match["day"]))
    if match := _WRITTEN.match(text):
        month = _MONTH.get(match["month"].lower()[:3])
        if month is None:
            return None
        day = match["day"] or match["day2"]
        return SearchDate(int(match["year"]), month, int(day) if day else None)
    return None


def _agrees(stated: SearchDate, searched: SearchDate) -> bool:
    if stated.year != searched.year:
        return False
    if stated.month is not None and searched.month is not None and stated.month != searched.month:
        return False
    return stated.day is None or searched.day is None or stated.day == searched.day


def search_dates(analysis) -> list[SearchClaim]:
    """Every date the summary gives as its search date, with whether it agrees with `searched`."""
    def build():
        from laylint.claims import extract

        metadata = analysis.metadata
        if metadata is None or metadata.searched is None:
            return []
        cue, text, found = patterns(analysis).search, analysis.text, []
        for claim in extract(analysis):
            if claim.unit != "date":
                continue
            sentence = analysis.sentences[claim.sentence]
            if not cue.search(text, sentence.start, claim.start):
                continue
            stated = parse(claim.text)
            if stated is not None:
                found.append(SearchClaim(claim.start, claim.end, claim.text, stated, _agrees(stated, metadata.searched)))
        return found

    return analysis.memo("claims.search-dates", build)
