"""What the count judge (count_verdict.py) knows about one count of studies or people, worked out once and
only when a step asks: the figure as stated, the declared total, the source's counts of its kind, the arms its
clause names and the counts those arms pick, and the counts its own words describe."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from laylint.claims.class_members import class_of_members
from laylint.claims.comparators import comparator_names
from laylint.claims.counted import (WORD, arms_named, count_precision, counts_what, describes, noun_group,
                                    sentence_and_start, total_finding)
from laylint.claims.quantities import Figure
from laylint.claims.verdict import Context
from laylint.metadata import Finding, Metadata

# "including Europe (six studies), Turkey (one study)": the name a bracketed count stands after
_BRACKET_LABEL = re.compile(r"(?:^|[,;:]|\band\b|\bincluding\b)\s*((?:the\s+)?(?:[A-Z][\w'-]*\s*){1,3})\($")
# "three of", "2 out of the": a part just before the figure, which is then the whole
_PART_OF = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:out\s+)?of\s+"
                      r"(?:the\s+)?\Z", re.IGNORECASE)


@dataclass
class CountCase:
    figure: Figure
    metadata: Metadata
    context: Context
    drug: str | None = None
    outcome: str | None = None

    @cached_property
    def stated(self) -> Figure:
        return count_precision(self.figure)

    @cached_property
    def total(self) -> Finding | None:
        return total_finding(self.metadata, self.figure.counted)

    @cached_property
    def kind_counts(self) -> list[Finding]:
        """The source's counts of what the figure counts ("15 articles" and "15 trials" are not the same count)."""
        counts = [f for f in self.metadata.findings if f.measure == "count" and counts_what(f) in ("", self.figure.counted)]
        if self.figure.counted == "studies":
            group = noun_group(self.figure.noun, "studies")
            counts = [f for f in counts if noun_group(f.population or "", "studies") == group]
        return counts

    @cached_property
    def named(self) -> tuple[str, ...]:
        """The arms the clause names ("X (A or B) in 7 trials": a class and its members), or none when the source
        has no finding for any of them (then they describe the studies, not a comparison)."""
        context = self.context
        named = class_of_members(context.drugs + context.comparators, context.sentence, self.metadata)
        if named and not any(arms_named(f, named, self.metadata) for f in self.metadata.findings):
            return ()
        return named

    @cached_property
    def counts(self) -> list[Finding]:
        """The counts of the comparison the clause names (one of its arms: writers name classes and members)."""
        named, metadata = self.named, self.metadata
        if not named:
            return self.kind_counts
        counts = [f for f in self.kind_counts if arms_named(f, named, metadata) or _population_names(f, named, metadata)]
        # "one study compared the pill with NSAIDs": not a count of the pill vs placebo; "with a control group"
        # names no other drug of the source (a generic arm), so the pill's own counts stay
        if len({name for name in named if name in metadata.drugs}) >= 2:
            counts = [f for f in counts if not _other_comparison(f, named, metadata)]
        return counts

    @cached_property
    def candidates(self) -> list[Finding]:
        return ([self.total] if self.total else []) + self.counts

    @cached_property
    def described(self) -> list[Finding]:
        """The counts the figure's own words describe ("eight trials in the meta-analysis"); none after a part
        ("three of four studies favouring it": the words after the whole describe the part)."""
        context = self.context
        if _PART_OF.search(context.before):
            return []
        segment = context.segment
        if (label := _BRACKET_LABEL.search(context.before)) is not None:
            segment = f"{label.group(1)} {segment}"  # "Turkey (one study)": the words before the bracket say what it counts
        unnamed = [f for f in self.kind_counts if not f.drug and f not in self.counts]  # "seven cohort studies" of no comparison
        return [f for f in self.counts + unnamed if describes(f, self.figure, segment)]

    @cached_property
    def reported(self) -> set[str]:
        """The outcome a part of the review's studies found or measured ("Two studies in children found no
        difference in quality of life"), named after the figure; empty when that is not the case."""
        figure, context, total = self.figure, self.context, self.total
        if not self.described or figure.counted != "studies" or self.named or total is None \
                or self.stated.value >= total.value.value:
            return set()
        sentence, at = sentence_and_start(figure, context)
        if at < 0 and context.clause_start and sentence.startswith(context.clause_start):
            at = len(context.clause_start)
        return first_outcome(sentence[at + len(figure.text):] if at >= 0 else sentence, self.metadata.outcomes)

    @cached_property
    def specific(self) -> list[Finding]:
        """The described counts; of a part's reported outcome only, or bounding it (a population's count still
        bounds it: "7 studies in children" when the source has 5)."""
        if not self.reported:
            return self.described
        return [f for f in self.described
                if f.outcome in self.reported or (not f.outcome and self.stated.value > f.value.value)]


def first_outcome(text: str, outcomes: dict[str, list[str]]) -> set[str]:
    """The outcome named first in `text` (by name or alias), as a set (empty when none is)."""
    found = [(m.start(), name) for name, aliases in outcomes.items() for word in (name, *aliases) if word
             for m in [re.search(rf"\b{re.escape(word)}\b", text, re.IGNORECASE)] if m]
    return {min(found)[1]} if found else set()


def _other_comparison(finding: Finding, named: tuple[str, ...], metadata: Metadata) -> bool:
    """A count of the named drug against a comparator the clause does not name."""
    comparators = comparator_names(finding, metadata)
    return finding.drug in named and bool(comparators) and not any(name in named for name in comparators)


def _population_names(finding: Finding, named: tuple[str, ...], metadata: Metadata) -> bool:
    """A count of no comparison whose population names a drug the clause names ("studies using oral
    intake"): a count about that drug."""
    if finding.drug or not finding.population:
        return False
    population = f" {' '.join(WORD.findall(finding.population.lower()))} "
    return any(f" {' '.join(WORD.findall(alias.lower()))} " in population
               for name in named for alias in (name, *metadata.drugs.get(name, ())) if WORD.search(alias))
