"""Claim checking: every figure a summary states, read as (value, drug, outcome) and compared with
the study's findings in the source metadata.

    quantities  find figures in the raw prose (percentages, 1 in N, fractions, ratios, ranges...)
    mentions    find drug and outcome mentions (metadata names and aliases + lay synonyms)
    attach      give each figure the drug and outcome of its clause
    compare     does a figure agree with a finding (rounding, approximate and bounded forms)
    judge       the verdict, by the figure's kind (count_verdict, count_other, estimate_verdict, dose_verdict,
                plain_verdict; verdict holds Verdict and Context; differences: a difference is no count, and one
                naming no compared arm; measured reads differences in a unit; swapped: two figures' outcomes swapped)

`extract(analysis)` and `mentions(analysis)` are memoised per document; other rules read them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from laylint.claims import attach as attaching
from laylint.claims import mentions as mention_finder
from laylint.claims import quantities
from laylint.claims.accuracy_words import accuracy_outcome
from laylint.claims.arms import check_counts_behind, check_pairs
from laylint.claims.compare import ci_agrees
from laylint.claims.concentrations import strengths
from laylint.claims.judge import evidence_verdict, judge
from laylint.claims.mentions import Mention
from laylint.claims.named_elsewhere import reread_named_outcomes
from laylint.claims.pinned import check_pinned
from laylint.claims.swapped import check_swapped
from laylint.claims.after_drug import check_after_drug
from laylint.claims.breakdown import check_breakdowns
from laylint.claims.background_facts import background_findings, check_background_populations
from laylint.claims.quantities import CLAIM_UNITS
from laylint.metadata import Finding

__all__ = ["Claim", "Mention", "extract", "mentions", "clauses", "describe_value", "token_span"]

VERDICTS = ("verified", "number-mismatch", "wrong-pair", "unsupported-number", "unattached", "count")
_CI_REACH = 120  # characters: how far after its estimate a confidence interval may be quoted


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
    direction: str = ""  # relative changes and differences: down | up
    counted: str = ""  # counts: studies | people | other
    numerator: int | None = None  # frequencies and differences: "15 fewer per 1,000"
    denominator: int | None = None
    decimals: int = 0
    dose_unit: str = ""  # doses: mg, μg...
    noun: str = ""  # counts: the noun counted ("countries")
    estimate_unit: str = ""  # a CI quoted after its estimate: the estimate's unit (ratio, number...)
    rest: bool = False  # a count of people a test got wrong in an imagined group: the share is of the others
    worded: bool = False  # a test's sensitivity or specificity read from words, not named as such
    span_low: float | None = None  # a count said as a range ("between 11 and 40 people"): its lower end


def mentions(analysis) -> list[Mention]:
    """Drug and outcome mentions in the prose, in order (none without metadata)."""
    return analysis.memo("claims.mentions", lambda: mention_finder.find(analysis))


def token_span(analysis, item):
    """The spaCy tokens covering a claim or mention (figures are found on characters, because the
    tokenizer splits "11%"; this maps them back for rules that work on tokens)."""
    return analysis.doc.char_span(item.start, item.end, alignment_mode="expand")


def _as_written(claim: Claim) -> str:
    """The figure's text, with the denominator it was read under when that was stated before it."""
    if claim.denominator and f"{claim.denominator:,}" not in claim.text and str(claim.denominator) not in claim.text:
        return f"{claim.text} in {claim.denominator:,}"
    return claim.text


