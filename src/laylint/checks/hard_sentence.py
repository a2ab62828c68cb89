"""Kind `hard-sentence`: a sentence whose own reading grade is far above the target."""

from __future__ import annotations

from dataclasses import dataclass

from laylint.checks.kind import Kind, option
from laylint.readability.counts import document_counts
from laylint.readability.formulas import GRADE_FORMULAS, validate_formula
from laylint.readability.syllables import count_syllables


@dataclass(frozen=True)
class Options:
    target: float = option(8, minimum=0)
    margin: float = option(4, minimum=0)
    min_words: int = option(8, minimum=0)
    formula: str = "flesch-kincaid"
    long_sentence: int = option(20, minimum=0)


def validate(options):
    yield from validate_formula(options)
    for key in ("margin", "min_words", "long_sentence"):
        if getattr(options, key) < 0:
            yield key, "must be 0 or more"


def reason(item, long_sentence: int) -> str:
    """Why the sentence is hard, in the editor's terms: it is long, it has many long words."""
    counts, parts = item.counts, []
    if counts.words > long_sentence:
        parts.append(f"{counts.words} words long")
    if item.long_words:
        unique = sorted(set(item.long_words), key=lambda w: (-count_syllables(w), -len(w), w))[:3]
        many = len(item.long_words)
        parts.append(f"{many} long word{'s' if many > 1 else ''} such as {', '.join(unique)}" if many > 1
                     else f"1 long word: {unique[0]}")
    if not parts:
        parts.append(f"{counts.syllables / counts.words:.1f} syllables a word")
    return "; ".join(parts)


def check(rule, analysis):
    options = rule.options
    formula = GRADE_FORMULAS[options.formula]
    for item in document_counts(analysis).sentences:
        if item.counts.words < options.min_words:
            continue
        grade = formula(item.counts)
        if grade > options.target + options.margin:
            sentence = item.sentence
            yield analysis.diagnostic(rule, sentence.start, sentence.end, grade=f"{grade:.1f}", target=f"{options.target:g}",
                                      margin=f"{options.margin:g}", reason=reason(item, options.long_sentence))


KIND = Kind("hard-sentence", check, Options, fields=("grade", "target", "margin", "reason"), validate=validate)
