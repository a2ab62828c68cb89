"""Kind `grade`: the document's reading grade is above the target (by more than `tolerance`, compared as
reported, to one decimal); names the hardest sentences.

It records the grade and the target it judged against (`analysis.records["grade"]`) for the review page."""

from __future__ import annotations

from dataclasses import dataclass

from laylint.checks.kind import Kind, option
from laylint.checks.leftover import not_a_summary
from laylint.readability.counts import document_counts
from laylint.readability.formulas import GRADE_FORMULAS, validate_formula
from laylint.readability.title import sentence_place, title_diagnostic


@dataclass(frozen=True)
class Options:
    target: float = option(8, minimum=0)
    formula: str = "flesch-kincaid"
    hardest: int = option(3, minimum=1)
    tolerance: float = option(0.5, minimum=0)


def validate(options):
    yield from validate_formula(options)
    if options.hardest < 1:
        yield "hardest", "must be 1 or more"
    if options.tolerance < 0:
        yield "tolerance", "must be 0 or more"


def hardest_sentences(counts, formula, how_many: int) -> list:
    """The sentences whose removal would lower the document's grade the most, hardest first."""
    total = counts.total
    score = formula(total)

    def drop(item):
        rest = total - item.counts
        return score - (formula(rest) if rest.words else 0.0)

    return sorted(counts.sentences, key=drop, reverse=True)[:how_many]


def check(rule, analysis):
    if not_a_summary(analysis):
        return  # only chat or a placeholder: artifacts says the text is not a summary; there is no grade to judge
    counts = document_counts(analysis)
    if not counts.total.words:
        return
    options = rule.options
    formula = GRADE_FORMULAS[options.formula]
    grade = formula(counts.total)
    analysis.records["grade"] = {"grade": grade, "target": options.target, "formula": options.formula}
    if round(grade, 1) <= options.target + options.tolerance:
        return  # the grade as reported (one decimal), within the tolerance of the target: formulas are not that exact
    hardest = hardest_sentences(counts, formula, options.hardest)
    places = [sentence_place(analysis, item.sentence) for item in hardest]
    yield title_diagnostic(rule, analysis, grade=f"{grade:.1f}", target=f"{options.target:g}", formula=options.formula,
                           places=_listing(places))


def _listing(places: list[str]) -> str:
    """"34:219", "34:219 and 38:1", "34:219, 38:1 and 38:150" (hardest first)."""
    return places[0] if len(places) == 1 else f"{', '.join(places[:-1])} and {places[-1]}"


KIND = Kind("grade", check, Options, fields=("grade", "target", "formula", "places"), validate=validate,
            document_scope=True)
