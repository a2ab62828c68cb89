"""One study named by its size (round 33): "One large study (n = 992) found ..." when the source gives 992
participants in its largest study. The count of 1 is that study, which the source holds by its size, not a count of
studies the source would state: it is backed when the size in the bracket (or after "of", "with", "involving")
is a count of people the source gives for a single study. A size the source gives for two or more studies, or none,
leaves the count to be checked as before.
"""

from __future__ import annotations

import re

from laylint.claims.counted import counts_what
from laylint.claims.quantities import Figure
from laylint.metadata import Finding, Metadata

# up to four words then the study noun, then its size: "large study (n = 992)", "trial of 640 children"
_SIZE = re.compile(r"\s*(?:[A-Za-z-]+\s+){0,4}?(?:study|trial|RCT)\s*(?:\(\s*(?:[nN]\s*=\s*)?(?P<bracket>\d[\d,]*)"
                   r"(?:\s+[A-Za-z]+)?\s*\)|(?:of|with|involving|including|in)\s+(?P<words>\d[\d,]*)\s+"
                   r"(?:participants|people|patients|children|women|men|adults|infants|babies|newborns|mothers)\b)")
_ONE_STUDY = re.compile(r"\b(?:study|trial|RCT)\b", re.IGNORECASE)
_SEVERAL = re.compile(r"\b(?:studies|trials|RCTs)\b", re.IGNORECASE)


def sized_study(figure: Figure, after: str, metadata: Metadata) -> Finding | None:
    """The source's count of people in one study that the size said after a count of 1 study is; else None."""
    if figure.counted != "studies" or figure.value != 1 or figure.qualifier:
        return None
    match = _SIZE.match(after)
    if match is None:
        return None
    size = float((match.group("bracket") or match.group("words")).replace(",", ""))
    for finding in metadata.findings:
        population = finding.population or ""
        if finding.measure == "count" and counts_what(finding) == "people" and finding.value.value == size \
                and _ONE_STUDY.search(population) and not _SEVERAL.search(population):
            return finding
    return None
