"""Kind `search-date`: a date the summary gives as the date of the literature search ("The evidence
is up to date to August 2021") that is not the metadata's `searched` date."""

from __future__ import annotations

from laylint.checks.kind import Kind


def check(rule, analysis):
    from laylint.claims.dates import search_dates

    metadata = analysis.metadata
    for claim in search_dates(analysis):
        if not claim.agrees:
            searched = " or ".join(map(str, metadata.searches or (metadata.searched,)))
            yield analysis.diagnostic(rule, claim.start, claim.end, text=claim.text, stated=str(claim.stated),
                                      searched=searched)


KIND = Kind("search-date", check, fields=("text", "stated", "searched"))
