"""What drafting produces: facts with the abstract span they came from, and the draft as a whole."""

from __future__ import annotations

from dataclasses import dataclass, field

from laylint.draft.searched import Searched
from laylint.draft.textnorm import Sentence


@dataclass
class Fact:
    """One drafted finding, before and after its names are resolved."""

    value: float
    percent: bool
    measure: str | None
    start: int  # span of the figure (estimate and CI) in the abstract
    end: int
    sentence: Sentence
    ci: tuple[float, float] | None = None
    role: str = "effect"  # effect, arm (one group's figure), count, background
    drug: str | None = None
    comparator: str | None = None
    outcome: str | None = None
    population: str | None = None
    certainty: str | None = None
    arm_text: str | None = None  # the words naming the group a per-arm figure belongs to
    stated_outcome: str | None = None  # an outcome the pattern itself read ("Mean pain with X was ...")
    lead_end: int | None = None  # where the words that describe this figure end (the estimate's bracket)
    group_end: int | None = None  # end of the bracket or clause holding the estimate and its counts
    written: tuple[str, ...] = ()  # the numbers as the abstract writes them (value, low, high): decimals
    notes: list[str] = field(default_factory=list)
    uncertain: list[str] = field(default_factory=list)
    partner: object = field(default=None, repr=False)  # a count's percentage ("415 patients (13.8%)"): same arm

    @property
    def key(self) -> tuple:
        return (self.measure, self.drug, self.comparator, self.outcome, round(self.value, 6), self.percent,
                self.ci and tuple(round(b, 6) for b in self.ci), self.population if self.role == "count" else None)


@dataclass
class Total:
    value: int
    start: int
    end: int
    note: str | None = None  # how a derived total was reached


@dataclass
class Draft:
    """The drafted metadata: the mapping (schema keys) plus where each part came from."""

    source_name: str
    kind: str  # cochrane, structured, unstructured
    title: str | None = None
    design: str | None = None
    design_note: str | None = None
    observational: bool | None = None
    certainty: str | None = None
    certainty_note: str | None = None
    studies: Total | None = None
    participants: Total | None = None
    searched: list[Searched] = field(default_factory=list)  # when the literature search ran (databases, registries...)
    drugs: dict[str, list[str]] = field(default_factory=dict)
    outcomes: dict[str, list[str]] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)
    limitations: list[tuple[str, int]] = field(default_factory=list)  # (sentence, offset)
    notes: list[str] = field(default_factory=list)  # document-level comments
    text: str = ""  # the abstract as given (quotes come from it)
