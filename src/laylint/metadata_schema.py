"""The source metadata schema (a public contract, documented in the README): its keys, designs, measures
and the facts a source holds (Quantity, Finding, SearchDate, Metadata). metadata_validation.py reads YAML into them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

DESIGNS = ("randomized-trial", "cohort", "case-control", "cross-sectional", "case-series",
           "systematic-review", "meta-analysis", "animal", "lab", "qualitative", "other")
CERTAINTIES = ("high", "moderate", "low", "very-low")
MEASURES = ("proportion", "risk", "relative-reduction", "risk-ratio", "odds-ratio", "hazard-ratio",
            "rate", "mean-difference", "count", "rate-ratio", "risk-difference", "standardised-mean-difference",
            "number-needed-to-treat")
SOURCE_KEYS = {"title", "doi", "url", "citation", "design", "observational", "certainty", "participants",
               "studies", "drugs", "outcomes", "findings", "limitations", "searched"}
FINDING_KEYS = {"drug", "outcome", "value", "ci", "measure", "comparator", "population", "key", "note", "certainty"}
PLAIN_MEASURES = ("risk-ratio", "odds-ratio", "hazard-ratio", "rate-ratio", "count", "number-needed-to-treat",
                  "standardised-mean-difference")
SIGNED_MEASURES = ("risk-difference", "relative-reduction")  # percentages that may fall below 0% (or rise above 100%)
_NUMBER = re.compile(r"^\s*([-+\u2212]?\d+(?:\.\d+)?)\s*(%?)\s*$")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
PROPORTION_MEASURES = ("proportion", "risk", "rate", None)
# `participants: {value: 13000, qualifier: more-than}`: a total the source gives only as a bound or a rounding
TOTAL_QUALIFIERS = {"more-than": "more than", "at-least": "at least", "about": "about"}


@dataclass
class Quantity:
    value: float
    percent: bool  # written with %

    def __str__(self) -> str:
        text = f"{self.value:g}"
        return text + "%" if self.percent else text


@dataclass
class Finding:
    outcome: str
    value: Quantity
    drug: str | None = None
    ci: tuple[Quantity, Quantity] | None = None
    measure: str | None = None
    comparator: str | None = None
    population: str | None = None
    key: bool = False
    qualifier: str | None = None  # a declared total given as a bound: "more-than", "at-least" or "about"
    certainty: str | None = None  # GRADE level of this finding, when it differs from the document's
    index: int = 0
    locate: object = field(default=None, repr=False, compare=False)  # () -> (line, column) in the YAML

    @property
    def line(self) -> int:
        return self.locate()[0] if self.locate else 1

    def describe(self) -> str:
        if self.measure == "count":  # "21 studies in the review", "sertraline vs placebo: 9 trials"
            arms = f"{self.drug} vs {self.comparator}" if self.drug and self.comparator else self.drug or ""
            bound = f"{TOTAL_QUALIFIERS[self.qualifier]} " if self.qualifier in TOTAL_QUALIFIERS else ""
            return f"{arms + ': ' if arms else ''}{bound}{self.value} {self.population or 'counted'}"
        who = f"{self.drug}, " if self.drug else ""
        ci = f" (95% CI {self.ci[0]} to {self.ci[1]})" if self.ci else ""
        measure = f"{self.measure} " if self.measure and self.measure != "proportion" else ""
        what = self.outcome or self.population or "count"  # a count finding may have no outcome
        return f"{who}{what}: {measure}{self.value}{ci}"


@dataclass(frozen=True)
class SearchDate:
    """When the review's search ran (`searched: 2023-03-28`, or `2023-03`, or `2023`; or a list of them)."""

    year: int
    month: int | None = None
    day: int | None = None

    def __str__(self) -> str:
        if self.month is None:
            return str(self.year)
        month = f"{MONTHS[self.month - 1]} {self.year}"
        return f"{self.day} {month}" if self.day else month


@dataclass
class Problem:
    message: str
    line: int
    column: int
    path: str | None = None  # the sidecar file, when the problem is in one


@dataclass
class Metadata:
    title: str | None = None
    design: str | None = None
    observational: bool | None = None
    certainty: str | None = None
    participants: int | None = None
    studies: int | None = None
    participants_qualifier: str | None = None  # "more-than" when the source gives only a bound ("more than 13,000 women")
    studies_qualifier: str | None = None
    drugs: dict[str, list[str]] = field(default_factory=dict)
    outcomes: dict[str, list[str]] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    limitations: list[str] = field(default_factory=list)
    searched: SearchDate | None = None  # when the review's literature search ran (the latest, when several)
    searches: tuple[SearchDate, ...] = ()  # every declared search date: databases, registries, an update search
    extra: dict = field(default_factory=dict)  # doi, url, citation
    origin: str | None = None  # the sidecar path, or None for front matter
    drafted_from: str | None = None  # the abstract sidecar these facts were drafted from (laylint draft)
    drafted_text: str | None = None  # that abstract's text (claims.abstract_numbers: the counts it states)


def parse_quantity(raw) -> Quantity | None:
    if isinstance(raw, bool):
        return None
    if isinstance(raw, (int, float)):
        return Quantity(float(raw), False)
    if isinstance(raw, str):
        match = _NUMBER.match(raw)
        if match:
            return Quantity(float(match.group(1).replace("\u2212", "-")), bool(match.group(2)))
    return None