def describe_value(claim: Claim) -> str:
    """How laylint read the figure: "about 11%", "25% (one in four)", "8% to 15%", "ratio 2.1"..."""
    qualifier = {"approximate": "about ", "more-than": "more than ", "at-least": "at least ",
                 "less-than": "less than ", "up-to": "up to "}.get(claim.qualifier, "")
    if (claim.form in ("range", "ci") or claim.unit == "duration") and claim.low is not None:  # "1 to 2 minutes longer"
        percent = "%" if claim.unit == "percent" or (claim.unit == "label" and "%" in claim.text) else ""
        shown = f"{_number(claim.low)}{percent} to {_number(claim.high)}{percent}"
        if claim.denominator and claim.unit == "percent":
            shown += f" ({_as_written(claim)})"
        return ("95% CI " if claim.form == "ci" else "") + shown
    if claim.unit == "percent":
        if claim.rest:  # "but will miss 2": the test got the other 18 of the 20 right
            return f"{qualifier}{_number(claim.value)}% ({claim.numerator} in {claim.denominator:,}, " \
                f"{claim.text} of them wrong)"
        if claim.form in ("frequency", "fraction"):
            return f"{qualifier}{_number(claim.value, max(0, claim.decimals))}% ({_as_written(claim)})"
        return f"{qualifier}{claim.value:g}%"
    if claim.unit == "difference":
        way = "fewer" if claim.value < 0 else "more"
        return f"{qualifier}{_number(abs(claim.value), max(0, claim.decimals))} percentage points {way} ({_as_written(claim)})"
    if claim.unit == "relative":
        return f"{qualifier}{claim.value:g}% {'lower' if claim.direction == 'down' else 'higher'} (relative)"
    if claim.unit == "ratio":
        return f"ratio {qualifier}{claim.value:g}"
    if claim.unit == "count" and claim.counted in ("studies", "people"):
        one = claim.value == 1 and not qualifier
        noun = ("study" if one else "studies") if claim.counted == "studies" else ("person" if one else "people")
        value = f"{int(claim.value):,}" if claim.value >= 1e5 and claim.value == int(claim.value) else f"{claim.value:g}"
        if claim.span_low is not None:  # "between 11 and 40 people": both ends, as written
            value = f"{claim.span_low:g} to {value}"
        return f"{qualifier}{value} {noun}"
    if claim.unit == "count" and claim.noun:  # "29 countries"
        return f"{qualifier}{claim.value:g} {claim.noun.lower()}"
    if claim.unit == "dose" and claim.dose_unit:
        if claim.form == "measure":  # "fell by 5 mmHg": a difference in a measured unit
            return f"{qualifier}{claim.value:g} {claim.dose_unit}"
        return f"a dose of {qualifier}{claim.value:g} {claim.dose_unit}"
    if abs(claim.value) >= 1e5 and claim.value == int(claim.value):  # "340 million": 340,000,000
        return f"{qualifier}{int(claim.value):,}"
    return f"{qualifier}{claim.value:g}"


def _number(value: float, decimals: int = 2) -> str:
    return f"{round(value, decimals):g}"


_NOT_A_CLAIM = {"date": "a date", "dose": "a dose", "age": "an age", "duration": "a duration", "label": "a label",
                "schedule": "a dosing schedule", "count": "a count of something other than studies or people",
                "denominator": "the denominator of the shares after it", "name": "part of a name",
                "assumed": "a number a worked example assumes"}


def _explain(claim: Claim) -> str:
    read = f"read {describe_value(claim)} for {claim.drug or 'no drug named'} / {claim.outcome or 'no outcome named'}"
    if claim.unit == "count" and claim.counted in ("studies", "people"):
        read = f"read {describe_value(claim)}" + (f" for {claim.drug}" if claim.drug and not claim.drug_carried else "")
    elif claim.unit == "count" and claim.noun:  # "15 articles", "29 countries"
        read = f"read {describe_value(claim)}"
    if claim.verdict == "verified":
        return f"{read}: matches {claim.finding.describe()}"
    if claim.verdict == "wrong-pair":
        right = f"; the source gives {claim.pair_finding.describe()}" if claim.pair_finding else ""
        return f"{read}: that figure is the source's {claim.finding.describe()}{right}"
    if claim.verdict == "number-mismatch":
        return f"{read}: the source gives {claim.finding.describe()}"
    if claim.verdict == "unsupported-number":
        if claim.unit == "count":
            return f"{read}: no count in the source matches (studies, participants or a count finding)"
        return f"{read}: no finding in the source matches"
    if claim.verdict == "count":
        return f"{read}: a count the source declares ({claim.finding.describe()})" if claim.finding else \
            f"read {claim.value:g} as a count the source declares"
    if claim.form == "ci":
        return f"read {describe_value(claim)}: a confidence interval, with no checked estimate just before it"
    if claim.unit == "count" and claim.counted in ("studies", "people"):
        return f"read {describe_value(claim)}: a part of the studies, checked only against their total"
    return f"read as {_NOT_A_CLAIM.get(claim.unit, claim.unit)}, not a finding"


