"""A whole's studies said with one analysis's people (round 31): "We found 40 trials with 1650 women" when 1650 are
the women of the 9 trials of one outcome, "Mini-slings versus retropubic slings (9 trials, about 300 women)" when
the comparison has 9 trials and 297 women are those of the 2 trials of its cure analysis. The studies are the
review's (its total) or one comparison's (a count of no outcome); the people are a count the source gives only for
an analysis with another number of studies. More studies than an analysis has hold more people than it has, so the
people are the wrong pair: the message names the people the source gives for the whole, when it gives them.
pinned.py finds the two counts side by side and calls this first.
"""

from __future__ import annotations

import re
from dataclasses import replace

from laylint.claims.compare import agrees
from laylint.claims.counted import counts_what, total_finding
from laylint.metadata import Finding, Metadata


def _run_of(finding: Finding, runs) -> list[Finding] | None:
    return next((run for run in runs if any(f is finding for f in run)), None)


def _whole_people(studies_finding: Finding, runs, metadata: Metadata) -> Finding | None:
    """The people the source gives for the whole the studies count (the review's, or the comparison's)."""
    if studies_finding.population == "studies in the review":
        return total_finding(metadata, "people")
    run = _run_of(studies_finding, runs) or []
    return next((f for f in run if counts_what(f) == "people"), None)


def _outcome_said(analysis, studies, people, outcome: str, metadata: Metadata) -> bool:
    """Does the clause of the two counts name the people's outcome ("Four trials (316 participants) showed that it
    reduces hospital stay")? Then they are the studies and people of that result, as the writer saw them; a clause
    that ends before it ("Sling A versus sling B (10 trials, 300 women): cure was similar") names the comparison."""
    sentence = analysis.sentences[studies.sentence]
    text = analysis.text
    first, last = min(studies.start, people.start), max(studies.end, people.end)
    opened = max(text.rfind(mark, sentence.start, first) for mark in ":;")
    ends = [at for mark in ":;" if (at := text.find(mark, last, sentence.end)) >= 0]
    clause = text[max(opened + 1, sentence.start):min(ends, default=sentence.end)]
    names = (outcome, *metadata.outcomes.get(outcome, ()))
    return any(re.search(rf"\b{re.escape(name)}", clause, re.IGNORECASE) for name in names if name)


def _a_whole(finding: Finding) -> bool:
    """The review's total of studies, or a comparison's (a count of a drug and no outcome); other counts of no
    outcome ("7 cohort studies", "5 studies in children") are parts of the review too."""
    return finding.measure == "count" and not finding.outcome and (
        finding.population == "studies in the review" or bool(finding.drug))


def whole_with_its_result(analysis, studies, people, metadata: Metadata) -> bool:
    """"Jejunostomy versus TPN: Four trials (316 participants) showed that it reduces hospital stay": the comparison's
    studies with the people of the result the clause names. The writer gave that result's evidence loosely; neither
    count is the one to question."""
    whole, part = studies.finding, people.finding
    return studies.verdict == "count" and people.verdict == "count" and whole is not None and part is not None \
        and _a_whole(whole) and bool(part.outcome) \
        and _outcome_said(analysis, studies, people, part.outcome, metadata)


def people_of_a_part(analysis, studies, people, metadata: Metadata, runs) -> bool:
    """Mark the people as a wrong pair when the studies are a whole's and the people only an analysis's (in place)."""
    whole, part = studies.finding, people.finding
    if studies.verdict != "count" or people.verdict != "count" or whole is None or part is None:
        return False
    if not _a_whole(whole) or not part.outcome or studies.qualifier:
        return False  # the studies of one analysis: pinned.py checks them against the people's own
    if _outcome_said(analysis, studies, people, part.outcome, metadata):
        return False
    agreeing = [f for f in metadata.findings if f.measure == "count" and counts_what(f) in ("", "people") and agrees(people, f)]
    if metadata.participants is not None and float(metadata.participants) == people.value:
        return False
    if not agreeing or any(not f.outcome for f in agreeing):
        return False  # the people may be the review's or a comparison's own
    for finding in agreeing:
        run = _run_of(finding, runs)
        own = [f for f in run or () if counts_what(f) == "studies"]
        if not own or any(f.value.value == studies.value for f in own):
            return False  # an analysis with these very studies, or with no count of them: nothing to hold against
    named = replace(part, population=f"{part.population or 'people'} for {part.outcome}")  # whose they are, in the message
    people.verdict, people.finding, people.pair_finding = "wrong-pair", named, _whole_people(whole, runs, metadata)
    return True
