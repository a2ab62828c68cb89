"""Kind `grade`: the document's reading grade is above the target; names the hardest sentences."""

from __future__ import annotations

from laylint.readability.counts import document_counts
from laylint.readability.formulas import GRADE_FORMULAS, validate_formula
from laylint.readability.title import sentence_place, title_diagnostic

OPTIONS = {"target": float, "formula": str, "hardest": int}
DOCUMENT_SCOPE = True


def validate(options):
    yield from validate_formula(options)
    if options.get("hardest", 1) < 1:
        yield "hardest", "must be 1 or more"


def hardest_sentences(counts, formula, how_many: int) -> list:
    """The sentences whose removal would lower the document's grade the most, hardest first."""
    total = counts.total
    score = formula(total)

    def drop(item):
        rest = total - item.counts
        return score - (formula(rest) if rest.words else 0.0)

    return sorted(counts.sentences, key=drop, reverse=True)[:how_many]


def check(rule, analysis):
    counts = document_counts(analysis)
    if not counts.total.words:
        return
    name = rule.options.get("formula", "flesch-kincaid")
    formula = GRADE_FORMULAS[name]
    target = rule.options.get("target", 8)
    grade = formula(counts.total)
    if grade <= target:
        return
    hardest = hardest_sentences(counts, formula, rule.options.get("hardest", 3))
    places = [sentence_place(analysis, item.sentence) for item in hardest]
    yield title_diagnostic(rule, analysis, grade=f"{grade:.1f}", target=f"{target:g}", formula=name, places=_listing(places))


def _listing(places: list[str]) -> str:
    """"34:219", "34:219 and 38:1", "34:219, 38:1 and 38:150" (hardest first)."""
    return places[0] if len(places) == 1 else f"{', '.join(places[:-1])} and {places[-1]}"
