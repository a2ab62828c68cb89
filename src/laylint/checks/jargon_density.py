"""Kind `jargon-density`: too large a share of the words are lexicon terms or rare words."""

from __future__ import annotations

OPTIONS = {"max_share": float, "min_words": int, "max_zipf": float, "min_letters": int}
DOCUMENT_SCOPE = True


def validate(options):
    if not 0 < options.get("max_share", 0.05) < 1:
        yield "max_share", "must be a share between 0 and 1 (0.05 = 5%)"


def jargon_share(analysis, max_zipf: float, min_letters: int) -> tuple[int, int]:
    """(jargon or rare words, all words), counting every use."""
    from laylint.jargon import rare_words, scan

    found = scan(analysis)
    hard = {(r.start, r.end) for r in rare_words(analysis, max_zipf, min_letters)}
    term_index, terms = 0, found.terms
    for start, end, _ in found.words:
        while term_index < len(terms) and terms[term_index].end <= start:
            term_index += 1
        if term_index < len(terms) and terms[term_index].start < end:
            hard.add((start, end))
    return len(hard), len(found.words)


def check(rule, analysis):
    options = rule.options
    hard, total = jargon_share(analysis, float(options.get("max_zipf", 2.75)), options.get("min_letters", 3))
    share = hard / total if total else 0.0
    if total < options.get("min_words", 50) or share <= options.get("max_share", 0.05):
        return
    blocks = analysis.document.blocks
    end = len(blocks[0].text) if blocks else 0
    yield analysis.diagnostic(rule, 0, end, share=f"{share:.0%}", limit=f"{options.get('max_share', 0.05):.0%}",
                              count=hard, words=total)
