"""Counts that add up to a whole (round 31): a breakdown of studies or people into parts, "nine trials with 519
participants: three trials (196 participants) compared A, five trials (177 participants) B and one trial (146
participants) C", or "One study had 30 participants, the other 151" (181 in all). When all the other counts of one
kind in a sentence add up exactly to a whole the sentence breaks down (": three trials ...", "five of the 11 trials"),
or (people only) to one the sentence before states or to a count of the review the source declares (its total,
"eligible individuals"), the parts are consistent with the source: a part it does not list is no unsupported number;
and parts compared with a count they add up to ("Two of them compared A with fillings and two compared B with
fillings", against 4 studies of crowns and fillings) are its parts, no mismatch. Parts that do
not add up stay as judged, and a part the source contradicts by a count of its own (a number-mismatch against
another count, or a count listed for its drug) stays reported.
"""

from __future__ import annotations

import re

from laylint.claims.comparators import comparator_names
from laylint.claims.counted import GENERIC, PEOPLE_WORDS, STUDY_WORDS, counts_what, total_finding
from laylint.metadata import Finding, Metadata, Quantity


_QUIET_VERDICTS = ("count", "unattached", "verified")  # a stated whole that is itself no problem


def _declared_wholes(metadata: Metadata, counted: str) -> list[Finding]:
    """For people, the review's total and its other counts of no drug and no outcome ("eligible individuals"). Numbers
    of studies are small: a sum of them hits the total by chance ("One study is ongoing and four are awaiting
    classification", 1 + 4 = 5 included), so only a whole the text states counts for them."""
    if counted == "studies":
        return []
    total = total_finding(metadata, counted)
    review = [f for f in metadata.findings if f.measure == "count" and not f.drug and not f.outcome and f.value.value > 0
              and counts_what(f) == "people" and not STUDY_WORDS.search(f.population or "")]  # "RCT participants ...": a part's
    return ([total] if total is not None else []) + review


def _plain(population: str) -> bool:
    """A count of the whole comparison: its population is only what is counted ("participants", "trials")."""
    left = STUDY_WORDS.sub(" ", PEOPLE_WORDS.sub(" ", population or ""))
    return not [w for w in re.findall(r"[A-Za-z]+", left) if w.lower() not in GENERIC]


def _listed_for_its_drug(part, metadata: Metadata) -> bool:
    """Does the source list a count of this kind for the part's drug's comparisons (for people, the whole
    comparison's)? Then that count, not a sum, is what the part must be ("three trials (100 participants) compared A"
    when the source gives A 196; "Four studies of oestrogen with pessaries" when it gives 3)."""
    return part.drug is not None and not part.drug_carried and any(
        f.measure == "count" and not f.outcome and f.comparator and counts_what(f) in ("", part.counted)
        and (part.counted == "studies" or _plain(f.population)) and part.drug in (f.drug, *comparator_names(f, metadata))
        for f in metadata.findings)


def _exact(claim) -> bool:
    return not claim.qualifier and claim.value == int(claim.value) and claim.value > 0


# what introduces the parts after a whole ("nine trials with 519 participants: three ...", ", of which three ...")
_PARTS_FOLLOW = re.compile(r":|;|\bof\s+(?:which|these|those|them|whom)\b|\bincluding\b|\bamong\s+(?:them|these|which)\b",
                           re.IGNORECASE)
_PART_OF = re.compile(r"\s+(?:[\w-]+\s+)?(?:out\s+)?of\s+(?:the\s+|all\s+)?\Z", re.IGNORECASE)  # "five of the 11 trials"


def _breaks_down(text: str, whole, parts) -> bool:
    """Does the sentence present the whole as broken down: parts introduced after it, or a part "of the" whole?"""
    after = [c for c in parts if c.start >= whole.end]
    if after and _PARTS_FOLLOW.search(text, whole.end, after[0].start):
        return True
    return any(c.end <= whole.start and _PART_OF.match(text[c.end:whole.start]) for c in parts)


def _stated_wholes(text: str, counts, kind: str, sentence: int) -> list[tuple[Finding, object]]:
    """Counts of the kind that are no problem and that the sentence breaks down (people: or that the sentence before
    states), with the claim that states them: wholes the other counts may add up to ("five of the 11 trials ...;
    ... six trials"). A list of peers ("Eight used A, three used B and five used C") has no whole; nor has "We
    included 12 studies. One study is ongoing and four are awaiting classification"."""
    parts = [c for c in counts if c.counted == kind and c.sentence == sentence]
    return [(Finding(outcome="", value=Quantity(float(c.value), False), measure="count",
                     population=f"{'studies' if kind == 'studies' else 'people'} stated as {c.text!r}"), c)
            for c in counts if c.counted == kind and _exact(c) and c.verdict in _QUIET_VERDICTS
            and ((c.sentence == sentence and _breaks_down(text, c, [p for p in parts if p is not c]))
                 or (kind == "people" and c.sentence == sentence - 1))]


def check_breakdowns(analysis, claims) -> None:
    """Unsupported parts of a breakdown that adds up to a whole, and parts said to contradict the very count they add up
    to, become counts of that whole (in place)."""
    metadata = analysis.metadata
    if metadata is None:
        return
    counts = [c for c in claims if c.unit == "count" and c.counted in ("studies", "people")]
    for kind in ("studies", "people"):
        declared = [(whole, None) for whole in _declared_wholes(metadata, kind)]
        for sentence in sorted({c.sentence for c in counts if c.counted == kind}):
            parts = [c for c in counts if c.counted == kind and c.sentence == sentence]
            if len(parts) < 2:
                continue
            # "Two of them compared X with fillings and two compared Y with fillings", against the 4 studies of
            # crowns and fillings: a part of the very count it was compared with, when the parts add up to it
            compared = [(c.finding, None) for c in parts if c.verdict == "number-mismatch" and c.finding is not None
                        and c.finding.measure == "count" and c.finding.value.value > c.value]
            for whole, _ in compared:
                _mark(parts, whole, metadata, ("number-mismatch",))
            if not any(c.verdict == "unsupported-number" for c in parts):
                continue
            for whole, stated in declared + _stated_wholes(analysis.text, counts, kind, sentence):
                _mark([c for c in parts if c is not stated], whole, metadata)


def _mark(parts, whole: Finding, metadata: Metadata, verdicts=("unsupported-number",)) -> None:
    """When all the sentence's other counts of the kind (those that restate the whole aside) add up to the whole, they
    are its breakdown: a list of peers ("Eight used A, three used B and five used C") does not add up to one of them."""
    size = whole.value.value
    below = [c for c in parts if c.value != size]
    if len(below) < 2 or any(not _exact(c) or c.value > size for c in below) or sum(c.value for c in below) != size:
        return
    for part in below:
        if part.verdict in verdicts and (part.verdict != "unsupported-number" or not _listed_for_its_drug(part, metadata)) \
                and (part.verdict != "number-mismatch" or part.finding is whole):
            part.verdict, part.finding = "count", Finding(
                outcome="", value=Quantity(size, False), measure="count", qualifier=whole.qualifier,
                population=f"{whole.population}, which the counts stated with it add up to")