def _in_names(figures, found: list[Mention]):
    """Figures inside a declared drug or outcome name ("ethinylestradiol 20 μg", "24-hour urine
    protein", "at least 50% fewer seizures") are part of the name, not claims."""
    if not found:
        return figures
    spans = [(m.start, m.end) for m in found]
    for figure in figures:
        if any(start <= figure.start and figure.end <= end for start, end in spans) \
                or any(start <= figure.start < end and figure.unit not in CLAIM_UNITS for start, end in spans):
            figure.unit, figure.form, figure.counted = "name", "name", ""
    return figures


_PROBLEMS = ("number-mismatch", "wrong-pair", "unsupported-number")


_INTERVAL_SAID = re.compile(r"\b(?:CI|CrI|confidence|credible|interval)\b|\d\s?%", re.IGNORECASE)


_UNIT_FIRST = re.compile(r"\A\s*[^\W\d_]+(?:/[^\W\d_]+)?[\u00b2\u00b3]?")


def _between(text: str, estimate: Claim, interval: Claim) -> str:
    """The text between an estimate and its interval, without the estimate's unit ("1.2 kg; 95% CI": "; 95% CI")."""
    between = text[estimate.end:interval.start]
    return _UNIT_FIRST.sub("", between) if estimate.unit in ("dose", "duration") else between


def _bracketed_after(text: str, estimate: Claim, interval: Claim) -> bool:
    """Is the interval quoted right after its estimate, in a bracket or after a comma ("1.18 (95% CI 0.95 to
    1.46)", "(RR 1.08, 95% CI 0.89 to 1.31)")?"""
    between = _between(text, estimate, interval)
    opening = between.lstrip()
    return interval.start - estimate.end <= 40 and opening.startswith(("(", "[", ",", ";")) \
        and not any(c in opening[1:] for c in ")];.") and (interval.start == estimate.end or bool(_INTERVAL_SAID.search(between)))


def _check_intervals(claims: list[Claim], text: str = "") -> None:
    """A confidence interval quoted after its estimate ("RR 1.06, 95% CI 0.65 to 1.74") must be the
    CI of the finding the estimate matched (or the one it should have matched). The bracketed CI of an
    estimate that is itself a problem is part of that one problem (round 24): one message over both."""
    previous: Claim | None = None
    for claim in claims:
        if claim.form == "ci" and previous is not None and previous.sentence == claim.sentence and text \
                and previous.verdict in _PROBLEMS and previous.form != "ci" and _bracketed_after(text, previous, claim):
            opened = _between(text, previous, claim).lstrip()[:1] in "(["
            close = opened and re.match(r"\s*[)\]]", text[claim.end:claim.end + 3])  # the bracket it closes, in the quote
            previous.end = claim.end + (close.end() if close else 0)
            previous.text = text[previous.start:previous.end]
            claim.verdict, claim.finding, claim.estimate_unit = "unattached", previous.finding, previous.unit
            continue
        if claim.form == "ci" and previous is not None and previous.sentence == claim.sentence \
                and claim.start - previous.end <= _CI_REACH and previous.verdict in ("verified", "number-mismatch") \
                and previous.finding is not None and previous.finding.ci:
            claim.drug, claim.outcome, claim.finding = previous.drug, previous.outcome, previous.finding
            claim.estimate_unit = previous.unit
            claim.verdict = "verified" if ci_agrees(claim, previous.finding) else "number-mismatch"
            claim.drug_carried = False
        elif claim.unit in CLAIM_UNITS or (claim.unit in ("duration", "dose") and claim.verdict in ("verified",) + _PROBLEMS):
            previous = claim  # "increase hospital stay by 1.58 days (95% CI 0.86 to 2.31)": a checked duration too,
            # and a difference in a unit ("MD = -9.5 mmHg; 95% CI ...", round 31)


