"""Kind `jargon-density`: too large a share of the words are lexicon terms or rare words."""

from __future__ import annotations

from dataclasses import dataclass

from laylint.checks.kind import Kind, option


@dataclass(frozen=True)
class Options:
    max_share: float = option(0.05, above=0, below=1)
    min_words: int = option(50, minimum=0)
    max_zipf: float = option(2.75, minimum=0, maximum=8)
    min_letters: int = option(3, minimum=1)


def validate(options):
    if not 0 < options.max_share < 1:
        yield "max_share", "must be a share between 0 and 1 (0.05 = 5%)"


def jargon_share(analysis, max_zipf: float, min_letters: int) -> tuple[int, int]:
    """(jargon or rare words, all words), counting every use."""
    import bisect

    from laylint.jargon import rare_words, scan

    found = scan(analysis)
    starts = [start for start, _, _ in found.words]
    # rare words are never inside a term, so the two counts do not overlap
    in_terms = sum(bisect.bisect_left(starts, t.end) - bisect.bisect_left(starts, t.start) for t in found.terms)
    return in_terms + len(rare_words(analysis, max_zipf, min_letters)), len(found.words)


def check(rule, analysis):
    options = rule.options
    hard, total = jargon_share(analysis, float(options.max_zipf), options.min_letters)
    share = hard / total if total else 0.0
    if total < options.min_words or share <= options.max_share:
        return
    blocks = analysis.document.blocks
    end = len(blocks[0].text) if blocks else 0
    yield analysis.diagnostic(rule, 0, end, share=f"{share:.0%}", limit=f"{options.max_share:.0%}", count=hard, words=total)


KIND = Kind("jargon-density", check, Options, fields=("share", "limit", "count", "words"), validate=validate,
            document_scope=True)
