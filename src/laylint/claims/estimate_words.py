"""The words around an estimate that say whose it is or what it states ("compared with", "from ... to", "by")."""

from __future__ import annotations

import re

from laylint.claims.compare import finding_kind
from laylint.claims.counted import counts_what
from laylint.claims.quantities import Figure
from laylint.claims.verdict import Context
from laylint.metadata import Finding, Metadata


# "may increase hospital stay by 4.95 days": a verb of change, then "by" just before the figure
# ("reduces the time by an average of 34 seconds", "MD -33.8 seconds" also state the difference)
_CHANGE_BY = re.compile(r"(?:\b(?:increas|decreas|reduc|lower|rais|shorten|lengthen|extend|prolong|cut|improv)\w*\b"
                        r"(?:\s+[\w-]+){0,8}?\s+by\s+(?:about\s+|around\s+|almost\s+|nearly\s+|roughly\s+)?"
                        r"|\bby\s+an\s+average\s+of\s+|\b(?:MD|mean\s+difference(?:\s+of)?)\s*)\Z", re.IGNORECASE)


MEAN_DIFFERENCE_BEFORE = re.compile(r"\bmean\s+difference\b(?:\s+[\w-]+){0,10}?\s+(?:was|of|is|were|:|=)?\s*\Z",
                                     re.IGNORECASE)


def before_in_segment(figure: Figure, context: Context) -> str:
    at = context.segment.find(figure.text)
    return context.segment[:at] if at > 0 else ""


def changed_by(figure: Figure, context: Context) -> bool:
    at = context.segment.find(figure.text)
    return at > 0 and bool(_CHANGE_BY.search(context.segment[:at]))


CONTROL = re.compile(r"\b(?:placebo|no\s+(?:treatment|intervention|therapy)|sham|dummy|usual\s+care|"
                      r"standard\s+care|waiting\s+list|wait[- ]list|control)\b", re.IGNORECASE)
_TIME = re.compile(r"\b(\d+|one|two|three|four|six|twelve|fourteen)[\s-]*(day|week|month|year)s?\b", re.IGNORECASE)
_TIME_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "six": 6, "twelve": 12, "fourteen": 14}
_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}


def _days(text: str) -> int | None:
    match = _TIME.search(text)
    if match is None:
        return None
    n = match.group(1).lower()
    return (int(n) if n.isdigit() else _TIME_WORDS[n]) * _DAYS[match.group(2).lower()]


def same_time(population: str, after: str) -> bool:
    """A finding "cured after 1 week" is not the one of a figure said "after 14 days" (no time on either side: same)."""
    declared, said = _days(population), _days(after)
    return declared is None or said is None or declared == said


REMAINING = re.compile(r"\b(?:the\s+)?(?:remaining|rest|other)\s+(?:(?:about|around|nearly|almost)\s+)?\Z", re.IGNORECASE)
FROM_TO = re.compile(r"\bfrom\s+(?:about\s+|around\s+|roughly\s+|approximately\s+|nearly\s+)?\Z", re.IGNORECASE)
TO_AFTER = re.compile(r"(?:\s+[\w%]+){0,4}?\s+to\s+(?:about\s+|around\s+|roughly\s+|approximately\s+|nearly\s+)?\d")
_NAME_WORD = re.compile(r"[^\W\d_]+")


def narrower_said(finding_outcome: str | None, outcome: str, segment: str) -> bool:
    """The finding's outcome holds the outcome read ("withdrawals due to adverse events" holds "adverse
    events") and the figure's words say what it adds, in any form ("withdrew", "withdrawal"): the figure
    is that narrower outcome's, not a wrong pair. The words are compared on their first six letters."""
    if not finding_outcome or finding_outcome == outcome:
        return False
    narrow, read = finding_outcome.lower(), outcome.lower()
    at = narrow.find(read)
    if at < 0 or not segment:
        return False
    said = {w[:6] for w in _NAME_WORD.findall(segment.lower())}
    added = [w for w in _NAME_WORD.findall(narrow[:at] + " " + narrow[at + len(read):])
             if w not in ("due", "to", "of", "from", "for", "because", "the", "a", "an", "with", "and", "or", "in", "after")]
    return bool(added) and all(w[:6] in said for w in added)