def _check_evidence(analysis, claims: list[Claim]) -> None:
    """A count in the parentheses of an estimate ("(RR 1.77, 95% CI 0.49 to 6.43; 4 RCTs, 512 women)")
    must be one of the counts the metadata lists right after that estimate's finding."""
    metadata = analysis.metadata
    if metadata is None or not any(c.unit == "count" and c.counted in ("studies", "people") for c in claims):
        return
    spans = {}
    for index, claim in enumerate(claims):
        if claim.unit != "count" or claim.counted not in ("studies", "people"):
            continue
        sentence = analysis.sentences[claim.sentence]
        if sentence.index not in spans:
            spans[sentence.index] = attaching.parentheses(analysis.text, sentence.start, sentence.end)
        paren = next(((a, b) for a, b in spans[sentence.index] if a < claim.start < b), None)
        if paren is None:
            continue
        estimate = None
        for earlier in reversed(claims[:index]):
            if earlier.start <= paren[0]:
                break
            if earlier.unit in CLAIM_UNITS and earlier.verdict == "verified" and earlier.finding is not None \
                    and earlier.finding.measure != "count":
                estimate = earlier
                break
        verdict = evidence_verdict(claim, estimate.finding, metadata) if estimate else None
        if verdict is not None:
            claim.verdict, claim.finding = verdict.verdict, verdict.finding
            claim.drug, claim.outcome, claim.drug_carried = estimate.drug, estimate.outcome, False


def _background_heading(headings, text: str) -> bool:
    """A heading that opens a background section ("What is the problem?"), in the order
    hedging.statements.section_kind reads the same lists: a results or a title question is not one."""
    if headings["result"].search(text) or headings["not_section"].search(text):
        return False
    for kind in ("limitation", "aim", "method", "future"):
        if headings[kind].search(text):
            return False
    return bool(headings["background"].search(text))


def _background(analysis, claims: list[Claim]) -> None:
    """A share under a background heading ("What is the problem?", "Why is this important?") that no
    finding matches is background from outside the review (how common a disease is), not a claim
    about its results, unless the source gives background figures itself; a figure there that contradicts a
    finding is still reported."""
    unsupported = [c for c in claims if c.verdict == "unsupported-number"]
    if not unsupported:
        return
    from laylint.hedging import lexicon as hedge_lexicon  # the heading lists only (hedging.statements reads claims)

    headings, section, background = hedge_lexicon.of(analysis).section_headings, False, set()
    for index, sentence in enumerate(analysis.sentences):
        if sentence.block == "heading":  # only right under it: "How many cancers were found?" ends it
            section = _background_heading(headings, sentence.text)
        elif section:
            background.add(index)
    from laylint.claims.compare import agrees

    declared = background_findings(analysis.metadata)  # of no drug, or of a drug in no comparison (round 37)
    for claim in unsupported:
        if claim.sentence not in background:
            continue
        match = next((f for f in declared if agrees(claim, f)), None)
        if match is not None:  # a background figure the source gives, read with some other outcome
            claim.verdict, claim.finding = "verified", match
        elif not declared and claim.unit == "percent":  # how common: a source with background figures is checked against them
            claim.verdict = "unattached"


