"""Kind `hard-sentence`: a sentence whose own reading grade is far above the target, for a reason an
editor can act on: it is long, or it packs rare long words (readability.hard)."""

from __future__ import annotations

from dataclasses import dataclass

from laylint.checks.kind import Kind, option
from laylint.readability.formulas import GRADE_FORMULAS, validate_formula


@dataclass(frozen=True)
class Options:
    target: float = option(8, minimum=0)
    margin: float = option(4, minimum=0)
    min_words: int = option(8, minimum=0)
    formula: str = "flesch-kincaid"
    long_sentence: int = option(30, minimum=0)
    min_rare_words: int = option(3, minimum=0)
    rare_zipf: float = option(3.0, minimum=0, maximum=8)


def validate(options):
    yield from validate_formula(options)
    for key in ("margin", "min_words", "long_sentence"):
        if getattr(options, key) < 0:
            yield key, "must be 0 or more"
    if options.min_rare_words < 1:
        yield "min_rare_words", "must be 1 or more"
    if not 0 <= options.rare_zipf <= 8:
        yield "rare_zipf", "Zipf frequencies run from 0 to 8"


def check(rule, analysis):
    from laylint.readability.hard import judge, reason

    options = rule.options
    for verdict in judge(analysis, GRADE_FORMULAS[options.formula], options):
        sentence = verdict.item.sentence
        yield analysis.diagnostic(rule, sentence.start, sentence.end, grade=f"{verdict.grade:.1f}",
                                  target=f"{options.target:g}", margin=f"{options.margin:g}", reason=reason(verdict))


KIND = Kind("hard-sentence", check, Options, fields=("grade", "target", "margin", "reason"), validate=validate)
