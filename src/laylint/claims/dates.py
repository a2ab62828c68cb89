"""The date of the literature search, as a summary states it ("The evidence is up to date to March
2023", "We searched databases until 28 March 2023"), against the metadata's `searched` (any of its dates,
when it lists the days databases and registries were searched).

A date is read as the search date when a search word ("searched", "up to date", "current to"...,
from the claim-quantities lexicon) comes before it in its sentence. It is compared at the precision
it is written: a year with the year, a month with the month, a day with the day.

A search sentence may give more than one date: when one of them is the declared date, the others
are earlier searches or the start of the period searched ("in January 2022 and August 2022",
"published between January 2002 and August 2022"); the start of a range ("between", "since", "after", "from")
is never the search date;
a later search the summary says is not yet in the review ("an update search in September 2023 has
not yet been incorporated") is not its search date either.
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
_RANGE_AFTER = re.compile(r"\s*(?:and|to|until|through|-|–|—)\s*$", re.IGNORECASE)  # "between X and", "from X to"
_NOT_INCLUDED = re.compile(r"\bnot\s+(?:yet\s+)?(?:been\s+)?(?:incorporated|included|added|assessed|analy[sz]ed)\b"
                           r"|\bawaiting\s+classification\b|\bwill\s+be\s+(?:incorporated|included|added)\b", re.IGNORECASE)
# the start of the period searched: "published since 2008", "after 1990", "starting in 2015", "from 2010 onwards"
_WINDOW_START = re.compile(r"\b(?:since|after|from|starting(?:\s+(?:in|from))?|beginning(?:\s+in)?)\s+$", re.IGNORECASE)
_WINDOW_START_TEXT = re.compile(r"^(?:since|after|from)\b", re.IGNORECASE)
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


def _agrees_any(stated: SearchDate, metadata) -> bool:
    return any(_agrees(stated, searched) for searched in metadata.searches or (metadata.searched,))


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
        dates = [c for c in extract(analysis) if c.unit == "date"]
        for claim in dates:
            sentence = analysis.sentences[claim.sentence]
            if not cue.search(text, sentence.start, claim.start):
                continue
            stated = parse(claim.text)
            if stated is None:
                continue
            agrees = _agrees_any(stated, metadata)
            # only another search date excuses it: "published in 2022, and the search was completed in March 2024"
            others = [parse(c.text) for c in dates if c.sentence == claim.sentence and c is not claim
                      and cue.search(text, sentence.start, c.start)]
            if not agrees and (any(o is not None and _agrees_any(o, metadata) for o in others)
                               or _starts_range(text, claim, dates) or _starts_window(text, sentence.start, claim)
                               or (_later(stated, metadata.searched) and _NOT_INCLUDED.search(text, sentence.start, sentence.end))):
                agrees = True  # an earlier search, the start of the period, a later search not yet in the review
            found.append(SearchClaim(claim.start, claim.end, claim.text, stated, agrees))
        return found

    return analysis.memo("claims.search-dates", build)


def _starts_range(text: str, claim, dates) -> bool:
    """"between January 2002 and August 2022": the first date of a range of two."""
    return any(c.sentence == claim.sentence and c.start > claim.end and _RANGE_AFTER.match(text[claim.end:c.start])
               for c in dates)


def _starts_window(text: str, sentence_start: int, claim) -> bool:
    """"studies published since 2008": the first year searched, not the date of the search."""
    return bool(_WINDOW_START_TEXT.match(claim.text) or _WINDOW_START.search(text, max(sentence_start, claim.start - 30), claim.start))


def _later(stated: SearchDate, searched: SearchDate) -> bool:
    return (stated.year, stated.month or 0) > (searched.year, searched.month or 0)
