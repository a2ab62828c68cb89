"""Counts of studies pinned by the count of people beside them ("evidence from 4 studies with 1,189
people"): when the people are the count the source gives for one analysis, the studies are that
analysis's too, so a number of studies the source declares only elsewhere is a mismatch; and the
review's studies said with a part's people ("78 studies with over 610,000 people", 610,872 being the
people of 11 new trials, with no total of people in the source) is a wrong pair (round 10)."""

from __future__ import annotations

import re

from laylint.claims.counted import counts_what  # the judge's reading of a count's population
from laylint.claims.part_people import people_of_a_part, whole_with_its_result
from laylint.metadata import Finding, Metadata, Quantity

# "4 studies with", "11 small trials involving", "7 cohort studies with data from", "3 RCTs, "
_STUDIES_THEN_PEOPLE = re.compile(
    r"^\s+(?:[\w-]+,?\s+){0,2}?(?:stud(?:y|ies)|trials?|c?RCTs?)\s*(?:,|\(|with(?:\s+data\s+from)?|involving|including|"
    r"enrolling|that\s+(?:included|involved|enrolled|recruited))\s*(?:a\s+total\s+of\s+)?$", re.IGNORECASE)
# "1,189 participants in 4 studies", "1,885 infants from 11 trials"
_PEOPLE_THEN_STUDIES = re.compile(r"^\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:in|from|across)\s+(?:a\s+total\s+of\s+)?$",
                                  re.IGNORECASE)
_NUMBER = re.compile(r"\b\d[\d,]*\b")
_STUDY_WORD = re.compile(r"\b(?:stud(?:y|ies)|trials?|c?RCTs?)\b", re.IGNORECASE)
_REACH = 60  # characters between the two counts
# "We found 8 studies with a total of 61,651 people": the review's studies, whatever the people are
_REVIEW_WORDS = re.compile(r"\b(?:found|included|identified|there\s+(?:were|are)|in\s+total|altogether|total\s+of|"
                           r"(?:this|our|the)\s+review)\b", re.IGNORECASE)


def _runs(metadata: Metadata) -> list[list[Finding]]:
    """Consecutive count findings of one drug, comparator and outcome: the counts behind one analysis
    (review-level counts, with neither drug nor outcome, are separate facts: 68 eligible, 48 pooled)."""
    runs, run, key = [], [], None
    for finding in metadata.findings:
        this = (finding.drug, finding.comparator, finding.outcome)
        if finding.measure != "count" or this != key or not (finding.drug or finding.outcome):
            if run:
                runs.append(run)
            run, key = ([finding], this) if finding.measure == "count" and (finding.drug or finding.outcome) else ([], None)
        else:
            run.append(finding)
    if run:
        runs.append(run)
    return runs


def _studies_for(people: float, metadata: Metadata) -> list[Finding] | None:
    """The counts of studies that go with this count of people, or None when some finding with that
    count of people has none (then nothing is pinned)."""
    found, matched = [], False
    if metadata.participants is not None and float(metadata.participants) == people:
        matched = True
        if metadata.studies is None:
            return None
        found.append(Finding(outcome="", value=Quantity(float(metadata.studies), False), measure="count",
                             population="studies in the review"))
    for run in _runs(metadata):
        if not any(counts_what(f) == "people" and f.value.value == people for f in run):
            continue
        matched = True
        studies = [f for f in run if counts_what(f) == "studies"]
        if not studies:
            return None
        found += studies
    return found if matched else None


def _review_level(studies: float, metadata: Metadata) -> bool:
    """A number of studies the source gives for the review as a whole (its total or a count of no analysis)."""
    return (metadata.studies is not None and float(metadata.studies) == studies) or any(
        f.measure == "count" and not f.drug and not f.outcome and counts_what(f) == "studies" and f.value.value == studies
        for f in metadata.findings)


