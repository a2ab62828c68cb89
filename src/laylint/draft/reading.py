"""The state per_sentence keeps while it reads one sentence (_Reading) and the words before one figure (_Clause);
figure_outcome reads them too."""

from __future__ import annotations

from dataclasses import dataclass

from laylint.draft import names as N
from laylint.draft.model import Fact
from laylint.draft.sections import Layout
from laylint.draft.textnorm import Sentence


@dataclass
class _Reading:
    """One sentence being read: the arms it names, what its subheading says, the state of its section."""
    sentence: Sentence
    lay: Layout
    arms: N.Arms
    abbr: dict
    primary: dict
    main: tuple
    state: dict
    spans: list
    heading_drug: str | None
    heading_comparator: str | None
    heading_outcome: str | None
    breaks: list
    series_arms: dict
    known_arms: int
    first_lead: bool = False  # an estimate led by "compared with X": the figures listed after it are X's siblings

    @property
    def s(self) -> str:
        return self.sentence.text

    @property
    def base(self) -> int:
        return self.sentence.start


@dataclass
class _Clause:
    """The words before one figure: from the clause break (or the figure before it) to its lead."""
    previous: Fact | None
    rel_lead: int
    clause_start: int
    boundary: int
    head: str
    head_spans: list
    before_spans: list
    subjects: list
    comparators: list
    since_previous: str
    list_item: bool
