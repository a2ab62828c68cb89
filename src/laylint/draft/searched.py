"""When the abstract's literature search ran: "We searched ... on 28 March 2023", "to 1 April 2022",
"up to 28 January 2024", "in September 2023", "Date of last search: 18 September 2022", "from
inception to March 2023". The latest date of the sentences that describe the search."""

from __future__ import annotations

import re
from dataclasses import dataclass

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_MONTH = r"(?P<{0}>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)"
_DATE = re.compile(
    r"\b(?:(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s+" + _MONTH.format("m1") + r",?\s+(?P<y1>(?:19|20)\d\d)"  # 28 March 2023
    r"|" + _MONTH.format("m2") + r"\s+(?:(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?,?\s+)?(?P<y2>(?:19|20)\d\d)"  # March 28, 2023 / March 2023
    r"|(?P<y3>(?:19|20)\d\d)-(?P<m3>[01]\d)(?:-(?P<d3>[0-3]\d))?"  # 2023-03-28
    r"|(?:to|until|till|through|up\s+to|in)\s+(?P<y4>(?:19|20)\d\d)(?![\d\u2010-\u2015-]))\b",  # "to 2023" (a year alone)
    re.I)
# a sentence about the search: the verb, the databases or the last-search label
_SEARCH = re.compile(r"\b(?:search\w*|MEDLINE|Embase|CENTRAL|PubMed|CINAHL|PsycINFO|Web of Science|Scopus|"
                     r"trials?\s+regist\w+|databases?|from\s+inception|date\s+of\s+(?:the\s+)?(?:last|latest|most\s+recent)\s+search)\b", re.I)
# dates that are not the search's: publication windows, study periods
_NOT_SEARCH = re.compile(r"\b(?:published|conducted|recruited|enrolled)\s+(?:between|from)\b", re.I)


@dataclass
class Searched:
    value: str  # ISO: 2023-03-28, 2023-03 or 2023
    start: int
    end: int


def _month(word: str) -> int | None:
    word = word.lower().rstrip(".")
    return next((i + 1 for i, name in enumerate(_MONTHS) if name.startswith(word[:3])), None)


def dates(text: str):
    """(year, month, day, start, end) of each date written in `text`."""
    for m in _DATE.finditer(text):
        if m["y1"]:
            year, month, day = int(m["y1"]), _month(m["m1"]), int(m["d1"])
        elif m["y2"]:
            year, month, day = int(m["y2"]), _month(m["m2"]), int(m["d2"]) if m["d2"] else None
        elif m["y3"]:
            year, month, day = int(m["y3"]), int(m["m3"]), int(m["d3"]) if m["d3"] else None
        else:
            year, month, day = int(m["y4"]), None, None
            start = m.start("y4")
            yield year, None, None, start, m.end()
            continue
        if month is None or not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
            continue
        yield year, month, day, m.start(), m.end()


def find(sentences) -> tuple[list[Searched], str | None]:
    """The search dates of the sentences (outside results and conclusions) that describe the search, and
    a note for the reviewer. Several different dates (a database search and a registry search, an
    update search) are all drafted, since a summary may rightly give any of them; the note asks the
    reviewer to keep only those."""
    found: dict[tuple, Searched] = {}
    for sentence in sentences:
        if sentence.section in ("results", "conclusions", "title") or not _SEARCH.search(sentence.text):
            continue
        if _NOT_SEARCH.search(sentence.text):
            continue
        for year, month, day, start, end in dates(sentence.text):
            iso = f"{year}" + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if month and day else "")
            found.setdefault((year, month or 0, day or 0), Searched(iso, sentence.start + start, sentence.start + end))
    # "2023" beside "March 2023" is the same search written coarser
    keys = [k for k in found if not any(o != k and o[0] == k[0] and (k[1] == 0 or (o[1] == k[1] and k[2] == 0)) for o in found)]
    drafted = [found[k] for k in sorted(keys)]
    if len(drafted) > 1:
        written = ", ".join(d.value for d in drafted)
        return drafted, (f"the abstract gives several search dates ({written}); keep in `searched:` only those a summary "
                       "may give as its search date")
    return drafted, None