# "The blood test is about 10% accurate": a test's accuracy in words, where the source gives its sensitivity
# or specificity. Writers who name the measure ("picked up 10%", "correctly ruled out") are left alone.
_ACCURACY = re.compile(r"\baccura(?:te|tely|cy)\b", re.IGNORECASE)
_TEST_MEASURE = re.compile(r"\b(?:sensitiv|specific|correctly|true[- ]positive|true[- ]negative|false[- ]positive|"
                           r"false[- ]negative|pick(?:s|ed)?\s+up|detect|miss|rule[sd]?\s+out|identif)", re.IGNORECASE)
_TEST_OUTCOME = re.compile(r"^(?:sensitivity|specificity)\b", re.IGNORECASE)


def _check_accuracy(claims: list[Claim], attachments) -> None:
    """A share called a test's accuracy that is the source's sensitivity or specificity is put on the wrong
    measure: accuracy (right results of all) is neither, and lay readers take it as the chance of a right result."""
    for claim, item in zip(claims, attachments):
        finding, segment = claim.finding, item.context.segment
        if claim.verdict != "verified" or claim.unit != "percent" or finding is None \
                or not _TEST_OUTCOME.match(finding.outcome or ""):
            continue
        if claim.outcome not in (None, finding.outcome) or not _ACCURACY.search(segment) or _TEST_MEASURE.search(segment):
            continue
        claim.verdict, claim.pair_finding, claim.outcome = "wrong-pair", None, "accuracy"


def _extract(analysis) -> list[Claim]:
    figures = quantities.find(analysis)
    if not figures:
        return []
    found = mentions(analysis)
    figures = _in_names(figures, found)
    if analysis.metadata is not None:
        strengths(analysis.text, figures, found, analysis.metadata.drugs)  # "30% oxygen", "2% chlorhexidine"
    attachments, found_clauses = attaching.attach(analysis, figures, found)
    analysis.memo("claims.clauses", lambda: found_clauses)  # the same clauses for rules that read them
    claims = []
    for item in attachments:
        figure = item.figure
        # "correctly classified 92% of those who did not have DLB": the test's specificity, not the condition
        worded = accuracy_outcome(figure, item.outcome, analysis.metadata, item.context.lead, item.context.after)
        outcome = worded or item.outcome
        verdict = judge(figure, item.drug, outcome, analysis.metadata, item.context)
        claim = Claim(figure.start, figure.end, figure.text, figure.value, figure.unit, item.drug, outcome,
                      verdict.verdict, verdict.finding, item.sentence, "", figure.qualifier, figure.form,
                      figure.low, figure.high, verdict.pair_finding, item.drug_carried, figure.direction,
                      figure.counted, figure.numerator, figure.denominator, figure.decimals, figure.dose_unit,
                      noun=figure.noun, rest=figure.rest, worded=bool(worded or figure.measure),
                      span_low=figure.span_low if figure.unit == "count" else None)
        claims.append(claim)
    _check_accuracy(claims, attachments)
    check_swapped(claims)
    check_pairs(analysis, attachments, claims, found)
    reread_named_outcomes(analysis, attachments, claims, found)
    check_counts_behind(analysis.text, claims)
    _check_intervals(claims, analysis.text)
    _check_evidence(analysis, claims)
    check_pinned(analysis, claims)
    check_after_drug(analysis, claims, found)
    check_breakdowns(analysis, claims)
    _background(analysis, claims)
    check_background_populations(analysis, claims)  # round 37: "25% in Europe", "10% globally"
    for claim in claims:
        claim.message = _explain(claim)
    return claims


def extract(analysis) -> list[Claim]:
    """Every figure in the prose with the drug, outcome and verdict laylint read for it."""
    return analysis.memo("claims", lambda: _extract(analysis))


def clauses(analysis) -> list[attaching.Clause]:
    """The clauses holding a mention or a figure (for rules about pairs stated without a number)."""
    def build():
        found = mentions(analysis)
        figures = _in_names(quantities.find(analysis), found) if found else []
        return attaching.clauses(analysis, figures, found)

    return analysis.memo("claims.clauses", build)
