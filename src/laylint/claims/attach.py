"""Which drug and outcome each figure speaks about.

A sentence splits into clauses at while/whereas/but/;/compared with/", and"... and at a bare "and"
only when a figure follows it. In its clause a figure takes the nearest drug and the nearest outcome on either side;
a parenthesised figure, "(9%)", takes the phrase it follows. A clause with no drug of its own
(elliptical: "..., while 25% had infections") carries the drug of the clause or the sentence just
before, within the same block; a clause with no outcome carries the outcome of the clause before it in the
same sentence ("25% on rituximab had infections, compared with 18% on placebo").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from laylint.claims.mentions import Mention
from laylint.claims.quantities import Figure
from laylint.claims.vocabulary import vocabulary
from laylint.text import alternation


_PARENS = re.compile(r"\([^()]*\)")


@dataclass
class Clause:
    start: int
    end: int
    sentence: int
    drugs: list[Mention]  # the subjects: drugs not introduced by "compared with", "than"...
    outcomes: list[Mention]
    figures: list[Figure]
    all_drugs: list[Mention]  # comparators included: "(2.1%) than with warfarin (3.1%)"


@dataclass
class Attachment:
    figure: Figure
    drug: str | None
    outcome: str | None
    sentence: int
    drug_carried: bool = False


def _patterns(analysis):
    """(clause breaks, comparison words) regexes, built once per process."""
    def build():
        vocab = vocabulary(analysis)
        breaks, comparison = alternation(vocab.clause_breaks), alternation(vocab.comparison_words)
        return (re.compile(rf"\s*;\s*|,\s*(?:and|or)\s+|,?\s*\b(?:{breaks})(?![\w-])\s*"
                           rf"|(?P<conditional>\s+and\s+|,?\s*\b(?:{comparison})(?![\w-])\s*)", re.IGNORECASE),
                re.compile(rf"\b(?:{comparison})\s+(?:\S+\s+){{0,3}}$", re.IGNORECASE))

    return analysis.shared("claims.clause-patterns", build)


def _inside(spans: list[tuple[int, int]], position: int) -> bool:
    return any(start < position < end for start, end in spans)


def clauses(analysis, figures: list[Figure], mentions: list[Mention]) -> list[Clause]:
    """The clauses of every sentence that holds a figure or a mention, in order."""
    text, (pattern, comparison) = analysis.text, _patterns(analysis)
    points = sorted([f.start for f in figures] + [m.start for m in mentions])
    found: list[Clause] = []
    for sentence in analysis.sentences:
        first = bisect.bisect_left(points, sentence.start)
        if first == len(points) or points[first] >= sentence.end:
            continue
        in_sentence = [f for f in figures if sentence.start <= f.start < sentence.end]
        spans = [(f.start, f.end) for f in in_sentence] + [(m.start, m.end) for m in mentions if sentence.start <= m.start < sentence.end]
        spans += [m.span() for m in _PARENS.finditer(text, sentence.start, sentence.end)]  # "(35% vs 25%)" stays whole
        starts = {f.start for f in in_sentence}
        cuts = [sentence.start]
        for match in pattern.finditer(text, sentence.start, sentence.end):
            if _inside(spans, match.start()) or _inside(spans, match.end() - 1):
                continue
            if match.group("conditional") and match.end() not in starts:
                continue  # "serious infections and lung infections", "0.79 compared with warfarin": one clause
            cuts.append(match.end())
        cuts.append(sentence.end)
        for start, end in zip(cuts, cuts[1:]):
            inside = lambda item: start <= item.start < end  # noqa: E731
            drugs = [m for m in mentions if m.kind == "drug" and inside(m)]
            subjects = [m for m in drugs if not comparison.search(text, start, m.start)]
            found.append(Clause(start, end, sentence.index, subjects or drugs,
                                [m for m in mentions if m.kind == "outcome" and inside(m)],
                                [f for f in in_sentence if inside(f)], drugs))
    return found


def _listed_in_parentheses(text: str, clause: Clause) -> dict[int, Mention]:
    """"on sertraline as on a sugar pill (35% vs 25%)": figures in one parenthesis take the drugs
    before it in order. Keyed by figure start."""
    assigned = {}
    for paren in _PARENS.finditer(text, clause.start, clause.end):
        inside = [f for f in clause.figures if paren.start() < f.start < paren.end()]
        before = [m for m in clause.all_drugs if m.end <= paren.start()]
        if len(inside) >= 2 and len(before) >= len(inside):
            assigned.update((f.start, drug) for f, drug in zip(inside, before[-len(inside):]))
    return assigned


def _nearest(figure: Figure, candidates: list[Mention]) -> Mention | None:
    if not candidates:
        return None
    if figure.parenthesised:
        before = [m for m in candidates if m.end <= figure.start]
        if before:
            return before[-1]

    def distance(mention: Mention):
        gap = figure.start - mention.end if mention.end <= figure.start else mention.start - figure.end
        return (gap, 0 if mention.end <= figure.start else 1)  # ties go to the phrase before

    return min(candidates, key=distance)


def attach(analysis, figures: list[Figure], mentions: list[Mention]) -> tuple[list[Attachment], list[Clause]]:
    blocks = [block.prose_start for block in analysis.document.blocks]
    block_of = lambda offset: bisect.bisect_right(blocks, offset)  # noqa: E731
    found = clauses(analysis, figures, mentions)
    attachments: list[Attachment] = []
    carried_drug, carried_outcome, block, sentence, drug_sentence = None, None, None, None, None
    for clause in found:
        if block_of(clause.start) != block or (drug_sentence is not None and clause.sentence > drug_sentence + 1):
            block, carried_drug = block_of(clause.start), None
        if clause.sentence != sentence:
            sentence, carried_outcome = clause.sentence, None
        listed = _listed_in_parentheses(analysis.text, clause)
        for figure in clause.figures:
            drug = listed.get(figure.start) or _nearest(figure, clause.all_drugs if figure.parenthesised else clause.drugs)
            outcome = _nearest(figure, clause.outcomes)
            attachments.append(Attachment(
                figure, drug.name if drug else carried_drug, outcome.name if outcome else carried_outcome,
                clause.sentence, drug_carried=drug is None and carried_drug is not None))
        if clause.drugs:
            carried_drug, drug_sentence = clause.drugs[-1].name, clause.sentence
        if clause.outcomes:
            carried_outcome = clause.outcomes[-1].name
    return attachments, found
