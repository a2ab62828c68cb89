"""What a judge returns for one attached figure (Verdict), and what the figure's clause says besides it (Context)."""

from __future__ import annotations

from dataclasses import dataclass

from laylint.metadata import Finding


@dataclass
class Verdict:
    verdict: str
    finding: Finding | None = None  # the finding the figure matched, or the one it should have
    pair_finding: Finding | None = None  # wrong-pair: the stated pair's own finding, if it has one


@dataclass(frozen=True)
class Context:
    """What the figure's clause says besides the figure (attach.py fills it)."""

    drugs: tuple[str, ...] = ()  # drugs named in the clause as its subject(s)
    comparators: tuple[str, ...] = ()  # drugs named after "than", "compared with"...
    carried: bool = False  # the drug was carried from an earlier clause
    carried_across: bool = False  # ... from an earlier sentence (only a guess at the figure's arm)
    total: bool = False  # "found", "included", "involving" just before the figure: it may be the review's total
    evidence: bool = False  # in parentheses after a drug and an outcome of its own clause ("survival (3 studies, 1152 people)")
    screening: bool = False  # "eligible", "of these" in its sentence or the next: a count of studies screened
    segment: str = ""  # the figure's part of its sentence, between punctuation (what a count is of)
    parenthesis: str = ""  # counts: the parenthesis holding the figure ("(11 studies involving 670 people)")
    siblings: tuple[float, ...] = ()  # counts of studies: the exception or rest after it ("... One trial ...")
    piece: str = ""  # counts: the piece of the sentence whose drugs the count is of
    clause_start: str = ""  # the sentence up to the figure
    sentence: str = ""  # counts: the figure's whole sentence ("In women with dense breasts, three cohort studies ...")
    of_studies: bool = False  # a share of the studies ("most studies (75%)", "40% of the trials"): no finding
    subgroup: bool = False  # the sentence opens on a subgroup of people ("For women predicted to respond poorly, ...")
    before: str = ""  # up to 60 characters of its sentence before the figure
    who: bool = False  # a share that says who took part ("most (63%) were male")
    after: str = ""  # up to 80 characters of its sentence after the figure
    outcome_carried: bool = False  # the outcome was carried from an earlier clause (none named in its own)
    drug_said: str = ""  # the words that named the figure's drug in its clause ("chemotherapy")
    lead: str = ""  # its sentence up to the figure (a verb that governs a list of shares: "correctly classified ...")


NO_CONTEXT = Context()


def same_name(finding_name: str | None, stated: str | None) -> bool:
    return stated is None or not finding_name or finding_name == stated  # a count finding's outcome is ""


BOUNDS = ("more-than", "at-least", "less-than", "up-to")
