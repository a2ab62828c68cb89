"""Kind `acronym`: an acronym used before it is spelled out ("multiple sclerosis (MS)" or "MS (multiple sclerosis)")."""

from __future__ import annotations

from dataclasses import dataclass, field

from laylint.checks.kind import Kind, option
from laylint.text import WORD


@dataclass(frozen=True)
class Options:
    allow: list[str] = field(default_factory=list)
    min_capitals: int = option(2, minimum=1)
    max_shouting_share: float = option(0.6, above=0, maximum=1)
    max_capital_run: int = option(2, minimum=1)


def validate(options):
    if options.min_capitals < 1:
        yield "min_capitals", "must be at least 1"
    if options.max_capital_run < 1:
        yield "max_capital_run", "must be at least 1"
    if not 0 < options.max_shouting_share <= 1:
        yield "max_shouting_share", "must be above 0 and at most 1"


def _shouting(text: str, limit: float) -> bool:
    """A sentence written in capitals ("WHAT WE FOUND"): its words are not acronyms."""
    words = [w for w in WORD.findall(text) if len(w) > 1]
    return len(words) >= 3 and sum(w.isupper() for w in words) / len(words) >= limit


def check(rule, analysis):
    from laylint.jargon import acronyms, scan
    from laylint.jargon.lexicon import allowed_abbreviations

    options = rule.options
    found = scan(analysis)
    allowed = set(options.allow) | allowed_abbreviations(analysis)
    defined = acronyms.definitions(found.text, analysis.sentences, options.min_capitals)
    seen = set()
    candidates = acronyms.find_acronyms(found.text, options.min_capitals)
    candidates = acronyms.drop_capital_runs(found.text, candidates, options.max_capital_run + 1)
    for acronym in candidates:
        if acronym.key in seen or acronym.key in allowed or found.text[acronym.start:acronym.end] in allowed:
            continue
        if found.is_exempt(acronym.start, acronym.end) or _shouting(found.sentence_text(acronym.start), options.max_shouting_share):
            continue
        seen.add(acronym.key)
        where = defined.get(acronym.key)
        if where is not None and where <= acronym.start:
            continue
        later = ""
        if where is not None:
            later = f" (it is spelled out later, on line {analysis.span_location(where, where + 1)[0]})"
        yield analysis.diagnostic(rule, acronym.start, acronym.end, acronym=acronym.key, later=later)


KIND = Kind("acronym", check, Options, fields=("acronym", "later"), validate=validate)