_EVENTS_OF = re.compile(r"\s*/\s*\d")


def review_count_for_an_arm(figure: Figure, finding: Finding, drug, outcome, context: Context) -> bool:
    """Events out of an arm ("(5/290)" deaths without a drain), said for an arm and an outcome, are not
    backed by a count of studies or people of the whole review that happens to equal them (5 RCTs)."""
    at = context.segment.find(figure.text)
    return (not figure.counted and drug is not None and outcome is not None and finding_kind(finding) == "count"
            and not finding.drug and not finding.outcome and counts_what(finding) in ("studies", "people")
            and at >= 0 and bool(_EVENTS_OF.match(context.segment, at + len(figure.text))))


# after a figure: words that make a bare number a difference ("4.5 points lower", "2 fewer attempts")
_DIFFERENCE_AFTER = re.compile(r"\A\s*(?:[\w-]+\s+){0,2}?(?:lower|higher|better|worse|more|fewer|less|greater|smaller|"
                               r"longer|shorter|faster|slower)\b", re.IGNORECASE)


_COMPARED = re.compile(r"\b(?:compared\s+(?:with|to)|than|versus|vs\.?|relative\s+to)\s+(?:the\s+|a\s+)?", re.IGNORECASE)


def compared_with(drug: str, figure: Figure, context: Context, metadata: Metadata | None) -> bool:
    """Is the drug named after "compared with", "than"... after the figure in its part of the sentence
    ("about eight fewer are admitted compared with usual care")? Then it is the comparator of the figure."""
    at = context.segment.find(figure.text)
    if metadata is None or at < 0:
        return False
    names = [n.lower() for n in (drug, *metadata.drugs.get(drug, ()))]
    rest = context.segment[at + len(figure.text):]
    return any(rest[m.end():].lower().startswith(name) for m in _COMPARED.finditer(rest) for name in names)


def bare_against_a_difference(figure: Figure, finding: Finding, context: Context) -> bool:
    """A whole number said with no word of difference ("at 30 and 60 seconds", "from -5 to +5", "1000 people")
    against a mean difference: a time point, scale end or denominator, not a misstated difference."""
    if figure.unit != "number" or figure.change or figure.decimals or finding.measure not in _DIFFERENCE_MEASURES:
        return False
    at = context.segment.find(figure.text)
    after = context.segment[at + len(figure.text):] if at >= 0 else ""
    return not changed_by(figure, context) and not _DIFFERENCE_AFTER.match(after)


_DIFFERENCE_MEASURES = ("mean-difference", "standardised-mean-difference", "standardized-mean-difference")
_CONTENT = re.compile(r"[A-Za-z]{4,}")
_JUST_BEFORE = 30  # characters: the words right before the figure ("increased coughing (in "), not the sentence
FULLER_BEFORE = 50  # ... for an outcome named in more words ("success rates at the first attempt (+")
_FIGURE_BEFORE = re.compile(r".*\d[^\s,;(]*[\s,;)]*", re.DOTALL)  # up to the end of the figure before it, if any


def _since_last_figure(before: str) -> str:
    """The words after the figure before this one ("bruising (-73%) and accidental puncturing of an artery (")."""
    return _FIGURE_BEFORE.sub("", before, count=1)


_NOT_NAMING = frozenset("with from that than were have this their they after before during people number risk rate".split())


def outcome_just_before(outcome: str | None, context: Context, metadata: Metadata | None, reach: int = _JUST_BEFORE) -> int:
    """Is the outcome named, maybe in words the metadata does not list ("coughing" for an alias "cough"), just
    before the figure? All content words of its name or an alias (first five letters), in the characters
    before (`reach`) and after the figure before it. How many words the fullest such name has (0: not named)."""
    if not outcome or not context.before or metadata is None:
        return 0
    said = {w.lower()[:5] for w in _CONTENT.findall(_since_last_figure(context.before[-reach:]))}
    best = 0
    for name in (outcome, *metadata.outcomes.get(outcome, ())):
        stems = {w.lower()[:5] for w in _CONTENT.findall(name) if w.lower() not in _NOT_NAMING}
        if stems and stems <= said:
            best = max(best, len(stems))
    return best
