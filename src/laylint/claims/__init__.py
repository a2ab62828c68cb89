"""Claim checking: every figure a summary states, read as (value, drug, outcome) and compared with
the study's findings in the source metadata.

    quantities  find figures in the raw prose (percentages, 1 in N, fractions, ratios, ranges...)
    mentions    find drug and outcome mentions (metadata names and aliases + lay synonyms)
    attach      give each figure the drug and outcome of its clause
    compare     does a figure agree with a finding (rounding, approximate and bounded forms)
    judge       the verdict

`extract(analysis)` and `mentions(analysis)` are memoised per document; other rules read them.
"""

from __future__ import annotations

from dataclasses import dataclass

from laylint.claims import attach as attaching
from laylint.claims import mentions as mention_finder
from laylint.claims import quantities
from laylint.claims.judge import judge
from laylint.claims.mentions import Mention
from laylint.metadata import Finding

__all__ = ["Claim", "Mention", "extract", "mentions", "clauses", "describe_value", "token_span"]

VERDICTS = ("verified", "number-mismatch", "wrong-pair", "unsupported-number", "unattached", "count")


@dataclass
class Claim:
    start: int  # prose offsets of the figure
    end: int
    text: str
    value: float  # percent for percentage forms, the ratio for ratios
    unit: str  # percent | relative | ratio | number | count | date | dose | age | duration | label | schedule
    drug: str | None
    outcome: str | None
    verdict: str
    finding: Finding | None
    sentence: int
    message: str
    qualifier: str = ""
    form: str = ""
    low: float | None = None
    high: float | None = None
    pair_finding: Finding | None = None  # wrong-pair: the stated pair's own finding
    drug_carried: bool = False  # the drug came from an earlier clause
    direction: str = ""  # relative changes: down | up


def mentions(analysis) -> list[Mention]:
    """Drug and outcome mentions in the prose, in order (none without metadata)."""
    return analysis.memo("claims.mentions", lambda: mention_finder.find(analysis))


def token_span(analysis, item):
    """The spaCy tokens covering a claim or mention (figures are found on characters, because the
    tokenizer splits "11%"; this maps them back for rules that work on tokens)."""
    return analysis.doc.char_span(item.start, item.end, alignment_mode="expand")


def describe_value(claim: Claim) -> str:
    """How laylint read the figure: "about 11%", "25% (one in four)", "8% to 15%", "ratio 2.1"..."""
    qualifier = {"approximate": "about ", "more-than": "more than ", "at-least": "at least ",
                 "less-than": "less than ", "up-to": "up to "}.get(claim.qualifier, "")
    if claim.form == "range":
        return f"{claim.low:g}% to {claim.high:g}%"
    if claim.unit == "percent":
        shown = f"{claim.value:.0f}%" if claim.form in ("frequency", "fraction") else f"{claim.value:g}%"
        return f"{qualifier}{shown}" + (f" ({claim.text})" if claim.form in ("frequency", "fraction") else "")
    if claim.unit == "relative":
        return f"{qualifier}{claim.value:g}% {'lower' if claim.direction == 'down' else 'higher'} (relative)"
    if claim.unit == "ratio":
        return f"ratio {qualifier}{claim.value:g}"
    return f"{qualifier}{claim.value:g}"


_NOT_A_CLAIM = {"date": "a date", "dose": "a dose", "age": "an age", "duration": "a duration", "label": "a label",
               "schedule": "a dosing schedule", "count": "a count of people or studies"}


def _explain(claim: Claim) -> str:
    read = f"read {describe_value(claim)} for {claim.drug or 'no drug named'} / {claim.outcome or 'no outcome named'}"
    if claim.verdict == "verified":
        return f"{read}: matches {claim.finding.describe()}"
    if claim.verdict == "wrong-pair":
        right = f"; the source gives {claim.pair_finding.describe()}" if claim.pair_finding else ""
        return f"{read}: that figure is the source's {claim.finding.describe()}{right}"
    if claim.verdict == "number-mismatch":
        return f"{read}: the source gives {claim.finding.describe()}"
    if claim.verdict == "unsupported-number":
        return f"{read}: no finding in the source matches"
    if claim.verdict == "count":
        return f"read {claim.value:g} as a count the source declares"
    return f"read as {_NOT_A_CLAIM.get(claim.unit, claim.unit)}, not a finding"


def _extract(analysis) -> list[Claim]:
    figures = quantities.find(analysis)
    if not figures:
        return []
    attachments, _ = attaching.attach(analysis, figures, mentions(analysis))
    claims = []
    for item in attachments:
        figure = item.figure
        verdict = judge(figure, item.drug, item.outcome, analysis.metadata)
        claim = Claim(figure.start, figure.end, figure.text, figure.value, figure.unit, item.drug, item.outcome,
                      verdict.verdict, verdict.finding, item.sentence, "", figure.qualifier, figure.form,
                      figure.low, figure.high, verdict.pair_finding, item.drug_carried, figure.direction)
        claim.message = _explain(claim)
        claims.append(claim)
    return claims


def extract(analysis) -> list[Claim]:
    """Every figure in the prose with the drug, outcome and verdict laylint read for it."""
    return analysis.memo("claims", lambda: _extract(analysis))


def clauses(analysis) -> list[attaching.Clause]:
    """The clauses holding a mention or a figure (for rules about pairs stated without a number)."""
    def build():
        figures = quantities.find(analysis) if mentions(analysis) else []
        return attaching.clauses(analysis, figures, mentions(analysis))

    return analysis.memo("claims.clauses", build)