def _a_part(finding: Finding, studies: float) -> bool:
    """A count of people that is not the review's: one analysis's, or "participants in the 11 new trials"."""
    if finding.drug or finding.outcome:
        return True
    population = finding.population or ""
    said = [float(n.replace(",", "")) for n in _NUMBER.findall(population)]
    return bool(_STUDY_WORD.search(population)) and bool(said) and studies not in said


def _named(analysis, claim) -> set[str]:
    """The drugs named in the claim's sentence."""
    from laylint.claims import mentions

    sentence = analysis.sentences[claim.sentence]
    return {m.name for m in mentions(analysis) if m.kind == "drug" and sentence.start <= m.start < sentence.end}


def _whole_with_a_part(analysis, studies, people, metadata: Metadata) -> bool:
    """The review's number of studies with a part's people, the part not named ("who had the TBI test" names it)."""
    return metadata.participants is None and metadata.studies is not None and people.verdict == "count" \
        and people.finding is not None and studies.verdict == "count" and not studies.qualifier \
        and float(metadata.studies) == studies.value and _a_part(people.finding, studies.value) \
        and not (people.finding.drug and people.finding.drug in _named(analysis, people))


# "These studies included over 610,000 participants": the people of the studies just named
_THESE_STUDIES = re.compile(r"\b(?:these|the|all|those|our)\s+(?:stud(?:y|ies)|trials|RCTs)\s+(?:included|involved|enrolled|"
                            r"recruited|had)\s+(?:a\s+total\s+of\s+)?$", re.IGNORECASE)


def _these_studies(analysis, counts, metadata: Metadata) -> None:
    """"We found 78 studies. These studies included over 610,000 participants": the whole's people."""
    for index, people in enumerate(counts):
        if people.counted != "people" or not _THESE_STUDIES.search(
                analysis.text[analysis.sentences[people.sentence].start:people.start]):
            continue
        studies = next((c for c in reversed(counts[:index]) if c.counted == "studies"), None)
        if studies is not None and people.sentence - studies.sentence <= 1 and _whole_with_a_part(analysis, studies, people, metadata):
            people.verdict, people.pair_finding = "wrong-pair", None


def check_pinned(analysis, claims) -> None:
    metadata, text = analysis.metadata, analysis.text
    if metadata is None:
        return
    counts = [c for c in claims if c.unit == "count" and c.counted in ("studies", "people")]
    runs = _runs(metadata)
    _these_studies(analysis, counts, metadata)
    for first, second in zip(counts, counts[1:]):
        if first.sentence != second.sentence or second.start - first.end > _REACH:
            continue
        gap = text[first.end:second.start]
        if first.counted == "studies" and second.counted == "people" and _STUDIES_THEN_PEOPLE.match(gap):
            studies, people = first, second
        elif first.counted == "people" and second.counted == "studies" and _PEOPLE_THEN_STUDIES.match(gap) \
                and _STUDY_WORD.match(text[second.end:second.end + 20].lstrip()):
            studies, people = second, first
        else:
            continue
        if _whole_with_a_part(analysis, studies, people, metadata):
            people.verdict, people.pair_finding = "wrong-pair", None
            continue
        if people_of_a_part(analysis, studies, people, metadata, runs) or whole_with_its_result(analysis, studies, people, metadata):
            continue
        if studies.qualifier or people.qualifier or people.value < 10 \
                or studies.verdict not in ("count", "unsupported-number", "unattached"):
            continue
        wanted = _studies_for(people.value, metadata)
        if not wanted or any(f.value.value == studies.value for f in wanted):
            continue
        before = text[analysis.sentences[studies.sentence].start:min(studies.start, people.start)]
        if _review_level(studies.value, metadata) and (_REVIEW_WORDS.search(before) or _REVIEW_WORDS.search(gap)
                                                       or all(f.population == "studies in the review" for f in wanted)):
            continue  # the review's studies, said with some analysis's people: that count is the one to question
        studies.verdict, studies.finding, studies.pair_finding = "number-mismatch", wanted[0], None
